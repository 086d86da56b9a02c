"""The current model every tab shares: which one it is, whether it is loading, its predictions.

Tabs are handed the session and listen to its signals; they never see the worker or a Keras
object. Loading a new model keeps the previous one until the new one is ready, and a failed load
leaves it in place.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gui.workers import ModelWorker


class ModelSession(QObject):
    """Owns the ``ModelWorker`` and exposes the current model's state to the UI thread.

    Signals
    -------
    loadingStarted(str)
        A model file started loading (path).
    modelChanged(dict)
        A model finished loading and is now current (see ``gui.workers.model_info``).
    loadFailed(str, str, str)
        Path, one-line reason and details; the previous model, if any, stays current.
    predictionReady(dict)
        The newest prediction (see ``ModelWorker``).
    modelSaved(str), saveFailed(str, str)
        The outcome of ``save_as``.
    workFailed(str, str)
        Any other background failure (a prediction that raised): message and details.
    jobFinished(str, object), jobFailed(str, str, str)
        The outcome of ``run_on_model``: kind and result, or kind, message and details.
    """

    loadingStarted = Signal(str)
    modelChanged = Signal(object)
    loadFailed = Signal(str, str, str)
    predictionReady = Signal(object)
    modelSaved = Signal(str)
    saveFailed = Signal(str, str)
    workFailed = Signal(str, str)
    jobFinished = Signal(str, object)
    jobFailed = Signal(str, str, str)
    # The current model's weights are now a training snapshot: run, epoch, batch, text.
    snapshotApplied = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.info: dict[str, Any] | None = None
        self.loading_path: str | None = None
        self._load_began = 0.0
        self._worker = ModelWorker()
        self._worker.modelLoaded.connect(self._on_worker_modelLoaded)
        self._worker.modelFailed.connect(self._on_worker_modelFailed)
        self._worker.predictionReady.connect(self._on_worker_predictionReady)
        self._worker.modelSaved.connect(self._on_worker_modelSaved)
        self._worker.errored.connect(self._on_worker_errored)
        self._worker.jobFinished.connect(self.jobFinished)
        self._worker.jobFailed.connect(self.jobFailed)
        self.snapshot_info: dict[str, Any] | None = None
        self._worker.snapshotApplied.connect(self._on_worker_snapshotApplied)
        self._worker.start()

    @property
    def loading(self) -> bool:
        return self.loading_path is not None

    def open(self, path: str | Path) -> None:
        """Start loading ``path`` in the background; ``modelChanged`` or ``loadFailed`` follows."""
        self.loading_path = str(Path(path).absolute())
        self._load_began = time.perf_counter()
        self.loadingStarted.emit(self.loading_path)
        self._worker.load(self.loading_path)

    def predict(self, seq: int, image: np.ndarray | None) -> None:
        """Ask for the prediction of a 28x28 image; ``None`` says the canvas is blank."""
        self._worker.predict(seq, image)

    def save_as(self, path: str | Path) -> None:
        """Write the current model to ``path``; ``modelSaved`` or ``saveFailed`` follows."""
        if self.info is None:
            self.saveFailed.emit("There is no model to save yet.", "")
            return
        self._worker.save(str(path))

    def set_activations_wanted(self, wanted: bool) -> None:
        """Whether predictions should carry every layer's activation (for the inspector)."""
        self._worker.set_activations_wanted(wanted)

    def run_on_model(self, kind: str, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(keras_model, predictor, *args)`` in the model's worker thread.

        ``jobFinished(kind, result)`` or ``jobFailed(kind, message, details)`` follows; a job
        of the same kind still waiting is replaced. ``fn`` returns plain dicts / NumPy.
        """
        self._worker.run_on_model(kind, fn, *args)

    def apply_snapshot(
        self, spec: list[dict], weights: list[np.ndarray], info: dict[str, Any]
    ) -> None:
        """Use a training snapshot (copied weights of ``spec``) as the current model.

        ``info`` says where it comes from (``run``, ``epoch``, ``batch``); ``modelChanged``
        follows for the first snapshot of a run, ``snapshotApplied`` for every one.
        """
        self._worker.apply_snapshot(spec, weights, info)

    def prepare_snapshot_model(
        self, spec: list[dict], info: dict[str, Any], done: threading.Event
    ) -> None:
        """Get the model for a run's snapshots ready before it trains (any thread); see
        ``ModelWorker.prepare_snapshot_model``. ``done`` is set when it is ready or failed."""
        self._worker.prepare_snapshot_model(spec, info, done)

    def shutdown(self, timeout_ms: int = 8000) -> bool:
        """Stop the worker, waiting at most ``timeout_ms``; True if its thread has ended."""
        return self._worker.stop(timeout_ms)

    # ----------------------------------------------------------------- worker signals

    @Slot(object)
    def _on_worker_modelLoaded(self, info: dict) -> None:
        if info["path"] == self.loading_path:
            self.loading_path = None
        info = dict(info, wall_seconds=round(time.perf_counter() - self._load_began, 3))
        self.info = info
        self.modelChanged.emit(info)

    @Slot(str, str, str)
    def _on_worker_modelFailed(self, path: str, message: str, details: str) -> None:
        if path == self.loading_path:
            self.loading_path = None
        self.loadFailed.emit(path, message, details)

    @Slot(object)
    def _on_worker_predictionReady(self, result: dict) -> None:
        self.predictionReady.emit(result)

    @Slot(str)
    def _on_worker_modelSaved(self, path: str) -> None:
        self.modelSaved.emit(path)

    @Slot(object)
    def _on_worker_snapshotApplied(self, info: dict) -> None:
        self.snapshot_info = dict(info, text=snapshot_text(info))
        self.snapshotApplied.emit(self.snapshot_info)

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "save":
            self.saveFailed.emit(message, details)
        else:
            self.workFailed.emit(message, details)


def snapshot_text(info: dict[str, Any]) -> str:
    """Where a snapshot comes from, in words: "snapshot from epoch 2, batch 400"."""
    epoch, batch = int(info.get("epoch", 0)), int(info.get("batch", 0))
    if batch == 0:  # taken at the end of an epoch; ``epoch`` counts the epochs completed
        return f"snapshot after epoch {epoch}"
    return f"snapshot from epoch {epoch + 1}, batch {batch}"
