"""The drawing kit of exported pictures: enlarged maps, outlines, words and answer bars.

Every animation frame and every handout picture is a Pillow image put together from these
pieces. Maps are enlarged by whole pixels (``np.repeat``), never smoothed, so each value of a
28x28 digit or a feature map stays a crisp square on a projector. The colours are the app's
light theme (``gui.common.style``), written out here because the core never imports the GUI.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from model.export.palette import colorize

BACKGROUND = (255, 255, 255)
TEXT = (29, 36, 51)
MUTED = (102, 112, 133)
ACCENT = (37, 99, 235)
FIELD = (34, 197, 94)  # the filter's window: green, as in the Inspect tab
BAR_TRACK = (238, 241, 246)
BAR_FILL = (183, 193, 209)
GOOD = (21, 128, 61)


def _dejavu() -> Path | None:
    """DejaVu Sans as matplotlib (a dependency) ships it, found without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    for folder in (spec and spec.submodule_search_locations) or []:
        path = Path(folder) / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=16)
def font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """DejaVu Sans at ``size`` pixels: the same on every machine, and it has the signs the
    frames write (×, −, →), which Pillow's own font lacks; Pillow's font if it is missing."""
    path = _dejavu()
    if path is not None:
        try:
            return ImageFont.truetype(str(path), size)
        except OSError:
            pass
    return ImageFont.load_default(size=size)


def blank(width: int, height: int) -> Image.Image:
    """A white RGB picture."""
    return Image.new("RGB", (int(width), int(height)), BACKGROUND)


def map_image(
    values: np.ndarray, cell: int, kind: str = "auto", high: float | None = None
) -> Image.Image:
    """A 2-D array as a picture, each value a ``cell`` x ``cell`` square
    (``model.export.palette.colorize`` says what ``kind`` and ``high`` do)."""
    rgb = colorize(np.asarray(values).reshape(np.shape(values)[:2]), kind, high)
    rgb = np.repeat(np.repeat(rgb, cell, axis=0), cell, axis=1)
    return Image.fromarray(np.ascontiguousarray(rgb), "RGB")


def tiles(
    maps: np.ndarray,
    cell: int,
    columns: int,
    gap: int = 4,
    kind: str = "auto",
    high: float | None = None,
) -> Image.Image:
    """Several maps (H, W, C) side by side, ``columns`` to a row, on one colour scale
    (shared, so a bright tile is a strong response compared with its neighbours too)."""
    maps = np.asarray(maps, np.float64)
    h, w, c = maps.shape
    finite = maps[np.isfinite(maps)]
    if kind == "auto":  # decided for all the tiles at once: one scale, one table
        kind = "signed" if finite.size and finite.min() < 0 else "positive"
    if high is None and kind != "pixels":
        high = float(np.abs(finite).max()) if finite.size else 1.0
    columns = max(1, min(columns, c))
    rows = -(-c // columns)
    out = blank(columns * (w * cell + gap) - gap, rows * (h * cell + gap) - gap)
    for k in range(c):
        r, q = divmod(k, columns)
        out.paste(
            map_image(maps[..., k], cell, kind, high), (q * (w * cell + gap), r * (h * cell + gap))
        )
    return out


def outline(
    draw: ImageDraw.ImageDraw,
    origin: tuple[int, int],
    cell: int,
    box: tuple[int, int, int, int],
    color: tuple[int, int, int] = FIELD,
    width: int = 3,
) -> None:
    """Outline ``box`` = (top, left, height, width) in cells of a map drawn at ``origin``."""
    top, left, h, w = box
    x, y = origin
    draw.rectangle(
        (x + left * cell, y + top * cell, x + (left + w) * cell - 1, y + (top + h) * cell - 1),
        outline=color,
        width=width,
    )


def write(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    size: int = 16,
    color: tuple[int, int, int] = TEXT,
    anchor: str = "la",
) -> None:
    """Words at ``xy`` (Pillow's ``anchor``: "la" is left, top; "ma" centred)."""
    draw.text(xy, text, fill=color, font=font(size), anchor=anchor)


def answer_bars(probabilities: np.ndarray, width: int, height: int, title: str = "") -> Image.Image:
    """The ten digits' probabilities as bars, the winner's in the accent colour, with its
    percentage: the Draw tab's answer, small enough for a corner of a slide."""
    # A diverged network's NaN answers draw as empty bars, not as an error.
    probs = np.nan_to_num(np.asarray(probabilities, np.float64).reshape(-1))
    out = blank(width, height)
    draw = ImageDraw.Draw(out)
    top = 0
    if title:
        write(draw, (0, 0), title, 15, MUTED)
        top = 22
    row = (height - top) / len(probs)
    bar_left, bar_right = 18, width - 52
    winner = int(np.argmax(probs))
    for digit, p in enumerate(probs):
        y0 = int(top + digit * row + row * 0.15)
        y1 = int(top + (digit + 1) * row - row * 0.15)
        colour = ACCENT if digit == winner else BAR_FILL
        write(draw, (0, (y0 + y1) // 2), str(digit), 14, TEXT, "lm")
        draw.rectangle((bar_left, y0, bar_right, y1), fill=BAR_TRACK)
        filled = bar_left + int(round((bar_right - bar_left) * float(np.clip(p, 0, 1))))
        if filled > bar_left:
            draw.rectangle((bar_left, y0, filled, y1), fill=colour)
        if digit == winner or p >= 0.05:
            write(draw, (width, (y0 + y1) // 2), f"{p * 100:.0f} %", 13, TEXT, "rm")
    return out


def lines(text: str, size: int, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels at ``size``."""
    out: list[str] = []
    for word in text.split():
        if out and font(size).getlength(f"{out[-1]} {word}") <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def write_wrapped(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    width: int,
    size: int = 15,
    color: tuple[int, int, int] = MUTED,
) -> int:
    """Words broken into lines ``width`` pixels wide from ``xy``; returns the y below them."""
    x, y = xy
    for line in lines(text, size, width):
        write(draw, (x, y), line, size, color)
        y += int(size * 1.35)
    return y
