"""Inspect › Two networks: the current model beside another one, on your digit and on test digits.

``view`` is the page (``TwoNetworksView``: choose the other network, both answers, which pixels
mattered, the corresponding layers side by side), ``evaluation`` the panel that scores both on
the same test digits, ``jobs`` what they ask other threads to compute. The other network itself
lives in ``gui.common.second_network`` (the Draw tab shows its answer too).
"""
