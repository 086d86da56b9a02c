"""The nearest digits on screen: ``NeighbourTile`` (one training digit, its label and
similarity; click to draw on it) and ``NeighbourRow`` (a row of them)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from gui.common import style
from gui.common.a11y import KeyboardCursor, describe
from gui.common.i18n import translate
from gui.common.pixel_view import PixelView
from gui.common.widgets import label
from model import i18n

TILE = 72
# A tile's smallest and largest sides (it follows the page's width).
TILE_MIN, TILE_MAX = 40, 136


class NeighbourTile(QFrame):
    """One training digit: its picture, label and similarity; clicking it emits ``clicked``."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neighbourTile")
        self.setStyleSheet(
            f"QFrame#neighbourTile {{ border: 1px solid {style.CARD_BORDER}; border-radius: 6px; }}"
            f"QFrame#neighbourTile:hover {{ border: 1px solid {style.ACCENT}; }}"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Ten to a row at any width: small on a laptop, larger on a big screen.
        self.view = PixelView(TILE, minimum=TILE_MIN, maximum=TILE_MAX, follow_width=True)
        self.caption = label("", "caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 3)
        box.setSpacing(2)
        box.addWidget(self.view)
        box.addWidget(self.caption)
        self.digit: int | None = None
        describe(self, translate("lab.neighbours.tiles", "Training digit"))
        self.keys = KeyboardCursor(self, lambda: (1, 1), lambda _r, _c: self._on_activated())

    def _on_activated(self) -> None:
        if self.digit is not None:
            self.clicked.emit()

    def show_digit(self, pixels: np.ndarray | None, digit: int, similarity: float) -> None:
        self.view.set_array(pixels)
        self.digit = None if pixels is None else int(digit)
        if pixels is None:
            self.caption.setText("")
            self.setToolTip("")
            return
        self.caption.setText(f"<b>{digit}</b> &nbsp;{i18n.number(similarity, 2)}")
        self.setAccessibleName(
            translate("lab.neighbours.tiles", "A training {num}, similarity {similarity}").format(
                num=digit, similarity=i18n.number(similarity, 2)
            )
        )
        self.setToolTip(
            translate(
                "lab.neighbours.tiles",
                "A training {num}, similarity {similarity} (1 = the same to the network). "
                "Click to load it into the Draw tab.",
            ).format(num=digit, similarity=i18n.number(similarity, 3))
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.digit is not None:
            self.clicked.emit()


class NeighbourRow(QWidget):
    """A titled row of ``NeighbourTile``s.

    Signals
    -------
    picked(int)
        The tile at this position was clicked.
    """

    picked = Signal(int)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = [NeighbourTile() for _ in range(count)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for i, tile in enumerate(self.tiles):
            tile.clicked.connect(lambda i=i: self.picked.emit(i))
            row.addWidget(tile, 1)

    def show_neighbours(self, found: dict[str, Any] | None) -> None:
        for i, tile in enumerate(self.tiles):
            if found is None or i >= len(found["labels"]):
                tile.show_digit(None, 0, 0.0)
            else:
                tile.show_digit(found["images"][i], found["labels"][i], found["similarities"][i])
