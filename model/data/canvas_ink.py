"""A picture (a photo, a scan, a pasted or dropped image) as ink for the drawing canvas.

The canvas holds white ink on black, so a photo of dark ink is shown the same way, cleaned
(paper, lines and specks removed, every digit of a number kept: ``find_ink``) and cut to the
ink with a margin, so that a small digit in a big photo fills the canvas, and drawing over it
and preprocessing it again both work. Plain NumPy; the Draw tab runs it in its I/O worker.
"""

from __future__ import annotations

import numpy as np

from model.data.images import as_gray
from model.data.ink import find_ink

# Pixels at least this bright count as ink when cutting the picture to it.
INK_LEVEL = 0.1


def ink_for_canvas(image: np.ndarray) -> tuple[np.ndarray, tuple]:
    """The picture's cleaned ink, cut to it with a margin, and the cleaning steps it took.

    Parameters
    ----------
    image
        Gray, RGB or RGBA pixels (floats 0..1 or uint8), in either polarity.

    Returns
    -------
    tuple
        The ink (2-D float32, white on black; 28x28 zeros for a picture without ink) and the
        ``Stage`` steps that cleaned it (shown while the picture is on the canvas untouched).
    """
    found = find_ink(as_gray(image), several=True)
    ink = found.ink
    rows = np.flatnonzero((ink > INK_LEVEL).any(axis=1))
    cols = np.flatnonzero((ink > INK_LEVEL).any(axis=0))
    if found.blank or rows.size == 0:
        return np.zeros((28, 28), np.float32), found.stages
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    margin = max(bottom - top, right - left) // 6 + 2
    crop = ink[max(0, top - margin) : bottom + margin, max(0, left - margin) : right + margin]
    return crop.copy(), found.stages
