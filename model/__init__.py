"""Convscope's computational core: data, architectures, preprocessing, inference, training.

Nothing in this package imports Qt, and nothing imports TensorFlow at module level except the
modules whose whole job is TensorFlow work (``inference``, ``training``, ``storage``'s loaders do
it lazily), so ``import model`` stays cheap.
"""

from model.errors import ConvscopeError

__all__ = ["ConvscopeError"]
