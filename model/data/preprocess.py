"""Any picture of a digit -> the 28x28 input an MNIST network expects.

MNIST digits are white on black, scaled so their longer side is 20 px (keeping the aspect),
then placed in a 28x28 frame with their centre of mass at the centre. A drawing or a photo has
to go through the same steps or the network sees something it was never trained on; naive
resizing of a whole canvas loses most of the accuracy. This module is the one place that does
it, for the GUI, the command line and the tests alike.

Steps (each kept in the result so the GUI can show them):

1. grayscale, 0..1 (alpha composited onto a background that contrasts with the ink);
2. a tiny picture is enlarged, a huge one reduced (``model.data.cleanup.work_resolution``);
3. polarity: the paper is what covers the border, the whole and the middle (two of three
   votes); dark ink on light paper is inverted;
4. the paper's own brightness is estimated at every pixel and divided out, so uneven light,
   grey paper and shadows leave only the ink; grain is smoothed; nothing left means *blank*;
5. long ruled lines, specks, frames and the page's surroundings are removed, keeping the
   digit's connected ink (``model.data.cleanup``);
6. crop to the ink's bounding box;
7. scale the longer side to 20 px with antialiasing (optionally evening out stroke width);
8. paste into 28x28 so that the centre of mass sits where MNIST's does.

On a clean canvas drawing (white ink on black, nothing else) steps 2, 4 and 5 change nothing:
the input is what the first version of this pipeline made of it.
"""

from __future__ import annotations

import dataclasses
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from model.data import cleanup
from model.errors import ImageError

# 2: the paper estimate, line, speck and frame removal and the enlarging of tiny pictures.
PREPROCESS_VERSION = 2

FRAME = 28
BOX = 20
# MNIST's mean centre of mass, measured on the training set in pixel-index coordinates.
MNIST_CENTRE = 14.0
# Median stroke width of MNIST digits (2 * area / perimeter of the ink above 0.5), in pixels.
MNIST_STROKE_WIDTH = 2.8

ALLOWED_FORMATS = ("PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
# The format a file's name promises. A file whose content is another format is refused: a
# disguised file is how hostile content gets past a user's eye (and the file dialog's filter).
SUFFIX_FORMATS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".jpe": "JPEG",
    ".jfif": "JPEG",
    ".bmp": "BMP",
    ".dib": "BMP",
    ".gif": "GIF",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".webp": "WEBP",
}
# A digit never needs more; Pillow's own limit (89 MP) is far too generous for this app.
MAX_PIXELS = 40_000_000

CROP_THRESHOLD = 0.1  # ink above this is the digit's, for cropping and for its pieces
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


# --------------------------------------------------------------------------- reading


def load_image(source: str | os.PathLike | bytes) -> np.ndarray:
    """Read an image file (or its bytes) safely into a float32 grayscale array in 0..1.

    Only raster formats Pillow decodes safely are accepted; oversized images (decompression
    bombs), truncated and non-image files are refused. EXIF rotation is applied; the first frame
    of an animation is used; transparency is composited onto a background that contrasts with
    the opaque pixels, so both dark and light strokes on a transparent layer survive.

    Raises
    ------
    ImageError
        With a one-line reason.
    """
    label = "image data" if isinstance(source, bytes) else str(source)
    if not isinstance(source, bytes):
        path = Path(source)
        if not path.exists():
            raise ImageError(f"{label}: no such file")
        if path.is_dir():
            raise ImageError(f"{label}: is a folder, not an image")
        if path.stat().st_size == 0:
            raise ImageError(f"{label}: the file is empty")
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream, formats=ALLOWED_FORMATS) as im:
                promised = (
                    None if isinstance(source, bytes) else SUFFIX_FORMATS.get(path.suffix.lower())
                )
                if promised is not None and im.format != promised:
                    raise ImageError(
                        f"{label}: the name says {promised} but the file is a {im.format} "
                        f"image; refused as mislabelled (rename it to "
                        f".{im.format.lower().replace('jpeg', 'jpg')} if it is yours)"
                    )
                width, height = im.size
                if width * height > MAX_PIXELS:
                    raise ImageError(
                        f"{label}: {width}x{height} is too large "
                        f"(more than {MAX_PIXELS // 1_000_000} megapixels)"
                    )
                if width < 1 or height < 1:
                    raise ImageError(f"{label}: the image has no pixels")
                im.seek(0)
                im.load()
                im = ImageOps.exif_transpose(im)
                return image_to_gray(im)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(
            f"{label}: too many pixels; refused as a possible decompression bomb"
        ) from None
    except Image.UnidentifiedImageError:
        raise ImageError(
            f"{label}: not an image in a supported format ({', '.join(ALLOWED_FORMATS)})"
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImageError(f"{label}: cannot be decoded ({reason})") from None


def image_to_gray(im: Image.Image) -> np.ndarray:
    """A Pillow image in any mode -> float32 (H, W) luminance in 0..1."""
    has_alpha = im.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        im.mode == "P" and "transparency" in im.info
    )
    if has_alpha:
        rgba = np.asarray(im.convert("RGBA"), dtype=np.float32) / 255.0
        return composite_alpha(_luminance(rgba[..., :3]), rgba[..., 3])
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        arr = np.asarray(im, dtype=np.float64)
        arr = np.nan_to_num(arr, nan=0.0, posinf=0.0, neginf=0.0)
        lo, hi = float(arr.min()), float(arr.max())
        if hi <= lo:
            return np.zeros(arr.shape, np.float32)
        return ((arr - lo) / (hi - lo)).astype(np.float32)
    if im.mode not in ("L", "RGB"):
        im = im.convert("RGB")
    arr = np.asarray(im, dtype=np.float32) / 255.0
    return _luminance(arr) if arr.ndim == 3 else arr


def _luminance(rgb: np.ndarray) -> np.ndarray:
    return (rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114).astype(np.float32)


def composite_alpha(gray: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """Composite ``gray`` with ``alpha`` onto white or black, whichever contrasts with the ink."""
    opaque = alpha > 0.5
    if not opaque.any():
        return np.zeros(gray.shape, np.float32)
    background = 1.0 if float(gray[opaque].mean()) < 0.5 else 0.0
    return (gray * alpha + background * (1.0 - alpha)).astype(np.float32)


def as_gray(image: np.ndarray | Image.Image) -> np.ndarray:
    """Accept a 2-D array, an (H, W, 1|3|4) array of any numeric dtype, or a Pillow image."""
    if isinstance(image, Image.Image):
        return image_to_gray(image)
    arr = np.asarray(image)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[..., 0]
    if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (3, 4)):
        raise ImageError(f"an image must be 2-D grayscale, RGB or RGBA, not shape {arr.shape}")
    if arr.size == 0:
        raise ImageError("the image has no pixels")
    if arr.dtype == np.bool_:
        arr = arr.astype(np.float32)
    elif np.issubdtype(arr.dtype, np.integer):
        arr = arr.astype(np.float32) / float(np.iinfo(arr.dtype).max)
    else:
        arr = np.nan_to_num(arr.astype(np.float32), nan=0.0, posinf=1.0, neginf=0.0)
        arr = np.clip(arr, 0.0, 1.0)
    if arr.ndim == 3:
        gray = _luminance(arr)
        return composite_alpha(gray, arr[..., 3]) if arr.shape[2] == 4 else gray
    return arr


# --------------------------------------------------------------------------- the pipeline


def preprocess(image: np.ndarray | Image.Image, *, thickness: float | None = None) -> Preprocessed:
    """Turn any picture of one digit into the 28x28 float input of an MNIST network.

    Parameters
    ----------
    image
        A grayscale/RGB/RGBA array (any dtype; integers span their full range, floats 0..1)
        or a Pillow image. Dark-on-light and light-on-dark are both fine.
    thickness
        If given, strokes are thickened or thinned towards this width in 28x28 pixels (MNIST's
        is about 2.8), which helps with very thin pens and fat markers.
    """
    found = find_ink(as_gray(image))
    if found.blank:
        return found.as_blank()
    pre = frame_ink(
        found.ink, found.inverted, thickness=thickness, zoom=found.zoom, stages=found.stages
    )
    return dataclasses.replace(pre, pieces=found.pieces) if found.pieces != 1 else pre


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
        return _blank(self.ink, self.inverted, self.zoom, self.stages)


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
                f"Enlarged × {zoom:g}",
                f"A small picture ({round(gray.shape[1] / zoom)} × {round(gray.shape[0] / zoom)}"
                " px) is enlarged first, so its ink can be found and cropped precisely.",
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
                "Paper evened out",
                "The paper's own brightness, estimated around every pixel, is divided out: "
                "shadows, uneven light and grey paper leave only the ink.",
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
            Stage("grain", "Grain removed", "Isolated specks of grain and noise are removed.", ink)
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
        what = []
        if lines.any():
            what.append("ruled lines")
        if dropped.any():
            what.append("specks, frames and edges apart from the digit")
        stages.append(
            Stage(
                "cleaned",
                "Clutter removed",
                f"Removed {' and '.join(what)}; the digit's connected ink is kept.",
                ink,
            )
        )
    return Ink(ink, False, inverted, zoom, tuple(stages), pieces)


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
        return _blank(ink, inverted, zoom, stages)
    top, bottom, left, right = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    cropped = ink[top:bottom, left:right]
    scale = BOX / max(cropped.shape)
    scaled = _scale(cropped, scale, thickness)
    peak = float(scaled.max())
    if peak <= 0.0:
        return _blank(ink, inverted, zoom, stages)
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
    width = cleanup.stroke_width_of(mask)
    narrow = int(np.clip(5 * width, 9, wide))
    return paper if narrow >= wide else cleanup.paper_level(paper_bright, narrow)


def _border(a: np.ndarray) -> np.ndarray:
    k = max(1, min(a.shape) // 20)
    return np.concatenate([a[:k].ravel(), a[-k:].ravel(), a[:, :k].ravel(), a[:, -k:].ravel()])


def _blank(
    ink: np.ndarray, inverted: bool, zoom: float = 1.0, stages: tuple[Stage, ...] = ()
) -> Preprocessed:
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
    im = Image.fromarray(a.astype(np.float32), mode="F")
    # BOX averages every source pixel under a target pixel: a clean antialiased reduction.
    # Enlarging a tiny crop needs interpolation instead.
    shrinking = height <= a.shape[0] and width <= a.shape[1]
    resample = Image.Resampling.BOX if shrinking else Image.Resampling.BILINEAR
    return np.clip(np.asarray(im.resize((width, height), resample)), 0.0, 1.0)


def _scale(cropped: np.ndarray, scale: float, thickness: float | None) -> np.ndarray:
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
    mask = ink > level
    area = int(mask.sum())
    if area == 0:
        return 0.0
    inner = mask.copy()
    inner[1:] &= mask[:-1]
    inner[:-1] &= mask[1:]
    inner[:, 1:] &= mask[:, :-1]
    inner[:, :-1] &= mask[:, 1:]
    inner[0, :] = inner[-1, :] = False
    inner[:, 0] = inner[:, -1] = False
    perimeter = int((mask & ~inner).sum())
    return 2.0 * area / max(perimeter, 1)


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


def preprocess_file(path: str | os.PathLike, *, thickness: float | None = None) -> Preprocessed:
    """``load_image`` then ``preprocess``."""
    return preprocess(load_image(path), thickness=thickness)
