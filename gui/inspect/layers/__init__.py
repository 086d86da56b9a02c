"""Inspect › Layers: the layer inspector (``inspector.LayerInspector``) and its parts.

Top to bottom as on screen: ``replay_bar`` (replay the last training run), ``strip`` (one button
per layer), ``maps_card`` and ``filters_card`` (the selected layer's outputs and weights, left),
``explanations`` (the tabs on the right, one panel each in ``panels``). ``jobs`` computes what
the panels show, in the model worker; ``stories`` holds what is said about a layer;
``tour_targets`` what each step of the guided tour selects.
"""
