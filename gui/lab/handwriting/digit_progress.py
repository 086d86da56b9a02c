"""``DigitProgress``: ten cells, one per digit, with how many samples of it there are so far;
clicking one asks for that digit next."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common import style
from gui.common.a11y import KeyboardCursor, describe, set_text_equivalent
from gui.common.i18n import translate
from gui.common.style import qcolor

DIGITS = range(10)


class DigitProgress(QWidget):
    """Ten cells, one per digit: how many samples of it so far out of the number asked.

    Signals
    -------
    digitClicked(int)
        A cell was clicked: the user wants to draw that digit next.
    """

    digitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = np.zeros(10, np.int64)
        self.wanted = 5
        self.current: int | None = None
        self.setMinimumSize(10 * 34, 58)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            translate(
                "lab.handwriting.digit_progress",
                "Samples of each digit so far. Click a digit to draw that one next.",
            )
        )
        describe(self, translate("lab.handwriting.digit_progress", "Samples of each digit"))
        self.keys = KeyboardCursor(
            self, lambda: (1, 10), lambda _r, d: self.digitClicked.emit(d), self._digit_words
        )

    def _digit_words(self, _row: int, digit: int) -> str:
        return translate("lab.handwriting.digit_progress", "{numeral}: {n} of {wanted}").format(
            numeral=digit, n=int(self.counts[digit]), wanted=self.wanted
        )

    def sizeHint(self) -> QSize:
        return QSize(10 * 40, 58)

    def set_state(self, counts: np.ndarray, wanted: int, current: int | None) -> None:
        self.counts, self.wanted, self.current = np.asarray(counts), int(wanted), current
        set_text_equivalent(self, ", ".join(self._digit_words(0, d) for d in range(10)))
        self.update()

    def _cell(self, digit: int) -> QRectF:
        w = self.width() / 10
        return QRectF(digit * w + 2, 1, w - 4, self.height() - 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        digit = int(event.position().x() // max(1.0, self.width() / 10))
        if 0 <= digit <= 9:
            self.digitClicked.emit(digit)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        big = QFont(self.font())
        big.setPixelSize(18)
        big.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(11)
        for digit in DIGITS:
            rect = self._cell(digit)
            n = int(self.counts[digit])
            done = n >= self.wanted
            current = digit == self.current
            painter.setPen(QPen(qcolor(style.ACCENT if current else style.CARD_BORDER), 1.5))
            painter.setBrush(qcolor(style.ACCENT_SOFT if current else style.CARD))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setFont(big)
            painter.setPen(qcolor(style.ACCENT if current else style.TEXT))
            painter.drawText(
                QRectF(rect.left(), rect.top() + 2, rect.width(), 24),
                int(Qt.AlignmentFlag.AlignCenter),
                str(digit),
            )
            painter.setFont(small)
            painter.setPen(qcolor(style.GOOD if done else style.MUTED))
            painter.drawText(
                QRectF(rect.left(), rect.top() + 25, rect.width(), 14),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{n}/{self.wanted}",
            )
            track = QRectF(rect.left() + 6, rect.bottom() - 9, rect.width() - 12, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(style.BAR_TRACK))
            painter.drawRoundedRect(track, 2, 2)
            fill = min(1.0, n / max(1, self.wanted))
            if fill > 0:
                painter.setBrush(qcolor(style.GOOD if done else style.ACCENT))
                painter.drawRoundedRect(
                    QRectF(track.left(), track.top(), track.width() * fill, 4), 2, 2
                )
        painter.end()
