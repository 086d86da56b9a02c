"""Inspect › What each layer knows: a straight-line read-out of every layer, and of your digit.

``view`` is the page (``ProbesView``: the accuracy curve, training the read-outs in the
background, their cache), ``readout_row`` one layer's read-out of your digit.
"""
