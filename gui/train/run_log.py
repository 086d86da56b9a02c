"""The Train tab's "Log": what each run said, line by line: its folder, each epoch's metrics,
the training process's messages, files saved and errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.train.jobs import TrainingWorker

# Lines kept: the oldest go first.
MAX_LINES = 2000


class RunLog(QPlainTextEdit):
    """A read-only log that follows ``worker``'s signals."""

    def __init__(self, worker: TrainingWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        worker.runStarted.connect(self._on_worker_runStarted)
        worker.epochEnded.connect(self._on_worker_epochEnded)
        worker.messageLogged.connect(self.appendPlainText)
        worker.modelSaved.connect(self._on_worker_modelSaved)
        worker.errored.connect(self._on_worker_errored)

    def begin_run(self, run: int, architecture: str) -> None:
        """A heading for run ``run``."""
        self.appendPlainText(f"— run {run} ({architecture}) —")

    def tensorboard(self, path: Path, root: Path) -> None:
        """Say where the run's TensorBoard logs go, and how to view them."""
        self.appendPlainText(f"TensorBoard logs: {path} (view with: tensorboard --logdir {root})")

    def devices(self, info: dict) -> None:
        """Name the devices (``TrainingWorker.devicesFound``) a run can train on."""
        names = ", ".join(d.removeprefix("/device:") for d in info.get("devices", []))
        workers = info.get("workers", 1)
        cluster = f"; a cluster of {workers} machines" if workers > 1 else ""
        self.appendPlainText(f"Devices for training: {names}{cluster}")

    @Slot(object)
    def _on_worker_runStarted(self, info: dict) -> None:
        self.appendPlainText(f"run folder: {info['run_dir']}")

    @Slot(object)
    def _on_worker_epochEnded(self, info: dict) -> None:
        parts = [
            f"epoch {info['epoch'] + 1}: loss {info.get('loss', float('nan')):.4f}",
            f"accuracy {info.get('accuracy', 0) * 100:.2f} %",
        ]
        if "val_accuracy" in info:
            parts.append(f"validation accuracy {info['val_accuracy'] * 100:.2f} %")
        self.appendPlainText(", ".join(parts))

    @Slot(str)
    def _on_worker_modelSaved(self, path: str) -> None:
        self.appendPlainText(f"saved {path}")

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self.appendPlainText(f"error: {message}")
