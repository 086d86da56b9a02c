"""Lab › Kernel playground: slide your own filter over your digit, and switch off the network's."""
