"""Importing TensorFlow and Keras quietly, once, only when needed.

TensorFlow costs seconds and hundreds of MB to import, so nothing imports it at module level
except through here, and only on the paths that need it. Its C++ runtime writes CUDA probing
noise straight to file descriptor 2 while importing; that would break the command line's promise
of exactly one line on stderr for an error, so the descriptor is muted during the import.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading

_lock = threading.Lock()
_keras = None

graph_lock = threading.RLock()
"""Held while TensorFlow builds or traces graphs, and by a running ``Trainer`` during each batch.

TensorFlow 2.21 crashes (segfault) when one thread builds a model or traces a function while
another runs a training step. Building, loading and tracing take this lock; the Trainer holds it
from the start to the end of every batch, so a build waits at most one batch. Running functions
that are already traced (predictions) does not need it and stays concurrent with training.
"""


@contextlib.contextmanager
def _muted_stderr():
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real fd 2 (e.g. some embedded consoles)
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def keras():
    """Return the ``keras`` module, importing TensorFlow first with its start-up noise muted."""
    global _keras
    with _lock:
        if _keras is None:
            os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
            os.environ.setdefault("KERAS_BACKEND", "tensorflow")
            # oneDNN's reordering of every fetched intermediate costs ~0.6 ms per one-digit
            # forward pass with all activations (1.66 -> 1.08 ms p50, bench_inference.py);
            # processes that train call prefer_training_kernels() first, which turns it on.
            os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
            with _muted_stderr():
                import tensorflow as tf

                tf.get_logger().setLevel("ERROR")
                tf.config.list_physical_devices()  # device probing prints too; do it now
                # Logical CPU devices (CONVSCOPE_LOGICAL_CPUS) can only be set up before the
                # first op initialises the devices, i.e. now.
                from model.training.distribute import configure_logical_cpus

                configure_logical_cpus(tf)
                import keras as _k

            # TensorFlow leaves ~370k long-lived objects (modules, functions, classes) that
            # every full collection would walk: 0.4-0.6 s with every thread stopped (seen in
            # the middle of GUI training runs). Moving them out of the collector's reach
            # keeps full collections short; they live as long as the process anyway.
            gc.freeze()
            _keras = _k
    return _keras


def prefer_training_kernels() -> None:
    """Call before TensorFlow loads in a process that is there to train (the command line's
    ``train``, the app's training process): oneDNN's kernels train the default network a
    quarter faster here (3 epochs: 58.3 -> 43.7 s), at a cost only one-digit inference with
    every activation feels. Has no effect once TensorFlow is loaded, or if the user's
    environment already chose (``TF_ENABLE_ONEDNN_OPTS``)."""
    if not is_loaded():
        os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "1")


def tensorflow():
    """Return the ``tensorflow`` module (imported quietly through ``keras()``)."""
    keras()
    import tensorflow as tf

    return tf


def is_loaded() -> bool:
    """True once TensorFlow has been imported by anyone in this process."""
    return "tensorflow" in sys.modules
