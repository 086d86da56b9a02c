"""Layout pieces that let the window fit a 1280x720 laptop and still use a 1920x1080 screen.

- ``VerticalScrollArea``: a side panel that scrolls up and down, never sideways, and is as
  wide as its content needs (a plain ``QScrollArea`` would let the layout squeeze it to a
  sliver and hide its right half behind a horizontal scroll bar).
- ``FlowLayout``: a row of buttons that wraps onto a second line when the window is narrow,
  instead of forcing the window to be as wide as the whole row.
- ``keep_square``: a square picture that grows and shrinks with the space it gets.
- ``ReflowRow``: panels side by side in a wide window, one above the other in a narrow one.
- ``CurrentPageStack``: a stack of pages as large as the page it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# The least height a scrolling panel asks of the window: enough to show a few lines of it.
MIN_SCROLL_HEIGHT = 120


class _ScrolledContent(QWidget):
    """Holds what a ``VerticalScrollArea`` scrolls, and asks it for the least height it needs.

    With content whose height depends on its width (wrapped text, square pictures), a
    ``QScrollArea`` makes the content as tall as its layout would *like* at that width, so
    it scrolls even when everything would fit; here it gets what it *needs*, and only more
    when the view is taller.
    """

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)

    def hasHeightForWidth(self) -> bool:
        return self.layout().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalMinimumHeightForWidth(width)


class VerticalScrollArea(QScrollArea):
    """A frameless scroll area around ``content`` that scrolls only vertically.

    Its minimum width is the content's (plus room for the scroll bar), so the content is
    never cut off at the right; its minimum height is small, so the window can be short.
    ``content`` gets the whole height of the view when it needs no more, and scrolls only
    when it needs more.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        holder = _ScrolledContent(content)
        self.setWidget(holder)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The window's colour shows through, as it does around cards outside a scroll area.
        self.viewport().setAutoFillBackground(False)
        for widget in (holder, content):
            widget.setAutoFillBackground(False)
        # A change of the content's minimum width arrives as a layout request to the holder
        # (its own layout changed) or to the viewport (the holder's minimum changed).
        holder.installEventFilter(self)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched in (
            self.widget(),
            self.viewport(),
        ):
            # This area's own minimum follows the content's.
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        # Layouts of hidden widgets wait until they are shown: the content may have grown
        # meanwhile (a tab that was not the current one).
        super().showEvent(event)
        self.updateGeometry()

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        hint = content.minimumSizeHint().expandedTo(content.minimumSize())
        return QSize(hint.width() + self._bar_width(), min(hint.height(), MIN_SCROLL_HEIGHT))

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self._bar_width(), hint.height())


class FlowLayout(QLayout):
    """Lays its items out left to right, starting a new line where the width runs out.

    Items keep their size hints; each line is as tall as its tallest item, and items are
    centred on it vertically.
    """

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Everything on one line, when there is room for it.
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        # The widest item alone on a line.
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            x = area.x()
            for item in line:
                hint = item.sizeHint()
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._line_spacing
        used = y - self._line_spacing - area.y() if lines[0] else 0
        return used + margins.top() + margins.bottom()


class _SquareKeeper(QObject):
    """Keeps a widget no taller than it is wide (see ``keep_square``)."""

    def __init__(self, widget: QWidget, largest: int) -> None:
        super().__init__(widget)
        self._largest = largest
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            side = max(watched.minimumHeight(), min(watched.width(), self._largest))
            if watched.maximumHeight() != side:
                watched.setMaximumHeight(side)
        return False


def keep_square(widget: QWidget, smallest: int, largest: int) -> None:
    """Let a square picture grow and shrink with the room it gets, from ``smallest`` to
    ``largest`` pixels a side.

    It takes the width it is offered and never gets taller than that width: when the height
    is what runs out, it is wider than tall and paints its square centred in it. Its minimum
    stays ``smallest``, so a window can always be made smaller again (a height that follows
    the width as a *requirement* would let a wide window hold itself open).
    """
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    widget.setMinimumSize(smallest, smallest)
    widget.setMaximumSize(largest, largest)
    _SquareKeeper(widget, largest)


class ReflowRow(QWidget):
    """Widgets side by side when the row is wide enough for all of them, else one above the
    other.

    A page with two panels then fits a narrow window without a sideways scroll bar, and still
    uses a wide one. Its minimum width is the widest panel's (plus margins), not the sum.

    Parameters
    ----------
    widgets
        The panels, left to right (top to bottom when stacked).
    stretches
        How extra width is shared when side by side (one number per panel).
    spacing
        Between the panels, in either direction.
    """

    def __init__(
        self,
        widgets: list[QWidget],
        stretches: list[int] | None = None,
        spacing: int = 14,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(spacing)
        for widget, stretch in zip(self._widgets, stretches or [0] * len(self._widgets)):
            self._box.addWidget(widget, stretch)

    @property
    def side_by_side(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def _side_by_side_width(self) -> int:
        widths = [w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in self._widgets]
        return sum(widths) + self._box.spacing() * (len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        widths, heights = [], []
        for widget in self._widgets:
            hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            widths.append(hint.width())
            heights.append(hint.height())
        if self.side_by_side:
            return QSize(max(widths, default=0), max(heights, default=0))
        spacing = self._box.spacing() * (len(heights) - 1)
        return QSize(max(widths, default=0), sum(heights) + spacing)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A panel's minimum changed: whether they still fit side by side may too.
            self._arrange(self.width())
        return super().event(event)

    def _arrange(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self._side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
            self.updateGeometry()


class CurrentPageStack(QStackedWidget):
    """A stack as large as the page it shows, not as its largest page.

    In a scroll area, a plain stack scrolls a short page as far as its tallest one would
    need.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())
