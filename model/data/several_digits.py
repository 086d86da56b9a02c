"""Whether a drawing holds a number, not one digit: the shape rules a live canvas needs.

A canvas changes on every segment of a stroke, so two cheap questions come before and after
``segment.find_digits``: is the drawing worth looking into at all (most drawings are one
digit), and are the groups found really several digits, given that the drawing may be
unfinished (half a 7, its bar, is wider than any digit too). The widths are ``segment``'s:
``WIDE`` (a group that may be digits touching) and ``SEVERAL`` (wider than any one digit).
"""

from __future__ import annotations

from collections.abc import Sequence

from model.data.framing import Preprocessed
from model.data.segment import SEVERAL, WIDE, Digit


def _width_to_height(bbox: tuple[int, int, int, int]) -> tuple[int, int]:
    top, left, bottom, right = bbox
    return right - left, bottom - top


def may_hold_several(pre: Preprocessed) -> bool:
    """Whether ``pre`` (a drawing preprocessed as one digit) is worth ``find_digits``: it has
    more than one piece of ink, or its ink is wider than ``WIDE`` times its height.

    One piece of ink no wider than a digit is one digit: no need to look further.
    """
    width, height = _width_to_height(pre.bbox)
    return not pre.blank and (pre.pieces > 1 or width > WIDE * height)


def holds_several(digits: Sequence[Digit], finished: bool) -> bool:
    """Whether ``digits`` (``find_digits``' groups) are a number: two or more, or one group
    wider than ``SEVERAL`` times its height in a ``finished`` drawing.

    Mid-stroke (``finished`` False) one wide group stays one digit: a wide 2 or 4, or a 7's
    bar, must not send the one-digit views to half a digit.
    """
    if len(digits) >= 2:
        return True
    if len(digits) != 1 or not finished:
        return False
    width, height = _width_to_height(digits[0].pre.bbox)
    return width > SEVERAL * height
