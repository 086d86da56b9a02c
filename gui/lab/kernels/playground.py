"""The Kernel playground's top card: a filter of the user's choosing slides over the digit.

A preset, a typed filter or one edited cell by cell runs over the current digit as one
convolutional stage does: convolution, ReLU, 2x2 max pooling, each picture labelled with its
size and what happened. That is NumPy on a 28x28 array (``model.lab.kernels.pipeline``, well
under a millisecond), so it runs on the UI thread and follows every edit and every stroke.
Pointing at a value shows the window it was computed from, or the square pooling kept the
largest of.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.errors import describe
from gui.common.i18n import translate
from gui.common.layouts import ReflowRow
from gui.common.maps.colors import ColorScale
from gui.common.widgets import Card, label
from gui.lab.kernels.kernel_grid import KernelGrid
from gui.lab.kernels.stage import Stage
from gui.lab.kernels.widgets import arrow
from model.errors import ConvscopeError
from model.i18n import number, percent
from model.lab import kernels as pg

FIELD = "#22c55e"  # the filter's window on the input: green, as in the Inspect tab
WINNER = "#f59e0b"  # the value max pooling keeps: amber, as in the Inspect tab


class KernelPlayground(Card):
    """Slide your own filter over your digit: the filter's controls beside the pipeline it
    runs (``stage_input``, ``stage_conv``, ``stage_relu``, ``stage_pool``).

    It needs nothing but the digit (``set_image``): no model, no worker.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("lab.kernels.playground", "Slide your own filter over your digit"),
            translate(
                "lab.kernels.playground",
                "A filter is a small grid of weights sliding over the digit: at each position the "
                "pixels under it are multiplied by the weights and added up, giving one pixel of a "
                "new image, the feature map. Edit a weight and watch every step change.",
            ),
            parent,
        )
        self.image: np.ndarray | None = None
        self._kernel = np.array(pg.KERNELS["vertical edge"], np.float32)
        self._stages: dict[str, Any] | None = None
        filter_controls = self._build_filter_controls()
        pipeline = self._build_pipeline()
        # The filter beside its pipeline when there is room, above it when not.
        self.body.addWidget(ReflowRow([filter_controls, pipeline], [0, 1], spacing=18))
        self._set_preset("vertical edge")

    # ------------------------------------------------------------------ building

    def _build_filter_controls(self) -> QWidget:
        self.preset_box = QComboBox()
        for name in pg.KERNELS:
            # The kernels' names are marked where they are defined (model.lab.kernels).
            self.preset_box.addItem(translate("lab.kernels", name), name)
        self.preset_box.addItem(translate("lab.kernels.playground", "your own"), "")
        self.preset_box.setToolTip(
            translate("lab.kernels.playground", "Start from a well-known filter, then edit it")
        )
        self.preset_box.currentIndexChanged.connect(self._on_preset_box_changed)
        self.size_buttons = QButtonGroup(self)
        size_row = QHBoxLayout()
        size_row.setSpacing(4)
        size_row.addWidget(label(translate("lab.kernels.playground", "Size"), "muted"))
        for side in pg.KERNEL_SIZES:
            button = QPushButton(f"{side}\u00d7{side}")
            button.setCheckable(True)
            button.setToolTip(
                translate(
                    "lab.kernels.playground", "A blank {side}×{side} filter to fill in"
                ).format(side=side)
            )
            button.clicked.connect(lambda _c=False, s=side: self._on_size_clicked(s))
            self.size_buttons.addButton(button, side)
            size_row.addWidget(button)
        size_row.addStretch(1)
        self.kernel_grid = KernelGrid(3)
        self.kernel_grid.edited.connect(self._on_kernel_grid_edited)
        self.kernel_text = QLineEdit()
        self.kernel_text.setAccessibleName(translate("lab.kernels.playground", "Type a kernel"))
        self.kernel_text.setPlaceholderText(
            translate("lab.kernels.playground", "or type one: 1 0 -1; 2 0 -2; 1 0 -1")
        )
        self.kernel_text.setToolTip(
            translate(
                "lab.kernels.playground",
                "Rows separated by ; or new lines, numbers by spaces or commas; fractions like "
                "1/9 work. 3×3 or 5×5. Press Enter to use it.",
            )
        )
        self.kernel_text.returnPressed.connect(self._on_kernel_text_returnPressed)
        self.kernel_error = label("", "caption", wrap=True)
        self.kernel_error.setStyleSheet(f"color: {style.BAD};")
        self.kernel_error.hide()
        self.kernel_note = label("", "caption", wrap=True)
        controls = QVBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(label(translate("lab.kernels.playground", "Filter"), "labTitle"))
        controls.addWidget(self.preset_box)
        controls.addLayout(size_row)
        controls.addWidget(self.kernel_grid, 0, Qt.AlignmentFlag.AlignLeft)
        controls.addWidget(self.kernel_text)
        controls.addWidget(self.kernel_error)
        controls.addWidget(self.kernel_note)
        controls.addStretch(1)
        left = QWidget()
        left.setLayout(controls)
        left.setFixedWidth(250)
        return left

    def _build_pipeline(self) -> QWidget:
        self.same_box = QCheckBox(translate("lab.kernels.playground", "Pad the border with zeros"))
        self.same_box.setToolTip(
            translate(
                "lab.kernels.playground",
                "With padding the filter may hang over the edge (zeros there), so the map keeps "
                "its 28×28 size; without, it stays inside and the map shrinks",
            )
        )
        self.same_box.toggled.connect(lambda _on: self._recompute())
        self.stage_input = Stage(translate("lab.kernels.playground", "Your digit"))
        self.stage_conv = Stage(translate("lab.kernels.playground", "Convolution"))
        self.stage_relu = Stage("ReLU")
        self.stage_pool = Stage(translate("lab.kernels.playground", "Max pooling 2\u00d72"))
        self.stage_input.caption.setText(
            translate("lab.kernels.playground", "What the network reads: 0 is black, 1 white ink.")
        )
        self.stage_relu.caption.setText(
            translate("lab.kernels.playground", "Negative values become 0: only the matches stay.")
        )
        self.stage_pool.caption.setText(
            translate(
                "lab.kernels.playground",
                "The largest of each 2×2 square: half the size, small shifts matter less.",
            )
        )
        self.stage_conv.grid.cellHovered.connect(self._on_conv_cellHovered)
        self.stage_relu.grid.cellHovered.connect(self._on_conv_cellHovered)
        self.stage_pool.grid.cellHovered.connect(self._on_pool_cellHovered)
        row = QHBoxLayout()
        row.setSpacing(4)
        for i, stage in enumerate(
            (self.stage_input, self.stage_conv, self.stage_relu, self.stage_pool)
        ):
            if i:
                row.addWidget(arrow())
            row.addWidget(stage, 1)
        self.hint = label(
            translate("lab.kernels.playground", "Draw a digit on the Draw tab: it appears here."),
            "muted",
            wrap=True,
        )
        self.readout = label("", "caption", wrap=True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.hint)
        right.addLayout(row)
        right.addWidget(self.readout)
        right.addWidget(self.same_box)
        right.addStretch(1)
        pipeline = QWidget()
        pipeline.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        return pipeline

    # ------------------------------------------------------------------ the filter and its pipeline

    def _set_preset(self, name: str) -> None:
        self.preset_box.blockSignals(True)
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(name)))
        self.preset_box.blockSignals(False)
        if name in pg.KERNELS:
            self._use_kernel(np.array(pg.KERNELS[name], np.float32), name)

    def _use_kernel(self, kernel: np.ndarray, name: str = "") -> None:
        self._kernel = np.asarray(kernel, np.float32)
        self.kernel_grid.set_kernel(self._kernel)
        self.size_buttons.button(self._kernel.shape[0]).setChecked(True)
        self.kernel_note.setText(
            pg.kernel_note(name)
            if name
            else translate("lab.kernels.playground", "Your own filter.")
        )
        if not name:
            self.preset_box.blockSignals(True)
            self.preset_box.setCurrentIndex(self.preset_box.findData(""))
            self.preset_box.blockSignals(False)
        self.kernel_error.setText("")
        self.kernel_error.hide()
        self._recompute()

    def set_kernel(self, kernel: np.ndarray) -> None:
        """Use ``kernel`` (3x3 or 5x5) as the playground's filter."""
        self._use_kernel(kernel)

    def set_image(self, image: np.ndarray | None) -> None:
        """Slide the filter over ``image`` (28x28, 0..1; None: no digit) from now on."""
        self.image = image
        self._recompute()

    @property
    def stages(self) -> dict[str, Any] | None:
        """The last ``model.lab.kernels.pipeline`` result shown (None without a digit)."""
        return self._stages

    def _recompute(self) -> None:
        image = self.image
        self.hint.setVisible(image is None)
        if image is None:
            self._stages = None
            for stage in (self.stage_input, self.stage_conv, self.stage_relu, self.stage_pool):
                stage.grid.clear()
                stage.size_label.setText("")
            self.stage_conv.caption.setText("")
            self.readout.setText("")
            return
        padding = "same" if self.same_box.isChecked() else "valid"
        stages = pg.pipeline(image, self._kernel, padding)
        self._stages = stages
        peak = stages["peak"]
        self.stage_input.set_values(stages["input"], ColorScale.pixels())
        self.stage_conv.set_values(stages["convolved"], ColorScale(-peak, peak, True))
        self.stage_relu.set_values(stages["relu"], ColorScale(0.0, peak, False))
        self.stage_pool.set_values(stages["pooled"], ColorScale(0.0, peak, False))
        k = self._kernel.shape[0]
        self.stage_conv.caption.setText(
            translate(
                "lab.kernels.playground",
                "Each value: {n} pixels × {n} weights, added up. Red above 0, blue below.",
            ).format(n=k * k)
        )
        self.stage_relu.caption.setText(
            translate(
                "lab.kernels.playground",
                "Negative values become 0: {share} of the map, only the matches stay.",
            ).format(share=percent(stages["negative_share"], 0))
        )
        self.readout.setText(
            translate(
                "lab.kernels.playground",
                "Point at a value of the convolution to see the window it was computed from, "
                "or at a pooled value to see the 2×2 square it kept the largest of.",
            )
        )
        for grid in (self.stage_input, self.stage_relu):
            grid.grid.set_boxes([])
            grid.grid.set_marks([])

    @Slot(int)
    def _on_preset_box_changed(self, _index: int) -> None:
        name = self.preset_box.currentData()
        if name:
            self._set_preset(name)

    def _on_size_clicked(self, side: int) -> None:
        if side != self._kernel.shape[0]:
            blank = np.zeros((side, side), np.float32)
            blank[side // 2, side // 2] = 1.0  # start from the identity, not from nothing
            self._use_kernel(blank)

    @Slot(object)
    def _on_kernel_grid_edited(self, kernel: np.ndarray) -> None:
        self._use_kernel(kernel)

    def _on_kernel_text_returnPressed(self) -> None:
        try:
            kernel = pg.parse_kernel(self.kernel_text.text())
        except ConvscopeError as exc:
            self.kernel_error.setText(describe(exc))
            self.kernel_error.show()
            return
        self._use_kernel(kernel)

    @Slot(int, int, int, float)
    def _on_conv_cellHovered(self, _tile: int, row: int, col: int, value: float) -> None:
        stages = self._stages
        if stages is None:
            return
        window = pg.window_products(stages["input"], self._kernel, row, col, stages["padding"])
        k = self._kernel.shape[0]
        self.stage_input.grid.set_boxes([(0, window["top"], window["left"], k, k, FIELD)])
        self.stage_relu.grid.set_marks([(0, row, col, FIELD)])
        relu = max(window["value"], 0.0)
        self.readout.setText(
            translate(
                "lab.kernels.playground",
                "Row {row}, column {column}: the {k}×{k} pixels in the green window, each "
                "times the weight on top of it, add up to {total}; ReLU keeps {relu}.",
            ).format(
                row=row,
                column=col,
                k=k,
                total=number(window["value"], 3),
                relu=number(relu, 3),
            )
        )

    @Slot(int, int, int, float)
    def _on_pool_cellHovered(self, _tile: int, row: int, col: int, value: float) -> None:
        stages = self._stages
        if stages is None:
            return
        r, c = pg.pool_winner(stages["relu"], row, col)
        self.stage_relu.grid.set_boxes([(0, row * 2, col * 2, 2, 2, FIELD)])
        self.stage_relu.grid.set_marks([(0, r, c, WINNER)])
        self.stage_input.grid.set_boxes([])
        self.readout.setText(
            translate(
                "lab.kernels.playground",
                "Pooled row {row}, column {column}: of the four values in the green square of "
                "the ReLU map, the largest ({largest}, amber) is kept; the other three are "
                "dropped.",
            ).format(row=row, column=col, largest=number(value, 3))
        )
