"""The "Collect your digits" card of "Your handwriting": the samples folder, the digit asked
for, the canvas with Accept / Clear / Skip and what will be saved, and how many samples of
each digit there are so far."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QVBoxLayout

from gui.common import style
from gui.common.i18n import translate
from gui.common.pixel_view import PixelView
from gui.common.widgets import GRID, Card, ElidedLabel, TextView, label
from gui.lab.handwriting.digit_progress import DigitProgress
from gui.lab.handwriting.square_canvas import SquareCanvas
from gui.lab.handwriting.widgets import button

if TYPE_CHECKING:
    from gui.lab.handwriting.page import TeachPage

SIDE_WIDTH = 112


def build_collect_card(page: TeachPage) -> Card:
    """The card's parts, made attributes of ``page`` (which connects them): ``folder_label``
    and ``choose_button`` (the samples folder), ``prompt_label``, ``prompt_detail`` and
    ``per_digit`` (the digit asked for), ``canvas``, ``accept_button``, ``clear_button``,
    ``skip_button``, ``preview`` and ``reads`` (drawing it), ``progress_cells`` (the samples
    so far)."""
    folder_row = _folder_row(page)
    prompt_row = _prompt_row(page)
    draw_row = _draw_row(page)
    page.progress_cells = DigitProgress()
    card = Card(
        translate("lab.handwriting.collect_card", "Collect your digits"),
        translate(
            "lab.handwriting.collect_card",
            "Draw each digit the way you usually write it. A few of them are kept aside, never "
            "trained on, to test the result fairly.",
        ),
    )
    card.body.addLayout(folder_row)
    card.body.addLayout(prompt_row)
    card.body.addLayout(draw_row)
    card.body.addSpacing(4)
    card.body.addWidget(
        label(
            translate(
                "lab.handwriting.collect_card", "Samples so far; click a digit to draw it next"
            ),
            "caption",
        )
    )
    card.body.addWidget(page.progress_cells)
    card.body.addWidget(
        label(
            translate(
                "lab.handwriting.collect_card",
                "Write the way you normally do: the point is to teach the network your style. "
                "Digits it misreads are the most useful ones.",
            ),
            "caption",
            wrap=True,
        )
    )
    card.body.addStretch(1)
    return card


def _folder_row(page: TeachPage) -> QHBoxLayout:
    # A long path gives way to "…" in its middle, rather than being cut off mid-word.
    page.folder_label = ElidedLabel("", "muted")
    page.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    page.choose_button = button(
        translate("lab.handwriting.collect_card", "Choose folder…"),
        translate(
            "lab.handwriting.collect_card",
            "Pick an empty folder for a new set of samples, or one that already holds yours",
        ),
    )
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(label(translate("lab.handwriting.collect_card", "Samples folder:"), None))
    row.addWidget(page.folder_label, 1)
    row.addWidget(page.choose_button)
    return row


def _prompt_row(page: TeachPage) -> QHBoxLayout:
    page.prompt_label = TextView(1, 22, bold=True)
    # Two lines: the card may be narrow (a 1280 px window) and the line must not be cut.
    page.prompt_detail = TextView(2, colour=style.MUTED)
    page.per_digit = QSpinBox()
    page.per_digit.setRange(1, 50)
    page.per_digit.setValue(max(1, min(50, page.teach_settings.per_digit)))
    page.per_digit.setToolTip(
        translate("lab.handwriting.collect_card", "How many samples of each digit to ask for")
    )
    page.per_digit.setAccessibleName(
        translate("lab.handwriting.collect_card", "Samples of each digit")
    )
    row = QHBoxLayout()
    words = QVBoxLayout()
    words.setSpacing(0)
    words.addWidget(page.prompt_label)
    words.addWidget(page.prompt_detail)
    row.addLayout(words, 1)
    per_digit_box = QVBoxLayout()
    per_digit_box.setSpacing(2)
    per_digit_box.addWidget(
        label(translate("lab.handwriting.collect_card", "Per digit"), "caption")
    )
    per_digit_box.addWidget(page.per_digit)
    row.addLayout(per_digit_box)
    return row


def _draw_row(page: TeachPage) -> QHBoxLayout:
    page.canvas = SquareCanvas(pen_width=22)
    page.canvas.setMinimumSize(240, 240)
    page.preview = PixelView(SIDE_WIDTH)
    page.preview.setToolTip(
        translate(
            "lab.handwriting.collect_card", "What will be saved: the {grid} input the network reads"
        ).format(grid=GRID)
    )
    page.reads = TextView(3, colour=style.MUTED)
    page.accept_button = button(
        translate("lab.handwriting.collect_card", "Accept"),
        translate(
            "lab.handwriting.collect_card",
            "Save this drawing as a sample of the digit asked for (Enter)",
        ),
        primary=True,
    )
    page.clear_button = button(
        translate("lab.handwriting.collect_card", "Clear"),
        translate("lab.handwriting.collect_card", "Wipe the canvas"),
    )
    page.skip_button = button(
        translate("lab.handwriting.collect_card", "Skip"),
        translate("lab.handwriting.collect_card", "Ask for another digit now and this one later"),
    )
    side = QVBoxLayout()
    side.setSpacing(6)
    for widget in (page.accept_button, page.clear_button, page.skip_button):
        widget.setFixedWidth(SIDE_WIDTH)
        side.addWidget(widget)
    side.addSpacing(10)
    side.addWidget(label(translate("lab.handwriting.collect_card", "Will be saved as"), "caption"))
    side.addWidget(page.preview)
    side.addWidget(page.reads)
    side.addStretch(1)
    page.reads.setFixedWidth(SIDE_WIDTH)
    row = QHBoxLayout()
    row.setSpacing(12)
    row.addWidget(page.canvas, 1)
    row.addLayout(side)
    return row
