"""The Train tab: editing architectures, running, pausing, stopping, diverging, closing.

Runs use a tiny network on a few hundred digits, so each takes a second or two on a slow CPU.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.workers import orphaned_threads
from gui.train.editor import ArchitectureEditor
from gui.train.tab import TrainTab
from model.training.checkpoints import CHECKPOINT_NAME
from model.training.config import TrainConfig
from tests.conftest import posix_only
from tests.specs import TINY_CNN as TINY


@pytest.fixture(scope="module")
def small():
    from model.data.mnist import load_mnist

    return load_mnist().limited(512, 200)


@pytest.fixture
def tab(qtbot, small, tmp_path):
    session = ModelSession()
    page = TrainTab(
        session, SettingsStore(None), data_loader=lambda: small, runs_dir=tmp_path / "runs"
    )
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    page.editor.set_spec(TINY)
    page.form.set_config(
        TrainConfig(epochs=2, batch_size=32, limit=256, validation_split=0.25, learning_rate=3e-3)
    )
    page.snapshot_every = 3
    yield page
    page.shutdown(5000)
    session.shutdown(5000)


def finished(qtbot, page, timeout=60000) -> dict:
    """The run's result, once the tab itself has handled it (not just once it was emitted)."""
    qtbot.waitUntil(lambda: page.last_result is not None and page.state == "idle", timeout=timeout)
    return page.last_result


# ----------------------------------------------------------------- the editor (no TensorFlow)


def test_editor_adds_removes_and_reorders_layers_with_live_shapes(qtbot):
    editor = ArchitectureEditor()
    qtbot.addWidget(editor)
    editor.set_spec(TINY)
    assert editor.valid and editor.table.rowCount() == 4
    assert editor.table.item(0, 3).text() == "26x26x4"
    assert editor.table.item(0, 4).text() == f"{(9 + 1) * 4:,}"
    editor.select_row(1)
    row = editor.add_layer("Dropout")
    assert row == 2 and editor.spec()[2]["type"] == "Dropout" and editor.valid
    editor.move_layer(2, -1)
    assert [layer["type"] for layer in editor.spec()][:3] == ["Conv2D", "Dropout", "MaxPooling2D"]
    editor.remove_layer(1)
    assert editor.spec() == TINY
    editor.set_layer_value(0, "filters", 8)
    assert editor.table.item(0, 3).text() == "26x26x8"
    assert "parameters" in editor.total_label.text()


def test_invalid_spec_names_the_layer_and_disables_start(qtbot, tab):
    with qtbot.waitSignal(tab.editor.validityChanged) as blocker:
        tab.editor.move_layer(2, 1)  # Dense before Flatten: a 2-D map reaches Dense
    assert blocker.args[0] is False
    assert tab.editor.error.layer == 2
    assert "Flatten" in tab.editor.error_label.text()
    assert tab.editor.error_label.text().startswith("⚠ Layer 3")
    assert tab.editor.table.item(2, 0).toolTip() == str(tab.editor.error)
    assert tab.editor.table.item(0, 3).text() == "26x26x4"  # layers before it still checked
    assert not tab.run_card.start_button.isEnabled()
    assert "Cannot start" in tab.run_card.start_button.toolTip()
    assert tab.start() is False
    tab.editor.move_layer(3, -1)
    assert tab.editor.valid and tab.run_card.start_button.isEnabled()


def test_spec_json_round_trip(qtbot, tmp_path):
    editor = ArchitectureEditor()
    qtbot.addWidget(editor)
    editor.set_spec(TINY)
    editor.set_layer_value(3, "units", 7)  # invalid specs save too, and come back as they were
    path = editor.save_json(tmp_path / "arch.json")
    assert json.loads(path.read_text())["spec"][3]["units"] == 7
    other = ArchitectureEditor()
    qtbot.addWidget(other)
    other.load_json(path)
    assert other.spec() == editor.spec() and not other.valid and other.error.layer == 3


def test_presets_fill_the_training_settings(qtbot, tab):
    tab.editor.preset_box.setCurrentIndex(tab.editor.preset_box.findData("best"))
    tab.editor._on_preset_box_activated(tab.editor.preset_box.currentIndex())
    config = tab.form.config()
    assert config.augment and config.epochs == 30 and config.schedule == "cosine"
    assert config.label_smoothing == 0.1  # the form shows and passes it on
    assert tab.editor.preset_name() == "best"


def test_settings_the_form_does_not_show_go_on_with_the_run(qtbot, tab):
    """The default preset's further distortions and its share of non-digits have no control
    on the form, yet a run started from the form trains with them, as the command line's."""
    from model.presets import preset

    tab.editor.preset_box.setCurrentIndex(tab.editor.preset_box.findData("default"))
    tab.editor._on_preset_box_activated(tab.editor.preset_box.currentIndex())
    config, wanted = tab.form.config(), preset("default").training
    for key in ("shear", "aspect", "thickness", "elastic", "augment_share", "outliers"):
        assert getattr(config, key) == wanted[key]


# ----------------------------------------------------------------- runs


def test_a_run_completes_with_plots_evaluation_snapshots_and_use(qtbot, tab, tmp_path):
    snapshots = []
    tab.session.snapshotApplied.connect(snapshots.append)
    tab.form.tensorboard_dir.setText(str(tmp_path / "tb"))
    assert tab.start()
    assert not tab.run_card.start_button.isEnabled() and tab.run_card.stop_button.isEnabled()
    result = finished(qtbot, tab)
    assert result["status"] == "completed" and result["epochs_completed"] == 2
    assert tab.loss_plot.count == 2 * 6  # 192 training digits / 32 per batch, 2 epochs
    assert len(tab.epoch_plot.history["val_accuracy"]) == 2
    assert "epoch,accuracy,loss,val_accuracy,val_loss" in tab.epoch_plot.history_csv()
    matrix = tab.evaluation_view.matrix.matrix
    assert matrix is not None and matrix.sum() == 200
    assert "Test accuracy" in tab.evaluation_view.accuracy_label.text()
    assert tab.runs.value(1, "status") == "completed"
    assert tab.runs.value(1, "test acc").endswith("%")
    assert (tab.run_dir / "checkpoint.keras").is_file()
    # TensorBoard logs, in a subfolder named as the run's folder.
    from model.training.tblog import read_scalars

    logged = read_scalars(tmp_path / "tb" / tab.run_dir.name)["epoch/val_accuracy"]
    assert [v for _, v in logged] == pytest.approx(tab.epoch_plot.history["val_accuracy"])
    qtbot.waitUntil(lambda: len(snapshots) >= 1, timeout=30000)
    assert tab.session.info is not None and "training" in tab.session.info["name"]
    assert "snapshot" in tab.follow_row.snapshot_text.text()
    # Clicking a cell lists its digits.
    tab.evaluation_view.matrix.cellClicked.emit(1, 1)
    assert tab.evaluation_view.gallery.count() > 0
    # "Use this model" makes it the session's current model.
    assert tab.run_card.use_button.isEnabled()
    with qtbot.waitSignal(
        tab.session.modelChanged,
        timeout=30000,
        check_params_cb=lambda info: info["path"].endswith("model.keras"),
    ):
        tab.use_trained_model()
    assert tab.session.info["metadata"]["spec"] == TINY
    assert tab.session.info["metadata"]["test_n"] == 200
    # The label no longer names the run's snapshot: a file's model is what the tabs use now.
    assert "snapshot" not in tab.follow_row.snapshot_text.text()
    assert "model.keras" in tab.follow_row.snapshot_text.text()
    # Model > Open Default Model: the label follows again.
    from gui.app.paths import DEFAULT_MODEL

    with qtbot.waitSignal(tab.session.modelChanged, timeout=30000):
        tab.session.open(DEFAULT_MODEL)
    assert tab.follow_row.snapshot_text.text() == "Draw and Inspect use “default” (default.keras)"


def test_pause_resume_and_stop(qtbot, tab):
    tab.form.epochs.setValue(30)
    assert tab.start()
    qtbot.waitUntil(lambda: tab.loss_plot.count > 0, timeout=60000)
    tab.toggle_pause()
    assert tab.state == "paused" and tab.run_card.pause_button.text() == "Resume"
    time.sleep(0.3)
    qtbot.wait(200)
    frozen = tab.loss_plot.count
    qtbot.wait(400)
    assert tab.loss_plot.count == frozen  # nothing trains while paused
    tab.toggle_pause()
    qtbot.waitUntil(lambda: tab.loss_plot.count > frozen, timeout=30000)
    tab.stop()
    result = finished(qtbot, tab)
    assert result["status"] == "stopped"
    assert tab.state == "idle" and tab.run_card.start_button.isEnabled()
    if result["epochs_completed"]:
        assert tab.run_card.resume_button.isEnabled()


def test_a_diverging_run_stops_with_a_plain_message(qtbot, tab):
    errors = []
    tab.errorReported.connect(lambda *args: errors.append(args))
    tab.form.set_config(
        TrainConfig(epochs=2, batch_size=32, limit=256, optimizer="sgd", learning_rate=1e4)
    )
    assert tab.start()
    result = finished(qtbot, tab)
    assert result["status"] == "diverged"
    said = tab.run_card.status_text.text()
    assert "diverged" in said and "learning rate" in said
    assert errors and errors[0][0] == "Training diverged"
    assert tab.run_card.start_button.isEnabled()


def test_resume_continues_from_the_checkpoint(qtbot, tab):
    tab.form.epochs.setValue(1)
    assert tab.start()
    assert finished(qtbot, tab)["status"] == "completed"
    tab._resumable = tab.run_dir  # as if the run had been interrupted
    tab.form.epochs.setValue(2)
    assert tab.resume_last_run()
    result = finished(qtbot, tab)
    assert result["status"] == "completed" and result["epochs_completed"] == 2
    assert len(result["history"]["loss"]) == 2


def _window_training_a_long_run(small, tmp_path, monkeypatch):
    """A main window whose Train tab has started a 200-epoch run of TINY (runs in tmp_path)."""
    from gui.app.window import MainWindow

    monkeypatch.setenv("CONVSCOPE_RUNS_DIR", str(tmp_path / "runs"))
    window = MainWindow(None, SettingsStore(None), error_dialogs=False)
    window.show()
    page = window.pages["train"]
    page.data_loader = lambda: small
    page.editor.set_spec(TINY)
    page.form.set_config(TrainConfig(epochs=200, batch_size=32, limit=512))
    assert page.start()
    return window, page


def test_showing_the_tab_gets_the_training_process_ready_before_start(qtbot, tab, small):
    qtbot.waitUntil(lambda: tab.worker.ready, timeout=60000)
    assert tab.worker._data is small and tab.state == "idle"


def test_closing_the_window_mid_training_stops_quickly(qtbot, small, tmp_path, monkeypatch):

    window, page = _window_training_a_long_run(small, tmp_path, monkeypatch)
    # As in the app, where the shipped model loads at start-up, TensorFlow is imported in
    # the app's process by now (here by the model worker, for the first snapshot): an import
    # cannot be interrupted, and closing during one waits for it.
    qtbot.waitUntil(lambda: window.session.info is not None, timeout=60000)
    qtbot.waitUntil(lambda: page.loss_plot.count > 20, timeout=60000)
    window.close()
    # Every worker ended within its bounded wait (none left running as an orphan).
    assert not page.worker.is_running() and orphaned_threads() == 0
    assert list((tmp_path / "runs").glob("run-*/run.json"))


# Training faults (issue #8): an exception mid-epoch is reported and the tab stays usable;
# closing the window mid-epoch exits quickly and keeps the last checkpoint.


FAULTY_BATCH = """
from model.training import monitor as training

_original = training._MonitorMixin.on_train_batch_end
_calls = []


def _faulty(self, batch, logs=None):
    _original(self, batch, logs)
    _calls.append(batch)
    if len(_calls) == 3:  # the third batch of this process's first run only
        raise RuntimeError("a cosmic ray flipped a bit")


training._MonitorMixin.on_train_batch_end = _faulty
"""


@pytest.fixture
def faulty_training_process(tmp_path, monkeypatch):
    """Training processes started from now on raise in the third batch of their first run.

    Training runs in a child process, so the fault goes in through a ``sitecustomize`` module
    that the child (spawned with this environment) imports at start-up.
    """
    from model.training import process as trainproc

    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(FAULTY_BATCH)
    root = str(Path(__file__).resolve().parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), root]))
    trainproc.end_idle()
    yield
    trainproc.end_idle()  # no later test gets the faulty process


def test_an_exception_mid_epoch_is_reported_and_the_tab_stays_usable(
    qtbot, faulty_training_process, tab
):
    errors = []
    tab.errorReported.connect(lambda *args: errors.append(args))
    assert tab.start()
    qtbot.waitUntil(lambda: bool(errors) and tab.state == "idle", timeout=60000)
    title, message, details = errors[0]
    assert title == "Training failed"
    assert "cosmic ray" in message and "epoch 1" in message and "\n" not in message
    assert "cosmic ray" in tab.run_card.status_text.text()  # said in the tab, not swallowed
    assert "RuntimeError" in details and "training process" in details
    assert tab.run_card.start_button.isEnabled()
    # Usable: the next run starts and completes.
    tab.last_result = None
    assert tab.start()
    result = finished(qtbot, tab)
    assert result["status"] == "completed" and result["epochs_completed"] == 2


@posix_only
def test_a_crash_of_the_training_process_is_reported_and_the_app_goes_on(qtbot, tab):
    errors = []
    tab.errorReported.connect(lambda *args: errors.append(args))
    tab.form.set_config(TrainConfig(epochs=200, batch_size=32, limit=256))
    assert tab.start()
    qtbot.waitUntil(lambda: tab.loss_plot.count > 20, timeout=60000)  # a checkpoint
    pid = tab.worker._process.pid
    os.kill(pid, signal.SIGKILL)  # what a segfault in TensorFlow would look like from here
    qtbot.waitUntil(lambda: bool(errors) and tab.state == "idle", timeout=20000)
    title, message, _ = errors[0]
    assert title == "Training failed"
    assert "training process was killed by signal 9" in message and "\n" not in message
    assert tab.run_card.start_button.isEnabled() and tab.run_card.resume_button.isEnabled()
    # A new process takes over: the next run completes.
    tab.form.set_config(TrainConfig(epochs=1, batch_size=32, limit=256))
    tab.last_result = None
    assert tab.start()
    assert finished(qtbot, tab)["status"] == "completed"
    assert tab.worker._process.pid != pid


def test_closing_mid_epoch_keeps_the_last_checkpoint(qtbot, small, tmp_path, monkeypatch):
    from model.storage import load_model

    window, page = _window_training_a_long_run(small, tmp_path, monkeypatch)
    qtbot.waitUntil(lambda: window.session.info is not None, timeout=60000)  # see above
    checkpoints = tmp_path / "runs"
    qtbot.waitUntil(lambda: any(checkpoints.glob(f"run-*/{CHECKPOINT_NAME}")), timeout=60000)
    qtbot.wait(150)  # well into the next epoch
    window.close()
    assert not page.worker.is_running() and orphaned_threads() == 0
    (checkpoint,) = checkpoints.glob(f"run-*/{CHECKPOINT_NAME}")
    loaded = load_model(checkpoint)  # with its optimizer state, which the reader skips
    assert loaded.metadata["epochs_completed"] >= 1
    assert not [p for p in checkpoint.parent.iterdir() if ".tmp-" in p.name]


def test_the_worker_ends_at_once_when_closed_after_a_run(qtbot, tab):
    assert tab.start()
    assert finished(qtbot, tab)["status"] == "completed"
    assert tab.shutdown(3000)  # True: it ended within the time it was given
    assert not tab.worker.is_running()


# ----------------------------------------------------------------- devices and strategies

TWO_CPUS = {
    "devices": ["/device:CPU:0", "/device:CPU:1"],
    "gpus": 0,
    "workers": 1,
    "choices": ["default", "mirrored"],
    "problem": None,
}


def test_the_strategy_is_offered_only_where_there_is_a_choice(qtbot):
    from gui.train.hyperparameters import HyperparameterForm

    form = HyperparameterForm()
    qtbot.addWidget(form)
    form.show()
    label = form._form.labelForField(form.strategy)
    assert not form.strategy.isVisible() and not label.isVisible()
    form.set_config(TrainConfig(strategy="mirrored"))  # saved on a machine with GPUs
    assert form.config().strategy == "default"  # not offered (yet): one device
    with qtbot.waitSignal(form.configChanged):
        form.set_devices(TWO_CPUS)
    assert form.strategy.isVisible() and label.isVisible()
    assert form.config().strategy == "mirrored"  # the saved choice, now that it exists
    texts = [form.strategy.itemText(i) for i in range(form.strategy.count())]
    assert texts == ["one device", "2 devices (mirrored)"]
    assert "CPU:0, CPU:1" in form.strategy.toolTip()
    one = {**TWO_CPUS, "devices": ["/device:CPU:0"], "choices": ["default"]}
    form.set_devices(one)
    assert not form.strategy.isVisible() and form.config().strategy == "default"
    assert form.wanted_strategy == "mirrored"  # what the settings keep for a bigger machine
    cluster = {**one, "workers": 3, "choices": ["default", "multiworker"]}
    form.set_devices(cluster)
    assert form.strategy.itemText(1) == "3 machines (multi-worker)"
    form.strategy.setCurrentIndex(1)
    assert form.config().strategy == form.wanted_strategy == "multiworker"


def test_the_tab_asks_the_training_process_for_its_devices(qtbot, tab):
    qtbot.waitUntil(lambda: tab.devices is not None, timeout=60000)
    assert tab.devices["choices"] == ["default"]  # one CPU here: no choice shown
    assert not tab.form.strategy.isVisible() and tab.form.config().strategy == "default"


def test_two_devices_show_the_choice_and_a_mirrored_run_trains(qtbot, small, tmp_path, monkeypatch):
    from model.training import process as trainproc

    trainproc.end_idle()  # a kept process has one device: this test needs a new one
    monkeypatch.setenv("CONVSCOPE_LOGICAL_CPUS", "2")
    session = ModelSession()
    page = TrainTab(session, SettingsStore(None), data_loader=lambda: small, runs_dir=tmp_path)
    qtbot.addWidget(page)
    try:
        page.show()
        page.editor.set_spec(TINY)
        page.form.set_config(TrainConfig(epochs=1, batch_size=32, limit=256))
        qtbot.waitUntil(lambda: page.form.strategy.isVisible(), timeout=60000)
        page.form.strategy.setCurrentIndex(page.form.strategy.findData("mirrored"))
        with qtbot.waitSignal(page.worker.runStarted, timeout=60000) as started:
            assert page.start()
        assert started.args[0]["config"]["strategy"] == "mirrored"
        assert finished(qtbot, page)["status"] == "completed"
        log = page.log.toPlainText()
        assert "Devices for training: CPU:0, CPU:1" in log
        assert "split over 2 devices (mirrored)" in log
    finally:
        page.shutdown(5000)
        session.shutdown(5000)
        trainproc.end_idle()  # the next tests expect the one-device process again


# ----------------------------------------------------------------- runs do not pile up


def test_old_runs_files_are_pruned_and_any_run_can_be_deleted(qtbot, tab):
    import os

    old = []
    for i in range(3):  # three runs of earlier sessions, oldest first
        folder = tab.runs_dir / f"run-2026010{i}-000000"
        folder.mkdir(parents=True)
        (folder / "run.json").write_text('{"status": "completed"}')
        os.utime(folder, (1_000_000 + i, 1_000_000 + i))
        old.append(folder)
    tab.runs_view.keep_runs.setValue(2)
    assert tab.start()
    # The run starting and the newest old one are the two kept.
    assert not old[0].exists() and not old[1].exists() and old[2].exists()
    assert tab.run_dir.exists()
    assert finished(qtbot, tab)["status"] == "completed"
    run = tab.last_result["run"]
    assert tab.delete_run_files(run)
    assert not tab.run_dir.exists()
    assert tab.runs.value(run, "status") == "files deleted"
    assert not tab.delete_run_files(run)  # nothing left: says so, deletes nothing
    assert tab.training_settings.keep_runs == 2
