"""Finding the ink in a photo or a scan: paper, light, noise, ruled lines, specks and frames.

A canvas drawing is clean: white ink on black, nothing else. A photographed page is not: the
paper is grey and lit unevenly, a shadow falls across it, the sensor adds grain, a notebook
has ruled lines, the table shows at the edges, dirt leaves specks. One global threshold
(what preprocessing did first) then keeps half the page as "ink". The steps here:

1. ``work_resolution``: a tiny picture is enlarged first (so the steps below, and the crop,
   have pixels to work with), a huge one reduced;
2. ``paper_level``: the paper's brightness *at every pixel*, estimated by closing the ink
   (a grey-level max then min filter wider than any stroke) at a coarse scale; the ink is
   how much darker than its own patch of paper each pixel is, so light and shadow cancel;
3. ``denoise``: a 3x3 median when the paper is grainy;
4. ``remove_lines``: long thin straight lines across the picture (ruled paper, a table edge)
   go, except where a stroke crosses them;
5. ``keep_digit``: the connected ink is sorted into the digit (the main piece and the pieces
   near it or as big) and what is apart: specks, a box drawn round the digit, the dark
   surroundings of the page at the picture's edge.

All of it is NumPy and Pillow; on a clean canvas drawing each step leaves the ink as it was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageFilter

from model.data.components import box_gap, components, runs, stroke_width_of, union_box

# Pictures smaller than this (longer side, px) are enlarged before anything else.
MIN_WORK_SIDE = 128
# And larger ones reduced: a digit needs nowhere near 1,600 px, and every step is per pixel.
MAX_WORK_SIDE = 1600
# Paper grain above this (the robust spread of the ink image, 0..1) is smoothed away.
NOISE_LEVEL = 0.035


@dataclass
class Cleaning:
    """What the cleaning did, for the preprocessing steps the app shows.

    Attributes
    ----------
    zoom : work pixels per source pixel (> 1 enlarged, < 1 reduced).
    paper : the estimated paper brightness (work size), None when the paper is even.
    denoised : whether grain was smoothed away.
    lines : pixels of ruled lines removed (bool, work size), None if none.
    dropped : pixels of specks, frames and edges dropped (bool, work size), None if none.
    """

    zoom: float = 1.0
    paper: np.ndarray | None = None
    denoised: bool = False
    lines: np.ndarray | None = None
    dropped: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- resolution


def work_resolution(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """``gray`` enlarged (bicubic) if its longer side is under ``MIN_WORK_SIDE``, reduced
    (box average) if over ``MAX_WORK_SIDE``; returns it and the zoom."""
    h, w = gray.shape
    side = max(h, w)
    if side < MIN_WORK_SIDE:
        zoom = float(math.ceil(MIN_WORK_SIDE / side))
        resample = Image.Resampling.BICUBIC
    elif side > MAX_WORK_SIDE:
        zoom = MAX_WORK_SIDE / side
        resample = Image.Resampling.BOX
    else:
        return gray, 1.0
    size = (max(1, round(w * zoom)), max(1, round(h * zoom)))
    im = Image.fromarray(gray.astype(np.float32), "F").resize(size, resample)
    return np.clip(np.asarray(im, np.float32), 0.0, 1.0), zoom


# --------------------------------------------------------------------------- paper


def _block_reduce(a: np.ndarray, s: int, reduce) -> np.ndarray:
    h, w = a.shape
    hh, ww = -(-h // s), -(-w // s)
    padded = np.pad(a, ((0, hh * s - h), (0, ww * s - w)), mode="edge")
    return reduce(reduce(padded.reshape(hh, s, ww, s), axis=3), axis=1)


def _filter1d(a: np.ndarray, k: int, axis: int, reduce) -> np.ndarray:
    if k <= 1 or a.shape[axis] == 1:
        return a
    r = k // 2
    pad = [(0, 0), (0, 0)]
    pad[axis] = (r, k - 1 - r)
    padded = np.pad(a, pad, mode="edge")
    return reduce(np.lib.stride_tricks.sliding_window_view(padded, k, axis=axis), axis=-1)


def grey_filter(a: np.ndarray, k: int, reduce) -> np.ndarray:
    """A k x k grey-level max (``np.max``) or min (``np.min``) filter, done separably."""
    return _filter1d(_filter1d(a, k, 0, reduce), k, 1, reduce)


def paper_level(v: np.ndarray, window: int) -> np.ndarray:
    """The paper's brightness at each pixel of ``v`` (paper light, ink dark, 0..1).

    A grey-level closing (max filter then min filter) ``window`` pixels wide removes anything
    darker and narrower than the window, i.e. the strokes, and keeps what is wider: the paper,
    its shading and shadows. It runs at a coarse scale (blocks keep their brightest pixel, so
    ink never darkens the estimate) and is smoothed and enlarged back.
    """
    h, w = v.shape
    s = max(1, window // 16)
    small = _block_reduce(v, s, np.max)
    k = max(3, -(-window // s) | 1)
    # Beyond the picture the paper goes on as it was at the edge. (Padding with the brightest
    # paper instead helps a stroke cut by a tight crop, but turns every shadow reaching
    # the edge into ink: bench_realworld's pencil and framed sets lost 10-20 points.)
    padded = np.pad(small, k, mode="edge")
    # No blur after the closing: a closing keeps a shadow's edge sharp, and blurring it would
    # leave a band of false ink along the dark side.
    smooth = grey_filter(grey_filter(padded, k, np.max), k, np.min)[k:-k, k:-k]
    if s == 1:
        return smooth[:h, :w]
    big = Image.fromarray(smooth.astype(np.float32), "F").resize(
        (smooth.shape[1] * s, smooth.shape[0] * s), Image.Resampling.BILINEAR
    )
    return np.asarray(big, np.float32)[:h, :w]


def ink_against_paper(v: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """How much darker each pixel is than its paper, as a fraction of the paper: shading
    divides out (a stroke in shadow is as dark, relative to its paper, as one in light)."""
    return np.clip((paper - v) / np.maximum(paper, 0.04), 0.0, 1.0).astype(np.float32)


def noise_level(ink: np.ndarray) -> float:
    """The grain of the ink image: the robust spread (1.4826 x median) of how far pixels are
    from their 3x3 median. Measured locally, so a fat digit covering half the picture is not
    mistaken for noise."""
    return 1.4826 * float(np.median(np.abs(ink - median3(ink))))


def is_noisy(ink: np.ndarray) -> bool:
    """Whether the ink image is grainy: its pixels differ from their 3x3 median by more than
    paper texture does, or many of them by a lot (salt and pepper)."""
    d = np.abs(ink - median3(ink))
    return 1.4826 * float(np.median(d)) > NOISE_LEVEL or float(np.mean(d > 0.3)) > 0.004


def median3(ink: np.ndarray) -> np.ndarray:
    """A 3x3 median filter."""
    im = Image.fromarray(ink.astype(np.float32), "F").filter(ImageFilter.MedianFilter(3))
    return np.asarray(im, np.float32)


def denoise(ink: np.ndarray) -> np.ndarray:
    """No pixel brighter than its brightest neighbour: isolated specks of grain and salt go,
    while every stroke, even a hairline one pixel wide, has a neighbour as bright as itself
    and stays. (A median would smooth grain better and erase hairlines.)"""
    p = np.pad(ink, 1, mode="edge")
    h, w = ink.shape
    neighbours = np.max(
        [p[dr : dr + h, dc : dc + w] for dr in (0, 1, 2) for dc in (0, 1, 2) if (dr, dc) != (1, 1)],
        axis=0,
    )
    return np.minimum(ink, neighbours)


# --------------------------------------------------------------------------- lines


def run_lengths(mask: np.ndarray, axis: int) -> np.ndarray:
    """For each True pixel, the length of the run along ``axis`` (1: rows, 0: columns) it
    lies in; 0 elsewhere."""
    m = mask if axis == 1 else mask.T
    out = np.zeros(m.shape, np.int32)
    r, s, e = runs(m)
    lengths = e - s
    cols = np.repeat(s, lengths) + (
        np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    )
    out[np.repeat(r, lengths), cols] = np.repeat(lengths, lengths)
    return out if axis == 1 else out.T


# Ruled lines in a photo are rarely level: these tilts (degrees) are tried.
LINE_TILTS = (-4.0, -2.0, 0.0, 2.0, 4.0)


def _line_band(trace: np.ndarray, span: float) -> np.ndarray:
    """Pixels of ``trace`` on near-horizontal lines covering at least ``span`` of the width.

    Coverage, not one unbroken run: a faint ruled line breaks up wherever the paper's grain
    dips below the threshold. Each tilt in ``LINE_TILTS`` shears the picture so a line at that
    tilt becomes one row (give or take one); the tilt whose rows are most concentrated wins.
    """
    h, w = trace.shape
    band = np.zeros((h, w), bool)
    if w < 20 or not trace.any():
        return band
    rr, cc = np.nonzero(trace)
    best = None
    for tilt in LINE_TILTS:
        shift = np.round(math.tan(math.radians(tilt)) * (np.arange(w) - w / 2)).astype(int)
        sr = rr + shift[cc]
        score = float((np.bincount(sr - sr.min()) ** 2).sum())
        if best is None or score > best[0]:
            best = (score, shift)
    shift = best[1]
    sr = rr + shift[cc]
    base = sr.min()
    sheared = np.zeros((sr.max() - base + 1, w), bool)
    sheared[sr - base, cc] = True
    loose = sheared.copy()
    loose[1:] |= sheared[:-1]
    loose[:-1] |= sheared[1:]
    # A line's rows: covered with a row either side's help, and well covered on their own
    # (not the row next to a line, which the help would otherwise count in).
    lines = (loose.sum(axis=1) >= span * w) & (sheared.sum(axis=1) >= 0.5 * span * w)
    if not lines.any():
        return band
    on = lines[sr - base]
    band[rr[on], cc[on]] = True
    return band


def remove_lines(mask: np.ndarray, ink: np.ndarray, span: float = 0.5) -> np.ndarray:
    """Pixels of long thin straight lines (ruled paper, a grid, a margin line), horizontal
    or vertical, that are not part of the digit; returns them as a mask.

    A line must cover at least ``span`` of the picture's width (or height), run from edge to
    edge, reach past the rest of the ink on both sides (a digit's own long stroke, the stem
    of a 4 drawn large, ends where the digit does), be fine (at most 2 % of the picture) and
    thinner or fainter than the rest of the ink (a tightly cropped 7's bar is none of these).
    Where a stroke crosses it, the ink is taller than the line is thick, and stays.
    """
    trace = ink > 0
    bands = {1: _line_band(trace, span) & mask, 0: _line_band(trace.T, span).T & mask}
    lines = bands[1] | bands[0]
    removed = np.zeros(mask.shape, bool)
    rest = mask & ~lines
    if not lines.any() or rest.sum() < max(10, 0.002 * mask.size):
        return removed  # nothing but lines: they may well be the digit (a 1, a 7's bar)
    width = stroke_width_of(rest)
    level = float(ink[rest].mean())
    for axis, candidate in bands.items():
        if not candidate.any():
            continue
        # Along the line: columns for a horizontal line, rows for a vertical one. The rest's
        # extent ignores its outermost few percent: a speck must not shield a line.
        along = np.nonzero(rest)[1 if axis == 1 else 0]
        first, last = np.percentile(along, [3, 97])
        reach = np.flatnonzero(candidate.any(axis=1 - axis))
        length = mask.shape[axis]
        margin = 0.03 * length
        if reach[0] > first - margin or reach[-1] < last + margin:
            continue
        if reach[0] > 0.05 * length or reach[-1] < 0.95 * length:
            continue  # a ruling runs from edge to edge of a photo; a stroke stops short
        across = run_lengths(mask, 1 - axis)  # the ink's extent across the line, per pixel
        thickness = float(np.median(across[candidate]))
        thinner = thickness <= 0.8 * width
        fainter = float(ink[candidate].mean()) <= 0.7 * level
        # Printed rulings are fine: a few pixels, about 1 % of the picture at most.
        fine = thickness <= max(2.0, 0.02 * min(mask.shape))
        if fine and (thinner or fainter):
            line = candidate & (across <= thickness + 1)
            removed |= line & ~_crossings(mask & ~lines, line, int(thickness) + 2, axis)
    return removed


def _crossings(ink: np.ndarray, line: np.ndarray, reach: int, axis: int) -> np.ndarray:
    """Pixels of ``line`` where other ink lies within ``reach`` on both sides of it (above and
    below a horizontal line): a stroke crossing, even a hairline at a slant, which removing
    the line would cut in two."""
    m, on_line = (ink, line) if axis == 1 else (ink.T, line.T)
    h = m.shape[0]
    above = np.zeros(m.shape, bool)
    below = np.zeros(m.shape, bool)
    for k in range(1, reach + 1):
        if k < h:
            above[k:] |= m[:-k]
            below[:-k] |= m[k:]
    # A pixel either way along the line: a stroke crossing at 45 degrees or steeper counts,
    # and the line is not kept further out than the stroke is wide.
    side = _filter1d(above.astype(np.uint8), 3, 1, np.max).astype(bool)
    other = _filter1d(below.astype(np.uint8), 3, 1, np.max).astype(bool)
    kept = on_line & side & other
    return kept if axis == 1 else kept.T


# --------------------------------------------------------------------------- pieces of ink


def _encloses(outer: tuple, inner: tuple) -> bool:
    return (
        outer[0] < inner[0] and outer[1] < inner[1] and outer[2] > inner[2] and outer[3] > inner[3]
    )


def _is_band(labels: np.ndarray, piece) -> bool:
    """Whether ``piece`` lies along an edge of the picture like the table or the page's
    shadow in a photo: along at least half of that edge, and no deeper than a third of the
    picture. A digit cropped tightly touches edges too, but reaches across the picture."""
    h, w = labels.shape
    top, left, bottom, right = piece.box
    edges = (
        (labels[0], w, bottom, h),
        (labels[-1], w, h - top, h),
        (labels[:, 0], h, right, w),
        (labels[:, -1], h, w - left, w),
    )
    for edge, length, depth, across in edges:
        if (edge == piece.index).sum() >= 0.5 * length and depth <= across / 3:
            return True
    return False


def _is_edge(piece, h: int, w: int) -> bool:
    """Whether ``piece`` is a thin line along and near an edge of the picture (the edge of the
    page or of a shadow, left by the paper estimate), running almost all the way across."""
    top, left, bottom, right = piece.box
    along_top_or_bottom = piece.width >= 0.85 * w and piece.height <= 0.1 * h
    along_a_side = piece.height >= 0.85 * h and piece.width <= 0.1 * w
    near_top_or_bottom = top <= 0.08 * h or bottom >= 0.92 * h
    near_a_side = left <= 0.08 * w or right >= 0.92 * w
    return (along_top_or_bottom and near_top_or_bottom) or (along_a_side and near_a_side)


def keep_digit(mask: np.ndarray, ink: np.ndarray, several: bool = False) -> tuple[np.ndarray, int]:
    """The pieces of ``mask`` that make up the digit (a mask, and how many pieces it has);
    the rest is clutter.

    Clutter is a frame (a thin piece whose box holds a sizeable other piece), a piece lying
    along the picture's edge (the page's surroundings) or a thin line near and along it. If
    anything else sizeable is left, clutter is dropped; then the digit is the heaviest piece
    left, plus every piece that is near it and at least 15 % as heavy (a 4's second stroke,
    a 5's bar, the dots of a dotted digit), lies within its box, or is a sliver close to it
    (a stroke broken where it was faint). Specks apart from it go; so do faint pieces (paper
    texture, what is left of a ruled line) when there are strong ones.
    """
    labels, pieces = components(mask, ink)
    if len(pieces) <= 1:
        return mask.copy(), len(pieces)
    h, w = mask.shape
    total = sum(p.mass for p in pieces)
    # Faint pieces (nowhere as dark as the strokes: paper texture, the rest of a ruled line)
    # are never the digit.
    strongest = max(p.peak for p in pieces)
    clutter = {p.index for p in pieces if p.peak < 0.45 * strongest}
    for p in pieces:
        if p.index in clutter:
            continue
        held = sum(o.area for o in pieces if o is not p and _encloses(p.box, o.box))
        frame = p.fill < 0.35 and held >= 0.15 * p.area
        if frame or (p.touches_border and _is_band(labels, p)) or _is_edge(p, h, w):
            clutter.add(p.index)
    rest = [p for p in pieces if p.index not in clutter]
    sizeable = [
        p for p in rest if p.mass >= 0.02 * total and p.height >= max(3.0, 0.04 * min(h, w))
    ]
    if not sizeable:
        rest = [p for p in pieces if p.peak >= 0.45 * strongest]
    main = max(rest, key=lambda p: p.mass)
    if several:
        keep = _keep_several(pieces, rest, main)
        return keep[labels], int(keep.sum())
    group = [main]
    taken = {main.index}
    box = main.box
    grown = True
    while grown:
        grown = False
        height = box[2] - box[0]
        for p in rest:
            if p.index in taken:
                continue
            gap = box_gap(box, p.box)
            # A stroke broken by a faint stretch: a sliver close by (a round speck is not).
            sliver = p.fill < 0.4 or max(p.height, p.width) >= 2.5 * min(p.height, p.width)
            close = gap == 0 or (sliver and gap <= max(3.0, 0.08 * height))
            heavy = p.mass >= 0.15 * main.mass and gap <= 0.6 * max(height, p.height)
            if close or heavy:
                group.append(p)
                taken.add(p.index)
                box = union_box([box, p.box])
                grown = True
    keep = np.zeros(len(pieces) + 1, bool)
    for p in group:
        keep[p.index] = True
    return keep[labels], len(group)


def _keep_several(pieces, rest, main) -> np.ndarray:
    """For a picture of several digits: every piece at least 4 % as heavy as the heaviest,
    and lighter ones only near one of those (a broken stroke), not specks apart."""
    big = [p for p in rest if p.mass >= 0.04 * main.mass]
    keep = np.zeros(len(pieces) + 1, bool)
    for p in big:
        keep[p.index] = True
    for p in rest:
        if not keep[p.index] and any(
            box_gap(b.box, p.box) <= max(3.0, 0.1 * b.height) for b in big
        ):
            keep[p.index] = True
    return keep


def near(mask: np.ndarray, radius: int) -> np.ndarray:
    """``mask`` grown by ``radius`` pixels (a square neighbourhood)."""
    if radius <= 0:
        return mask
    return grey_filter(mask.astype(np.uint8), 2 * radius + 1, np.max).astype(bool)
