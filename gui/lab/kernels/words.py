"""The filter knock-out in words: the changes made to the network, the banner above them, and
the notes under the filter, the answers and the accuracy."""

from __future__ import annotations

from typing import Any

import numpy as np

from gui.common import style
from gui.common.i18n import translate
from gui.common.widgets import percent
from model.i18n import integer, number

# A change in accuracy smaller than this is no change (one test digit in 2,000).
ACCURACY_NOISE = 0.0005


def edits_text(edits: list[Any]) -> str:
    """The changes made (``FilterEdit.what``), oldest first, the fourth and later counted."""
    texts = [e.what for e in edits]
    if len(texts) > 3:  # so two or more left to count
        return translate("lab.kernels.words", "{changes} and {n} more changes").format(
            changes=", ".join(texts[:2]), n=integer(len(texts) - 2)
        )
    return ", ".join(texts)


def banner_text(edits: list[Any]) -> str:
    """What the banner says: the network is modified (and how), or what a change would do."""
    if edits:
        return translate(
            "lab.kernels.words",
            "Modified network: {changes}. The Draw and Inspect tabs use it too, until you undo "
            "or load another model.",
        ).format(changes=edits_text(edits))
    return translate(
        "lab.kernels.words",
        "A change made here changes the network itself: the Draw and Inspect tabs "
        "use it too, until you undo it.",
    )


def modified_text(edits: list[Any]) -> str | None:
    """What the window's "Modified" mark says of the network (None: it is as trained)."""
    if not edits:
        return None
    return translate("lab.kernels.words", "{changes} (Lab › Kernel playground)").format(
        changes=edits_text(edits)
    )


def no_conv_text(has_model: bool) -> str:
    """Why there is no filter to switch off."""
    if not has_model:
        return translate("lab.kernels.words", "Load or train a model first.")
    return translate(
        "lab.kernels.words",
        "This network has no convolution layer (a plain dense network on the raw "
        "pixels): it has no filters to switch off. Load or train a CNN to try this.",
    )


def layer_item(layer: dict[str, Any]) -> str:
    """A convolution layer as the layer box lists it: its name and how many filters."""
    shape = layer.get("output_shape") or []
    if not shape:
        return translate("lab.kernels.words", "{layername} (? filters)").format(
            layername=layer["name"]
        )
    n = shape[-1]
    text = (
        translate("lab.kernels.words", "{layername} (1 filter)")
        if n == 1
        else translate("lab.kernels.words", "{layername} ({n} filters)")
    )
    return text.format(layername=layer["name"], n=integer(n))


def tiles_caption(has_digit: bool, has_maps: bool) -> str:
    """Under the filters' tiles: what they show, or why there are none yet."""
    if has_maps:
        return translate(
            "lab.kernels.words",
            "Each tile: one filter's feature map on your digit, as the network now computes it "
            "(black: nothing found). Click a tile to choose that filter.",
        )
    if not has_digit:
        return translate(
            "lab.kernels.words", "Draw a digit on the Draw tab to see what each filter finds in it."
        )
    return translate("lab.kernels.words", "Computing the feature maps…")


def answer_html(probabilities: np.ndarray) -> str:
    """The network's answer, large, and how sure it is, small."""
    winner = int(np.argmax(probabilities))
    return (
        f"{winner}  <span style='font-size:13px; color:{style.MUTED}'>"
        f"{percent(float(probabilities[winner]))}</span>"
    )


def filter_note(shape: tuple[int, ...], bias: float) -> str:
    """Under the filter's grid: its weights (shape (k, k, maps read)) and what can be done."""
    if shape[2] == 1:
        return translate(
            "lab.kernels.words",
            "Its {rows}×{columns} weights (bias {bias}). "
            "Type new ones and press “Use these weights”.",
        ).format(rows=shape[0], columns=shape[1], bias=number(bias, 3))
    return translate(
        "lab.kernels.words",
        "This filter reads all {maps} maps of the layer before: "
        "{maps} slices of {rows}×{columns} weights "
        "(their average shown). Its weights can be switched off, not typed in.",
    ).format(maps=shape[2], rows=shape[0], columns=shape[1])


def accuracy_note(before: float, after: float, edited: bool, digits: int) -> str:
    """What the accuracy before and after (fractions, on ``digits`` test digits) means."""
    drop = before - after
    if not edited:
        return translate("lab.kernels.words", "The network as trained: nothing switched off yet.")
    if abs(drop) < ACCURACY_NOISE:
        return translate(
            "lab.kernels.words",
            "No change in accuracy: other filters find much the same thing, so the network "
            "hardly misses this one.",
        )
    changed = round(abs(drop) * digits)
    if drop > 0:
        text = (
            translate("lab.kernels.words", "It now gets 1 more of the {total} test digits wrong.")
            if changed == 1
            else translate(
                "lab.kernels.words", "It now gets {n} more of the {total} test digits wrong."
            )
        )
    else:
        text = (
            translate("lab.kernels.words", "It now gets 1 more of the {total} test digits right.")
            if changed == 1
            else translate(
                "lab.kernels.words", "It now gets {n} more of the {total} test digits right."
            )
        )
    return text.format(n=integer(changed), total=integer(digits))
