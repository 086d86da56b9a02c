"""Small reusable widgets and the words they show: a label by role, a button, text that never
cuts a word or moves the layout, a card, an expander; percentages, durations and "how sure" in
words.

They only display what they are given; none of them computes anything about the network. The
two pictures every screen shares have modules of their own: ``gui.common.pixel_view`` (an
array as pixels) and ``gui.common.probability_bars`` (the ten votes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model import i18n

# "28 x 28" that never breaks across lines.
GRID = "28\u00a0×\u00a028"
# (lowest probability, words): the first row the winner's probability reaches applies.
# (The words are translated where they are given out, in ``confidence_words``.)
CONFIDENCE_WORDS = (
    (0.95, QT_TRANSLATE_NOOP("common.widgets", "very sure")),
    (0.75, QT_TRANSLATE_NOOP("common.widgets", "fairly sure")),
    (0.5, QT_TRANSLATE_NOOP("common.widgets", "hesitant")),
    (0.0, QT_TRANSLATE_NOOP("common.widgets", "unsure")),
)


def confidence_words(probability: float) -> str:
    """How sure a probability sounds, in words a student understands."""
    for threshold, words in CONFIDENCE_WORDS:
        if probability >= threshold:
            return translate("common.widgets", words)
    return translate("common.widgets", CONFIDENCE_WORDS[-1][1])


# After the number, in every language ("95.0 %", "95,0 %"); the decimal separator is the
# language's.
_PERCENT = " %"


def percent(p: float) -> str:
    """A probability as a percentage that never rounds a vote to exactly 0 or 100."""
    if p < 0.001:
        return f"< {i18n.number(0.1, 1)}{_PERCENT}"
    if p > 0.999:
        return f"> {i18n.number(99.9, 1)}{_PERCENT}"
    return f"{i18n.number(p * 100, 1)}{_PERCENT}"


def duration(seconds: float | None) -> str:
    """``75`` -> ``1 min 15 s``."""
    if seconds is None:
        return "–"
    seconds = int(round(seconds))
    if seconds < 60:
        return translate("common.widgets", "{s} s").format(s=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("common.widgets", "{min} min {s} s").format(
            min=minutes, s=f"{seconds:02d}"
        )
    hours, minutes = divmod(minutes, 60)
    return translate("common.widgets", "{h} h {min} min").format(h=hours, min=f"{minutes:02d}")


def label(text: str = "", role: str | None = None, wrap: bool = False) -> QLabel:
    """A QLabel styled by role (``heading``, ``muted``, ``caption``, ``verdict``...)."""
    widget = QLabel(text)
    if role:
        widget.setObjectName(role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText if "<" not in text else Qt.TextFormat.RichText)
    return widget


def push_button(
    text: str, tip: str, slot: Callable | None = None, primary: bool = False
) -> QPushButton:
    """A QPushButton with its tooltip, calling ``slot`` when clicked; ``primary`` styles it as
    the main thing to do on its screen."""
    button = QPushButton(text)
    button.setToolTip(tip)
    if primary:
        button.setObjectName("primary")
    if slot is not None:
        button.clicked.connect(slot)
    return button


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
        self._pixel_size, self._bold, self._lines = pixel_size, bold, lines
        self._zoom = -1.0
        self.follow_zoom()
        self._colour = colour
        self._align = align | Qt.AlignmentFlag.AlignVCenter
        self._text = ""
        self._text_colour = colour
        self._html = ""
        self._doc: QTextDocument | None = None
        self._doc_theme = style.THEME
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # It paints its own (card-coloured) background: Qt need not repaint the styled card
        # and tab widget underneath on every change.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def follow_zoom(self) -> None:
        """Take the application font's size at the current zoom (``style.apply_style`` calls
        this: a widget under a style sheet gets no event when the application font changes)."""
        if self._zoom == style.ZOOM:
            return
        self._zoom = style.ZOOM
        # From the application's font, which already has the new size when this runs (the
        # widget's own font gets it only later).
        font = QFont(QApplication.font())
        if self._pixel_size:
            font.setPixelSize(style.zoomed(self._pixel_size))
        font.setBold(self._bold)
        self.setFont(font)
        self.setFixedHeight(int(QFontMetricsF(font).lineSpacing() * self._lines + 2))
        if getattr(self, "_doc", None) is not None:
            self._doc.setDefaultFont(font)

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
        # What it shows is what a screen reader reads.
        self.setAccessibleName(text)
        self.update()

    def set_html(self, markup: str) -> None:
        """Show simple rich text (spans, bold)."""
        if self._doc is not None and markup == self._html:
            return
        doc = self._document(markup)
        self._doc, self._html, self._text = doc, markup, doc.toPlainText()
        self.setAccessibleName(self._text)
        self.update()

    def _document(self, markup: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        option = doc.defaultTextOption()
        option.setAlignment(self._align & ~Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
        doc.setHtml(f"<span style='color:{style.recolour(self._colour)}'>{markup}</span>")
        self._doc_theme = style.THEME
        return doc

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(style.CARD))
        if self._doc is not None and self._doc_theme is not style.THEME:
            self._doc = self._document(self._html)  # the theme changed since it was made
        if self._doc is None:
            painter.setPen(QColor(style.recolour(self._text_colour)))
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
