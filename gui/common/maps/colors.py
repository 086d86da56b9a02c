"""How numbers become colours in the feature-map pictures.

Signed arrays use a diverging map (blue below zero, white at zero, red above); non-negative ones
a perceptually uniform dark-to-bright map (inferno) where zero is black; the network's input is
shown as grey pixels, 0 black and 1 white. ``ColorScale`` holds a range and one of those tables
and colours a whole array with NumPy at once; ``fmt`` writes a number short enough for a cell.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor, QImage

from model import colour, i18n

# The tables come from ``model.colour``: a perceptually uniform sequential map (inferno: zero
# black, strong responses pale yellow) and a diverging map (negative blue, zero white, positive
# red) whose two ends stay apart under the common colour-vision deficiencies (tested).
SEQUENTIAL = colour.lookup_table(colour.SEQUENTIAL)
DIVERGING = colour.lookup_table(colour.DIVERGING)
PIXELS = colour.lookup_table(colour.PIXELS)


class ColorScale:
    """How numbers become colours: a range and a colour table.

    Parameters
    ----------
    low, high
        The values at the ends of the table (for a signed scale, ``-high`` and ``high``).
    signed
        Diverging (zero in the middle, white) rather than sequential (zero black).
    """

    def __init__(self, low: float, high: float, signed: bool, table: np.ndarray | None = None):
        self.low, self.high, self.signed = float(low), float(high), signed
        self.table = table if table is not None else (DIVERGING if signed else SEQUENTIAL)

    @classmethod
    def for_values(cls, values: np.ndarray, force_signed: bool = False) -> ColorScale:
        """Signed if anything is negative (or ``force_signed``), symmetric around zero."""
        values = np.asarray(values, np.float64)
        finite = values[np.isfinite(values)] if values.size else np.zeros(1)
        if finite.size == 0:
            finite = np.zeros(1)
        if force_signed or finite.min() < 0:
            m = float(np.abs(finite).max()) or 1.0
            return cls(-m, m, True)
        return cls(0.0, float(finite.max()) or 1.0, False)

    @classmethod
    def pixels(cls) -> ColorScale:
        """0 black .. 1 white, the way the network's input is shown everywhere."""
        return cls(0.0, 1.0, False, PIXELS)

    def rgba(self, values: np.ndarray) -> np.ndarray:
        """``values`` (any shape) -> uint8 RGBA (..., 4); NaN becomes transparent grey."""
        v = np.asarray(values, np.float64)
        span = (self.high - self.low) or 1.0
        idx = np.clip((np.nan_to_num(v, nan=self.low) - self.low) / span * 255.0, 0, 255)
        out = self.table[idx.round().astype(np.intp)]
        if np.isnan(v).any():
            out = out.copy()
            out[np.isnan(v)] = (230, 233, 239, 255)
        return out

    def color(self, value: float) -> QColor:
        r, g, b, _ = self.rgba(np.array([value]))[0]
        return QColor(int(r), int(g), int(b))


def rgba_to_qimage(rgba: np.ndarray) -> QImage:
    """An (H, W, 4) uint8 array as a QImage that owns its own copy of the pixels."""
    rgba = np.ascontiguousarray(rgba)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, w * 4, QImage.Format.Format_RGBA8888).copy()


def fmt(value: float) -> str:
    """A number short enough for a cell: 3 significant digits (with the language's decimal
    separator)."""
    return _fmt(value).replace(".", i18n.decimal_point())


def _fmt(value: float) -> str:
    if not math.isfinite(value):
        return "–"
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:.0e}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) < 0.01:
        return f"{value:.3f}" if abs(value) >= 0.0005 else "0.00"
    return f"{value:.2f}"
