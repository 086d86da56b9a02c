"""The Lab's "Why this answer" page and the Draw tab's "Show why" overlay, on a real model."""

from __future__ import annotations

import numpy as np
import pytest

from gui.common.session import ModelSession
from gui.common.settings import DrawingSettings, SettingsStore, WhySettings
from gui.draw.tab import DrawTab
from gui.lab.tab import LabTab
from model.words import with_article
from tests.gui_support import draw_digit


@pytest.fixture(scope="module")
def parts(trained, qapp, request):
    """A Draw tab and a Lab tab (on its Why page) sharing one session on the fixture model."""
    from pytestqt.qtbot import QtBot

    qtbot = QtBot(request)
    session = ModelSession()
    settings = SettingsStore(None)
    draw = DrawTab(session, settings)
    lab = LabTab(session, settings)
    for widget, size in ((draw, (900, 700)), (lab, (1200, 860))):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    page = lab.show_page("why")
    yield session, draw, page, settings
    draw.shutdown(2000)
    session.shutdown()


def _current(page, draw) -> bool:
    """The page shows a map of the drawing now on the canvas."""
    result = page.result
    return result is not None and page.is_settled() and result["tag"][1] == draw.seq


def _draw(qtbot, draw, digit: int) -> None:
    draw.canvas.clear()
    draw_digit(draw.canvas, digit)
    qtbot.waitUntil(draw.is_up_to_date, timeout=10000)


def test_the_page_shows_a_map_of_the_drawn_digit(qtbot, parts):
    _session, draw, page, _settings = parts
    page.set_class(None)
    page.set_method("gradcam")
    draw.canvas.clear()
    qtbot.waitUntil(lambda: page.image is None, timeout=5000)
    assert page.headline.text() == "Nothing to explain yet"
    assert not page.overlay_view.has_map()
    _draw(qtbot, draw, 3)
    qtbot.waitUntil(lambda: _current(page, draw), timeout=20000)
    result = page.result
    answer = draw.current_prediction()["label"]
    assert result["method"] == "gradcam" and result["class_index"] == answer
    assert result["map"].shape == (28, 28) and np.isfinite(result["map"]).all()
    assert page.overlay_view.has_map() and page.map_view.has_map()
    assert page.headline.text() == f"Grad-CAM: why {answer}"
    assert page.class_buttons[answer].isChecked()
    assert "last convolution layer" in page.reading.text()


def test_switching_method_or_class_computes_a_new_map(qtbot, parts):
    _session, draw, page, settings = parts
    page.set_class(None)
    _draw(qtbot, draw, 7)
    qtbot.waitUntil(lambda: _current(page, draw), timeout=20000)
    answer = draw.current_prediction()["label"]

    page.method_buttons["occlusion"].click()
    qtbot.waitUntil(lambda: page.result["method"] == "occlusion", timeout=10000)
    assert page.result["signed"] and page.headline.text() == f"Occlusion: why {answer}"
    assert "hidden" in page.reading.text()

    other = (answer + 1) % 10
    page.class_buttons[other].click()
    qtbot.waitUntil(lambda: page.result["class_index"] == other, timeout=10000)
    assert page.pinned == other and page.class_buttons[other].isChecked()
    assert page.headline.text() == f"Occlusion: what looks like {with_article(other)}"
    assert not page.answer_button.isHidden()
    page.answer_button.click()
    qtbot.waitUntil(lambda: page.result["class_index"] == answer, timeout=10000)
    assert page.pinned is None and page.answer_button.isHidden()

    page.method_buttons["gradient"].click()
    assert page.smooth_box.isEnabled()
    page.smooth_box.setChecked(True)
    qtbot.waitUntil(
        lambda: page.result["method"] == "gradient" and page.result["smooth"], timeout=10000
    )
    assert "SmoothGrad" in page.result["notes"]
    page.save_settings()
    assert settings.load(WhySettings) == WhySettings(method="gradient", smooth=True)
    page.smooth_box.setChecked(False)


def test_show_why_overlays_the_canvas_and_clear_removes_it(qtbot, parts):
    _session, draw, page, settings = parts
    assert not draw.show_why and draw.canvas.overlay is None
    draw.why_button.click()
    assert draw.show_why
    _draw(qtbot, draw, 2)
    qtbot.waitUntil(lambda: draw.canvas.overlay is not None, timeout=10000)
    rect, caption = draw.canvas.overlay
    assert "why" in caption
    # The overlay covers the 28x28 frame mapped back onto the canvas: it holds all the ink.
    top, left, bottom, right = draw.preprocessed.bbox
    assert rect.left() <= left and rect.top() <= top
    assert rect.right() >= right and rect.bottom() >= bottom
    # Exactly where preprocessing took the 28x28 input from (per-axis scale, placement): a
    # hot spot lies on the strokes it was computed from (tests/test_model_preprocess.py has
    # the known answer).
    frame = draw.preprocessed.frame_in_source()
    assert (rect.top(), rect.left(), rect.height(), rect.width()) == pytest.approx(frame)
    draw.save_settings()
    assert settings.load(DrawingSettings).show_why

    draw.actions["clear"].trigger()
    assert draw.canvas.overlay is None
    _draw(qtbot, draw, 5)
    qtbot.waitUntil(lambda: draw.canvas.overlay is not None, timeout=10000)
    draw.why_button.click()  # off: the overlay goes at once and stays away
    assert not draw.show_why and draw.canvas.overlay is None
    _draw(qtbot, draw, 6)
    qtbot.waitUntil(lambda: _current(page, draw), timeout=20000)
    assert draw.canvas.overlay is None


def test_show_why_asks_again_for_an_answer_that_changed_while_the_tab_was_hidden(qtbot, parts):
    session, draw, _page, _settings = parts
    draw.set_show_why(True)
    try:
        _draw(qtbot, draw, 4)
        qtbot.waitUntil(lambda: draw.canvas.overlay is not None, timeout=10000)
        qtbot.waitUntil(lambda: not draw.why._busy and not draw.why._timer.isActive())
        draw.hide()
        # The weights changed in the Lab, say: the same drawing gets a new answer.
        with qtbot.waitSignal(session.predictionReady, timeout=10000):
            session.refresh_prediction()
        qtbot.waitUntil(lambda: not draw.why._timer.isActive(), timeout=5000)
        with qtbot.waitSignal(
            session.jobFinished,
            timeout=10000,
            check_params_cb=lambda kind, _result: kind == "why-draw",
        ):
            draw.show()
    finally:
        draw.show()
        draw.set_show_why(False)


def test_a_model_without_convolution_falls_back_from_grad_cam(qtbot, tmp_path):
    from model.architectures import build_model
    from model.presets import preset_spec
    from model.storage import save_model

    path = tmp_path / "mlp.keras"
    save_model(build_model(preset_spec("mlp"), seed=0), path, {"name": "mlp"})
    session = ModelSession()
    lab = LabTab(session, SettingsStore(None))
    qtbot.addWidget(lab)
    lab.show()
    page = lab.show_page("why")
    try:
        with qtbot.waitSignal(session.modelChanged, timeout=60000):
            session.open(path)
        assert not page.method_buttons["gradcam"].isEnabled()
        assert page.effective_method() == "gradient"
        image = np.zeros((28, 28), np.float32)
        image[6:22, 12:16] = 1.0
        with qtbot.waitSignal(session.predictionReady, timeout=10000):
            session.predict(1, image)
        qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
        assert page.result["method"] == "gradient"
        assert "needs a convolutional layer" in page.notes.text()
    finally:
        session.shutdown()
