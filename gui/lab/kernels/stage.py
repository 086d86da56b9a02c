"""``Stage``: one picture of the playground's pipeline (input, convolution, ReLU, pooling)
with its title, its size and a one-line caption."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.widgets import label
from gui.lab.kernels.widgets import framed

# The pipeline's pictures: their smallest and largest sides (they follow the page's width).
STAGE_MIN, STAGE_MAX = 96, 260


class Stage(QWidget):
    """One picture of the pipeline: a title with its size, the map, a one-line explanation."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(title, "labTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.size_label = label("", "muted")
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = MapGrid(min_size=QSize(STAGE_MIN, STAGE_MIN), gap=0)
        # As wide as a quarter of the row allows: small on a laptop, large on a big screen.
        self.grid.follow_width(STAGE_MAX)
        frame = framed(self.grid)
        self.caption = label("", "caption", wrap=True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.caption.setMinimumHeight(44)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(self.title)
        box.addWidget(self.size_label)
        box.addWidget(frame)
        box.addWidget(self.caption)
        box.addStretch(1)

    def set_values(self, values: np.ndarray, scale: ColorScale) -> None:
        self.grid.set_maps(values, scale)
        h, w = values.shape
        self.size_label.setText(f"{h}\u00a0\u00d7\u00a0{w}")
