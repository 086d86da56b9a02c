"""The filter knock-out in words: the changes made to the network, the banner above them, and
the notes under the filter, the answers and the accuracy."""

from __future__ import annotations

from typing import Any

import numpy as np

from gui.common import style
from gui.common.widgets import percent
from model.words import count

# A change in accuracy smaller than this is no change (one test digit in 2,000).
ACCURACY_NOISE = 0.0005


def edits_text(edits: list[Any]) -> str:
    """The changes made (``FilterEdit.what``), oldest first, the fourth and later counted."""
    texts = [e.what for e in edits]
    if len(texts) > 3:
        return ", ".join(texts[:2]) + f" and {count(len(texts) - 2, 'more change')}"
    return ", ".join(texts)


def banner_text(edits: list[Any]) -> str:
    """What the banner says: the network is modified (and how), or what a change would do."""
    if edits:
        return (
            f"Modified network: {edits_text(edits)}. The Draw and Inspect tabs use it "
            "too, until you undo or load another model."
        )
    return (
        "A change made here changes the network itself: the Draw and Inspect tabs "
        "use it too, until you undo it."
    )


def no_conv_text(has_model: bool) -> str:
    """Why there is no filter to switch off."""
    if not has_model:
        return "Load or train a model first."
    return (
        "This network has no convolution layer (a plain dense network on the raw "
        "pixels): it has no filters to switch off. Load or train a CNN to try this."
    )


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
        return (
            f"Its {shape[0]}×{shape[1]} weights (bias {bias:.3f}). "
            "Type new ones and press “Use these weights”."
        )
    return (
        f"This filter reads all {shape[2]} maps of the layer before: "
        f"{shape[2]} slices of {shape[0]}×{shape[1]} weights "
        "(their average shown). Its weights can be switched off, not typed in."
    )


def accuracy_note(before: float, after: float, edited: bool, digits: int) -> str:
    """What the accuracy before and after (fractions, on ``digits`` test digits) means."""
    drop = before - after
    if not edited:
        return "The network as trained: nothing switched off yet."
    if abs(drop) < ACCURACY_NOISE:
        return (
            "No change in accuracy: other filters find much the same thing, so the network "
            "hardly misses this one."
        )
    changed = round(abs(drop) * digits)
    return (
        f"It now gets {changed} more of the {digits:,} test digits "
        f"{'wrong' if drop > 0 else 'right'}."
    )
