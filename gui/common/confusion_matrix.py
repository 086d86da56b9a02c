"""ConfusionMatrixView: a 10x10 confusion matrix to click (the Train tab's evaluation, and
Inspect › Two networks). It only shows the matrix it is given; ``model.evaluation`` computes it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from gui.common import style
from gui.common.a11y import KeyboardCursor, describe, set_text_equivalent
from gui.common.i18n import translate
from model import i18n


class ConfusionMatrixView(QWidget):
    """A 10x10 heatmap: row = true digit, column = the network's answer. Click a cell.

    Signals
    -------
    cellClicked(int, int)
        True digit and predicted digit of the clicked cell.
    """

    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(240, 240)
        self.setMouseTracking(True)
        self.setToolTip(
            translate(
                "common.confusion_matrix",
                "Row: the true digit. Column: the network's answer. The diagonal "
                "holds the right answers; click any cell to see those digits.",
            )
        )
        describe(
            self,
            translate("common.confusion_matrix", "Confusion matrix"),
            translate("common.confusion_matrix", "No digits scored yet"),
        )
        self.keys = KeyboardCursor(self, lambda: (10, 10), self._activate, self._cell_words)

    def _activate(self, row: int, col: int) -> None:
        if self.matrix is not None:
            self.selected = (row, col)
            self.update()
            self.cellClicked.emit(row, col)

    def _cell_words(self, row: int, col: int) -> str:
        if self.matrix is None:
            return translate("common.confusion_matrix", "No digits scored yet")
        n = int(self.matrix[row, col])
        if n == 1:
            text = translate("common.confusion_matrix", "true {row}, read as {col}: 1 digit")
        else:
            text = translate("common.confusion_matrix", "true {row}, read as {col}: {n} digits")
        return text.format(row=row, col=col, n=i18n.integer(n))

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_matrix(self, matrix: np.ndarray | None) -> None:
        self.matrix = None if matrix is None else np.asarray(matrix)
        self.selected = None
        if self.matrix is not None:
            total, right = int(self.matrix.sum()), int(np.trace(self.matrix))
            set_text_equivalent(
                self,
                translate(
                    "common.confusion_matrix",
                    "{right} of {total} digits on the diagonal (read right)",
                ).format(right=i18n.integer(right), total=i18n.integer(total)),
            )
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        margin = 34.0
        side = max(10.0, min(self.width(), self.height()) - margin - 4)
        return margin, margin, side / 10

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        left, top, cell = self._geometry()
        col, row = int((x - left) // cell), int((y - top) // cell)
        if x >= left and y >= top and 0 <= row < 10 and 0 <= col < 10:
            return row, col
        return None

    def cell_centre(self, row: int, col: int) -> tuple[float, float]:
        left, top, cell = self._geometry()
        return left + (col + 0.5) * cell, top + (row + 0.5) * cell

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position().x(), event.position().y())
        if hit is not None and self.matrix is not None:
            self.selected = hit
            self.update()
            self.cellClicked.emit(*hit)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.CARD))
        left, top, cell = self._geometry()
        font = QFont(self.font())
        font.setPixelSize(max(8, int(cell * 0.32)))
        painter.setFont(font)
        painter.setPen(QColor(style.MUTED))
        painter.drawText(
            QRectF(left, 0, cell * 10, 14),
            Qt.AlignmentFlag.AlignCenter,
            translate("common.confusion_matrix", "network's answer →"),
        )
        painter.save()
        painter.translate(10, top + cell * 5)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-cell * 5, -8, cell * 10, 16),
            Qt.AlignmentFlag.AlignCenter,
            translate("common.confusion_matrix", "true digit →"),
        )
        painter.restore()
        for i in range(10):
            painter.drawText(
                QRectF(left + i * cell, 14, cell, top - 14), Qt.AlignmentFlag.AlignCenter, str(i)
            )
            painter.drawText(
                QRectF(14, top + i * cell, left - 14, cell), Qt.AlignmentFlag.AlignCenter, str(i)
            )
        m = self.matrix
        if m is None:
            painter.drawText(
                QRectF(left, top, cell * 10, cell * 10),
                Qt.AlignmentFlag.AlignCenter,
                translate("common.confusion_matrix", "Train or evaluate a model\nto fill this in"),
            )
            painter.end()
            return
        rows = np.maximum(m.sum(axis=1, keepdims=True), 1)
        share = m / rows  # colour by the share of each true digit, so rare mistakes show too
        accent, bad = QColor(style.ACCENT), QColor(style.BAD)
        for r in range(10):
            for c in range(10):
                rect = QRectF(left + c * cell, top + r * cell, cell - 1, cell - 1)
                s = float(share[r, c])
                if r == c:
                    colour = QColor(accent)
                    colour.setAlphaF(0.12 + 0.88 * s)
                else:
                    colour = QColor(bad)
                    colour.setAlphaF(0.0 if m[r, c] == 0 else min(1.0, 0.15 + 4 * s))
                painter.fillRect(rect, colour)
                if m[r, c]:
                    painter.setPen(
                        QColor("white")
                        if (r == c and s > 0.5) or (r != c and s > 0.2)
                        else QColor(style.TEXT)
                    )
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(m[r, c])))
        if self.selected is not None:
            r, c = self.selected
            painter.setPen(QColor(style.TEXT))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + c * cell, top + r * cell, cell - 1, cell - 1))
        painter.end()
