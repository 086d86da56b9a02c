"""The Draw tab: the canvas, the network's answer, what the network sees."""
