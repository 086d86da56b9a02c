"""Copies of a model that another thread or process can own: plain data out, a model back.

The GUI's model worker owns the current network; a long computation (a robustness curve, the
embeddings of the training set, fine-tuning) must not run in that thread, where it would stall
live predictions. ``freeze`` (in the owner's thread, fast) turns the model into Keras's config
and copied weights, plain data that also crosses to the training process; ``thaw`` builds an
independent NumPy ``Network`` from them, ``thaw_keras`` a Keras model (for training).
``fingerprint`` names a set of weights: whatever is derived from a network (the probes of
``model.explain.probes``) can be cached under it and found again when the same weights come back (a
replayed snapshot, a kernel edit undone).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(frozen=True)
class FrozenModel:
    """A model as plain data: Keras's serialised config, copied weights and Convscope's metadata."""

    config: dict[str, Any]
    weights: list[np.ndarray]
    metadata: dict[str, Any] = field(default_factory=dict)


def freeze(model: Any, metadata: dict[str, Any] | None = None) -> FrozenModel:
    """Copy a ``Network``'s (or a Keras model's) architecture and weights into plain data."""
    from model.network.network import Network

    if isinstance(model, Network):
        config = model.config
    else:
        config = {"module": "keras", "class_name": "Sequential", "config": model.get_config()}
    return FrozenModel(
        config=config,
        weights=[np.array(w, copy=True) for w in model.get_weights()],
        metadata=dict(metadata or {}),
    )


def thaw(frozen: FrozenModel) -> Any:
    """A new, independent ``Network`` with ``frozen``'s architecture and weights."""
    from model.network.network import Network

    net = Network.from_config(frozen.config, frozen.weights)
    if net.numpy_reason:
        net.use_tensorflow()
    return net


def thaw_keras(frozen: FrozenModel) -> Any:
    """A new ``keras.Sequential`` with ``frozen``'s architecture and weights (imports TF)."""
    from model.backend import graph_lock
    from model.backend import keras as _keras

    keras = _keras()
    with graph_lock:
        model = keras.Sequential.from_config(frozen.config["config"])
        model.set_weights(frozen.weights)
    return model


def fingerprint(model: Any) -> str:
    """A short hex digest of a model's architecture and weights (a ``Network``, a Keras model
    or a ``FrozenModel``): equal for equal weights, different after any change to any weight.

    About a millisecond for the shipped model (0.4 MB of weights).
    """
    frozen = model if isinstance(model, FrozenModel) else freeze(model)
    digest = hashlib.blake2b(digest_size=16)
    layers = (frozen.config.get("config") or {}).get("layers") or []
    # The layers' configs, not the model's name: a renamed copy has the same weights.
    digest.update(json.dumps(layers, sort_keys=True, default=str).encode())
    for weights in frozen.weights:
        array = np.ascontiguousarray(weights, np.float32)
        digest.update(str(array.shape).encode())
        digest.update(array.tobytes())
    return digest.hexdigest()
