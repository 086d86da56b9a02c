"""A failing write (read-only folder, name too long, disk full) leaves the previous file intact
and says why in one line: through the API, the command line and the app's Save As."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from model.architectures import build_model
from model.errors import StorageError
from model.storage import load_model, save_model
from model.training.checkpoints import CHECKPOINT_NAME
from model.training.config import TrainConfig
from model.training.trainer import Trainer
from tests.corpus import (
    TINY_SPEC,
    disk_full,
    fault_env,
    long_name,
    read_only,
    snapshot,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAULTS = ["read-only folder", "name too long", "disk full"]


@pytest.fixture(scope="module")
def tiny():
    return build_model(TINY_SPEC, seed=0)


def _fault(kind, folder, monkeypatch):
    """Switch on ``kind`` for writes into ``folder``; returns the context to run the write in."""
    if kind == "read-only folder":
        return read_only(folder, monkeypatch)
    if kind == "disk full":
        disk_full(monkeypatch)
    return _nothing()


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _assert_one_line(exc, *words):
    text = str(exc)
    assert "\n" not in text and text.startswith("cannot save ")
    assert any(w in text for w in words), text


@pytest.mark.parametrize("kind", FAULTS)
def test_save_model_failure_keeps_the_previous_file(tiny, tmp_path, monkeypatch, kind):
    previous = save_model(tiny, tmp_path / "model.keras", {"name": "previous"})
    target = tmp_path / long_name() if kind == "name too long" else previous
    before = snapshot(tmp_path)
    with _fault(kind, tmp_path, monkeypatch), pytest.raises(StorageError) as info:
        save_model(tiny, target, {"name": "new"})
    _assert_one_line(
        info.value, "Permission denied", "File name too long", "No space left on device"
    )
    # The previous file is byte-identical and no temporary file is left behind.
    assert snapshot(tmp_path) == before
    assert load_model(previous).metadata["name"] == "previous"


@pytest.mark.parametrize("kind", ["read-only folder", "disk full"])
def test_checkpoint_failure_keeps_the_last_checkpoint(mnist, tmp_path, monkeypatch, kind):
    small = mnist.limited(128, 32)
    cfg = TrainConfig(epochs=1, batch_size=64, seed=0)
    Trainer(TINY_SPEC, cfg, small, checkpoint_dir=tmp_path).run()
    before = snapshot(tmp_path)
    assert list(before) == [CHECKPOINT_NAME]
    resumed = Trainer.from_checkpoint(tmp_path / CHECKPOINT_NAME, small, epochs=2)
    with _fault(kind, tmp_path, monkeypatch), pytest.raises(StorageError) as info:
        resumed.run()
    _assert_one_line(info.value, "Permission denied", "No space left on device")
    assert snapshot(tmp_path) == before
    assert load_model(tmp_path / CHECKPOINT_NAME).metadata["epochs_completed"] == 1


def test_check_writable_finds_problems_before_the_work(tmp_path, monkeypatch):
    from model.storage import check_writable

    check_writable(tmp_path / "fine.keras")
    assert snapshot(tmp_path) == {}
    with pytest.raises(StorageError, match="File name too long"):
        check_writable(tmp_path / long_name())
    with read_only(tmp_path, monkeypatch), pytest.raises(StorageError, match="Permission denied"):
        check_writable(tmp_path / "fine.keras")
    assert snapshot(tmp_path) == {}


# --------------------------------------------------------------------------- command line


def _train(out, env=None, *extra):
    args = ["train", "--preset", "mlp", "--limit", "64", "--epochs", "1", "--out", str(out)]
    return subprocess.run(
        [sys.executable, os.path.join(ROOT, "main.py"), *args, *map(str, extra)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})},
    )


def _assert_cli_one_line(proc, *words):
    assert proc.returncode != 0, proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("error: ") and any(w in lines[0] for w in words), lines[0]


@pytest.mark.parametrize("kind", FAULTS)
def test_cli_train_to_a_bad_out(tmp_path, kind):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    previous = out_dir / "model.keras"
    previous.write_bytes(b"the previous model, byte for byte")
    env = None
    out = previous
    if kind == "name too long":
        out = out_dir / long_name()
    elif kind == "read-only folder":
        env = fault_env(tmp_path, f"readonly:{out_dir}")
    else:
        env = fault_env(tmp_path, "enospc")
    before = snapshot(out_dir)
    start = time.monotonic()
    proc = _train(out, env)
    _assert_cli_one_line(proc, "Permission denied", "File name too long", "No space left")
    assert snapshot(out_dir) == before
    if kind != "disk full":
        # Refused before any training: the run would be lost at the end otherwise.
        assert "training" not in proc.stdout, proc.stdout
    print(f"{kind}: {time.monotonic() - start:.1f} s")


def test_cli_checkpoint_dir_read_only(tmp_path):
    ckpt = tmp_path / "ck"
    ckpt.mkdir()
    proc = _train(
        tmp_path / "m.keras", fault_env(tmp_path, f"readonly:{ckpt}"), "--checkpoint-dir", ckpt
    )
    _assert_cli_one_line(proc, "Permission denied")
    assert not (tmp_path / "m.keras").exists() and list(ckpt.iterdir()) == []


# --------------------------------------------------------------------------- the app


@pytest.fixture
def window(qtbot, trained, monkeypatch):
    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore

    win = MainWindow(trained[0], SettingsStore(None), error_dialogs=True)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitUntil(lambda: win.session.info is not None, timeout=60000)
    yield win
    for box in win.findChildren(QMessageBox):
        box.close()
    win.close()


def test_save_as_into_a_read_only_folder(qtbot, window, tmp_path, monkeypatch):
    from gui.app import model_menu

    target = tmp_path / "ro" / "copy.keras"
    target.parent.mkdir()
    chosen = [str(target)]
    monkeypatch.setattr(
        model_menu.QFileDialog, "getSaveFileName", lambda *a, **k: (chosen[0], "Models")
    )
    with (
        read_only(target.parent, monkeypatch),
        qtbot.waitSignal(window.errorReported, timeout=20000) as blocker,
    ):
        window.model_menu.choose_save_path()
    message = blocker.args[0]
    assert "Permission denied" in message and "\n" not in message
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and boxes[-1].text() == message
    assert boxes[-1].windowTitle() == "Could not save the model"
    boxes[-1].close()
    assert list(target.parent.iterdir()) == []
    # Still usable: the same action now saves, and the model still answers.
    chosen[0] = str(tmp_path / "copy.keras")
    with qtbot.waitSignal(window.session.modelSaved, timeout=20000):
        window.model_menu.choose_save_path()
    assert load_model(tmp_path / "copy.keras").metadata["name"] == "fixture"
    assert window.model_menu.save_action.isEnabled()
