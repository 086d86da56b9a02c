"""The "How to read it" card of "Why this answer": what the map shows, and where it misleads,
for each way of asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import Card, label

if TYPE_CHECKING:
    from gui.lab.why.page import SaliencyPage

# How to read each map, and where it misleads: {cls} is the digit being explained.
# Translated where they are shown: translate("lab.why.reading_card", text).
READING = {
    "gradcam": (
        QT_TRANSLATE_NOOP(
            "lab.why.reading_card",
            "Bright places are where the network's last convolution layer found the shapes that "
            "raised the score of {cls}. It looks through that layer's own coarse grid, so the "
            "picture is blurry: it tells you roughly where, not which stroke.",
        ),
        QT_TRANSLATE_NOOP(
            "lab.why.reading_card",
            "It shows only what pushed the score up. When nothing in that layer did (often for "
            "a digit the network does not see), the map stays dark.",
        ),
    ),
    "gradient": (
        QT_TRANSLATE_NOOP(
            "lab.why.reading_card",
            "Bright pixels are the ones where a tiny change of brightness would change the score "
            "of {cls} the most. It is sharp, pixel by pixel.",
        ),
        QT_TRANSLATE_NOOP(
            "lab.why.reading_card",
            "It measures sensitivity, not importance: it is speckled and can light up empty paper "
            "next to a stroke. Smoothing averages it over noisy copies of your digit.",
        ),
    ),
    "occlusion": (
        QT_TRANSLATE_NOOP(
            "lab.why.reading_card",
            "Each part of your digit was hidden under a small black square, one at a time, and "
            "the network asked again. Red: hiding it lowers the probability of {cls}, so it was "
            "evidence for it. Blue: hiding it raises it.",
        ),
        QT_TRANSLATE_NOOP(
            "lab.why.reading_card",
            "When the network is very sure, hiding one small square barely moves it, and the "
            "colours show tiny changes (read the scale). Squares, not strokes: it is coarse.",
        ),
    ),
}


def build_reading_card(page: SaliencyPage) -> Card:
    """The card's texts, made attributes of ``page``: ``reading``, ``caveat`` and ``notes``."""
    page.reading = label("", wrap=True)
    page.caveat = label("", "muted", wrap=True)
    page.notes = label("", "caption", wrap=True)
    page.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    card = Card(translate("lab.why.reading_card", "How to read it"))
    card.body.addWidget(page.reading)
    card.body.addWidget(page.caveat)
    card.body.addWidget(page.notes)
    card.body.addStretch(1)
    # The text reads well at this width; the maps take the rest of a wide window.
    card.setMinimumWidth(240)
    card.setMaximumWidth(420)
    return card
