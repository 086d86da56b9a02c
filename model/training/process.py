"""Training in a child process, so that nothing it does can stall or crash the app.

A ``Trainer`` in a thread of the app's own process shares the app's interpreter lock: while
TensorFlow builds and optimises the training graph (the first batch of a run, the end of a run)
it holds that lock for a quarter of a second at a time, and the window freezes. In a process of
its own the training has its own interpreter, its own TensorFlow and its own memory; the app
only receives small messages (batch points, epoch metrics, weight snapshots) through a pipe,
and a crash in TensorFlow ends the training process, not the app.

``TrainingProcess`` is the app's side: it starts the child (``spawn``: never ``fork`` a process
that runs Qt and TensorFlow threads), sends it one job at a time and hands every message it
sends back to a callback while the job runs. Pause, resume and stop are shared flags the child's
``Trainer`` reads at each batch boundary, so they act at once even while the pipe is busy.
Starting a child costs a TensorFlow import (seconds), so children are kept and reused
(``acquire``/``release``).

Nothing here imports Qt; the GUI turns the messages into signals (``gui.train.jobs``).
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from model import errors as _errors
from model.errors import ConvscopeError, TrainingError
from model.training.controls import RunControls

# Batch points go to the app at most this often; its plots redraw at about the same rate.
FLUSH_HZ = 15.0

Message = tuple  # (kind, payload)
OnMessage = Callable[[str, Any], None]


# ===================================================================== the child's side


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
        from model.training.config import TrainConfig, TrainingEvents
        from model.training.trainer import Trainer

        if self.data is None:
            raise TrainingError("the training process has no data")
        run_dir = Path(job["run_dir"])
        events = TrainingEvents(
            batch_ended=self._on_batch,
            epoch_ended=self._on_epoch,
            snapshot=None,
            message=lambda text: self.send("message", text),
        )
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
            resumed = str(run_dir / job["checkpoint"])
        else:
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
            resumed = None
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

    def job_evaluate(self) -> dict[str, Any] | None:
        from model.evaluation import evaluate
        from model.network.predictor import Predictor

        if self.model is None:
            return None
        self.send("message", f"Evaluating on {len(self.data.y_test):,} test digits…")
        ev = evaluate(Predictor(self.model), self.data.x_test, self.data.y_test)
        self.model_meta["test_accuracy"] = float(ev.accuracy)
        self.model_meta["test_n"] = int(ev.n)
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
            raise TrainingError("the training process has no data")
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
            raise StorageError("there is no trained model to save yet")
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
                args = (_receive_arrays(self.conn, args[0]), args[1])
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


def _child_main(conn, stop, running, abandon) -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    with contextlib.suppress(OSError, AttributeError):  # not on every platform
        os.nice(CHILD_NICENESS)
    from model.backend import keras, prefer_training_kernels

    prefer_training_kernels()
    keras()  # the child exists to train: pay the import before the first job arrives
    _Child(conn, stop, running, abandon).serve()


# ===================================================================== arrays through the pipe

_ARRAYS = ("x_train", "y_train", "x_test", "y_test")


def _array_header(arrays: dict[str, np.ndarray]) -> list[tuple]:
    header = []
    for name in _ARRAYS:
        a = np.ascontiguousarray(arrays[name])
        header.append((name, a.dtype.str, a.shape))
    return header


def _receive_arrays(conn, header: list[tuple]) -> dict[str, np.ndarray]:
    out = {}
    for name, dtype, shape in header:
        out[name] = np.frombuffer(conn.recv_bytes(), dtype=np.dtype(dtype)).reshape(shape)
    return out


# ===================================================================== the app's side


class ProcessDied(TrainingError):
    """The training process ended while it had a job (a crash in TensorFlow, or killed)."""


def remote_error(payload: dict[str, str]) -> Exception:
    """The child's exception as one of ours: Convscope's errors keep their class and message
    (so ``StorageError`` is still a ``StorageError``); anything else becomes a TrainingError
    that names it. The child's traceback is attached as a note, for the details pane."""
    cls = getattr(_errors, payload["type"], None)
    message = payload["message"]
    if isinstance(cls, type) and issubclass(cls, ConvscopeError):
        exc: Exception = cls(message)
    else:
        first = message.strip().splitlines()[0] if message.strip() else "no further information"
        exc = TrainingError(f"unexpected {payload['type']} in training: {first}")
    exc.add_note("In the training process:\n" + payload["details"])
    return exc


class TrainingProcess(RunControls):
    """One child process that trains; one job at a time, from one thread at a time.

    Its pause and stop (``RunControls``) act on the child's run through shared flags."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        super().__init__(ctx.Event(), ctx.Event())
        self._abandon = ctx.Event()
        self._conn, child_conn = ctx.Pipe(duplex=True)
        self._process = ctx.Process(
            target=_child_main,
            args=(child_conn, self._stop, self._running, self._abandon),
            name="convscope-training",
            daemon=True,  # never outlives the app, even if the app skips its own clean-up
        )
        self._process.start()
        child_conn.close()
        self._data_token: object | None = None
        self._busy = False
        self.broken = False

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def is_alive(self) -> bool:
        return self._process.is_alive()

    # ---- control (``RunControls``): any thread, at any time, also while a job runs
    def request_stop(self, abandon: bool = False) -> None:
        """Stop the run at the next batch boundary (also ends a pause). ``abandon`` also skips
        the rest of the job (the evaluation after the run): the app is closing."""
        if abandon:
            self._abandon.set()
        super().request_stop()

    # ---- jobs: from the thread that owns this process
    def has_data(self, data: Any) -> bool:
        """True if the child holds ``data`` (this very object)."""
        return self._data_token is data

    def set_data(self, data: Any, cancelled: Callable[[], bool] | None = None) -> None:
        """Give the child ``data`` (a ``MnistData``) unless it already has this very object.
        The first time, this waits for the child's TensorFlow import."""
        if self._data_token is data:
            return
        arrays = {name: getattr(data, name) for name in _ARRAYS}
        header = _array_header(arrays)
        self._call_start("data", (header, str(data.source)))
        for name in _ARRAYS:
            # A memoryview goes out without a pickled copy, and the write releases the GIL.
            self._conn.send_bytes(memoryview(np.ascontiguousarray(arrays[name])).cast("B"))
        self._wait(None, cancelled)
        self._data_token = data

    def train(self, job: dict[str, Any], on_message: OnMessage, cancelled=None) -> dict:
        """Run a training job (see ``_Child.job_train`` for its keys); ``on_message(kind,
        payload)`` receives ``started``, ``batches``, ``epoch``, ``snapshot``, ``message`` and
        ``trained`` as they come. Returns the run's summary."""
        self._stop.clear()
        self._abandon.clear()
        self._running.set()
        self._call_start("train", (job,))
        return self._wait(on_message, cancelled)

    def fine_tune(
        self,
        frozen: Any,
        folder: str,
        epochs: int,
        options: dict[str, Any],
        on_message: OnMessage,
        cancelled: Callable[[], bool] | None = None,
    ) -> dict:
        """Fine-tune ``frozen`` (a ``model.network.sharing.FrozenModel``) on the handwriting samples
        in ``folder`` mixed with the child's MNIST (``set_data`` first); ``on_message``
        receives ``batches`` and ``message``. ``request_stop`` ends it early. Returns
        ``FineTuneResult.to_dict()`` plus ``frozen``, the tuned model, when it completed."""
        self._stop.clear()
        self._abandon.clear()
        self._running.set()
        self._call_start("fine_tune", (frozen, folder, epochs, options))
        return self._wait(on_message, cancelled)

    def evaluate(self, on_message: OnMessage | None = None) -> dict | None:
        self._call_start("evaluate", ())
        return self._wait(on_message, None)

    def save(self, path: str, extra: dict[str, Any]) -> str:
        self._call_start("save", (path, extra))
        return self._wait(None, None)

    def reset(self) -> None:
        self._call_start("reset", ())
        self._wait(None, None)

    def devices(self) -> dict[str, Any]:
        """What the child can train on (``model.training.distribute.devices``): its devices, the
        cluster ``TF_CONFIG`` describes and the strategies worth offering. The first time,
        this waits for the child's TensorFlow import."""
        self._call_start("devices", ())
        return self._wait(None, None)

    def _call_start(self, kind: str, args: tuple) -> None:
        if self.broken or not self._process.is_alive():
            self.broken = True
            raise ProcessDied(self._death_message())
        try:
            self._conn.send((kind, args))
        except (OSError, ValueError) as exc:
            self.broken = True
            raise ProcessDied(self._death_message()) from exc
        self._busy = True

    def _wait(self, on_message: OnMessage | None, cancelled: Callable[[], bool] | None):
        """Messages until the job's end; ``cancelled()`` true for ``GRACE_S`` kills the child."""
        cancel_seen: float | None = None
        while True:
            try:
                ready = self._conn.poll(0.05)
            except (OSError, ValueError):
                ready = False
            if not ready:
                if not self._process.is_alive():
                    self.broken = True
                    self._busy = False
                    raise ProcessDied(self._death_message())
                if cancelled is not None and cancelled():
                    now = time.monotonic()
                    cancel_seen = cancel_seen or now
                    if now - cancel_seen > self.GRACE_S:
                        self.kill()
                        raise ProcessDied("the training process did not stop in time")
                continue
            try:
                kind, payload = self._conn.recv()
            except (EOFError, OSError) as exc:
                self.broken = True
                self._busy = False
                raise ProcessDied(self._death_message()) from exc
            if kind == "done":
                self._busy = False
                return payload
            if kind == "error":
                self._busy = False
                raise remote_error(payload)
            if on_message is not None:
                on_message(kind, payload)

    GRACE_S = 1.5

    def _death_message(self) -> str:
        # The pipe can report the end before the process is reaped: give it a moment.
        self._process.join(0.5)
        code = self._process.exitcode
        how = (
            f"was killed by signal {-code}"
            if code is not None and code < 0
            else f"exited with code {code}"
            if code is not None
            else "is not answering"
        )
        return f"the training process {how}; checkpoints saved so far are kept"

    # ---- ending
    def close(self, timeout: float = 2.0) -> None:
        """Ask the child to end; kill it if it has not within ``timeout`` seconds."""
        if self._process.is_alive() and not self._busy:
            with contextlib.suppress(OSError, ValueError):
                self._conn.send(("quit", ()))
        self._process.join(timeout if not self._busy else 0)
        self.kill()

    def kill(self) -> None:
        self.broken = True
        if self._process.is_alive():
            self._process.kill()
            self._process.join(2.0)
        with contextlib.suppress(OSError):
            self._conn.close()


# ===================================================================== reuse

_pool_lock = threading.Lock()
_idle: list[TrainingProcess] = []


def acquire() -> TrainingProcess:
    """An idle training process: a kept one if there is one, else a new one (started now;
    its TensorFlow import runs in the background)."""
    with _pool_lock:
        while _idle:
            proc = _idle.pop()
            if proc.is_alive() and not proc.broken:
                return proc
            proc.kill()
    return TrainingProcess()


def release(proc: TrainingProcess) -> None:
    """Give a process back for the next user; a broken or busy one is ended instead."""
    if proc.broken or proc._busy or not proc.is_alive():
        proc.kill()
        return
    try:
        proc.reset()
    except ConvscopeError:
        proc.kill()
        return
    with _pool_lock:
        _idle.append(proc)


@atexit.register
def end_idle() -> None:
    """End every kept process (the next ``acquire`` starts a fresh one)."""
    with _pool_lock:
        procs, _idle[:] = list(_idle), []
    for proc in procs:
        proc.close(0.5)
