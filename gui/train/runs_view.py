"""The Train tab's "Runs": the runs since the app started, their settings and results side by
side (``RunsTable``; each row's menu offers to delete the run's files), how many runs keep
their checkpoints, and the runs' folders: the oldest beyond that many are deleted as a run
starts (``model.runstore``), and any one on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import duration, label
from gui.train.hyperparameters import OPTIMIZER_NAMES
from model.i18n import formatted, integer, number

# A run's status as the table shows it (the worker's words, and the table's own).
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("train.runs_view", "starting"),
    QT_TRANSLATE_NOOP("train.runs_view", "training"),
    QT_TRANSLATE_NOOP("train.runs_view", "completed"),
    QT_TRANSLATE_NOOP("train.runs_view", "stopped"),
    QT_TRANSLATE_NOOP("train.runs_view", "diverged"),
    QT_TRANSLATE_NOOP("train.runs_view", "failed"),
    QT_TRANSLATE_NOOP("train.runs_view", "files deleted"),
)


class RunsTable(QTableWidget):
    """The runs since the app started, with their settings and results, to compare.

    Signals
    -------
    deleteRequested(int)
        The user asked to delete this run's files (its checkpoints), from the row's menu.
    """

    deleteRequested = Signal(int)

    COLUMNS = (
        QT_TRANSLATE_NOOP("train.runs_view", "run"),
        QT_TRANSLATE_NOOP("train.runs_view", "architecture"),
        QT_TRANSLATE_NOOP("train.runs_view", "params"),
        QT_TRANSLATE_NOOP("train.runs_view", "epochs"),
        QT_TRANSLATE_NOOP("train.runs_view", "batch"),
        QT_TRANSLATE_NOOP("train.runs_view", "optimizer"),
        QT_TRANSLATE_NOOP("train.runs_view", "lr"),
        QT_TRANSLATE_NOOP("train.runs_view", "digits"),
        QT_TRANSLATE_NOOP("train.runs_view", "status"),
        QT_TRANSLATE_NOOP("train.runs_view", "val acc"),
        QT_TRANSLATE_NOOP("train.runs_view", "test acc"),
        QT_TRANSLATE_NOOP("train.runs_view", "time"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels([translate("train.runs_view", c) for c in self.COLUMNS])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self._rows: dict[int, int] = {}
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_self_customContextMenuRequested)

    def run_at(self, row: int) -> int | None:
        """The run shown in ``row``, if any."""
        return next((run for run, r in self._rows.items() if r == row), None)

    @Slot(QPoint)
    def _on_self_customContextMenuRequested(self, pos: QPoint) -> None:
        run = self.run_at(self.rowAt(pos.y()))
        if run is None:
            return
        menu = QMenu(self)
        action = menu.addAction(
            translate(
                "train.runs_view", "Delete the files of run {runno} (its checkpoints)…"
            ).format(runno=run)
        )
        action.triggered.connect(lambda: self.deleteRequested.emit(run))
        menu.popup(self.viewport().mapToGlobal(pos))

    def set_run(self, run: int, values: dict[str, Any]) -> None:
        """Add or update the row of ``run`` with the given column values."""
        if run not in self._rows:
            self._rows[run] = self.rowCount()
            self.insertRow(self.rowCount())
        row = self._rows[run]
        for col, key in enumerate(self.COLUMNS):
            if key in values:
                text = str(values[key])
                item = QTableWidgetItem(
                    translate("train.runs_view", text) if key == "status" else text
                )
                if key in (
                    "params",
                    "epochs",
                    "batch",
                    "lr",
                    "digits",
                    "val acc",
                    "test acc",
                    "time",
                ):
                    item.setTextAlignment(
                        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    )
                self.setItem(row, col, item)

    def show_started(self, info: dict[str, Any]) -> None:
        """A run has started (``TrainingWorker.runStarted``): its settings."""
        from model.architectures import summarize, total_params

        cfg = info["config"]
        self.set_run(
            info["run"],
            {
                "params": integer(total_params(summarize(info["spec"]))),
                "epochs": cfg["epochs"],
                "batch": cfg["batch_size"],
                "optimizer": translate(
                    "train.hyperparameters", OPTIMIZER_NAMES.get(cfg["optimizer"], cfg["optimizer"])
                ),
                "lr": formatted(cfg["learning_rate"]),
                "digits": integer(info["n_train"]),
                "status": "training",
            },
        )

    def show_finished(self, result: dict[str, Any]) -> None:
        """A run has ended (``TrainingWorker.runFinished``): how, and its results."""
        row: dict[str, Any] = {
            "status": result["status"],
            "epochs": result["epochs_completed"],
            "time": duration(result["seconds"]),
        }
        history = result["history"]
        if history.get("val_accuracy"):
            row["val acc"] = f"{number(history['val_accuracy'][-1] * 100, 2)} %"
        self.set_run(result["run"], row)

    def value(self, run: int, key: str) -> str:
        item = self.item(self._rows[run], self.COLUMNS.index(key))
        return item.text() if item is not None else ""


class RunsView(QWidget):
    """The runs table under the choice of how many runs keep their checkpoints, and the runs'
    folders.

    Parameters
    ----------
    runs
        The table (the Train tab fills it in).
    runs_dir
        The folder that holds the runs' folders.
    keep
        How many runs keep their files, at first.

    Signals
    -------
    said(str, str)
        What became of a run's files, and the colour to say it in.
    """

    said = Signal(str, str)

    def __init__(
        self, runs: RunsTable, runs_dir: Path, keep: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runs = runs
        self.runs_dir = runs_dir
        self._folders: dict[int, Path] = {}  # run id -> its folder
        self.keep_runs = QSpinBox()
        self.keep_runs.setAccessibleName(translate("train.runs_view", "Runs to keep"))
        self.keep_runs.setRange(1, 100)
        self.keep_runs.setValue(max(1, min(100, keep)))
        self.keep_runs.setToolTip(
            translate(
                "train.runs_view",
                "Each run keeps its checkpoints in a folder of its own; when a new run starts, "
                "the folders of older runs beyond this many are deleted",
            )
        )
        keep_row = QHBoxLayout()
        keep_row.addWidget(
            label(translate("train.runs_view", "Keep the checkpoints of the last"), "muted")
        )
        keep_row.addWidget(self.keep_runs)
        keep_row.addWidget(label(translate("train.runs_view", "runs"), "muted"))
        keep_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(keep_row)
        layout.addWidget(
            label(
                translate("train.runs_view", "Right-click a run to delete its checkpoints now."),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(runs, 1)

    def add_folder(self, run: int, folder: Path) -> None:
        """Run ``run`` keeps its files in ``folder``."""
        self._folders[run] = folder

    def prune(self, protect: list[Path]) -> None:
        """Keep the folders of the newest ``keep_runs`` runs (and those in ``protect``: the one
        starting, the one that can be resumed); delete the older ones."""
        from model.runstore import prune_runs

        for path in prune_runs(self.runs_dir, self.keep_runs.value(), protect):
            self._files_gone(path)

    def delete_files(self, run: int, under_way: Path | None) -> Path | None:
        """Delete run ``run``'s folder (checkpoints, record) unless it is ``under_way``; the
        folder deleted, or None, having said why not."""
        from model.errors import StorageError
        from model.runstore import remove_run

        path = self._folders.get(run)
        if path is None or not path.exists():
            self.said.emit(
                translate("train.runs_view", "Run {runno} has no files left to delete.").format(
                    runno=run
                ),
                style.MUTED,
            )
            return None
        if path == under_way:
            self.said.emit(
                translate(
                    "train.runs_view",
                    "Run {runno} is under way: stop it before deleting its files.",
                ).format(runno=run),
                style.BAD,
            )
            return None
        try:
            remove_run(path, self.runs_dir)
        except StorageError as exc:
            self.said.emit(str(exc), style.BAD)
            return None
        self._files_gone(path)
        return path

    def _files_gone(self, path: Path) -> None:
        for run, folder in self._folders.items():
            if folder == path:
                self.runs.set_run(run, {"status": "files deleted"})
