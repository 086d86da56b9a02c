"""Convscope's desktop app: Qt widgets, layout and threads around the ``model`` core.

Nothing in this package imports TensorFlow or Keras at module level, and ``model.inference`` /
``model.storage`` are only imported inside worker threads, so the window appears at once and
the UI thread never waits on TensorFlow. ``gui.app.run`` is the entry point.
"""
