"""One pattern for all background work: a ``Worker`` object living in its own ``QThread``.

A worker runs *jobs* (plain callables) one at a time in its thread and reports each through
past-tense signals: ``started(kind)``, ``finished(kind, result)``, ``errored(kind, message,
details)``. Jobs are keyed by *kind*, and a new job replaces one of the same kind that is still
waiting: a stroke posts a prediction request per mouse move, yet the worker never falls behind,
it always works on the newest drawing. Stopping sets a flag that jobs poll at safe points, asks
the thread to quit and waits a bounded time; a thread that outlives the wait is kept referenced
(never destroyed while running) and reported, so the app can exit without Qt aborting.

``ModelWorker`` owns the current model, a NumPy ``model.network.network.Network``: it loads,
predicts
with and saves it. No TensorFlow is needed for any of that (a network NumPy does not reproduce
is the exception: it computes on TensorFlow, imported then). Its signals carry plain dicts and
NumPy arrays.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from gui.common.errors import describe, format_exception
from gui.common.i18n import translate

log = logging.getLogger("convscope.gui")

# Workers whose thread did not stop in time: kept alive so no running QThread is destroyed.
_ORPHANS: list[Worker] = []
# Every worker not yet garbage-collected, so that exit can stop the ones nobody stopped.
_LIVE: weakref.WeakSet[Worker] = weakref.WeakSet()


class Cancelled(Exception):
    """Raised by a job that noticed its worker is stopping."""


def orphaned_threads() -> int:
    """How many workers' threads are still running after their stop timed out."""
    return sum(1 for w in _ORPHANS if w.is_running())


@atexit.register
def _stop_all_workers() -> None:
    # A script that forgot to close its window must not end in Qt's "QThread destroyed while
    # running" abort: stop whatever is still running before Python tears the objects down.
    for worker in list(_LIVE):
        worker.stop(2000)


class _PythonThread(QThread):
    """A QThread whose event loop runs inside one Python call.

    With the C++ default ``run``, PySide gives every slot call a fresh Python thread state, so
    thread-locals (TensorFlow keeps its graph and eager context there) vanish between jobs and
    tracing a ``tf.function`` in a later job crashes. One long Python frame keeps them alive.
    """

    def run(self) -> None:
        self.exec()


class Worker(QObject):
    """Runs jobs in a private thread; the newest job of each kind wins.

    Connect its signals to methods of QObjects that live in the UI thread (widgets, the
    session): those calls are queued to the UI thread. A plain function or lambda is called
    by PySide in the *worker's* thread, where it must not touch widgets (and where
    ``qtbot.waitSignal`` races its own event loop).

    Parameters
    ----------
    name
        The thread's name, seen in debuggers and logs.
    """

    started = Signal(str)
    finished = Signal(str, object)
    errored = Signal(str, str, str)
    _woken = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[Callable[..., Any], tuple]] = {}
        self._wake_posted = False
        self._stopping = threading.Event()
        self._thread = _PythonThread()
        self._thread.setObjectName(name)
        self.moveToThread(self._thread)
        self._woken.connect(self._run_pending)
        _LIVE.add(self)

    # ----------------------------------------------------------------- any thread

    def start(self) -> None:
        """Start the thread; jobs submitted before this run once it is up."""
        self._thread.start()

    def submit(self, kind: str, job: Callable[..., Any], *args: Any) -> bool:
        """Run ``job(*args)`` in the worker thread, replacing a waiting job of the same kind.

        Returns False, doing nothing, once the worker is stopping.
        """
        if self._stopping.is_set():
            return False
        with self._lock:
            # A replaced job moves to the back: jobs run in the order of their newest
            # submission, so a job that depends on one submitted before it (a comparison on a
            # lab built by the job before) never overtakes it.
            self._pending.pop(kind, None)
            self._pending[kind] = (job, args)
            post = not self._wake_posted
            self._wake_posted = True
        if post:
            self._woken.emit()
        return True

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @property
    def stopping(self) -> bool:
        """True once ``stop`` was called: jobs should return as soon as they safely can."""
        return self._stopping.is_set()

    def check_stopping(self) -> None:
        """Raise ``Cancelled`` if the worker is stopping; jobs call it between long steps."""
        if self._stopping.is_set():
            raise Cancelled

    def begin_stop(self) -> None:
        """Ask the worker to stop without waiting (``stop`` then waits); call it on every
        worker first when closing several, so their jobs wind down together.

        Not ``request_stop``: subclasses use that name for stopping a job (a training run).
        """
        self._stopping.set()
        with self._lock:
            self._pending.clear()
        if self._thread.isRunning():
            self._thread.quit()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Drop waiting jobs, let the running one finish or cancel, and wait for the thread.

        Returns
        -------
        bool
            True if the thread ended within ``timeout_ms``. If not, the worker is kept alive
            (see ``orphaned_threads``) so Qt never destroys a running thread.
        """
        self.begin_stop()
        if not self._thread.isRunning():
            return True
        if self._thread.wait(timeout_ms):
            return True
        log.warning("%s did not stop within %d ms", self.name, timeout_ms)
        if self not in _ORPHANS:
            _ORPHANS.append(self)
        return False

    # ----------------------------------------------------------------- worker thread

    @Slot()
    def _run_pending(self) -> None:
        while True:
            with self._lock:
                if not self._pending or self._stopping.is_set():
                    self._pending.clear()
                    self._wake_posted = False
                    return
                kind = next(iter(self._pending))
                job, args = self._pending.pop(kind)
            self._run(kind, job, args)

    def _run(self, kind: str, job: Callable[..., Any], args: tuple) -> None:
        self.started.emit(kind)
        try:
            result = job(*args)
        except Cancelled:
            return
        except Exception as exc:  # every failure becomes a signal, never a crash
            if not self._stopping.is_set():
                log.debug("%s job %r failed", self.name, kind, exc_info=True)
                self.errored.emit(kind, describe(exc), format_exception(exc))
            return
        self.finished.emit(kind, result)


class ModelWorker(Worker):
    """Owns the current network and its ``Predictor``.

    Signals
    -------
    modelLoading(dict)
        The file's metadata, read before TensorFlow starts loading (fast).
    modelLoaded(dict)
        Information about the model now current (see ``model_info``).
    modelFailed(str, str, str)
        Path, one-line reason and details of a load that failed; the previous model stays.
    predictionReady(dict)
        ``seq``, ``image`` (the 28x28 input), ``label``, ``confidence``, ``probabilities``
        (10,), ``inference_ms`` and, when activations are wanted, ``activations`` (layer
        name -> array).
    modelSaved(str)
        The path the current model was written to.
    jobFinished(str, object)
        Kind and result of a ``run_on_model`` job (plain dicts / NumPy).
    jobFailed(str, str, str)
        Kind, one-line message and details of a ``run_on_model`` job that raised.
    """

    modelLoading = Signal(object)
    modelLoaded = Signal(object)
    modelFailed = Signal(str, str, str)
    predictionReady = Signal(object)
    modelSaved = Signal(str)
    jobFinished = Signal(str, object)
    jobFailed = Signal(str, str, str)
    # A training snapshot is now the current model's weights: its info (run, epoch, batch).
    snapshotApplied = Signal(object)

    def __init__(self) -> None:
        super().__init__("convscope-model")
        self._predictor = None
        self._loaded = None
        self._last: tuple[int, np.ndarray] | None = None
        self._activations_wanted = False
        self._snapshot_key: tuple | None = None

    def load(self, path: str | Path) -> None:
        """Load a model file in the background; the previous model stays on failure."""
        self.submit("load", self._load, str(path))

    def predict(self, seq: int, image: np.ndarray | None) -> None:
        """Classify a 28x28 image (or forget the last one: ``None`` means a blank canvas)."""
        data = None if image is None else np.array(image, np.float32, copy=True)
        self.submit("predict", self._predict, seq, data)

    def predict_again(self) -> None:
        """Predict the last digit again (its weights changed in place); nothing if none."""
        self.submit("predict-again", self._predict_again)

    def save(self, path: str | Path, modified: str | None = None) -> None:
        """Write the current model to ``path`` (a .keras file), atomically.

        ``modified`` says how its weights were changed in place since it was loaded (see
        ``ModelSession.set_modified``); the file's metadata records it.
        """
        self.submit("save", self._save, str(path), modified)

    def set_activations_wanted(self, wanted: bool) -> None:
        """Whether predictions also carry every layer's activation (costs ~3x the time)."""
        was = self._activations_wanted
        self._activations_wanted = bool(wanted)
        if wanted and not was:
            # The inspector just appeared: give it the activations of the digit on screen.
            self.predict_again()

    def apply_snapshot(self, spec: list[dict], weights: list[np.ndarray], info: dict) -> None:
        """Make a training snapshot the current model (newest snapshot wins).

        ``weights`` must be copies nobody else writes to (``TrainingEvents.snapshot`` gives
        such copies), so inference never reads weights the training step is updating. The
        first snapshot of a run builds a fresh model from ``spec``; later ones only swap
        weights. ``snapshotApplied(info)`` follows.
        """
        self.submit("snapshot", self._apply_snapshot, spec, weights, dict(info))

    def prepare_snapshot_model(self, spec: list[dict], info: dict) -> None:
        """Build and trace the model snapshots of run ``info["run"]`` will use.

        Call it as the run starts, so the first snapshot only swaps weights (tracing nothing)
        and shows at once. The current model stays current until the first real snapshot.
        """
        self.submit("snapshot", self._prepare_snapshot_model, spec, dict(info))

    def run_on_model(self, kind: str, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(network, predictor, *args)`` in this thread on the current network.

        The result comes back through ``jobFinished(kind, result)``, a failure through
        ``jobFailed(kind, message, details)``; a waiting job of the same kind is replaced.
        ``fn`` must return plain dicts / NumPy, never Keras objects.
        """
        self.submit(f"job:{kind}", self._run_on_model, kind, fn, args)

    # ----------------------------------------------------------------- jobs (worker thread)

    def _load(self, path: str) -> dict | None:
        try:
            return self._load_steps(path)
        except Cancelled:
            raise
        except Exception as exc:  # reported with the path it concerns
            if not self.stopping:
                self.modelFailed.emit(path, describe(exc), format_exception(exc))
            return None

    def _load_steps(self, path: str) -> dict:
        from model.network.predictor import Predictor
        from model.storage import load_model, read_metadata

        steps: dict[str, float] = {}
        clock = [time.perf_counter()]

        def step(name: str) -> None:
            now = time.perf_counter()
            steps[name] = round(now - clock[0], 3)
            clock[0] = now
            self.check_stopping()

        metadata = read_metadata(path)  # refuses missing and non-zip files at once
        self.modelLoading.emit({"path": path, "metadata": metadata})
        step("metadata")
        loaded = load_model(path)
        step("model")
        predictor = Predictor(loaded.model)
        step("predictor")
        self._loaded, self._predictor = loaded, predictor
        info = model_info(loaded)
        info["load_steps"] = steps
        info["load_seconds"] = round(sum(steps.values()), 3)
        self.modelLoaded.emit(info)
        if self._last is not None:  # something was drawn while the model loaded
            self._emit_prediction(*self._last)
        return info

    def _predict(self, seq: int, image: np.ndarray | None) -> None:
        self._last = None if image is None else (seq, image)
        if image is not None and self._predictor is not None:
            self._emit_prediction(seq, image)

    def _emit_prediction(self, seq: int, image: np.ndarray) -> None:
        began = time.perf_counter()
        result: dict[str, Any] = {"seq": seq, "image": image}
        if self._activations_wanted:
            prediction = self._predictor.predict(image)
            probabilities, logits = prediction.probabilities, prediction.logits
            result["activations"] = prediction.activations
        else:
            # The probabilities alone take one third of the time of every layer's output.
            both = self._predictor.probabilities_and_logits(image[np.newaxis])
            probabilities, logits = both[0][0], both[1][0]
        result.update(
            label=int(np.argmax(probabilities)),
            confidence=float(np.max(probabilities)),
            probabilities=np.asarray(probabilities, np.float64),
            logits=logits,
            inference_ms=(time.perf_counter() - began) * 1000.0,
        )
        self.predictionReady.emit(result)

    def _predict_again(self) -> None:
        if self._last is not None and self._predictor is not None:
            self._emit_prediction(*self._last)

    def _run_on_model(self, kind: str, fn: Callable[..., Any], args: tuple) -> None:
        if self._predictor is None:
            self.jobFailed.emit(kind, translate("common.workers", "There is no model yet."), "")
            return
        try:
            result = fn(self._loaded.model, self._predictor, *args)
        except Cancelled:
            raise
        except Exception as exc:  # reported to the caller by kind
            if not self.stopping:
                log.debug("model job %r failed", kind, exc_info=True)
                self.jobFailed.emit(kind, describe(exc), format_exception(exc))
            return
        self.jobFinished.emit(kind, result)

    def _snapshot_network(self, spec: list[dict], info: dict) -> tuple[tuple, Any]:
        import json

        from model.architectures import spec_config
        from model.network.network import Network
        from model.network.predictor import Predictor
        from model.storage import LoadedModel

        key = (info.get("run"), json.dumps(spec, sort_keys=True))
        name = info.get("name") or translate("common.workers", "run {n} (training)").format(
            n=info.get("run", "?")
        )
        net = Network(spec_config(spec))
        loaded = LoadedModel(
            net, {"name": name, "spec": spec, "snapshot": dict(info), "snapshot_key": key}
        )
        return key, (loaded, Predictor(net))

    def _prepare_snapshot_model(self, spec: list[dict], info: dict) -> None:
        self._prepared = self._snapshot_network(spec, info)

    def _apply_snapshot(self, spec: list[dict], weights: list[np.ndarray], info: dict) -> None:
        import json

        key = (info.get("run"), json.dumps(spec, sort_keys=True))
        current = self._loaded is not None and self._loaded.metadata.get("snapshot_key") == key
        if not current:
            # A new run (or architecture): its own network, so a file loaded earlier is never
            # overwritten in place by the weights of a network in training.
            prepared = getattr(self, "_prepared", None)
            self._prepared = None
            if prepared is None or prepared[0] != key:
                prepared = self._snapshot_network(spec, info)
            self._loaded, self._predictor = prepared[1]
            self._snapshot_key = key
            self._predictor.set_weights(weights)
            self.modelLoaded.emit({**model_info(self._loaded), "snapshot": dict(info)})
        else:
            self._predictor.set_weights(weights)
        self._loaded.metadata["snapshot"] = dict(info)
        self.snapshotApplied.emit(dict(info))
        self._predict_again()

    def _save(self, path: str, modified: str | None = None) -> str:
        from model.errors import StorageError
        from model.storage import save_model

        if self._loaded is None:
            raise StorageError("there is no model to save yet")
        metadata = dict(self._loaded.metadata)
        if modified:
            # The test accuracy was measured before the edit: it does not describe these weights.
            for key in ("test_accuracy", "test_n"):
                metadata.pop(key, None)
            metadata["modified"] = modified
        save_model(self._loaded.model, path, metadata)
        self.modelSaved.emit(path)
        return path


def model_info(loaded: Any) -> dict[str, Any]:
    """Plain facts about a ``LoadedModel`` for the UI: name, preset, size, accuracy, layers."""
    from model.network.network import network_summary

    net, meta = loaded.model, dict(loaded.metadata)
    meta.pop("history", None)
    return {
        "path": str(loaded.path) if loaded.path else "",
        "name": loaded.name,
        "preset": meta.get("preset"),
        "params": int(net.count_params()),
        "test_accuracy": meta.get("test_accuracy"),
        "epochs": meta.get("epochs_completed"),
        "created": meta.get("created"),
        "layers": network_summary(net),
        "engine": net.engine,
        "engine_note": meta.get("engine_note", ""),
        "metadata": meta,
    }
