"""The training worker: runs one ``Trainer`` at a time in a child process and reports by signal.

The ``Trainer`` itself runs in a process of its own (``model.training.process``): in a thread of the
app's process, TensorFlow's graph building held the interpreter lock for up to a quarter of a
second and froze the window, and a crash in it would take the app down. ``TrainingWorker`` is the
``Worker`` thread (see ``gui.common.workers``) that feeds the child its jobs and turns the child's
messages into signals; inference only ever sees *copies* of the weights (snapshots). MNIST is
loaded here, never on the UI thread, and handed to the child once.

The child buffers batch points and sends them together at most ``FLUSH_HZ`` times a second
(``batchesEnded``); epoch ends, snapshots, messages and the run's end come as they happen.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QStandardPaths, Signal

from gui.common.i18n import translate
from gui.common.workers import Cancelled, Worker

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
    raise OSError(
        translate("train.jobs", "cannot create a run folder in {dirname}").format(dirname=runs_dir)
    )


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


class TrainingWorker(Worker):
    """Owns the training process (and through it the model being trained); one run at a time.

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
        The result of ``evaluate``: ``accuracy``, ``per_class_accuracy``, ``confusion``,
        ``predictions``, ``n`` and the test digits they concern (``images``, ``labels``).
    modelSaved(str)
        The path a trained model was written to (``save``).
    devicesFound(dict)
        What the training process can train on (``model.training.distribute.devices``), once it has
        started: ``devices``, ``gpus``, ``workers``, ``choices`` (strategies worth offering),
        ``problem``.
    """

    runStarted = Signal(object)
    batchesEnded = Signal(object)
    epochEnded = Signal(object)
    snapshotTaken = Signal(object, object)
    messageLogged = Signal(str)
    runFinished = Signal(object)
    evaluated = Signal(object)
    modelSaved = Signal(str)
    devicesFound = Signal(object)

    def __init__(self, data_loader: DataLoader | None = None) -> None:
        super().__init__("convscope-training")
        self.data_loader = data_loader
        self._data = None
        self._process = None  # model.training.process.TrainingProcess, from the first job on
        self._process_lock = threading.Lock()
        self._has_model = False
        self._run_id = 0
        # Called in this worker's thread with (spec, run id) when a run has started.
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
        log_dir: Path | None = None,
    ) -> None:
        """Train ``spec`` with ``config`` (a TrainConfig), checkpointing into ``run_dir`` and,
        if ``log_dir`` is given, writing TensorBoard logs there."""
        self.submit(
            "train",
            self._train,
            spec,
            config,
            Path(run_dir),
            run_id,
            metadata,
            None,
            evaluate,
            log_dir,
        )

    def resume_run(
        self,
        run_dir: Path,
        run_id: int,
        epochs: int | None,
        evaluate: bool = True,
        log_dir: Path | None = None,
        strategy: str | None = None,
    ) -> None:
        """Continue the run whose checkpoint is in ``run_dir`` (up to ``epochs`` in total),
        under ``strategy`` (None: the one the run was started with)."""
        self.submit(
            "train",
            self._train,
            None,
            None,
            Path(run_dir),
            run_id,
            {},
            epochs,
            evaluate,
            log_dir,
            strategy,
        )

    def pause(self) -> None:
        with self._process_lock:
            if self._process is not None:
                self._process.pause()

    def resume(self) -> None:
        with self._process_lock:
            if self._process is not None:
                self._process.resume()

    def request_stop(self, abandon: bool = False) -> None:
        """Stop the run at the next batch boundary (also ends a pause); ``abandon`` also skips
        the evaluation that would follow."""
        with self._process_lock:
            if self._process is not None:
                self._process.request_stop(abandon)

    def stop(self, timeout_ms: int = 5000) -> bool:
        self.request_stop(abandon=True)
        ended = super().stop(timeout_ms)
        with self._process_lock:
            process, self._process = self._process, None
        if process is not None:
            from model.training import process as trainproc

            if ended:
                trainproc.release(process)  # idle: kept for the next window (tests, mostly)
            else:
                process.kill()
        return ended

    @property
    def ready(self) -> bool:
        """True when a training process is running and holds this worker's data."""
        with self._process_lock:
            process = self._process
        return (
            process is not None
            and process.is_alive()
            and self._data is not None
            and process.has_data(self._data)
        )

    def warm_up(self) -> None:
        """Start the training process and give it MNIST now, so that Start trains at once
        instead of waiting seconds for the child's TensorFlow import."""
        self.submit("warm", self._warm)

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
                from model.data.mnist import load_mnist

                self._data = load_mnist()
        return self._data

    def _child(self):
        """The training process, started on first use (a broken one is replaced)."""
        from model.training import process as trainproc

        with self._process_lock:
            process = self._process
        if process is not None and (process.broken or not process.is_alive()):
            process.kill()
            process = None
        if process is None:
            process = trainproc.acquire()
            with self._process_lock:
                self._process = process
        return process

    def _warm(self) -> None:
        from model.errors import ConvscopeError

        try:
            data = self._load_data()
            self.check_stopping()
            child = self._child()
            child.set_data(data, cancelled=lambda: self.stopping)
            self.check_stopping()
            devices = child.devices()
        except ConvscopeError:
            return  # Start meets the same problem and reports it, with the run it concerns
        if devices.get("problem"):
            self.messageLogged.emit(
                translate("train.jobs", "Training on one device: {problem}").format(
                    problem=devices["problem"]
                )
            )
        self.devicesFound.emit(devices)

    def _train(
        self,
        spec,
        config,
        run_dir: Path,
        run_id: int,
        metadata: dict,
        resume_epochs: int | None,
        evaluate: bool,
        log_dir: Path | None = None,
        strategy: str | None = None,
    ) -> dict:
        self.messageLogged.emit(
            translate("train.jobs", "Loading MNIST and starting the training process…")
        )
        data = self._load_data()
        self.check_stopping()
        child = self._child()
        # The first time, this waits for the child's TensorFlow import (unless warmed up).
        child.set_data(data, cancelled=lambda: self.stopping)
        self.check_stopping()
        self._run_id = run_id
        self._has_model = False
        job = {
            "spec": spec,
            "config": asdict(config) if config is not None else None,
            "run_dir": str(run_dir),
            "checkpoint": CHECKPOINT,
            "epochs": resume_epochs,
            "metadata": metadata,
            "evaluate": evaluate,
            "log_dir": str(log_dir) if log_dir else None,
            "strategy": strategy,
        }
        info: dict[str, Any] = {"run": run_id, "run_dir": str(run_dir)}

        def record(summary: dict) -> None:
            fields = {k: v for k, v in summary.items() if k not in ("history", "evaluation")}
            write_run_info(run_dir, {**info, **fields, "run": run_id})

        def on_message(kind: str, payload: Any) -> None:
            if kind == "batches":
                self.batchesEnded.emit(payload)
            elif kind == "epoch":
                self.epochEnded.emit(payload)
            elif kind == "snapshot":
                weights, snap = payload
                self.snapshotTaken.emit(weights, {**snap, "run": run_id})
            elif kind == "message":
                self.messageLogged.emit(payload)
            elif kind == "started":
                info.update(payload)
                write_run_info(run_dir, {**info, "status": "running"})
                self.runStarted.emit(dict(info))
                if self.before_fit is not None:
                    self.before_fit(payload["spec"], run_id)
            elif kind == "trained":
                self._has_model = True
                record(payload)

        if self.stopping:
            raise Cancelled()
        summary = child.train(job, on_message, cancelled=lambda: self.stopping)
        self._has_model = summary["epochs_completed"] > 0 or self._has_model
        record(summary)
        evaluation = summary.get("evaluation")
        if evaluation is not None:
            summary["evaluation"] = self._with_digits(evaluation, data)
        summary["run"] = run_id
        self.runFinished.emit(summary)
        return summary

    @staticmethod
    def _with_digits(evaluation: dict, data) -> dict[str, Any]:
        return {**evaluation, "labels": np.asarray(data.y_test), "images": data.x_test}

    def _evaluate_job(self) -> dict | None:
        if not self._has_model:
            self.messageLogged.emit(
                translate("train.jobs", "Nothing to evaluate yet: train a model first.")
            )
            return None
        evaluation = self._child().evaluate(
            lambda kind, text: self.messageLogged.emit(text) if kind == "message" else None
        )
        if evaluation is None:
            return None
        result = self._with_digits(evaluation, self._load_data())
        self.evaluated.emit(result)
        return result

    def _save(self, path: str, extra: dict[str, Any]) -> str:
        from model.errors import StorageError

        if not self._has_model:
            raise StorageError(translate("train.jobs", "there is no trained model to save yet"))
        self._child().save(path, extra)
        self.modelSaved.emit(path)
        return path
