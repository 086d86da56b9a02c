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
from model.i18n import QT_TRANSLATE_NOOP, formatted, number, translate
from model.words import sentence

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
    # Titles are translated where they are drawn (``_frame``).
    "move": Sweep(
        "dx", -6.0, 6.0, QT_TRANSLATE_NOOP("export.sweep", "moving the digit sideways"), "px"
    ),
    "turn": Sweep(
        "rotation", -60.0, 60.0, QT_TRANSLATE_NOOP("export.sweep", "turning the digit"), "°"
    ),
    "size": Sweep(
        "scale",
        0.5,
        1.5,
        QT_TRANSLATE_NOOP("export.sweep", "shrinking and enlarging the digit"),
        "×",
    ),
    "stroke": Sweep(
        "thickness",
        -1.0,
        3.0,
        QT_TRANSLATE_NOOP("export.sweep", "thinner and thicker strokes"),
        "px",
    ),
    "noise": Sweep("noise", 0.0, 0.5, QT_TRANSLATE_NOOP("export.sweep", "adding noise"), ""),
}
NEUTRAL = {"dx": 0.0, "dy": 0.0, "rotation": 0.0, "scale": 1.0, "thickness": 0.0, "noise": 0.0}


def value_words(sweep: Sweep, value: float) -> str:
    """A value of the sweep in words: "moved 2.5 px right", "turned 30° anticlockwise"."""
    if sweep.parameter == "dx":
        if abs(value) < 0.05:
            return translate("export.sweep", "not moved")
        if value > 0:
            return translate("export.sweep", "moved {px} px right").format(px=number(abs(value), 1))
        return translate("export.sweep", "moved {px} px left").format(px=number(abs(value), 1))
    if sweep.parameter == "rotation":
        if abs(value) < 0.5:
            return translate("export.sweep", "not turned")
        if value > 0:
            return translate("export.sweep", "turned {degrees}° anticlockwise").format(
                degrees=number(abs(value), 0)
            )
        return translate("export.sweep", "turned {degrees}° clockwise").format(
            degrees=number(abs(value), 0)
        )
    if sweep.parameter == "scale":
        return translate("export.sweep", "{times} times its size").format(times=number(value, 2))
    if sweep.parameter == "thickness":
        if abs(value) < 0.005:
            return translate("export.sweep", "strokes as drawn")
        return translate("export.sweep", "strokes {px} px on each side").format(
            px=formatted(value, "+.2f")
        )
    return translate("export.sweep", "noise {amount}").format(amount=number(value, 2))


def sweep_images(
    image: np.ndarray, sweep: str, frames: int, base: Mapping[str, float] | None = None
) -> tuple[Sweep, np.ndarray, np.ndarray]:
    """The sweep named ``sweep``, its ``frames`` values and the digit changed by each (N, 28,
    28); the other parameters stay at ``base`` (default: no change)."""
    if sweep not in SWEEPS:
        raise ExportError(
            translate("export.sweep", "no sweep called {sweep}; try one of {names}").format(
                sweep=repr(sweep), names=", ".join(SWEEPS)
            )
        )
    if int(frames) < 2:
        raise ExportError(
            translate("export.sweep", "a sweep needs at least 2 frames, not {frames}").format(
                frames=frames
            )
        )
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
        raise ExportError(translate("export.sweep", "there is no network to answer"))
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
    title = translate("export.sweep", "Robustness: {topic}").format(
        topic=translate("export.sweep", s.title)
    )
    write(draw, (30, 22), title, 24)
    write_wrapped(
        draw,
        (30, 56),
        translate(
            "export.sweep",
            "The digit changes a little more in every frame; the bars show what each network "
            "answers. A network that keeps its answer copes with digits written that way.",
        ),
        740,
    )
    words = value_words(s, float(values[k]))
    write(draw, (30, 106), sentence(words), 15)
    out.paste(map_image(digit, 9, "pixels"), (30, 130))
    for i, (name, probs) in enumerate(answers.items()):
        out.paste(answer_bars(probs, 220, 270, name), (320 + i * 240, 106))
    # The slider's position: where in its range this frame is.
    low, high = (formatted(v) for v in (s.low, s.high))
    write(draw, (30, 396), f"{low} {s.unit}", 14, MUTED)
    write(draw, (770, 396), f"{high} {s.unit}", 14, MUTED, "ra")
    draw.rectangle((110, 402, 690, 408), fill=BAR_TRACK)
    x = 110 + int(580 * (values[k] - s.low) / ((s.high - s.low) or 1.0))
    draw.ellipse((x - 8, 397, x + 8, 413), fill=ACCENT)
    return out
