"""ProbabilityBars: the network's ten votes as horizontal bars, the winner highlighted and a
known true label marked."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common import style
from gui.common.a11y import describe, set_text_equivalent
from gui.common.i18n import translate
from gui.common.widgets import percent
from model.readout import votes_text

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Widths at zoom 1; ``_widths`` scales them with the font (presenter mode, the zoom).
_DIGIT_W, _VALUE_W, _TAG_W = 26.0, 62.0, 40.0


def _true_word() -> str:
    """The tag beside the digit a test picture really is (painted, so translated here)."""
    return translate("common.probability_bars", "true", "the digit a test picture really is")


class ProbabilityBars(QWidget):
    """Ten horizontal bars, one per digit, the winner highlighted.

    Signals
    -------
    predictionShown(int)
        Emitted after painting a prediction, with its sequence number: the moment the user can
        see it (benchmarks measure stroke-to-screen latency with it).
    """

    predictionShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._probabilities: np.ndarray | None = None
        self._seq = -1
        self._true_label: int | None = None
        self._cache: QPixmap | None = None
        self._cache_key: tuple = ()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Ten rows of 17 px still read well; the window may be short (a 1280x720 laptop).
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(
            translate(
                "common.probability_bars",
                "How strongly the network votes for each digit. The ten votes add up "
                "to 100 %; the longest bar is its answer.",
            )
        )
        describe(
            self, translate("common.probability_bars", "The network's votes"), votes_text(None)
        )

    def sizeHint(self) -> QSize:
        return QSize(380, 300)

    @property
    def probabilities(self) -> np.ndarray | None:
        return self._probabilities

    def set_probabilities(self, probabilities: np.ndarray | None, seq: int = -1) -> None:
        """Show ten probabilities (or empty bars for None)."""
        self._probabilities = None if probabilities is None else np.asarray(probabilities)
        self._seq = seq
        # Read out as "5: 90 %, next 7: 1.4 %" (``model.readout``).
        set_text_equivalent(self, votes_text(self._probabilities))
        self.update()

    def set_true_label(self, label: int | None) -> None:
        """Mark the digit that is known to be right (a test digit's label), or none."""
        if label != self._true_label:
            self._true_label = label
            self.update()

    def _widths(self) -> tuple[float, float, float]:
        """The digit's, the value's and the tag's columns, for the current font."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        return (
            max(_DIGIT_W, metrics.horizontalAdvance("9") + 12),
            max(_VALUE_W, metrics.horizontalAdvance("> 99.9 %") + 8),
            max(_TAG_W, metrics.horizontalAdvance(_true_word()) + 14),
        )

    def _layout(self) -> tuple[float, float, float, float]:
        """Row height, top of the first row, left and width of the bar tracks."""
        row_h = min(34.0, self.height() / 10)
        top = (self.height() - 10 * row_h) / 2
        digit_w, value_w, tag_w = self._widths()
        track_w = max(10.0, self.width() - digit_w - 8 - value_w - tag_w)
        return row_h, top, digit_w + 8, track_w

    def _background(self) -> QPixmap:
        # Digits and empty tracks never change: painted once per size, font and theme, then
        # blitted.
        dpr = self.devicePixelRatioF()
        key = (style.THEME.name, self.font().key())
        if (
            self._cache is not None
            and self._cache.devicePixelRatio() == dpr
            and self._cache.deviceIndependentSize().toSize() == self.size()
            and self._cache_key == key
        ):
            return self._cache
        self._cache_key = key
        pixmap = QPixmap(self.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_h, top, left, track_w = self._layout()
        bar_h = self._bar_height(row_h)
        painter.setFont(self.font())
        for digit in range(10):
            y = top + digit * row_h
            painter.setPen(QColor(style.TEXT))
            painter.drawText(QRectF(0, y, left - 8, row_h), _RIGHT, str(digit))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.BAR_TRACK))
            painter.drawRoundedRect(
                QRectF(left, y + (row_h - bar_h) / 2, track_w, bar_h), bar_h / 2, bar_h / 2
            )
        painter.end()
        self._cache = pixmap
        return pixmap

    @staticmethod
    def _bar_height(row_h: float) -> float:
        return max(6.0, min(16.0, row_h * 0.5))

    def resizeEvent(self, event) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(style.CARD))
        painter.drawPixmap(0, 0, self._background())
        probs = self._probabilities
        row_h, top, left, track_w = self._layout()
        bar_h = self._bar_height(row_h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        winner = int(np.argmax(probs)) if probs is not None else -1
        _digit_w, value_w, tag_w = self._widths()
        for digit in range(10):
            y = top + digit * row_h
            is_winner = digit == winner
            if is_winner:  # over the plain digit of the background
                painter.fillRect(QRectF(0, y, left - 6, row_h), QColor(style.CARD))
                painter.setFont(bold)
                painter.setPen(QColor(style.ACCENT))
                painter.drawText(QRectF(0, y, left - 8, row_h), _RIGHT, str(digit))
            if probs is not None:
                p = float(probs[digit])
                if p > 0.002:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(style.ACCENT if is_winner else style.BAR_FILL))
                    painter.drawRoundedRect(
                        QRectF(left, y + (row_h - bar_h) / 2, max(bar_h, track_w * p), bar_h),
                        bar_h / 2,
                        bar_h / 2,
                    )
                text = percent(p)
            else:
                text = "–"
            painter.setFont(bold if is_winner else self.font())
            painter.setPen(QColor(style.TEXT if is_winner else style.MUTED))
            painter.drawText(QRectF(left + track_w, y, value_w, row_h), _RIGHT, text)
            if digit == self._true_label:
                painter.setFont(bold)
                painter.setPen(QColor(style.GOOD))
                painter.drawText(
                    QRectF(self.width() - tag_w + 8, y, tag_w - 8, row_h), _LEFT, _true_word()
                )
        painter.end()
        if probs is not None:
            self.predictionShown.emit(self._seq)
