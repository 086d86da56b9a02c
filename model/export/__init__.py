"""Pictures for slides and handouts, made without a screen: NumPy draws, Pillow writes.

- ``palette``: how numbers become colours (the app's tables, as NumPy arrays);
- ``picture``: the drawing kit every frame and handout picture uses (enlarged maps, outlines,
  text, probability bars) on Pillow images;
- ``slide``, ``replay``, ``sweep``: the three animations' frames (the filter sliding over the
  digit, the training replay, the robustness sweep);
- ``writer``: frames to an animated GIF or WebP, written atomically;
- ``handout``: the one-file HTML lesson handout of a model and a digit.

The app (``gui.common.export_dialog``) and the command line (``export-animation``,
``export-handout``) call the same functions, so what a teacher gets from either is identical.
Nothing here imports Qt or TensorFlow.
"""
