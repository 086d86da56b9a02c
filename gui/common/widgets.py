"""Small reusable widgets: cards, an expander, a pixel view and the probability bars.

They only display what they are given (arrays, probabilities); none of them computes anything
about the network.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.imageconv import gray_to_qimage
from gui.common.layouts import keep_square

# "28 x 28" that never breaks across lines.
GRID = "28\u00a0×\u00a028"
# (lowest probability, words): the first row the winner's probability reaches applies.
CONFIDENCE_WORDS = ((0.95, "very sure"), (0.75, "fairly sure"), (0.5, "hesitant"), (0.0, "unsure"))


def confidence_words(probability: float) -> str:
    """How sure a probability sounds, in words a student understands."""
    for threshold, words in CONFIDENCE_WORDS:
        if probability >= threshold:
            return words
    return CONFIDENCE_WORDS[-1][1]


def percent(p: float) -> str:
    """A probability as a percentage that never rounds a vote to exactly 0 or 100."""
    if p < 0.001:
        return "< 0.1 %"
    if p > 0.999:
        return "> 99.9 %"
    return f"{p * 100:.1f} %"


def label(text: str = "", role: str | None = None, wrap: bool = False) -> QLabel:
    """A QLabel styled by role (``heading``, ``muted``, ``caption``, ``verdict``...)."""
    widget = QLabel(text)
    if role:
        widget.setObjectName(role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText if "<" not in text else Qt.TextFormat.RichText)
    return widget


class ElidedLabel(QLabel):
    """One line of text that never shows a word cut in half: when it is too long for the
    label, part of it gives way to "…" (in the middle by default, which keeps both ends of a
    folder's path), and the tooltip holds all of it. It takes the width it is given and asks
    for none, so a long path cannot widen the page."""

    def __init__(
        self,
        text: str = "",
        role: str | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if role:
            self.setObjectName(role)
        self._full = ""
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = str(text)
        self.setToolTip(self._full)
        self._elide()

    def full_text(self) -> str:
        """The whole text, whatever is shown of it."""
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        super().setText(self.fontMetrics().elidedText(self._full, self._mode, width))


class TextView(QWidget):
    """Text that changes often (every prediction), shown without disturbing the layout.

    ``QLabel.setText`` invalidates every layout up to the tab widget, which then repaints the
    whole tab: a full-window repaint per stroke segment. A TextView has a fixed number of
    lines, so changing its text only repaints itself. Plain text is drawn directly; simple
    rich text (spans, bold) goes through a ``QTextDocument``.

    Parameters
    ----------
    lines
        Height in lines of text.
    pixel_size, bold, colour
        The font and the default colour.
    align
        Horizontal alignment.
    """

    def __init__(
        self,
        lines: int = 1,
        pixel_size: int | None = None,
        bold: bool = False,
        colour: str = style.TEXT,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        font = QFont(self.font())
        if pixel_size:
            font.setPixelSize(int(pixel_size))
        font.setBold(bold)
        self.setFont(font)
        self._colour = colour
        self._align = align | Qt.AlignmentFlag.AlignVCenter
        self._text = ""
        self._text_colour = colour
        self._html = ""
        self._doc: QTextDocument | None = None
        self.setFixedHeight(int(QFontMetricsF(font).lineSpacing() * lines + 2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # It paints its own (card-coloured) background: Qt need not repaint the styled card
        # and tab widget underneath on every change.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def text(self) -> str:
        """The text shown, without markup."""
        return self._text

    def set_text(self, text: str, colour: str | None = None) -> None:
        """Show plain ``text`` (in ``colour`` instead of the default, if given)."""
        colour = colour or self._colour
        if self._doc is None and text == self._text and colour == self._text_colour:
            return
        self._doc, self._html = None, ""
        self._text, self._text_colour = text, colour
        self.update()

    def set_html(self, markup: str) -> None:
        """Show simple rich text (spans, bold)."""
        if self._doc is not None and markup == self._html:
            return
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        option = doc.defaultTextOption()
        option.setAlignment(self._align & ~Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        doc.setHtml(f"<span style='color:{self._colour}'>{markup}</span>")
        self._doc, self._html, self._text = doc, markup, doc.toPlainText()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(style.CARD))
        if self._doc is None:
            painter.setPen(QColor(self._text_colour))
            painter.drawText(self.rect(), int(self._align | Qt.TextFlag.TextWordWrap), self._text)
        else:
            self._doc.setTextWidth(self.width())
            painter.translate(0, max(0.0, (self.height() - self._doc.size().height()) / 2))
            self._doc.drawContents(painter)
        painter.end()


def html_escape(text: str) -> str:
    """``text`` safe to put inside rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Card(QFrame):
    """A white rounded panel with an optional heading and subtitle; fill ``body``."""

    def __init__(self, title: str = "", subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(8)
        if title:
            self.body.addWidget(label(title, "heading"))
        if subtitle:
            self.body.addWidget(label(subtitle, "muted", wrap=True))


class Expander(QWidget):
    """A header button that shows or hides one content widget.

    Parameters
    ----------
    title
        The header button's text.
    content
        What the button shows and hides.
    placeholder
        Shown while ``content`` is hidden, in a space as large as ``content``'s: opening and
        closing then moves nothing else in the window. Without one, the space closes up.

    Signals
    -------
    toggled(bool)
        The content was shown (True) or hidden (False).
    """

    toggled = Signal(bool)

    def __init__(
        self,
        title: str,
        content: QWidget,
        parent: QWidget | None = None,
        placeholder: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.button = QToolButton()
        self.button.setObjectName("expander")
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.content = content
        self.placeholder = placeholder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self._stack: QStackedWidget | None = None
        if placeholder is None:
            layout.addWidget(content)
            content.setVisible(False)
        else:
            # A stack is as large as its largest page, whichever page shows.
            self._stack = QStackedWidget()
            self._stack.addWidget(placeholder)
            self._stack.addWidget(content)
            layout.addWidget(self._stack)
        self.button.toggled.connect(self._on_button_toggled)

    def is_expanded(self) -> bool:
        return self.button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.button.setChecked(expanded)

    def _on_button_toggled(self, checked: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow)
        if self._stack is None:
            self.content.setVisible(checked)
        else:
            self._stack.setCurrentWidget(self.content if checked else self.placeholder)
        self.toggled.emit(checked)


class PixelView(QWidget):
    """A grayscale array shown as a square of pixels (nearest neighbour), with overlays.

    The picture is rendered once per change into a cached pixmap, so repaints (which happen
    whenever anything nearby changes) cost a single blit.

    Parameters
    ----------
    size
        Side in logical pixels (the preferred side, when it may resize).
    grid
        Draw faint lines between pixels when they are large enough to see.
    minimum, maximum
        Given, the view is a square that grows and shrinks between these sides with the room
        the layout offers (``gui.common.layouts.keep_square``); otherwise it is ``size`` square.
    follow_width
        With ``minimum``/``maximum``: as tall as it is wide, whatever the height available
        (for a page that scrolls, so its pictures grow with a wider window).
    """

    def __init__(
        self,
        size: int = 168,
        grid: bool = False,
        parent: QWidget | None = None,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
        follow_width: bool = False,
    ) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._shape = (0, 0)
        self._grid = grid
        self._box: tuple[float, float, float, float] | None = None
        self._marker: tuple[float, float] | None = None
        self._size = size
        self._pixmap: QPixmap | None = None
        self._grid_cache = QPixmap()
        self._grid_key: tuple | None = None
        self._follow_width = follow_width
        if minimum is None and maximum is None:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.setFixedSize(size, size)
        elif follow_width:
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)
            self.setMinimumSize(minimum or size, minimum or size)
            self.setMaximumSize(maximum or size, maximum or size)
        else:
            keep_square(self, minimum or size, maximum or size)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def hasHeightForWidth(self) -> bool:
        return self._follow_width

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), min(width, self.maximumHeight()))

    def set_array(self, array: np.ndarray | None) -> None:
        """Show ``array`` (2-D, floats 0..1 or uint8; white = ink), or nothing for None."""
        if array is None or np.asarray(array).size == 0:
            self._image, self._shape = None, (0, 0)
        else:
            self._image = gray_to_qimage(array)
            self._shape = np.asarray(array).shape
        self._changed()

    def set_box(self, box: tuple[float, float, float, float] | None) -> None:
        """Outline (top, left, bottom, right) in array pixels, e.g. the ink's bounding box."""
        self._box = box
        self._changed()

    def set_marker(self, point: tuple[float, float] | None) -> None:
        """Mark (row, col) in array pixel-edge coordinates with a small cross."""
        self._marker = point
        self._changed()

    def _changed(self) -> None:
        self._pixmap = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        dpr = self.devicePixelRatioF()
        if (
            self._pixmap is None
            or self._pixmap.devicePixelRatio() != dpr
            or self._pixmap.deviceIndependentSize().toSize() != self.size()
        ):
            self._pixmap = self._render(dpr)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()

    def _grid_overlay(self, target: QRectF, w: int, h: int, dpr: float) -> QPixmap:
        # Raster line drawing is slow (milliseconds for a 28x28 grid), so the grid is drawn
        # once per geometry and blitted over each new picture.
        key = (target.width(), target.height(), w, h, dpr)
        if self._grid_key != key:
            overlay = QPixmap((target.size() * dpr).toSize())
            overlay.setDevicePixelRatio(dpr)
            overlay.fill(Qt.GlobalColor.transparent)
            painter = QPainter(overlay)
            painter.setPen(QPen(style.qcolor("#ffffff", 22), 1))
            cell = target.width() / w
            painter.drawLines(
                [QLineF(i * cell, 0, i * cell, target.height()) for i in range(1, w)]
                + [QLineF(0, i * cell, target.width(), i * cell) for i in range(1, h)]
            )
            painter.end()
            self._grid_cache, self._grid_key = overlay, key
        return self._grid_cache

    def _render(self, dpr: float) -> QPixmap:
        pixmap = QPixmap(self.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        side = min(self.width(), self.height())
        if self.width() == self.height():
            pixmap.fill(QColor("#000000"))
        else:
            # Wider or taller than square (a resizable view short of room): the picture
            # stays square, on the card's colour.
            pixmap.fill(QColor(style.CARD))
            with QPainter(pixmap) as painter:
                painter.fillRect(
                    QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side),
                    QColor("#000000"),
                )
        if self._image is None:
            return pixmap
        h, w = self._shape
        cell = side / max(h, w)
        target = QRectF(
            (self.width() - w * cell) / 2, (self.height() - h * cell) / 2, w * cell, h * cell
        )
        painter = QPainter(pixmap)
        # Upscaling shows the real pixels; downscaling (a big source) needs smoothing.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, cell < 1)
        painter.drawImage(target, self._image)
        if self._grid and cell >= 5:
            painter.drawPixmap(target.topLeft(), self._grid_overlay(target, w, h, dpr))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._box is not None:
            top, left, bottom, right = self._box
            painter.setPen(QPen(QColor("#60a5fa"), 1.5))
            painter.drawRect(
                QRectF(
                    target.left() + left * cell,
                    target.top() + top * cell,
                    (right - left) * cell,
                    (bottom - top) * cell,
                )
            )
        if self._marker is not None:
            row, col = self._marker
            centre = QPointF(target.left() + col * cell, target.top() + row * cell)
            arm = max(5.0, target.width() / 14)
            painter.setPen(QPen(QColor("#f97316"), 1.6))
            painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0))
            painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm))
        painter.end()
        return pixmap


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_DIGIT_W, _VALUE_W, _TAG_W = 26.0, 62.0, 40.0
_TRACK_LEFT = _DIGIT_W + 8


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
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        # Ten rows of 17 px still read well; the window may be short (a 1280x720 laptop).
        self.setMinimumSize(240, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(
            "How strongly the network votes for each digit. The ten votes add up "
            "to 100 %; the longest bar is its answer."
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
        self.update()

    def set_true_label(self, label: int | None) -> None:
        """Mark the digit that is known to be right (a test digit's label), or none."""
        if label != self._true_label:
            self._true_label = label
            self.update()

    def _layout(self) -> tuple[float, float, float, float]:
        """Row height, top of the first row, left and width of the bar tracks."""
        row_h = min(34.0, self.height() / 10)
        top = (self.height() - 10 * row_h) / 2
        track_w = max(10.0, self.width() - _TRACK_LEFT - _VALUE_W - _TAG_W)
        return row_h, top, _TRACK_LEFT, track_w

    def _background(self) -> QPixmap:
        # Digits and empty tracks never change: painted once per size, then blitted.
        dpr = self.devicePixelRatioF()
        if (
            self._cache is not None
            and self._cache.devicePixelRatio() == dpr
            and self._cache.deviceIndependentSize().toSize() == self.size()
        ):
            return self._cache
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
            painter.drawText(QRectF(0, y, _DIGIT_W, row_h), _RIGHT, str(digit))
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
        for digit in range(10):
            y = top + digit * row_h
            is_winner = digit == winner
            if is_winner:  # over the plain digit of the background
                painter.fillRect(QRectF(0, y, _DIGIT_W + 2, row_h), QColor(style.CARD))
                painter.setFont(bold)
                painter.setPen(QColor(style.ACCENT))
                painter.drawText(QRectF(0, y, _DIGIT_W, row_h), _RIGHT, str(digit))
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
            painter.drawText(QRectF(left + track_w + 6, y, _VALUE_W, row_h), _RIGHT, text)
            if digit == self._true_label:
                painter.setFont(bold)
                painter.setPen(QColor(style.GOOD))
                painter.drawText(
                    QRectF(self.width() - _TAG_W + 4, y, _TAG_W - 4, row_h), _LEFT, "true"
                )
        painter.end()
        if probs is not None:
            self.predictionShown.emit(self._seq)
