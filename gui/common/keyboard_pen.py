"""Drawing with the keyboard: a pen cursor on the canvas that the arrow keys move.

For a person who cannot use a mouse. With the canvas focused (Tab reaches it), the arrow
keys move a pen cursor (Shift: four times as far; two arrows held together: diagonally;
Home, Page Up, End and Page Down: the four diagonals, as on a keypad), Space puts the pen
down or lifts it, Delete clears, and Esc lifts a pen that is down (else it clears, as
everywhere in the Draw tab). A pen that is down draws the stroke the cursor moves along,
through the canvas's own stroke methods, so undo, the eraser and the predictions work as
with a mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from gui.common.i18n import QT_TRANSLATE_NOOP, translate

# One step is a 28th of the square: one pixel of what the network sees.
STEP = 1 / 28
FAST = 4
MOVES = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Home: (-1, -1),
    Qt.Key.Key_PageUp: (1, -1),
    Qt.Key.Key_End: (-1, 1),
    Qt.Key.Key_PageDown: (1, 1),
}
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
# Translated where it is shown (context "common.keyboard_pen").
HELP = QT_TRANSLATE_NOOP(
    "common.keyboard_pen",
    "Arrow keys move the pen, Space puts it down or lifts it, Delete clears; "
    "Shift with an arrow moves four times as far.",
)


def describe_canvas(canvas: QWidget) -> None:
    """A drawing canvas's tooltip, and what a screen reader says of it (with these keys)."""
    canvas.setToolTip(
        translate(
            "common.keyboard_pen",
            "Draw a digit with the mouse or a pen. Right-click (or the eraser) "
            "erases; drop an image file here to load it.",
        )
    )
    canvas.setAccessibleName(translate("common.keyboard_pen", "Drawing canvas"))
    canvas.setAccessibleDescription(
        translate("common.keyboard_pen", "Draw a digit. {keys}").format(
            keys=translate("common.keyboard_pen", HELP)
        )
    )


class KeyboardPen(QObject):
    """The keyboard's pen on a ``DrawCanvas`` (an event filter on it).

    Parameters
    ----------
    canvas
        The ``DrawCanvas`` to draw on; it is given keyboard focus by Tab and by a click.
    """

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._pos = (0.5, 0.5)  # where the cursor is, in fractions of the square's side
        self._held: set[int] = set()
        self.down = False
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        canvas.installEventFilter(self)

    @property
    def position(self) -> tuple[float, float]:
        """The cursor's place: (x, y) as fractions of the square's side."""
        return self._pos

    def point(self) -> QPointF:
        """The cursor's place in the canvas's widget coordinates."""
        r = self._canvas.drawing_rect()
        # A hair inside the square: its right and bottom edges are outside ``contains``.
        x = min(max(self._pos[0], 0.0), 0.999)
        y = min(max(self._pos[1], 0.0), 0.999)
        return QPointF(r.x() + r.width() * x, r.y() + r.height() * y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and self._handles(event):
            event.accept()  # our key here, not a window shortcut's (Esc, Delete)
            return True
        if kind == QEvent.Type.KeyPress:
            return self._on_key_press(event)
        if kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():
            self._held.discard(event.key())
        elif kind == QEvent.Type.FocusIn:
            self._canvas.show_pen_at(self.point())
        elif kind == QEvent.Type.FocusOut:
            self.lift()
            self._held.clear()
            self._canvas.show_pen_at(None)
        return False

    def _handles(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key == Qt.Key.Key_Escape:
            return self.down
        return key in MOVES or key in (Qt.Key.Key_Space, Qt.Key.Key_Delete)

    def _on_key_press(self, event: QKeyEvent) -> bool:
        if not self._handles(event):
            return False
        key = event.key()
        if key in MOVES:
            if key in ARROWS:
                self._held.add(key)
                keys = [k for k in ARROWS if k in self._held]
            else:
                keys = [key]
            dx = sum(MOVES[k][0] for k in keys)
            dy = sum(MOVES[k][1] for k in keys)
            fast = FAST if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self.move(dx * STEP * fast, dy * STEP * fast)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.lift() if self.down else self.put_down()
        elif key == Qt.Key.Key_Escape:
            self.lift()
        elif key == Qt.Key.Key_Delete:
            self.lift()
            self._canvas.clear()
        return True

    def move(self, dx: float, dy: float) -> None:
        """Move the cursor by (dx, dy) fractions of the side (kept on the canvas), drawing if
        the pen is down."""
        x = min(max(self._pos[0] + dx, 0.0), 1.0)
        y = min(max(self._pos[1] + dy, 0.0), 1.0)
        self._pos = (x, y)
        point = self.point()
        if self.down:
            self._canvas.extend_stroke(point)
        self._canvas.show_pen_at(point)

    def put_down(self) -> None:
        """Put the pen down where the cursor is: a dot, and the start of a stroke."""
        if not self.down:
            self.down = self._canvas.begin_stroke(self.point())
        self._canvas.show_pen_at(self.point())

    def lift(self) -> None:
        """Lift the pen: the stroke under way ends (one undo step)."""
        if self.down:
            self.down = False
            self._canvas.end_stroke()
            self._canvas.show_pen_at(self.point() if self._canvas.hasFocus() else None)
