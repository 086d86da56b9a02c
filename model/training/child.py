"""The training process's own side: it receives jobs through a pipe and answers with messages.

``model.training.process.TrainingProcess`` starts this process (``child_main``) and sends it
one job at a time: MNIST as raw array bytes (``model.training.pipe``), a run to train, a model
to evaluate, fine-tune or save. While a job runs, the child sends back small messages (batch
points at most ``FLUSH_HZ`` times a second, epoch metrics, weight snapshots, log lines); its
``Trainer`` reads the shared pause and stop flags at each batch boundary. Every failure goes
back to the app as a message, never as a crash of the pipe.
"""

from __future__ import annotations

import contextlib
import os
import time
import traceback
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from model.errors import TrainingError
from model.i18n import integer, translate
from model.training.pipe import receive_arrays

# Batch points go to the app at most this often; its plots redraw at about the same rate.
FLUSH_HZ = 15.0


class _Child:
    """The state of the training process: its data, its last model and the job at hand."""

    def __init__(self, conn, stop, running, abandon) -> None:
        self.conn = conn
        self.stop = stop
        self.running = running
        self.abandon = abandon
        self.data = None
        self.model = None
        self.model_meta: dict[str, Any] = {}
        self._buffer: list[dict] = []
        self._last_flush = 0.0

    # ---- messages to the app
    def send(self, kind: str, payload: Any = None) -> None:
        self.conn.send((kind, payload))

    def _on_batch(self, info: dict) -> None:
        info["time"] = time.perf_counter()  # system-wide clock: the app places stalls by it
        self._buffer.append(info)
        self._flush()

    def _flush(self, force: bool = False) -> None:
        now = time.perf_counter()
        # A pause would otherwise hold the last points back until the run goes on.
        paused = not self.running.is_set()
        if self._buffer and (force or paused or now - self._last_flush >= 1.0 / FLUSH_HZ):
            points, self._buffer = self._buffer, []
            self._last_flush = now
            self.send("batches", points)

    def _on_epoch(self, info: dict) -> None:
        self._flush(force=True)
        self.send("epoch", info)

    # ---- jobs
    def job_data(self, arrays: dict[str, Any], source: str) -> None:
        from model.data.mnist import MnistData

        self.data = MnistData(
            arrays["x_train"], arrays["y_train"], arrays["x_test"], arrays["y_test"], Path(source)
        )

    def job_train(self, job: dict[str, Any]) -> dict[str, Any]:
        """Train a run, new (``spec``, ``config``, ``metadata``) or resumed from ``checkpoint``
        (``spec`` None; ``epochs``, ``strategy``), in ``run_dir``, with TensorBoard logs in
        ``log_dir`` if given; then, if ``evaluate``, score it on the test digits."""
        from model.training.config import TrainingEvents

        if self.data is None:
            raise TrainingError(translate("training.child", "the training process has no data"))
        events = TrainingEvents(
            batch_ended=self._on_batch,
            epoch_ended=self._on_epoch,
            snapshot=None,
            message=lambda text: self.send("message", text),
        )
        trainer, resumed = self._trainer_for(job, events)
        trainer.share_controls(self.stop, self.running)
        events.snapshot = lambda weights, info: self.send(
            "snapshot", (weights, {**info, "spec": trainer.spec})
        )
        n_train = len(self.data.x_train)
        if trainer.config.limit is not None:
            n_train = min(trainer.config.limit, n_train)
        self.send(
            "started",
            {
                "spec": trainer.spec,
                "config": asdict(trainer.config),
                "n_train": n_train,
                "resumed_from": resumed,
                "metadata": trainer.metadata,
            },
        )
        self.model = None
        try:
            result = trainer.run()
        finally:
            self._flush(force=True)
        self.model = result.model
        self.model_meta = {
            **trainer.checkpoint_metadata(result.epochs_completed),
            "train_seconds": round(result.seconds, 2),
            "samples_per_second": round(result.samples_per_second, 1),
            "status": result.status,
        }
        summary = {
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
        if job["evaluate"] and result.epochs_completed > 0 and not self.abandon.is_set():
            # The summary first: the app records the run while the evaluation is computed.
            self.send("trained", summary)
            summary["evaluation"] = self.job_evaluate()
        return summary

    def _trainer_for(self, job: dict[str, Any], events: Any) -> tuple[Any, str | None]:
        """The job's ``Trainer``, and the checkpoint it resumes from (None for a new run)."""
        from model.training.config import TrainConfig
        from model.training.trainer import Trainer

        run_dir = Path(job["run_dir"])
        if job["spec"] is None:
            trainer = Trainer.from_checkpoint(
                run_dir / job["checkpoint"],
                self.data,
                events,
                run_dir,
                epochs=job["epochs"],
                log_dir=job.get("log_dir"),
                strategy=job.get("strategy"),
            )
            return trainer, str(run_dir / job["checkpoint"])
        config = TrainConfig.from_dict(job["config"])
        trainer = Trainer(
            job["spec"],
            config,
            self.data,
            events,
            run_dir,
            job["metadata"],
            log_dir=job.get("log_dir"),
        )
        return trainer, None

    def job_evaluate(self) -> dict[str, Any] | None:
        from model.data.mnist import to_model_input
        from model.evaluation import evaluate
        from model.network.predictor import Predictor
        from model.uncertainty import CALIBRATION_FALSE_ALARM, calibrate

        if self.model is None:
            return None
        self.send(
            "message",
            translate("training.child", "Evaluating on {n} test digits…").format(
                n=integer(len(self.data.y_test))
            ),
        )
        predictor = Predictor(self.model)
        ev = evaluate(predictor, self.data.x_test, self.data.y_test)
        self.model_meta["test_accuracy"] = float(ev.accuracy)
        self.model_meta["test_n"] = int(ev.n)
        # Saved with the model, so its "not sure" is fitted to it, not the default's guess.
        half = len(self.data.y_test) // 2
        self.model_meta["calibration"] = calibrate(
            predictor,
            to_model_input(self.data.x_test),
            self.data.y_test,
            CALIBRATION_FALSE_ALARM,
            f"MNIST test digits 0-{half - 1}",
        )
        return {
            "accuracy": float(ev.accuracy),
            "per_class_accuracy": np.asarray(ev.per_class_accuracy, np.float64),
            "confusion": np.asarray(ev.confusion),
            "predictions": np.asarray(ev.predictions),
            "n": int(ev.n),
        }

    def job_fine_tune(
        self, frozen: Any, folder: str, epochs: int, options: dict[str, Any]
    ) -> dict[str, Any]:
        """``model.lab.handwriting.finetune.fine_tune`` of ``frozen`` on the samples in
        ``folder``; the result's figures, and the tuned model as a ``FrozenModel``
        (``frozen``) when it completed."""
        from model.lab.handwriting.dataset import PersonalDataset
        from model.lab.handwriting.finetune import fine_tune
        from model.network.sharing import freeze
        from model.training.config import TrainingEvents

        if self.data is None:
            raise TrainingError(translate("training.child", "the training process has no data"))
        dataset = PersonalDataset.open(folder, create=False)
        events = TrainingEvents(
            batch_ended=self._on_batch, message=lambda text: self.send("message", text)
        )
        try:
            result = fine_tune(
                frozen,
                dataset,
                self.data,
                epochs=epochs,
                events=events,
                should_stop=self.stop.is_set,
                **options,
            )
        finally:
            self._flush(force=True)
        summary = result.to_dict()
        if result.status == "completed":
            summary["frozen"] = freeze(result.model, result.metadata)
        return summary

    def job_save(self, path: str, extra: dict[str, Any]) -> str:
        from model.errors import StorageError
        from model.storage import save_model

        if self.model is None:
            raise StorageError(translate("training.child", "there is no trained model to save yet"))
        save_model(self.model, path, {**self.model_meta, **extra})
        return path

    def job_reset(self) -> None:
        self.model, self.model_meta = None, {}

    def job_devices(self) -> dict[str, Any]:
        from model.training.distribute import devices

        return devices()

    def serve(self) -> None:
        jobs = {
            "data": self.job_data,
            "train": self.job_train,
            "evaluate": self.job_evaluate,
            "fine_tune": self.job_fine_tune,
            "save": self.job_save,
            "reset": self.job_reset,
            "devices": self.job_devices,
        }
        while True:
            try:
                kind, args = self.conn.recv()
            except (EOFError, OSError):  # the app has gone
                return
            if kind == "quit":
                return
            if kind == "data":  # the arrays follow as raw bytes (no pickling copy)
                args = (receive_arrays(self.conn, args[0]), args[1])
            try:
                result = jobs[kind](*args)
            except BaseException as exc:  # every failure goes back to the app as a message
                try:
                    self.send("error", _error_payload(exc))
                except (OSError, ValueError):
                    return
                if not isinstance(exc, Exception):
                    return
                continue
            try:
                self.send("done", result)
            except (OSError, ValueError):
                return


def _error_payload(exc: BaseException) -> dict[str, str]:
    return {
        "type": type(exc).__name__,
        "message": str(exc),
        "details": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    }


# The child's scheduling priority below the app's: when both want the CPU (the window redrawing
# while the child trains or imports TensorFlow), the window goes first; when the app is idle,
# which is most of a run, training gets every core all the same.
CHILD_NICENESS = 5


def child_main(conn, stop, running, abandon, lang: str = "en") -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from model import i18n

    i18n.set_language(lang)
    with contextlib.suppress(OSError, AttributeError):  # not on every platform
        os.nice(CHILD_NICENESS)
    from model.backend import keras, prefer_training_kernels

    prefer_training_kernels()
    keras()  # the child exists to train: pay the import before the first job arrives
    _Child(conn, stop, running, abandon).serve()
