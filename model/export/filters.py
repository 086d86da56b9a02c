"""The first layer's filters, and what each made of the digit, as small pictures.

For a CNN these are the first convolution's kernels (their first input channel: the digit has
only one) and its feature maps; for a plain dense network reading raw pixels, each of the first
units' 784 weights laid out as a 28x28 picture (no maps: nothing slides). The training replay
and the handout both show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain import describe_layers


@dataclass(frozen=True)
class FirstLayer:
    """``weights`` (h, w, n): one picture per filter or unit; ``maps`` (H, W, n) their feature
    maps on the digit, or None; ``name`` the layer and ``kind`` "conv" or "dense"."""

    name: str
    kind: str
    weights: np.ndarray
    maps: np.ndarray | None


def first_layer(
    network: Any, activations: dict[str, np.ndarray] | None, limit: int = 8
) -> FirstLayer | None:
    """The first ``limit`` filters of the first conv layer (or units of a dense layer on raw
    pixels) and, given a forward pass's ``activations``, their maps; None if neither exists."""
    for layer in describe_layers(network):
        if layer["kind"] == "conv":
            kernel = layer["kernel"][:, :, 0, :limit]
            maps = None if activations is None else activations[layer["name"]][..., :limit]
            return FirstLayer(layer["name"], "conv", kernel, maps)
        if layer["kind"] == "dense" and layer["raw_pixels"]:
            units = layer["kernel"][:, :limit]
            return FirstLayer(layer["name"], "dense", units.reshape(28, 28, -1), None)
        if layer["kind"] in ("dense", "maxpool", "avgpool"):
            return None
    return None
