"""Drawing from the keyboard alone: the pen cursor, Space, the arrow keys, Delete; and a digit
drawn that way is read by the shipped network."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.app.paths import DEFAULT_MODEL
from gui.common.canvas import DrawCanvas
from gui.common.drawing import ANALYSIS_SIZE
from tests.gui_support import open_window

K = Qt.Key


@pytest.fixture
def canvas(qtbot):
    widget = DrawCanvas(pen_width=20)
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def keys(qtbot, widget, *sequence, shift=False):
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for key in sequence:
        qtbot.keyClick(widget, key, mods)


def test_the_canvas_takes_keyboard_focus_and_is_named(canvas):
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert canvas.accessibleName() and "arrow keys" in canvas.accessibleDescription().lower()


def test_arrows_move_the_cursor_without_drawing_until_space(qtbot, canvas):
    pen = canvas.keyboard_pen
    keys(qtbot, canvas, K.Key_Right, K.Key_Right, K.Key_Down)
    x, y = pen.position
    assert x == pytest.approx(0.5 + 2 / 28) and y == pytest.approx(0.5 + 1 / 28)
    assert canvas.is_empty()  # a pen that is up draws nothing
    keys(qtbot, canvas, K.Key_Left, shift=True)
    assert pen.position[0] == pytest.approx(0.5 + 2 / 28 - 4 / 28)


def test_space_down_arrows_draw_a_line_space_up_ends_it(qtbot, canvas):
    keys(qtbot, canvas, K.Key_Space)
    assert canvas.keyboard_pen.down and canvas.stroking
    keys(qtbot, canvas, *[K.Key_Right] * 8)
    keys(qtbot, canvas, K.Key_Space)
    assert not canvas.keyboard_pen.down and not canvas.stroking and canvas.can_undo()
    ink = canvas.to_array()
    row = ANALYSIS_SIZE // 2
    left, right = ANALYSIS_SIZE // 2 + 2, int(ANALYSIS_SIZE * (0.5 + 7 / 28))
    assert (ink[row, left:right] == 255).all()  # the line it went along
    assert ink[row // 4].max() == 0  # and nothing far from it
    canvas.undo()
    assert canvas.is_empty()


def test_the_cursor_stays_on_the_canvas(qtbot, canvas):
    keys(qtbot, canvas, *[K.Key_Up] * 10, shift=True)
    keys(qtbot, canvas, *[K.Key_Home] * 40)
    assert canvas.keyboard_pen.position == (0.0, 0.0)


def test_delete_clears_and_losing_focus_lifts_the_pen(qtbot, canvas):
    keys(qtbot, canvas, K.Key_Space, K.Key_Down, K.Key_Down)
    assert canvas.stroking
    keys(qtbot, canvas, K.Key_Delete)
    assert canvas.is_empty() and not canvas.stroking
    keys(qtbot, canvas, K.Key_Space, K.Key_Down)
    canvas.clearFocus()
    assert not canvas.stroking and not canvas.keyboard_pen.down


@pytest.mark.skipif(not DEFAULT_MODEL.exists(), reason="needs the shipped model")
def test_a_digit_drawn_from_the_keyboard_alone_is_read(qtbot):
    """A 7 (a bar, then a slanted stem) drawn with Tab, the arrow keys and Space only."""
    window = open_window(DEFAULT_MODEL, (1280, 720))
    try:
        canvas = window.draw_tab.canvas
        window.activateWindow()
        # Tab from wherever focus starts until the canvas has it: it is in the tab order.
        for _ in range(40):
            if canvas.hasFocus():
                break
            qtbot.keyClick(window.focusWidget() or window, K.Key_Tab)
        assert canvas.hasFocus(), "Tab never reached the canvas"
        # From the centre to the 7's top left corner: up 8, left 6.
        keys(qtbot, canvas, *[K.Key_Up] * 8, *[K.Key_Left] * 6)
        keys(qtbot, canvas, K.Key_Space, *[K.Key_Right] * 12)
        keys(qtbot, canvas, *[K.Key_End] * 4, *[K.Key_Down, K.Key_End] * 6)
        keys(qtbot, canvas, K.Key_Space)
        draw = window.draw_tab
        qtbot.waitUntil(
            lambda: bool(draw.is_up_to_date() and draw.current_prediction()), timeout=10000
        )
        prediction = draw.current_prediction()
        assert prediction["label"] == 7, np.round(prediction["probabilities"], 3)
    finally:
        window.close()
