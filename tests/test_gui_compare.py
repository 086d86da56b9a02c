"""The Inspect tab's comparison views on a small trained CNN: two digits layer by layer, two
networks side by side (and refused with a sentence where no layers correspond), what each
layer knows, and the Draw tab's line with the other network's answer."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.common.second_network import SHIPPED_DENSE
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.inspect.tab import InspectTab
from model.data.preprocess import preprocess
from tests.strokes import render_digit


def digit(n: int) -> np.ndarray:
    return preprocess(render_digit(n, 280)).input


def settle(session: ModelSession, qtbot) -> None:
    """Wait until every job submitted to the model worker so far has run."""
    with qtbot.waitSignal(
        session.jobFinished, timeout=60000, check_params_cb=lambda kind, r: kind == "sentinel"
    ):
        session.run_on_model("sentinel", lambda model, predictor: None)


@pytest.fixture
def inspect(trained, qtbot):
    """An Inspect tab on the trained fixture model, a 4 predicted."""
    session = ModelSession()
    tab = InspectTab(session, SettingsStore(None))
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    errors: list[str] = []
    tab.errorReported.connect(lambda title, message, details: errors.append(message))
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    with qtbot.waitSignal(tab.inspector.refreshed, timeout=20000):
        session.predict(1, digit(4))
    yield session, tab, errors
    assert tab.shutdown(5000)
    tab.close()
    session.shutdown()


# --------------------------------------------------------------------------- two digits


def test_a_digit_compared_with_itself_is_alike_at_every_layer_on_screen(inspect, qtbot, trained):
    session, tab, errors = inspect
    view = tab.views.show_view("digits")
    image = session.last_prediction["image"]
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        view.set_second(image, "the same digit")
    names = ["input", *trained[1].model.layer_names]
    assert view.curve.names == names
    assert view.curve.values == pytest.approx([1.0] * len(names))
    for name, row in view.rows.items():
        assert row.note.text() == "1.00 alike", name
        assert np.nanmax(np.abs(row.grids[2].maps)) == pytest.approx(0.0, abs=1e-6)
        np.testing.assert_allclose(row.grids[0].maps, row.grids[1].maps)
    assert "1.00 alike" in view.sentence.text() or "the same" in view.sentence.text()
    assert not errors


def test_two_digits_follow_the_drawing_and_show_where_they_part(inspect, qtbot, trained):
    session, tab, errors = inspect
    view = tab.views.show_view("digits")
    view.set_mode("moved")
    view.chooser.sliders["dx"].slider.setValue(3)
    qtbot.waitUntil(lambda: view.is_settled(), timeout=20000)
    moved = view.result
    assert moved["image_b"].shape == (28, 28)
    assert moved["layers"][0].similarity < 0.9  # three pixels apart: unlike in the pixels
    # A new drawing: the comparison follows it, the second digit is moved from the new one.
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        session.predict(2, digit(7))
    np.testing.assert_allclose(view.result["image_a"], digit(7), atol=1e-6)
    net = trained[1].model
    conv = net.layer_names[0]
    expected = net.activations(view.result["image_a"].reshape(1, 28, 28, 1))[0][0]
    np.testing.assert_allclose(view.rows[conv].grids[0].maps, np.moveaxis(expected, 2, 0), 1e-5)
    assert view.sentence.text().startswith("In the pixels")
    assert not errors


# --------------------------------------------------------------------------- two networks


def test_networks_without_corresponding_layers_are_refused_with_a_sentence(inspect, qtbot):
    session, tab, errors = inspect
    view = tab.views.show_view("networks")  # first shown: the shipped dense network
    qtbot.waitUntil(lambda: session.second.info is not None, timeout=30000)
    assert session.second.info["path"] == str(SHIPPED_DENSE)
    qtbot.waitUntil(view.is_settled, timeout=20000)
    assert view.pairs == [] and view.rows == {}
    assert "no feature maps in common" in view.layers_note.text()
    assert "\n" not in view.layers_note.text()
    # Their answers are still compared.
    assert view.column_b.bars.probabilities is not None
    assert view.differs.text()
    assert not errors


def test_corresponding_layers_show_both_networks_maps_and_filters(inspect, qtbot, trained):
    session, tab, errors = inspect
    view = tab.views.show_view("networks")
    view.use_copy()  # this model, as it is now: every layer corresponds
    qtbot.waitUntil(
        lambda: session.second.info is not None and "as at" in session.second.info["name"],
        timeout=30000,
    )
    qtbot.waitUntil(view.is_settled, timeout=20000)
    net = trained[1].model
    assert [p.name_a for p in view.pairs] == net.layer_names
    acts = net.activations(session.last_prediction["image"].reshape(1, 28, 28, 1))
    conv = net.layer_names[0]
    row = view.rows[conv]
    expected = np.moveaxis(acts[0][0], 2, 0)
    qtbot.waitUntil(lambda: row.grids[1].maps.shape == expected.shape, timeout=10000)
    np.testing.assert_allclose(row.grids[0].maps, expected, atol=1e-5)
    np.testing.assert_allclose(row.grids[1].maps, expected, atol=1e-5)
    kernel = net.get_layer(conv).kernel
    filters = view.rows[f"{conv}:filters"]
    np.testing.assert_allclose(filters.grids[1].maps, np.moveaxis(kernel[:, :, 0, :], 2, 0))
    assert view.differs.text().startswith("Both read")
    assert not errors


def test_a_clicked_disagreement_lands_on_the_canvas(trained, qtbot, mnist):
    from tests.gui_support import draw_digit, open_window

    window = open_window(trained[0], (1400, 900))
    try:
        draw = window.draw_tab
        draw_digit(draw.canvas, 4)
        qtbot.waitUntil(draw.is_up_to_date, timeout=20000)
        window.select_tab("inspect")
        view = window.pages["inspect"].views.show_view("networks")
        qtbot.waitUntil(lambda: window.session.second.info is not None, timeout=30000)
        view.score(500)
        qtbot.waitUntil(lambda: view.evaluation.result is not None, timeout=60000)
        result = view.evaluation.result
        assert result["n"] == 500 and result["disagreements"]
        for key in ("a", "b"):
            assert int(result["confusion"][key].sum()) == 500
        gallery = view.evaluation.gallery
        assert gallery.count() == min(len(result["disagreements"]), gallery.MAX_SHOWN)
        item = gallery.item(0)
        index = int(item.data(Qt.ItemDataRole.UserRole))
        assert index == result["disagreements"][0]
        gallery.scrollToItem(item)
        qtbot.mouseClick(
            gallery.viewport(),
            Qt.MouseButton.LeftButton,
            pos=gallery.visualItemRect(item).center(),
        )
        qtbot.waitUntil(
            lambda: (draw.canvas.source_tag() or {}).get("source") == f"MNIST test digit #{index}",
            timeout=20000,
        )
        assert draw.canvas.source_tag()["label"] == int(mnist.y_test[index])
        # ... and both networks now answer that digit (as the canvas prepares it, which may
        # settle their disagreement: the Train tab's gallery does the same).
        qtbot.waitUntil(
            lambda: (
                view.prediction["seq"] == draw.seq
                and view.is_settled()
                and view.differs.text() != ""
            ),
            timeout=20000,
        )
        np.testing.assert_allclose(view.image, draw.preprocessed.input)
        assert window.session.second.last_answer["seq"] == draw.seq
        # The Draw tab's line says what the other network reads, and can stop comparing.
        window.select_tab("draw")
        line = draw.second_answer
        answer, current = window.session.second.last_answer, window.session.last_prediction
        verdict = "same" if answer["label"] == current["label"] else "differs"
        qtbot.waitUntil(lambda: line.text.text().endswith(verdict), timeout=20000)
        name = window.session.second.info["name"]
        assert line.text.text() == f"{name} reads {answer['label']} · {verdict}"
        line.stop_button.click()
        assert not line.isVisible() and window.session.second.info is None
    finally:
        window.close()


# --------------------------------------------------------------------------- what each knows


def test_read_outs_appear_for_the_current_digit_and_follow_it(inspect, qtbot, trained):
    session, tab, errors = inspect
    view = tab.views.view("knows")
    view.sample = (300, 200)  # small: a few seconds for the fixture's network
    with qtbot.waitSignal(view.readOutsShown, timeout=120000):
        tab.views.show_view("knows")
    probes = view.probes
    assert [e.name for e in probes.layers] == ["input", *trained[1].model.layer_names]
    assert probes.n_train == 300 and probes.n_test == 200
    accuracy = [e.accuracy for e in probes.layers]
    assert view.curve.values == pytest.approx(accuracy)
    assert view.curve.baseline == pytest.approx(accuracy[0])  # the raw pixels
    first = view.read_outs.copy()
    prediction = session.last_prediction
    np.testing.assert_allclose(
        first, probes.read_out(prediction["image"], prediction["activations"])
    )
    for row, p in zip(view.rows, first):
        np.testing.assert_allclose(row.bars.probabilities, p)
    # Another digit: the read-outs follow it, from the same probes.
    with qtbot.waitSignal(view.readOutsShown, timeout=20000):
        session.predict(2, digit(1))
    prediction = session.last_prediction
    np.testing.assert_allclose(
        view.read_outs, probes.read_out(prediction["image"], prediction["activations"])
    )
    assert not np.allclose(view.read_outs, first)
    assert view.probes is probes
    assert not errors


def test_read_outs_are_cached_per_set_of_weights(inspect, qtbot):
    session, tab, errors = inspect
    view = tab.views.view("knows")
    view.sample = (200, 100)
    trained_jobs: list[str] = []
    view.worker.started.connect(trained_jobs.append)
    with qtbot.waitSignal(view.readOutsShown, timeout=120000):
        tab.views.show_view("knows")
    probes = view.probes
    assert trained_jobs == ["probes"]
    # Said to be changed, the same weights: their read-outs come back from the cache.
    with qtbot.waitSignal(view.readOutsShown, timeout=20000):
        session.set_modified("nothing, really")
    assert view.probes is probes and trained_jobs == ["probes"]

    # Really changed: new read-outs are trained for the new weights.
    def zero_first_filter(model, predictor):
        model.layers[0].kernel[..., 0] = 0.0
        predictor.weights_changed()

    settle(session, qtbot)
    session.run_on_model("edit", zero_first_filter)
    settle(session, qtbot)
    with qtbot.waitSignal(view.readOutsShown, timeout=120000):
        session.set_modified("filter 0 switched off")
        session.refresh_prediction()
    assert view.probes is not probes and trained_jobs == ["probes", "probes"]
    assert len(view.cache) == 2
    assert not errors


def test_the_tour_s_knows_step_shows_what_each_layer_knows(inspect, qtbot):
    from gui.inspect.tour import STEPS

    _session, tab, errors = inspect
    index = [s.key for s in STEPS].index("knows")
    tab.views.view("knows").sample = (200, 100)
    tab.tour.go(index)
    assert tab.views.current_key == "knows" and tab.tour.isVisible()
    qtbot.waitUntil(lambda: tab.views.views["knows"].probes is not None, timeout=120000)
    tab.tour.go(index - 1)
    assert tab.views.current_key == "layers"
    assert STEPS[index].title.startswith("4. ")
    assert not errors


def test_a_snapshot_of_the_last_run_is_set_beside_the_current_model(inspect, qtbot, trained):
    from tests.conftest import FIXTURE_SPEC

    session, tab, errors = inspect
    view = tab.views.show_view("networks")
    assert not view.snapshots.isEnabled()  # no run yet
    weights = trained[1].model.get_weights()
    session.apply_snapshot(FIXTURE_SPEC, weights, {"run": 7, "epoch": 1, "batch": 0})
    qtbot.waitUntil(lambda: view.snapshots.count() == 2, timeout=20000)
    assert view.snapshots.isEnabled() and view.snapshots.itemText(1) == "end of epoch 1"
    view.snapshots.activated.emit(1)
    qtbot.waitUntil(
        lambda: (session.second.info or {}).get("name") == "training, end of epoch 1",
        timeout=30000,
    )
    qtbot.waitUntil(lambda: view.pairs != [] and view.is_settled(), timeout=20000)
    assert len(view.pairs) == len(trained[1].model.layers)
    # The same weights as the current model's: the same answer.
    assert view.differs.text().startswith("Both read")
    assert not errors
