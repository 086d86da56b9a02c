"""``MapsRow``: one layer's output as grids side by side, each under a fixed caption.

Two digits shows yours, the second and their difference; Two networks shows each network's
maps (or filters). ``tiles`` lays any layer's output out as pictures: its maps, one picture, or
a vector wrapped into a near-square tile.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.widgets import Card, TextView, label

# The largest tile of a row's grids: a wide window gives larger maps, up to this.
LARGEST_TILE = 120


def tiles(values: np.ndarray) -> np.ndarray:
    """A layer's output for one digit as (C, H, W) tiles: its maps (H, W, C), one picture
    (H, W), or a vector wrapped into one near-square tile (the empty end padded with NaN,
    shown grey)."""
    values = np.asarray(values, np.float64)
    if values.ndim == 3:
        return np.moveaxis(values, 2, 0)
    if values.ndim == 2:  # one picture (a saliency map, say)
        return values[np.newaxis]
    vector = values.reshape(-1)
    width = vector.size if vector.size <= 16 else math.ceil(math.sqrt(vector.size * 4))
    rows = math.ceil(vector.size / width)
    padded = np.full(rows * width, np.nan)
    padded[: vector.size] = vector
    return padded.reshape(1, rows, width)


class MapsRow(Card):
    """One layer's output as grids side by side, each under a fixed caption.

    The title and captions are set once (``set_title``); what changes with every digit goes
    through ``fill``: a one-line note beside the title and each grid's values and scale
    (values are one digit's output of the layer: maps or a vector, see ``tiles``).
    """

    def __init__(self, captions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.body.setContentsMargins(12, 8, 12, 10)
        self.body.setSpacing(4)
        self.title = label("", "heading", wrap=True)
        self.note = TextView(1, bold=True, align=Qt.AlignmentFlag.AlignRight)
        self.note.setFixedWidth(190)
        self.caption = label("", "caption", wrap=True)
        self.caption.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.note)
        self.body.addLayout(head)
        self.body.addWidget(self.caption)
        row = QHBoxLayout()
        row.setSpacing(14)
        self.grids: list[MapGrid] = []
        self.captions: list[QLabel] = []
        for text in captions:
            column = QVBoxLayout()
            column.setSpacing(2)
            caption = label(text, "muted", wrap=True)
            grid = MapGrid(min_size=QSize(90, 24))
            grid.follow_width(LARGEST_TILE)
            column.addWidget(caption)
            column.addWidget(grid)
            column.addStretch(1)
            row.addLayout(column, 1)
            self.grids.append(grid)
            self.captions.append(caption)
        self.body.addLayout(row)

    def set_title(self, title: str, caption: str = "") -> None:
        """The row's heading, and a line under it (none if empty)."""
        self.title.setText(title)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    def fill(self, note: str, grids: list[tuple[np.ndarray, ColorScale]]) -> None:
        """Show ``note`` beside the title and each grid's values in its scale."""
        self.note.set_text(note)
        for grid, (values, scale) in zip(self.grids, grids):
            grid.set_maps(tiles(values), scale)
            grid.set_numbers(np.size(values) <= 10)

    def fill_grid(self, index: int, values: np.ndarray, scale: ColorScale) -> None:
        """Show one grid's values (the others keep theirs)."""
        self.grids[index].set_maps(tiles(values), scale)
        self.grids[index].set_numbers(np.size(values) <= 10)

    def clear(self) -> None:
        self.note.set_text("")
        for grid in self.grids:
            grid.clear()
