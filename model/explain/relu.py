"""What ReLU does to a convolution's maps: negative values become zero."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain.convolution import conv_pre_activations
from model.explain.layers import activation_name, layer_index, layer_kind


@dataclass(frozen=True)
class ReluStage:
    """What ReLU does to a convolution's maps: the values it receives and what it gives back.

    Attributes
    ----------
    layer : the convolution.
    relu_layer : the layer that applies ReLU: the convolution itself (``activation='relu'``),
        a later ``Activation('relu')`` layer (after batch normalisation, say), or None when no
        ReLU follows.
    before, after : (H, W, filters) what ReLU receives and returns. Without a ReLU, the
        convolution's sums and its output.
    """

    layer: str
    relu_layer: str | None
    before: np.ndarray
    after: np.ndarray

    def negatives(self) -> np.ndarray:
        """(filters,) how many values of each map ReLU turns from negative into zero."""
        return (self.before < 0).sum(axis=(0, 1))

    def most_negative_channel(self) -> int:
        """The map where ReLU changes most: the one with the most negative values (the
        lowest-numbered of equals)."""
        return int(np.argmax(self.negatives()))


def relu_stage(
    model: Any, activations: dict[str, np.ndarray], image: np.ndarray, layer_name: str
) -> ReluStage:
    """The ReLU that follows Conv2D ``layer_name``, on the maps of one forward pass."""
    index = layer_index(model, layer_name)
    layer = model.layers[index]
    pre = conv_pre_activations(model, activations, image, layer_name)
    if activation_name(layer) == "relu":
        return ReluStage(layer_name, layer_name, pre, np.maximum(pre, 0.0))
    if activation_name(layer) == "linear":
        # A linear convolution, then batch normalisation, then ReLU: look past what keeps the
        # map's layout value by value for the first ReLU layer.
        before = pre
        for later in model.layers[index + 1 :]:
            if later.name not in activations or layer_kind(later) != "elementwise":
                break
            if type(later).__name__ == "Activation" and activation_name(later) == "relu":
                return ReluStage(
                    layer_name, later.name, before, np.asarray(activations[later.name], float)
                )
            before = np.asarray(activations[later.name], np.float64)
    return ReluStage(layer_name, None, pre, np.asarray(activations[layer_name], np.float64))
