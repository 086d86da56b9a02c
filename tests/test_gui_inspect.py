"""The Inspect tab on real models: it follows new predictions, its explanations equal
``model.explain`` (and so Keras), the pooling winner is shown, the tour runs on every preset,
and views export to PNG and SVG."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.inspect.tab import InspectTab
from model import explain
from model.data.preprocess import preprocess
from tests.specs import TINY_CNN as TINY_SPEC
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


@pytest.mark.parametrize("size", [(1400, 860), (1000, 860), (1900, 1000), (1400, 600)])
def test_filter_n_sits_where_map_n_does(shared, qtbot, size):
    _session, tab, errors = shared
    ins = tab.inspector
    ins.select_layer(named(tab, "Conv2D")[0])  # its filters have one slice each, like its maps
    tab.resize(*size)
    qtbot.waitUntil(lambda: ins.maps.columns() == ins.weights.columns(), timeout=2000)
    n = len(ins.maps.maps)
    assert len(ins.weights.maps) == n > 1
    columns = ins.maps.columns()
    for tile in range(n):
        # Same row and column of the grid: compare positions relative to each grid's tiles.
        m, w = ins.maps.tile_rect(tile), ins.weights.tile_rect(tile)
        m0, w0 = ins.maps.tile_rect(0), ins.weights.tile_rect(0)
        assert round((m.left() - m0.left()) / (m.width() + 4)) == tile % columns
        assert round((w.left() - w0.left()) / (w.width() + 4)) == tile % columns
        assert (m.top() > m0.top()) == (w.top() > w0.top()) == (tile >= columns)
    tab.resize(1400, 860)
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
    assert ins.pages.explain_stack.currentWidget() is ins.pages.conv
    # Shown as the sum of the rounded sum and the rounded bias: within two roundings.
    assert abs(_numbers(ins.pages.conv.equation.text())[2] - want.pre_activation) <= 0.0015
    assert not ins.pages.conv.channel_row.isHidden()  # 16 input channels: per-channel sums shown
    assert not errors


def _numbers(text: str) -> list[float]:
    import re

    return [float(x.replace("−", "-")) for x in re.findall(r"[-−+]?\d+\.\d+", text)]


@pytest.mark.parametrize("which", [0, 1])  # one input channel; several
def test_the_shown_numbers_add_up(shared, qtbot, which):
    """A student adding the products shown gets the sum shown, and so on down the line."""
    session, tab, errors = shared
    ins = tab.inspector
    conv = named(tab, "Conv2D")[which]
    for ch, r, c in (ins.strongest(conv), (1, 3, 4), (0, 5, 2)):
        ins.select_layer(conv)
        ins.set_page("explain")
        with qtbot.waitSignal(
            session.jobFinished,
            timeout=10000,
            check_params_cb=lambda k, res: k == "inspect-explain",
        ):
            ins.explain(r, c, ch)
        panel, result = ins.pages.conv, ins.last_result["inspect-explain"]
        d = panel._decimals
        step = 10.0**-d
        total, bias, pre, value = _numbers(panel.equation.text())
        if "−" in panel.equation.text().split("bias")[0][-3:]:
            bias = -bias
        assert pre == pytest.approx(total + bias, abs=1e-9)  # the line adds up
        assert value == pytest.approx(max(pre, 0.0), abs=1e-9)  # ReLU of what is shown
        assert abs(total - result["total"]) <= step / 2 + 1e-9  # the sum, correctly rounded
        channels = range(result["patch"].shape[2])
        shown_sums = []
        for k in channels:
            panel._show_channel(k)
            products = panel.products.maps[0]
            sum_k = float(products.sum())
            # Every shown product is its own value to within one step of the last decimal...
            assert np.all(np.abs(products - result["products"][..., k]) <= step + 1e-9)
            # ...and they add up to the channel's sum as the page states it.
            assert f"{sum_k + 0.0:.{d}f}".lstrip("-") in panel.products_note.text()
            shown_sums.append(sum_k)
        assert sum(shown_sums) == pytest.approx(total, abs=1e-9)
        assert "rounded" in panel.rounding_note.text()
    assert not errors


def test_the_decide_page_links_the_row_to_the_scores_and_adds_up(shared, qtbot, trained):
    session, tab, errors = shared
    ins = tab.inspector
    output = named(tab, "Dense")[-1]
    with qtbot.waitSignal(
        session.jobFinished, timeout=10000, check_params_cb=lambda k, r: k == "inspect-dense"
    ):
        ins.select_layer(output)
        ins.set_page("decide")
    panel, r = ins.pages.decide, ins.last_result["inspect-dense"]
    digit = ins.prediction["label"]
    assert r["unit"] == digit and f"why “{digit}”" in panel.heading.text()
    # The row and what each of its numbers did sit in the same places.
    assert panel.push_strip.maps.shape == panel.strip.maps.shape
    n = r["features"].size
    np.testing.assert_allclose(panel.strip.maps.ravel()[:n], r["features"])
    np.testing.assert_allclose(panel.push_strip.maps.ravel()[:n], r["contributions"])
    # Red bars up, then blue bars down, as the caption says; maps named as on the left.
    values = [v for _, v in panel.bars.rows]
    ups = [v for v in values if v > 0]
    assert ups and values[: len(ups)] == sorted(ups, reverse=True)
    if (r["by_map"] < 0).any():
        assert values[-1] < 0
    assert all(name.startswith("map ") for name, _ in panel.bars.rows)
    assert "input" not in " ".join(name for name, _ in panel.bars.rows)
    # The score line adds up, and the score is the one in the table next to its probability.
    up, down, bias, total = _numbers(panel.sum_line.text())
    assert up + down + bias == pytest.approx(total, abs=1e-9)
    assert total == pytest.approx(r["scores"][digit], abs=0.005)
    probability = float(ins.prediction["probabilities"][digit])
    assert f"{probability * 100:.0f} %" in panel.scores.text()
    assert f"{r['scores'][digit]:+.2f}" in panel.scores.text()
    # The output layer's tiles on the left are those probabilities, and say so.
    assert "probability" in ins.maps_card.caption.text()
    assert not errors


def test_clicking_a_pooled_value_shows_its_window_and_winner(shared, qtbot, trained):
    session, tab, errors = shared
    ins = tab.inspector
    pool = named(tab, "MaxPooling2D")[0]
    shown = click_value(session, ins, qtbot, pool)
    (r, c), ch = shown["position"], shown["channel"]
    assert (ch, r, c) == tuple(ins.strongest(pool))
    prediction = ins.prediction
    want = explain.pool_window(
        trained[1].model, prediction["activations"], prediction["image"], pool, r, c, ch
    )
    assert shown["winner"] == want.winner
    assert shown["value"] == pytest.approx(want.value)
    assert ins.pages.explain_stack.currentWidget() is ins.pages.pool
    wr, wc = want.winner
    assert (0, wr, wc) == ins.pages.pool.previous._marks[0][:3]
    assert f"{want.value:.3f}" in ins.pages.pool.answer.text()
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
    from model.architectures import build_model
    from model.presets import preset_spec
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


def test_the_tour_counts_the_eight_ideas_as_the_readme_does():
    from pathlib import Path

    from gui.inspect.tour import IDEAS, STEPS, counter_text

    ideas = [step.idea for step in STEPS]
    assert ideas == sorted(ideas) and set(ideas) == set(range(1, IDEAS + 1)) and IDEAS == 8
    for i, step in enumerate(STEPS):
        assert step.title.startswith(f"{step.idea}. ")  # no "6b"
        assert counter_text(i).startswith(f"idea {step.idea} of 8")
    assert [counter_text(i) for i, s in enumerate(STEPS) if s.idea == 6] == [
        "idea 6 of 8 · 1/2",
        "idea 6 of 8 · 2/2",
    ]
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "walks through the\neight ideas" in readme


def test_the_tour_s_relu_step_shows_the_map_relu_changes_most(shared, qtbot, trained):
    """Not the strongest map, which may have no negative value at all (nothing to see)."""
    import tensorflow as tf

    session, tab, errors = shared
    ins = tab.inspector
    conv = named(tab, "Conv2D")[0]
    step = next(i for i, s in enumerate(tab.tour.steps) if s.key == "relu")
    with qtbot.waitSignal(
        session.jobFinished, timeout=10000, check_params_cb=lambda k, r: k == "inspect-relu"
    ):
        tab.tour.go(step)
    # Independently: the convolution's sums before ReLU, by TensorFlow, on the same digit.
    model = trained[1].model
    kernel, bias = model.get_layer(conv).get_weights()
    x = np.asarray(ins.prediction["image"], np.float32).reshape(1, 28, 28, 1)
    sums = tf.nn.conv2d(x, kernel, 1, "VALID").numpy()[0] + bias
    negatives = (sums < 0).sum(axis=(0, 1))
    assert ins.layer == conv and ins.page() == "relu"
    assert ins.channel == int(np.argmax(negatives)) and negatives[ins.channel] > 0
    assert ins.pages.relu.summary.text().startswith(f"{negatives[ins.channel]} of ")
    tab.tour.go(-1)
    assert not errors


@pytest.fixture
def with_canvas(trained, qtbot):
    """A Draw tab and an Inspect tab sharing one session, a digit drawn on the canvas."""
    from gui.draw.tab import DrawTab
    from tests.gui_support import draw_digit

    session = ModelSession()
    settings = SettingsStore(None)
    draw, tab = DrawTab(session, settings), InspectTab(session, settings)
    for widget, size in ((draw, (900, 640)), (tab, (1400, 860))):
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
    errors: list[str] = []
    tab.errorReported.connect(lambda title, message, details: errors.append(message))
    draw.errorReported.connect(lambda title, message, details: errors.append(message))
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    draw_digit(draw.canvas, 4)
    qtbot.waitUntil(
        lambda: (
            (tab.inspector.prediction or {}).get("seq") == draw.seq and bool(tab.inspector.layers)
        ),
        timeout=20000,
    )
    settle(session, qtbot)
    yield session, draw, tab, errors
    draw.shutdown(5000)
    tab.close()
    session.shutdown()


def click_value(session, ins, qtbot, layer: str) -> dict:
    ins.select_layer(layer)
    ins.set_page("explain")
    ch, r, c = ins.strongest(layer)
    with qtbot.waitSignal(
        session.jobFinished,
        timeout=10000,
        check_params_cb=lambda kind, res: kind == "inspect-explain",
    ):
        qtbot.mouseClick(
            ins.maps, Qt.MouseButton.LeftButton, pos=ins.maps.cell_center(ch, r, c).toPoint()
        )
    return ins.last_result["inspect-explain"]


def test_a_clicked_value_s_receptive_field_is_outlined_on_the_canvas(with_canvas, qtbot):
    from tests.gui_support import drag

    session, draw, tab, errors = with_canvas
    ins = tab.inspector
    for layer in (named(tab, "Conv2D")[1], named(tab, "MaxPooling2D")[0]):
        shown = click_value(session, ins, qtbot, layer)
        region = draw.canvas.region
        assert region is not None
        pre = draw.preprocessed
        top, left, height, width = shown["field"]
        y0, x0 = pre.to_source(top, left)
        y1, x1 = pre.to_source(top + height, left + width)
        assert (region.left(), region.top()) == pytest.approx((max(x0, 0), max(y0, 0)))
        assert (region.right(), region.bottom()) == pytest.approx((x1, y1))
        # The strongest value's field sits on the ink: its centre is inside the ink's box.
        b_top, b_left, b_bottom, b_right = pre.bbox
        assert b_left <= region.center().x() <= b_right
        assert b_top <= region.center().y() <= b_bottom
        assert region.width() == pytest.approx(width / pre.axis_scales[1])
    draw.canvas.grab()  # paints the outline
    assert draw.canvas.to_array().max() == 255  # the outline is not part of the drawing
    rect = draw.canvas.drawing_rect()
    drag(
        draw.canvas, [QPointF(rect.x() + 20, rect.y() + 20), QPointF(rect.x() + 40, rect.y() + 30)]
    )
    assert draw.canvas.region is None
    click_value(session, ins, qtbot, named(tab, "Conv2D")[0])
    assert draw.canvas.region is not None
    ins.select_layer(named(tab, "Dense")[0])
    assert draw.canvas.region is None
    # A field of another prediction than the drawing on the canvas is not outlined.
    session.show_field(shown["field"], draw.seq - 1)
    assert draw.canvas.region is None
    session.show_field(shown["field"], draw.seq)
    assert draw.canvas.region is not None
    assert not errors


def test_the_tilted_digit_loads_into_the_canvas(with_canvas, qtbot):
    from model.data.transform import rotate

    session, draw, tab, errors = with_canvas
    ins = tab.inspector
    ins.select_layer(named(tab, "MaxPooling2D")[0])

    def shift_done(kind, r):
        return kind == "inspect-shift"

    with qtbot.waitSignal(session.jobFinished, timeout=20000, check_params_cb=shift_done):
        ins.set_page("shift")
    assert not ins.pages.shift.load_button.isHidden() and ins.pages.shift.load_button.isEnabled()
    tilt = next(b for b in ins.pages.shift.findChildren(QPushButton) if b.text() == "10° clockwise")
    with qtbot.waitSignal(session.jobFinished, timeout=20000, check_params_cb=shift_done):
        qtbot.mouseClick(tilt, Qt.MouseButton.LeftButton)
    r = ins.pages.shift.result
    assert r["tilt"] == -10.0
    np.testing.assert_allclose(r["shifted"], rotate(ins.prediction["image"], -10.0))
    assert ins.pages.shift.pictures._titles[1] == "tilted 10° clockwise"
    # Coming back to the page asks for the same tilt again, not for a shift.
    with qtbot.waitSignal(session.jobFinished, timeout=20000, check_params_cb=shift_done):
        ins.set_page("explain")
        ins.set_page("shift")
    assert ins.pages.shift.result["tilt"] == -10.0

    with qtbot.waitSignal(draw.canvas.drawingChanged, timeout=10000):
        qtbot.mouseClick(ins.pages.shift.load_button, Qt.MouseButton.LeftButton)
    assert draw.canvas.source_tag()["source"] == "Your digit, tilted 10° clockwise"
    # Upscaled to the canvas and preprocessed again: blurred a little, but tilted, not upright.
    seen = draw.preprocessed.input.ravel()
    tilted = np.corrcoef(seen, preprocess(r["shifted"]).input.ravel())[0, 1]
    upright = np.corrcoef(seen, preprocess(r["image"]).input.ravel())[0, 1]
    # The exact figures depend on how the test's strokes rasterise at the canvas's size
    # (0.77-0.87 tilted against 0.52-0.60 upright seen); what matters is the clear gap.
    assert tilted > 0.7 and tilted > upright + 0.15
    qtbot.waitUntil(lambda: draw.current_prediction() is not None and draw.is_up_to_date())
    assert not errors


def test_the_timeline_replays_a_run_s_snapshots(qtbot):
    from model.architectures import build_model

    base = build_model(TINY_SPEC, seed=0).get_weights()
    rng = np.random.default_rng(0)
    moments = [(0, 10), (0, 20), (1, 0), (1, 10), (2, 0)]
    snapshots = [[w + 0.2 * k * rng.standard_normal(w.shape) for w in base] for k in range(5)]
    session = ModelSession()
    tab = InspectTab(session, SettingsStore(None))
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    ins = tab.inspector
    assert ins.replay_bar.isHidden()
    for (epoch, batch), weights in zip(moments, snapshots, strict=True):
        info = {"run": 7, "epoch": epoch, "batch": batch}
        with qtbot.waitSignal(session.snapshotApplied, timeout=60000):
            session.apply_snapshot(TINY_SPEC, weights, info)
    with qtbot.waitSignal(ins.refreshed, timeout=20000):
        session.predict(3, digit(3))
    settle(session, qtbot)
    assert not ins.replay_bar.isHidden()
    assert ins.replay_bar.slider.maximum() == 4 and ins.replay_bar.slider.value() == 4
    assert ins.replay_bar.label.text() == "Replay training: end of epoch 2 (latest)"
    assert not ins.replay_bar.latest_button.isEnabled()
    conv = named(tab, "Conv2D")[0]
    ins.select_layer(conv)
    latest_maps = ins._activation(conv).copy()

    def kernel() -> np.ndarray:
        return ins.last_result["inspect-layers"]["layers"][0]["kernel"]

    np.testing.assert_allclose(kernel(), snapshots[4][0], atol=1e-6)
    with qtbot.waitSignal(session.snapshotApplied, timeout=10000) as applied:
        ins.replay_bar.slider.setValue(1)
    assert applied.args[0]["replay"] == 1
    settle(session, qtbot)
    assert ins.replay_bar.label.text() == "Replay training: epoch 1, batch 20"
    assert ins.replay_bar.latest_button.isEnabled()
    np.testing.assert_allclose(kernel(), snapshots[1][0], atol=1e-6)
    np.testing.assert_allclose(ins.weights.maps[0], snapshots[1][0][:, :, 0, 0], atol=1e-6)
    assert not np.allclose(ins._activation(conv), latest_maps)  # the maps of that moment
    # A new snapshot of the run is recorded, but the replayed moment stays on screen.
    session.apply_snapshot(TINY_SPEC, snapshots[4], {"run": 7, "epoch": 2, "batch": 10})
    settle(session, qtbot)
    assert ins.replay_bar.slider.maximum() == 5 and ins.replay_bar.slider.value() == 1
    np.testing.assert_allclose(kernel(), snapshots[1][0], atol=1e-6)
    with qtbot.waitSignal(session.snapshotApplied, timeout=10000):
        qtbot.mouseClick(ins.replay_bar.latest_button, Qt.MouseButton.LeftButton)
    settle(session, qtbot)
    assert ins.replay_bar.slider.value() == 5 and session.replaying is None
    np.testing.assert_allclose(ins._activation(conv), latest_maps, atol=1e-5)
    tab.close()
    session.shutdown()


def test_the_timeline_keeps_epoch_ends_and_thins_the_rest_evenly():
    from gui.common.snapshots import SnapshotTimeline

    timeline = SnapshotTimeline(cap=12)
    held = None
    for epoch in range(4):
        for batch in range(10, 310, 10):
            timeline.add([], [], {"run": 1, "epoch": epoch, "batch": batch})
            if len(timeline) == 7 and held is None:
                held = timeline[6]  # soon thinned out
        timeline.add([], [], {"run": 1, "epoch": epoch + 1, "batch": 0})
    assert held not in list(timeline)
    # A replayed snapshot that was thinned out maps to the newest one kept before it.
    at = timeline[timeline.index_of(held.number)]
    assert (
        at.number < held.number
        and timeline[timeline.index_of(held.number) + 1].number > held.number
    )
    texts = [s.text() for s in timeline]
    assert len(texts) <= 12
    assert [t for t in texts if t.startswith("end")] == [f"end of epoch {e}" for e in range(1, 5)]
    arrivals = [s.arrival for s in timeline if not s.epoch_end]
    assert len(set(np.diff(arrivals))) == 1  # evenly spread
    timeline.add([], [], {"run": 2, "epoch": 0, "batch": 10})
    assert [s.text() for s in timeline] == ["epoch 1, batch 10"]


@pytest.fixture
def app_style(qapp):
    """The app's own look (style sheet, font, palette): sizes depend on it. Undone after."""
    from gui.common.style import apply_style

    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    apply_style(qapp)
    yield
    sheet, font, palette, style_name = saved
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style_name)


def test_the_shipped_models_layers_and_the_explanation_tabs_fit_a_1400_px_window(qtbot, app_style):
    # With the app's padding, at 1400 px the last layer hid behind a scroll bar and the last
    # explanation tabs behind scroll arrows.
    from PySide6.QtGui import QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QApplication

    from gui.app.paths import DEFAULT_MODEL
    from tests.conftest import ROOT
    from tests.gui_support import open_window

    # Widths depend on the font: measured with DejaVu Sans (the strip fits with 36 px to
    # spare), which the test brings along so it runs the same on every machine.
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert QFontDatabase.addApplicationFont(str(ROOT / "tests" / "fonts" / name)) >= 0
    font = QApplication.font()
    font.setFamily("DejaVu Sans")
    QApplication.setFont(font)
    assert QFontInfo(QApplication.font()).family() == "DejaVu Sans"

    window = open_window(DEFAULT_MODEL, (1400, 900))
    qtbot.addWidget(window)
    window.select_tab("inspect")
    inspector = window.pages["inspect"].inspector
    window.session.predict(1, digit(4))
    qtbot.waitUntil(lambda: len(inspector.strip.buttons.buttons()) == 10, timeout=20000)
    qtbot.wait(50)  # one layout pass
    assert inspector.strip.horizontalScrollBar().maximum() == 0
    bar = inspector.pages.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    window.close()
