"""``SampleGallery``: every sample of the open samples folder as its 28x28 picture and digit,
those kept aside to test marked "test"."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.imageconv import gray_to_qimage
from gui.common.style import qcolor
from model.i18n import integer
from model.words import with_article

ICON = 56


class SampleGallery(QListWidget):
    """The samples as icons; one can be selected (``selected_id``, ``select_sample``).

    Each sample's icon is made once and kept while the sample exists (``forget_icons`` drops
    them all, for another folder).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(ICON, ICON))
        self.setGridSize(QSize(ICON + 18, ICON + 26))
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        self.setMinimumHeight(150)
        self._icons: dict[int, QIcon] = {}

    def selected_id(self) -> int | None:
        """The id of the selected sample, or None."""
        items = self.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select_sample(self, sample_id: int) -> None:
        """Select the sample ``sample_id`` (nothing happens if it is not shown)."""
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == sample_id:
                self.setCurrentItem(item)
                return

    def forget_icons(self) -> None:
        """Drop every icon made so far (another folder is open: its ids mean other samples)."""
        self._icons.clear()

    def show_samples(self, dataset: Any) -> None:
        """Show every sample of ``dataset`` (a ``PersonalDataset``, or None for none), keeping
        the selection."""
        selected = self.selected_id()
        self.clear()
        samples = dataset.samples if dataset is not None else []
        alive = set()
        for s in samples:
            alive.add(s.id)
            icon = self._icons.get(s.id)
            if icon is None:
                icon = self._icons[s.id] = sample_icon(dataset.image(s.id))
            text = translate("lab.handwriting.gallery", "{numeral} · test").format(numeral=s.label)
            item = QListWidgetItem(icon, text if s.held_out else str(s.label))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            tip = (
                translate(
                    "lab.handwriting.gallery",
                    "Sample {id}: {numeral}; kept aside to test, never trained on",
                )
                if s.held_out
                else translate("lab.handwriting.gallery", "Sample {id}: {numeral}; trained on")
            )
            item.setToolTip(tip.format(id=s.id, numeral=with_article(s.label)))
            if s.held_out:
                item.setForeground(qcolor(style.ACCENT))
            self.addItem(item)
        self._icons = {k: v for k, v in self._icons.items() if k in alive}
        if selected is not None:
            self.select_sample(selected)


def gallery_note(dataset: Any) -> str:
    """Under the gallery: how many samples, how many kept aside, and the folder's first
    warning."""
    if dataset is None:
        return translate("lab.handwriting.gallery", "No samples folder open.")
    train, held = int(dataset.counts("train").sum()), int(dataset.counts("held_out").sum())
    note = (
        translate(
            "lab.handwriting.gallery", "1 sample: {train} to train on, {held} kept aside to test."
        )
        if train + held == 1
        else translate(
            "lab.handwriting.gallery",
            "{n} samples: {train} to train on, {held} kept aside to test.",
        )
    ).format(n=integer(train + held), train=integer(train), held=integer(held))
    if dataset.warnings:
        note += " " + dataset.warnings[0]
    return note


def sample_icon(image: np.ndarray) -> QIcon:
    """A sample's 28x28 picture, enlarged with crisp pixels, as an icon."""
    pixmap = QPixmap.fromImage(
        gray_to_qimage(image).scaled(
            ICON,
            ICON,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )
    return QIcon(pixmap)
