"""The current model every tab shares: which one it is, whether it is loading, its predictions.

Tabs are handed the session and listen to its signals; they never see the worker or a Keras
object. Loading a new model keeps the previous one until the new one is ready, and a failed load
leaves it in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gui.common.i18n import translate
from gui.common.second_network import SecondNetwork
from gui.common.snapshots import SnapshotTimeline
from gui.common.workers import ModelWorker


class ModelSession(QObject):
    """Owns the ``ModelWorker`` and exposes the current model's state to the UI thread.

    ``second`` is the network the current one is compared with (``gui.common.second_network``),
    which follows the same digit.

    Signals
    -------
    loadingStarted(str)
        A model file started loading (path).
    modelChanged(dict)
        A model finished loading and is now current (see ``gui.common.workers.model_info``).
    loadFailed(str, str, str)
        Path, one-line reason and details; the previous model, if any, stays current.
    predictionReady(dict)
        The newest prediction (see ``ModelWorker``).
    digitCleared(int)
        The canvas became blank (``predict`` with no image) at this ``seq``: there is no
        digit to show any more, and no older prediction follows.
    modelSaved(str), saveFailed(str, str)
        The outcome of ``save_as``.
    workFailed(str, str)
        Any other background failure (a prediction that raised): message and details.
    jobFinished(str, object), jobFailed(str, str, str)
        The outcome of ``run_on_model``: kind and result, or kind, message and details.
    fieldShown(object, int)
        A tab outlines this box of the 28x28 input, (top, left, height, width), or None, of
        the prediction with this ``seq`` (-1: any): the Draw tab outlines where it lies on the
        canvas (``show_field``).
    pictureOffered(object, str)
        A tab offers a picture (a 28x28 array) for the canvas, with words saying what it is
        (``offer_picture``); the Draw tab loads it like an opened image.
    timelineChanged()
        ``timeline`` (the last run's snapshots) or the one being replayed changed.
    overlayShown(object, str, int)
        A saliency map to lay over the prediction with this ``seq`` (-1: any), with a caption,
        or None with "" to remove it (``show_overlay``): a dict with ``map`` (28x28 float32
        over the network's input), ``signed``, ``method`` and ``class_index`` (None when it
        explains whatever the answer is). The Draw tab paints it over the canvas when its
        "Show why" is on.
    modifiedChanged(str)
        The current model's weights were changed in place, or put back (``set_modified``):
        what was changed, in a few words, or "" when the model is as loaded or trained
        again. Tabs showing weights read them again.
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
    fieldShown = Signal(object, int)
    pictureOffered = Signal(object, str)
    timelineChanged = Signal()
    overlayShown = Signal(object, str, int)
    digitCleared = Signal(int)
    modifiedChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.info: dict[str, Any] | None = None
        self.loading_path: str | None = None
        # What changed the current model's weights in place (see ``set_modified``), or None.
        self.modified: str | None = None
        # Predictions asked before the canvas last became blank are dropped (see ``predict``).
        self._blank_seq = -1
        # The newest prediction handed out, None while the canvas is blank: a view built
        # later (a Lab page opened for the first time) starts from it.
        self.last_prediction: dict[str, Any] | None = None
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
        self.timeline = SnapshotTimeline()
        self._replayed: int | None = None  # ``Snapshot.number`` of the one replayed
        self._worker.snapshotApplied.connect(self._on_worker_snapshotApplied)
        self._worker.start()
        # The network the current one is compared with (Inspect's "Two networks", a line on
        # the Draw tab): shared like the current one, in a worker of its own once chosen.
        self.second = SecondNetwork(self)
        self.predictionReady.connect(self.second.follow)
        self.digitCleared.connect(self.second.forget)

    @property
    def replaying(self) -> int | None:
        """Index in ``timeline`` of the older snapshot being replayed; None follows the newest."""
        if self._replayed is None or not len(self.timeline):
            return None
        return self.timeline.index_of(self._replayed)

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
        """Ask for the prediction of a 28x28 image; ``None`` says the canvas is blank.

        A blank canvas gets no prediction: ``digitCleared(seq)`` says so at once, and a
        prediction of an earlier drawing still on its way is dropped, so nobody shows a
        digit that is gone.
        """
        if image is None:
            self._blank_seq = max(self._blank_seq, int(seq))
            self.last_prediction = None
            self._worker.predict(seq, None)
            self.digitCleared.emit(int(seq))
            return
        self._worker.predict(seq, image)

    def save_as(self, path: str | Path) -> None:
        """Write the current model to ``path``; ``modelSaved`` or ``saveFailed`` follows.

        A modified model (``modified``) is saved as it is now, edits included; its file says
        so in its metadata (``modified``) and no longer claims the test accuracy measured
        before the edit.
        """
        if self.info is None:
            self.saveFailed.emit(translate("common.session", "There is no model to save yet."), "")
            return
        self._worker.save(str(path), self.modified)

    def set_modified(self, text: str | None) -> None:
        """Say that a ``run_on_model`` job changed the current model's weights in place.

        ``text`` says what, in a few words ("filter 3 of conv1 switched off"); None (or "")
        says the weights are as loaded again. ``modifiedChanged`` follows every call, since
        each one means the weights changed. Loading a model or applying a training snapshot
        clears it: those replace every weight.
        """
        self.modified = str(text) if text else None
        self.modifiedChanged.emit(self.modified or "")

    def set_activations_wanted(self, wanted: bool) -> None:
        """Whether predictions should carry every layer's activation (for the inspector)."""
        self._worker.set_activations_wanted(wanted)

    def run_on_model(self, kind: str, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(keras_model, predictor, *args)`` in the model's worker thread.

        ``jobFinished(kind, result)`` or ``jobFailed(kind, message, details)`` follows; a job
        of the same kind still waiting is replaced. ``fn`` returns plain dicts / NumPy.
        """
        self._worker.run_on_model(kind, fn, *args)

    def refresh_prediction(self) -> None:
        """Predict the last digit again, after a ``run_on_model`` job changed the weights.

        ``predictionReady`` follows (same ``seq``) if a digit is drawn and a model loaded, so
        every tab shows what the changed model makes of it.
        """
        self._worker.predict_again()

    def show_field(self, field: tuple[int, int, int, int] | None, seq: int = -1) -> None:
        """Ask the tabs to outline ``field`` of the 28x28 input of prediction ``seq`` (None:
        outline nothing)."""
        self.fieldShown.emit(None if field is None else tuple(int(v) for v in field), int(seq))

    def show_overlay(self, overlay: dict | None, caption: str = "", seq: int = -1) -> None:
        """Ask the tabs to lay a saliency map (see ``overlayShown``) over the drawing of
        prediction ``seq``; None removes it."""
        if overlay is not None:
            overlay = dict(overlay, map=np.array(overlay["map"], np.float32, copy=True))
        self.overlayShown.emit(overlay, str(caption), int(seq))

    def offer_picture(self, pixels: np.ndarray, source: str) -> None:
        """Offer ``pixels`` (e.g. a moved 28x28 digit) to the canvas, named by ``source``."""
        self.pictureOffered.emit(np.array(pixels, copy=True), source)

    def apply_snapshot(
        self, spec: list[dict], weights: list[np.ndarray], info: dict[str, Any]
    ) -> None:
        """Use a training snapshot (copied weights of ``spec``) as the current model.

        ``info`` says where it comes from (``run``, ``epoch``, ``batch``); ``modelChanged``
        follows for the first snapshot of a run, ``snapshotApplied`` for every one. The
        snapshot joins ``timeline``; while an older one is replayed it is only recorded.
        """
        if self.timeline.add(spec, weights, info):
            if len(self.timeline) == 1:  # a new run: follow it
                self._replayed = None
            self.timelineChanged.emit()
        if self._replayed is None:
            self._worker.apply_snapshot(spec, weights, info)

    def show_snapshot(self, index: int) -> None:
        """Replay snapshot ``index`` of ``timeline``: its weights become the current model's
        until ``show_latest`` (the last index also means the newest). ``snapshotApplied``
        follows, with ``replay`` (the index) in its info."""
        if not len(self.timeline):
            return
        index = int(np.clip(index, 0, len(self.timeline) - 1))
        snapshot = self.timeline[index]
        self._replayed = None if index == len(self.timeline) - 1 else snapshot.number
        self._worker.apply_snapshot(
            snapshot.spec, snapshot.weights, dict(snapshot.info, replay=index)
        )
        self.timelineChanged.emit()

    def show_latest(self) -> None:
        """Back to the newest snapshot of the run, following new ones again."""
        self.show_snapshot(len(self.timeline) - 1)

    def prepare_snapshot_model(self, spec: list[dict], info: dict[str, Any]) -> None:
        """Get the model for a run's snapshots ready as it starts (any thread); see
        ``ModelWorker.prepare_snapshot_model``."""
        self._worker.prepare_snapshot_model(spec, info)

    def shutdown(self, timeout_ms: int = 8000) -> bool:
        """Stop the workers, waiting at most ``timeout_ms``; True if their threads have ended."""
        second = self.second.shutdown(timeout_ms)
        return self._worker.stop(timeout_ms) and second

    # ----------------------------------------------------------------- worker signals

    @Slot(object)
    def _on_worker_modelLoaded(self, info: dict) -> None:
        if info["path"] == self.loading_path:
            self.loading_path = None
        info = dict(info, wall_seconds=round(time.perf_counter() - self._load_began, 3))
        self.info = info
        self._clear_modified()
        if "snapshot" not in info and len(self.timeline):
            # A model from a file: the run's snapshots no longer describe what is shown.
            self.timeline.clear()
            self._replayed = None
            self.timelineChanged.emit()
        self.modelChanged.emit(info)

    @Slot(str, str, str)
    def _on_worker_modelFailed(self, path: str, message: str, details: str) -> None:
        if path == self.loading_path:
            self.loading_path = None
        self.loadFailed.emit(path, message, details)

    @Slot(object)
    def _on_worker_predictionReady(self, result: dict) -> None:
        if result["seq"] < self._blank_seq:
            return  # asked before the canvas was cleared
        self.last_prediction = result
        self.predictionReady.emit(result)

    @Slot(str)
    def _on_worker_modelSaved(self, path: str) -> None:
        self.modelSaved.emit(path)

    @Slot(object)
    def _on_worker_snapshotApplied(self, info: dict) -> None:
        self._clear_modified()
        self.snapshot_info = dict(info, text=snapshot_text(info))
        self.snapshotApplied.emit(self.snapshot_info)

    def _clear_modified(self) -> None:
        # A new model or a snapshot replaced every weight: nothing is modified any more.
        if self.modified is not None:
            self.set_modified(None)

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
        return translate("common.session", "snapshot after epoch {n}").format(n=epoch)
    return translate("common.session", "snapshot from epoch {n}, batch {batch}").format(
        n=epoch + 1, batch=batch
    )
