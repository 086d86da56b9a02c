"""Comparisons: two digits through one network, one digit (or a test set) through two.

``layer_similarity`` follows two inputs through a network and gives, for every layer, the
cosine similarity of their activations: where their paths part (a 4 and a 9 look alike in the
pixels and in the first maps, and differ more and more towards the output) and where they join
again (a digit and the same digit moved: different pixels, nearly the same pooled features).
A digit compared with itself gives 1 everywhere.

``corresponding_layers`` pairs the layers of two networks that compute the same kind of thing
at the same place (same type and output shape, in order), so their maps and filters can be
shown side by side; ``compare_on`` scores two networks on the same digits and lists those on
which they disagree. Nothing here imports Qt or TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.data import to_model_input
from model.errors import ConvscopeError


class CompareError(ConvscopeError):
    """Two things that cannot be compared; the message says why in a sentence."""


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine similarity of two arrays read as vectors; 1.0 for two all-zero arrays (alike)."""
    a = np.asarray(a, np.float64).ravel()
    b = np.asarray(b, np.float64).ravel()
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if na == 0.0 and nb == 0.0:
        return 1.0
    if na == 0.0 or nb == 0.0:
        return 0.0
    return float(np.clip(a @ b / (na * nb), -1.0, 1.0))


def layer_similarity(net: Any, image_a: np.ndarray, image_b: np.ndarray) -> list[tuple[str, float]]:
    """(layer, cosine similarity) for the input pixels and every layer of ``net``."""
    from model.inference import as_network

    net = as_network(net)
    x = to_model_input(np.stack([np.asarray(image_a), np.asarray(image_b)]).reshape(2, 28, 28))
    outputs = net.activations(x)
    pairs = [("input", cosine(x[0], x[1]))]
    pairs += [(layer.name, cosine(out[0], out[1])) for layer, out in zip(net.layers, outputs)]
    return pairs


@dataclass(frozen=True)
class LayerPair:
    """A layer of network A and the layer of network B at the same place."""

    a: int
    b: int
    name_a: str
    name_b: str
    kind: str
    shape: tuple[int, ...]


def corresponding_layers(net_a: Any, net_b: Any) -> list[LayerPair]:
    """The layers of two networks that correspond: same type and output shape, in order.

    Layers that change nothing about the shape and have no weights (dropout) are skipped on
    either side. Raises ``CompareError`` with a sentence when not even one layer corresponds.
    """
    skip = {"Dropout"}
    a_layers = [(i, la) for i, la in enumerate(net_a.layers) if la.kind not in skip]
    b_layers = [(j, lb) for j, lb in enumerate(net_b.layers) if lb.kind not in skip]
    pairs: list[LayerPair] = []
    j = 0
    for i, la in a_layers:
        for k in range(j, len(b_layers)):
            jb, lb = b_layers[k]
            if lb.kind == la.kind and tuple(lb.output_shape) == tuple(la.output_shape):
                pairs.append(LayerPair(i, jb, la.name, lb.name, la.kind, tuple(la.output_shape)))
                j = k + 1
                break
    spatial = [p for p in pairs if len(p.shape) == 3]
    if not spatial:
        kinds_a = ", ".join(la.kind for _, la in a_layers)
        kinds_b = ", ".join(lb.kind for _, lb in b_layers)
        raise CompareError(
            "these two networks have no feature maps in common to show side by side "
            f"(one is {kinds_a}; the other is {kinds_b}); their answers can still be compared"
        )
    return pairs


def compare_on(nets: dict[str, Any], images: np.ndarray, labels: np.ndarray) -> dict[str, Any]:
    """Score every network on the same digits; where they disagree (indices into ``images``).

    Returns
    -------
    dict
        ``{"n", "models": {name: {"accuracy"}}, "agreement", "disagreements": [index, ...],
        "predictions": {name: (N,) labels}}``; agreement is the share of digits on which every
        network gives the same answer.
    """
    from model.inference import as_network

    if len(nets) < 2:
        raise CompareError("a comparison needs two networks")
    x = to_model_input(np.asarray(images))
    y = np.asarray(labels)
    predictions = {
        name: as_network(net).probabilities(x).argmax(axis=1) for name, net in nets.items()
    }
    stacked = np.stack(list(predictions.values()))
    same = np.all(stacked == stacked[0], axis=0)
    return {
        "n": int(len(y)),
        "models": {
            name: {"accuracy": round(float((p == y).mean()), 6)} for name, p in predictions.items()
        },
        "agreement": round(float(same.mean()), 6) if len(y) else float("nan"),
        "disagreements": [int(i) for i in np.flatnonzero(~same)],
        "predictions": predictions,
    }
