"""Copies of a model that another thread can own: plain data out, a fresh Keras model back.

The GUI's model worker owns the current model; a long computation (a robustness curve, the
embeddings of the training set, fine-tuning) must not run in that thread, where it would stall
live predictions. ``freeze`` (in the owner's thread, fast) turns the model into a config and
copied weights; ``thaw`` (in the worker that will use it) builds an independent model from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.backend import graph_lock
from model.backend import keras as _keras


@dataclass(frozen=True)
class FrozenModel:
    """A model as plain data: Keras's config dict, copied weights and Convscope's metadata."""

    config: dict[str, Any]
    weights: list[np.ndarray]
    metadata: dict[str, Any] = field(default_factory=dict)


def freeze(model: Any, metadata: dict[str, Any] | None = None) -> FrozenModel:
    """Copy ``model``'s architecture and weights into plain data (call it in the owner thread)."""
    return FrozenModel(
        config=model.get_config(),
        weights=[np.array(w, copy=True) for w in model.get_weights()],
        metadata=dict(metadata or {}),
    )


def thaw(frozen: FrozenModel) -> Any:
    """A new, independent ``keras.Sequential`` with ``frozen``'s architecture and weights."""
    keras = _keras()
    with graph_lock:
        model = keras.Sequential.from_config(frozen.config)
        model.set_weights(frozen.weights)
    return model
