"""The training worker: runs one ``Trainer`` at a time in its own thread and reports by signal.

``TrainingWorker`` is a ``Worker`` (see ``gui.workers``) separate from the ``ModelWorker``: the
training step and the Draw tab's inference never share a thread, and inference only ever sees
*copies* of the weights (snapshots). MNIST loading and the TensorFlow import happen inside the
job, never on the UI thread.

``Trainer`` events arrive on the training thread, once per batch. Emitting a Qt signal per batch
would flood the UI thread with queued calls for small models, so batch points are buffered and
emitted together (``batchesEnded``) at most ``FLUSH_HZ`` times a second; epoch ends, snapshots,
messages and the run's end are emitted as they happen (they are rare).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QStandardPaths, Signal

from gui.workers import Worker

# Batch points reach the UI at most this often; the plots redraw at about the same rate.
FLUSH_HZ = 15.0
# While a run is live, a thread waiting for the GIL gets it after at most this long (Python's
# default is 5 ms). Tracing, Keras's per-step Python and the evaluation hold the GIL for long
# stretches; every Qt call of a UI slot gives it up and waits this long to take it back.
RUN_SWITCH_INTERVAL_S = 0.001
RUN_INFO = "run.json"
FINAL_MODEL = "model.keras"
CHECKPOINT = "checkpoint.keras"

DataLoader = Callable[[], Any]


def default_runs_dir() -> Path:
    """Where per-run folders (checkpoints, run.json) go: ``CONVSCOPE_RUNS_DIR`` or app data."""
    env = os.environ.get("CONVSCOPE_RUNS_DIR")
    if env:
        return Path(env)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".convscope") / "runs"


def new_run_dir(runs_dir: Path) -> Path:
    """A fresh, empty folder for one run, named by its start time."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        path = runs_dir / (f"run-{stamp}" if n == 0 else f"run-{stamp}-{n}")
        if not path.exists():
            path.mkdir(parents=True)
            return path
    raise OSError(f"cannot create a run folder in {runs_dir}")


def write_run_info(run_dir: Path, info: dict[str, Any]) -> None:
    """Record a run's settings and state in ``run.json``, atomically."""
    from model.storage import atomic_write_text

    atomic_write_text(run_dir / RUN_INFO, json.dumps(info, indent=1, default=str))


def resumable_run(runs_dir: Path) -> Path | None:
    """The newest run folder whose run did not complete but left a checkpoint, if any."""
    if not runs_dir.is_dir():
        return None
    candidates = sorted(
        (p for p in runs_dir.glob("run-*") if (p / CHECKPOINT).is_file()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for path in candidates[:20]:
        try:
            status = json.loads((path / RUN_INFO).read_text(encoding="utf-8")).get("status")
        except (OSError, ValueError):
            status = "unknown"
        if status != "completed":
            return path
    return None


def evaluation_dict(evaluation: Any, images: np.ndarray, labels: np.ndarray) -> dict[str, Any]:
    """A ``model.evaluation.Evaluation`` as plain data for the UI, with the digits it concerns."""
    return {
        "accuracy": float(evaluation.accuracy),
        "per_class_accuracy": np.asarray(evaluation.per_class_accuracy, np.float64),
        "confusion": np.asarray(evaluation.confusion),
        "predictions": np.asarray(evaluation.predictions),
        "labels": np.asarray(labels),
        "images": images,
        "n": int(evaluation.n),
    }


class TrainingWorker(Worker):
    """Owns the model being trained; one run at a time.

    Signals
    -------
    runStarted(dict)
        ``run``, ``run_dir``, ``spec``, ``config`` (dict), ``n_train``, ``resumed_from``.
    batchesEnded(list)
        Batch infos (see ``TrainingEvents.batch_ended``) plus ``time`` (``perf_counter`` at the
        batch's end), buffered and sent ≤ FLUSH_HZ a second.
    epochEnded(dict)
        The epoch's metrics and the history so far.
    snapshotTaken(list, dict)
        A copy of the weights and ``{"run", "spec", "epoch", "batch"}``.
    messageLogged(str)
        A line for the log.
    runFinished(dict)
        ``status``, ``message``, ``epochs_completed``, ``history``, ``seconds``,
        ``samples_per_second``, ``checkpoint`` and, unless skipped, ``evaluation``.
    evaluated(dict)
        The result of ``evaluate`` (see ``evaluation_dict``).
    modelSaved(str)
        The path a trained model was written to (``save``).
    """

    runStarted = Signal(object)
    batchesEnded = Signal(object)
    epochEnded = Signal(object)
    snapshotTaken = Signal(object, object)
    messageLogged = Signal(str)
    runFinished = Signal(object)
    evaluated = Signal(object)
    modelSaved = Signal(str)

    def __init__(self, data_loader: DataLoader | None = None) -> None:
        super().__init__("convscope-training")
        self.data_loader = data_loader
        self._data = None
        self._trainer = None
        self._trainer_lock = threading.Lock()
        self._model = None
        self._model_meta: dict[str, Any] = {}
        self._buffer: list[dict] = []
        self._last_flush = 0.0
        self._run_id = 0
        # Called in the training thread with (spec, run id) just before ``fit`` starts.
        self.before_fit: Callable[[list, int], None] | None = None

    # ----------------------------------------------------------------- control (any thread)

    def start_run(
        self,
        spec: list[dict],
        config: Any,
        run_dir: Path,
        run_id: int,
        metadata: dict[str, Any],
        evaluate: bool = True,
    ) -> None:
        """Train ``spec`` with ``config`` (a TrainConfig), checkpointing into ``run_dir``."""
        self.submit(
            "train", self._train, spec, config, Path(run_dir), run_id, metadata, None, evaluate
        )

    def resume_run(
        self, run_dir: Path, run_id: int, epochs: int | None, evaluate: bool = True
    ) -> None:
        """Continue the run whose checkpoint is in ``run_dir`` (up to ``epochs`` in total)."""
        self.submit("train", self._train, None, None, Path(run_dir), run_id, {}, epochs, evaluate)

    def pause(self) -> None:
        with self._trainer_lock:
            if self._trainer is not None:
                self._trainer.pause()

    def resume(self) -> None:
        with self._trainer_lock:
            if self._trainer is not None:
                self._trainer.resume()

    def request_stop(self) -> None:
        """Stop the run at the next batch boundary (also ends a pause)."""
        with self._trainer_lock:
            if self._trainer is not None:
                self._trainer.request_stop()

    def stop(self, timeout_ms: int = 5000) -> bool:
        self.request_stop()
        return super().stop(timeout_ms)

    def evaluate(self) -> None:
        """Evaluate the last trained model on the test set; ``evaluated`` follows."""
        self.submit("evaluate", self._evaluate_job)

    def save(self, path: str | Path, extra: dict[str, Any] | None = None) -> None:
        """Write the last trained model with its metadata; ``modelSaved`` follows."""
        self.submit("save", self._save, str(path), dict(extra or {}))

    # ----------------------------------------------------------------- jobs (worker thread)

    def _load_data(self):
        if self._data is None:
            if self.data_loader is not None:
                self._data = self.data_loader()
            else:
                from model.data import load_mnist

                self._data = load_mnist()
        return self._data

    def _train(
        self,
        spec,
        config,
        run_dir: Path,
        run_id: int,
        metadata: dict,
        resume_epochs: int | None,
        evaluate: bool,
    ) -> dict:
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(switch_interval, RUN_SWITCH_INTERVAL_S))
        try:
            return self._train_steps(
                spec, config, run_dir, run_id, metadata, resume_epochs, evaluate
            )
        finally:
            sys.setswitchinterval(switch_interval)

    def _train_steps(
        self,
        spec,
        config,
        run_dir: Path,
        run_id: int,
        metadata: dict,
        resume_epochs: int | None,
        evaluate: bool,
    ) -> dict:
        self.messageLogged.emit("Loading MNIST and TensorFlow…")
        data = self._load_data()
        self.check_stopping()
        from model.backend import keras
        from model.training import Trainer, TrainingEvents

        keras()  # the slow import, here rather than inside the first event
        self.check_stopping()
        self._run_id = run_id
        events = TrainingEvents(
            batch_ended=self._on_batch,
            epoch_ended=self._on_epoch,
            snapshot=None,
            message=self.messageLogged.emit,
        )
        if spec is None:
            trainer = Trainer.from_checkpoint(
                run_dir / CHECKPOINT, data, events, run_dir, epochs=resume_epochs
            )
            resumed = str(run_dir / CHECKPOINT)
        else:
            trainer = Trainer(spec, config, data, events, run_dir, metadata)
            resumed = None
        events.snapshot = lambda weights, info: self._on_snapshot(trainer.spec, weights, info)
        n_train = (
            len(data.x_train)
            if trainer.config.limit is None
            else min(trainer.config.limit, len(data.x_train))
        )
        info = {
            "run": run_id,
            "run_dir": str(run_dir),
            "spec": trainer.spec,
            "config": asdict(trainer.config),
            "n_train": n_train,
            "resumed_from": resumed,
            "metadata": trainer.metadata,
        }
        write_run_info(run_dir, {**info, "status": "running"})
        self.runStarted.emit(info)
        with self._trainer_lock:
            self._trainer = trainer
        if self.before_fit is not None:
            self.before_fit(trainer.spec, run_id)
        if self.stopping:  # shut down between the checks above and now
            trainer.request_stop()
        try:
            result = trainer.run()
        finally:
            with self._trainer_lock:
                self._trainer = None
            self._flush(force=True)
        self._model = result.model
        self._model_meta = {
            **trainer.checkpoint_metadata(result.epochs_completed),
            "train_seconds": round(result.seconds, 2),
            "samples_per_second": round(result.samples_per_second, 1),
            "status": result.status,
        }
        summary = {
            "run": run_id,
            "status": result.status,
            "message": result.message,
            "epochs_completed": result.epochs_completed,
            "history": {k: list(v) for k, v in result.history.items()},
            "seconds": result.seconds,
            "samples_per_second": result.samples_per_second,
            "checkpoint": str(result.checkpoint) if result.checkpoint else None,
            "config": asdict(result.config),
            "spec": trainer.spec,
        }
        write_run_info(run_dir, {**info, **{k: v for k, v in summary.items() if k != "history"}})
        if evaluate and not self.stopping and result.epochs_completed > 0:
            summary["evaluation"] = self._evaluation(data)
            self._model_meta["test_accuracy"] = summary["evaluation"]["accuracy"]
            self._model_meta["test_n"] = summary["evaluation"]["n"]
        self.runFinished.emit(summary)
        return summary

    def _evaluation(self, data) -> dict[str, Any]:
        from model.evaluation import evaluate
        from model.inference import Predictor

        self.messageLogged.emit(f"Evaluating on {len(data.x_test):,} test digits…")
        ev = evaluate(Predictor(self._model), data.x_test, data.y_test)
        return evaluation_dict(ev, data.x_test, data.y_test)

    def _evaluate_job(self) -> dict | None:
        if self._model is None:
            self.messageLogged.emit("Nothing to evaluate yet: train a model first.")
            return None
        result = self._evaluation(self._load_data())
        self.evaluated.emit(result)
        return result

    def _save(self, path: str, extra: dict[str, Any]) -> str:
        from model.errors import StorageError
        from model.storage import save_model

        if self._model is None:
            raise StorageError("there is no trained model to save yet")
        save_model(self._model, path, {**self._model_meta, **extra})
        self.modelSaved.emit(path)
        return path

    # ----------------------------------------------------------------- Trainer events

    def _on_batch(self, info: dict) -> None:
        info["time"] = time.perf_counter()  # when the batch ended (benchmarks place stalls)
        self._buffer.append(info)
        self._flush()

    def _flush(self, force: bool = False) -> None:
        now = time.perf_counter()
        trainer = self._trainer
        paused = trainer is not None and trainer.paused
        # A pause would otherwise hold the last points back until the run goes on.
        if self._buffer and (force or paused or now - self._last_flush >= 1.0 / FLUSH_HZ):
            points, self._buffer = self._buffer, []
            self._last_flush = now
            self.batchesEnded.emit(points)

    def _on_epoch(self, info: dict) -> None:
        self._flush(force=True)
        self.epochEnded.emit(info)

    def _on_snapshot(self, spec: list[dict], weights: list[np.ndarray], info: dict) -> None:
        self.snapshotTaken.emit(weights, {**info, "run": self._run_id, "spec": spec})
