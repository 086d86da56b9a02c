"""``MiniBars``: ten small vertical bars, 0 to 9, for one read-out (What each layer knows)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common import style


class MiniBars(QWidget):
    """Ten small vertical bars, 0 to 9, for one read-out; the highest in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.probabilities: np.ndarray | None = None
        self.setMinimumSize(150, 40)
        self.setMaximumHeight(48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 44)

    def set_probabilities(self, probabilities: np.ndarray | None) -> None:
        self.probabilities = None if probabilities is None else np.asarray(probabilities)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        small = QFont(self.font())
        small.setPixelSize(10)
        painter.setFont(small)
        slot = self.width() / 10
        label_h = 13
        top, bottom = 2.0, self.height() - label_h
        p = self.probabilities
        best = None if p is None else int(np.argmax(p))
        for d in range(10):
            x = d * slot
            bar = QRectF(x + slot * 0.18, top, slot * 0.64, bottom - top)
            painter.fillRect(bar, QColor(style.BAR_TRACK))
            if p is not None:
                h = (bottom - top) * float(np.clip(p[d], 0.0, 1.0))
                colour = style.ACCENT if d == best else style.BAR_FILL
                painter.fillRect(QRectF(bar.left(), bottom - h, bar.width(), h), QColor(colour))
            painter.setPen(QColor(style.TEXT if d == best else style.MUTED))
            painter.drawText(QRectF(x, bottom, slot, label_h), Qt.AlignmentFlag.AlignCenter, str(d))
        painter.end()
