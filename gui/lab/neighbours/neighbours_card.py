"""The "Nearest training digits" card: indexing progress (Stop, Index again), the verdict,
your digit beside its nearest training digits by the network's features and by raw pixels,
and what the index is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout

from gui.common.i18n import translate
from gui.common.pixel_view import PixelView
from gui.common.widgets import Card, TextView, label
from gui.lab.neighbours.tiles import TILE, TILE_MAX, TILE_MIN, NeighbourRow

if TYPE_CHECKING:
    from gui.lab.neighbours.page import NeighboursPage

NEIGHBOURS = 10


def build_neighbours_card(page: NeighboursPage) -> Card:
    """The card's parts, made attributes of ``page`` (which connects them): ``progress``,
    ``progress_text``, ``stop_button`` and ``build_button`` (indexing), ``verdict``,
    ``yours`` (your digit), ``network_row`` and ``pixels_row`` (the nearest digits, with
    their titles and captions), ``pixels_box`` (whether to show the second row) and
    ``about`` (what the index is)."""
    card = Card(
        translate("lab.neighbours.neighbours_card", "Nearest training digits"),
        translate(
            "lab.neighbours.neighbours_card",
            "The network sums up every digit as a list of numbers: the output of its last "
            "hidden layer, the features it found. Digits with similar lists are alike to the "
            "network, whatever their exact pixels. These are the training digits whose lists "
            "are closest to your digit's. Click one to load it into the Draw tab.",
        ),
    )
    page.verdict = TextView(lines=2, pixel_size=18, bold=True)
    progress_row = _progress_row(page)
    gallery = _gallery(page)
    card.body.addLayout(progress_row)
    card.body.addWidget(page.verdict)
    card.body.addLayout(gallery)
    page.about = label("", "caption", wrap=True)
    card.body.addSpacing(6)
    card.body.addWidget(page.about)
    return card


def _progress_row(page: NeighboursPage) -> QHBoxLayout:
    page.progress = QProgressBar()
    page.progress.setStyleSheet(
        "QProgressBar { max-width: 16777215px; min-width: 200px; min-height: 8px; }"
    )
    page.progress.setTextVisible(False)
    page.progress_text = label("", "muted")
    page.stop_button = QPushButton(translate("lab.neighbours.neighbours_card", "Stop"))
    page.stop_button.setToolTip(
        translate("lab.neighbours.neighbours_card", "Stop indexing the training digits")
    )
    page.build_button = QPushButton(
        translate("lab.neighbours.neighbours_card", "Index the training digits")
    )
    page.build_button.setToolTip(
        translate(
            "lab.neighbours.neighbours_card",
            "Run every training digit of the sample through the network",
        )
    )
    row = QHBoxLayout()
    row.addWidget(page.progress_text)
    row.addWidget(page.progress, 1)
    row.addWidget(page.stop_button)
    row.addWidget(page.build_button)
    row.addStretch(0)
    return row


def _gallery(page: NeighboursPage) -> QHBoxLayout:
    page.network_title = label(
        translate("lab.neighbours.neighbours_card", "Closest to the network"), "labTitle"
    )
    page.network_row = NeighbourRow(NEIGHBOURS)
    page.network_caption = label(
        translate(
            "lab.neighbours.neighbours_card",
            "Under each digit: its label and its similarity to yours (1.00 = the same to the "
            "network, 0 = nothing in common).",
        ),
        "caption",
        wrap=True,
    )
    page.pixels_box = QCheckBox(
        translate("lab.neighbours.neighbours_card", "Compare with the nearest digits by raw pixels")
    )
    page.pixels_box.setToolTip(
        translate(
            "lab.neighbours.neighbours_card",
            "Also find the training digits whose pixels are most like yours, with no network",
        )
    )
    page.pixels_box.setChecked(True)
    page.pixels_title = label(
        translate("lab.neighbours.neighbours_card", "Closest by raw pixels"), "labTitle"
    )
    page.pixels_row = NeighbourRow(NEIGHBOURS)
    page.pixels_caption = label(
        translate(
            "lab.neighbours.neighbours_card",
            "Raw pixels only count ink on the same spots. Move your digit a few pixels (the "
            "Inspect tab's shift demo can load a moved copy): this row changes a lot, the "
            "network's hardly.",
        ),
        "caption",
        wrap=True,
    )
    page.yours = PixelView(
        TILE + 24, minimum=TILE_MIN + 24, maximum=TILE_MAX + 24, follow_width=True
    )
    yours = QVBoxLayout()
    yours.setSpacing(4)
    yours.addWidget(label(translate("lab.neighbours.neighbours_card", "Your digit"), "labTitle"))
    yours.addWidget(page.yours)
    yours.addStretch(1)
    rows = QVBoxLayout()
    rows.setSpacing(6)
    rows.addWidget(page.network_title)
    rows.addWidget(page.network_row)
    rows.addWidget(page.network_caption)
    rows.addSpacing(6)
    rows.addWidget(page.pixels_box)
    rows.addWidget(page.pixels_title)
    rows.addWidget(page.pixels_row)
    rows.addWidget(page.pixels_caption)
    gallery = QHBoxLayout()
    gallery.setSpacing(16)
    # Your digit a little larger than a tile, as the tiles grow and shrink.
    gallery.addLayout(yours, 1)
    gallery.addLayout(rows, 9)
    return gallery
