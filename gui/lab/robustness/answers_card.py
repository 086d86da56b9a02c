"""The "Two networks, one spoiled digit" card of the Robustness lab: the spoiled 28x28 both
networks are given, and each network's answer on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from gui.common.i18n import translate
from gui.common.pixel_view import PixelView
from gui.common.widgets import GRID, Card, label
from gui.lab.robustness.answer_column import COMPARISON_COLOUR, CURRENT_COLOUR, answer_column

if TYPE_CHECKING:
    from gui.lab.robustness.page import RobustnessPage


def build_answers_card(page: RobustnessPage) -> Card:
    """The card's parts, made attributes of ``page`` (which connects them): ``view`` (the spoiled
    digit), ``changes`` (what was done to it), ``current_column`` and ``comparison_column``
    (each network's answer), ``choose_button`` and ``go_draw_button``."""
    card = Card(
        translate("lab.robustness.answers_card", "Two networks, one spoiled digit"),
        translate(
            "lab.robustness.answers_card",
            "Green: the answer survived the change. Orange: the network changed its mind.",
        ),
    )
    page.view = PixelView(168, grid=True, minimum=140, maximum=280, follow_width=True)
    page.view.setToolTip(
        translate(
            "lab.robustness.answers_card",
            "The spoiled digit, {grid} pixels: what both networks are given",
        ).format(grid=GRID)
    )
    page.changes = label("", "caption", wrap=True)
    picture = QVBoxLayout()
    picture.setSpacing(4)
    picture.addWidget(label(translate("lab.robustness.answers_card", "What they see"), "muted"))
    picture.addWidget(page.view)
    picture.addWidget(page.changes)
    picture.addStretch(1)
    page.current_column = answer_column(CURRENT_COLOUR)
    page.comparison_column = answer_column(COMPARISON_COLOUR)
    page.choose_button = QPushButton(translate("lab.robustness.answers_card", "Compare with…"))
    page.choose_button.setToolTip(
        translate(
            "lab.robustness.answers_card", "Choose another model file (.keras) to compare with"
        )
    )
    comparison_box = QVBoxLayout()
    comparison_box.setSpacing(4)
    comparison_box.addWidget(page.comparison_column, 1)
    comparison_box.addWidget(page.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
    current_box = QVBoxLayout()
    current_box.setSpacing(4)
    current_box.addWidget(page.current_column, 1)
    page.go_draw_button = QPushButton(translate("lab.robustness.answers_card", "Go to Draw"))
    page.go_draw_button.setToolTip(
        translate("lab.robustness.answers_card", "Draw or open a digit on the Draw tab")
    )
    current_box.addWidget(page.go_draw_button, 0, Qt.AlignmentFlag.AlignLeft)
    row = QHBoxLayout()
    row.setSpacing(18)
    # The picture takes a share of a wide window too, up to its largest.
    row.addLayout(picture, 2)
    row.addLayout(current_box, 3)
    row.addLayout(comparison_box, 3)
    card.body.addLayout(row, 1)
    return card
