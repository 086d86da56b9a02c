"""How numbers become colours in exported pictures: the app's three colour tables in NumPy.

The anchors are those of ``gui.common.maps.colors`` (which builds its tables with Qt), so an
exported feature map looks like the one on screen: zero black and strong responses bright
yellow for what a filter found, blue-white-red for weights that go either way, grey for pixels.
"""

from __future__ import annotations

import numpy as np

# NaN cells (a map not built yet, padding) are shown as the app shows them: light grey.
EMPTY = (230, 233, 239)


def _table(anchors: list[str]) -> np.ndarray:
    """A 256 x 3 uint8 table interpolated between hex colour anchors."""
    rgb = np.array([[int(a[i : i + 2], 16) for i in (1, 3, 5)] for a in anchors], np.float64)
    x = np.linspace(0, 1, len(anchors))
    t = np.linspace(0, 1, 256)
    table = np.stack([np.interp(t, x, rgb[:, k]) for k in range(3)], axis=1)
    return table.round().astype(np.uint8)


SEQUENTIAL = _table(["#000000", "#2a0b5e", "#8a226a", "#d9493b", "#f8a01c", "#fcf7a4"])
DIVERGING = _table(["#1e3a8a", "#3b82f6", "#bfdbfe", "#ffffff", "#fecaca", "#ef4444", "#7f1d1d"])
PIXELS = _table(["#000000", "#ffffff"])


def colorize(values: np.ndarray, kind: str = "auto", high: float | None = None) -> np.ndarray:
    """``values`` (any shape) as uint8 RGB (..., 3).

    Parameters
    ----------
    values
        The numbers; NaN becomes ``EMPTY``.
    kind
        "pixels" (0 black .. 1 white), "signed" (blue, white at zero, red), "positive" (black
        at zero to yellow) or "auto": signed if anything is negative, else positive.
    high
        The value at the bright end (signed: at both ends); by default the largest magnitude,
        so a map uses the whole table.
    """
    v = np.asarray(values, np.float64)
    finite = v[np.isfinite(v)]
    if kind == "auto":
        kind = "signed" if finite.size and finite.min() < 0 else "positive"
    if kind == "pixels":
        table, low, top = PIXELS, 0.0, 1.0
    else:
        top = high if high is not None else (float(np.abs(finite).max()) if finite.size else 1.0)
        top = top or 1.0
        table, low = (DIVERGING, -top) if kind == "signed" else (SEQUENTIAL, 0.0)
    idx = np.clip((np.nan_to_num(v, nan=low) - low) / ((top - low) or 1.0) * 255.0, 0, 255)
    out = table[idx.round().astype(np.intp)]
    if np.isnan(v).any():
        out[np.isnan(v)] = EMPTY
    return out
