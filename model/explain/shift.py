"""Shift tolerance: how much each layer's maps, and the answer, change when the digit moves."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.data.transform import shift
from model.explain.layers import INPUT_SIZE, ExplainError, layer_kind
from model.i18n import translate

_ELEMENTWISE = ("BatchNormalization", "Activation", "Dropout", "Rescaling")

# The directions shift_tolerance moves a digit in, as (rows, columns) per pixel of shift.
DIRECTIONS: dict[str, tuple[int, int]] = {
    "right": (0, 1),
    "left": (0, -1),
    "down": (1, 0),
    "up": (-1, 0),
}


@dataclass(frozen=True)
class ShiftResult:
    """One shifted copy of the digit: how far, what the network said, how much each map moved."""

    direction: str
    offset: tuple[int, int]
    label: int
    confidence: float
    changes: dict[str, float]


@dataclass(frozen=True)
class ShiftReport:
    """How a digit's maps and answer change when the digit moves a few pixels.

    ``changes`` of each shift are ``||a_shifted - a|| / ||a||`` per layer (NaN where the
    unshifted map is all zeros but the shifted one is not).
    """

    label: int
    confidence: float
    layers: tuple[str, ...]
    kinds: dict[str, str]
    shifts: tuple[ShiftResult, ...]

    def mean_change(self, layer: str) -> float:
        """The average relative change of ``layer``'s maps over all shifts."""
        values = np.array([s.changes[layer] for s in self.shifts], np.float64)
        finite = values[np.isfinite(values)]
        return float(finite.mean()) if finite.size else float("nan")

    def _mean_of(self, kind: str) -> float:
        values = [self.mean_change(n) for n in self.layers if self.kinds[n] == kind]
        values = [v for v in values if math.isfinite(v)]
        return float(np.mean(values)) if values else float("nan")

    @property
    def mean_conv_change(self) -> float:
        """Average relative change over all convolution layers and shifts."""
        return self._mean_of("conv")

    @property
    def mean_pool_change(self) -> float:
        """Average relative change over all pooling layers and shifts."""
        return self._mean_of("pool")

    @property
    def label_kept(self) -> float:
        """The fraction of shifts after which the network still gives the same digit."""
        return float(np.mean([s.label == self.label for s in self.shifts]))


def shift_tolerance(
    predictor: Any,
    image: np.ndarray,
    shifts: Sequence[int] = (1, 2, 3),
    directions: dict[str, tuple[int, int]] | None = None,
) -> ShiftReport:
    """Move the digit by a few pixels in several directions and measure what changes.

    Parameters
    ----------
    predictor
        A ``model.network.predictor.Predictor``; one forward pass per shifted copy.
    image
        The (28, 28) network input.
    shifts
        Distances in pixels.
    directions
        Name -> unit (rows, cols) step; by default right, left, down and up.

    Returns
    -------
    ShiftReport
        For each shift the label, confidence and the relative change of every Conv2D and
        pooling layer's maps. Pooled maps usually change less than the conv maps before them:
        a shift that stays inside a pooling window leaves its maximum where it was.

    Raises
    ------
    ExplainError
        If the image is blank: there is nothing to move.
    """
    base_image = np.asarray(image, dtype=np.float32).reshape(INPUT_SIZE, INPUT_SIZE)
    if not np.any(base_image > 0):
        raise ExplainError(
            translate("explain.shift", "the image is blank: there is no digit to shift")
        )
    model = predictor.model
    kinds = {
        layer.name: ("conv" if layer_kind(layer) == "conv" else "pool")
        for layer in model.layers
        if layer_kind(layer) in ("conv", "maxpool", "avgpool")
    }
    layers = tuple(kinds)
    base = predictor.predict(base_image)
    results = []
    for name, (dr, dc) in (directions or DIRECTIONS).items():
        for n in shifts:
            moved = predictor.predict(shift(base_image, dc * n, dr * n))
            changes = {}
            for layer in layers:
                a = np.asarray(base.activations[layer], np.float64)
                b = np.asarray(moved.activations[layer], np.float64)
                norm, diff = float(np.linalg.norm(a)), float(np.linalg.norm(b - a))
                changes[layer] = diff / norm if norm > 0 else (0.0 if diff == 0 else math.nan)
            results.append(
                ShiftResult(name, (dr * n, dc * n), moved.label, moved.confidence, changes)
            )
    return ShiftReport(base.label, base.confidence, layers, kinds, tuple(results))
