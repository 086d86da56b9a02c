"""The Train tab's "2 · Training settings": the hyperparameters of a run, each with a tooltip
saying what it does, edited as a ``TrainConfig``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model.training.config import TrainConfig

_C = "train.hyperparameters"

OPTIMIZER_NAMES = {
    "adam": QT_TRANSLATE_NOOP("train.hyperparameters", "Adam"),
    "sgd": QT_TRANSLATE_NOOP("train.hyperparameters", "SGD with momentum"),
}
SCHEDULE_NAMES = {
    "constant": QT_TRANSLATE_NOOP("train.hyperparameters", "constant"),
    "cosine": QT_TRANSLATE_NOOP("train.hyperparameters", "cosine decay"),
    "step": QT_TRANSLATE_NOOP("train.hyperparameters", "halve in thirds"),
    "onecycle": QT_TRANSLATE_NOOP("train.hyperparameters", "one cycle (warm up, then down to 0)"),
}
# {devices}: how many devices this machine trains on; {workers}: machines in the cluster.
STRATEGY_NAMES = {
    "default": QT_TRANSLATE_NOOP("train.hyperparameters", "one device"),
    "mirrored": QT_TRANSLATE_NOOP("train.hyperparameters", "{devices} devices (mirrored)"),
    "multiworker": QT_TRANSLATE_NOOP("train.hyperparameters", "{workers} machines (multi-worker)"),
}

TIPS = {
    "epochs": QT_TRANSLATE_NOOP(
        "train.hyperparameters", "How many times the network sees every training digit."
    ),
    "batch_size": QT_TRANSLATE_NOOP(
        "train.hyperparameters", "How many digits it looks at before each small weight update."
    ),
    "optimizer": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "The rule that turns the error into weight changes: Adam adapts its step "
        "per weight; SGD with momentum follows a running average of the slope.",
    ),
    "learning_rate": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "How big each weight update is: too small learns slowly, too large "
        "makes the loss jump or blow up.",
    ),
    "schedule": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "How the learning rate changes during the run: constant, decaying smoothly "
        "to almost zero (cosine), halved twice, or one cycle: rising for the first 15 % of the "
        "run, then falling to zero at its very end (converges fastest in a few epochs).",
    ),
    "label_smoothing": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "Train towards 90 % sure instead of 100 % sure (at 0.1): the network "
        "stops pushing its scores to extremes, which generalises better. 0 turns it off.",
    ),
    "validation_split": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "The fraction of training digits held back to check the network on "
        "digits it does not learn from.",
    ),
    "augment": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "Show randomly shifted, rotated and zoomed copies of the digits, so the "
        "network learns to tolerate such changes.",
    ),
    "shift": QT_TRANSLATE_NOOP(
        "train.hyperparameters", "The largest random shift, as a fraction of the image width."
    ),
    "rotation": QT_TRANSLATE_NOOP(
        "train.hyperparameters", "The largest random rotation, in degrees."
    ),
    "zoom": QT_TRANSLATE_NOOP(
        "train.hyperparameters", "The largest random zoom in or out, as a fraction."
    ),
    "limit": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "Train on only the first N digits (faster, less accurate); 'all' uses 60,000.",
    ),
    "seed": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "Fixes the random starting weights and shuffling, so a run can be repeated.",
    ),
    "tensorboard": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "Also write each run's loss and accuracy to this folder as TensorBoard "
        "logs (one subfolder per run), to compare runs with: tensorboard --logdir FOLDER. "
        "Empty: no logs.",
    ),
    "strategy": QT_TRANSLATE_NOOP(
        "train.hyperparameters",
        "Where the network trains. Mirrored: each batch is split between this "
        "machine's devices, each works out the weight changes for its share, and the changes are "
        "averaged into one update; the same network and batch size, faster on several GPUs. "
        "Multi-worker: the machines listed in TF_CONFIG train together, each running the same "
        "training (see the README).",
    ),
}

# The form's rows: (label, the field it edits).
ROWS = (
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Epochs"), "epochs"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Batch size"), "batch_size"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Optimizer"), "optimizer"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Learning rate"), "learning_rate"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Schedule"), "schedule"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Label smoothing"), "label_smoothing"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Validation split"), "validation_split"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Training digits"), "limit"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Augmentation"), "augment"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "  shift"), "shift"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "  rotation °"), "rotation"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "  zoom"), "zoom"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Seed"), "seed"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "TensorBoard"), "tensorboard"),
    (QT_TRANSLATE_NOOP("train.hyperparameters", "Train on"), "strategy"),
)

# TrainConfig fields the form has no control for: kept from the preset or run shown.
UNSHOWN = ("shear", "aspect", "thickness", "elastic", "augment_share", "outliers")


class DecimalSpinBox(QDoubleSpinBox):
    """A number field that takes a point as well as the language's decimal comma: a learner
    who types 0.001 in German means 0,001 (Qt would read the point as a thousands separator
    and make it 1)."""

    def _as_typed(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point == "," else text

    def validate(self, text: str, pos: int) -> object:
        return super().validate(self._as_typed(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._as_typed(text))


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
            self.optimizer.addItem(translate(_C, text), key)
        self.learning_rate = self._double(1e-5, 1e4, 5, 1e-4)
        self.schedule = QComboBox()
        for key, text in SCHEDULE_NAMES.items():
            self.schedule.addItem(translate(_C, text), key)
        self.label_smoothing = self._double(0.0, 0.5, 2, 0.05)
        self.validation_split = self._double(0.0, 0.5, 2, 0.05)
        self.augment = QCheckBox(
            translate("train.hyperparameters", "shift, rotate and zoom digits")
        )
        self.shift = self._double(0.0, 0.3, 2, 0.01)
        self.rotation = self._double(0.0, 45.0, 1, 1.0)
        self.zoom = self._double(0.0, 0.3, 2, 0.01)
        self.limit = self._spin(0, 60000)
        self.limit.setSpecialValueText(translate("train.hyperparameters", "all"))
        self.limit.setSingleStep(1000)
        self.seed = self._spin(0, 2**31 - 1)
        self.tensorboard_dir = QLineEdit()
        self.tensorboard_dir.setAccessibleName(
            translate("train.hyperparameters", "TensorBoard folder")
        )
        self.tensorboard_dir.setPlaceholderText(translate("train.hyperparameters", "off"))
        self.tensorboard_dir.setClearButtonEnabled(True)
        choose = QToolButton()
        choose.setText(translate("train.hyperparameters", "Choose…"))
        choose.setToolTip(
            translate("train.hyperparameters", "Choose the folder for TensorBoard logs")
        )
        choose.clicked.connect(self._choose_tensorboard_dir)
        self.tensorboard = QWidget()
        row = QHBoxLayout(self.tensorboard)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.tensorboard_dir, 1)
        row.addWidget(choose)
        # Shown only where there is a choice (several devices or a cluster): set_devices.
        self.strategy = QComboBox()
        self.strategy.addItem(translate(_C, STRATEGY_NAMES["default"]), "default")
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
        for text, key in ROWS:
            widget = getattr(self, key)
            tip = translate(_C, TIPS[key])
            widget.setToolTip(tip)
            form.addRow(translate(_C, text), widget)
            form.labelForField(widget).setToolTip(tip)
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
            text = translate(_C, STRATEGY_NAMES[key])
            text = text.format(devices=len(names), workers=info.get("workers", 1))
            self.strategy.addItem(text, key)
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(self._wanted_strategy)))
        self.strategy.blockSignals(False)
        self._strategy_offered = len(choices) > 1
        devices = ", ".join(n.removeprefix("/device:") for n in names)
        here = (
            translate("train.hyperparameters", "Devices here: {devices}.").format(devices=devices)
            if devices
            else translate("train.hyperparameters", "Devices here: none.")
        )
        self.strategy.setToolTip(translate(_C, TIPS["strategy"]) + "\n\n" + here)
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
        spin = DecimalSpinBox()
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.valueChanged.connect(self.configChanged)
        return spin

    def _choose_tensorboard_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("train.hyperparameters", "Folder for TensorBoard logs"),
            self.tensorboard_dir.text(),
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
