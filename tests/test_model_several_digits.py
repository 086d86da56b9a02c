"""Whether a drawing holds a number: the shape rules the Draw tab applies on every change."""

from __future__ import annotations

import numpy as np

from model.data.preprocess import preprocess
from model.data.segment import find_digits
from model.data.several_digits import holds_several, may_hold_several


def _canvas(*boxes: tuple[int, int, int, int]) -> np.ndarray:
    """A 140x140 canvas with white ink filling each (top, left, bottom, right) box."""
    canvas = np.zeros((140, 140), np.float32)
    for top, left, bottom, right in boxes:
        canvas[top:bottom, left:right] = 1.0
    return canvas


def test_one_narrow_piece_is_not_looked_into():
    assert not may_hold_several(preprocess(_canvas((20, 60, 120, 72))))  # a 1


def test_a_blank_canvas_is_not_looked_into():
    assert not may_hold_several(preprocess(_canvas()))


def test_two_pieces_or_one_wide_piece_are_looked_into():
    assert may_hold_several(preprocess(_canvas((20, 20, 120, 32), (20, 60, 120, 72))))
    assert may_hold_several(preprocess(_canvas((60, 10, 80, 130))))  # a bar, 6 times as wide


def test_two_digits_found_are_a_number_finished_or_not():
    digits = find_digits(_canvas((20, 20, 120, 32), (20, 100, 120, 112)))
    assert len(digits) == 2
    assert holds_several(digits, finished=True) and holds_several(digits, finished=False)


def test_one_group_wider_than_a_digit_is_a_number_only_once_finished():
    digits = find_digits(_canvas((40, 10, 100, 130)))  # 120 wide, 60 tall: twice as wide
    assert len(digits) == 1
    assert holds_several(digits, finished=True)
    assert not holds_several(digits, finished=False)  # half a 7, mid-stroke


def test_one_group_no_wider_than_a_digit_is_one_digit():
    assert not holds_several(find_digits(_canvas((20, 50, 120, 90))), finished=True)
    assert not holds_several([], finished=True)
