"""A sample's pictures: 8-bit grey PNGs, written atomically and read with suspicion."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from model.errors import DataError
from model.i18n import translate
from model.storage import atomic_write

CANVAS_MAX_SIDE = 1024


def as_uint8(image: np.ndarray, what: str) -> np.ndarray:
    """A 2-D grey ``image`` as uint8 (floats read as 0..1); ``what`` names it in errors."""
    a = np.asarray(image)
    if a.ndim != 2:
        raise DataError(f"{what} must be a 2-D grey image, not shape {a.shape}")
    if np.issubdtype(a.dtype, np.floating):
        if not np.all(np.isfinite(a)):
            raise DataError(f"{what} contains NaN or infinite values")
        return np.clip(np.rint(a * 255.0), 0, 255).astype(np.uint8)
    return np.clip(a, 0, 255).astype(np.uint8)


def write_png(path: Path, pixels: np.ndarray) -> None:
    """Write uint8 ``pixels`` as a grey PNG atomically (``model.storage.atomic_write``)."""
    atomic_write(path, lambda tmp: Image.fromarray(pixels, "L").save(tmp, format="PNG"))


def read_png(path: Path, shape: tuple[int, int] | None) -> np.ndarray:
    """A grey PNG as uint8; raises DataError for anything else."""
    try:
        with Image.open(path) as im:
            if im.format != "PNG":
                raise DataError(
                    translate("lab.handwriting.pictures", "{name} is not a PNG file").format(
                        name=path.name
                    )
                )
            w, h = im.size
            if shape is not None and (h, w) != shape:
                raise DataError(
                    translate(
                        "lab.handwriting.pictures", "{name} is {w}x{h}, not {want_w}x{want_h}"
                    ).format(name=path.name, w=w, h=h, want_w=shape[1], want_h=shape[0])
                )
            if max(w, h) > CANVAS_MAX_SIDE:
                raise DataError(
                    translate(
                        "lab.handwriting.pictures", "{name} is implausibly large ({w}x{h})"
                    ).format(name=path.name, w=w, h=h)
                )
            return np.asarray(im.convert("L"), np.uint8).copy()
    except DataError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise DataError(
            translate("lab.handwriting.pictures", "{name} cannot be read ({reason})").format(
                name=path.name, reason=type(exc).__name__
            )
        ) from None
