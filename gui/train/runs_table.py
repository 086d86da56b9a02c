"""RunsTable: the Train tab's runs since the app started, their settings and results side by
side, each row's menu offering to delete the run's files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
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
        "run",
        "architecture",
        "params",
        "epochs",
        "batch",
        "optimizer",
        "lr",
        "digits",
        "status",
        "val acc",
        "test acc",
        "time",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels(self.COLUMNS)
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
        action = menu.addAction(f"Delete the files of run {run} (its checkpoints)…")
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
                item = QTableWidgetItem(str(values[key]))
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

    def value(self, run: int, key: str) -> str:
        item = self.item(self._rows[run], self.COLUMNS.index(key))
        return item.text() if item is not None else ""
