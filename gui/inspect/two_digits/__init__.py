"""Inspect › Two digits: your digit and a second one through the same network, layer by layer.

``view`` is the page (``TwoDigitsView``), ``second_digit`` the column that chooses the second
digit (what it was confused with, drawn, a test digit, yours moved), ``jobs`` what it asks the
model worker and its own worker to compute.
"""
