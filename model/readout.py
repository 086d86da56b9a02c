"""Pictures in words: what a screen reader says for the probability bars, the 28x28 input, a
stack of feature maps, a curve.

The app's pictures carry meaning (which digit wins, where the ink is, where a filter fired);
a person who cannot see them hears these sentences instead, kept up to date as the pictures
change. Plain functions of NumPy arrays, so the words are tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

INPUT_SIZE = 28
# Brighter than this (of the brightest pixel) counts as ink.
INK_LEVEL = 0.2


def percent(p: float) -> str:
    """A probability as a screen reader says it: ``90 %``, ``1.4 %``, ``< 0.1 %``."""
    if p < 0.001:
        return "< 0.1 %"
    if p > 0.999:
        return "> 99.9 %"
    value = p * 100
    return f"{value:.0f} %" if value >= 10 else f"{value:.1f} %"


def votes_text(probabilities: Sequence[float] | None, runners_up: int = 1) -> str:
    """The ten votes in words: ``"5: 90 %, next 7: 1.4 %"`` (the winner, then the next
    ``runners_up`` digits), or ``"no answer yet"``."""
    if probabilities is None:
        return "no answer yet"
    p = np.asarray(probabilities, np.float64).ravel()
    if p.size == 0 or not np.isfinite(p).all():
        return "no answer yet"
    order = np.argsort(-p, kind="stable")
    parts = [f"{int(order[0])}: {percent(float(p[order[0]]))}"]
    for k in order[1 : 1 + runners_up]:
        parts.append(f"next {int(k)}: {percent(float(p[k]))}")
    return ", ".join(parts)


def _where(row: float, col: float, size: int) -> str:
    """``"top left"``, ``"centre"``... for a place in a ``size`` x ``size`` picture."""
    third = size / 3
    v = "top" if row < third else "bottom" if row >= 2 * third else "middle"
    h = "left" if col < third else "right" if col >= 2 * third else "centre"
    if v == "middle":
        return "centre" if h == "centre" else h
    return f"{v} {h}" if h != "centre" else v


def image_text(image: np.ndarray | None) -> str:
    """The network's input in words: where the ink lies and how much of the grid it covers."""
    if image is None:
        return "empty"
    a = np.asarray(image, np.float64)
    a = a.reshape(a.shape[-2:]) if a.ndim > 2 else a
    peak = float(np.nanmax(a)) if a.size else 0.0
    if not np.isfinite(peak) or peak <= 0:
        return f"{a.shape[0]} by {a.shape[1]} pixels, empty"
    ink = a > INK_LEVEL * peak
    rows, cols = np.nonzero(ink)
    share = ink.mean() * 100
    return (
        f"{a.shape[0]} by {a.shape[1]} pixels; ink in rows {rows.min()} to {rows.max()}, "
        f"columns {cols.min()} to {cols.max()}, {share:.0f} % of the pixels"
    )


def maps_text(maps: np.ndarray | None, tile_name: str = "map") -> str:
    """A stack of maps (C, H, W) in words: how many, their size, where the strongest value is
    and in which, and how many stay silent (never above zero)."""
    if maps is None:
        return f"no {tile_name}s"
    m = np.asarray(maps, np.float64)
    if m.ndim == 2:
        m = m[np.newaxis]
    if m.size == 0:
        return f"no {tile_name}s"
    n, h, w = m.shape
    finite = np.where(np.isfinite(m), m, -np.inf)
    tile, row, col = np.unravel_index(int(np.argmax(finite)), m.shape)
    peak = float(m[tile, row, col])
    head = f"{n} {tile_name}{'s' if n != 1 else ''} of {h} by {w}"
    where = f"row {row}, column {col}"
    if n > 1:
        where = f"{tile_name} {tile}, {where}"
    text = f"{head}; strongest {peak:.3g} at {where}"
    silent = int((np.nan_to_num(m, nan=0.0).reshape(n, -1).max(axis=1) <= 0).sum())
    if n > 1 and silent:
        text += f"; {silent} of {n} silent"
    return text


def curve_text(name: str, xs: Sequence[float], ys: Sequence[float], unit: str = "") -> str:
    """A plotted line in words: its last value, its lowest and highest, e.g. ``"loss: 0.12
    after 300, lowest 0.10, highest 2.3"``."""
    y = np.asarray(ys, np.float64)
    x = np.asarray(xs, np.float64)
    keep = np.isfinite(y)
    if not keep.any():
        return f"{name}: no values yet"
    y, x = y[keep], x[keep] if x.size == keep.size else x[: int(keep.sum())]
    last = f"{y[-1]:.3g}{unit}"
    after = f" at {x[-1]:.4g}" if x.size else ""
    return f"{name}: {last}{after}, lowest {y.min():.3g}{unit}, highest {y.max():.3g}{unit}"
