"""Steps 2-5 of preprocessing: a picture's ink, found and cleaned (white = ink, 0..1).

A tiny picture is enlarged; the paper is told from the ink (polarity); the paper's own
brightness is estimated at every pixel and divided out; grain is smoothed; ruled lines,
specks, frames and the page's surroundings are removed, keeping the digit's connected ink
(``model.data.cleanup``). Each step a picture needed is kept as a ``Stage`` for the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.data import cleanup
from model.data.components import stroke_width_of
from model.data.framing import CROP_THRESHOLD, Preprocessed, blank_result
from model.i18n import formatted, translate

_NOISE_FLOOR = 0.15
_MIN_CONTRAST = 0.08


@dataclass(frozen=True)
class Stage:
    """An extra step preprocessing took for this picture, shown before the ink is cropped.

    ``key`` names it ("enlarged", "paper", "grain", "cleaned"), ``title`` and ``caption`` say
    what it did in a few words, ``image`` is its result (white = ink, 0..1).
    """

    key: str
    title: str
    caption: str
    image: np.ndarray


@dataclass(frozen=True)
class Ink:
    """A picture's ink, cleaned, at work resolution (``find_ink``)."""

    ink: np.ndarray
    blank: bool
    inverted: bool
    zoom: float
    stages: tuple[Stage, ...]
    pieces: int = 0

    def as_blank(self) -> Preprocessed:
        """The blank result for a picture without ink (nothing to frame)."""
        return blank_result(self.ink, self.inverted, self.zoom, self.stages)


def find_ink(gray: np.ndarray, several: bool = False) -> Ink:
    """Steps 2-5 of the pipeline: the ink of a grayscale picture, cleaned (white = ink).

    ``preprocess`` frames all of it as one digit. With ``several`` (a number, for
    ``model.data.segment``), every sizeable piece of ink is kept, wherever it lies; otherwise
    only the main piece and what is near it or as heavy.
    """
    stages: list[Stage] = []
    # Stretch to the full range first so polarity and contrast tests do not depend on exposure.
    lo, hi = float(gray.min()), float(gray.max())
    contrast = hi - lo
    if contrast < _MIN_CONTRAST:
        return Ink(gray, True, lo > 0.5, 1.0, ())
    gray = (gray - lo) / contrast
    gray, zoom = cleanup.work_resolution(gray)
    if zoom > 1:
        stages.append(
            Stage(
                "enlarged",
                translate("data.ink", "Enlarged × {zoom}").format(zoom=formatted(zoom)),
                translate(
                    "data.ink",
                    "A small picture ({w} × {h} px) is enlarged first, so its ink can be found "
                    "and cropped precisely.",
                ).format(w=round(gray.shape[1] / zoom), h=round(gray.shape[0] / zoom)),
                gray,
            )
        )
    # A drawing or a rendering is all but its antialiased edges at the two extremes; a photo
    # or a scan has grain, shading, grey paper.
    drawn = bool(np.mean((gray <= 1e-3) | (gray >= 1 - 1e-3)) >= 0.85)
    inverted = _paper_is_light(gray, drawn)
    paper_bright = gray if inverted else 1.0 - gray
    if drawn:
        ink = (1.0 - paper_bright).astype(np.float32)
        return _clean(ink, inverted, zoom, stages, 0.0, drawn=True, several=several)
    paper = _paper(paper_bright)
    ink = cleanup.ink_against_paper(paper_bright, paper)
    if float(paper.max() - paper.min()) > 0.08:
        stages.append(
            Stage(
                "paper",
                translate("data.ink", "Paper evened out"),
                translate(
                    "data.ink",
                    "The paper's own brightness, estimated around every pixel, is divided out: "
                    "shadows, uneven light and grey paper leave only the ink.",
                ),
                ink,
            )
        )
    if cleanup.is_noisy(ink):
        ink = cleanup.denoise(ink)
        if cleanup.noise_level(ink) > 2 * cleanup.NOISE_LEVEL:
            # Heavy noise: a median, though it thins the finest strokes, which such noise
            # would have buried anyway.
            ink = cleanup.median3(ink)
        stages.append(
            Stage(
                "grain",
                translate("data.ink", "Grain removed"),
                translate("data.ink", "Isolated specks of grain and noise are removed."),
                ink,
            )
        )
    noise = cleanup.noise_level(ink)
    return _clean(ink, inverted, zoom, stages, noise, drawn=False, several=several)


def _clean(
    ink: np.ndarray,
    inverted: bool,
    zoom: float,
    stages: list[Stage],
    noise: float,
    drawn: bool,
    several: bool = False,
) -> Ink:
    """Threshold the ink above the paper's noise, then drop lines and clutter."""
    peak = float(ink.max())
    if peak < _MIN_CONTRAST:
        return Ink(ink, True, inverted, zoom, tuple(stages))
    ink = ink / peak
    # The background's level: the border's, unless the border is clutter (a frame, the table)
    # and the picture as a whole is less inky; a fat digit can cover most of the picture but
    # rarely most of its border.
    background = min(float(np.median(_border(ink))), float(np.median(ink)))
    floor = min(0.8, background + max(_NOISE_FLOOR, 4.0 * noise / peak))
    ink = np.clip((ink - floor) / (1.0 - floor), 0.0, 1.0).astype(np.float32)
    mask = ink > CROP_THRESHOLD
    if not mask.any():
        return Ink(ink, True, inverted, zoom, tuple(stages))
    # A drawing has no ruled paper (and skipping the search keeps a stroke's update fast).
    lines = np.zeros_like(mask) if drawn else cleanup.remove_lines(mask, ink)
    kept, pieces = cleanup.keep_digit(mask & ~lines, ink, several)
    dropped = mask & ~lines & ~kept
    if lines.any() or dropped.any() or not drawn:
        # Faint remains (below the mask's threshold) of what was removed go too.
        ink = np.where(cleanup.near(kept, 2) & ~lines, ink, 0.0).astype(np.float32)
    if lines.any() or dropped.any():
        if lines.any() and dropped.any():
            caption = translate(
                "data.ink",
                "Removed ruled lines and specks, frames and edges apart from the digit; the "
                "digit's connected ink is kept.",
            )
        elif lines.any():
            caption = translate(
                "data.ink", "Removed ruled lines; the digit's connected ink is kept."
            )
        else:
            caption = translate(
                "data.ink",
                "Removed specks, frames and edges apart from the digit; the digit's connected "
                "ink is kept.",
            )
        stages.append(Stage("cleaned", translate("data.ink", "Clutter removed"), caption, ink))
    return Ink(ink, False, inverted, zoom, tuple(stages), pieces)


def _paper_is_light(gray: np.ndarray, drawn: bool) -> bool:
    """Whether the paper is the light part of the picture (the ink is dark).

    A drawing's border is its background, however much of it the ink covers. A photo gets a
    vote: the medians of its border, of the whole and of its middle say which side most of
    it is on (paper covers more than ink), and ``_ink_side`` says on which side, within each
    patch, the few outlying pixels are (ink is the minority everywhere). The medians are
    fooled by a shadow over most of the page or the table round it, the patches by fat
    strokes filling a tight crop; the patches' vote counts most when it is clear-cut, and
    dark ink on light paper, by far the commonest, gets the benefit of a close call.
    """
    edge = _border(gray)
    border = float(np.median(edge))
    if drawn:
        return border > 0.5
    h, w = gray.shape
    middle = gray[h // 4 : h - h // 4, w // 4 : w - w // 4]
    score = 1.0  # the benefit of the doubt
    score += 1.0 if border > 0.5 else -1.0
    score += 1.0 if float(np.median(gray)) > 0.5 else -1.0
    if middle.size:
        score += 0.5 if float(np.median(middle)) > 0.5 else -0.5
    dark, light = _ink_side(gray)
    ratio = (dark + 1e-9) / (light + 1e-9)
    weight = 3.0 if max(ratio, 1 / ratio) >= 3 else 1.0 if max(ratio, 1 / ratio) >= 1.5 else 0.0
    score += weight if dark > light else -weight
    return score > 0


def _ink_side(gray: np.ndarray, n: int = 6, step: float = 0.15) -> tuple[float, float]:
    """How much of the picture lies well below and well above its patch's median, over the
    n x n patches where such outliers are few (strokes, not a shadow's edge or a fat blob)."""
    h, w = gray.shape
    dark = light = 0.0
    for i in range(n):
        for j in range(n):
            patch = gray[i * h // n : (i + 1) * h // n, j * w // n : (j + 1) * w // n]
            if patch.size == 0:
                continue
            m = float(np.median(patch))
            below, above = float(np.mean(patch < m - step)), float(np.mean(patch > m + step))
            if max(below, above) < 0.25:
                dark += below
                light += above
    return dark, light


def _paper(paper_bright: np.ndarray) -> np.ndarray:
    """The paper's brightness at every pixel: a first, wide estimate finds the strokes and
    their width; a second, about five strokes wide, follows light and shadow closely."""
    h, w = paper_bright.shape
    # Wider than any stroke: half the longer side (a tight crop of a fat 1 is narrow,
    # and its stroke as wide as the picture).
    wide = max(9, int(0.5 * max(h, w)))
    paper = cleanup.paper_level(paper_bright, wide)
    if float(paper.max() - paper.min()) <= 0.08:
        return paper  # even paper (a scan): nothing finer to follow
    ink = cleanup.ink_against_paper(paper_bright, paper)
    mask = ink > max(_NOISE_FLOOR, 0.3 * float(ink.max()))
    width = stroke_width_of(mask)
    narrow = int(np.clip(5 * width, 9, wide))
    return paper if narrow >= wide else cleanup.paper_level(paper_bright, narrow)


def _border(a: np.ndarray) -> np.ndarray:
    k = max(1, min(a.shape) // 20)
    return np.concatenate([a[:k].ravel(), a[-k:].ravel(), a[:, :k].ravel(), a[:, -k:].ravel()])
