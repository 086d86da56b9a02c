"""Spoiling a digit on purpose: shifts, turns, zooms, thicker or thinner strokes, noise.

The Robustness lab asks how a network copes when a digit is not where, or not how, it saw its
training digits. Everything here is plain NumPy on 28x28 float images (0 = background,
1 = ink), so the page can redraw while a slider moves and the command line can measure whole
curves without a screen.

The changes themselves are ``model.data.transform``'s (one warp for moving, turning and
zooming; strokes; noise).

``robustness_curve`` measures accuracy against shift distance and against rotation on a
seeded sample of test digits, all transformed digits of a step going through
``Predictor.probabilities`` as one batch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from model.data.transform import as_batch, warp_batch
from model.errors import ConvscopeError
from model.i18n import translate
from model.words import count

SIZE = 28
DEFAULT_SHIFTS: tuple[float, ...] = (0, 1, 2, 3, 4, 5, 6)
DEFAULT_ROTATIONS: tuple[float, ...] = (-45, -30, -15, 0, 15, 30, 45)
SHIFT_MODE = "random direction"
"""How ``robustness_curve`` shifts: each sampled digit gets its own direction, drawn once (seeded)
and kept for every distance, and moves that far along it (sub-pixel, bilinear). Moving every
digit right only would favour a network that happens to tolerate one direction better."""


class StopRequested(ConvscopeError):
    """``robustness_curve`` was asked to stop (its ``should_stop`` returned True)."""


def robustness_curve(
    predictors: Mapping[str, Any],
    images: np.ndarray,
    labels: np.ndarray,
    shifts: Sequence[float] = DEFAULT_SHIFTS,
    rotations: Sequence[float] = DEFAULT_ROTATIONS,
    n: int = 1000,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Accuracy of each model as digits move further and turn further.

    A seeded sample of ``n`` digits is drawn once. For each shift distance every digit moves
    that many pixels in its own random direction (drawn once per digit, the same at every
    distance; see ``SHIFT_MODE``); for each rotation every digit turns by that angle about its
    centre of mass. Each step's transformed digits are made once and go through every model's
    ``probabilities`` as one batch.

    Parameters
    ----------
    predictors
        Name -> anything with ``probabilities(batch) -> (N, 10)`` (a ``Predictor``).
    images, labels
        The digits to sample from ((N, 28, 28), uint8 or floats 0..1) and their labels.
    shifts
        Distances in pixels.
    rotations
        Angles in degrees (positive: counter-clockwise).
    n
        Digits in the sample (at most all of them).
    seed
        Seeds the sample and the directions: the same seed gives the same figures.
    progress
        Called as ``progress(steps_done, steps_total)`` after each step.
    should_stop
        Polled between steps; when it returns True, ``StopRequested`` is raised.

    Returns
    -------
    dict
        ``{"shifts": [...], "rotations": [...], "n": n, "seed": seed, "shift_mode": ...,
        "models": {name: {"accuracy_vs_shift": [...], "accuracy_vs_rotation": [...]}}}``,
        plain floats (fractions 0..1) and lists, ready for JSON.
    """
    batch, labels, n, shifts, rotations = _checked(predictors, images, labels, n, shifts, rotations)
    sample, truth, directions = _sample(batch, labels, n, seed)
    n = len(sample)
    steps = [("shift", s) for s in shifts] + [("rotation", r) for r in rotations]
    names = list(predictors)
    results = {name: {"accuracy_vs_shift": [], "accuracy_vs_rotation": []} for name in names}
    # Shift 0 and rotation 0 are the same untouched sample: measured once.
    cache: dict[str, float] = {}
    for done, (kind, amount) in enumerate(steps):
        if should_stop is not None and should_stop():
            raise StopRequested("stopped before the curve was complete")
        untouched = amount == 0 or (kind == "rotation" and amount % 360.0 == 0)
        if untouched and cache:
            accuracies = dict(cache)
        else:
            if kind == "shift":
                moved = warp_batch(sample, directions * amount)
            else:
                moved = warp_batch(sample, degrees=amount)
            accuracies = {name: _accuracy(predictors[name], moved, truth) for name in names}
            if untouched:
                cache = dict(accuracies)
        for name in names:
            results[name][f"accuracy_vs_{kind}"].append(round(accuracies[name], 6))
        if progress is not None:
            progress(done + 1, len(steps))
    return {
        "shifts": shifts,
        "rotations": rotations,
        "n": n,
        "seed": int(seed),
        "shift_mode": SHIFT_MODE,
        "models": results,
    }


def _checked(
    predictors: Mapping[str, Any],
    images: np.ndarray,
    labels: np.ndarray,
    n: int,
    shifts: Sequence[float],
    rotations: Sequence[float],
) -> tuple[np.ndarray, np.ndarray, int, list[float], list[float]]:
    """``robustness_curve``'s inputs checked (a ConvscopeError names the first that is wrong):
    the images as a float batch, the labels flat, ``n``, the shifts and rotations as numbers."""
    if not predictors:
        raise ConvscopeError(translate("lab.robustness", "no model to measure"))
    labels = np.asarray(labels).reshape(-1)
    batch = as_batch(images)
    if len(batch) != len(labels):
        raise ConvscopeError(f"{count(len(batch), 'image')} but {count(len(labels), 'label')}")
    if len(batch) == 0:
        raise ConvscopeError(translate("lab.robustness", "no digits to measure on"))
    n = int(n)
    if n < 1:
        raise ConvscopeError(
            translate("lab.robustness", "the sample must hold at least one digit, not {n}").format(
                n=n
            )
        )
    shifts = [float(s) for s in shifts]
    rotations = [float(r) for r in rotations]
    if any(s < 0 for s in shifts):
        raise ConvscopeError(
            translate("lab.robustness", "shift distances must be zero or positive")
        )
    return batch, labels, n, shifts, rotations


def _sample(
    batch: np.ndarray, labels: np.ndarray, n: int, seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The seeded sample of ``n`` digits (at most all), their labels, and each digit's own
    direction of shift as (dx, dy) per pixel (see ``SHIFT_MODE``)."""
    rng = np.random.default_rng(seed)
    n = min(n, len(batch))
    chosen = np.sort(rng.choice(len(batch), size=n, replace=False))
    sample, truth = batch[chosen], labels[chosen].astype(np.int64)
    angles = rng.uniform(0.0, 2.0 * np.pi, n)
    directions = np.stack([np.cos(angles), np.sin(angles)], axis=1)  # (dx, dy) per pixel
    return sample, truth, directions


def _accuracy(predictor: Any, images: np.ndarray, truth: np.ndarray) -> float:
    """The share of ``images`` the predictor labels as ``truth`` says, in one batch."""
    probs = np.asarray(predictor.probabilities(images))
    return float((probs.argmax(axis=1) == truth).mean())
