"""The "Your samples" card of "Your handwriting": every sample saved so far, and the selected
one's label to change, or the sample to delete (with undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

from gui.common.i18n import translate
from gui.common.layouts import FlowLayout
from gui.common.widgets import Card, label
from gui.lab.handwriting.gallery import SampleGallery
from gui.lab.handwriting.widgets import button

if TYPE_CHECKING:
    from gui.lab.handwriting.page import TeachPage


def build_gallery_card(page: TeachPage) -> Card:
    """The card's parts, made attributes of ``page`` (which connects them): ``gallery``,
    ``gallery_note``, ``relabel_box``, ``relabel_button``, ``delete_button`` and
    ``undo_button``."""
    page.gallery = SampleGallery()
    page.gallery.setAccessibleName(translate("lab.handwriting.gallery_card", "Your samples"))
    page.relabel_box = QComboBox()
    page.relabel_box.addItems([str(d) for d in range(10)])
    page.relabel_box.setToolTip(
        translate("lab.handwriting.gallery_card", "The digit the selected sample really shows")
    )
    page.relabel_button = button(
        translate("lab.handwriting.gallery_card", "Change label"),
        translate(
            "lab.handwriting.gallery_card", "Give the selected sample the digit chosen on the left"
        ),
    )
    page.delete_button = button(
        translate("lab.handwriting.gallery_card", "Delete…"),
        translate("lab.handwriting.gallery_card", "Delete the selected sample"),
    )
    page.undo_button = button(
        translate("lab.handwriting.gallery_card", "Undo delete"),
        translate("lab.handwriting.gallery_card", "Bring back the sample just deleted"),
    )
    # Wraps onto two lines in a narrow window rather than widen the page.
    row = FlowLayout(spacing=6)
    row.addWidget(label(translate("lab.handwriting.gallery_card", "Selected sample:"), "muted"))
    row.addWidget(page.relabel_box)
    row.addWidget(page.relabel_button)
    row.addWidget(page.delete_button)
    row.addWidget(page.undo_button)
    page.gallery_note = label("", "caption")
    card = Card(
        translate("lab.handwriting.gallery_card", "Your samples"),
        translate(
            "lab.handwriting.gallery_card",
            "Each picture is the 28 × 28 input saved for a sample, with its digit; those "
            "marked “test” are kept aside. Select one to fix its label or delete it.",
        ),
    )
    card.body.addWidget(page.gallery, 1)
    card.body.addWidget(page.gallery_note)
    card.body.addLayout(row)
    return card
