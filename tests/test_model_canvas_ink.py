"""A picture as ink for the drawing canvas: white on black, cut to the ink with a margin."""

from __future__ import annotations

import numpy as np

from model.data.canvas_ink import ink_for_canvas


def _photo() -> np.ndarray:
    """A dark bar (a 1) on light paper, off-centre in a large picture."""
    paper = np.full((300, 400), 230, np.uint8)
    paper[60:160, 250:262] = 20
    return paper


def test_dark_ink_on_paper_becomes_white_ink_cut_to_it_with_a_margin():
    ink, _stages = ink_for_canvas(_photo())
    assert ink.dtype == np.float32
    # Cut to the bar (100 x 12 px) with a margin of 100 // 6 + 2 = 18 px on each side.
    assert ink.shape == (100 + 2 * 18, 12 + 2 * 18)
    assert ink[18:-18, 18:-18].mean() > 0.9  # the bar, now white
    assert ink[:10].max() < 0.1 and ink[:, :10].max() < 0.1  # the margin, black


def test_a_picture_without_ink_is_a_blank_28x28():
    ink, _stages = ink_for_canvas(np.full((50, 80), 200, np.uint8))
    assert ink.shape == (28, 28) and not ink.any()


def test_the_margin_stops_at_the_pictures_edge():
    paper = np.full((300, 400), 230, np.uint8)
    paper[0:100, 0:12] = 20  # the bar touches the top-left corner
    ink, _stages = ink_for_canvas(paper)
    # No margin above or left of it: the crop starts at the picture's edge.
    assert ink.shape == (100 + 18, 12 + 18)
    assert ink[:100, :12].mean() > 0.9
