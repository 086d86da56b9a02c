"""Steps 6-8 of preprocessing: clean ink cropped, scaled to 20 px and centred by mass as
MNIST's digits are, and the result (``Preprocessed``) with every step that made it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

from model.data.components import stroke_width_of

if TYPE_CHECKING:
    from model.data.ink import Stage

FRAME = 28
BOX = 20
# MNIST's mean centre of mass, measured on the training set in pixel-index coordinates.
MNIST_CENTRE = 14.0
# Median stroke width of MNIST digits (2 * area / perimeter of the ink above 0.5), in pixels.
MNIST_STROKE_WIDTH = 2.8
CROP_THRESHOLD = 0.1  # ink above this is the digit's, for cropping and for its pieces


@dataclass(frozen=True)
class Preprocessed:
    """The network input and every intermediate step that produced it.

    Attributes
    ----------
    input : (28, 28) float32 in 0..1, white ink on black; all zeros when ``blank``.
    blank : True when no ink was found: there is nothing to classify.
    inverted : True when the source was dark ink on a light background.
    ink : the source as ink intensity 0..1 (white = ink), cleaned, at work resolution
        (the source's own size unless ``zoom`` says otherwise).
    bbox : (top, left, bottom, right) of the ink in ``ink`` pixels, bottom/right exclusive.
    cropped : ``ink`` cut to ``bbox``.
    scaled : the crop scaled so its longer side is 20 px.
    offset : (row, col) where ``scaled`` was placed in the 28x28 frame.
    scale : 28x28-pixels per ``ink`` pixel asked for: the crop's longer side becomes 20.
    axis_scales : (rows, columns) 28x28-pixels per ``ink`` pixel as done: the scaled crop's
        sides are whole pixels, so its shorter side is rounded and its scale differs a little
        from ``scale`` (a 33-pixel-wide crop of a 70-pixel-tall digit becomes 9 pixels wide,
        not 9.43). Mapping back must use these.
    zoom : ``ink`` pixels per source pixel (> 1 for an enlarged tiny picture).
    stages : the extra steps this picture needed (see ``Stage``), in order; none for a clean
        drawing.
    pieces : how many separate pieces of ink were kept (1 for a digit in one stroke; more
        may be a digit in several strokes, or several digits: ``model.data.segment`` tells).
    """

    input: np.ndarray
    blank: bool
    inverted: bool
    ink: np.ndarray
    bbox: tuple[int, int, int, int]
    cropped: np.ndarray
    scaled: np.ndarray
    offset: tuple[int, int]
    scale: float
    axis_scales: tuple[float, float] = (1.0, 1.0)
    zoom: float = 1.0
    stages: tuple[Stage, ...] = ()
    pieces: int = 1

    def to_source(self, row: float, col: float) -> tuple[float, float]:
        """Map a point of the 28x28 input back to the source image: the exact inverse of the
        crop, the scaling (per axis) and the placement. Coordinates are pixel edges: (0, 0)
        is the top-left corner of the first pixel, (28, 28) the bottom-right of the last."""
        top, left = self.bbox[0], self.bbox[1]
        return (
            (top + (row - self.offset[0]) / self.axis_scales[0]) / self.zoom,
            (left + (col - self.offset[1]) / self.axis_scales[1]) / self.zoom,
        )

    @property
    def source_bbox(self) -> tuple[int, int, int, int]:
        """``bbox`` in source pixels."""
        if self.zoom == 1.0:
            return self.bbox
        top, left, bottom, right = self.bbox
        z = self.zoom
        rows, cols = round(self.ink.shape[0] / z), round(self.ink.shape[1] / z)
        return (
            int(top // z),
            int(left // z),
            min(rows, int(-(-bottom // z))),
            min(cols, int(-(-right // z))),
        )

    def to_input(self, row: float, col: float) -> tuple[float, float]:
        """Map a point of the source image to the 28x28 input (``to_source`` undone)."""
        top, left = self.bbox[0], self.bbox[1]
        return (
            self.offset[0] + (row * self.zoom - top) * self.axis_scales[0],
            self.offset[1] + (col * self.zoom - left) * self.axis_scales[1],
        )

    def frame_in_source(self) -> tuple[float, float, float, float]:
        """Where the whole 28x28 input lies over the source: (top, left, height, width) in
        source pixels. A map over the input (a saliency map, say) laid there sits on the
        strokes it was computed from."""
        top, left = self.to_source(0, 0)
        bottom, right = self.to_source(FRAME, FRAME)
        return top, left, bottom - top, right - left


def frame_ink(
    ink: np.ndarray,
    inverted: bool = False,
    *,
    thickness: float | None = None,
    zoom: float = 1.0,
    stages: tuple[Stage, ...] = (),
) -> Preprocessed:
    """Steps 6-8 of the pipeline: crop clean ink (white = ink, 0..1), scale and centre it."""
    rows = np.flatnonzero((ink > CROP_THRESHOLD).any(axis=1))
    cols = np.flatnonzero((ink > CROP_THRESHOLD).any(axis=0))
    if rows.size == 0:
        return blank_result(ink, inverted, zoom, stages)
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    cropped = ink[top:bottom, left:right]
    scale = BOX / max(cropped.shape)
    scaled = _scale(cropped, scale, thickness)
    peak = float(scaled.max())
    if peak <= 0.0:
        return blank_result(ink, inverted, zoom, stages)
    scaled = (scaled / peak).astype(np.float32)
    frame, offset = centre_by_mass(scaled)
    # Resizing maps pixel edges onto pixel edges, so each axis is scaled by exactly the ratio
    # of its sizes, which rounding the shorter side made differ from ``scale``.
    axis_scales = (scaled.shape[0] / cropped.shape[0], scaled.shape[1] / cropped.shape[1])
    return Preprocessed(
        frame,
        False,
        inverted,
        ink,
        (top, left, bottom, right),
        cropped,
        scaled,
        offset,
        scale,
        axis_scales,
        zoom,
        tuple(stages),
    )


def blank_result(
    ink: np.ndarray, inverted: bool, zoom: float = 1.0, stages: tuple[Stage, ...] = ()
) -> Preprocessed:
    """The result for a picture without ink: an all-zero input, marked ``blank``."""
    zeros = np.zeros((FRAME, FRAME), np.float32)
    empty = np.zeros((0, 0), np.float32)
    return Preprocessed(
        zeros,
        True,
        inverted,
        ink.astype(np.float32),
        (0, 0, 0, 0),
        empty,
        empty,
        (0, 0),
        1.0,
        zoom,
        tuple(stages),
    )


def _resize(a: np.ndarray, height: int, width: int) -> np.ndarray:
    """``a`` (0..1) resized to ``height`` x ``width``, antialiased when it shrinks."""
    im = Image.fromarray(a.astype(np.float32), mode="F")
    # BOX averages every source pixel under a target pixel: a clean antialiased reduction.
    # Enlarging a tiny crop needs interpolation instead.
    shrinking = height <= a.shape[0] and width <= a.shape[1]
    resample = Image.Resampling.BOX if shrinking else Image.Resampling.BILINEAR
    return np.clip(np.asarray(im.resize((width, height), resample)), 0.0, 1.0)


def _scale(cropped: np.ndarray, scale: float, thickness: float | None) -> np.ndarray:
    """The crop scaled by ``scale``, its strokes evened out towards ``thickness`` if given."""
    h, w = cropped.shape
    th, tw = max(1, round(h * scale)), max(1, round(w * scale))
    if thickness is None:
        return _resize(cropped, th, tw)
    # Even out the strokes at twice the target resolution: there one pixel of dilation or
    # erosion is half a pixel in the result, fine enough to matter and cheap to compute.
    work = _resize(cropped, 2 * th, 2 * tw)
    target = 2.0 * thickness  # the scaled crop has 28x28 pixel size; work is twice that
    for _ in range(6):
        width = stroke_width(work)
        if width <= 0 or abs(width - target) < 1.0:
            break
        work = _dilate(work) if width < target else _erode(work)
    return _resize(work, th, tw)


def stroke_width(ink: np.ndarray, level: float = 0.5) -> float:
    """Mean stroke width in pixels, estimated as 2 * area / perimeter of the ink above ``level``."""
    return stroke_width_of(ink > level, edge_is_border=True)


def _neighbourhood(a: np.ndarray, op) -> np.ndarray:
    p = np.pad(a, 1, mode="constant")
    h, w = a.shape
    out = a.copy()
    for dr in (0, 1, 2):
        for dc in (0, 1, 2):
            if (dr, dc) != (1, 1) and (dr == 1 or dc == 1):  # a plus-shaped element
                out = op(out, p[dr : dr + h, dc : dc + w])
    return out


def _dilate(a: np.ndarray) -> np.ndarray:
    return _neighbourhood(a, np.maximum)


def _erode(a: np.ndarray) -> np.ndarray:
    eroded = _neighbourhood(a, np.minimum)
    # Never erase a stroke entirely: keep the original where erosion would leave nothing.
    return eroded if eroded.max() > 0.5 else a


def centre_by_mass(scaled: np.ndarray) -> tuple[np.ndarray, tuple[int, int]]:
    """Paste ``scaled`` (at most 28x28) into a 28x28 frame with its centre of mass at MNIST's."""
    h, w = scaled.shape
    mass = float(scaled.sum())
    if mass > 0:
        com_r = float((scaled.sum(axis=1) * np.arange(h)).sum() / mass)
        com_c = float((scaled.sum(axis=0) * np.arange(w)).sum() / mass)
    else:
        com_r, com_c = (h - 1) / 2, (w - 1) / 2
    r0 = int(np.clip(round(MNIST_CENTRE - com_r), 0, FRAME - h))
    c0 = int(np.clip(round(MNIST_CENTRE - com_c), 0, FRAME - w))
    frame = np.zeros((FRAME, FRAME), np.float32)
    frame[r0 : r0 + h, c0 : c0 + w] = scaled
    return frame, (r0, c0)
