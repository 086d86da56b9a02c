"""The benchmark sets of ``bench_realworld.py``: seeded generators of what people really feed
a digit reader, and the set drawn through the app.

Each set is a function ``(n, seed) -> (images, labels)``; images are uint8 arrays (grey or RGB)
of whatever size the situation gives, exactly what ``model.data.preprocess.preprocess`` would be
handed by the Draw tab or ``classify``. Digits come from ``handwriting`` (several shapes per
digit, written differently every time) or from the fonts installed.

* Canvas sets are traced through the app's own ``DrawCanvas`` (offscreen) at the widget sizes
  and pen widths the Draw tab offers, so they are the very pixels the app preprocesses.
* Paper sets render pencil, ballpoint or marker strokes onto paper with grain, uneven light,
  shadows, blur, JPEG, specks and ruled lines, the way a phone photo or a scan shows them.

Nothing here is ever trained on: the training recipe (``model.training.trainer``) augments MNIST
only.
"""

from __future__ import annotations

import functools
import io
import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np
from handwriting import CARELESS, NEAT, Style, extent, font_files, sample_digit, scribble
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STYLE = Style()
DRAWN_DIR = Path(__file__).resolve().parent / "data" / "drawn"

Images = list[np.ndarray]


# --------------------------------------------------------------------------- the app's canvas


@functools.cache
def _qt_app():
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class CanvasTracer:
    """Draws strokes on the app's real ``DrawCanvas`` and returns what it hands to
    preprocessing (``to_array``: 140x140, white ink on black)."""

    def __init__(self) -> None:
        _qt_app()
        self._canvases: dict[int, object] = {}

    def _canvas(self, side: int):
        from gui.common.canvas import DrawCanvas

        canvas = self._canvases.get(side)
        if canvas is None or len(canvas._ops) > 400:  # start afresh now and then: no history
            canvas = DrawCanvas()
            canvas.resize(side, side)
            self._canvases[side] = canvas
        return canvas

    def trace(self, strokes_px: list[np.ndarray], side: int, pen: int) -> np.ndarray:
        """``strokes_px`` in widget pixels of a ``side`` x ``side`` canvas, pen ``pen`` px."""
        from PySide6.QtCore import QPointF

        canvas = self._canvas(side)
        canvas.clear()
        canvas.set_pen_width(pen)
        for stroke in strokes_px:
            if not canvas.begin_stroke(QPointF(*np.clip(stroke[0], 0.5, side - 0.5))):
                continue
            for x, y in stroke[1:]:
                canvas.extend_stroke(
                    QPointF(float(np.clip(x, 0.5, side - 0.5)), float(np.clip(y, 0.5, side - 0.5)))
                )
            canvas.end_stroke()
        return canvas.to_array()


def _canvas_set(
    n: int,
    seed: int,
    *,
    heights: tuple[float, float],
    pens: Callable[[np.random.Generator], int],
    style: Style = DEFAULT_STYLE,
    corner: bool = False,
    invert: bool = False,
) -> tuple[Images, np.ndarray]:
    rng = np.random.default_rng(seed)
    tracer = CanvasTracer()
    images, labels = [], []
    for i in range(n):
        digit = i % 10
        side = int(rng.choice([280, 400, 480, 560]))
        strokes = sample_digit(digit, rng, style)
        height = rng.uniform(*heights) * side
        left, top, right, bottom = extent(strokes)
        w, h = (right - left) * height, (bottom - top) * height
        pen = pens(rng)
        margin = pen / 2 + 2
        if corner:
            # Near a corner or an edge: where a small digit ends up when nobody centres it.
            x0 = rng.choice([margin, side - w - margin, rng.uniform(margin, side - w - margin)])
            y0 = rng.choice([margin, side - h - margin])
            if rng.random() < 0.5:
                x0, y0 = (
                    rng.choice([margin, side - w - margin]),
                    rng.uniform(margin, side - h - margin),
                )
        else:
            x0 = rng.uniform(margin, max(margin, side - w - margin))
            y0 = rng.uniform(margin, max(margin, side - h - margin))
        px = [
            np.stack([x0 + (s[:, 0] - left) * height, y0 + (s[:, 1] - top) * height], 1)
            for s in strokes
        ]
        a = tracer.trace(px, side, pen)
        images.append(255 - a if invert else a)
        labels.append(digit)
    return images, np.array(labels)


def _usual_pen(rng: np.random.Generator) -> int:
    # Most people keep the default (22) or nudge it; the slider goes 4..60.
    return int(np.clip(rng.normal(22, 8), 6, 48))


def canvas(n: int, seed: int):
    """Drawn with the mouse on the Draw tab: any size, anywhere, the pens people use."""
    return _canvas_set(n, seed, heights=(0.35, 0.92), pens=_usual_pen)


def canvas_small_corner(n: int, seed: int):
    """Small digits near a corner or an edge of the canvas."""
    return _canvas_set(
        n, seed, heights=(0.12, 0.3), pens=lambda r: int(r.integers(6, 26)), corner=True
    )


def canvas_pens(n: int, seed: int):
    """The pen slider's extremes: a hairline (4-7 px) or a fat marker (40-60 px)."""
    return _canvas_set(
        n,
        seed,
        heights=(0.4, 0.95),
        pens=lambda r: int(r.integers(4, 8)) if r.random() < 0.5 else int(r.integers(40, 61)),
    )


def canvas_careless(n: int, seed: int):
    """Written fast: slanted, turned, squeezed, loops left open."""
    return _canvas_set(n, seed, heights=(0.35, 0.9), pens=_usual_pen, style=CARELESS)


def canvas_dark_on_light(n: int, seed: int):
    """Canvas drawings handed over as dark ink on white (an export, a screenshot)."""
    return _canvas_set(n, seed, heights=(0.35, 0.92), pens=_usual_pen, invert=True)


# --------------------------------------------------------------------------- paper


def _stroke_mask(
    strokes_px: list[np.ndarray], size: tuple[int, int], width: float, rng, wobble: float = 0.25
) -> np.ndarray:
    """Antialiased strokes (0..1) of about ``width`` px, the pressure varying along them."""
    ss = 3
    w, h = size
    im = Image.new("L", (w * ss, h * ss), 0)
    draw = ImageDraw.Draw(im)
    for stroke in strokes_px:
        pressure = 1.0 + wobble * np.sin(
            np.linspace(0, rng.uniform(2, 6), len(stroke)) + rng.uniform(0, 6)
        )
        pts = stroke * ss
        for k in range(len(pts)):
            r = max(0.5, width * pressure[k] * ss / 2)
            x, y = pts[k]
            draw.ellipse((x - r, y - r, x + r, y + r), fill=255)
            if k:
                draw.line([tuple(pts[k - 1]), (x, y)], fill=255, width=max(1, int(round(2 * r))))
    im = im.resize((w, h), Image.Resampling.BOX)
    return np.asarray(im, np.float32) / 255.0


def _smooth_noise(rng, shape, scale: float) -> np.ndarray:
    """Noise varying over about ``scale`` pixels, -1..1."""
    h, w = shape
    gh, gw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    small = Image.fromarray(rng.uniform(-1, 1, (gh, gw)).astype(np.float32), "F")
    return np.asarray(small.resize((w, h), Image.Resampling.BICUBIC), np.float32).clip(-1, 1)


def _lighting(rng, shape, strength: float) -> np.ndarray:
    """Uneven light: a gradient, a vignette and sometimes a soft shadow (a hand, a phone)."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    yy, xx = yy / max(h - 1, 1), xx / max(w - 1, 1)
    a = rng.uniform(0, 2 * math.pi)
    light = 1.0 - strength * rng.uniform(0.3, 1.0) * (
        (xx - 0.5) * math.cos(a) + (yy - 0.5) * math.sin(a) + 0.5
    )
    light *= 1.0 - strength * 0.6 * ((xx - 0.5) ** 2 + (yy - 0.5) ** 2)
    if rng.random() < 0.5:
        b = rng.uniform(0, 2 * math.pi)
        d = (xx - rng.uniform(0.2, 0.8)) * math.cos(b) + (yy - rng.uniform(0.2, 0.8)) * math.sin(b)
        soft = rng.uniform(0.03, 0.2)
        light *= 1.0 - rng.uniform(0.2, 0.55) * strength / 0.5 * np.clip(0.5 + d / soft, 0, 1)
    return np.clip(light, 0.05, 1.2)


def _jpeg(rgb: np.ndarray, quality: int) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "JPEG", quality=int(quality))
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert(Image.fromarray(rgb).mode))


def _specks(rng, shape, count: int, size: float) -> np.ndarray:
    h, w = shape
    im = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(im)
    for _ in range(count):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(0.4, 1.0) * size
        draw.ellipse(
            (x - r, y - r * rng.uniform(0.5, 1.5), x + r, y + r), fill=int(rng.uniform(120, 255))
        )
    return np.asarray(im, np.float32) / 255.0


def _ruled(shape, spacing: float, offset: float, width: float, margin_x: float | None) -> tuple:
    h, w = shape
    yy = np.arange(h, dtype=np.float32)[:, None]
    d = np.abs(((yy - offset) % spacing) - spacing / 2) - (spacing / 2 - width / 2)
    rows = np.clip(d + 0.5, 0, 1) * np.ones((1, w), np.float32)
    cols = np.zeros(shape, np.float32)
    if margin_x is not None:
        xx = np.arange(w, dtype=np.float32)[None, :]
        cols = np.clip(width / 2 + 0.5 - np.abs(xx - margin_x), 0, 1) * np.ones((h, 1), np.float32)
    return rows, cols


def paper_digit(
    digit: int,
    rng: np.random.Generator,
    *,
    size: tuple[int, int],
    height: float,
    centre: tuple[float, float],
    pen: float,
    style: Style = DEFAULT_STYLE,
    ink_rgb=(40, 40, 45),
    paper_rgb=(235, 232, 225),
    pencil: bool = False,
    light: float = 0.3,
    grain: float = 0.04,
    blur: float = 0.0,
    jpeg: int | None = None,
    specks: int = 0,
    ruled: dict | None = None,
    noise: float = 0.0,
    strokes: list[np.ndarray] | None = None,
    colour: bool = True,
) -> np.ndarray:
    """A digit written on paper and photographed or scanned: uint8 RGB (or grey) ``size``."""
    w, h = size
    if strokes is None:
        strokes = sample_digit(digit, rng, style)
    left, top, right, bottom = extent(strokes)
    scale = height * h / max(bottom - top, 1e-6)
    cx, cy = centre[0] * w, centre[1] * h
    mx, my = (left + right) / 2, (top + bottom) / 2
    px = [np.stack([cx + (s[:, 0] - mx) * scale, cy + (s[:, 1] - my) * scale], 1) for s in strokes]
    ink = _stroke_mask(px, (w, h), pen, rng, wobble=0.35 if pencil else 0.15)
    if pencil:
        # Graphite sticks to the paper's peaks: a grainy, lighter, uneven stroke.
        tooth = 0.55 + 0.45 * np.clip(_smooth_noise(rng, (h, w), 1.2) * 0.5 + 0.5, 0, 1)
        ink = ink * tooth * rng.uniform(0.55, 0.95)
    paper = np.array(paper_rgb, np.float32)[None, None, :] / 255.0
    page = np.ones((h, w, 3), np.float32) * paper
    page *= (
        1.0
        + grain * _smooth_noise(rng, (h, w), 2.0)
        + grain * 0.5 * _smooth_noise(rng, (h, w), 12.0)
    )[..., None]
    if ruled is not None:
        rows, cols = _ruled((h, w), **ruled["geometry"])
        for mask, rgb in ((rows, ruled["rgb"]), (cols, ruled.get("margin_rgb", (220, 80, 80)))):
            c = np.array(rgb, np.float32) / 255.0
            page = page * (1 - mask[..., None]) + c * mask[..., None]
    if specks:
        sp = _specks(rng, (h, w), specks, max(0.8, pen * rng.uniform(0.2, 0.6)))
        page *= (1 - 0.8 * sp)[..., None]
    inkc = np.array(ink_rgb, np.float32)[None, None, :] / 255.0
    page = page * (1 - ink[..., None]) + inkc * ink[..., None] * page / np.maximum(paper, 1e-3)
    page *= _lighting(rng, (h, w), light)[..., None]
    if noise > 0:
        page += rng.normal(0, noise, page.shape).astype(np.float32)
    rgb = (np.clip(page, 0, 1) * 255 + 0.5).astype(np.uint8)
    im = Image.fromarray(rgb)
    if blur > 0:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if not colour:
        im = im.convert("L")
    out = np.asarray(im)
    if jpeg is not None:
        out = _jpeg(out, jpeg)
    return out


def _paper_rgb(rng, grey: tuple[float, float] = (0.55, 0.95)) -> tuple[int, int, int]:
    v = rng.uniform(*grey)
    tint = rng.normal(0, 0.02, 3)
    return tuple(int(np.clip((v + t) * 255, 0, 255)) for t in tint)


def _paper_set(n: int, seed: int, make: Callable[[int, np.random.Generator], np.ndarray]):
    rng = np.random.default_rng(seed)
    images, labels = [], []
    for i in range(n):
        digit = i % 10
        images.append(make(digit, rng))
        labels.append(digit)
    return images, np.array(labels)


def pencil_photo(n: int, seed: int):
    """Pencil on grey, grainy, unevenly lit paper, photographed: shadows, blur, JPEG."""

    def make(digit, rng):
        side = int(rng.integers(80, 320))
        size = (side, int(side * rng.uniform(0.8, 1.25)))
        height = rng.uniform(0.3, 0.75)
        return paper_digit(
            digit,
            rng,
            size=size,
            height=height,
            centre=(rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)),
            pen=max(1.0, size[1] * height * rng.uniform(0.04, 0.1)),
            ink_rgb=(70, 70, 75),
            paper_rgb=_paper_rgb(rng),
            pencil=True,
            light=rng.uniform(0.2, 0.6),
            grain=rng.uniform(0.02, 0.08),
            blur=rng.uniform(0, 1.5),
            jpeg=int(rng.integers(35, 90)),
        )

    return _paper_set(n, seed, make)


def small_off_centre(n: int, seed: int):
    """Small digits off-centre on grey paper, as a scan or photo of a page shows them."""

    def make(digit, rng):
        side = int(rng.integers(40, 160))
        height = rng.uniform(0.15, 0.4)
        half = height / 2 + 0.05
        return paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(rng.uniform(half, 1 - half), rng.uniform(half, 1 - half)),
            pen=max(0.8, side * height * rng.uniform(0.06, 0.13)),
            ink_rgb=(30, 30, 35),
            paper_rgb=_paper_rgb(rng, (0.45, 0.85)),
            pencil=rng.random() < 0.5,
            light=rng.uniform(0.1, 0.4),
            grain=rng.uniform(0.02, 0.06),
            blur=rng.uniform(0, 0.8),
            jpeg=int(rng.integers(50, 95)) if rng.random() < 0.6 else None,
            colour=False,
        )

    return _paper_set(n, seed, make)


def notebook(n: int, seed: int):
    """Ballpoint on a ruled notebook page (and its margin line), with specks of dirt."""

    def make(digit, rng):
        side = int(rng.integers(90, 300))
        size = (side, int(side * rng.uniform(0.8, 1.2)))
        spacing = size[1] * rng.uniform(0.14, 0.3)
        height = spacing * rng.uniform(0.8, 1.5) / size[1]
        ruled = {
            "geometry": {
                "spacing": spacing,
                "offset": rng.uniform(0, spacing),
                "width": max(0.8, side * rng.uniform(0.004, 0.012)),
                "margin_x": rng.uniform(0.05, 0.25) * side if rng.random() < 0.3 else None,
            },
            "rgb": (
                int(rng.uniform(120, 190)),
                int(rng.uniform(150, 200)),
                int(rng.uniform(200, 240)),
            ),
        }
        return paper_digit(
            digit,
            rng,
            size=size,
            height=height,
            centre=(rng.uniform(0.35, 0.65), rng.uniform(0.35, 0.65)),
            pen=max(1.0, side * height * rng.uniform(0.03, 0.07)),
            ink_rgb=(int(rng.uniform(10, 40)), int(rng.uniform(20, 60)), int(rng.uniform(90, 160))),
            paper_rgb=_paper_rgb(rng, (0.8, 0.97)),
            light=rng.uniform(0.1, 0.5),
            grain=0.03,
            blur=rng.uniform(0, 1.0),
            jpeg=int(rng.integers(40, 90)),
            specks=int(rng.integers(2, 12)),
            ruled=ruled,
        )

    return _paper_set(n, seed, make)


def low_res(n: int, seed: int):
    """Tiny images: a digit photographed from afar or cut from a low-resolution scan."""

    def make(digit, rng):
        big = paper_digit(
            digit,
            rng,
            size=(160, 160),
            height=rng.uniform(0.55, 0.85),
            centre=(rng.uniform(0.45, 0.55), rng.uniform(0.45, 0.55)),
            pen=rng.uniform(8, 16),
            paper_rgb=_paper_rgb(rng, (0.7, 0.95)),
            light=0.15,
            colour=False,
        )
        side = int(rng.integers(12, 26))
        return np.asarray(Image.fromarray(big).resize((side, side), Image.Resampling.BOX))

    return _paper_set(n, seed, make)


def tiny_and_huge(n: int, seed: int):
    """A tiny digit on a large page, or a huge one filling (and touching) the picture."""

    def make(digit, rng):
        side = int(rng.integers(150, 400))
        tiny = rng.random() < 0.5
        height = rng.uniform(0.06, 0.12) if tiny else rng.uniform(0.9, 1.02)
        return paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(rng.uniform(0.15, 0.85), rng.uniform(0.15, 0.85)) if tiny else (0.5, 0.5),
            pen=max(0.8, side * height * rng.uniform(0.05, 0.12)),
            paper_rgb=_paper_rgb(rng, (0.75, 0.95)),
            light=rng.uniform(0.05, 0.3),
            blur=rng.uniform(0, 0.7),
            colour=False,
        )

    return _paper_set(n, seed, make)


def slanted(n: int, seed: int):
    """Strongly slanted and turned writing."""
    steep = Style(jitter=0.03, slant=(-0.45, 0.6), rotation=22.0, width=(0.5, 1.0))

    def make(digit, rng):
        side = int(rng.integers(100, 260))
        height = rng.uniform(0.45, 0.75)
        return paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(0.5, 0.5),
            pen=max(1.0, side * height * rng.uniform(0.05, 0.1)),
            style=steep,
            light=0.1,
            colour=False,
        )

    return _paper_set(n, seed, make)


def marker_hairline(n: int, seed: int):
    """A fat felt marker (a quarter of the digit's height) or a hairline one pixel wide."""

    def make(digit, rng):
        side = int(rng.integers(120, 360))
        height = rng.uniform(0.5, 0.8)
        fat = rng.random() < 0.5
        pen = side * height * rng.uniform(0.17, 0.26) if fat else rng.uniform(0.8, 1.3)
        return paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(0.5, 0.5),
            pen=pen,
            style=NEAT,
            ink_rgb=(15, 15, 15),
            light=0.1,
            colour=False,
        )

    return _paper_set(n, seed, make)


@functools.cache
def _fonts() -> list[Path]:
    return font_files()


def typed_digit(
    digit: int, rng, font: Path, *, size: int, height: float, text: str | None = None
) -> np.ndarray:
    """``digit`` (or any ``text``) typed in ``font``, dark on light, ``height`` of a
    ``size`` x ``size`` image, somewhere near the middle."""
    text = str(digit) if text is None else text
    pt = int(size * height * 1.35)
    f = ImageFont.truetype(str(font), pt)
    im = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(im)
    x0, t, r, b = draw.textbbox((0, 0), text, font=f)
    x = (size - (r - x0)) * rng.uniform(0.3, 0.7) - x0
    y = (size - (b - t)) * rng.uniform(0.3, 0.7) - t
    draw.text((x, y), text, fill=0, font=f)
    return np.asarray(im)


def fonts(n: int, seed: int):
    """Typed digits in every font installed, any size."""
    rng = np.random.default_rng(seed)
    files = _fonts()
    images, labels = [], []
    for i in range(n):
        digit = i % 10
        font = files[(i // 10) % len(files)]
        images.append(
            typed_digit(
                digit, rng, font, size=int(rng.integers(40, 200)), height=rng.uniform(0.4, 0.8)
            )
        )
        labels.append(digit)
    return images, np.array(labels)


def colour_low_contrast(n: int, seed: int):
    """Coloured ink on coloured paper, some of it barely darker (or lighter) than the paper."""

    def make(digit, rng):
        side = int(rng.integers(80, 260))
        paper = tuple(int(v) for v in rng.uniform(60, 250, 3))
        lum = np.dot(paper, (0.299, 0.587, 0.114))
        contrast = rng.uniform(0.12, 0.5) * 255
        sign = -1 if lum > 128 else 1
        ink = np.clip(np.array(paper) + sign * contrast * rng.uniform(0.7, 1.3, 3), 0, 255)
        height = rng.uniform(0.4, 0.8)
        return paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6)),
            pen=max(1.0, side * height * rng.uniform(0.05, 0.12)),
            ink_rgb=tuple(int(v) for v in ink),
            paper_rgb=paper,
            light=rng.uniform(0.0, 0.25),
            grain=0.02,
            jpeg=int(rng.integers(60, 95)),
        )

    return _paper_set(n, seed, make)


def framed(n: int, seed: int):
    """A digit inside a box drawn round it, or a photo with dark edges of the page's
    surroundings (the table, the scanner lid)."""

    def make(digit, rng):
        side = int(rng.integers(90, 280))
        height = rng.uniform(0.4, 0.6)
        im = paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(rng.uniform(0.45, 0.55), rng.uniform(0.45, 0.55)),
            pen=max(1.0, side * height * rng.uniform(0.05, 0.1)),
            paper_rgb=_paper_rgb(rng, (0.75, 0.95)),
            light=0.15,
            colour=False,
        ).astype(np.float32)
        if rng.random() < 0.5:  # a drawn box
            t = max(1, int(side * rng.uniform(0.01, 0.04)))
            m = int(side * rng.uniform(0.04, 0.15))
            box = np.zeros_like(im, bool)
            box[m : side - m, m : side - m] = True
            box[m + t : side - m - t, m + t : side - m - t] = False
            im[box] = rng.uniform(10, 60)
        else:  # the dark surroundings of the page, on one to four sides
            for _ in range(int(rng.integers(1, 5))):
                k = int(side * rng.uniform(0.05, 0.18))
                edge = rng.integers(4)
                v = rng.uniform(0, 70)
                if edge == 0:
                    im[:k] = v
                elif edge == 1:
                    im[-k:] = v
                elif edge == 2:
                    im[:, :k] = v
                else:
                    im[:, -k:] = v
        return np.clip(im, 0, 255).astype(np.uint8)

    return _paper_set(n, seed, make)


def edge_touching(n: int, seed: int):
    """Cropped tightly: the digit touches (or is cut by) the picture's edge."""

    def make(digit, rng):
        side = int(rng.integers(60, 200))
        big = paper_digit(
            digit,
            rng,
            size=(side * 2, side * 2),
            height=0.42,
            centre=(0.5, 0.5),
            pen=side * rng.uniform(0.06, 0.12),
            paper_rgb=_paper_rgb(rng, (0.8, 0.95)),
            light=0.1,
            colour=False,
        )
        ink = big < big.mean() - 30
        rows, cols = np.flatnonzero(ink.any(1)), np.flatnonzero(ink.any(0))
        t, b, x0, r = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
        cut = int((b - t) * rng.uniform(0.0, 0.06))  # up to a few percent of the digit cut off
        side_cut = rng.integers(4)
        t += cut if side_cut == 0 else 0
        b -= cut if side_cut == 1 else 0
        x0 += cut if side_cut == 2 else 0
        r -= cut if side_cut == 3 else 0
        return big[t:b, x0:r]

    return _paper_set(n, seed, make)


def noisy(n: int, seed: int):
    """Sensor noise, salt and pepper, a grainy high-ISO photo."""

    def make(digit, rng):
        side = int(rng.integers(60, 220))
        height = rng.uniform(0.4, 0.75)
        im = paper_digit(
            digit,
            rng,
            size=(side, side),
            height=height,
            centre=(rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6)),
            pen=max(1.0, side * height * rng.uniform(0.06, 0.12)),
            paper_rgb=_paper_rgb(rng, (0.7, 0.95)),
            light=0.15,
            noise=rng.uniform(0.05, 0.18),
            colour=False,
        )
        if rng.random() < 0.4:
            flips = rng.random(im.shape) < rng.uniform(0.01, 0.05)
            im = im.copy()
            im[flips] = np.where(rng.random(int(flips.sum())) < 0.5, 0, 255)
        return im

    return _paper_set(n, seed, make)


def drawn_in_app(n: int | None = None, seed: int = 0):
    """300 digits drawn through the app and committed (``bench/data/drawn``, a samples folder
    of the Lab's "Your handwriting" page): the canvas pictures it saved, read back exactly as
    the app would preprocess them.

    They were drawn on a real X server (Xvfb) by moving the mouse with xdotool along strokes
    from ``handwriting.sample_digit`` (neat, usual and careless writers in turn; 30 per
    digit, heights 30-85 % of the canvas, anywhere on it) and pressing Accept: real mouse
    events through Qt's event compression into the real canvas, at the page's real size and
    pen, but a program's hand, not a person's (nobody here can hold a pen).
    """
    manifest = json.loads((DRAWN_DIR / "manifest.json").read_text())
    images, labels = [], []
    for sample in manifest["samples"]:
        canvas_file = DRAWN_DIR / sample["canvas"]
        images.append(np.asarray(Image.open(canvas_file).convert("L")))
        labels.append(int(sample["label"]))
    if n is not None:
        images, labels = images[:n], labels[:n]
    return images, np.array(labels)


# --------------------------------------------------------------------------- not digits


def non_digits(n: int, seed: int) -> tuple[Images, list[str]]:
    """Things that are not digits: letters in fonts, scribbles on the canvas, noise, smudges.

    Returns the images and the kind of each.
    """
    from handwriting import LETTERS

    rng = np.random.default_rng(seed)
    tracer = CanvasTracer()
    files = _fonts()
    images, kinds = [], []
    for i in range(n):
        kind = ("letter", "scribble", "noise", "smudge")[i % 4]
        if kind == "letter":
            letter = LETTERS[int(rng.integers(len(LETTERS)))]
            font = files[int(rng.integers(len(files)))]
            size = int(rng.integers(60, 160))
            f = ImageFont.truetype(str(font), int(size * 0.7))
            im = Image.new("L", (size, size), 255)
            draw = ImageDraw.Draw(im)
            x0, t, r, b = draw.textbbox((0, 0), letter, font=f)
            draw.text(((size - r - x0) / 2, (size - b - t) / 2), letter, fill=0, font=f)
            images.append(np.asarray(im))
        elif kind == "scribble":
            side = int(rng.choice([280, 400, 560]))
            strokes = scribble(rng)
            allp = np.vstack(strokes)
            lo, hi = allp.min(0), allp.max(0)
            span = max(float((hi - lo).max()), 1e-6)
            aspect = rng.uniform(0.5, 1.5)
            size = rng.uniform(0.35, 0.8) * side / max(1.0, aspect)
            x0 = rng.uniform(0.05 * side, 0.95 * side - size * aspect)
            y0 = rng.uniform(0.05 * side, 0.95 * side - size)
            px = [
                np.stack(
                    [
                        x0 + (s[:, 0] - lo[0]) / span * size * aspect,
                        y0 + (s[:, 1] - lo[1]) / span * size,
                    ],
                    1,
                )
                for s in strokes
            ]
            images.append(tracer.trace(px, side, _usual_pen(rng)))
        elif kind == "noise":
            side = int(rng.integers(28, 200))
            scale = rng.choice([1.0, 3.0, 8.0])
            images.append(
                (np.clip(_smooth_noise(rng, (side, side), scale) * 0.5 + 0.5, 0, 1) * 255).astype(
                    np.uint8
                )
            )
        else:  # a smudge: soft blobs of grey
            side = int(rng.integers(60, 200))
            im = Image.new("L", (side, side), int(rng.uniform(180, 250)))
            draw = ImageDraw.Draw(im)
            for _ in range(int(rng.integers(1, 4))):
                x, y, r = (
                    rng.uniform(0.2, 0.8) * side,
                    rng.uniform(0.2, 0.8) * side,
                    rng.uniform(0.08, 0.3) * side,
                )
                draw.ellipse(
                    (x - r, y - r * rng.uniform(0.4, 1.0), x + r, y + r),
                    fill=int(rng.uniform(60, 160)),
                )
            im = im.filter(ImageFilter.GaussianBlur(side * rng.uniform(0.03, 0.1)))
            images.append(np.asarray(im))
        kinds.append(kind)
    return images, kinds


# --------------------------------------------------------------------------- numbers


def numbers_on_canvas(n: int, seed: int) -> tuple[Images, list[str]]:
    """Numbers of 2 to 6 digits written across the canvas, as the Draw tab would get them."""
    from handwriting import sample_number

    rng = np.random.default_rng(seed)
    tracer = CanvasTracer()
    images, truths = [], []
    for i in range(n):
        length = 2 + i % 5
        text = "".join(str(int(d)) for d in rng.integers(0, 10, length))
        side = int(rng.choice([400, 480, 560]))
        written = sample_number(
            text, rng, Style(jitter=0.03, slant=(-0.1, 0.3), rotation=6.0), gap=(0.15, 0.5)
        )
        allp = np.vstack([s for digit in written for s in digit])
        lo, hi = allp.min(0), allp.max(0)
        pen = int(np.clip(rng.normal(16, 5), 6, 30))
        usable = side - pen - 8
        k = min(usable / (hi[0] - lo[0]), usable * rng.uniform(0.25, 0.6) / (hi[1] - lo[1]))
        start = pen / 2 + 4
        x0 = rng.uniform(start, max(start, side - start - (hi[0] - lo[0]) * k))
        y0 = rng.uniform(start, max(start, side - start - (hi[1] - lo[1]) * k))
        px = [
            np.stack([x0 + (s[:, 0] - lo[0]) * k, y0 + (s[:, 1] - lo[1]) * k], 1)
            for digit in written
            for s in digit
        ]
        images.append(tracer.trace(px, side, pen))
        truths.append(text)
    return images, truths


def numbers_on_paper(n: int, seed: int) -> tuple[Images, list[str]]:
    """Numbers of 2 to 6 digits written on paper and photographed."""
    from handwriting import sample_number

    rng = np.random.default_rng(seed)
    images, truths = [], []
    for i in range(n):
        length = 2 + i % 5
        text = "".join(str(int(d)) for d in rng.integers(0, 10, length))
        written = sample_number(
            text, rng, Style(jitter=0.03, slant=(-0.1, 0.3), rotation=6.0), gap=(0.15, 0.5)
        )
        strokes = [s for digit in written for s in digit]
        allp = np.vstack(strokes)
        lo, hi = allp.min(0), allp.max(0)
        digit_px = rng.uniform(30, 60)
        w = int((hi[0] - lo[0]) * digit_px + digit_px * rng.uniform(0.6, 1.5))
        h = int(digit_px * rng.uniform(1.6, 2.4))
        images.append(
            paper_digit(
                0,
                rng,
                size=(w, h),
                height=(hi[1] - lo[1]) * digit_px / h,
                centre=(0.5, 0.5),
                pen=digit_px * rng.uniform(0.06, 0.1),
                paper_rgb=_paper_rgb(rng, (0.7, 0.95)),
                light=rng.uniform(0.1, 0.35),
                blur=rng.uniform(0, 0.8),
                jpeg=int(rng.integers(50, 95)),
                strokes=strokes,
                colour=False,
            )
        )
        truths.append(text)
    return images, truths


SETS: dict[str, Callable] = {
    "canvas": canvas,
    "canvas-small-corner": canvas_small_corner,
    "canvas-pens": canvas_pens,
    "canvas-careless": canvas_careless,
    "canvas-dark-on-light": canvas_dark_on_light,
    "pencil-photo": pencil_photo,
    "small-off-centre": small_off_centre,
    "notebook": notebook,
    "low-res": low_res,
    "tiny-and-huge": tiny_and_huge,
    "slanted": slanted,
    "marker-hairline": marker_hairline,
    "fonts": fonts,
    "colour-low-contrast": colour_low_contrast,
    "framed": framed,
    "edge-touching": edge_touching,
    "noisy": noisy,
}
