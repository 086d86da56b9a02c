"""``ColorLegend``: a colour bar that says what the colours of a ``MapGrid`` mean."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from gui.common import style
from gui.common.maps.colors import ColorScale, fmt, rgba_to_qimage


class ColorLegend(QWidget):
    """A horizontal colour bar with its low end, zero and high end labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale: ColorScale | None = None
        self._caption = ""
        self.setFixedHeight(34)
        self.setMinimumWidth(200)

    def set_scale(self, scale: ColorScale | None, caption: str = "") -> None:
        self._scale, self._caption = scale, caption
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._scale is None:
            return
        s = self._scale
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        bar = QRectF(40, 2, min(220.0, self.width() * 0.45), 12)
        ramp = np.linspace(s.low, s.high, 256)[np.newaxis]
        painter.drawImage(bar, rgba_to_qimage(s.rgba(ramp)))
        painter.setPen(QColor(style.CARD_BORDER))
        painter.drawRect(bar)
        painter.setPen(QColor(style.MUTED))
        below = QRectF(0, 16, 0, 14)

        def tick(value: float, text: str) -> None:
            x = bar.left() + (value - s.low) / ((s.high - s.low) or 1) * bar.width()
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3))
            painter.drawText(
                QRectF(x - 40, below.top(), 80, below.height()), Qt.AlignmentFlag.AlignCenter, text
            )

        tick(s.low, fmt(s.low))
        tick(s.high, fmt(s.high))
        if s.low < 0 < s.high:
            tick(0.0, "0")
        painter.drawText(
            QRectF(bar.right() + 14, 0, self.width() - bar.right() - 14, 30),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self._caption,
        )
        painter.end()
