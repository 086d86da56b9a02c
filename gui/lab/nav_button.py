"""The Lab tab's page buttons: ``NavButton``, a checkable button with a bold title and a
wrapped one-line summary under it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from gui.common import style
from gui.common.style import qcolor


class NavButton(QAbstractButton):
    """A checkable page button: the title in bold and a wrapped one-line summary under it."""

    PAD_X, PAD_Y, GAP = 14, 9, 3

    def __init__(self, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setText(title)
        self.summary = summary
        self.setToolTip(summary)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._hover = False

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.0))
        return bold, small

    def _text_heights(self, width: int) -> tuple[int, int]:
        bold, small = self._fonts()
        inner = max(40, width - 2 * self.PAD_X)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(0, 0, inner, 1000, flags, self.text()).height()
        summary = QFontMetrics(small).boundingRect(0, 0, inner, 1000, flags, self.summary).height()
        return title, summary

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        title, summary = self._text_heights(width)
        return title + summary + self.GAP + 2 * self.PAD_Y

    def sizeHint(self) -> QSize:
        return QSize(230, self.heightForWidth(230))

    def enterEvent(self, event) -> None:
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        checked = self.isChecked()
        border = style.ACCENT if (checked or self._hover or self.hasFocus()) else style.CARD_BORDER
        painter.setPen(QPen(qcolor(border), 1))
        painter.setBrush(qcolor(style.ACCENT_SOFT if checked else style.CARD))
        painter.drawRoundedRect(rect, 8, 8)
        if checked:  # an accent bar on the left edge marks the open page
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(style.ACCENT))
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top() + 6, 4, rect.height() - 12), 2, 2
            )
        bold, small = self._fonts()
        title_h, summary_h = self._text_heights(self.width())
        x, y, w = self.PAD_X, self.PAD_Y, self.width() - 2 * self.PAD_X
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        painter.setFont(bold)
        painter.setPen(qcolor(style.ACCENT if checked else style.TEXT))
        painter.drawText(QRectF(x, y, w, title_h), flags, self.text())
        painter.setFont(small)
        painter.setPen(qcolor(style.MUTED))
        painter.drawText(QRectF(x, y + title_h + self.GAP, w, summary_h), flags, self.summary)
