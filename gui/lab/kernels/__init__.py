"""Lab › Kernel playground: slide your own filter over your digit, and switch off the network's.

``page`` (the page: switching filters off, undo, before and after), ``playground`` (your own
filter over your digit: a widget that needs only the digit), ``knockout_card`` (the knock-out
card's layout), ``kernel_grid`` (a filter's editable weights), ``stage`` (one picture of the
pipeline), ``widgets`` (a map's frame, an arrow), ``jobs`` (what the workers run), ``words``
(the knock-out in words).
"""
