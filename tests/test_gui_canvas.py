"""DrawCanvas: strokes from real mouse and tablet events, erasing, undo/redo, clear, resize,
HiDPI backing image, pictures and drops. No model needed."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from gui.common.canvas import DrawCanvas
from gui.common.drawing import ANALYSIS_SIZE
from tests.gui_support import drag, draw_digit


@pytest.fixture
def canvas(qtbot):
    widget = DrawCanvas(pen_width=20)
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def line(canvas, x0, y0, x1, y1, n=20):
    r = canvas.drawing_rect()
    return [
        QPointF(r.x() + r.width() * (x0 + (x1 - x0) * t), r.y() + r.height() * (y0 + (y1 - y0) * t))
        for t in np.linspace(0, 1, n)
    ]


def test_a_mouse_drag_draws_white_ink_where_it_went(qtbot, canvas):
    assert canvas.is_empty() and canvas.to_array().max() == 0
    with qtbot.waitSignal(canvas.drawingChanged):
        drag(canvas, line(canvas, 0.2, 0.5, 0.8, 0.5))
    ink = canvas.to_array()
    assert ink.shape == (ANALYSIS_SIZE, ANALYSIS_SIZE) and ink.dtype == np.uint8
    row = ANALYSIS_SIZE // 2
    assert ink[row, ANALYSIS_SIZE // 2] == 255  # on the line
    assert ink[row // 3, ANALYSIS_SIZE // 2] == 0  # far above it
    assert ink[row, int(ANALYSIS_SIZE * 0.05)] == 0  # beyond its end
    assert not canvas.is_empty() and canvas.can_undo()


def test_every_segment_signals_a_change(qtbot, canvas):
    changes = []
    canvas.drawingChanged.connect(lambda: changes.append(1))
    drag(canvas, line(canvas, 0.1, 0.1, 0.9, 0.9, n=30))
    assert len(changes) == 30  # the press and 29 segments


def test_undo_redo_and_clear(qtbot, canvas):
    drag(canvas, line(canvas, 0.2, 0.3, 0.8, 0.3))
    first = canvas.to_array()
    drag(canvas, line(canvas, 0.2, 0.7, 0.8, 0.7))
    both = canvas.to_array()
    assert (both > first).any()
    assert canvas.undo()
    assert np.array_equal(canvas.to_array(), first)
    assert canvas.can_redo() and canvas.redo()
    assert np.array_equal(canvas.to_array(), both)
    assert canvas.clear() and canvas.is_empty() and canvas.to_array().max() == 0
    assert not canvas.clear()  # nothing left to clear
    assert canvas.undo()  # a clear can be undone
    assert np.array_equal(canvas.to_array(), both)
    drag(canvas, line(canvas, 0.5, 0.1, 0.5, 0.9))
    assert not canvas.can_redo()  # a new stroke forgets what was undone


def test_right_button_and_eraser_erase(qtbot, canvas):
    drag(canvas, line(canvas, 0.1, 0.5, 0.9, 0.5))
    mid = ANALYSIS_SIZE // 2
    drag(canvas, line(canvas, 0.5, 0.3, 0.5, 0.7), Qt.MouseButton.RightButton)
    assert canvas.to_array()[mid, mid] == 0
    assert canvas.to_array()[mid, ANALYSIS_SIZE // 4] == 255
    canvas.set_eraser(True)
    drag(canvas, line(canvas, 0.25, 0.3, 0.25, 0.7))
    assert canvas.to_array()[mid, ANALYSIS_SIZE // 4] == 0
    canvas.set_eraser(False)
    assert canvas.undo() and canvas.to_array()[mid, ANALYSIS_SIZE // 4] == 255


def test_pen_width_sets_the_stroke_width(qtbot, canvas):
    widths = []
    for pen in (8, 40):
        canvas.clear()
        canvas.set_pen_width(pen)
        drag(canvas, line(canvas, 0.1, 0.5, 0.9, 0.5))
        widths.append(int((canvas.to_array()[:, ANALYSIS_SIZE // 2] > 127).sum()))
    side = canvas.drawing_rect().width()
    assert widths[1] > 3 * widths[0]
    assert widths[1] == pytest.approx(40 * ANALYSIS_SIZE / side, abs=2)


def test_presses_outside_the_square_do_nothing(qtbot, canvas):
    canvas.resize(600, 300)  # wider than tall: the square sits in the middle
    rect = canvas.drawing_rect()
    assert rect.width() == rect.height() == 300 and rect.x() == 150
    drag(canvas, [QPointF(20, 150), QPointF(100, 150)])
    assert canvas.is_empty()


def test_resizing_keeps_the_drawing_and_its_aspect(qtbot, canvas):
    draw_digit(canvas, 4)
    before = canvas.to_array()
    canvas.resize(700, 500)
    qtbot.waitUntil(lambda: canvas.drawing_rect().width() == 500)
    canvas.repaint()
    assert np.array_equal(canvas.to_array(), before)  # what the network sees is unchanged
    assert canvas._display.width() == round(500 * canvas.devicePixelRatioF())


def test_backing_image_follows_the_device_pixel_ratio(qtbot, canvas, monkeypatch):
    draw_digit(canvas, 1)
    monkeypatch.setattr(canvas, "devicePixelRatioF", lambda: 2.0)
    canvas.repaint()
    side = int(canvas.drawing_rect().width())
    assert canvas._display.width() == 2 * side
    assert canvas._display.devicePixelRatio() == 2.0
    # Crisp: the ink's edge is resolved at twice the logical resolution.
    pixels = np.frombuffer(canvas._display.constBits(), np.uint8)
    assert pixels.size == canvas._display.sizeInBytes() and pixels.max() > 200


def test_tablet_pressure_changes_the_width(qtbot, canvas):
    pen = QPointingDevice(
        "test pen",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def tablet(kind, pos, pressure):
        event = QTabletEvent(
            kind,
            pen,
            pos,
            canvas.mapToGlobal(pos),
            pressure,
            0,
            0,
            0,
            0,
            0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(canvas, event)
        assert event.isAccepted()

    widths = []
    for pressure, y in ((0.1, 0.3), (1.0, 0.7)):
        points = line(canvas, 0.2, y, 0.8, y)
        tablet(QEvent.Type.TabletPress, points[0], pressure)
        for p in points[1:]:
            tablet(QEvent.Type.TabletMove, p, pressure)
        tablet(QEvent.Type.TabletRelease, points[-1], pressure)
        widths.append(int((canvas.to_array()[:, ANALYSIS_SIZE // 2] > 127).sum()))
    assert widths[0] > 0 and widths[1] - widths[0] > widths[0]  # light then firm
    assert canvas.undo() and canvas.undo() and canvas.is_empty()


def test_a_picture_fits_the_square_and_keeps_its_tag(qtbot, canvas):
    tall = np.zeros((100, 50), np.float32)
    tall[10:90, 20:30] = 1.0
    canvas.set_picture(tall, {"label": 1})
    ink = canvas.to_array()
    cols = np.flatnonzero(ink.max(axis=0) > 127)
    rows = np.flatnonzero(ink.max(axis=1) > 127)
    assert rows[0] > 0.05 * ANALYSIS_SIZE and rows[-1] < 0.95 * ANALYSIS_SIZE
    assert abs((cols[0] + cols[-1]) / 2 - ANALYSIS_SIZE / 2) < 3  # centred, aspect kept
    assert canvas.source_tag() == {"label": 1}
    drag(canvas, line(canvas, 0.1, 0.1, 0.2, 0.2))
    assert canvas.source_tag() is None  # edited: the label no longer applies
    canvas.undo()
    assert canvas.source_tag() == {"label": 1}


def test_dropping_a_file_reports_its_path(qtbot, canvas, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "digit.png"))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(canvas, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, buttons, keys)
    with qtbot.waitSignal(canvas.fileDropped) as blocker:
        QApplication.sendEvent(canvas, drop)
    assert blocker.args == [str(tmp_path / "digit.png"), 1]


def test_hover_shows_the_pen_without_drawing(qtbot, canvas):
    from tests.gui_support import send_mouse

    send_mouse(canvas, QEvent.Type.MouseMove, QPointF(200, 200), Qt.MouseButton.NoButton)
    canvas.repaint()
    assert canvas.is_empty() and canvas._hover == QPointF(200, 200)
    assert canvas.rect().contains(QPoint(200, 200))


def test_a_region_outline_sits_over_the_drawing_until_it_changes(qtbot, canvas):
    from PySide6.QtCore import QRectF

    drag(canvas, line(canvas, 0.2, 0.5, 0.8, 0.5))
    before = canvas.to_array()
    canvas.show_region(QRectF(30, 40, 20, 25))
    assert canvas.region == QRectF(30, 40, 20, 25)
    shown = canvas.grab().toImage()
    r = canvas.drawing_rect()
    k = r.width() / ANALYSIS_SIZE
    edge = shown.pixelColor(int(r.x() + 30 * k), int(r.y() + 52 * k))
    assert edge.green() > edge.red() + 60  # the green outline is painted...
    np.testing.assert_array_equal(canvas.to_array(), before)  # ...but not into the drawing
    drag(canvas, line(canvas, 0.2, 0.2, 0.3, 0.2))
    assert canvas.region is None
    canvas.show_region(QRectF(30, 40, 20, 25))
    canvas.undo()
    assert canvas.region is None
    canvas.show_region(QRectF(30, 40, 20, 25))
    canvas.clear()
    assert canvas.region is None


def _on_screen(canvas) -> np.ndarray:
    """The canvas's pixels as the window system has them (RGB), not a fresh ``grab``: a
    ``grab`` repaints the whole widget, which would hide any part a stroke failed to repaint."""
    QApplication.processEvents()
    image = QApplication.primaryScreen().grabWindow(canvas.winId()).toImage()
    image = image.convertToFormat(image.Format.Format_RGB32)
    pixels = np.array(image.constBits()).reshape(image.height(), image.width(), 4)
    return pixels[..., :3]


def _hint_band(canvas, pixels: np.ndarray) -> np.ndarray:
    r = canvas.drawing_rect()
    top, bottom = int(r.y() + r.height() * 0.35), int(r.y() + r.height() * 0.65)
    left, right = int(r.x() + r.width() * 0.15), int(r.x() + r.width() * 0.85)
    return pixels[top:bottom, left:right].reshape(-1, 3)


@pytest.mark.parametrize("kind", ["draw", "lab"])
def test_the_first_stroke_erases_the_hint(qtbot, kind):
    from gui.lab.handwriting.square_canvas import SquareCanvas

    canvas = DrawCanvas(pen_width=20) if kind == "draw" else SquareCanvas(pen_width=20)
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    band = _hint_band(canvas, _on_screen(canvas))
    assert len(np.unique(band, axis=0)) > 10  # "Draw a digit here" is written across it
    # A short stroke in a corner, far from the hint's words.
    drag(canvas, line(canvas, 0.08, 0.08, 0.2, 0.12, n=5))
    band = _hint_band(canvas, _on_screen(canvas))
    background = _on_screen(canvas)[int(canvas.drawing_rect().y()) + 200, 200]
    assert (band == background).all()  # nothing of the hint is left
