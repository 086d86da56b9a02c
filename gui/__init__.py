"""Convscope's desktop app: Qt widgets, layout and threads around the ``model`` core.

Nothing in this package imports TensorFlow or Keras: the window's process runs the network in
NumPy (``model.network.network``), and training runs in a process of its own
(``model.training.process``).
``gui.app.startup.run`` is the entry point.
"""
