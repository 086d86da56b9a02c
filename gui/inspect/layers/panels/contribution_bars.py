"""``ContributionBars``: signed shares as horizontal bars, red up and blue down (the "Decide" tab's
feature maps that pushed the answer up and held it down)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from gui.common import style


class ContributionBars(QWidget):
    """Horizontal bars of signed contributions with a label each: red up, blue down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float]] = []
        self.decimals = 2
        self.setMinimumHeight(40)

    def set_rows(self, rows: list[tuple[str, float]]) -> None:
        self._rows = rows
        self.setMinimumHeight(18 * len(rows) + 4)
        self.update()

    @property
    def rows(self) -> list[tuple[str, float]]:
        return list(self._rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        biggest = max(abs(v) for _, v in self._rows) or 1.0
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(text) for text, _ in self._rows) + 12.0
        value_w = metrics.horizontalAdvance("+00.00") + 8.0
        track = max(20.0, self.width() - label_w - value_w - 6)
        for i, (text, v) in enumerate(self._rows):
            y = 2 + i * 18
            painter.setPen(QColor(style.TEXT))
            painter.drawText(
                QRectF(0, y, label_w - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            width = abs(v) / biggest * track
            painter.fillRect(
                QRectF(label_w, y + 3, width, 11), QColor("#ef4444" if v > 0 else "#3b82f6")
            )
            painter.drawText(
                QRectF(label_w + width + 4, y, value_w, 16),
                Qt.AlignmentFlag.AlignVCenter,
                f"{v + 0.0:+.{self.decimals}f}",
            )
        painter.end()
