"""``KernelGrid``: a filter's weights as a square grid of editable numbers, coloured like the
Inspect tab's filter tiles."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale, fmt
from model.errors import ConvscopeError
from model.lab import kernels as pg


class KernelGrid(QWidget):
    """A square grid of editable numbers, each cell coloured like the Inspect tab's filter
    tiles: red for positive weights, blue for negative, white for zero.

    Signals
    -------
    edited(object)
        The user changed a cell and every cell holds a number: the (k, k) float32 kernel.
    """

    edited = Signal(object)

    def __init__(self, size: int = 3, cell: int = 50, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cell = cell
        self._cells: list[list[QLineEdit]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(3)
        self._read_only = False
        self.set_size(size)

    @property
    def size(self) -> int:
        return len(self._cells)

    def set_size(self, size: int) -> None:
        """Rebuild as a ``size`` x ``size`` grid of zeros."""
        for row in self._cells:
            for cell in row:
                self._grid.removeWidget(cell)
                cell.deleteLater()
        self._cells = []
        for r in range(size):
            row = []
            for c in range(size):
                cell = QLineEdit("0")
                cell.setFixedSize(self._cell, 30)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setAccessibleName(
                    translate(
                        "lab.kernels.kernel_grid", "weight row {row}, column {column}"
                    ).format(row=r + 1, column=c + 1)
                )
                cell.setReadOnly(self._read_only)
                cell.textEdited.connect(self._on_cell_textEdited)
                self._grid.addWidget(cell, r, c)
                row.append(cell)
            self._cells.append(row)
        self._paint()

    def cell(self, row: int, col: int) -> QLineEdit:
        return self._cells[row][col]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for row in self._cells:
            for cell in row:
                cell.setReadOnly(read_only)

    def set_kernel(self, kernel: np.ndarray) -> None:
        """Show ``kernel`` (k, k); resizes the grid if needed. Emits nothing."""
        kernel = np.asarray(kernel, np.float64)
        if kernel.shape[0] != self.size:
            self.set_size(kernel.shape[0])
        for r, row in enumerate(self._cells):
            for c, cell in enumerate(row):
                cell.setText(fmt(float(kernel[r, c])))
        self._paint()

    def kernel(self) -> np.ndarray | None:
        """The weights typed in, or None while a cell holds something that is not a number."""
        values = self._values()
        return values.astype(np.float32) if np.all(np.isfinite(values)) else None

    def _values(self) -> np.ndarray:
        out = np.full((self.size, self.size), np.nan)
        for r, row in enumerate(self._cells):
            for c, cell in enumerate(row):
                try:
                    out[r, c] = pg.parse_weight(cell.text())
                except ConvscopeError:
                    continue  # stays NaN: the cell is outlined until it holds a number
        return out

    def _paint(self) -> None:
        values = self._values()
        scale = ColorScale.for_values(values, True)
        for r, row in enumerate(self._cells):
            for c, cell in enumerate(row):
                v = values[r, c]
                if not np.isfinite(v):
                    cell.setStyleSheet(
                        f"QLineEdit {{ background: #fff7ed; border: 2px solid {style.BAD}; }}"
                    )
                    continue
                bg = scale.color(float(v))
                light = 0.299 * bg.red() + 0.587 * bg.green() + 0.114 * bg.blue() > 140
                cell.setStyleSheet(
                    f"QLineEdit {{ background: {bg.name()}; color: "
                    f"{'#111827' if light else '#ffffff'}; border: 1px solid {style.CARD_BORDER};"
                    " border-radius: 4px; font-weight: 600; }"
                )

    def _on_cell_textEdited(self, _text: str) -> None:
        self._paint()
        kernel = self.kernel()
        if kernel is not None:
            self.edited.emit(kernel)
