"""The Inspect tab on real models: it follows new predictions, its explanations equal
``model.explain`` (and so Keras), the pooling winner is shown, the tour runs on every preset,
and views export to PNG and SVG."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from gui.inspect_tab import InspectTab
from gui.session import ModelSession
from gui.settings import SettingsStore
from model import explain
from model.preprocess import preprocess
from tests.strokes import render_digit


def digit(n: int) -> np.ndarray:
    return preprocess(render_digit(n, 280)).input


def settle(session: ModelSession, qtbot, timeout: int = 60000) -> None:
    """Wait until every job submitted so far has run (jobs of one worker run in order)."""
    with qtbot.waitSignal(
        session.jobFinished,
        timeout=timeout,
        check_params_cb=lambda kind, result: kind == "sentinel",
    ):
        session.run_on_model("sentinel", lambda model, predictor: None)


def named(tab, type_name: str) -> list[str]:
    return [layer["name"] for layer in tab.inspector.layers if layer["type"] == type_name]


def open_tab(qtbot, path, seq: int = 1, n: int = 3):
    session = ModelSession()
    tab = InspectTab(session, SettingsStore(None))
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    errors: list[str] = []
    tab.errorReported.connect(lambda title, message, details: errors.append(message))
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(path)
    with qtbot.waitSignal(tab.inspector.refreshed, timeout=20000):
        session.predict(seq, digit(n))
    settle(session, qtbot)
    return session, tab, errors


@pytest.fixture(scope="module")
def shared(trained, qapp, request):
    """One tab on the trained fixture model for the module (loading costs a second)."""
    from pytestqt.qtbot import QtBot

    session, tab, errors = open_tab(QtBot(request), trained[0])
    yield session, tab, errors
    tab.close()
    session.shutdown()


def test_the_inspector_follows_each_new_prediction(shared, qtbot, trained):
    session, tab, errors = shared
    ins = tab.inspector
    conv = named(tab, "Conv2D")[0]
    ins.select_layer(conv)
    before = ins.maps.painted
    image = digit(7)
    with qtbot.waitSignal(ins.refreshed, timeout=10000):
        session.predict(41, image)
    assert ins.prediction["seq"] == 41
    expected = trained[1].predict(image).activations[conv]
    np.testing.assert_allclose(ins.maps.maps, np.moveaxis(expected, 2, 0), atol=1e-5)
    qtbot.waitUntil(lambda: ins.maps.painted > before, timeout=5000)
    assert not errors


def test_clicking_a_conv_value_shows_the_numbers_of_model_explain(shared, qtbot, trained):
    session, tab, errors = shared
    ins = tab.inspector
    image = digit(2)
    with qtbot.waitSignal(ins.refreshed, timeout=10000):
        session.predict(50, image)
    conv = named(tab, "Conv2D")[1]
    ins.select_layer(conv)  # the second conv: 16 input channels
    ins.set_page("explain")
    with qtbot.waitSignal(
        session.jobFinished,
        timeout=10000,
        check_params_cb=lambda kind, r: kind == "inspect-explain",
    ):
        qtbot.mouseClick(
            ins.maps, Qt.MouseButton.LeftButton, pos=ins.maps.cell_center(5, 4, 6).toPoint()
        )
    shown = ins.last_result["inspect-explain"]
    assert (shown["channel"], shown["position"]) == (5, (4, 6))
    prediction = trained[1].predict(image)
    want = explain.conv_window_sum(trained[1].model, prediction.activations, image, conv, 4, 6, 5)
    np.testing.assert_allclose(shown["products"], want.products, atol=1e-6)
    np.testing.assert_allclose(shown["channel_sums"], want.channel_sums, atol=1e-6)
    assert shown["pre_activation"] == pytest.approx(want.pre_activation, abs=1e-5)
    # ...and so equal to what Keras computed for that value.
    keras_value = prediction.activations[conv][4, 6, 5]
    assert shown["value"] == pytest.approx(float(keras_value), abs=1e-4)
    assert ins.explain_stack.currentWidget() is ins.conv
    assert f"{want.value:.3f}" in ins.conv.equation.text()
    assert not ins.conv.channel_row.isHidden()  # 16 input channels: per-channel sums shown
    assert not errors


def test_clicking_a_pooled_value_shows_its_window_and_winner(shared, qtbot, trained):
    session, tab, errors = shared
    ins = tab.inspector
    pool = named(tab, "MaxPooling2D")[0]
    ins.select_layer(pool)
    ins.set_page("explain")
    ch, r, c = ins.strongest(pool)
    with qtbot.waitSignal(
        session.jobFinished,
        timeout=10000,
        check_params_cb=lambda kind, res: kind == "inspect-explain",
    ):
        qtbot.mouseClick(
            ins.maps, Qt.MouseButton.LeftButton, pos=ins.maps.cell_center(ch, r, c).toPoint()
        )
    shown = ins.last_result["inspect-explain"]
    prediction = ins.prediction
    want = explain.pool_window(
        trained[1].model, prediction["activations"], prediction["image"], pool, r, c, ch
    )
    assert shown["winner"] == want.winner
    assert shown["value"] == pytest.approx(want.value)
    assert ins.explain_stack.currentWidget() is ins.pool
    wr, wc = want.winner
    assert (0, wr, wc) == ins.pool.previous._marks[0][:3]
    assert f"{want.value:.3f}" in ins.pool.answer.text()
    assert not errors


def test_export_writes_png_and_svg(shared, tmp_path):
    _session, tab, _errors = shared
    png = tab.export(tmp_path / "view.png")
    svg = tab.export(tmp_path / "view.svg")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 100
    assert "<svg" in svg.read_text(encoding="utf-8")[:2000]
    with pytest.raises(ValueError):
        tab.export(tmp_path / "view.gif")


@pytest.mark.parametrize("preset", ["mlp", "lenet", "default", "best"])
def test_the_tour_runs_through_every_step_on_every_preset(qtbot, tmp_path, preset):
    from model.architectures import build_model, preset_spec
    from model.storage import save_model

    path = tmp_path / f"{preset}.keras"
    save_model(build_model(preset_spec(preset), seed=0), path, {"name": preset, "preset": preset})
    session, tab, errors = open_tab(qtbot, path)
    try:
        for i in range(len(tab.tour.steps)):
            tab.tour.go(i)
            settle(session, qtbot)
            tab.grab()  # paints every visible panel of the step
        assert not errors, errors
        has_conv = preset != "mlp"
        assert tab.inspector.has_conv == has_conv
        assert tab.tour.has_conv == has_conv
        assert "inspect-dense" in tab.inspector.last_result
        assert "inspect-shift" in tab.inspector.last_result
        if has_conv:
            assert "inspect-patches" in tab.inspector.last_result
            assert "inspect-explain" in tab.inspector.last_result
        else:
            # Without convolutions the first dense layer's weights are 28x28 pictures.
            assert tab.inspector.weights.maps.shape[1:] == (28, 28) or tab.tour.index >= 0
    finally:
        tab.close()
        session.shutdown()
