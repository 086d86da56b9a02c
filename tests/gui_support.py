"""Helpers for the GUI tests: real mouse drags on the canvas, drawn from ``tests.strokes``,
and a Lab page on a session of its own (``lab_page``).

``QTest.mouseMove`` carries no buttons in PySide6, so moves are sent as ``QMouseEvent``s with
the left (or right) button held, exactly what a user's drag delivers to the canvas.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


@contextmanager
def lab_page(
    qtbot,
    page_cls: type,
    model_path: str | Path | None = None,
    *,
    size: tuple[int, int] = (1150, 860),
    active: bool = False,
) -> Iterator[tuple]:
    """A Lab page of ``page_cls`` on a ``ModelSession`` of its own, shown at ``size``.

    Yields ``(page, session, errors)``: ``errors`` collects the one-line messages the page
    reports. ``model_path`` is opened (and waited for) first; ``active`` then makes the page
    the visible one. Afterwards the page's workers must stop within 5 s, and the session stops.
    """
    from gui.common.session import ModelSession
    from gui.common.settings import SettingsStore

    session = ModelSession()
    page = page_cls(session, SettingsStore(None))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    errors: list[str] = []
    page.errorReported.connect(lambda _title, message, _details: errors.append(message))
    try:
        if model_path is not None:
            with qtbot.waitSignal(session.modelChanged, timeout=60000):
                session.open(model_path)
        if active:
            page.set_active(True)
        yield page, session, errors
        assert page.shutdown(5000)
    finally:
        session.shutdown()


def wait_until(predicate, timeout_s: float = 60.0) -> None:
    """Run Qt's event loop until ``predicate()`` holds; fail after ``timeout_s``."""
    import time

    deadline = time.monotonic() + timeout_s
    while not predicate() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert predicate(), "timed out"


def open_window(model_path, size: tuple[int, int] = (1400, 900)):
    """A shown ``MainWindow`` with in-memory settings, once ``model_path`` has loaded."""
    import time

    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore

    app = QApplication.instance()
    window = MainWindow(model_path, SettingsStore(None), error_dialogs=False)
    window.resize(*size)
    window.show()
    deadline = time.monotonic() + 60
    while window.session.info is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert window.session.info is not None, "the model did not load"
    return window


def clipped_text(root: QWidget) -> list[str]:
    """Every visible label under ``root`` whose text does not fit: wider than the label (not
    wrapped), taller than it (wrapped), or running past the right edge of the scroll area or
    window that shows it. Each as "text…: what is wrong", for a test's failure message."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel

    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.width() <= 0:
            continue
        name = " ".join(label.text().split())[:60]
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                problems.append(f"{name}: its lines need more height than it has")
            if label.minimumSizeHint().width() > label.width() + 1:
                problems.append(f"{name}: a word or a table is wider than the label")
        else:
            hint = label.sizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                problems.append(f"{name}: {hint.width()} px of text in {label.width()} px")
        right = QPoint(label.width(), 0)
        parent = label.parentWidget()
        while parent is not None and parent is not root.parentWidget():
            if isinstance(parent, QAbstractScrollArea):
                viewport = parent.viewport()
                if label.mapTo(viewport, right).x() > viewport.width() + 1:
                    problems.append(f"{name}: runs past the right edge of its scroll area")
                    break
            parent = parent.parentWidget()
        if label.mapTo(root, right).x() > root.width() + 1:
            problems.append(f"{name}: runs past the right edge of the window")
    return problems
