"""The feature-map pictures every screen shows: numbers as colours, in grids, with a legend.

``colors`` turns numbers into colours (``ColorScale`` and its tables), ``grid`` paints stacks of
2-D arrays as tiles (``MapGrid``), ``legend`` explains a scale (``ColorLegend``).
"""
