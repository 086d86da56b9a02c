"""Widgets the Inspect tab's comparison views share (Two digits, Two networks, What each layer
knows): ``layer_curve`` (one value per layer, input first), ``mini_bars`` (a read-out's ten small
bars) and ``maps_row`` (one layer's output as grids side by side). One network's answer in
a column is ``gui.common.answer_column``, which the Lab's Robustness page shares.
"""
