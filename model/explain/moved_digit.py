"""A digit and a moved copy of it, side by side: what moving a digit changes.

Two ideas of CONCEPTS.md rest on this comparison. For a plain network (idea 1), the pixels
themselves: moving the digit changes many of the 784 numbers it reads (``pixels_changed``). For
a CNN (idea 6), each convolution and pooling layer's maps: how much they changed, and whether
the answer held (``compare_moved``). ``shift_tolerance`` averages the same over many moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

# A pixel counts as changed when it brightens or darkens by more than a quarter of the range:
# the antialiased edge of a stroke moves by less than that under a whole-pixel move.
NOTICEABLE = 0.25


def pixels_changed(image: np.ndarray, moved: np.ndarray, threshold: float = NOTICEABLE) -> int:
    """How many pixels of ``moved`` differ noticeably (by more than ``threshold``) from
    ``image``'s: what a network that reads pixels in a row sees change."""
    a, b = np.asarray(image).ravel(), np.asarray(moved).ravel()
    return int((np.abs(a - b) > threshold).sum())


@dataclass(frozen=True)
class MovedDigit:
    """The network's answer on a digit and on a moved copy, and how much each map changed.

    Attributes
    ----------
    label, confidence : the answer on the digit as it was.
    moved_label, moved_confidence : the answer on the moved copy.
    changes : layer -> ``||after - before|| / ||before||`` of its maps (NaN where the maps were
        all zero before the move).
    maps : layer -> (before, after, channel): the map of the layer's busiest channel (largest
        sum before the move) before and after.
    """

    label: int
    confidence: float
    moved_label: int
    moved_confidence: float
    changes: dict[str, float]
    maps: dict[str, tuple[np.ndarray, np.ndarray, int]]


def compare_moved(
    predictor: Any, image: np.ndarray, moved: np.ndarray, layers: tuple[str, ...] | list[str]
) -> MovedDigit:
    """Run ``image`` and ``moved`` through the network and compare ``layers``' maps.

    Parameters
    ----------
    predictor
        A ``model.network.predictor.Predictor``; one forward pass per image.
    image, moved
        The (28, 28) network input and its moved (shifted, turned) copy.
    layers
        The layers whose maps to compare (e.g. ``ShiftReport.layers``: convolutions and
        pooling).
    """
    base, after = predictor.predict(image), predictor.predict(moved)
    changes, maps = {}, {}
    for layer in layers:
        a = np.asarray(base.activations[layer], np.float64)
        b = np.asarray(after.activations[layer], np.float64)
        norm = float(np.linalg.norm(a))
        changes[layer] = float(np.linalg.norm(b - a) / norm) if norm > 0 else float("nan")
        channel = int(np.argmax(a.reshape(-1, a.shape[-1]).sum(axis=0)))
        maps[layer] = (a[..., channel], b[..., channel], channel)
    return MovedDigit(base.label, base.confidence, after.label, after.confidence, changes, maps)
