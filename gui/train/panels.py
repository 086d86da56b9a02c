"""The Train tab's smaller parts: hyperparameters, the confusion matrix, a digit gallery, runs.

Each only shows what it is given or edits a ``TrainConfig``; the numbers (accuracy, confusion
matrix) are computed by ``model.evaluation`` in the training worker.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from gui.common import style
from gui.common.imageconv import gray_to_qimage
from model.training.config import TrainConfig

OPTIMIZER_NAMES = {"adam": "Adam", "sgd": "SGD with momentum"}
SCHEDULE_NAMES = {
    "constant": "constant",
    "cosine": "cosine decay",
    "step": "halve in thirds",
    "onecycle": "one cycle (warm up, then down to 0)",
}
# {devices}: how many devices this machine trains on; {workers}: machines in the cluster.
STRATEGY_NAMES = {
    "default": "one device",
    "mirrored": "{devices} devices (mirrored)",
    "multiworker": "{workers} machines (multi-worker)",
}

TIPS = {
    "epochs": "How many times the network sees every training digit.",
    "batch_size": "How many digits it looks at before each small weight update.",
    "optimizer": "The rule that turns the error into weight changes: Adam adapts its step "
    "per weight; SGD with momentum follows a running average of the slope.",
    "learning_rate": "How big each weight update is: too small learns slowly, too large "
    "makes the loss jump or blow up.",
    "schedule": "How the learning rate changes during the run: constant, decaying smoothly "
    "to almost zero (cosine), halved twice, or one cycle: rising for the first 15 % of the "
    "run, then falling to zero at its very end (converges fastest in a few epochs).",
    "label_smoothing": "Train towards 90 % sure instead of 100 % sure (at 0.1): the network "
    "stops pushing its scores to extremes, which generalises better. 0 turns it off.",
    "validation_split": "The fraction of training digits held back to check the network on "
    "digits it does not learn from.",
    "augment": "Show randomly shifted, rotated and zoomed copies of the digits, so the "
    "network learns to tolerate such changes.",
    "shift": "The largest random shift, as a fraction of the image width.",
    "rotation": "The largest random rotation, in degrees.",
    "zoom": "The largest random zoom in or out, as a fraction.",
    "limit": "Train on only the first N digits (faster, less accurate); 'all' uses 60,000.",
    "seed": "Fixes the random starting weights and shuffling, so a run can be repeated.",
    "tensorboard": "Also write each run's loss and accuracy to this folder as TensorBoard "
    "logs (one subfolder per run), to compare runs with: tensorboard --logdir FOLDER. "
    "Empty: no logs.",
    "strategy": "Where the network trains. Mirrored: each batch is split between this "
    "machine's devices, each works out the weight changes for its share, and the changes are "
    "averaged into one update; the same network and batch size, faster on several GPUs. "
    "Multi-worker: the machines listed in TF_CONFIG train together, each running the same "
    "training (see the README).",
}


# TrainConfig fields the form has no control for: kept from the preset or run shown.
UNSHOWN = ("shear", "aspect", "thickness", "elastic", "augment_share", "outliers")


class HyperparameterForm(QWidget):
    """Edits the ``TrainConfig`` fields a user may want to change, each with a tooltip.

    Signals
    -------
    configChanged()
        Any field changed.
    """

    configChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unshown: dict = {}
        self.epochs = self._spin(1, 200)
        self.batch_size = self._spin(1, 4096)
        self.optimizer = QComboBox()
        for key, text in OPTIMIZER_NAMES.items():
            self.optimizer.addItem(text, key)
        self.learning_rate = self._double(1e-5, 1e4, 5, 1e-4)
        self.schedule = QComboBox()
        for key, text in SCHEDULE_NAMES.items():
            self.schedule.addItem(text, key)
        self.label_smoothing = self._double(0.0, 0.5, 2, 0.05)
        self.validation_split = self._double(0.0, 0.5, 2, 0.05)
        self.augment = QCheckBox("shift, rotate and zoom digits")
        self.shift = self._double(0.0, 0.3, 2, 0.01)
        self.rotation = self._double(0.0, 45.0, 1, 1.0)
        self.zoom = self._double(0.0, 0.3, 2, 0.01)
        self.limit = self._spin(0, 60000)
        self.limit.setSpecialValueText("all")
        self.limit.setSingleStep(1000)
        self.seed = self._spin(0, 2**31 - 1)
        self.tensorboard_dir = QLineEdit()
        self.tensorboard_dir.setPlaceholderText("off")
        self.tensorboard_dir.setClearButtonEnabled(True)
        choose = QToolButton()
        choose.setText("Choose…")
        choose.setToolTip("Choose the folder for TensorBoard logs")
        choose.clicked.connect(self._choose_tensorboard_dir)
        self.tensorboard = QWidget()
        row = QHBoxLayout(self.tensorboard)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.tensorboard_dir, 1)
        row.addWidget(choose)
        # Shown only where there is a choice (several devices or a cluster): set_devices.
        self.strategy = QComboBox()
        self.strategy.addItem(STRATEGY_NAMES["default"], "default")
        self._wanted_strategy = "default"
        self._strategy_offered = False
        self.strategy.currentIndexChanged.connect(self._on_strategy_currentIndexChanged)
        for box in (self.optimizer, self.schedule, self.strategy):
            box.currentIndexChanged.connect(self.configChanged)
            # Narrow enough for a 1024 px window; the list shows each name whole.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        self.augment.toggled.connect(self._on_augment_toggled)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(4)
        rows = (
            ("Epochs", "epochs"),
            ("Batch size", "batch_size"),
            ("Optimizer", "optimizer"),
            ("Learning rate", "learning_rate"),
            ("Schedule", "schedule"),
            ("Label smoothing", "label_smoothing"),
            ("Validation split", "validation_split"),
            ("Training digits", "limit"),
            ("Augmentation", "augment"),
            ("  shift", "shift"),
            ("  rotation °", "rotation"),
            ("  zoom", "zoom"),
            ("Seed", "seed"),
            ("TensorBoard", "tensorboard"),
            ("Train on", "strategy"),
        )
        for text, key in rows:
            widget = getattr(self, key)
            widget.setToolTip(TIPS[key])
            form.addRow(text, widget)
            form.labelForField(widget).setToolTip(TIPS[key])
        self._form = form
        form.setRowVisible(self.strategy, False)
        self.set_config(TrainConfig())

    def set_devices(self, info: dict[str, Any]) -> None:
        """Offer the strategies ``info`` (``model.training.distribute.devices``) lists; the row
        stays
        hidden, and runs use one device, unless there is more than one to choose from."""
        choices = [c for c in info.get("choices", ("default",)) if c in STRATEGY_NAMES]
        names = info.get("devices", [])
        self.strategy.blockSignals(True)
        self.strategy.clear()
        for key in choices or ["default"]:
            text = STRATEGY_NAMES[key].format(devices=len(names), workers=info.get("workers", 1))
            self.strategy.addItem(text, key)
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(self._wanted_strategy)))
        self.strategy.blockSignals(False)
        self._strategy_offered = len(choices) > 1
        devices = ", ".join(n.removeprefix("/device:") for n in names)
        self.strategy.setToolTip(f"{TIPS['strategy']}\n\nDevices here: {devices or 'none'}.")
        self._form.setRowVisible(self.strategy, self._strategy_offered)
        self.configChanged.emit()

    @property
    def strategy_offered(self) -> bool:
        """True when the Train tab shows the choice of strategy."""
        return self._strategy_offered

    @property
    def wanted_strategy(self) -> str:
        """The strategy to keep in the settings: the one chosen, or, until the devices are
        known or where it is not offered, the one the settings held (``config()`` says
        ``default`` then, which is what a run uses)."""
        return self._wanted_strategy

    def _on_strategy_currentIndexChanged(self, _index: int) -> None:
        if self._strategy_offered:
            self._wanted_strategy = self.strategy.currentData()

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.valueChanged.connect(self.configChanged)
        return spin

    def _double(self, low: float, high: float, decimals: int, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.valueChanged.connect(self.configChanged)
        return spin

    def _choose_tensorboard_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Folder for TensorBoard logs", self.tensorboard_dir.text()
        )
        if folder:
            self.tensorboard_dir.setText(folder)

    def log_dir(self) -> str | None:
        """The TensorBoard log folder typed or chosen, or None for no logs."""
        return self.tensorboard_dir.text().strip() or None

    def _on_augment_toggled(self, on: bool) -> None:
        for w in (self.shift, self.rotation, self.zoom):
            w.setEnabled(on)
        self.configChanged.emit()

    def config(self) -> TrainConfig:
        """The settings shown, as a ``TrainConfig``."""
        return TrainConfig(
            epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            optimizer=self.optimizer.currentData(),
            learning_rate=self.learning_rate.value(),
            schedule=self.schedule.currentData(),
            label_smoothing=round(self.label_smoothing.value(), 4),
            validation_split=round(self.validation_split.value(), 4),
            augment=self.augment.isChecked(),
            shift=self.shift.value(),
            rotation=self.rotation.value(),
            zoom=self.zoom.value(),
            limit=self.limit.value() or None,
            seed=self.seed.value(),
            strategy=self.strategy.currentData() if self._strategy_offered else "default",
            **self._unshown,
        )

    def set_config(self, config: TrainConfig | dict[str, Any]) -> None:
        """Show ``config`` (a TrainConfig, or a dict of its fields over the defaults)."""
        if isinstance(config, dict):
            config = TrainConfig.from_dict(config)
        # Settings this form has no control for (the default preset's further distortions,
        # its share of non-digits) go on with the run unchanged.
        self._unshown = {k: getattr(config, k) for k in UNSHOWN}
        self.blockSignals(True)
        self.epochs.setValue(config.epochs)
        self.batch_size.setValue(config.batch_size)
        self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(config.optimizer)))
        self.learning_rate.setValue(config.learning_rate)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(config.schedule)))
        self.label_smoothing.setValue(config.label_smoothing)
        self.validation_split.setValue(config.validation_split)
        self.augment.setChecked(config.augment)
        self.shift.setValue(config.shift)
        self.rotation.setValue(config.rotation)
        self.zoom.setValue(config.zoom)
        self.limit.setValue(config.limit or 0)
        self.seed.setValue(config.seed)
        # Kept until the devices are known (set_devices): a setting saved on a machine with
        # GPUs is not lost by a start on which the choice has not appeared yet.
        self._wanted_strategy = config.strategy
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(config.strategy)))
        self.blockSignals(False)
        self._on_augment_toggled(config.augment)


class ConfusionMatrixView(QWidget):
    """A 10x10 heatmap: row = true digit, column = the network's answer. Click a cell.

    Signals
    -------
    cellClicked(int, int)
        True digit and predicted digit of the clicked cell.
    """

    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(240, 240)
        self.setMouseTracking(True)
        self.setToolTip(
            "Row: the true digit. Column: the network's answer. The diagonal "
            "holds the right answers; click any cell to see those digits."
        )

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_matrix(self, matrix: np.ndarray | None) -> None:
        self.matrix = None if matrix is None else np.asarray(matrix)
        self.selected = None
        self.update()

    def _geometry(self) -> tuple[float, float, float]:
        margin = 34.0
        side = max(10.0, min(self.width(), self.height()) - margin - 4)
        return margin, margin, side / 10

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        left, top, cell = self._geometry()
        col, row = int((x - left) // cell), int((y - top) // cell)
        if x >= left and y >= top and 0 <= row < 10 and 0 <= col < 10:
            return row, col
        return None

    def cell_centre(self, row: int, col: int) -> tuple[float, float]:
        left, top, cell = self._geometry()
        return left + (col + 0.5) * cell, top + (row + 0.5) * cell

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position().x(), event.position().y())
        if hit is not None and self.matrix is not None:
            self.selected = hit
            self.update()
            self.cellClicked.emit(*hit)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.CARD))
        left, top, cell = self._geometry()
        font = QFont(self.font())
        font.setPixelSize(max(8, int(cell * 0.32)))
        painter.setFont(font)
        painter.setPen(QColor(style.MUTED))
        painter.drawText(
            QRectF(left, 0, cell * 10, 14), Qt.AlignmentFlag.AlignCenter, "network's answer →"
        )
        painter.save()
        painter.translate(10, top + cell * 5)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-cell * 5, -8, cell * 10, 16), Qt.AlignmentFlag.AlignCenter, "true digit →"
        )
        painter.restore()
        for i in range(10):
            painter.drawText(
                QRectF(left + i * cell, 14, cell, top - 14), Qt.AlignmentFlag.AlignCenter, str(i)
            )
            painter.drawText(
                QRectF(14, top + i * cell, left - 14, cell), Qt.AlignmentFlag.AlignCenter, str(i)
            )
        m = self.matrix
        if m is None:
            painter.drawText(
                QRectF(left, top, cell * 10, cell * 10),
                Qt.AlignmentFlag.AlignCenter,
                "Train or evaluate a model\nto fill this in",
            )
            painter.end()
            return
        rows = np.maximum(m.sum(axis=1, keepdims=True), 1)
        share = m / rows  # colour by the share of each true digit, so rare mistakes show too
        accent, bad = QColor(style.ACCENT), QColor(style.BAD)
        for r in range(10):
            for c in range(10):
                rect = QRectF(left + c * cell, top + r * cell, cell - 1, cell - 1)
                s = float(share[r, c])
                if r == c:
                    colour = QColor(accent)
                    colour.setAlphaF(0.12 + 0.88 * s)
                else:
                    colour = QColor(bad)
                    colour.setAlphaF(0.0 if m[r, c] == 0 else min(1.0, 0.15 + 4 * s))
                painter.fillRect(rect, colour)
                if m[r, c]:
                    painter.setPen(
                        QColor("white")
                        if (r == c and s > 0.5) or (r != c and s > 0.2)
                        else QColor(style.TEXT)
                    )
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(m[r, c])))
        if self.selected is not None:
            r, c = self.selected
            painter.setPen(QColor(style.TEXT))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left + c * cell, top + r * cell, cell - 1, cell - 1))
        painter.end()


class DigitGallery(QListWidget):
    """Thumbnails of test digits; clicking one asks for it to be shown on the Draw tab.

    Signals
    -------
    digitChosen(int)
        The index of the clicked digit in the test set.
    """

    digitChosen = Signal(int)
    MAX_SHOWN = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(48, 48))
        self.setGridSize(QSize(60, 72))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setToolTip("Click a digit to load it into the Draw and Inspect tabs")
        self.itemClicked.connect(self._on_self_itemClicked)

    def show_digits(self, images: np.ndarray, indices: np.ndarray, caption: str = "") -> None:
        """Show the test digits at ``indices`` (at most ``MAX_SHOWN``)."""
        from PySide6.QtGui import QIcon, QPixmap

        self.clear()
        for i in np.asarray(indices)[: self.MAX_SHOWN]:
            pixmap = QPixmap.fromImage(
                gray_to_qimage(images[int(i)]).scaled(
                    48,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
            item = QListWidgetItem(QIcon(pixmap), f"#{int(i)}")
            item.setData(Qt.ItemDataRole.UserRole, int(i))
            item.setToolTip(f"test digit #{int(i)}{caption}: click to draw with it")
            self.addItem(item)

    def _on_self_itemClicked(self, item: QListWidgetItem) -> None:
        self.digitChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))


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
