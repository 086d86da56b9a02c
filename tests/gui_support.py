"""Helpers for the GUI tests: real mouse drags on the canvas, drawn from ``tests.strokes``.

``QTest.mouseMove`` carries no buttons in PySide6, so moves are sent as ``QMouseEvent``s with
the left (or right) button held, exactly what a user's drag delivers to the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.strokes import stroke_points


def send_mouse(
    widget: QWidget,
    kind: QEvent.Type,
    pos: QPointF,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
) -> None:
    """Deliver one mouse press, move (button held) or release at ``pos`` to ``widget``."""
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    which = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), which, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(
    widget: QWidget, points: list[QPointF], button: Qt.MouseButton = Qt.MouseButton.LeftButton
) -> None:
    """Press at the first point, move through the others with ``button`` held, release."""
    send_mouse(widget, QEvent.Type.MouseButtonPress, points[0], button)
    for p in points[1:]:
        send_mouse(widget, QEvent.Type.MouseMove, p, button)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, points[-1], button)


def digit_strokes(canvas, digit: int) -> list[list[QPointF]]:
    """``digit``'s strokes in the canvas's widget coordinates, filling its drawing square."""
    rect = canvas.drawing_rect()
    return [
        [QPointF(rect.x() + x, rect.y() + y) for x, y in stroke]
        for stroke in stroke_points(digit, int(rect.width()))
    ]


def draw_digit(canvas, digit: int) -> None:
    """Draw ``digit`` on the canvas with mouse drags, one drag per stroke."""
    for stroke in digit_strokes(canvas, digit):
        drag(canvas, stroke)
