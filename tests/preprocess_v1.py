"""The first version of the preprocessing pipeline (PREPROCESS_VERSION 1), for 2-D inputs only.

Kept as the reference that a clean canvas drawing must still match exactly: version 2 added
steps for photos and scans, and promised that a drawing goes through them untouched. Only the
steps a white-on-black or black-on-white drawing takes are here (grayscale arrays, no
thickness option).
"""

from __future__ import annotations

import numpy as np

from model.data.framing import BOX, _resize, centre_by_mass


def _border(a: np.ndarray) -> np.ndarray:
    k = max(1, min(a.shape) // 20)
    return np.concatenate([a[:k].ravel(), a[-k:].ravel(), a[:, :k].ravel(), a[:, -k:].ravel()])


def input_v1(image: np.ndarray) -> np.ndarray | None:
    """The 28x28 input version 1 made of a 2-D uint8 picture; None for a blank one."""
    gray = image.astype(np.float32) / 255.0
    lo, hi = float(gray.min()), float(gray.max())
    if hi - lo < 0.08:
        return None
    gray = (gray - lo) / (hi - lo)
    inverted = float(np.median(_border(gray))) > 0.5
    ink = 1.0 - gray if inverted else gray
    floor = max(float(np.median(_border(ink))), 0.0) + 0.15
    ink = np.clip((ink - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    rows = np.flatnonzero((ink > 0.1).any(axis=1))
    cols = np.flatnonzero((ink > 0.1).any(axis=0))
    if rows.size == 0:
        return None
    cropped = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    scale = BOX / max(cropped.shape)
    h, w = cropped.shape
    scaled = _resize(cropped, max(1, round(h * scale)), max(1, round(w * scale)))
    peak = float(scaled.max())
    if peak <= 0.0:
        return None
    return centre_by_mass((scaled / peak).astype(np.float32))[0]
