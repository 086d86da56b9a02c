""" "Export for slides…": the dialog writes each animation and the handout for the digit shown,
and says plainly why an export cannot be made."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from gui.common.export_dialog import ExportDialog
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.inspect.tab import InspectTab
from model.architectures import spec_config
from model.data.preprocess import preprocess
from model.network.network import Network
from tests.specs import TINY_CNN
from tests.strokes import render_digit

MODELS = Path(__file__).resolve().parent.parent / "resources" / "models"


def digit(n: int) -> np.ndarray:
    return preprocess(render_digit(n, 280)).input


def ready_session(qtbot, path: Path | None, n: int | None = 3) -> ModelSession:
    session = ModelSession()
    if path is not None:
        with qtbot.waitSignal(session.modelChanged, timeout=60000):
            session.open(path)
    if n is not None:
        with qtbot.waitSignal(session.predictionReady, timeout=20000):
            session.predict(1, digit(n))
    return session


def exported(qtbot, dialog: ExportDialog, path: Path) -> Path:
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        dialog.export(path)
    assert done.args == [str(path)]
    assert "Saved" in dialog.status.text()
    return path


@pytest.fixture
def session(qtbot):
    session = ready_session(qtbot, MODELS / "default.keras")
    yield session
    session.shutdown()


@pytest.mark.parametrize(
    "key, name, frames",
    [("slide", "slide.gif", 12), ("sweep", "sweep.webp", 10), ("handout", "handout.html", 0)],
)
def test_the_dialog_exports_each_kind_for_the_digit_shown(
    qtbot, session, tmp_path, key, name, frames
):
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(key)
    assert dialog.save_button.isEnabled() and dialog.problem() == ""
    if frames:
        dialog.frames_box.setValue(frames)
    path = exported(qtbot, dialog, tmp_path / name)
    if frames:
        assert Image.open(path).n_frames == frames
    else:
        page = path.read_text(encoding="utf-8")
        assert '<section id="layers">' in page and "answers a 3" in page


def test_the_training_replay_has_a_frame_per_snapshot_of_the_run(qtbot, tmp_path):
    session = ready_session(qtbot, None, None)
    shapes = Network(spec_config(TINY_CNN)).weight_shapes()
    rng = np.random.default_rng(0)
    for k in range(3):
        weights = [rng.normal(0, 0.1 * (k + 1), s).astype(np.float32) for s in shapes]
        with qtbot.waitSignal(session.snapshotApplied, timeout=60000):
            session.apply_snapshot(TINY_CNN, weights, {"run": 5, "epoch": k + 1, "batch": 0})
    with qtbot.waitSignal(session.predictionReady, timeout=20000):
        session.predict(2, digit(7))
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("replay")
    assert dialog.problem() == ""
    path = exported(qtbot, dialog, tmp_path / "replay.gif")
    assert Image.open(path).n_frames == 3
    session.shutdown()


def test_the_dialog_says_why_an_export_cannot_be_made(qtbot, tmp_path):
    session = ready_session(qtbot, MODELS / "mlp.keras", None)
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Draw a digit" in dialog.status.text() and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(session.predictionReady, timeout=20000):
        session.predict(1, digit(4))
    dialog.hide()
    dialog.show()  # showing it again reads the digit and the model again
    dialog.select("slide")
    assert "no convolution layer" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    dialog.select("replay")
    assert "no training run" in dialog.status.text()
    dialog.select("sweep")
    assert dialog.save_button.isEnabled()
    # A file that cannot be written: the reason, in the dialog, and no crash.
    with qtbot.waitSignal(session.jobFailed, timeout=20000):
        dialog.export(tmp_path / "missing" / "sweep.gif")
    assert dialog.status.text().startswith("Could not export: cannot write")
    assert dialog.save_button.isEnabled()
    session.shutdown()


def test_the_inspect_tab_offers_export_for_slides(qtbot, session):
    tab = InspectTab(session, SettingsStore(None))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.slides_button.text() == "Export for slides…"
    dialog = tab.open_slides_export()
    assert dialog.isVisible() and tab.open_slides_export() is dialog
    tab.close()


def test_the_inspector_s_filter_is_the_one_that_slides(qtbot, session):
    tab = InspectTab(session, SettingsStore(None))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: "conv2" in tab.inspector.layer_names(), timeout=20000)
    tab.inspector.select_layer("conv2", 5)
    dialog = tab.open_slides_export()
    assert dialog.layer_box.currentData() == "conv2" and dialog.filter_box.value() == 5
    assert dialog.filter_box.maximum() == 31  # conv2 has 32 filters
    dialog.layer_box.setCurrentIndex(dialog.layer_box.findData("conv1"))
    assert dialog.filter_box.maximum() == 23
    tab.close()


def test_the_robustness_lab_exports_a_sweep_from_its_sliders(qtbot, tmp_path):
    from gui.lab.robustness.page import RobustnessPage
    from tests.gui_support import lab_page

    with lab_page(qtbot, RobustnessPage, MODELS / "default.keras", active=True) as opened:
        page, session, errors = opened
        with qtbot.waitSignal(session.predictionReady, timeout=20000):
            session.predict(1, digit(6))
        qtbot.waitUntil(lambda: page.image is not None, timeout=20000)
        page.sliders["rotation"].set_value(30)
        dialog = page.open_slides_export()
        assert dialog.choice.key == "sweep" and dialog.sweep_base["rotation"] == 30
        assert dialog.compare_box.text() == "Compare with mlp.keras"
        dialog.sweep_box.setCurrentIndex(dialog.sweep_box.findData("move"))
        dialog.frames_box.setValue(10)
        path = exported(qtbot, dialog, tmp_path / "sweep.gif")
        assert Image.open(path).n_frames == 10 and not errors
        dialog.close()
