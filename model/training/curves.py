"""The numbers behind the Train tab's curves: the batch loss smoothed for reading, and a run's
history as CSV.

Plain NumPy and the standard library: the live plots (``gui.train.curves``) only draw what
these compute.
"""

from __future__ import annotations

import csv
import io

import numpy as np

# Weight of the newest batch in the smoothed loss: about the last 10 batches count.
SMOOTHING = 0.1


def smoothed(
    values: np.ndarray, weight: float = SMOOTHING, state: tuple[float, int] = (0.0, 0)
) -> tuple[np.ndarray, tuple[float, int]]:
    """Debiased exponential moving average of ``values`` (a display aid, as in TensorBoard).

    ``state`` (running sum, count) continues an earlier call; the new state is returned.
    Debiasing keeps the first points on the data instead of rising slowly from zero.
    """
    acc, n = state
    out = np.empty(len(values), np.float64)
    for i, v in enumerate(values):
        acc = (1.0 - weight) * acc + weight * float(v)
        n += 1
        out[i] = acc / (1.0 - (1.0 - weight) ** n)
    return out, (acc, n)


def history_csv(history: dict[str, list[float]]) -> str:
    """``history`` (Keras's: a list of values per metric) as CSV: one row per epoch, one
    column per metric, in alphabetical order; a metric shorter than the others leaves its
    last cells empty."""
    keys = sorted(history)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["epoch", *keys])
    n = max((len(v) for v in history.values()), default=0)
    for i in range(n):
        writer.writerow(
            [i + 1, *(f"{history[k][i]:.6g}" if i < len(history[k]) else "" for k in keys)]
        )
    return out.getvalue()
