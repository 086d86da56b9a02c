"""Numbers shown to be added up by hand: rounded so that they do add up."""

from __future__ import annotations

import numpy as np


def round_to_add_up(values: np.ndarray, decimals: int, total: float | None = None) -> np.ndarray:
    """``values`` rounded to ``decimals`` places so that the rounded values add up exactly to
    ``total`` rounded the same way (by default the sum of ``values``).

    Rounding each number on its own lets nine products shown as 0.23 + 0.15 + ... add up to
    0.240 beside a sum of 0.233: a student checking by hand is lost. Here each value is
    rounded to the nearest step first, then the few whose rounding moved them furthest are
    moved one step the other way until the sum is right (the largest-remainder method), so no
    value is more than one step from its true value. The result's entries are whole multiples
    of the step, to be shown with ``decimals`` places.
    """
    values = np.asarray(values, np.float64)
    step = 10.0 ** (-decimals)
    scaled = values / step
    target = int(np.round(scaled.sum() if total is None else float(total) / step))
    steps = np.round(scaled)
    missing = target - int(steps.sum())
    flat, residual = steps.reshape(-1), (scaled - steps).reshape(-1)
    while missing and flat.size:
        direction = 1 if missing > 0 else -1
        # The values rounded furthest against the needed direction move first.
        order = np.argsort(-direction * residual, kind="stable")[: abs(missing)]
        flat[order] += direction
        residual[order] -= direction
        missing -= direction * len(order)
    return np.round(flat.reshape(values.shape) * step, decimals)
