"""Training in a child process, so that nothing it does can stall or crash the app.

A ``Trainer`` in a thread of the app's own process shares the app's interpreter lock: while
TensorFlow builds and optimises the training graph (the first batch of a run, the end of a run)
it holds that lock for a quarter of a second at a time, and the window freezes. In a process of
its own the training has its own interpreter, its own TensorFlow and its own memory; the app
only receives small messages (batch points, epoch metrics, weight snapshots) through a pipe,
and a crash in TensorFlow ends the training process, not the app.

``TrainingProcess`` is the app's side (the child's is ``model.training.child``): it starts the
child (``spawn``: never ``fork`` a process that runs Qt and TensorFlow threads), sends it one
job at a time and hands every message it sends back to a callback while the job runs. Pause,
resume and stop are shared flags the child's ``Trainer`` reads at each batch boundary, so they
act at once even while the pipe is busy. Starting a child costs a TensorFlow import (seconds),
so children are kept and reused (``acquire``/``release``).

Nothing here imports Qt; the GUI turns the messages into signals (``gui.train.jobs``).
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import threading
import time
from collections.abc import Callable
from typing import Any

from model import errors as _errors
from model import i18n
from model.errors import ConvscopeError, TrainingError
from model.i18n import translate
from model.training.child import child_main
from model.training.controls import RunControls
from model.training.pipe import ARRAYS, array_header, send_arrays

Message = tuple  # (kind, payload)
OnMessage = Callable[[str, Any], None]


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
        first = (
            message.strip().splitlines()[0]
            if message.strip()
            else translate("training.process", "no further information")
        )
        exc = TrainingError(
            translate("training.process", "unexpected {type} in training: {first}").format(
                type=payload["type"], first=first
            )
        )
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
            target=child_main,
            # The child speaks the app's language: its progress texts and errors are shown.
            args=(child_conn, self._stop, self._running, self._abandon, i18n.language()),
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
        arrays = {name: getattr(data, name) for name in ARRAYS}
        self._call_start("data", (array_header(arrays), str(data.source)))
        send_arrays(self._conn, arrays)
        self._wait(None, cancelled)
        self._data_token = data

    def train(self, job: dict[str, Any], on_message: OnMessage, cancelled=None) -> dict:
        """Run a training job (see ``model.training.child._Child.job_train`` for its
        keys); ``on_message(kind,
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
                        raise ProcessDied(
                            translate(
                                "training.process", "the training process did not stop in time"
                            )
                        )
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
        if code is not None and code < 0:
            return translate(
                "training.process",
                "the training process was killed by signal {n}; checkpoints saved so far are kept",
            ).format(n=-code)
        if code is not None:
            return translate(
                "training.process",
                "the training process exited with code {code}; checkpoints saved so far are kept",
            ).format(code=code)
        return translate(
            "training.process",
            "the training process is not answering; checkpoints saved so far are kept",
        )

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
