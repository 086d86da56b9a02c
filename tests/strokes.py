"""Digits drawn programmatically: stroke polylines in unit coordinates, and renderers.

The same strokes feed the preprocessing tests (rendered with Pillow at any size, thickness,
position and polarity) and the GUI tests (replayed as mouse drags on the canvas), so "a digit a
person would draw" means the same thing everywhere.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw


def _arc(cx, cy, rx, ry, start_deg, end_deg, n=24):
    return [
        (cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
        for a in np.linspace(start_deg, end_deg, n)
    ]


# Each digit: a list of strokes; each stroke a list of (x, y) in 0..1, y downwards.
DIGIT_STROKES: dict[int, list[list[tuple[float, float]]]] = {
    0: [_arc(0.5, 0.5, 0.28, 0.42, 0, 360, 40)],
    1: [[(0.38, 0.22), (0.52, 0.08), (0.52, 0.92)]],
    2: [_arc(0.5, 0.32, 0.27, 0.24, 200, 380, 20) + [(0.72, 0.45), (0.25, 0.92), (0.78, 0.92)]],
    3: [_arc(0.48, 0.3, 0.25, 0.21, 210, 450, 20) + _arc(0.48, 0.71, 0.28, 0.22, 270, 510, 20)],
    4: [[(0.62, 0.92), (0.62, 0.08), (0.2, 0.65), (0.82, 0.65)]],
    5: [[(0.75, 0.1), (0.32, 0.1), (0.28, 0.45)] + _arc(0.48, 0.66, 0.27, 0.26, 235, 490, 24)],
    6: [[(0.68, 0.1), (0.4, 0.35)] + _arc(0.5, 0.68, 0.24, 0.24, 200, 560, 30)],
    7: [[(0.2, 0.1), (0.8, 0.1), (0.42, 0.92)]],
    8: [_arc(0.5, 0.29, 0.21, 0.2, 90, 450, 30), _arc(0.5, 0.7, 0.26, 0.22, 270, 630, 30)],
    9: [_arc(0.5, 0.32, 0.24, 0.23, 0, 360, 30), [(0.74, 0.32), (0.68, 0.92)]],
}


def render_digit(
    digit: int,
    size: int = 280,
    *,
    thickness: float = 0.07,
    box: tuple[float, float, float, float] = (0.15, 0.1, 0.7, 0.8),
    dark_on_light: bool = False,
    angle: float = 0.0,
    mode: str = "L",
) -> Image.Image:
    """Render ``digit`` into a ``size`` x ``size`` image.

    ``box`` = (left, top, width, height) of the digit as fractions of the image, so digits can
    be small, large or off-centre; ``thickness`` is the pen width as a fraction of the box height;
    ``angle`` tilts the digit (degrees, clockwise) about the box centre.
    """
    left, top, width, height = box
    ink, paper = (0, 255) if dark_on_light else (255, 0)
    im = Image.new("L", (size, size), paper)
    draw = ImageDraw.Draw(im)
    pen = max(1, int(round(thickness * height * size)))
    cx, cy = left + width / 2, top + height / 2
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for stroke in DIGIT_STROKES[digit]:
        pts = []
        for x, y in stroke:
            px, py = left + x * width - cx, top + y * height - cy
            pts.append(((cx + px * ca - py * sa) * size, (cy + px * sa + py * ca) * size))
        draw.line(pts, fill=ink, width=pen, joint="curve")
        r = pen / 2
        for px, py in (pts[0], pts[-1]):
            draw.ellipse((px - r, py - r, px + r, py + r), fill=ink)
    return im.convert(mode) if mode != "L" else im


def stroke_points(digit: int, size: int, box=(0.15, 0.1, 0.7, 0.8)) -> list[list[tuple[int, int]]]:
    """The strokes of ``digit`` in pixel coordinates of a ``size`` x ``size`` surface."""
    left, top, width, height = box
    return [
        [
            (int(round((left + x * width) * size)), int(round((top + y * height) * size)))
            for x, y in stroke
        ]
        for stroke in DIGIT_STROKES[digit]
    ]
