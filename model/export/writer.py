"""Frames to a file: an animated GIF (plays everywhere, slides included) or an animated WebP
(smaller, sharper colours), chosen by the file's suffix.

The file is written next to its target under a temporary name and then moved over it, so a
failed export never leaves half a file where a good one was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from model.export.errors import ExportError
from model.i18n import translate

FORMATS = {".gif": "GIF", ".webp": "WEBP"}
FRAME_MS = 80  # 12.5 frames a second: a 60-frame animation plays in under 5 s
HOLD_MS = 1500  # the last frame stays a moment, so the finished picture can be read


def animation_format(path: str | Path) -> str:
    """Pillow's name of the format ``path``'s suffix asks for; an ExportError for others."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(
            translate("export.writer", "{filename}: save an animation as .gif or .webp").format(
                filename=Path(path).name
            )
        )
    return FORMATS[suffix]


def write_animation(
    frames: Sequence[Image.Image],
    path: str | Path,
    frame_ms: int = FRAME_MS,
    hold_ms: int = HOLD_MS,
) -> Path:
    """Write ``frames`` as a looping animation to ``path`` (.gif or .webp); returns the path.

    Raises
    ------
    ExportError
        For another suffix, no frames, or a file that cannot be written (the reason in one
        line).
    """
    path = Path(path)
    kind = animation_format(path)
    if not frames:
        raise ExportError(translate("export.writer", "there are no frames to write"))
    durations = [int(frame_ms)] * len(frames)
    durations[-1] = max(int(frame_ms), int(hold_ms))
    if kind == "GIF":
        frames = with_shared_palette(frames)
    options: dict = {"save_all": True, "append_images": list(frames[1:]), "loop": 0}
    if kind == "WEBP":
        # Lossy at a high quality: the colour maps stay clean and the file stays small.
        options.update(quality=85, method=4)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent or "."
        )
    except OSError as exc:
        raise ExportError(
            translate("export.writer", "cannot write in {directory}: {reason}").format(
                directory=path.parent, reason=exc.strerror or exc
            )
        ) from None
    os.close(handle)
    try:
        frames[0].save(temporary, kind, duration=durations, **options)
        publish(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(
            translate("export.writer", "cannot write {filename}: {reason}").format(
                filename=path, reason=exc.strerror or exc
            )
        ) from None
    return path


def with_shared_palette(frames: Sequence[Image.Image], samples: int = 5) -> list[Image.Image]:
    """The frames in one 255-colour palette, taken from a few frames spread over the whole
    animation, without dithering.

    Left to itself, Pillow picks a palette per frame by median cut: ~1 s for 60 frames, and
    a flat colour (the white background) may come out a shade off in some frames. One palette
    for all (fast octree) takes ~0.15 s, keeps every colour within a few levels of the frame
    (bench/bench_export.py; tests/test_model_export.py) and makes the file about a third of
    the size, since unchanged parts of consecutive frames stay identical.
    """
    picks = sorted({round(i * (len(frames) - 1) / max(1, samples - 1)) for i in range(samples)})
    width, height = frames[0].size
    sheet = Image.new("RGB", (width, height * len(picks)))
    for row, index in enumerate(picks):
        sheet.paste(frames[index].convert("RGB"), (0, row * height))
    palette = sheet.quantize(colors=255, method=Image.Quantize.FASTOCTREE)
    return [
        frame.convert("RGB").quantize(palette=palette, dither=Image.Dither.NONE) for frame in frames
    ]


def publish(temporary: str | Path, path: Path) -> None:
    """Move a finished temporary file over ``path``, readable as a file saved any other way
    would be (a temporary file is made private to its owner): the old file's permissions, or
    read-write for the owner and readable by others for a new one, as ``model.storage`` does."""
    os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
    os.replace(temporary, path)
