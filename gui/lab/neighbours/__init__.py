"""Lab › Nearest training digits: the training digits the network itself finds most like
yours.

``page`` (indexing, queries and what they show), ``neighbours_card`` (the card's layout),
``tiles`` (a training digit and a row of them), ``jobs`` (what the page's worker runs).
"""
