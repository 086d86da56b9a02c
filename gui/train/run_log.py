"""The Train tab's "Log": what each run said, line by line: its folder, each epoch's metrics,
the training process's messages, files saved and errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.common.i18n import translate
from gui.train.jobs import TrainingWorker
from model.i18n import number

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
        self.appendPlainText(
            translate("train.run_log", "— run {runno} ({architecture}) —").format(
                runno=run, architecture=architecture
            )
        )

    def tensorboard(self, path: Path, root: Path) -> None:
        """Say where the run's TensorBoard logs go, and how to view them."""
        self.appendPlainText(
            translate(
                "train.run_log", "TensorBoard logs: {path} (view with: tensorboard --logdir {root})"
            ).format(path=path, root=root)
        )

    def devices(self, info: dict) -> None:
        """Name the devices (``TrainingWorker.devicesFound``) a run can train on."""
        names = ", ".join(d.removeprefix("/device:") for d in info.get("devices", []))
        workers = info.get("workers", 1)
        line = (
            translate("train.run_log", "Devices for training: {names}; a cluster of {n} machines")
            if workers > 1
            else translate("train.run_log", "Devices for training: {names}")
        )
        self.appendPlainText(line.format(names=names, n=workers))

    @Slot(object)
    def _on_worker_runStarted(self, info: dict) -> None:
        self.appendPlainText(
            translate("train.run_log", "run folder: {path}").format(path=info["run_dir"])
        )

    @Slot(object)
    def _on_worker_epochEnded(self, info: dict) -> None:
        values = {
            "ep": info["epoch"] + 1,
            "lossnum": number(info.get("loss", float("nan")), 4),
            "acc": number(info.get("accuracy", 0) * 100, 2),
        }
        if "val_accuracy" in info:
            line = translate(
                "train.run_log",
                "epoch {ep}: loss {lossnum}, accuracy {acc} %, validation accuracy {val} %",
            )
            values["val"] = number(info["val_accuracy"] * 100, 2)
        else:
            line = translate("train.run_log", "epoch {ep}: loss {lossnum}, accuracy {acc} %")
        self.appendPlainText(line.format(**values))

    @Slot(str)
    def _on_worker_modelSaved(self, path: str) -> None:
        self.appendPlainText(translate("train.run_log", "saved {path}").format(path=path))

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self.appendPlainText(translate("train.run_log", "error: {message}").format(message=message))
