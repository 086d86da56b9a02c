"""The robustness sweep: one of the Robustness lab's sliders dragged from one end to the other.

Each frame shows the digit moved (or turned, resized, thickened, spoiled) a little further and
the answers of up to two networks on it, so a slide can show the CNN keeping its answer while
the plain dense network loses it. The changes are ``model.data.transform``'s, as in the lab;
every frame's digits go through each network as one batch.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from model.data.transform import transform
from model.export.errors import ExportError
from model.export.picture import (
    ACCENT,
    BAR_TRACK,
    MUTED,
    answer_bars,
    blank,
    map_image,
    write,
    write_wrapped,
)

SIZE = (800, 450)
NOISE_SEED = 0  # one pattern of speckles, scaled up frame by frame: nothing jumps


@dataclass(frozen=True)
class Sweep:
    """One slider's sweep: the transform parameter, its range and how a value reads."""

    parameter: str
    low: float
    high: float
    title: str
    unit: str


SWEEPS: dict[str, Sweep] = {
    "move": Sweep("dx", -6.0, 6.0, "moving the digit sideways", "px"),
    "turn": Sweep("rotation", -60.0, 60.0, "turning the digit", "°"),
    "size": Sweep("scale", 0.5, 1.5, "shrinking and enlarging the digit", "×"),
    "stroke": Sweep("thickness", -1.0, 3.0, "thinner and thicker strokes", "px"),
    "noise": Sweep("noise", 0.0, 0.5, "adding noise", ""),
}
NEUTRAL = {"dx": 0.0, "dy": 0.0, "rotation": 0.0, "scale": 1.0, "thickness": 0.0, "noise": 0.0}


def value_words(sweep: Sweep, value: float) -> str:
    """A value of the sweep in words: "moved 2.5 px right", "turned 30° anticlockwise"."""
    if sweep.parameter == "dx":
        side = "right" if value > 0 else "left"
        return "not moved" if abs(value) < 0.05 else f"moved {abs(value):.1f} px {side}"
    if sweep.parameter == "rotation":
        way = "anticlockwise" if value > 0 else "clockwise"
        return "not turned" if abs(value) < 0.5 else f"turned {abs(value):.0f}° {way}"
    if sweep.parameter == "scale":
        return f"{value:.2f} times its size"
    if sweep.parameter == "thickness":
        if abs(value) < 0.005:
            return "strokes as drawn"
        return f"strokes {value:+.2f} px on each side"
    return f"noise {value:.2f}"


def sweep_images(
    image: np.ndarray, sweep: str, frames: int, base: Mapping[str, float] | None = None
) -> tuple[Sweep, np.ndarray, np.ndarray]:
    """The sweep named ``sweep``, its ``frames`` values and the digit changed by each (N, 28,
    28); the other parameters stay at ``base`` (default: no change)."""
    if sweep not in SWEEPS:
        raise ExportError(f"no sweep called {sweep!r}; try one of {', '.join(SWEEPS)}")
    if int(frames) < 2:
        raise ExportError(f"a sweep needs at least 2 frames, not {frames}")
    s = SWEEPS[sweep]
    params = dict(NEUTRAL, **(base or {}))
    values = np.linspace(s.low, s.high, int(frames))
    images = []
    for value in values:
        params[s.parameter] = float(value)
        images.append(
            transform(
                image,
                shift=(params["dx"], params["dy"]),
                rotation=params["rotation"],
                scale=params["scale"],
                thickness=params["thickness"],
                noise=params["noise"],
                seed=NOISE_SEED,
            )
        )
    return s, values, np.stack(images)


def robustness_sweep_frames(
    predictors: Mapping[str, Any],
    image: np.ndarray,
    sweep: str = "turn",
    frames: int = 60,
    base: Mapping[str, float] | None = None,
) -> list[Image.Image]:
    """The frames of ``sweep`` ("move", "turn", "size", "stroke", "noise") on ``image`` with
    the answers of each of ``predictors`` (name -> ``Predictor``; one or two).

    Raises
    ------
    ExportError
        For an unknown sweep, fewer than two frames or no network.
    """
    if not predictors:
        raise ExportError("there is no network to answer")
    names = list(predictors)[:2]
    s, values, images = sweep_images(np.asarray(image, np.float32), sweep, frames, base)
    answers = {name: predictors[name].probabilities(images) for name in names}
    return [
        _frame(s, values, k, images[k], {name: answers[name][k] for name in names})
        for k in range(len(values))
    ]


def _frame(
    s: Sweep, values: np.ndarray, k: int, digit: np.ndarray, answers: dict[str, np.ndarray]
) -> Image.Image:
    out = blank(*SIZE)
    draw = ImageDraw.Draw(out)
    write(draw, (30, 22), f"Robustness: {s.title}", 24)
    write_wrapped(
        draw,
        (30, 56),
        "The digit changes a little more in every frame; the bars show what each network "
        "answers. A network that keeps its answer copes with digits written that way.",
        740,
    )
    write(draw, (30, 106), value_words(s, float(values[k])).capitalize(), 15)
    out.paste(map_image(digit, 9, "pixels"), (30, 130))
    for i, (name, probs) in enumerate(answers.items()):
        out.paste(answer_bars(probs, 220, 270, name), (320 + i * 240, 106))
    # The slider's position: where in its range this frame is.
    write(draw, (30, 396), f"{s.low:g} {s.unit}", 14, MUTED)
    write(draw, (770, 396), f"{s.high:g} {s.unit}", 14, MUTED, "ra")
    draw.rectangle((110, 402, 690, 408), fill=BAR_TRACK)
    x = 110 + int(580 * (values[k] - s.low) / ((s.high - s.low) or 1.0))
    draw.ellipse((x - 8, 397, x + 8, 413), fill=ACCENT)
    return out
