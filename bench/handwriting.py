"""A seeded model of how people write digits: several shapes per digit, each written a little
differently every time.

Every digit has a few *allographs* (the shapes people actually use: a 1 with or without a flag
and a base, an open or a closed 4, a 7 with a crossbar, an 8 in one stroke or as two loops...),
each a list of strokes through control points in a unit box (x right, y down). A sample moves
every control point a little, slants, turns and squeezes the whole digit, sometimes leaves a
loop open or lets a stroke overshoot, then runs a smooth spline through the points (corners
stay corners). Nothing here knows about MNIST or the network: the shapes were written down
from how digits are taught and written, not fitted to anything.

Also here: shapes that are *not* digits (letters in the fonts installed, scribbles, spirals,
crosses, noise), for measuring whether the app says "not sure" when it should. Plain NumPy
and Pillow; renderers that need the app's canvas live in ``realworld_sets``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

Point = tuple[float, float] | tuple[float, float, str]
Stroke = list[Point]
C = "corner"


def _ellipse(cx, cy, rx, ry, start=-90.0, sweep=-360.0, n=10) -> Stroke:
    """Control points on an ellipse; angles in degrees on screen (y down), negative sweep is
    anticlockwise as seen, the way most people write a 0 or an 8's loops."""
    return [
        (cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
        for a in np.linspace(start, start + sweep, n)
    ]


# digit -> allographs; an allograph is a list of strokes; a point marked C is a sharp corner.
ALLOGRAPHS: dict[int, list[list[Stroke]]] = {
    0: [
        [_ellipse(0.5, 0.5, 0.42, 0.5)],
        [_ellipse(0.5, 0.5, 0.42, 0.5, start=-60, sweep=-380, n=11)],
        [_ellipse(0.5, 0.5, 0.45, 0.5, start=-100, sweep=345)],
    ],
    1: [
        [[(0.5, 0.0), (0.5, 1.0)]],
        [[(0.3, 0.2), (0.55, 0.0, C), (0.55, 1.0)]],
        [[(0.3, 0.18), (0.55, 0.0, C), (0.55, 1.0)], [(0.25, 1.0), (0.85, 1.0)]],
    ],
    2: [
        [
            [
                (0.12, 0.25),
                (0.35, 0.03),
                (0.7, 0.04),
                (0.86, 0.28),
                (0.7, 0.55),
                (0.1, 1.0, C),
                (0.92, 1.0),
            ]
        ],
        [
            [
                (0.15, 0.22),
                (0.42, 0.01),
                (0.78, 0.1),
                (0.8, 0.38),
                (0.45, 0.72),
                (0.18, 0.94),
                (0.12, 0.84),
                (0.3, 0.8),
                (0.58, 0.95),
                (0.92, 0.97),
            ]
        ],
        [[(0.1, 0.18), (0.5, 0.0), (0.9, 0.2), (0.72, 0.48), (0.08, 1.0, C), (0.95, 0.98)]],
    ],
    3: [
        [
            [
                (0.15, 0.15),
                (0.5, 0.0),
                (0.82, 0.18),
                (0.75, 0.4),
                (0.42, 0.5, C),
                (0.8, 0.6),
                (0.9, 0.82),
                (0.55, 1.0),
                (0.12, 0.88),
            ]
        ],
        [
            [
                (0.12, 0.03),
                (0.85, 0.03, C),
                (0.42, 0.42, C),
                (0.75, 0.5),
                (0.92, 0.75),
                (0.62, 1.0),
                (0.12, 0.9),
            ]
        ],
        [
            [
                (0.2, 0.12),
                (0.55, 0.0),
                (0.85, 0.2),
                (0.55, 0.48),
                (0.88, 0.68),
                (0.7, 0.97),
                (0.3, 0.98),
                (0.1, 0.82),
            ]
        ],
    ],
    4: [
        [[(0.48, 0.0), (0.06, 0.66, C), (0.95, 0.66)], [(0.72, 0.28), (0.72, 1.0)]],
        [[(0.72, 1.0), (0.72, 0.0, C), (0.06, 0.66, C), (0.95, 0.66)]],
        [[(0.18, 0.0), (0.14, 0.56, C), (0.92, 0.56)], [(0.72, 0.02), (0.72, 1.0)]],
    ],
    5: [
        [
            [
                (0.28, 0.0),
                (0.22, 0.45, C),
                (0.55, 0.36),
                (0.86, 0.58),
                (0.8, 0.88),
                (0.45, 1.0),
                (0.1, 0.88),
            ],
            [(0.25, 0.01), (0.88, 0.0)],
        ],
        [
            [
                (0.88, 0.0),
                (0.3, 0.0, C),
                (0.24, 0.46, C),
                (0.58, 0.38),
                (0.88, 0.62),
                (0.78, 0.92),
                (0.42, 1.0),
                (0.1, 0.86),
            ]
        ],
    ],
    6: [
        [
            [
                (0.75, 0.02),
                (0.4, 0.2),
                (0.15, 0.6),
                (0.2, 0.9),
                (0.5, 1.0),
                (0.8, 0.85),
                (0.78, 0.6),
                (0.5, 0.5),
                (0.2, 0.66),
            ]
        ],
        [
            [
                (0.62, 0.0),
                (0.26, 0.45),
                (0.18, 0.78),
                (0.42, 1.0),
                (0.76, 0.9),
                (0.76, 0.62),
                (0.45, 0.55),
                (0.2, 0.74),
            ]
        ],
    ],
    7: [
        [[(0.08, 0.04), (0.92, 0.04, C), (0.4, 1.0)]],
        [[(0.08, 0.04), (0.92, 0.04, C), (0.42, 1.0)], [(0.35, 0.52), (0.82, 0.52)]],
        [[(0.06, 0.1), (0.5, 0.02), (0.94, 0.05, C), (0.66, 0.45), (0.5, 1.0)]],
        [[(0.1, 0.2, C), (0.08, 0.03, C), (0.9, 0.04, C), (0.45, 1.0)]],
    ],
    8: [
        [
            [
                (0.82, 0.14),
                (0.5, 0.0),
                (0.18, 0.14),
                (0.28, 0.38),
                (0.7, 0.58),
                (0.86, 0.84),
                (0.5, 1.0),
                (0.14, 0.84),
                (0.3, 0.58),
                (0.72, 0.38),
                (0.84, 0.16),
            ]
        ],
        [_ellipse(0.5, 0.24, 0.32, 0.24), _ellipse(0.5, 0.73, 0.42, 0.27)],
    ],
    9: [
        [
            [
                (0.82, 0.2),
                (0.5, 0.0),
                (0.18, 0.16),
                (0.2, 0.4),
                (0.5, 0.5),
                (0.82, 0.34, C),
                (0.84, 0.06, C),
                (0.8, 1.0),
            ]
        ],
        [
            [
                (0.8, 0.16),
                (0.48, 0.0),
                (0.16, 0.18),
                (0.22, 0.42),
                (0.55, 0.48),
                (0.82, 0.26, C),
                (0.8, 0.58),
                (0.62, 0.92),
                (0.3, 0.98),
            ]
        ],
        [_ellipse(0.48, 0.26, 0.36, 0.26, start=0, sweep=-360), [(0.84, 0.24), (0.62, 1.0)]],
    ],
}


@dataclass(frozen=True)
class Style:
    """How loosely a writer writes: the spread of each random choice (unit-box fractions and
    degrees)."""

    jitter: float = 0.035
    slant: tuple[float, float] = (-0.15, 0.35)
    rotation: float = 8.0
    width: tuple[float, float] = (0.55, 0.95)
    overshoot: float = 0.06


NEAT = Style(jitter=0.02, slant=(-0.05, 0.2), rotation=4.0)
CARELESS = Style(jitter=0.05, slant=(-0.3, 0.45), rotation=14.0, width=(0.5, 1.05), overshoot=0.1)


def _spline(points: np.ndarray, per_segment: int = 10) -> np.ndarray:
    """A Catmull-Rom spline through ``points`` (n x 2), ``per_segment`` samples between each."""
    if len(points) < 3:
        t = np.linspace(0, 1, per_segment * max(1, len(points) - 1) + 1)[:, None]
        return points[0] * (1 - t) + points[-1] * t
    p = np.vstack([2 * points[0] - points[1], points, 2 * points[-1] - points[-2]])
    out = []
    t = np.linspace(0, 1, per_segment, endpoint=False)[:, None]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        out.append(
            0.5
            * (
                2 * p1
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
        )
    out.append(points[-1:])
    return np.vstack(out)


def _smooth_stroke(stroke: list[tuple[float, float, bool]]) -> np.ndarray:
    """Spline through the points, restarting at each corner so it stays sharp."""
    pieces, current = [], [stroke[0][:2]]
    for x, y, corner in stroke[1:]:
        current.append((x, y))
        if corner:
            pieces.append(np.array(current))
            current = [(x, y)]
    if len(current) > 1:
        pieces.append(np.array(current))
    out = [_spline(piece) for piece in pieces]
    return np.vstack([out[0]] + [o[1:] for o in out[1:]])


def sample_digit(
    digit: int, rng: np.random.Generator, style: Style | None = None
) -> list[np.ndarray]:
    """One written ``digit``: strokes as (n, 2) arrays of points, fitted to the unit box.

    The digit's height fills the box; its width is what the shape and the writer make it, so
    a 1 stays narrow. Stroke order and direction are the allograph's, as a hand writes.
    """
    style = style or Style()
    shapes = ALLOGRAPHS[int(digit)]
    strokes = shapes[int(rng.integers(len(shapes)))]
    slant = rng.uniform(*style.slant)
    angle = math.radians(rng.uniform(-style.rotation, style.rotation))
    width = rng.uniform(*style.width)
    ca, sa = math.cos(angle), math.sin(angle)
    # A hand wobbles smoothly: a random, slowly varying displacement of the whole shape, plus
    # a little independent noise per point (independent noise alone crumples the loops).
    waves = [
        (rng.normal(0, 2.5, 2), rng.uniform(0, 2 * math.pi), rng.normal(0, style.jitter, 2))
        for _ in range(3)
    ]

    def wobble(x: float, y: float) -> tuple[float, float]:
        for freq, phase, amp in waves:
            s = math.sin(freq[0] * x + freq[1] * y + phase)
            x, y = x + amp[0] * s, y + amp[1] * s
        return x, y

    out = []
    for stroke in strokes:
        pts = []
        for point in stroke:
            x, y = wobble(point[0], point[1])
            corner = len(point) > 2
            x += rng.normal(0, style.jitter * 0.3)
            y += rng.normal(0, style.jitter * 0.3)
            pts.append([x, y, corner])
        # An end that overshoots or stops short: loops left open or crossed, strokes too long.
        if len(pts) >= 2 and style.overshoot > 0:
            for end, prev in ((0, 1), (-1, -2)):
                dx, dy = pts[end][0] - pts[prev][0], pts[end][1] - pts[prev][1]
                f = rng.uniform(-style.overshoot, style.overshoot) / max(math.hypot(dx, dy), 1e-6)
                pts[end][0] += dx * f
                pts[end][1] += dy * f
        dense = _smooth_stroke([(p[0], p[1], p[2]) for p in pts])
        x, y = (dense[:, 0] - 0.5) * width, dense[:, 1] - 0.5
        x = x + slant * (-y)  # leaning right: the top moves right
        out.append(np.stack([x * ca - y * sa, x * sa + y * ca], axis=1))
    return fit_unit(out)


def fit_unit(strokes: list[np.ndarray]) -> list[np.ndarray]:
    """Scale and move strokes so their height spans 0..1 and they are centred on x = 0.5."""
    allp = np.vstack(strokes)
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    h = max(hi[1] - lo[1], 1e-6)
    cx = (lo[0] + hi[0]) / 2
    return [np.stack([(s[:, 0] - cx) / h + 0.5, (s[:, 1] - lo[1]) / h], axis=1) for s in strokes]


def extent(strokes: list[np.ndarray]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the strokes' points."""
    allp = np.vstack(strokes)
    return (*allp.min(axis=0).tolist(), *allp.max(axis=0).tolist())


def place(strokes: list[np.ndarray], cx: float, cy: float, height: float) -> list[np.ndarray]:
    """Strokes from ``sample_digit`` scaled to ``height`` and centred at (cx, cy) (any units)."""
    return [
        np.stack([cx + (s[:, 0] - 0.5) * height, cy + (s[:, 1] - 0.5) * height], 1) for s in strokes
    ]


def sample_number(
    digits: str, rng: np.random.Generator, style: Style | None = None, gap: tuple = (0.12, 0.45)
) -> list[list[np.ndarray]]:
    """A written number: each digit's strokes in units of the digit height, left to right,
    separated by a random gap (fraction of the height; negative gaps make digits touch)."""
    x = 0.0
    out = []
    for ch in digits:
        strokes = sample_digit(int(ch), rng, style)
        left, _top, right, _bottom = extent(strokes)
        size = rng.uniform(0.85, 1.1)
        dy = rng.normal(0, 0.05)
        moved = [np.stack([x + (s[:, 0] - left) * size, dy + s[:, 1] * size], 1) for s in strokes]
        out.append(moved)
        x += (right - left) * size + rng.uniform(*gap)
    return out


# --------------------------------------------------------------------------- not digits

# Letters a careful reader could take for a digit are left out: O, o, D, Q for 0, I, l, i, L
# for 1, Z, z for 2, B for 8, S, s for 5, G, b for 6, g, q, a for 9, U, u (an open 0), C, c (a
# 0 or 6 left open), J, j, T, f, t (a 1 or a 7), y for 4. Reading them as digits is no worse
# than a person would; the letters kept here look like no digit.
LETTERS = "AEFHKMNPRVWXYehkmnprvwx"
LOOKALIKES = "UCcJTLyftau"  # measured apart, for information


def font_files() -> list[Path]:
    """Fonts with Latin letters and digits found on this machine, sorted, one per file."""
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    files: list[Path] = []
    for root in roots:
        if root.is_dir():
            files += [p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".otf")]
    skip = ("Symbol", "Fallback", "Math", "D050000L", "Z003")  # no plain Latin glyphs
    return sorted(p for p in files if not any(s in p.name for s in skip))


def scribble(rng: np.random.Generator) -> list[np.ndarray]:
    """A stroke that is no digit: a zig-zag, a spiral, a random walk, a cross, a star."""
    kind = rng.integers(6)
    if kind == 0:  # zig-zag
        n = int(rng.integers(4, 9))
        xs = np.linspace(0, 1, n)
        ys = np.where(np.arange(n) % 2 == 0, 0.0, 1.0) + rng.normal(0, 0.08, n)
        pts = np.stack([xs, ys], 1)
        if rng.random() < 0.5:
            pts = pts[:, ::-1]
        return [_spline(pts, 4)]
    if kind == 1:  # spiral
        t = np.linspace(0, rng.uniform(2.5, 4.5) * 2 * math.pi, 120)
        r = 0.05 + 0.45 * t / t[-1]
        return [np.stack([0.5 + r * np.cos(t), 0.5 + r * np.sin(t) * rng.uniform(0.7, 1.2)], 1)]
    if kind == 2:  # random walk
        steps = rng.normal(0, 1, (int(rng.integers(8, 16)), 2))
        pts = np.cumsum(steps, 0)
        return [_spline(pts, 6)]
    if kind == 3:  # a cross or a plus
        a = rng.uniform(0, math.pi / 2)
        out = []
        for b in (a, a + math.pi / 2):
            d = np.array([math.cos(b), math.sin(b)]) * 0.5
            out.append(np.array([0.5 - d, 0.5 + d]))
        return out
    if kind == 4:  # a star
        k = int(rng.choice([5, 7]))
        angles = np.arange(k + 1) * (2 * math.pi * 2 / k) + rng.uniform(0, math.pi)
        return [np.stack([0.5 + 0.5 * np.cos(angles), 0.5 + 0.5 * np.sin(angles)], 1)]
    # hatching: parallel strokes
    n = int(rng.integers(3, 6))
    return [
        np.array([[0.0, i / (n - 1)], [1.0, i / (n - 1) + rng.normal(0, 0.1)]]) for i in range(n)
    ]
