"""Training faults in the app: an exception mid-epoch is reported in the Train tab and the tab
stays usable; closing the window mid-epoch exits quickly and keeps the last checkpoint.
A forced NaN is covered by test_gui_train.py::test_a_diverging_run_stops_with_a_plain_message.
"""

from __future__ import annotations

import time

import pytest

from gui.session import ModelSession
from gui.settings import SettingsStore
from gui.train_tab import TrainTab
from model.training import CHECKPOINT_NAME, TrainConfig
from tests.test_gui_train import TINY, finished


@pytest.fixture(scope="module")
def small():
    from model.data import load_mnist

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
    page.form.set_config(TrainConfig(epochs=2, batch_size=32, limit=256, learning_rate=3e-3))
    yield page
    page.shutdown(5000)
    session.shutdown(5000)


def test_an_exception_mid_epoch_is_reported_and_the_tab_stays_usable(qtbot, tab, monkeypatch):
    from model import training

    original = training._MonitorMixin.on_train_batch_end
    calls = []

    def faulty(self, batch, logs=None):
        original(self, batch, logs)
        calls.append(batch)
        if len(calls) == 3:  # the third batch of the first run only
            raise RuntimeError("a cosmic ray flipped a bit")

    monkeypatch.setattr(training._MonitorMixin, "on_train_batch_end", faulty)
    errors = []
    tab.errorReported.connect(lambda *args: errors.append(args))
    assert tab.start()
    qtbot.waitUntil(lambda: bool(errors) and tab.state == "idle", timeout=60000)
    title, message, details = errors[0]
    assert title == "Training failed"
    assert "cosmic ray" in message and "epoch 1" in message and "\n" not in message
    assert "cosmic ray" in tab.status_text.text()  # said in the tab, not swallowed
    assert "RuntimeError" in details or "cosmic ray" in details
    assert tab.start_button.isEnabled()
    # Usable: the next run starts and completes.
    tab.last_result = None
    assert tab.start()
    result = finished(qtbot, tab)
    assert result["status"] == "completed" and result["epochs_completed"] == 2


def test_closing_mid_epoch_keeps_the_last_checkpoint(qtbot, small, tmp_path, monkeypatch):
    from gui.app import MainWindow
    from model.storage import load_model

    monkeypatch.setenv("CONVSCOPE_RUNS_DIR", str(tmp_path / "runs"))
    window = MainWindow(None, SettingsStore(None), error_dialogs=False)
    window.show()
    page = window.pages["train"]
    page.data_loader = lambda: small
    page.editor.set_spec(TINY)
    page.form.set_config(TrainConfig(epochs=200, batch_size=32, limit=512))
    assert page.start()
    checkpoints = tmp_path / "runs"
    qtbot.waitUntil(lambda: any(checkpoints.glob(f"run-*/{CHECKPOINT_NAME}")), timeout=60000)
    qtbot.wait(150)  # well into the next epoch
    began = time.perf_counter()
    window.close()
    took = time.perf_counter() - began
    assert took < 2.0, f"closing took {took:.2f} s"
    assert not page.worker.is_running()
    (checkpoint,) = checkpoints.glob(f"run-*/{CHECKPOINT_NAME}")
    loaded = load_model(checkpoint, compile=True)
    assert loaded.metadata["epochs_completed"] >= 1
    assert not [p for p in checkpoint.parent.iterdir() if ".tmp-" in p.name]
