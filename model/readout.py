"""Pictures in words: what a screen reader says for the probability bars, the 28x28 input, a
stack of feature maps, a curve.

The app's pictures carry meaning (which digit wins, where the ink is, where a filter fired);
a person who cannot see them hears these sentences instead, kept up to date as the pictures
change. Plain functions of NumPy arrays, so the words are tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from model.i18n import QT_TRANSLATE_NOOP, formatted, translate

# The names of tiles ``maps_text`` knows, each with its plural (the app's grids use these).
TILE_NOUNS = (
    QT_TRANSLATE_NOOP("readout", "map"),
    QT_TRANSLATE_NOOP("readout", "maps"),
    QT_TRANSLATE_NOOP("readout", "filter"),
    QT_TRANSLATE_NOOP("readout", "filters"),
    QT_TRANSLATE_NOOP("readout", "channel"),
    QT_TRANSLATE_NOOP("readout", "channels"),
    QT_TRANSLATE_NOOP("readout", "row"),
    QT_TRANSLATE_NOOP("readout", "rows"),
)


INPUT_SIZE = 28
# Brighter than this (of the brightest pixel) counts as ink.
INK_LEVEL = 0.2


def percent(p: float) -> str:
    """A probability as a screen reader says it: ``90 %``, ``1.4 %``, ``< 0.1 %``."""
    if p < 0.001:
        return f"< {formatted(0.1, '.1f')} %"
    if p > 0.999:
        return f"> {formatted(99.9, '.1f')} %"
    value = p * 100
    return f"{formatted(value, '.0f')} %" if value >= 10 else f"{formatted(value, '.1f')} %"


def votes_text(probabilities: Sequence[float] | None, runners_up: int = 1) -> str:
    """The ten votes in words: ``"5: 90 %, next 7: 1.4 %"`` (the winner, then the next
    ``runners_up`` digits), or ``"no answer yet"``."""
    if probabilities is None:
        return translate("readout", "no answer yet")
    p = np.asarray(probabilities, np.float64).ravel()
    if p.size == 0 or not np.isfinite(p).all():
        return translate("readout", "no answer yet")
    order = np.argsort(-p, kind="stable")
    parts = [f"{int(order[0])}: {percent(float(p[order[0]]))}"]
    for k in order[1 : 1 + runners_up]:
        parts.append(
            translate("readout", "next {d}: {pct}").format(d=int(k), pct=percent(float(p[k])))
        )
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
        return translate("readout", "empty")
    a = np.asarray(image, np.float64)
    a = a.reshape(a.shape[-2:]) if a.ndim > 2 else a
    peak = float(np.nanmax(a)) if a.size else 0.0
    if not np.isfinite(peak) or peak <= 0:
        return translate("readout", "{h} by {w} pixels, empty").format(h=a.shape[0], w=a.shape[1])
    ink = a > INK_LEVEL * peak
    rows, cols = np.nonzero(ink)
    share = ink.mean() * 100
    return translate(
        "readout",
        "{h} by {w} pixels; ink in rows {top} to {bottom}, columns {left} to {right}, "
        "{pct} % of the pixels",
    ).format(
        h=a.shape[0],
        w=a.shape[1],
        top=rows.min(),
        bottom=rows.max(),
        left=cols.min(),
        right=cols.max(),
        pct=f"{share:.0f}",
    )


def maps_text(maps: np.ndarray | None, tile_name: str = "map") -> str:
    """A stack of maps (C, H, W) in words: how many, their size, where the strongest value is
    and in which, and how many stay silent (never above zero)."""
    # The tile's name in the language spoken (TILE_NOUNS lists the ones translated).
    plural = tile_name + "s"
    one, many = translate("readout", tile_name), translate("readout", plural)
    if maps is None:
        return translate("readout", "no {tiles}").format(tiles=many)
    m = np.asarray(maps, np.float64)
    if m.ndim == 2:
        m = m[np.newaxis]
    if m.size == 0:
        return translate("readout", "no {tiles}").format(tiles=many)
    n, h, w = m.shape
    finite = np.where(np.isfinite(m), m, -np.inf)
    tile, row, col = np.unravel_index(int(np.argmax(finite)), m.shape)
    peak = formatted(float(m[tile, row, col]), ".3g")
    head = translate("readout", "{n} {tiles} of {h} by {w}").format(
        n=n, tiles=one if n == 1 else many, h=h, w=w
    )
    where = translate("readout", "row {row}, column {col}").format(row=row, col=col)
    if n > 1:
        where = translate("readout", "{tile} {k}, {place}").format(tile=one, k=tile, place=where)
    text = translate("readout", "{head}; strongest {peak} at {place}").format(
        head=head, peak=peak, place=where
    )
    silent = int((np.nan_to_num(m, nan=0.0).reshape(n, -1).max(axis=1) <= 0).sum())
    if n > 1 and silent:
        text += translate("readout", "; {silent} of {n} silent").format(silent=silent, n=n)
    return text


def curve_text(name: str, xs: Sequence[float], ys: Sequence[float], unit: str = "") -> str:
    """A plotted line in words: its last value, its lowest and highest, e.g. ``"loss: 0.12
    after 300, lowest 0.10, highest 2.3"``."""
    y = np.asarray(ys, np.float64)
    x = np.asarray(xs, np.float64)
    keep = np.isfinite(y)
    if not keep.any():
        return translate("readout", "{name}: no values yet").format(name=name)
    y, x = y[keep], x[keep] if x.size == keep.size else x[: int(keep.sum())]
    last = f"{formatted(y[-1], '.3g')}{unit}"
    if x.size:
        last = translate("readout", "{y} at {x}").format(y=last, x=formatted(x[-1], ".4g"))
    return translate("readout", "{name}: {last}, lowest {low}, highest {high}").format(
        name=name,
        last=last,
        low=f"{formatted(y.min(), '.3g')}{unit}",
        high=f"{formatted(y.max(), '.3g')}{unit}",
    )
