"""The Robustness lab page: sliders spoil the digit live, both networks answer, curves plot."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.lab.robustness.page import SHIPPED_COMPARISON, RobustnessPage, RobustnessSettings
from model.data.transform import transform

pytestmark = pytest.mark.skipif(
    not SHIPPED_COMPARISON.exists(), reason="the shipped mlp.keras is missing"
)


@pytest.fixture
def page(qtbot, trained, mnist):
    """The page in a 1400x900 window, on the fixture model, a test digit shown."""
    session = ModelSession()
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    widget = RobustnessPage(session, SettingsStore(None))
    window = QWidget()
    QVBoxLayout(window).addWidget(widget)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    widget.errors = []
    widget.errorReported.connect(lambda title, message, details: widget.errors.append(message))
    widget.set_active(True)
    widget.digit = mnist.x_test[11].astype(np.float32) / 255.0  # a 6 that moves badly for an MLP
    session.predict(1, widget.digit)
    qtbot.waitUntil(lambda: widget.image is not None, timeout=20000)
    qtbot.waitUntil(widget.is_settled, timeout=30000)
    qtbot.waitUntil(lambda: widget.comparison_column.bars.probabilities is not None, timeout=5000)
    yield widget
    assert widget.shutdown(2000)
    session.shutdown()


def _bars(page: RobustnessPage) -> tuple[np.ndarray, np.ndarray]:
    return (
        np.array(page.current_column.bars.probabilities),
        np.array(page.comparison_column.bars.probabilities),
    )


def test_a_slider_spoils_the_digit_and_both_networks_answer_again(page, qtbot):
    assert np.array_equal(page.spoiled, page.digit)  # no change yet
    assert page.comparison_name == "mlp"
    before_view = page.view.grab().toImage()
    current, comparison = _bars(page)
    assert current.argmax() == comparison.argmax() == 6

    page.sliders["dx"].slider.setValue(page.sliders["dx"].slider.value() + 8)  # 4 px right
    assert page.sliders["dx"].value == 4.0 and page.sliders["dx"].shown.text() == "+4 px"
    qtbot.waitUntil(lambda: page.is_settled() and not np.array_equal(page.spoiled, page.digit))
    np.testing.assert_allclose(page.spoiled, transform(page.digit, shift=(4, 0)), atol=1e-6)
    assert page.view.grab().toImage() != before_view
    moved_current, moved_comparison = _bars(page)
    assert np.abs(moved_current - current).max() > 1e-3
    assert np.abs(moved_comparison - comparison).max() > 1e-3
    assert "moved 4 px right" in page.changes.text().lower()

    page.sliders["rotation"].set_value(-30)
    page.sliders["thickness"].set_value(1)
    qtbot.waitUntil(page.is_settled)
    expected = transform(page.digit, shift=(4, 0), rotation=-30, thickness=1)
    qtbot.waitUntil(lambda: np.abs(page.spoiled - expected).max() < 1e-6)

    page.reset_sliders()
    qtbot.waitUntil(lambda: page.is_settled() and np.array_equal(page.spoiled, page.digit))
    qtbot.waitUntil(lambda: np.allclose(_bars(page)[0], current, atol=1e-6))
    assert page.errors == []


def test_the_curve_button_plots_both_models(page, qtbot):
    page.sample_box.setCurrentIndex(0)  # 200 digits
    steps: list[tuple[int, int]] = []
    page.curveProgressed.connect(lambda done, total: steps.append((done, total)))
    qtbot.mouseClick(page.curve_button, Qt.MouseButton.LeftButton)
    assert not page.curve_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.curve_result is not None, timeout=60000)
    result = page.curve_result
    assert result["n"] == 200 and set(result["models"]) == {"current", "comparison"}
    assert steps and steps[-1][0] == steps[-1][1]
    for role in ("current", "comparison"):
        for kind in ("shift", "rotation"):
            qtbot.waitUntil(lambda r=role, k=kind: len(page.plot.line_data(r, k)[0]) > 0)
            x, y = page.plot.line_data(role, kind)
            assert list(x) == result[f"{kind}s"]
            assert np.allclose(y, np.array(result["models"][role][f"accuracy_vs_{kind}"]) * 100)
    shifted = result["models"]
    assert shifted["current"]["accuracy_vs_shift"][0] > 0.9
    assert shifted["comparison"]["accuracy_vs_shift"][0] > 0.9
    assert shifted["current"]["accuracy_vs_shift"][-1] < 0.6  # moving 6 px does hurt
    assert page.curve_button.isEnabled() and not page.cancel_button.isEnabled()
    assert "200 test digits" in page.curve_status.text()


def test_a_curve_can_be_cancelled(page, qtbot):
    page.sample_box.setCurrentIndex(page.sample_box.count() - 1)
    page.start_curve()
    qtbot.waitUntil(lambda: page.progress.maximum() > 0, timeout=60000)
    page.cancel_curve()
    qtbot.waitUntil(lambda: page.curve_button.isEnabled(), timeout=10000)
    assert page.curve_status.text() == "Cancelled." and page.curve_result is None
    assert page.errors == []


def test_closing_during_a_curve_does_not_hang(page, qtbot):
    page.sample_box.setCurrentIndex(page.sample_box.count() - 1)  # the longest run
    page.start_curve()
    qtbot.waitUntil(lambda: page.progress.maximum() > 0, timeout=60000)
    assert page.shutdown(2000)  # True: it ended within the two seconds it was given
    assert not page.curve_worker.is_running() and not page.live_worker.is_running()


def test_a_bad_comparison_file_is_one_line_and_the_old_model_stays(page, qtbot, tmp_path):
    bad = tmp_path / "broken.keras"
    bad.write_bytes(b"not a model")
    page.set_comparison(str(bad))
    qtbot.waitUntil(lambda: bool(page.errors), timeout=10000)
    assert "broken.keras" in page.errors[0] and "\n" not in page.errors[0]
    assert page.comparison_path == str(SHIPPED_COMPARISON)
    qtbot.waitUntil(lambda: page.comparison_column.bars.probabilities is not None)


def test_send_to_draw_offers_the_spoiled_digit_and_a_blank_canvas_explains(page, qtbot):
    page.sliders["scale"].set_value(0.8)
    qtbot.waitUntil(lambda: page.is_settled() and not np.array_equal(page.spoiled, page.digit))
    spoiled = page.spoiled.copy()
    with qtbot.waitSignal(page.session.pictureOffered) as offered:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    pixels, source = offered.args
    assert np.array_equal(pixels, spoiled) and "resized to 80 %" in source
    assert page.sliders["scale"].value == 1.0  # the sent digit is the new starting point

    page.digit_changed(None, None)  # the canvas was cleared
    assert page.spoiled is None and not page.send_button.isEnabled()
    assert "Draw a digit" in page.comparison_column.verdict.text()


def test_the_comparison_model_and_sample_size_are_remembered(page):
    page.sample_box.setCurrentIndex(0)
    page.save_settings()
    saved = page.settings.load(RobustnessSettings)
    assert saved.sample == 200 and saved.comparison == ""  # the shipped one is the default
