"""The "Why this answer" card: the way of asking (Grad-CAM, gradient, occlusion; smoothing)
and which digit to ask about (the network's answer, or any other)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QToolButton, QWidget

from gui.common import style, why
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import FlowLayout
from gui.common.widgets import Card, label
from model.words import with_article

if TYPE_CHECKING:
    from gui.lab.why.page import SaliencyPage

# Translated where they are shown: translate("lab.why.ask_card", METHOD_TIPS[key]).
METHOD_TIPS = {
    "gradcam": QT_TRANSLATE_NOOP(
        "lab.why.ask_card", "Where the last convolution layer found evidence (blurry, steady)"
    ),
    "gradient": QT_TRANSLATE_NOOP(
        "lab.why.ask_card", "Which pixels the score is most sensitive to (sharp, speckled)"
    ),
    "occlusion": QT_TRANSLATE_NOOP(
        "lab.why.ask_card", "Hide each part of the digit and see the answer change (slowest)"
    ),
}
NO_CONV_TIP = QT_TRANSLATE_NOOP(
    "lab.why.ask_card", "Grad-CAM needs a convolutional layer, and this model has none"
)


def build_ask_card(page: SaliencyPage) -> Card:
    """The card's controls, made attributes of ``page`` (which connects them):
    ``method_buttons`` (by method, in ``method_group``), ``smooth_box``, ``class_buttons``
    (0-9, in ``class_group``), ``answer_button`` and ``answer_label``."""
    card = Card(
        translate("lab.why.ask_card", "Why this answer"),
        translate(
            "lab.why.ask_card",
            "Colour marks the parts of your digit that pushed the network towards a digit. "
            "Choose a way of asking, and which digit to ask about: its answer, or another "
            "one (what here looks like a 7?).",
        ),
    )
    card.body.addLayout(_method_row(page))
    card.body.addLayout(_class_row(page))
    return card


def _method_row(page: SaliencyPage) -> QHBoxLayout:
    page.method_group, method_buttons = _segment(
        [(m, translate("common.why", why.METHOD_TITLES[m])) for m in why.METHODS], page
    )
    page.method_buttons = {b.property("key"): b for b in method_buttons}
    for key, button in page.method_buttons.items():
        button.setToolTip(translate("lab.why.ask_card", METHOD_TIPS[key]))
        button.setMinimumWidth(96)
    page.smooth_box = QCheckBox(translate("lab.why.ask_card", "Smooth it"))
    page.smooth_box.setToolTip(
        translate(
            "lab.why.ask_card",
            "Average the gradient over {n} copies of your digit with a little "
            "noise added (SmoothGrad): less speckle",
        ).format(n=why.SMOOTH_COPIES)
    )
    page.smooth_box.setChecked(page.smooth)
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(_row_title(translate("lab.why.ask_card", "Way of asking")))
    for button in method_buttons:
        row.addWidget(button)
    row.addSpacing(12)
    row.addWidget(page.smooth_box)
    row.addStretch(1)
    return row


def _class_row(page: SaliencyPage) -> FlowLayout:
    page.class_group, page.class_buttons = _segment([(d, str(d)) for d in range(10)], page)
    for digit, button in enumerate(page.class_buttons):
        button.setFixedWidth(36)
        button.setToolTip(
            translate("lab.why.ask_card", "Explain what in your digit looks like {num}").format(
                num=with_article(digit)
            )
        )
    page.answer_button = QToolButton()
    page.answer_button.setText(translate("lab.why.ask_card", "Back to the answer"))
    page.answer_button.setToolTip(
        translate("lab.why.ask_card", "Explain the network's own answer again, whatever it is")
    )
    page.answer_button.setCursor(Qt.CursorShape.PointingHandCursor)
    page.answer_label = label("", "muted")
    digits = QWidget()
    digits_row = QHBoxLayout(digits)
    digits_row.setContentsMargins(0, 0, 0, 0)
    digits_row.setSpacing(4)
    digits_row.addWidget(_row_title(translate("lab.why.ask_card", "Explain digit")))
    for button in page.class_buttons:
        digits_row.addWidget(button)
    # The answer and "Back to the answer" go below the digits in a narrow window.
    row = FlowLayout(spacing=12)
    row.addWidget(digits)
    row.addWidget(page.answer_button)
    row.addWidget(page.answer_label)
    return row


def _segment(texts: list[tuple[str, str]], parent: QWidget) -> tuple[QButtonGroup, list]:
    """Exclusive checkable buttons side by side: (key, text) each; the key is a property."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons = []
    for key, text in texts:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setProperty("key", key)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        group.addButton(button)
        buttons.append(button)
    return group, buttons


def _row_title(text: str) -> QWidget:
    words = label(text, "muted")
    style.zoomed_fixed_size(words, width=104)
    return words
