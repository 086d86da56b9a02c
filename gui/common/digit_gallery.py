"""DigitGallery: thumbnails of test digits (those of a confusion matrix's cell, or on which two
networks disagree); clicking one asks for it on the Draw tab."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from gui.common.i18n import translate
from gui.common.imageconv import gray_to_qimage


class DigitGallery(QListWidget):
    """Thumbnails of test digits; clicking one asks for it to be shown on the Draw tab.

    Signals
    -------
    digitChosen(int)
        The index of the clicked digit in the test set.
    """

    digitChosen = Signal(int)
    MAX_SHOWN = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(48, 48))
        self.setGridSize(QSize(60, 72))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setToolTip(
            translate(
                "common.digit_gallery", "Click a digit to load it into the Draw and Inspect tabs"
            )
        )
        self.setAccessibleName(translate("common.digit_gallery", "Digits"))
        self.itemClicked.connect(self._on_self_itemClicked)

    def show_digits(self, images: np.ndarray, indices: np.ndarray, caption: str = "") -> None:
        """Show the test digits at ``indices`` (at most ``MAX_SHOWN``)."""
        from PySide6.QtGui import QIcon, QPixmap

        self.clear()
        for i in np.asarray(indices)[: self.MAX_SHOWN]:
            pixmap = QPixmap.fromImage(
                gray_to_qimage(images[int(i)]).scaled(
                    48,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
            item = QListWidgetItem(QIcon(pixmap), f"#{int(i)}")
            item.setData(Qt.ItemDataRole.UserRole, int(i))
            item.setToolTip(
                translate(
                    "common.digit_gallery", "test digit #{index}{caption}: click to draw with it"
                ).format(index=int(i), caption=caption)
            )
            self.addItem(item)

    def keyPressEvent(self, event) -> None:
        # Enter on the current digit does what a click does (the arrow keys move to it).
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._on_self_itemClicked(item)
            return
        super().keyPressEvent(event)

    def _on_self_itemClicked(self, item: QListWidgetItem) -> None:
        self.digitChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
