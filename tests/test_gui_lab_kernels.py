"""The Kernel playground page: live pipeline on the digit, and filter surgery on the real model."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.common.session import ModelSession
from gui.lab.kernels.page import KernelPage
from model.data.preprocess import preprocess
from model.lab import kernels as pg
from tests.gui_support import lab_page
from tests.strokes import render_digit

LEFT = Qt.MouseButton.LeftButton


def _digit(n: int) -> np.ndarray:
    return preprocess(render_digit(n, 280)).input


def _model_weights(session: ModelSession, qtbot) -> list[np.ndarray]:
    """The session model's weights, read in its own thread."""
    with qtbot.waitSignal(
        session.jobFinished, timeout=20000, check_params_cb=lambda kind, r: kind == "read"
    ) as blocker:
        session.run_on_model("read", lambda model, predictor: model.get_weights())
    return blocker.args[1]


@pytest.fixture
def page(qtbot, trained, monkeypatch):
    monkeypatch.setattr(KernelPage, "accuracy_digits", 300)
    with lab_page(qtbot, KernelPage, trained[0], active=True) as (page, session, errors):
        with qtbot.waitSignal(session.predictionReady, timeout=20000):
            session.predict(1, _digit(4))
        qtbot.waitUntil(page.is_settled, timeout=60000)
        yield page, session, errors


def test_editing_a_kernel_cell_changes_the_convolved_picture(page, qtbot):
    page, _session, errors = page
    playground = page.playground
    playground.preset_box.setCurrentIndex(playground.preset_box.findData("identity"))
    identity = playground.stage_conv.grid.maps[0].copy()
    np.testing.assert_allclose(identity, page.image[1:-1, 1:-1], atol=1e-6)
    cell = playground.kernel_grid.cell(1, 0)
    cell.selectAll()
    qtbot.keyClicks(cell, "-2")
    shown = playground.stage_conv.grid.maps[0]
    want = np.array([[0, 0, 0], [-2, 1, 0], [0, 0, 0]], np.float32)
    np.testing.assert_allclose(shown, pg.convolve(page.image, want), atol=1e-6)
    assert not np.allclose(shown, identity)
    assert playground.preset_box.currentData() == ""  # now "your own"
    # ReLU and pooling follow, on the same scale.
    np.testing.assert_allclose(playground.stage_relu.grid.maps[0], np.maximum(shown, 0), atol=1e-6)
    assert playground.stage_pool.grid.maps[0].shape == (13, 13)
    # Pointing at a convolved value names the sum it was computed from.
    playground.stage_conv.grid.cellHovered.emit(0, 10, 7, float(shown[10, 7]))
    assert f"add up to {float(shown[10, 7]):.3f}" in playground.readout.text()
    assert playground.stage_input.grid._boxes[0][:5] == (0, 10, 7, 3, 3)
    # A typed kernel with a mistake says so in one line and changes nothing.
    playground.kernel_text.setText("1 2; 3")
    playground.kernel_text.returnPressed.emit()
    assert "different lengths" in playground.kernel_error.text()
    np.testing.assert_allclose(playground.stage_conv.grid.maps[0], shown)
    playground.kernel_text.setText("1 1 1 1 1; " * 5)
    playground.kernel_text.returnPressed.emit()
    assert playground.stage_conv.size_label.text().startswith("24") and not errors


def test_switching_off_a_filter_changes_the_model_everyone_uses_and_undo_restores_it(
    page, qtbot, trained
):
    page, session, errors = page
    conv = page._layer
    original = _model_weights(session, qtbot)
    before_text = page.accuracy_before.text()
    assert before_text.endswith("%") and page.accuracy_after.text() == before_text
    assert not page.banner.text().startswith("Modified")

    # The controls stay where they are through a change and its undoing (no jumping); the
    # layout settles in posted events, so each place is read once they have run.
    def panel_at():
        return page.knockout_panel.mapTo(page, page.knockout_panel.rect().topLeft())

    qtbot.wait(50)
    first_place = panel_at()

    # A chosen filter's weights show at once: no comparison to wait for.
    page.select_filter(3)
    np.testing.assert_allclose(page.filter_grid.kernel(), original[0][:, :, 0, 3], atol=5e-3)
    assert page.filter_title.text() == f"Filter 3 of {conv}"
    assert page.map_before.maps.max() > 0
    with qtbot.waitSignal(session.predictionReady, timeout=20000):
        qtbot.mouseClick(page.off_button, LEFT)
    qtbot.waitUntil(page.is_settled, timeout=30000)
    assert [e.what for e in page.edits] == [f"filter 3 of {conv} switched off"]
    assert page.map_after.maps.max() == 0.0 and page.tiles.maps[3].max() == 0.0
    assert page.banner.text().startswith("Modified") and "switched off" in page.banner.text()
    qtbot.waitUntil(lambda: panel_at() == first_place, timeout=1000)
    weights = _model_weights(session, qtbot)
    assert np.abs(weights[0][..., 3]).max() == 0.0  # the session's own model changed

    # Wild weights in another first-layer filter: the accuracy shown drops.
    page.select_filter(5)
    assert page.apply_button.isEnabled()
    for r in range(3):
        for c in range(3):
            page.filter_grid.cell(r, c).setText("60" if (r + c) % 2 else "-60")
    qtbot.mouseClick(page.apply_button, LEFT)
    qtbot.waitUntil(lambda: len(page.edits) == 2, timeout=20000)
    qtbot.waitUntil(page.is_settled, timeout=30000)
    after_text = page.accuracy_after.text()
    assert float(after_text.rstrip("%")) < float(before_text.rstrip("%")) - 1.0
    assert page.accuracy_before.text() == before_text

    with qtbot.waitSignal(session.predictionReady, timeout=20000):
        qtbot.mouseClick(page.undo_all_button, LEFT)
    qtbot.waitUntil(lambda: not page.edits and page.is_settled(), timeout=30000)
    assert page.accuracy_after.text() == before_text
    assert not page.banner.text().startswith("Modified")
    qtbot.waitUntil(lambda: panel_at() == first_place, timeout=1000)
    for old, new in zip(original, _model_weights(session, qtbot)):
        np.testing.assert_array_equal(old, new)
    assert not errors


def test_loading_another_model_drops_the_edits(page, qtbot, trained):
    page, session, errors = page
    qtbot.mouseClick(page.off_button, LEFT)
    qtbot.waitUntil(lambda: bool(page.edits), timeout=20000)
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    assert page.edits == [] and not page.banner.text().startswith("Modified")
    qtbot.waitUntil(page.is_settled, timeout=60000)
    assert np.abs(_model_weights(session, qtbot)[0][..., 0]).max() > 0  # a fresh, whole model
    assert page.off_button.isEnabled() and not errors


def test_a_switched_off_filter_shows_everywhere_until_undone_and_save_as_keeps_it(
    page, qtbot, tmp_path
):
    from gui.inspect.layers.inspector import LayerInspector
    from model.storage import read_metadata

    page, session, errors = page
    conv = page._layer
    inspector = LayerInspector(session)
    qtbot.addWidget(inspector)
    qtbot.waitUntil(lambda: bool(inspector.layers), timeout=20000)  # its weights are read
    inspector.select_layer(conv)
    assert np.abs(inspector.weights.maps[3]).max() > 0
    marks: list[str] = []
    session.modifiedChanged.connect(marks.append)

    page.select_filter(3)
    qtbot.mouseClick(page.off_button, LEFT)
    qtbot.waitUntil(lambda: bool(page.edits), timeout=20000)
    # The session is marked modified, and the Inspect tab's tile of that filter goes blank.
    assert session.modified and f"filter 3 of {conv} switched off" in session.modified
    assert marks == [session.modified]
    qtbot.waitUntil(lambda: np.abs(inspector.weights.maps[3]).max() == 0.0, timeout=20000)
    assert np.abs(inspector.weights.maps[2]).max() > 0

    # Save As writes the weights as they are, and the file says they were changed.
    out = tmp_path / "modified.keras"
    with qtbot.waitSignal(session.modelSaved, timeout=20000):
        session.save_as(out)
    assert read_metadata(out)["modified"] == session.modified
    from model.storage import load_model

    saved = load_model(out).model.get_weights()
    assert np.abs(saved[0][..., 3]).max() == 0.0

    qtbot.mouseClick(page.undo_button, LEFT)
    qtbot.waitUntil(lambda: not page.edits, timeout=20000)
    assert session.modified is None and marks[-1] == ""
    qtbot.waitUntil(lambda: np.abs(inspector.weights.maps[3]).max() > 0, timeout=20000)
    assert not errors
