"""Connected pieces of ink: which pixels of a mask touch each other, and what each piece is like.

Preprocessing uses them to tell a digit from what lies apart from it (a speck, the edge of the
table in a photo, a box drawn round the digit), and reading a number uses them to find its
digits. Labelling works on horizontal runs of ink rather than on pixels: a digit of a few
hundred pixels has a few dozen runs, so a union-find over runs in plain Python costs well
under a millisecond, with no SciPy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Component:
    """One connected piece of ink.

    Attributes
    ----------
    index : its label in the label image (1, 2, ...).
    area : pixels in it.
    box : (top, left, bottom, right), bottom and right exclusive.
    mass : the sum of the ink values under it (the area when there are none).
    peak : the largest ink value under it (1 when there are none).
    touches_border : whether it reaches the picture's edge.
    """

    index: int
    area: int
    box: tuple[int, int, int, int]
    mass: float
    peak: float
    touches_border: bool

    @property
    def height(self) -> int:
        return self.box[2] - self.box[0]

    @property
    def width(self) -> int:
        return self.box[3] - self.box[1]

    @property
    def fill(self) -> float:
        """The share of its bounding box it covers: small for a frame or a thin ring."""
        return self.area / max(1, self.height * self.width)


def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Horizontal runs of True in ``mask``: (row, start, end) arrays, end exclusive, in
    row-major order."""
    m = np.asarray(mask, bool)
    padded = np.zeros((m.shape[0], m.shape[1] + 2), np.int8)
    padded[:, 1:-1] = m
    d = np.diff(padded, axis=1)
    r0, c0 = np.nonzero(d == 1)
    _r1, c1 = np.nonzero(d == -1)
    return r0, c0, c1


def label(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """8-connected components of ``mask``: (labels as int32, 0 = background; count)."""
    m = np.asarray(mask, bool)
    rows, starts, ends = runs(m)
    n = len(rows)
    out = np.zeros(m.shape, np.int32)
    if n == 0:
        return out, 0
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The runs of each row, as a slice of the run arrays.
    first = np.searchsorted(rows, np.arange(m.shape[0] + 1))
    for r in range(1, m.shape[0]):
        a0, a1 = first[r - 1], first[r]
        b0, b1 = first[r], first[r + 1]
        if a0 == a1 or b0 == b1:
            continue
        i = a0
        for j in range(b0, b1):
            s, e = starts[j], ends[j]
            # Runs of the row above that end before this one starts (diagonals count) are done.
            while i < a1 and ends[i] < s:
                i += 1
            k = i
            while k < a1 and starts[k] <= e:
                ri, rj = find(k), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
                k += 1
    roots = np.array([find(i) for i in range(n)])
    _, compact = np.unique(roots, return_inverse=True)
    ids = compact.astype(np.int32) + 1
    for k in range(n):
        out[rows[k], starts[k] : ends[k]] = ids[k]
    return out, int(ids.max())


def describe(labels: np.ndarray, count: int, values: np.ndarray | None = None) -> list[Component]:
    """A ``Component`` for each label 1..count, in label order."""
    if count == 0:
        return []
    h, w = labels.shape
    flat = labels.ravel()
    on = flat > 0
    ids = flat[on]
    rr, cc = np.divmod(np.flatnonzero(on), w)
    area = np.bincount(ids, minlength=count + 1)
    top = np.full(count + 1, h)
    left = np.full(count + 1, w)
    bottom = np.zeros(count + 1, int)
    right = np.zeros(count + 1, int)
    np.minimum.at(top, ids, rr)
    np.minimum.at(left, ids, cc)
    np.maximum.at(bottom, ids, rr + 1)
    np.maximum.at(right, ids, cc + 1)
    peak = np.ones(count + 1)
    if values is None:
        mass = area.astype(float)
    else:
        v = np.asarray(values, float).ravel()[on]
        mass = np.bincount(ids, weights=v, minlength=count + 1)
        peak = np.zeros(count + 1)
        np.maximum.at(peak, ids, v)
    return [
        Component(
            k,
            int(area[k]),
            (int(top[k]), int(left[k]), int(bottom[k]), int(right[k])),
            float(mass[k]),
            float(peak[k]),
            bool(top[k] == 0 or left[k] == 0 or bottom[k] == h or right[k] == w),
        )
        for k in range(1, count + 1)
    ]


def components(mask: np.ndarray, values: np.ndarray | None = None):
    """``label`` and ``describe`` in one: (labels, [Component, ...])."""
    labels, count = label(mask)
    return labels, describe(labels, count, values)


def box_gap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """The distance between two boxes (0 when they touch or overlap)."""
    dy = max(0, max(a[0], b[0]) - min(a[2], b[2]))
    dx = max(0, max(a[1], b[1]) - min(a[3], b[3]))
    return float(np.hypot(dx, dy))


def union_box(boxes) -> tuple[int, int, int, int]:
    """The smallest box holding all ``boxes``."""
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def stroke_width_of(mask: np.ndarray, edge_is_border: bool = False) -> float:
    """Mean stroke width of a mask in pixels, 2 * area / perimeter. With ``edge_is_border``
    a pixel on the picture's edge counts as perimeter, as if the picture went on blank."""
    area = int(mask.sum())
    if area == 0:
        return 0.0
    inner = mask.copy()
    inner[1:] &= mask[:-1]
    inner[:-1] &= mask[1:]
    inner[:, 1:] &= mask[:, :-1]
    inner[:, :-1] &= mask[:, 1:]
    if edge_is_border:
        inner[0, :] = inner[-1, :] = False
        inner[:, 0] = inner[:, -1] = False
    return 2.0 * area / max(int((mask & ~inner).sum()), 1)
