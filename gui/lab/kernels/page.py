"""The Kernel playground: slide your own filter over your digit, and switch off the network's.

Top card: a filter of the user's choosing (a preset, typed, or edited cell by cell) runs over
the current digit as one convolutional stage does: convolution, ReLU, 2x2 max pooling, each
picture labelled with its size and what happened. That is NumPy on a 28x28 array
(``model.lab.kernels.pipeline``, well under a millisecond), so it runs on the UI thread and
follows every edit and every stroke.

Bottom card: one filter of the trained network is switched off (or given new weights) in the
session's model itself, through ``ModelSession.run_on_model``, so the Draw and Inspect tabs see
the changed network too. The before/after comparison (the filter's map, the answer, the test
accuracy on a fixed set of digits, ~0.4 s) runs in this page's own worker on two frozen copies
of the model (``model.lab.kernels.FilterLab``), never in the thread that serves live
predictions. While the model is changed, the page says so in red; Undo and Undo all put the
exact old weights back, and loading another model drops the edits with the model.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.errors import describe
from gui.common.layouts import ReflowRow
from gui.common.maps import ColorScale, MapGrid, fmt
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import Card, label, percent
from gui.lab.page import LabPage
from model.errors import ConvscopeError
from model.lab import kernels as pg
from model.words import count

FIELD = "#22c55e"  # the filter's window on the input: green, as in the Inspect tab
WINNER = "#f59e0b"  # the value max pooling keeps: amber, as in the Inspect tab
# The pipeline's pictures: their smallest and largest sides (they follow the page's width).
STAGE_MIN, STAGE_MAX = 96, 260
# How many MNIST test digits the accuracy is measured on: enough for a stable figure (one
# digit = 0.1 %), few enough to take well under a second here.
ACCURACY_DIGITS = 1000
BANNER_MODIFIED = (
    f"color: {style.BAD}; font-weight: 600; background: #fff7ed; "
    "border: 1px solid #fed7aa; border-radius: 6px; padding: 6px 8px;"
)
BANNER_AS_TRAINED = (
    f"color: {style.MUTED}; background: {style.WINDOW}; "
    f"border: 1px solid {style.CARD_BORDER}; border-radius: 6px; padding: 6px 8px;"
)
# The largest side of a filter's tile, and the sides of the before/after maps.
TILE_MAX = 96
COMPARE_MIN, COMPARE_MAX = 80, 170


# ----------------------------------------------------------------------------- widgets


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
                cell.setAccessibleName(f"weight row {r + 1}, column {c + 1}")
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


def _framed(view: QWidget) -> QFrame:
    """``view`` in a thin border, so a map whose zero is white stays visible on the card."""
    frame = QFrame()
    frame.setObjectName("mapFrame")
    frame.setStyleSheet(f"QFrame#mapFrame {{ border: 1px solid {style.CARD_BORDER}; }}")
    box = QVBoxLayout(frame)
    box.setContentsMargins(1, 1, 1, 1)
    box.addWidget(view)
    return frame


def _arrow() -> QLabel:
    arrow = QLabel("\u2192")
    font = QFont(arrow.font())
    font.setPixelSize(26)
    font.setBold(True)
    arrow.setFont(font)
    arrow.setStyleSheet(f"color: {style.MUTED};")
    arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return arrow


class _Stage(QWidget):
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
        frame = _framed(self.grid)
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


# ----------------------------------------------------------------------------- jobs


class _Engine:
    """What the page's worker keeps between jobs (touched only in the worker thread)."""

    def __init__(self) -> None:
        self.lab: pg.FilterLab | None = None
        self.generation = -1
        self.version = 0
        self.subset: tuple[np.ndarray, np.ndarray] | None = None


def _check_model(model: Any, key: int) -> None:
    if id(model) != key:
        raise pg.PlaygroundError("the network changed in the meantime: nothing was changed")


def _edit_job(
    model: Any, predictor: Any, key: int, layer: str, index: int, kernel: np.ndarray | None
) -> pg.FilterEdit:
    """In the model worker: switch a filter off (``kernel`` None) or give it new weights."""
    _check_model(model, key)
    if kernel is None:
        return pg.knock_out(model, layer, index, predictor)
    return pg.set_filter(
        model,
        layer,
        index,
        kernel,
        what=f"filter {index} of {layer} given new weights",
        predictor=predictor,
    )


def _undo_job(model: Any, predictor: Any, key: int, edits: list[pg.FilterEdit]) -> int:
    """In the model worker: undo ``edits``, newest first."""
    _check_model(model, key)
    for edit in reversed(edits):
        pg.restore(model, edit, predictor)
    return len(edits)


def _build_lab(engine: _Engine, frozen: Any, generation: int, n: int) -> dict[str, Any]:
    from model.data.mnist import load_mnist

    if engine.subset is None or len(engine.subset[0]) != n:
        data = load_mnist()
        engine.subset = pg.fixed_subset(data.x_test, data.y_test, n)
    engine.lab = None
    lab = pg.FilterLab(frozen, *engine.subset)
    engine.lab, engine.generation, engine.version = lab, generation, 0
    before, _ = lab.accuracy()
    return {"generation": generation, "before": before}


def _sync(engine: _Engine, generation: int, version: int, edits: list) -> pg.FilterLab | None:
    if engine.lab is None or engine.generation != generation:
        return None
    if engine.version != version:
        engine.lab.set_edits(edits)
        engine.version = version
    return engine.lab


def _compare_job(
    engine: _Engine, generation: int, version: int, edits: list, image: np.ndarray, layer: str
) -> dict[str, Any] | None:
    lab = _sync(engine, generation, version, edits)
    if lab is None:
        return None
    result = lab.compare(image, layer)
    filters = pg.filters_of(lab.edited.model, layer)
    # Every filter's weights, not only the chosen one's: choosing another filter then shows
    # its weights at once, never the previous filter's while a new comparison is on its way.
    result.update(
        generation=generation, version=version, kernels=filters["kernel"], biases=filters["bias"]
    )
    return result


def _accuracy_job(engine: _Engine, generation: int, version: int, edits: list) -> dict | None:
    lab = _sync(engine, generation, version, edits)
    if lab is None:
        return None
    before, after = lab.accuracy()
    return {"generation": generation, "version": version, "before": before, "after": after}


# ----------------------------------------------------------------------------- the page


class KernelPage(LabPage):
    """Kernel playground and filter knock-out on the current digit and model."""

    key = "kernels"
    title = "Kernel playground"

    # Tests measure on fewer digits; the app uses ACCURACY_DIGITS.
    accuracy_digits = ACCURACY_DIGITS

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self._kernel = np.array(pg.KERNELS["vertical edge"], np.float32)
        self._stages: dict[str, Any] | None = None
        # Knock-out state. ``generation`` counts models; ``version`` counts edit lists.
        self._generation = 0
        self._version = 0
        self._edits: list[pg.FilterEdit] = []
        self._model_key: int | None = None
        self._frozen_wanted = False
        self._busy = ""
        self._layers: list[dict[str, Any]] = []
        self._layer = ""
        self._index = 0
        self._compare: dict[str, Any] | None = None
        self._accuracy: dict[str, Any] | None = None
        # The filter whose weights the editor grid shows: (layer, index, version) and the
        # comparison they came from. Refilled only when that changes, never over typing.
        self._editor_key: tuple | None = None
        self._job_count = 0
        self._engine = _Engine()
        self.worker = self.add_worker(
            "convscope-lab-kernels", self._on_worker_finished, self._on_worker_errored
        )
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(2000)
        self._snapshot_timer.timeout.connect(self._on_snapshot_timer_timeout)
        self._build()
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        self._set_preset("vertical edge")
        self._refresh_knockout()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(12)
        column.addWidget(self._build_playground())
        column.addWidget(self._build_knockout())
        column.addStretch(1)
        self.set_scrolling_content(content)

    def _build_playground(self) -> Card:
        card = Card(
            "Slide your own filter over your digit",
            "A filter is a small grid of weights sliding over the digit: at each position the "
            "pixels under it are multiplied by the weights and added up, giving one pixel of a "
            "new image, the feature map. Edit a weight and watch every step change.",
        )
        self.preset_box = QComboBox()
        for name in pg.KERNELS:
            self.preset_box.addItem(name, name)
        self.preset_box.addItem("your own", "")
        self.preset_box.setToolTip("Start from a well-known filter, then edit it")
        self.preset_box.currentIndexChanged.connect(self._on_preset_box_changed)
        self.size_buttons = QButtonGroup(self)
        size_row = QHBoxLayout()
        size_row.setSpacing(4)
        size_row.addWidget(label("Size", "muted"))
        for side in pg.KERNEL_SIZES:
            button = QPushButton(f"{side}\u00d7{side}")
            button.setCheckable(True)
            button.setToolTip(f"A blank {side}×{side} filter to fill in")
            button.clicked.connect(lambda _c=False, s=side: self._on_size_clicked(s))
            self.size_buttons.addButton(button, side)
            size_row.addWidget(button)
        size_row.addStretch(1)
        self.kernel_grid = KernelGrid(3)
        self.kernel_grid.edited.connect(self._on_kernel_grid_edited)
        self.kernel_text = QLineEdit()
        self.kernel_text.setPlaceholderText("or type one: 1 0 -1; 2 0 -2; 1 0 -1")
        self.kernel_text.setToolTip(
            "Rows separated by ; or new lines, numbers by spaces or commas; fractions like "
            "1/9 work. 3×3 or 5×5. Press Enter to use it."
        )
        self.kernel_text.returnPressed.connect(self._on_kernel_text_returnPressed)
        self.kernel_error = label("", "caption", wrap=True)
        self.kernel_error.setStyleSheet(f"color: {style.BAD};")
        self.kernel_error.hide()
        self.kernel_note = label("", "caption", wrap=True)
        self.same_box = QCheckBox("Pad the border with zeros")
        self.same_box.setToolTip(
            "With padding the filter may hang over the edge (zeros there), so the map keeps "
            "its 28×28 size; without, it stays inside and the map shrinks"
        )
        self.same_box.toggled.connect(lambda _on: self._recompute())

        controls = QVBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(label("Filter", "labTitle"))
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

        self.stage_input = _Stage("Your digit")
        self.stage_conv = _Stage("Convolution")
        self.stage_relu = _Stage("ReLU")
        self.stage_pool = _Stage("Max pooling 2\u00d72")
        self.stage_input.caption.setText("What the network reads: 0 is black, 1 white ink.")
        self.stage_relu.caption.setText("Negative values become 0: only the matches stay.")
        self.stage_pool.caption.setText(
            "The largest of each 2×2 square: half the size, small shifts matter less."
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
                row.addWidget(_arrow())
            row.addWidget(stage, 1)
        self.hint = label("Draw a digit on the Draw tab: it appears here.", "muted", wrap=True)
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
        # The filter beside its pipeline when there is room, above it when not.
        card.body.addWidget(ReflowRow([left, pipeline], [0, 1], spacing=18))
        return card

    def _build_knockout(self) -> Card:
        card = Card(
            "Switch off a filter of the network",
            "Each filter of a trained convolution learned to find one pattern. Switch one off "
            "(all its weights become 0, so its feature map goes dark) or give it your own "
            "weights, and see what the network loses: its answer for your digit, and its "
            f"accuracy on {self.accuracy_digits:,} test digits.",
        )
        # Always shown, saying whether the network is changed, with room for two lines of
        # either message: a banner that came and went (or changed height) with each change
        # and Undo moved everything below it up and down.
        self.banner = label("", None, wrap=True)
        bold = QFont(self.banner.font())
        bold.setWeight(QFont.Weight.DemiBold)
        # 6 px padding and a 1 px border above and below, and a little to spare.
        self.banner.setMinimumHeight(2 * QFontMetrics(bold).lineSpacing() + 20)
        self.layer_box = QComboBox()
        self.layer_box.setToolTip("Which convolution layer's filters to choose from")
        self.layer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_changed)
        self.tiles = MapGrid(min_size=QSize(240, 120), tile_names="filter")
        self.tiles.follow_width(TILE_MAX)
        self.tiles.cellClicked.connect(self._on_tiles_cellClicked)
        self.tiles_caption = label("", "caption", wrap=True)

        self.filter_title = label("", "labTitle")
        self.filter_grid = KernelGrid(3, cell=46)
        self.filter_note = label("", "caption", wrap=True)
        self.off_button = QPushButton("Switch off")
        self.off_button.setObjectName("primary")
        # The app's style sheet gives primary buttons no disabled look of their own.
        self.off_button.setStyleSheet(
            "QPushButton#primary:disabled { background: #aab8d6; border-color: #aab8d6; "
            "color: #eef2fb; }"
        )
        self.off_button.setToolTip("Set every weight and the bias of this filter to 0")
        self.off_button.clicked.connect(self.switch_off)
        self.apply_button = QPushButton("Use these weights")
        self.apply_button.setToolTip("Give this filter the weights typed in the grid")
        self.apply_button.clicked.connect(self.apply_weights)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setToolTip("Take back the last change to the network")
        self.undo_button.clicked.connect(self.undo)
        self.undo_all_button = QPushButton("Undo all")
        self.undo_all_button.setToolTip("Give the network back every filter as it was trained")
        self.undo_all_button.clicked.connect(self.undo_all)

        picker = QVBoxLayout()
        picker.setSpacing(6)
        layer_row = QHBoxLayout()
        layer_row.addWidget(label("Layer", "muted"))
        layer_row.addWidget(self.layer_box)
        layer_row.addStretch(1)
        picker.addLayout(layer_row)
        picker.addWidget(self.tiles, 1)
        picker.addWidget(self.tiles_caption)

        editor = QVBoxLayout()
        editor.setSpacing(6)
        editor.addWidget(self.filter_title)
        editor.addWidget(self.filter_grid, 0, Qt.AlignmentFlag.AlignLeft)
        editor.addWidget(self.filter_note)
        buttons = QGridLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.off_button, 0, 0)
        buttons.addWidget(self.apply_button, 0, 1)
        buttons.addWidget(self.undo_button, 1, 0)
        buttons.addWidget(self.undo_all_button, 1, 1)
        editor.addLayout(buttons)
        self.status = label("", "caption", wrap=True)
        editor.addWidget(self.status)
        editor.addStretch(1)
        editor_box = QWidget()
        editor_box.setLayout(editor)
        editor_box.setFixedWidth(280)

        self.map_before = MapGrid(min_size=QSize(COMPARE_MIN, COMPARE_MIN), gap=0)
        self.map_after = MapGrid(min_size=QSize(COMPARE_MIN, COMPARE_MIN), gap=0)
        for view in (self.map_before, self.map_after):
            view.follow_width(COMPARE_MAX)
        self.answer_before = label("–", "verdict")
        self.answer_after = label("–", "verdict")
        for answer in (self.answer_before, self.answer_after):
            answer.setTextFormat(Qt.TextFormat.RichText)
        self.accuracy_before = label("–", "labTitle")
        self.accuracy_after = label("–", "labTitle")
        compare = QGridLayout()
        compare.setHorizontalSpacing(18)
        compare.setVerticalSpacing(4)
        for col, text in ((1, "As trained"), (2, "Now")):
            head = label(text, "labTitle")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            compare.addWidget(head, 0, col)
        compare.addWidget(label("This filter's map\non your digit", "muted"), 1, 0)
        compare.addWidget(_framed(self.map_before), 1, 1)
        compare.addWidget(_framed(self.map_after), 1, 2)
        compare.setColumnStretch(1, 1)
        compare.setColumnStretch(2, 1)
        compare.addWidget(label("Answer", "muted"), 2, 0)
        compare.addWidget(self.answer_before, 2, 1, Qt.AlignmentFlag.AlignCenter)
        compare.addWidget(self.answer_after, 2, 2, Qt.AlignmentFlag.AlignCenter)
        compare.addWidget(
            label(f"Accuracy on\n{self.accuracy_digits:,} test digits", "muted"), 3, 0
        )
        compare.addWidget(self.accuracy_before, 3, 1, Qt.AlignmentFlag.AlignCenter)
        compare.addWidget(self.accuracy_after, 3, 2, Qt.AlignmentFlag.AlignCenter)
        self.compare_note = label("", "caption", wrap=True)
        compare_box = QVBoxLayout()
        compare_box.addLayout(compare)
        compare_box.addWidget(self.compare_note)
        compare_box.addStretch(1)

        picker_box = QWidget()
        picker_box.setLayout(picker)
        picker.setContentsMargins(0, 0, 0, 0)
        edit_and_compare = QWidget()
        pair = QHBoxLayout(edit_and_compare)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(18)
        pair.addWidget(editor_box)
        pair.addLayout(compare_box, 1)
        # The filters beside the editor when there is room, above it when not.
        self.knockout_panel = ReflowRow([picker_box, edit_and_compare], [3, 4], spacing=18)
        self.no_conv = label("", "muted", wrap=True)
        card.body.addWidget(self.banner)
        card.body.addWidget(self.knockout_panel)
        card.body.addWidget(self.no_conv)
        self.knockout_card = card
        return card

    # ------------------------------------------------------------------ LabPage

    def digit_changed(self, image: np.ndarray | None, prediction: dict | None) -> None:
        self._recompute()
        self._request_compare()

    def model_changed(self, info: dict[str, Any]) -> None:
        had = list(self._edits)
        self._generation += 1
        self._edits, self._version = [], self._version + 1
        self._model_key, self._compare, self._accuracy, self._busy = None, None, None, ""
        self._layers = [layer for layer in info.get("layers", []) if layer.get("type") == "Conv2D"]
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for layer in self._layers:
            shape = layer.get("output_shape") or []
            filters = shape[-1] if shape else "?"
            what = count(filters, "filter") if shape else "? filters"
            self.layer_box.addItem(f"{layer['name']} ({what})", layer["name"])
        self.layer_box.blockSignals(False)
        self._layer = self._layers[0]["name"] if self._layers else ""
        self._index = 0
        self._frozen_wanted = bool(self._layers)
        if had:
            self.statusReported.emit(
                "Another model is now current; the filter changes were made to the previous one"
            )
        if self.active:
            self._request_freeze()
        self._refresh_knockout()

    def activated(self) -> None:
        self._request_freeze()

    def is_settled(self) -> bool:
        if not self._layers or self.image is None:
            return True
        return bool(self._compare) and bool(self._accuracy) and not self._busy

    # ------------------------------------------------------------------ playground

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
        self.kernel_note.setText(pg.kernel_note(name) if name else "Your own filter.")
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
            f"Each value: {k * k} pixels × {k * k} weights, added up. Red above 0, blue below."
        )
        self.stage_relu.caption.setText(
            f"Negative values become 0: {stages['negative_share']:.0%} of the map, "
            "only the matches stay."
        )
        self.readout.setText(
            "Point at a value of the convolution to see the window it was computed from, "
            "or at a pooled value to see the 2×2 square it kept the largest of."
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
            f"Row {row}, column {col}: the {k}×{k} pixels in the green window, each times the "
            f"weight on top of it, add up to {window['value']:.3f}; ReLU keeps {relu:.3f}."
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
            f"Pooled row {row}, column {col}: of the four values in the green square of the "
            f"ReLU map, the largest ({value:.3f}, amber) is kept; the other three are dropped."
        )

    # ------------------------------------------------------------------ knock-out: requests

    def _next_kind(self, stem: str) -> str:
        # Every change gets its own kind: ``run_on_model`` replaces a waiting job of the same
        # kind, and no change to the network may be silently dropped.
        self._job_count += 1
        return f"kernels-{stem}-{self._job_count}"

    def _request_freeze(self) -> None:
        if not self._frozen_wanted or self.session.info is None:
            return
        self._frozen_wanted = False
        self._busy = "copy"
        self.status.setText("Making a private copy of the network to compare against…")
        self.request_model_copy(str(self._generation))
        self._refresh_buttons()

    def _request_compare(self) -> None:
        if self.image is None or not self._layer or self._model_key is None:
            return
        self.worker.submit(
            "compare",
            _compare_job,
            self._engine,
            self._generation,
            self._version,
            list(self._edits),
            np.array(self.image, np.float32),
            self._layer,
        )

    def _request_accuracy(self) -> None:
        if self._model_key is None:
            return
        self._accuracy = None
        self.accuracy_after.setText("measuring…")
        self.worker.submit(
            "accuracy",
            _accuracy_job,
            self._engine,
            self._generation,
            self._version,
            list(self._edits),
        )

    def switch_off(self) -> None:
        """Switch the selected filter off in the session's model."""
        self._change(None)

    def apply_weights(self) -> None:
        """Give the selected filter the weights typed in its grid (first layer only)."""
        kernel = self.filter_grid.kernel()
        if kernel is None:
            self.status.setText("Every cell of the filter needs a number.")
            return
        self._change(kernel)

    def _change(self, kernel: np.ndarray | None) -> None:
        if self._busy or self._model_key is None or not self._layer:
            return
        self._busy = "edit"
        self.session.run_on_model(
            self._next_kind("edit"),
            _edit_job,
            self._model_key,
            self._layer,
            self._index,
            kernel,
        )
        self._refresh_buttons()

    def undo(self) -> None:
        """Take back the newest change to the network."""
        self._undo(self._edits[-1:])

    def undo_all(self) -> None:
        """Give the network back every filter as trained."""
        self._undo(list(self._edits))

    def _undo(self, edits: list[pg.FilterEdit]) -> None:
        if self._busy or not edits or self._model_key is None:
            return
        self._busy = "undo"
        self.session.run_on_model(self._next_kind("undo"), _undo_job, self._model_key, edits)
        self._refresh_buttons()

    # ------------------------------------------------------------------ knock-out: answers

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag != str(self._generation):
            return  # a copy of a model that is no longer current
        self._model_key = model_key
        self._busy = ""
        self.status.setText(
            f"Measuring the network on {self.accuracy_digits:,} test digits as trained…"
        )
        self.worker.submit(
            "build", _build_lab, self._engine, frozen, self._generation, self.accuracy_digits
        )
        self._request_compare()

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag == str(self._generation):
            self._busy = ""
            self.status.setText(message)
            self._refresh_buttons()

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if not kind.startswith("kernels-"):
            return
        if kind.startswith("kernels-edit-"):
            self._busy = ""
            self._edits.append(result)
            self._edits_changed(f"{result.what}.")
        elif kind.startswith("kernels-undo-"):
            self._busy = ""
            n = int(result)
            undone = self._edits[-n:]
            del self._edits[-n:]
            self._edits_changed(
                "Undone: " + ", ".join(e.what for e in reversed(undone)) + "." if n else ""
            )

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if not kind.startswith("kernels-"):
            return
        self._busy = ""
        self.status.setText(message)
        self._refresh_buttons()
        self.errorReported.emit("Could not change the filter", message, details)

    def _edits_changed(self, what: str) -> None:
        self._version += 1
        # Every tab follows: the Draw tab's answer, the Inspect tab's filter tiles, the status
        # bar's "Modified" mark (and what Save As says).
        self.session.refresh_prediction()
        self.session.set_modified(
            f"{self._edits_text()} (Lab › Kernel playground)" if self._edits else None
        )
        if not self._edits:
            self.statusReported.emit("The network has all its filters back, as trained.")
        self.status.setText(what[:1].upper() + what[1:] if what else "")
        self._request_compare()
        self._request_accuracy()
        self._refresh_knockout()

    @Slot(object)
    def _on_session_snapshotApplied(self, info: dict) -> None:
        # The snapshot's weights replaced every weight of the model: edits are gone, and the
        # copies compared against no longer match it.
        self._edits, self._version = [], self._version + 1
        self._generation += 1
        self._model_key, self._compare, self._accuracy = None, None, None
        self._frozen_wanted = bool(self._layers)
        # Snapshots arrive every few hundred batches while a run trains: copy the network
        # once they pause, not for every one of them.
        self._snapshot_timer.start()
        self._refresh_knockout()

    def _on_snapshot_timer_timeout(self) -> None:
        if self.active:
            self._request_freeze()

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if result is None or result.get("generation") != self._generation:
            return
        if kind == "build":
            self._accuracy = {"before": result["before"], "after": result["before"], "version": 0}
            self.status.setText("")
            if self._edits:
                self._request_accuracy()
        elif kind == "compare":
            if result["version"] != self._version:
                return
            self._compare = result
        elif kind == "accuracy":
            if result["version"] != self._version:
                return
            self._accuracy = result
        self._refresh_knockout()

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self.status.setText(message)
        self.errorReported.emit("The filter comparison failed", message, details)

    @Slot(int)
    def _on_layer_box_changed(self, _index: int) -> None:
        name = self.layer_box.currentData()
        if name and name != self._layer:
            self._layer, self._index = name, 0
            self._compare = None
            self._request_compare()
            self._refresh_knockout()

    @Slot(int, int, int)
    def _on_tiles_cellClicked(self, tile: int, _row: int, _col: int) -> None:
        self.select_filter(tile)

    def select_filter(self, index: int) -> None:
        """Choose filter ``index`` of the chosen layer."""
        if index != self._index:
            # The comparison holds every filter of the layer: nothing to compute.
            self._index = int(index)
            self._refresh_knockout()

    @property
    def edits(self) -> list[pg.FilterEdit]:
        """The changes made to the session's model, oldest first."""
        return list(self._edits)

    # ------------------------------------------------------------------ knock-out: display

    def _edits_text(self) -> str:
        texts = [e.what for e in self._edits]
        if len(texts) > 3:
            return ", ".join(texts[:2]) + f" and {count(len(texts) - 2, 'more change')}"
        return ", ".join(texts)

    def _refresh_buttons(self) -> None:
        ready = self._model_key is not None and not self._busy and bool(self._layer)
        first = bool(self._layers) and self._layer == self._layers[0]["name"]
        self.off_button.setEnabled(ready)
        shown = self._compare is not None and self._compare.get("layer") == self._layer
        self.apply_button.setEnabled(ready and first and shown)
        self.filter_grid.set_read_only(not first)
        self.undo_button.setEnabled(ready and bool(self._edits))
        self.undo_all_button.setEnabled(ready and len(self._edits) > 1)

    def _refresh_knockout(self) -> None:
        has_conv = bool(self._layers)
        self.banner.setVisible(has_conv)
        if self._edits:
            self.banner.setStyleSheet(BANNER_MODIFIED)
            self.banner.setText(
                f"Modified network: {self._edits_text()}. The Draw and Inspect tabs use it "
                "too, until you undo or load another model."
            )
        else:
            self.banner.setStyleSheet(BANNER_AS_TRAINED)
            self.banner.setText(
                "A change made here changes the network itself: the Draw and Inspect tabs "
                "use it too, until you undo it."
            )
        self.knockout_panel.setVisible(has_conv)
        self.no_conv.setVisible(not has_conv)
        if not has_conv:
            self.tiles.clear()
            self.no_conv.setText(
                "This network has no convolution layer (a plain dense network on the raw "
                "pixels): it has no filters to switch off. Load or train a CNN to try this."
                if self.session.info is not None
                else "Load or train a model first."
            )
        self._refresh_buttons()
        compare = self._compare
        self.filter_title.setText(f"Filter {self._index} of {self._layer}" if has_conv else "")
        if compare is None or compare.get("layer") != self._layer:
            if has_conv:
                self.tiles_caption.setText(
                    "Draw a digit on the Draw tab to see what each filter finds in it."
                    if self.image is None
                    else "Computing the feature maps…"
                )
            for view in (self.map_before, self.map_after):
                view.clear()
            self._show_accuracy()
            return
        maps = compare["maps_after"]
        self.tiles.set_maps(maps, titles=[str(i) for i in range(len(maps))])
        self.tiles.set_selected_tile(self._index)
        self.tiles_caption.setText(
            "Each tile: one filter's feature map on your digit, as the network now computes it "
            "(black: nothing found). Click a tile to choose that filter."
        )
        i = min(self._index, len(maps) - 1)
        before, after = compare["maps_before"][i], compare["maps_after"][i]
        top = float(max(np.abs(before).max(), np.abs(after).max())) or 1.0
        signed = bool(before.min() < 0 or after.min() < 0)
        scale = ColorScale(-top, top, True) if signed else ColorScale(0.0, top, False)
        self.map_before.set_maps(before, scale)
        self.map_after.set_maps(after, scale)
        self._show_filter_weights(compare, i)
        for view, probs in (
            (self.answer_before, compare["probs_before"]),
            (self.answer_after, compare["probs_after"]),
        ):
            winner = int(np.argmax(probs))
            view.setText(
                f"{winner}  <span style='font-size:13px; color:{style.MUTED}'>"
                f"{percent(float(probs[winner]))}</span>"
            )
        changed = int(np.argmax(compare["probs_before"])) != int(np.argmax(compare["probs_after"]))
        self.answer_after.setStyleSheet(f"color: {style.BAD};" if changed else "")
        self._show_accuracy()
        self._refresh_buttons()

    def _show_filter_weights(self, compare: dict[str, Any], index: int) -> None:
        key = (compare["layer"], index, compare["version"], compare["generation"])
        if key == self._editor_key:
            return  # the same weights: leave whatever is being typed over them
        self._editor_key = key
        kernel, bias = compare["kernels"][..., index], float(compare["biases"][index])
        if kernel.shape[2] == 1:
            self.filter_grid.set_kernel(kernel[:, :, 0])
            self.filter_note.setText(
                f"Its {kernel.shape[0]}×{kernel.shape[1]} weights (bias {bias:.3f}). "
                "Type new ones and press “Use these weights”."
            )
        else:
            self.filter_grid.set_kernel(kernel.mean(axis=2))
            self.filter_note.setText(
                f"This filter reads all {kernel.shape[2]} maps of the layer before: "
                f"{kernel.shape[2]} slices of {kernel.shape[0]}×{kernel.shape[1]} weights "
                "(their average shown). Its weights can be switched off, not typed in."
            )

    def _show_accuracy(self) -> None:
        acc = self._accuracy
        if acc is None:
            if self._model_key is None:
                self.accuracy_before.setText("–")
            self.accuracy_after.setText("measuring…" if self._model_key is not None else "–")
            self.compare_note.setText("")
            return
        self.accuracy_before.setText(f"{acc['before']:.1%}")
        self.accuracy_after.setText(f"{acc['after']:.1%}")
        drop = acc["before"] - acc["after"]
        self.accuracy_after.setStyleSheet(f"color: {style.BAD};" if drop > 0.0005 else "")
        if not self._edits:
            self.compare_note.setText("The network as trained: nothing switched off yet.")
        elif abs(drop) < 0.0005:
            self.compare_note.setText(
                "No change in accuracy: other filters find much the same thing, so the network "
                "hardly misses this one."
            )
        else:
            changed = round(abs(drop) * self.accuracy_digits)
            self.compare_note.setText(
                f"It now gets {changed} more of the {self.accuracy_digits:,} test digits "
                f"{'wrong' if drop > 0 else 'right'}."
            )
