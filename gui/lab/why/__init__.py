"""Lab › Why this answer: which pixels of your digit pushed the network to its answer.

``page`` (the page and what it asks the model worker), ``ask_card`` (the way of asking and the
digit asked about), ``map_card`` (the map over the digit and alone, with its scale),
``reading_card`` (how to read the map, in plain words); the 28x28 map on screen is
``gui.common.heat_view`` (the Inspect tab's "Two networks" shows its maps with it too).
"""
