"""Comparisons: two digits through one network, one digit (or a test set) through two.

``layer_similarity`` follows two inputs through a network and gives, for every layer, the
cosine similarity of their activations: where their paths part (a 4 and a 9 look alike in the
pixels and in the first maps, and differ more and more towards the output) and where they join
again (a digit and the same digit moved: different pixels, nearly the same pooled features).
A digit compared with itself gives 1 everywhere.

``contrast`` gives what the inspector's "Two digits" view shows of each layer: both inputs'
outputs, their difference and their similarity, and ``paths_sentence`` says in words where the
paths part and join.

``corresponding_layers`` pairs the layers of two networks that compute the same kind of thing
at the same place (same type and output shape, in order), so their maps and filters can be
shown side by side (``corresponding_summaries`` does the same from layer descriptions, for two
networks that live in different threads); ``compare_on`` scores two networks on the same
digits and lists those on which they disagree. Nothing here imports Qt or TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.data.mnist import to_model_input
from model.errors import ConvscopeError
from model.i18n import number, translate


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
    return [(c.name, c.similarity) for c in contrast(net, image_a, image_b, skip=())]


@dataclass(frozen=True)
class LayerContrast:
    """One layer's output for two inputs (no batch axis), ``a - b`` and their cosine."""

    name: str
    kind: str
    a: np.ndarray
    b: np.ndarray
    difference: np.ndarray
    similarity: float


def contrast(
    net: Any, image_a: np.ndarray, image_b: np.ndarray, skip: tuple[str, ...] = ("Dropout",)
) -> list[LayerContrast]:
    """Both inputs through ``net`` in one batch: the pixels (kind "input"), then every layer.

    Layers of a kind in ``skip`` are left out: a ``Dropout`` does nothing to a digit being
    read, so its row would repeat the one before.
    """
    from model.network.predictor import as_network

    net = as_network(net)
    x = to_model_input(np.stack([np.asarray(image_a), np.asarray(image_b)]).reshape(2, 28, 28))
    outputs = net.activations(x)
    named = [("input", "input", x)]
    named += [(la.name, la.kind, out) for la, out in zip(net.layers, outputs)]
    return [
        LayerContrast(name, kind, out[0], out[1], out[0] - out[1], cosine(out[0], out[1]))
        for name, kind, out in named
        if kind not in skip
    ]


def paths_sentence(similarities: list[tuple[str, float]]) -> str:
    """Where two inputs' paths through a network part and join, in a sentence or three.

    ``similarities`` are (layer, cosine) pairs, the pixels first (``layer_similarity``). The
    paths part most at the layer with the largest drop of similarity from the layer before;
    they join again when the similarity climbs well above its lowest towards the output.
    """
    if not similarities:
        return ""
    names = [name for name, _ in similarities]
    values = [value for _, value in similarities]
    start, end = values[0], values[-1]
    text = translate(
        "explain.compare", "In the pixels the two are {similarity} alike (1 = the same)."
    ).format(similarity=number(start, 2))
    drop, at = max(((values[i - 1] - values[i], i) for i in range(1, len(values))), default=(0, 0))
    if drop > 0.05:
        lowest = int(np.argmin(values[1:])) + 1
        joined = lowest < len(values) - 1 and end > values[lowest] + 0.1
        fields = {
            "name": names[at],
            "prev": number(values[at - 1], 2),
            "next": number(values[at], 2),
            "lowest": number(values[lowest], 2),
            "end": number(end, 2),
        }
        if joined:
            part = translate(
                "explain.compare",
                "Their paths part most at {name} ({prev} → {next}), "
                "then join again ({lowest} → {end}).",
            )
        else:
            part = translate(
                "explain.compare", "Their paths part most at {name} ({prev} → {next})."
            )
        text += " " + part.format(**fields)
    if names[-1] == "output":
        at_end = translate("explain.compare", "At the output they are {similarity} alike.")
    else:
        at_end = translate("explain.compare", "At the output ({name}) they are {similarity} alike.")
    text += " " + at_end.format(name=names[-1], similarity=number(end, 2))
    return text + _verdict(end)


def _verdict(end: float) -> str:
    if end < 0.5:
        return " " + translate("explain.compare", "The network tells them apart.")
    if end > 0.9:
        return " " + translate("explain.compare", "To the network they are nearly the same.")
    return ""


@dataclass(frozen=True)
class LayerPair:
    """A layer of network A and the layer of network B at the same place."""

    a: int
    b: int
    name_a: str
    name_b: str
    kind: str
    shape: tuple[int, ...]


# (index, name, kind, output shape) of one layer: all the pairing needs to know.
_Described = tuple[int, str, str, tuple[int, ...]]


def corresponding_layers(net_a: Any, net_b: Any) -> list[LayerPair]:
    """The layers of two networks that correspond: same type and output shape, in order.

    Layers that change nothing about the shape and have no weights (dropout) are skipped on
    either side. Raises ``CompareError`` with a sentence when not even one layer corresponds.
    """

    def described(net: Any) -> list[_Described]:
        return [
            (i, la.name, la.kind, tuple(int(d) for d in la.output_shape))
            for i, la in enumerate(net.layers)
        ]

    return _pair(described(net_a), described(net_b))


def corresponding_summaries(layers_a: list[dict], layers_b: list[dict]) -> list[LayerPair]:
    """``corresponding_layers`` from two ``model.network.network.network_summary`` lists (``name``,
    ``type``, ``output_shape`` per layer), for networks owned by different threads."""

    def described(layers: list[dict]) -> list[_Described]:
        return [
            (i, str(la["name"]), str(la["type"]), tuple(int(d) for d in la["output_shape"]))
            for i, la in enumerate(layers)
        ]

    return _pair(described(layers_a), described(layers_b))


def _pair(layers_a: list[_Described], layers_b: list[_Described]) -> list[LayerPair]:
    skip = {"Dropout"}
    a_layers = [la for la in layers_a if la[2] not in skip]
    b_layers = [lb for lb in layers_b if lb[2] not in skip]
    pairs: list[LayerPair] = []
    j = 0
    for i, name_a, kind, shape in a_layers:
        for k in range(j, len(b_layers)):
            jb, name_b, kind_b, shape_b = b_layers[k]
            if kind_b == kind and shape_b == shape:
                pairs.append(LayerPair(i, jb, name_a, name_b, kind, shape))
                j = k + 1
                break
    spatial = [p for p in pairs if len(p.shape) == 3]
    if not spatial:
        kinds_a = ", ".join(la[2] for la in a_layers)
        kinds_b = ", ".join(lb[2] for lb in b_layers)
        raise CompareError(
            translate(
                "explain.compare",
                "these two networks have no feature maps in common to show side by side "
                "(one is {kinds_a}; the other is {kinds_b}); their answers can still be "
                "compared",
            ).format(kinds_a=kinds_a, kinds_b=kinds_b)
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
    from model.network.predictor import as_network

    if len(nets) < 2:
        raise CompareError(translate("explain.compare", "a comparison needs two networks"))
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
