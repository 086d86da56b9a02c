"""What the layer inspector shows for each step of the guided tour (``gui.inspect.tour``).

``tour_target`` is a plain function of the network's layers, so which layer and tab each idea
lands on can be read (and tested) without a widget; ``LayerInspector.show_tour_step`` carries it
out on the user's digit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gui.inspect.layer_text import INPUT


@dataclass(frozen=True)
class TourTarget:
    """Where a tour step takes the inspector.

    Attributes
    ----------
    layer : the layer to select (``INPUT`` for the image).
    page : the explanation tab to show (``gui.inspect.layers.explanations``).
    strongest : select the layer's map with the strongest value on the user's digit.
    explain : and take that value apart in "This value".
    relu_pick : let the ReLU tab pick the map ReLU changes most (on a map with no negative
        values, before and after would look the same).
    shift : show the digit moved 2 pixels to the right.
    """

    layer: str
    page: str
    strongest: bool = False
    explain: bool = False
    relu_pick: bool = False
    shift: bool = False


def tour_target(key: str, layers: list[dict[str, Any]]) -> TourTarget | None:
    """Where tour step ``key`` (a ``TourStep.key``) takes the inspector, for a network of
    ``layers`` (``describe_layers`` entries, in order); None for a step it has nothing for.
    A network without convolutions (or pooling) lands on its first dense layer instead."""
    convs = [x["name"] for x in layers if x["type"] == "Conv2D"]
    pools = [x["name"] for x in layers if x["type"] in ("MaxPooling2D", "AveragePooling2D")]
    flats = [x["name"] for x in layers if x["type"] == "Flatten"]
    denses = [x["name"] for x in layers if x["type"] == "Dense"]
    first_dense = denses[0] if denses else INPUT
    if key == "unroll":
        return TourTarget(INPUT, "unroll")
    if key in ("conv", "features", "relu"):
        if not convs:
            return TourTarget(first_dense, "relu" if key == "relu" else "explain")
        if key == "relu":
            return TourTarget(convs[0], "relu", relu_pick=True)
        return TourTarget(convs[0], "explain", strongest=True, explain=key == "conv")
    if key == "hierarchy":
        if not convs:
            return TourTarget(first_dense, "patches")
        return TourTarget(convs[-1], "patches", strongest=True)
    if key == "pool":
        if not pools:
            return TourTarget(first_dense, "explain")
        return TourTarget(pools[0], "explain", strongest=True, explain=True)
    if key == "shift":
        moved = pools[0] if pools else (convs[0] if convs else INPUT)
        return TourTarget(moved, "shift", shift=True)
    if key == "flatten":
        return TourTarget(flats[-1] if flats else first_dense, "decide")
    if key == "dense":
        return TourTarget(denses[-1] if denses else INPUT, "decide")
    return None
