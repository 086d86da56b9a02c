"""Reading a picture of a digit safely: any file (or its bytes) or array -> grayscale 0..1.

Only raster formats Pillow decodes safely are read, a file must be the format its name
promises, and an oversized picture (a decompression bomb) is refused: every failure is one
line (``ImageError``). Transparency is composited onto whichever background contrasts with
the ink.
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from model.errors import ImageError
from model.i18n import translate

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


def _check_file(path: Path, label: str) -> None:
    """Refuse a path that names no file, a folder or an empty file."""
    if not path.exists():
        raise ImageError(translate("data.images", "{label}: no such file").format(label=label))
    if path.is_dir():
        raise ImageError(
            translate("data.images", "{label}: is a folder, not an image").format(label=label)
        )
    if path.stat().st_size == 0:
        raise ImageError(translate("data.images", "{label}: the file is empty").format(label=label))


def _check_header(im: Image.Image, path: Path | None, label: str) -> None:
    """Refuse an image whose format is not the one its name promises, or whose size is absurd."""
    promised = None if path is None else SUFFIX_FORMATS.get(path.suffix.lower())
    if promised is not None and im.format != promised:
        raise ImageError(
            translate(
                "data.images",
                "{label}: the name says {promised} but the file is a {format} image; "
                "refused as mislabelled (rename it to .{suffix} if it is yours)",
            ).format(
                label=label,
                promised=promised,
                format=im.format,
                suffix=im.format.lower().replace("jpeg", "jpg"),
            )
        )
    width, height = im.size
    if width * height > MAX_PIXELS:
        raise ImageError(
            translate(
                "data.images",
                "{label}: {width}x{height} is too large (more than {n} megapixels)",
            ).format(
                label=label,
                width=width,
                height=height,
                n=MAX_PIXELS // 1_000_000,
            )
        )
    if width < 1 or height < 1:
        raise ImageError(
            translate("data.images", "{label}: the image has no pixels").format(label=label)
        )


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
    label = translate("data.images", "image data") if isinstance(source, bytes) else str(source)
    if not isinstance(source, bytes):
        _check_file(Path(source), label)
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream, formats=ALLOWED_FORMATS) as im:
                _check_header(im, None if isinstance(source, bytes) else Path(source), label)
                im.seek(0)
                im.load()
                im = ImageOps.exif_transpose(im)
                return image_to_gray(im)
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(
            translate(
                "data.images", "{label}: too many pixels; refused as a possible decompression bomb"
            ).format(label=label)
        ) from None
    except Image.UnidentifiedImageError:
        raise ImageError(
            translate(
                "data.images", "{label}: not an image in a supported format ({names})"
            ).format(label=label, names=", ".join(ALLOWED_FORMATS))
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImageError(
            translate("data.images", "{label}: cannot be decoded ({reason})").format(
                label=label, reason=reason
            )
        ) from None


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
    """ITU-R 601 luma of an (..., 3) RGB array in 0..1, as Pillow's "L" conversion."""
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
        raise ImageError(
            translate(
                "data.images", "an image must be 2-D grayscale, RGB or RGBA, not shape {shape}"
            ).format(shape=arr.shape)
        )
    if arr.size == 0:
        raise ImageError(translate("data.images", "the image has no pixels"))
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
