"""Several digits at once: find each digit of a number ("42", a postcode, a row of digits),
read each one, and say the number.

1. The picture's ink is found and cleaned as for one digit (``model.data.ink.find_ink``), keeping
   every sizeable piece, not just the one in the middle.
2. Its connected pieces (``model.data.components``) are grouped into digits: pieces that overlap
   left to right belong together (a 5's bar, a 4's two strokes, the dots of a dotted digit);
   specks go.
3. A group much wider than it is tall may be two or more digits touching: it is tried cut
   in two at each of the columns holding the least ink, and the best cut is kept if the
   network reads the halves more confidently than the whole; each half is tried again.
4. Each digit goes through the rest of the pipeline on its own (crop, scale, centre: its own
   ``Preprocessed``, whose ``to_source`` maps back into the whole picture), and is read.

The network comes in as a callable, ``probabilities_of(images N x 28 x 28) -> N x 10``, so any
predictor works (TensorFlow, NumPy, a fake in the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from model.data import cleanup
from model.data.components import components
from model.data.framing import CROP_THRESHOLD, Preprocessed, frame_ink
from model.data.images import as_gray
from model.data.ink import find_ink
from model.uncertainty import Assessment, Calibration, assess

ProbabilitiesOf = Callable[[np.ndarray], np.ndarray]

# A piece lighter than this share of the heaviest is a speck, not (part of) a digit...
SPECK = 0.04
# ...unless it lies within a digit's span, like the dot of a broken stroke.
# Groups wider than this times their height may be several digits touching.
WIDE = 0.8
# Cutting must raise the mean calibrated confidence by this much: a whole digit read fairly
# well is not cut on a whim...
CUT_GAIN = 0.05
# ...unless the group is wider than this times its height, which no one digit is.
SEVERAL = 1.2
# A digit is rarely narrower than this times its height (a 1 is, and is never cut).
NARROWEST = 0.35
# Ink this much thinner than it is long (the spread across its main direction over the spread
# along it) is one straight stroke, a line or a dash: cut, it would make as many "1"s as there
# are cuts, so it is never cut.
STRAIGHT = 0.15


@dataclass(frozen=True)
class Digit:
    """One digit found in a picture: its box (top, left, bottom, right) in source pixels and
    its own preprocessing (``pre.input`` is what the network reads)."""

    box: tuple[int, int, int, int]
    pre: Preprocessed


@dataclass(frozen=True)
class Reading:
    """A number read: each digit, the network's ten probabilities for it, and what they say
    once calibrated (``assessments``)."""

    digits: tuple[Digit, ...]
    probabilities: tuple[np.ndarray, ...]
    assessments: tuple[Assessment, ...]

    @property
    def text(self) -> str:
        return "".join(str(a.label) for a in self.assessments)

    @property
    def uncertain(self) -> bool:
        """True when any digit's answer is uncertain."""
        return any(a.uncertain for a in self.assessments)

    def to_list(self) -> list[dict]:
        """``[{"label", "confidence", "box", "uncertain"}]``: the network's probability for
        the label, the box as [top, left, bottom, right] in source pixels."""
        return [
            {
                "label": a.label,
                "confidence": round(float(p[a.label]), 6),
                "box": [int(v) for v in d.box],
                "uncertain": a.uncertain,
            }
            for d, p, a in zip(self.digits, self.probabilities, self.assessments)
        ]


# --------------------------------------------------------------------------- grouping


def _groups(labels: np.ndarray, pieces) -> list[list]:
    """Pieces grouped into digits by overlapping spans, left to right; specks dropped."""
    if not pieces:
        return []
    heaviest = max(p.mass for p in pieces)
    big = [p for p in pieces if p.mass >= SPECK * heaviest]
    small = [p for p in pieces if p.mass < SPECK * heaviest]
    big.sort(key=lambda p: p.box[1])
    groups: list[list] = []
    for p in big:
        for g in groups:
            left, right = min(q.box[1] for q in g), max(q.box[3] for q in g)
            overlap = min(right, p.box[3]) - max(left, p.box[1])
            narrower = min(p.width, right - left)
            mass = sum(q.mass for q in g)
            # Part of the same digit: mostly within its span, and either a lesser part (a
            # bar, a stroke) or almost wholly within it. Two digits leaning into each other
            # overlap too, but less, and are both heavy.
            lesser = min(p.mass, mass) <= 0.5 * max(p.mass, mass)
            if overlap >= 0.8 * narrower or (lesser and overlap >= 0.5 * narrower):
                g.append(p)
                break
        else:
            groups.append([p])
    # A speck within a digit's span (and near it) belongs to it; others go.
    for p in small:
        centre = (p.box[1] + p.box[3]) / 2
        for g in groups:
            top, bottom = min(q.box[0] for q in g), max(q.box[2] for q in g)
            left, right = min(q.box[1] for q in g), max(q.box[3] for q in g)
            height = bottom - top
            if left <= centre <= right and top - 0.3 * height <= p.box[0] <= bottom + 0.3 * height:
                g.append(p)
                break

    # The digits of one number are of a size and on a line: a group much shorter or lighter
    # than the biggest, or off its line, is clutter the cleaning left (a smudge, a tick).
    def extent(g):
        return min(q.box[0] for q in g), max(q.box[2] for q in g), sum(q.mass for q in g)

    tallest = max(groups, key=lambda g: extent(g)[1] - extent(g)[0])
    t0, t1, _ = extent(tallest)
    heaviest = max(extent(g)[2] for g in groups)
    kept = []
    for g in groups:
        top, bottom, mass = extent(g)
        centre = (top + bottom) / 2
        on_line = t0 - 0.25 * (t1 - t0) <= centre <= t1 + 0.25 * (t1 - t0)
        if bottom - top >= 0.35 * (t1 - t0) and mass >= 0.1 * heaviest and on_line:
            kept.append(g)
    kept.sort(key=lambda g: min(q.box[1] for q in g))
    return kept


def _mask_of(labels: np.ndarray, group) -> np.ndarray:
    keep = np.zeros(int(labels.max()) + 1, bool)
    for p in group:
        keep[p.index] = True
    return keep[labels]


def _box(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        return None
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def is_straight_stroke(mask: np.ndarray) -> bool:
    """Whether the ink under ``mask`` lies along one straight line (``STRAIGHT``)."""
    rows, cols = np.nonzero(mask)
    if len(rows) < 10:
        return False
    spread = np.linalg.eigvalsh(np.cov(np.stack([rows, cols]).astype(np.float64)))
    return bool(spread[1] > 0 and np.sqrt(max(spread[0], 0.0) / spread[1]) < STRAIGHT)


def _cut_candidates(mask: np.ndarray, ink: np.ndarray, height: int, most: int = 4) -> list[int]:
    """Up to ``most`` columns where a group might be cut in two: those holding the least ink,
    at least ``NARROWEST`` of the height from either end and apart from each other."""
    top, left, bottom, right = _box(mask)
    profile = np.where(mask, ink, 0.0)[top:bottom, left:right].sum(axis=0)
    profile = np.convolve(profile, np.ones(3) / 3, mode="same")
    margin = int(NARROWEST * height)
    inner = np.arange(margin, len(profile) - margin)
    chosen: list[int] = []
    for col in inner[np.argsort(profile[inner], kind="stable")]:
        if all(abs(col - c) >= margin // 2 for c in chosen):
            chosen.append(int(col))
        if len(chosen) == most:
            break
    return [left + c for c in chosen]


# --------------------------------------------------------------------------- the digits


def find_digits(image) -> list[Digit]:
    """The digits in a picture, left to right (none if it is blank).

    Touching digits come out as one wide digit here; ``read_number`` cuts them, since
    whether to cut is the network's call.
    """
    found = find_ink(as_gray(image), several=True)
    if found.blank:
        return []
    return _digits_of(found.ink, found.inverted, found.zoom)


def _digits_of(ink: np.ndarray, inverted: bool, zoom: float) -> list[Digit]:
    labels, pieces = components(ink > CROP_THRESHOLD, ink)
    digits = []
    for group in _groups(labels, pieces):
        digit = _digit(ink, _mask_of(labels, group), inverted, zoom)
        if digit is not None:
            digits.append(digit)
    return digits


def _digit(ink, mask, inverted: bool, zoom: float) -> Digit | None:
    """The digit whose ink is under ``mask`` (its antialiased edge included)."""
    own = np.where(cleanup.near(mask, 2), ink, 0.0).astype(np.float32)
    pre = frame_ink(own, inverted, zoom=zoom)
    if pre.blank:
        return None
    return Digit(pre.source_bbox, pre)


def _halves(digit: Digit, column: int) -> list[Digit]:
    """``digit`` cut in two at ``column`` (fewer parts if one comes out empty)."""
    ink = digit.pre.ink
    mask = ink > CROP_THRESHOLD
    out = []
    for a, b in ((0, column), (column, ink.shape[1])):
        piece = np.zeros_like(mask)
        piece[:, a:b] = mask[:, a:b]
        if piece.any():
            d = _digit(np.where(piece, ink, 0.0), piece, digit.pre.inverted, digit.pre.zoom)
            if d is not None:
                out.append(d)
    return out


def _piece_splits(digit: Digit, mask: np.ndarray) -> list[list[Digit]]:
    """Ways to part a group made of separate pieces left from right (two digits leaning into
    each other overlap, but do not touch): after each piece in order of its middle, when
    both sides hold a heavy piece."""
    labels, pieces = components(mask, digit.pre.ink)
    if len(pieces) < 2:
        return []
    total = sum(p.mass for p in pieces)
    order = sorted(pieces, key=lambda p: p.box[1] + p.box[3])
    out = []
    for i in range(1, len(order)):
        left, right = order[:i], order[i:]
        if max(p.mass for p in left) < 0.15 * total or max(p.mass for p in right) < 0.15 * total:
            continue
        pair = []
        for side in (left, right):
            part = _mask_of(labels, side)
            d = _digit(np.where(part, digit.pre.ink, 0.0), part, digit.pre.inverted, digit.pre.zoom)
            if d is not None:
                pair.append(d)
        if len(pair) == 2:
            out.append(pair)
    return out


def _confidence(probs: np.ndarray, calibration: Calibration | None) -> float:
    return assess(probs, calibration).confidence


def _read_group(
    digit: Digit,
    probabilities_of: ProbabilitiesOf,
    calibration: Calibration | None,
    depth: int = 0,
) -> list[Digit]:
    """``digit`` as it is, or cut in two at its best low-ink column if the network reads the
    halves better (or the group is too wide to be one digit), each half cut again likewise."""
    top, left, bottom, right = digit.pre.bbox
    height, width = bottom - top, right - left
    if width <= WIDE * height or width < 2 * NARROWEST * height or depth >= 3:
        return [digit]  # three levels of cuts: up to eight digits touching in one piece
    mask = digit.pre.ink > CROP_THRESHOLD
    if is_straight_stroke(mask):
        return [digit]
    options = [
        pair
        for c in _cut_candidates(mask, digit.pre.ink, height)
        if len(pair := _halves(digit, c)) == 2
    ]
    options += _piece_splits(digit, mask)
    if not options:
        return [digit]
    inputs = [digit.pre.input] + [d.pre.input for pair in options for d in pair]
    probs = probabilities_of(np.stack(inputs))
    whole = _confidence(probs[0], calibration)
    scores = [
        (_confidence(probs[1 + 2 * i], calibration) + _confidence(probs[2 + 2 * i], calibration))
        / 2
        for i in range(len(options))
    ]
    best = int(np.argmax(scores))
    # The wider the group, the less the cut must gain: no gain needed at all past SEVERAL
    # times its height, where it is certainly several digits.
    gain = CUT_GAIN if width < SEVERAL * height else 0.0
    if width < 1.5 * SEVERAL * height and scores[best] < whole + gain:
        return [digit]
    return [
        part
        for half in options[best]
        for part in _read_group(half, probabilities_of, calibration, depth + 1)
    ]


def read_number(
    image,
    probabilities_of: ProbabilitiesOf,
    calibration: Calibration | None = None,
    digits: list[Digit] | None = None,
    logits_of: ProbabilitiesOf | None = None,
) -> Reading:
    """Find the digits in ``image`` (or take ``digits`` found already), cut touching ones
    where the network agrees, and read each.

    A group wider than ``WIDE`` times its height is tried cut in two at each of its
    lowest-ink columns (``_cut_candidates``); the best cut is kept if its halves' mean
    calibrated confidence beats reading the group whole by ``CUT_GAIN`` (at all, if the group
    is wider than ``SEVERAL`` times its height; in any case, if wider than 1.5 times that);
    each half is then tried again. With ``logits_of`` (the class scores for a batch), each
    digit's "not sure" is judged on its max logit (``model.uncertainty``).
    """
    if digits is None:
        digits = find_digits(image)
    final = [part for d in digits for part in _read_group(d, probabilities_of, calibration)]
    if not final:
        return Reading((), (), ())
    inputs = np.stack([d.pre.input for d in final])
    probs = np.asarray(probabilities_of(inputs))
    scores = [None] * len(probs) if logits_of is None else np.asarray(logits_of(inputs))
    verdicts = tuple(assess(p, calibration, z) for p, z in zip(probs, scores))
    return Reading(tuple(final), tuple(probs), verdicts)
