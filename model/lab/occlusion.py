"""Occlusion (Zeiler and Fergus, 2014): which parts of a digit the network's answer rests on,
found by covering them.

Every square of the digit is covered in its own copy and all the copies go through the
network in one batch; a pixel's value is how much covering it lowered the class's probability
(negative where it was evidence against the class). It needs no gradient, so it works on any
network, the dense ``mlp`` included. The gradient methods are in ``model.lab.saliency``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model.i18n import translate
from model.lab.saliency import SIZE, Saliency, SaliencyError, as_image, check_class, engine_for
from model.lab.saliency_notes import occlusion_notes


def occlusion_boxes(patch: int = 6, stride: int = 2) -> list[tuple[int, int]]:
    """(top, left) of each square of side ``patch`` covering the 28x28 input, ``stride``
    apart; the last row and column of squares touch the border."""
    if not 1 <= patch <= SIZE or stride < 1:
        raise SaliencyError(
            translate(
                "lab.occlusion", "an occlusion patch of {patch} with stride {stride} does not fit"
            ).format(patch=patch, stride=stride)
        )
    starts = list(range(0, SIZE - patch + 1, stride))
    if starts[-1] != SIZE - patch:
        starts.append(SIZE - patch)
    return [(top, left) for top in starts for left in starts]


def occlusion(
    model_or_predictor: Any,
    image: np.ndarray,
    class_index: int | None = None,
    patch: int = 6,
    stride: int = 2,
    fill: float = 0.0,
) -> Saliency:
    """Occlusion: how much covering each part of the digit lowers the class's probability.

    Every square of side ``patch``, ``stride`` apart, is painted with ``fill`` in its own copy
    of the image; all the copies (at most 144 for the defaults; squares that change nothing
    are skipped) go through the network in one batch. Each pixel gets the mean drop of the
    squares that cover it.

    Parameters
    ----------
    model_or_predictor
        A ``model.network.predictor.Predictor`` (anything with ``probabilities(batch)``) or a Keras
        model.
    image, class_index
        As ``grad_cam``.
    patch, stride, fill
        The square's side and step in pixels, and the value painted over it (0 is the
        background of MNIST digits).

    Returns
    -------
    Saliency
        ``map``: probability drop, -1..1, positive where the pixels were evidence for the
        class; ``signed`` is True.
    """
    base = as_image(image)
    boxes = occlusion_boxes(patch, stride)
    # A square over pixels that already hold ``fill`` (the blank margin) changes nothing: its
    # drop is zero by definition, and leaving it out of the batch saves a third of the work.
    changing = [b for b in boxes if np.any(base[b[0] : b[0] + patch, b[1] : b[1] + patch] != fill)]
    batch = np.repeat(base[np.newaxis], len(changing) + 1, axis=0)
    for k, (top, left) in enumerate(changing, start=1):
        batch[k, top : top + patch, left : left + patch] = fill
    if hasattr(model_or_predictor, "probabilities"):
        probabilities = np.asarray(model_or_predictor.probabilities(batch), np.float64)
    else:
        probabilities = engine_for(model_or_predictor).probabilities(batch)
    cls = int(np.argmax(probabilities[0])) if class_index is None else check_class(class_index)
    # A network whose weights went bad (NaN) gives no evidence anywhere, like the other maps.
    drops = np.nan_to_num(probabilities[0, cls] - probabilities[1:, cls])
    total = np.zeros((SIZE, SIZE))
    count = np.zeros((SIZE, SIZE))
    for top, left in boxes:
        count[top : top + patch, left : left + patch] += 1
    for drop, (top, left) in zip(drops, changing):
        total[top : top + patch, left : left + patch] += drop
    heat = np.clip(total / np.maximum(count, 1), -1.0, 1.0).astype(np.float32)
    notes = occlusion_notes(cls, patch, len(changing), stride)
    return Saliency(heat, "occlusion", cls, float(probabilities[0, cls]), notes, True, "")
