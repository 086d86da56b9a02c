"""The Draw tab reading what people really hand it: a number of several digits, a photo that
needs cleaning, and answers it should not be sure of."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from model.data.segment import read_number
from model.storage import load_model, save_model
from model.uncertainty import Calibration
from tests.gui_support import drag, open_window
from tests.strokes import render_digit, stroke_points

NUMBER = "2046"


@pytest.fixture(scope="module")
def window(qapp, trained):
    win = open_window(trained[0])
    yield win
    win.close()


@pytest.fixture
def draw(window, qtbot):
    tab = window.draw_tab
    window.select_tab("draw")
    tab.canvas.clear()
    qtbot.waitUntil(tab.is_up_to_date)
    return tab


def write_number(canvas, text: str) -> None:
    """``text`` drawn across the canvas with mouse drags, one digit beside the other."""
    rect = canvas.drawing_rect()
    side = int(rect.width())
    width = min(0.9 / len(text), 0.3)
    for k, ch in enumerate(text):
        box = (0.05 + k * width, 0.3, width * 0.8, 0.35)
        for stroke in stroke_points(int(ch), side, box):
            drag(canvas, [QPointF(rect.x() + x, rect.y() + y) for x, y in stroke])


def test_a_number_is_read_digit_by_digit_and_the_views_follow_the_chosen_one(qtbot, draw, trained):
    _, predictor = trained
    write_number(draw.canvas, NUMBER)
    qtbot.waitUntil(lambda: draw.number is not None and draw.is_up_to_date(), timeout=10000)
    # What the core reads on the canvas (the fixture model has no calibration: the default).
    core = read_number(draw.canvas.to_array(), predictor.probabilities, Calibration())
    expected = [str(a.label) for a in core.assessments]
    assert draw.number == "".join("?" if a.uncertain else str(a.label) for a in core.assessments)
    assert len(draw.number) == len(NUMBER)
    assert [t for _, t in draw.canvas.digit_boxes] == expected
    assert draw.chooser.isVisible()
    assert draw.selected_digit == 0  # the first by default
    assert draw.current_prediction()["label"] == int(expected[0])
    assert draw.summary.verdict.text().startswith(f"It reads {draw.number}")
    # The boxes lie left to right across the canvas, one per digit.
    lefts = [r.left() for r, _ in draw.canvas.digit_boxes]
    assert lefts == sorted(lefts)

    draw.chooser._buttons[2].click()  # as the user does
    qtbot.waitUntil(lambda: draw.selected_digit == 2 and draw.is_up_to_date(), timeout=5000)
    assert draw.current_prediction()["label"] == int(expected[2])
    # The answer on screen is for that digit's own 28x28, cropped from its box.
    assert predictor.predict(draw.preprocessed.input).label == int(expected[2])
    top, left = draw.preprocessed.bbox[:2]
    box = draw.canvas.digit_boxes[2][0]
    assert (left, top) == pytest.approx((box.left(), box.top()), abs=2)
    assert "Digit 3 of 4" in draw.summary.detail.text()


def test_a_stroke_inside_a_digit_s_box_is_read_too(qtbot, draw):
    """A stroke that changes a digit without moving its box (a slash through the 0 of "20")
    must not leave the number read from the drawing before it."""
    from model.data.segment import find_digits

    write_number(draw.canvas, "20")
    qtbot.waitUntil(lambda: draw.number is not None and draw.is_up_to_date(), timeout=10000)
    zero = draw.canvas.digit_boxes[1][0]
    rect, k = draw.canvas.drawing_rect(), draw.canvas.drawing_rect().width() / 140
    a = QPointF(
        rect.x() + (zero.left() + 0.3 * zero.width()) * k,
        rect.y() + (zero.top() + 0.7 * zero.height()) * k,
    )
    b = QPointF(
        rect.x() + (zero.left() + 0.7 * zero.width()) * k,
        rect.y() + (zero.top() + 0.3 * zero.height()) * k,
    )
    drag(draw.canvas, [a, b])
    draw.select_digit(1)
    qtbot.waitUntil(lambda: draw.number is not None and draw.is_up_to_date(), timeout=10000)
    assert [r for r, _ in draw.canvas.digit_boxes][1] == zero  # the box did not move...
    final = find_digits(draw.canvas.to_array())[1].pre.input
    np.testing.assert_allclose(draw.preprocessed.input, final)  # ...the digit did


def test_one_digit_shows_no_boxes(qtbot, draw):
    write_number(draw.canvas, "7")
    qtbot.waitUntil(draw.is_up_to_date, timeout=5000)
    assert draw.number is None and draw.canvas.digit_boxes == []
    assert not draw.chooser.isVisible()


def test_a_photo_s_cleaning_steps_are_shown(qtbot, draw):
    ink = np.asarray(render_digit(3, 200), np.float32) / 255.0
    _, xx = np.mgrid[0:200, 0:200] / 200
    paper = 0.95 - 0.45 * xx  # light falling off to the right
    photo = (paper * (1 - ink) + 0.1 * paper * ink) * 255
    photo += np.random.default_rng(0).normal(0, 3, photo.shape)
    draw.steps_expander.set_expanded(True)
    draw.load_array(np.clip(photo, 0, 255).astype(np.uint8), "A photo")
    qtbot.waitUntil(lambda: draw.canvas.source_tag() is not None, timeout=10000)
    qtbot.waitUntil(draw.is_up_to_date, timeout=5000)
    # The canvas holds the cleaned ink; the photo's own steps are shown while it is there...
    assert [st.key for st in draw.preprocessed.stages] == ["paper"]
    assert draw.steps.stages.isVisible()
    captions = [c.text() for v, c in draw.steps.stage_views if v.isVisible()]
    assert captions == ["a · Paper evened out"]
    # ...and a drawing made afterwards has none.
    draw.canvas.clear()
    write_number(draw.canvas, "1")
    qtbot.waitUntil(draw.is_up_to_date, timeout=5000)
    assert not draw.steps.stages.isVisible()


@pytest.mark.parametrize(
    "threshold, logit_threshold, words",
    [
        (0.999999, None, ("Not sure", "This may not be a digit")),
        (1e-6, None, ("It reads a 7",)),
        # With a max-logit threshold, it decides, whatever the probability's threshold says.
        (1e-6, 1e5, ("Not sure", "This may not be a digit")),
        (0.999999, -1e5, ("It reads a 7",)),
    ],
)
def test_the_words_follow_the_model_s_calibration(
    qtbot, qapp, trained, tmp_path, threshold, logit_threshold, words
):
    """A model whose calibration sets the bar impossibly high is never sure; one that sets
    it at nothing always is. The words on screen come from the model file's calibration."""
    loaded = load_model(trained[0])
    path = tmp_path / "calibrated.keras"
    cal = Calibration(1.0, threshold, 0.02, "test", 10, logit_threshold)
    save_model(loaded.model, path, {**loaded.metadata, "calibration": cal.to_dict()})
    win = open_window(path)
    try:
        draw = win.draw_tab
        write_number(draw.canvas, "7")
        qtbot.waitUntil(draw.is_up_to_date, timeout=5000)
        assert draw.summary.verdict.text().startswith(words)
        assert draw.current_prediction()["uncertain"] is (words[0] == "Not sure")
    finally:
        win.close()
