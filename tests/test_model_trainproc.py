"""Training in a child process (``model.training.process``), without Qt.

One process serves the whole module: starting one costs a TensorFlow import.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
from dataclasses import asdict

import pytest

from model.errors import StorageError
from model.storage import load_model
from model.training import process as trainproc
from model.training.checkpoints import CHECKPOINT_NAME
from model.training.config import TrainConfig
from model.uncertainty import Calibration
from tests.conftest import posix_only
from tests.specs import TINY_CNN as TINY


@pytest.fixture(scope="module")
def small():
    from model.data.mnist import load_mnist

    return load_mnist().limited(512, 200)


@pytest.fixture(scope="module")
def process(small):
    proc = trainproc.acquire()
    proc.set_data(small)
    yield proc
    trainproc.release(proc)


def job(run_dir, epochs=2, evaluate=True, **config):
    cfg = TrainConfig(epochs=epochs, batch_size=32, snapshot_every=3, **config)
    return {
        "spec": TINY,
        "config": asdict(cfg),
        "run_dir": str(run_dir),
        "checkpoint": CHECKPOINT_NAME,
        "epochs": None,
        "metadata": {"name": "tiny"},
        "evaluate": evaluate,
    }


def test_a_run_reports_everything_and_leaves_a_model_to_save(process, small, tmp_path):
    seen: dict[str, list] = {}
    summary = process.train(job(tmp_path), lambda kind, p: seen.setdefault(kind, []).append(p))
    assert summary["status"] == "completed" and summary["epochs_completed"] == 2
    assert seen["started"][0]["n_train"] == len(small.x_train)
    points = [p for batch in seen["batches"] for p in batch]
    assert len(points) == 2 * 16  # every batch of both epochs, in order
    assert [p["batch"] for p in points[:16]] == list(range(16))
    assert [e["epoch"] for e in seen["epoch"]] == [0, 1]
    weights, info = seen["snapshot"][-1]
    assert info == {"epoch": 2, "batch": 0, "spec": TINY}
    assert [w.shape for w in weights] == [(3, 3, 1, 4), (4,), (676, 10), (10,)]
    evaluation = summary["evaluation"]
    assert evaluation["n"] == len(small.y_test) and 0.0 <= evaluation["accuracy"] <= 1.0
    assert evaluation["confusion"].sum() == len(small.y_test)
    path = tmp_path / "trained.keras"
    assert process.save(str(path), {"note": "from the child"}) == str(path)
    loaded = load_model(path)
    assert loaded.metadata["note"] == "from the child"
    assert loaded.metadata["test_accuracy"] == pytest.approx(evaluation["accuracy"])
    assert len(loaded.metadata["history"]["loss"]) == 2
    # Its "not sure" is fitted to it on the test digits, half of them checked.
    calibration = loaded.metadata["calibration"]
    assert calibration["n"] + calibration["held_out_n"] == len(small.y_test)
    assert Calibration.of(loaded.metadata).logit_threshold == calibration["logit_threshold"]
    assert (tmp_path / CHECKPOINT_NAME).is_file()


def test_errors_keep_their_class_and_message(process, tmp_path):
    with pytest.raises(StorageError, match="does not exist") as info:
        process.save(str(tmp_path / "missing" / "m.keras"), {})
    assert "In the training process" in "".join(getattr(info.value, "__notes__", []))
    # The process is still usable afterwards.
    assert process.evaluate() is not None


def test_pause_holds_the_run_and_stop_ends_it_at_a_batch_boundary(process, tmp_path):
    batches = []
    paused_once = threading.Event()

    def on_message(kind, payload):
        if kind == "batches":
            batches.extend(payload)
            if not paused_once.is_set():
                paused_once.set()
                process.pause()
                # Resume later from another thread, then stop: the control flags are shared.
                threading.Timer(0.5, process.resume).start()
                threading.Timer(1.0, process.request_stop).start()

    summary = process.train(job(tmp_path, epochs=50, evaluate=False), on_message)
    assert summary["status"] == "stopped"
    assert summary["epochs_completed"] < 50
    gaps = [b["time"] - a["time"] for a, b in itertools.pairwise(batches)]
    assert max(gaps) >= 0.4  # no batch trained while paused
    assert "evaluation" not in summary
    assert not process.paused


@posix_only
def test_a_killed_process_is_reported_and_replaced(small, tmp_path):
    proc = trainproc.TrainingProcess()
    proc.set_data(small)

    def on_message(kind, _payload):
        if kind == "batches":
            os.kill(proc.pid, signal.SIGKILL)

    with pytest.raises(trainproc.ProcessDied, match="killed by signal 9"):
        proc.train(job(tmp_path, epochs=50), on_message)
    assert proc.broken
    trainproc.release(proc)  # a dead process is not kept
    assert proc not in trainproc._idle


def test_unexpected_errors_name_their_type():
    exc = trainproc.remote_error({"type": "ValueError", "message": "bad\nthing", "details": "tb"})
    assert str(exc) == "unexpected ValueError in training: bad"
    assert exc.__notes__ == ["In the training process:\ntb"]


def test_training_processes_prefer_onednn_unless_told_otherwise(monkeypatch):
    from model import backend

    monkeypatch.setattr(backend, "is_loaded", lambda: False)
    # Set, then removed, through monkeypatch: so that it puts back what was there (nothing,
    # usually) and this process's TensorFlow, if it loads later, keeps its own kernels.
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "unset")
    monkeypatch.delenv("TF_ENABLE_ONEDNN_OPTS")
    backend.prefer_training_kernels()
    assert os.environ["TF_ENABLE_ONEDNN_OPTS"] == "1"
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")  # the user's choice stands
    backend.prefer_training_kernels()
    assert os.environ["TF_ENABLE_ONEDNN_OPTS"] == "0"
    monkeypatch.delenv("TF_ENABLE_ONEDNN_OPTS")
    monkeypatch.setattr(backend, "is_loaded", lambda: True)  # too late to matter: left alone
    backend.prefer_training_kernels()
    assert "TF_ENABLE_ONEDNN_OPTS" not in os.environ


def test_the_process_says_what_it_can_train_on(process):
    # This machine as the tests see it: one CPU, no GPU, no cluster: nothing to choose.
    info = process.devices()
    assert info["choices"] == ["default"] and len(info["devices"]) == 1
    assert info["gpus"] == 0 and info["workers"] == 1 and info["problem"] is None


def test_a_process_with_two_devices_offers_and_trains_mirrored(small, tmp_path, monkeypatch):
    # Logical CPUs stand in for GPUs: the child sets them up as its TensorFlow loads.
    monkeypatch.setenv("CONVSCOPE_LOGICAL_CPUS", "2")
    proc = trainproc.TrainingProcess()  # not from the pool: it must start with the variable
    try:
        proc.set_data(small)
        info = proc.devices()
        assert info["devices"] == ["/device:CPU:0", "/device:CPU:1"]
        assert info["choices"] == ["default", "mirrored"]
        seen: dict[str, list] = {}
        summary = proc.train(
            job(tmp_path, epochs=1, evaluate=False, strategy="mirrored"),
            lambda kind, p: seen.setdefault(kind, []).append(p),
        )
        assert summary["status"] == "completed" and summary["config"]["strategy"] == "mirrored"
        assert any("split over 2 devices (mirrored)" in m for m in seen["message"])
        assert len([p for batch in seen["batches"] for p in batch]) == 16
        # Resumed with no strategy named, the run keeps its own.
        resumed_job = {**job(tmp_path, evaluate=False), "spec": None, "epochs": 2}
        resumed = proc.train(resumed_job, lambda kind, p: seen.setdefault(kind, []).append(p))
        assert resumed["epochs_completed"] == 2 and resumed["config"]["strategy"] == "mirrored"
    finally:
        proc.close()  # never back to the pool: other tests expect one device


def test_batch_points_are_each_batchs_own_loss(process, small, tmp_path):
    """What the Train tab plots as "each batch": checked against the batch recomputed here."""
    from model.architectures import build_model
    from tests.batch_check import batch_values, weights_before_each_batch

    seen: dict[str, list] = {}
    spec = job(tmp_path, epochs=2, evaluate=False)
    spec["config"]["snapshot_every"] = 1
    cfg = TrainConfig.from_dict(spec["config"])
    process.train(spec, lambda kind, p: seen.setdefault(kind, []).append(p))
    points = [p for batch in seen["batches"] for p in batch]
    assert len(points) == 32
    initial = build_model(TINY, seed=cfg.seed).get_weights()  # as the child built its own
    before = weights_before_each_batch(initial, seen["snapshot"], steps=16)
    expected = batch_values(TINY, cfg, small.x_train, small.y_train, points, before)
    for point, (loss, accuracy) in zip(points, expected):
        assert point["loss"] == pytest.approx(loss, rel=1e-3, abs=1e-4)
        assert point["accuracy"] == pytest.approx(accuracy, abs=1e-9)
