"""The "Pixels in a row" tab (idea 1, the tour's first step): the 28×28 grid pulled into a row
of 784 numbers, and the same for the digit moved 2 pixels, as a plain dense network reads them."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.widgets import label
from model.data.transform import shift as move_digit
from model.explain.moved_digit import pixels_changed


class UnrollPanel(QWidget):
    """Step 1: the 28×28 grid pulled into a row of 784, and the same for a moved digit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = MapGrid(min_size=QSize(300, 130))
        self.images.setFixedHeight(140)
        self.strips = MapGrid(min_size=QSize(300, 160), gap=10, tile_names="row")
        self.strips.setFixedHeight(190)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        heading = label(
            translate(
                "inspect.layers.panels.pixels_in_a_row",
                "Pixels in a row: what a plain network gets",
            ),
            "heading",
        )
        intro = label(
            translate(
                "inspect.layers.panels.pixels_in_a_row",
                "Each image row is laid after the previous one: the 784 numbers are "
                "shown below as 7 lines of 112 (four image rows per line).",
            ),
            "caption",
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.images)
        layout.addWidget(self.strips)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def show_image(self, image: np.ndarray | None, shift: int = 2) -> None:
        if image is None:
            self.images.clear()
            self.strips.clear()
            self.caption.setText(
                translate(
                    "inspect.layers.panels.pixels_in_a_row",
                    "Draw a digit on the Draw tab to see it unrolled.",
                )
            )
            return
        image = np.asarray(image, np.float32).reshape(28, 28)
        moved = move_digit(image, shift, 0)
        self.images.set_maps(
            np.stack([image, moved]),
            ColorScale.pixels(),
            [
                translate("inspect.layers.panels.pixels_in_a_row", "your digit"),
                translate("inspect.layers.panels.pixels_in_a_row", "moved {n} px right").format(
                    n=shift
                ),
            ],
        )
        # The row of 784, wrapped every 112 values so it fits on screen.
        self.strips.set_maps(
            np.stack([image.reshape(7, 112), moved.reshape(7, 112)]),
            ColorScale.pixels(),
            [
                translate("inspect.layers.panels.pixels_in_a_row", "your digit as a row"),
                translate("inspect.layers.panels.pixels_in_a_row", "the moved digit as a row"),
            ],
        )
        changed = pixels_changed(image, moved)
        if shift == 1:
            text = translate(
                "inspect.layers.panels.pixels_in_a_row",
                "Moving the digit by just 1 pixel changes <b>{changed} of the 784 numbers</b> "
                "noticeably. A plain network sees two quite different rows; the shape is the "
                "same, but it has no idea what “the same shape” is.",
            )
        else:
            text = translate(
                "inspect.layers.panels.pixels_in_a_row",
                "Moving the digit by just {n} pixels changes <b>{changed} of the 784 "
                "numbers</b> noticeably. A plain network sees two quite different rows; the "
                "shape is the same, but it has no idea what “the same shape” is.",
            )
        self.caption.setText(
            "<span style='font-size:13px'>" + text.format(n=shift, changed=changed) + "</span>"
        )
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft)
