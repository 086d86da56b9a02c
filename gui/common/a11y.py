"""Accessibility helpers: names for screen readers, text equivalents of pictures, and the
keyboard for widgets that only took clicks.

* ``describe(widget, name, description)`` sets what a screen reader announces;
  ``set_text_equivalent`` updates a picture's description as it changes (the words come from
  ``model.readout``) and tells assistive technology it changed.
* ``KeyboardCursor`` makes a widget that reacted only to clicks on its cells (a confusion
  matrix, a row of digits, a curve's points, a tile) usable from the keyboard: Tab reaches
  it, the arrow keys move a cursor over its cells, Enter or Space does what a click on that
  cell does, and a focus frame (``QFocusFrame``, drawn by the style sheet) shows it has focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import QFocusFrame, QWidget

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_ARROWS = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


def describe(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and description); returns it, for chaining."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def set_text_equivalent(widget: QWidget, text: str) -> None:
    """Make ``text`` the description a screen reader reads for a picture, and announce the
    change (only when it changed: pictures update many times a second)."""
    if widget.accessibleDescription() == text:
        return
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


class KeyboardCursor(QObject):
    """Arrow keys, Enter and Space for a widget made of cells (an event filter on it).

    Parameters
    ----------
    widget
        The widget; it becomes reachable by Tab.
    shape
        ``() -> (rows, columns)``: how many cells it has now.
    activate
        ``(row, column) -> None``: what a click on that cell does.
    describe_cell
        ``(row, column) -> str``: what a screen reader says of the cell the cursor is on.
    """

    def __init__(
        self,
        widget: QWidget,
        shape: Callable[[], tuple[int, int]],
        activate: Callable[[int, int], None],
        describe_cell: Callable[[int, int], str] | None = None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._shape = shape
        self._activate = activate
        self._describe_cell = describe_cell
        self.cell = (0, 0)
        self._frame: QFocusFrame | None = None
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._on_key(event)
        if kind == QEvent.Type.FocusIn:
            self._show_frame(True)
            self._announce()
        elif kind == QEvent.Type.FocusOut:
            self._show_frame(False)
        return False

    def _show_frame(self, on: bool) -> None:
        if self._frame is None and on:
            self._frame = QFocusFrame(self._widget.parentWidget() or self._widget)
        if self._frame is not None:
            self._frame.setWidget(self._widget if on else None)
            self._frame.setVisible(on)

    def _on_key(self, event: QKeyEvent) -> bool:
        rows, cols = self._shape()
        if rows <= 0 or cols <= 0 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in _ARROWS:
            dr, dc = _ARROWS[key]
            r, c = self.cell
            self.cell = (min(max(r + dr, 0), rows - 1), min(max(c + dc, 0), cols - 1))
            self._announce()
            return True
        if key in _ACTIVATE:
            r, c = self.cell
            self.cell = (min(r, rows - 1), min(c, cols - 1))
            self._activate(*self.cell)
            return True
        return False

    def _announce(self) -> None:
        if self._describe_cell is None:
            return
        r, c = self.cell
        rows, cols = self._shape()
        if r < rows and c < cols:
            set_text_equivalent(self._widget, self._describe_cell(r, c))
