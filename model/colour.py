"""Colour for everyone: the colour maps of the app's pictures, how they look with a colour-vision
deficiency, and whether text stands out from its background.

* ``SEQUENTIAL``, ``DIVERGING`` and ``PIXELS``: the anchors of the colour maps (feature maps,
  weights, the input), turned into 256-entry tables by ``lookup_table``. The sequential map is
  matplotlib's *inferno*, perceptually uniform (its lightness rises evenly from black to pale
  yellow), so it reads the same in grey and with any colour-vision deficiency. The diverging map
  (weights that can be negative) runs from dark blue through white to dark red with both sides
  equally light at equal distances from zero; blue against red is the pair that the common
  deficiencies keep apart (tested under simulated deuteranopia, protanopia and tritanopia).
* ``simulate_cvd``: what a person with deuteranopia, protanopia or tritanopia sees, with the
  matrices of Machado, Oliveira and Fernandes (2009, "A physiologically-based model for
  simulation of color vision deficiency", IEEE TVCG 15(6)), severity 1, applied to linear RGB.
* ``lab`` and ``delta_e``: CIELAB (D65) and the CIE76 colour difference, to measure whether two
  colours stay apart; ``contrast_ratio``: WCAG 2's contrast between two colours.

Plain NumPy, no Qt: the GUI turns the tables into pictures.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# matplotlib's inferno at 0, 0.1, ..., 1.
SEQUENTIAL = (
    "#000004", "#160b39", "#420a68", "#6a176e", "#932667", "#bc3754",
    "#dd513a", "#f37819", "#fca50a", "#f6d746", "#fcffa4",
)  # fmt: skip
# Negative dark blue, zero white, positive dark red; equal lightness either side of zero.
DIVERGING = ("#1e3a8a", "#3b82f6", "#bfdbfe", "#ffffff", "#fecaca", "#ef4444", "#7f1d1d")
PIXELS = ("#000000", "#ffffff")

# Machado et al. (2009), severity 1.0, for linear RGB.
CVD_MATRICES = {
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}

_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
_WHITE = np.array([0.95047, 1.0, 1.08883])


def hex_to_rgb(colours: str | Sequence[str]) -> np.ndarray:
    """``"#1e3a8a"`` (or a list of them) -> sRGB floats in [0, 1], shape (3,) or (N, 3)."""
    one = isinstance(colours, str)
    items = [colours] if one else list(colours)
    rgb = []
    for c in items:
        c = c.lstrip("#")
        if len(c) != 6:
            raise ValueError(f"not a #rrggbb colour: {c!r}")
        rgb.append([int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4)])
    out = np.array(rgb, np.float64)
    return out[0] if one else out


def to_linear(srgb: np.ndarray) -> np.ndarray:
    """sRGB in [0, 1] -> linear light."""
    c = np.asarray(srgb, np.float64)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    """Linear light -> sRGB in [0, 1] (clipped)."""
    c = np.clip(np.asarray(linear, np.float64), 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055)


def simulate_cvd(srgb: np.ndarray, kind: str) -> np.ndarray:
    """``srgb`` (..., 3) in [0, 1] as a person with ``kind`` (``deuteranopia``,
    ``protanopia``, ``tritanopia``) sees it, in sRGB [0, 1]."""
    if kind not in CVD_MATRICES:
        raise ValueError(f"unknown colour-vision deficiency {kind!r}")
    linear = to_linear(srgb)
    return to_srgb(linear @ CVD_MATRICES[kind].T)


def lab(srgb: np.ndarray) -> np.ndarray:
    """sRGB (..., 3) in [0, 1] -> CIELAB (..., 3) under D65: L* in 0..100."""
    xyz = to_linear(srgb) @ _RGB_TO_XYZ.T / _WHITE
    eps, kappa = 216 / 24389, 24389 / 27
    f = np.where(xyz > eps, np.cbrt(xyz), (kappa * xyz + 16) / 116)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])],
        axis=-1,
    )


def delta_e(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """CIE76 colour difference between sRGB colours ``a`` and ``b`` (about 2.3: just
    noticeable; above 20: clearly different colours)."""
    return np.linalg.norm(lab(a) - lab(b), axis=-1)


def relative_luminance(srgb: np.ndarray) -> np.ndarray:
    """WCAG 2's relative luminance of sRGB colours in [0, 1]."""
    return to_linear(srgb) @ np.array([0.2126, 0.7152, 0.0722])


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2's contrast ratio of two ``#rrggbb`` colours, 1 to 21 (text wants 4.5, or 7
    for the enhanced level)."""
    la, lb = (float(relative_luminance(hex_to_rgb(c))) for c in (a, b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def lookup_table(anchors: Sequence[str], size: int = 256) -> np.ndarray:
    """A ``size``-entry uint8 RGBA table interpolated (in sRGB) between colour anchors."""
    rgb = hex_to_rgb(anchors) * 255.0
    x = np.linspace(0, 1, len(anchors))
    t = np.linspace(0, 1, size)
    table = np.stack([np.interp(t, x, rgb[:, k]) for k in range(3)], axis=1)
    alpha = np.full((size, 1), 255.0)
    return np.concatenate([table, alpha], axis=1).round().astype(np.uint8)
