"""``FineTuneWorker``: fine-tunes a copy of the current network in a training process of its
own and keeps the result until it is saved."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal

from gui.common.i18n import translate
from gui.common.workers import Worker
from model.i18n import number
from model.words import sentence

PROGRESS_HZ = 10.0


class FineTuneWorker(Worker):
    """Fine-tunes in a training process of its own (``model.training.process``) and keeps the
    result.

    Training needs TensorFlow, which the app's own process never loads: a process is started
    for the run (its TensorFlow import takes a few seconds) and ended after it, so it holds no
    memory while nobody fine-tunes. The tuned network comes back as plain data and stays in this
    worker's thread; the UI gets plain figures (``finished``) and asks it to save (``save``).

    Signals
    -------
    progressed(dict)
        ``fraction`` (0..1) and ``text``, at most ``PROGRESS_HZ`` a second.
    """

    progressed = Signal(object)

    def __init__(self) -> None:
        super().__init__("convscope-finetune")
        self.stop_requested = threading.Event()
        self._mnist = None
        self._model = None
        self._metadata: dict[str, Any] = {}
        self._last_emit = 0.0
        self._process = None
        self._process_lock = threading.Lock()

    def should_stop(self) -> bool:
        return self.stop_requested.is_set() or self.stopping

    def request_stop(self) -> None:
        """End the run at the next batch (any thread); the figures so far are reported."""
        self.stop_requested.set()
        with self._process_lock:
            if self._process is not None:
                self._process.request_stop()

    def begin_stop(self) -> None:
        self.request_stop()
        super().begin_stop()

    def _progress(self, info: dict) -> None:
        now = time.perf_counter()
        last = info["epoch"] + 1 == info["epochs"] and info["batch"] + 1 == info["batches"]
        if now - self._last_emit < 1.0 / PROGRESS_HZ and not last:
            return
        self._last_emit = now
        done = info["epoch"] * info["batches"] + info["batch"] + 1
        self.progressed.emit(
            {
                "fraction": done / max(1, info["epochs"] * info["batches"]),
                "text": translate(
                    "lab.handwriting.fine_tune_worker",
                    "Training: pass {current} of {total}, accuracy on this pass {pct} %",
                ).format(
                    current=info["epoch"] + 1,
                    total=info["epochs"],
                    pct=number(info.get("epoch_accuracy", info["accuracy"]) * 100, 0),
                ),
            }
        )

    def _on_message(self, kind: str, payload: Any) -> None:
        if kind == "batches" and payload:
            self._progress(payload[-1])
        elif kind == "message":
            self.progressed.emit({"text": sentence(payload) + "…"})

    def tune(self, frozen: Any, dataset: Any, epochs: int, options: dict[str, Any]) -> dict:
        """Run ``model.lab.handwriting.fine_tune`` in a training process; returns its figures."""
        from model.data.mnist import load_mnist
        from model.network.sharing import thaw
        from model.training import process as trainproc

        self._model, self._metadata = None, {}
        self.progressed.emit(
            {
                "fraction": 0.0,
                "text": translate(
                    "lab.handwriting.fine_tune_worker", "Starting the training process…"
                ),
            }
        )
        if self._mnist is None:
            self._mnist = load_mnist()
        process = trainproc.TrainingProcess()
        with self._process_lock:
            self._process = process
        try:
            self.check_stopping()
            process.set_data(self._mnist, cancelled=lambda: self.stopping)
            if self.stop_requested.is_set():
                process.request_stop()
            result = process.fine_tune(
                frozen,
                str(dataset.folder),
                epochs,
                options,
                self._on_message,
                cancelled=lambda: self.stopping,
            )
        finally:
            with self._process_lock:
                self._process = None
            process.close(0.5)
        tuned = result.pop("frozen", None)
        if tuned is not None:
            self._model, self._metadata = thaw(tuned), dict(tuned.metadata)
        return result

    def save(self, path: str) -> str:
        """Write the last fine-tuned model to ``path`` (atomically); returns the path."""
        from model.errors import StorageError
        from model.storage import save_model

        if self._model is None:
            raise StorageError(
                translate(
                    "lab.handwriting.fine_tune_worker", "there is no fine-tuned model to save"
                )
            )
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        save_model(self._model, path, self._metadata)
        return path
