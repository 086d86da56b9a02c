"""Convscope's computational core: data, architectures, preprocessing, inference, training.

Nothing in this package imports Qt, and nothing imports TensorFlow at module level except the
modules whose whole job is TensorFlow work (``inference``, ``training``, ``storage``'s loaders do
it lazily), so ``import model`` stays cheap.
"""

import os

# NumPy's OpenBLAS splits a matrix product over all cores once it passes ~260k multiply-adds,
# which a one-digit convolution does (``model.network.network``); on a busy 2-core machine its
# threads
# then wait for each other and a 0.3 ms pass takes 15 ms. TensorFlow does the heavy work with
# its own thread pool, so NumPy runs single-threaded. Effective only if NumPy is not loaded
# yet: entry points (main.py, the benchmarks, the tests) set it before importing anything.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from model.errors import ConvscopeError

__all__ = ["ConvscopeError"]
