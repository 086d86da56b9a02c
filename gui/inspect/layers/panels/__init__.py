"""The explanation panels beside the layer inspector's maps: one CNN step each, on your digit.

Each panel is one of the tabs on the right of Inspect › Layers (``gui.inspect.layers.explanations``
names them): "This value" (``conv_value``, ``pool_value``, or ``layer_info`` for a layer with
nothing to click), "ReLU" (``relu``), "Shift" (``shift``), "Top patches" (``top_patches``),
"Decide" (``decide``) and "Pixels in a row" (``pixels_in_a_row``). Panels only display: they
receive plain dicts computed in the model worker by ``gui.inspect.layers.jobs`` (which calls
``model.explain``) and turn them into pictures and sentences; ``parts`` holds the pieces they share.
"""
