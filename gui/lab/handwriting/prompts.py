"""Which digit "Your handwriting" asks for next."""

from __future__ import annotations

import numpy as np

DIGITS = range(10)


def next_prompt(
    counts: np.ndarray, wanted: int, skipped: set[int], after: int | None
) -> tuple[int | None, set[int]]:
    """The digit to ask for, and the digits still skipped.

    The digit with the fewest samples (``counts``, by digit) among those with fewer than
    ``wanted``, in order from the one after ``after``, leaving out the ``skipped`` ones while
    others are left; None when every digit has its samples. Skipped digits are forgotten once
    only they are left, or none is.
    """
    need = [d for d in DIGITS if counts[d] < wanted]
    if not need:
        return None, set()
    pool = [d for d in need if d not in skipped]
    if not pool:
        skipped = set()
        pool = need
    start = 0 if after is None else after + 1
    order = [(start + i) % 10 for i in DIGITS]
    fewest = min(counts[d] for d in pool)
    return next(d for d in order if d in pool and counts[d] == fewest), skipped
