"""The "Spoil your digit" card of the Robustness lab: a slider per change (move, turn, size,
stroke, noise), Reset, Send to Draw, and Export… (a sweep as an animation for slides)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import Card, label
from gui.lab.robustness.param_slider import ParamSlider

if TYPE_CHECKING:
    from gui.lab.robustness.page import RobustnessPage


# (key, name, minimum, maximum, step, neutral value, tooltip); name and tooltip are translated
# where the slider is built.
SLIDERS = (
    (
        "dx",
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Move right"),
        -8.0,
        8.0,
        0.5,
        0.0,
        QT_TRANSLATE_NOOP(
            "lab.robustness.spoil_card", "Move the digit left (−) or right (+), in pixels"
        ),
    ),
    (
        "dy",
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Move down"),
        -8.0,
        8.0,
        0.5,
        0.0,
        QT_TRANSLATE_NOOP(
            "lab.robustness.spoil_card", "Move the digit up (−) or down (+), in pixels"
        ),
    ),
    (
        "rotation",
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Turn"),
        -90.0,
        90.0,
        1.0,
        0.0,
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Turn the digit about its centre of mass"),
    ),
    (
        "scale",
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Size"),
        0.5,
        1.5,
        0.05,
        1.0,
        QT_TRANSLATE_NOOP(
            "lab.robustness.spoil_card", "Shrink or enlarge the digit about its centre"
        ),
    ),
    (
        "thickness",
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Stroke"),
        -2.0,
        3.0,
        0.25,
        0.0,
        QT_TRANSLATE_NOOP(
            "lab.robustness.spoil_card",
            "Thinner (−) or thicker (+) strokes, in pixels on each side",
        ),
    ),
    (
        "noise",
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Noise"),
        0.0,
        0.5,
        0.01,
        0.0,
        QT_TRANSLATE_NOOP("lab.robustness.spoil_card", "Random speckles over the whole picture"),
    ),
)


def build_spoil_card(page: RobustnessPage) -> Card:
    """The card's controls, made attributes of ``page`` (which connects them): ``sliders``
    (a ``ParamSlider`` by key), ``reset_button``, ``send_button`` and ``slides_button``."""
    card = Card(
        translate("lab.robustness.spoil_card", "Spoil your digit"),
        translate(
            "lab.robustness.spoil_card",
            "Change the digit the network saw and watch both networks answer as you drag.",
        ),
    )
    page.sliders = {}
    for spec in SLIDERS:
        key, name, low, high, step, neutral, tip = spec
        slider = ParamSlider(
            key,
            translate("lab.robustness.spoil_card", name),
            low,
            high,
            step,
            neutral,
            translate("lab.robustness.spoil_card", tip),
        )
        page.sliders[spec[0]] = slider
        card.body.addWidget(slider)
    buttons = QHBoxLayout()
    page.reset_button = QPushButton(translate("lab.robustness.spoil_card", "Reset"))
    page.reset_button.setToolTip(
        translate(
            "lab.robustness.spoil_card", "Put every slider back: the digit as the network saw it"
        )
    )
    page.send_button = QPushButton(translate("lab.robustness.spoil_card", "Send to Draw"))
    page.send_button.setToolTip(
        translate(
            "lab.robustness.spoil_card",
            "Put the spoiled digit on the Draw tab's canvas. The Draw tab crops and centres "
            "every picture again, so a move disappears there; turns, sizes and strokes stay.",
        )
    )
    page.slides_button = QPushButton(translate("lab.robustness.spoil_card", "Export…"))
    page.slides_button.setToolTip(
        translate(
            "lab.robustness.spoil_card",
            "Save an animation for slides: one slider dragged from end to end, from where the "
            "others are now, with both networks' answers",
        )
    )
    buttons.addWidget(page.reset_button)
    buttons.addWidget(page.send_button)
    buttons.addWidget(page.slides_button)
    buttons.addStretch(1)
    card.body.addLayout(buttons)
    card.body.addSpacing(6)
    card.body.addWidget(
        label(
            translate(
                "lab.robustness.spoil_card",
                "Try moving it 3 px to one side: the CNN usually keeps its answer, the plain "
                "network often does not. Then turn it 30°: both start to struggle.",
            ),
            "caption",
            wrap=True,
        )
    )
    card.body.addStretch(1)
    card.setMinimumWidth(320)
    card.setMaximumWidth(440)
    return card
