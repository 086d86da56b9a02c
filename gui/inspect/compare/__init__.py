"""Widgets the Inspect tab's comparison views share (Two digits, Two networks, What each layer
knows): ``layer_curve`` (one value per layer, input first), ``mini_bars`` (a read-out's ten small
bars), ``maps_row`` (one layer's output as grids side by side) and ``answer_column`` (one
network's answer: its name, the answer in words and ten bars).
"""
