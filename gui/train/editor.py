"""The architecture editor: a layer list to add to, remove from, reorder and tune, checked live.

It edits the same declarative spec the core uses (``model.architectures``): a list of dicts in
Keras's own argument names. After every edit ``summarize`` checks the spec by arithmetic alone
(no TensorFlow), and the table shows each layer's output shape and parameter count, or the
problem in plain words at the layer it concerns.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import label
from gui.train.hyperparameters import DecimalSpinBox
from gui.train.layer_texts import (
    layer_help,
    layer_settings_text,
    setting_help,
    setting_name,
)
from model.architectures import (
    ACTIVATIONS,
    INPUT_SHAPE,
    LAYER_TYPES,
    NUM_CLASSES,
    PADDINGS,
    LayerSummary,
    summarize,
    total_params,
)
from model.errors import SpecError
from model.i18n import integer
from model.presets import PRESETS, preset_spec

SPEC_FORMAT = "convscope-spec"


def load_spec_json(path: str | Path) -> list[dict[str, Any]]:
    """Read a spec saved by ``save_spec_json`` (or a bare JSON list of layers)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise SpecError(f"{path}: not valid JSON ({exc})") from None
    spec = data.get("spec") if isinstance(data, dict) else data
    if not isinstance(spec, list) or not all(isinstance(layer, dict) for layer in spec):
        raise SpecError(f"{path}: holds no list of layers")
    return spec


def save_spec_json(path: str | Path, spec: list[dict[str, Any]]) -> Path:
    """Write ``spec`` as JSON, atomically."""
    from model.storage import atomic_write_text

    return atomic_write_text(path, json.dumps({"format": SPEC_FORMAT, "spec": spec}, indent=1))


def _prefix_summary(spec: list[dict[str, Any]], upto: int) -> list[LayerSummary]:
    """Summaries of the layers before ``upto``, which are valid but may not end in the output.

    ``summarize`` only accepts whole networks, so the prefix gets a throw-away classifier head.
    """
    head = [{"type": "Dense", "units": NUM_CLASSES, "activation": "softmax", "name": "zz_head"}]
    for tail in (head, [{"type": "Flatten", "name": "zz_flat"}, *head]):
        try:
            return summarize(copy.deepcopy(spec[:upto]) + tail)[:upto]
        except SpecError:
            continue
    return []


class LayerForm(QWidget):
    """Editors for one layer's settings.

    Signals
    -------
    valueEdited(str, object)
        A setting's new value.
    """

    valueEdited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(4)
        self.editors: dict[str, QWidget] = {}
        self.title = label("", "muted", wrap=True)

    def show_layer(self, index: int | None, layer: dict[str, Any] | None) -> None:
        """Rebuild the editors for ``layer`` (the ``index``-th), or show a hint for None."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        if layer is None:
            self.form.addRow(
                label(
                    translate("train.editor", "Select a layer to change its settings."),
                    "muted",
                    wrap=True,
                )
            )
            return
        kind = layer.get("type")
        about = translate("train.editor", "Layer {n}: {help}").format(
            n=index + 1, help=layer_help(kind) or kind
        )
        self.form.addRow(label(about, "muted", wrap=True))
        defaults = LAYER_TYPES.get(kind, {})
        if not defaults:
            self.form.addRow(
                label(translate("train.editor", "This layer has no settings."), "caption")
            )
        for key, default in defaults.items():
            value = layer.get(key, default)
            editor = self._editor(key, value)
            if editor is None:
                continue
            editor.setToolTip(setting_help(key))
            self.editors[key] = editor
            self.form.addRow(setting_name(key), editor)

    def _editor(self, key: str, value: Any) -> QWidget | None:
        if key in ("activation", "padding"):
            box = QComboBox()
            box.addItems(ACTIVATIONS if key == "activation" else PADDINGS)
            box.setCurrentText(str(value))
            box.currentTextChanged.connect(lambda v, k=key: self.valueEdited.emit(k, v))
            return box
        if key == "rate":
            spin = DecimalSpinBox()
            spin.setRange(0.0, 0.95)
            spin.setSingleStep(0.05)
            spin.setValue(float(value))
            spin.valueChanged.connect(lambda v: self.valueEdited.emit("rate", round(v, 3)))
            return spin
        if not isinstance(value, (int, type(None))) or isinstance(value, bool):
            return None  # a pair from a JSON file: kept as it is, not editable here
        spin = QSpinBox()
        limits = {
            "filters": (1, 512),
            "units": (1, 4096),
            "kernel_size": (1, 15),
            "pool_size": (1, 8),
            "strides": (0 if value is None else 1, 8),
        }
        spin.setRange(*limits.get(key, (1, 1024)))
        if key == "strides" and value is None:
            spin.setSpecialValueText(translate("train.editor", "= window"))
            spin.setRange(0, 8)
            spin.setValue(0)
        else:
            spin.setValue(int(value))

        def emit(v: int, k: str = key, spin: QSpinBox = spin) -> None:
            self.valueEdited.emit(
                k, None if k == "strides" and spin.minimum() == 0 and v == 0 else v
            )

        spin.valueChanged.connect(emit)
        return spin


class ArchitectureEditor(QWidget):
    """The layer list with live validation, a layer form and add/remove/reorder buttons.

    Signals
    -------
    specChanged(list)
        The spec after an edit (valid or not).
    validityChanged(bool, str)
        Whether the spec can be trained, and why not.
    presetChosen(str)
        A preset was picked (its training settings may be applied).
    """

    specChanged = Signal(object)
    validityChanged = Signal(bool, str)
    presetChosen = Signal(str)

    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("train.editor", "layer"),
        QT_TRANSLATE_NOOP("train.editor", "settings"),
        QT_TRANSLATE_NOOP("train.editor", "output"),
        QT_TRANSLATE_NOOP("train.editor", "params"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec: list[dict[str, Any]] = []
        self.summary: list[LayerSummary] = []
        self.error: SpecError | None = None
        self._updating = False

        self.preset_box = QComboBox()
        for name, p in PRESETS.items():
            self.preset_box.addItem(name, name)
            self.preset_box.setItemData(
                self.preset_box.count() - 1, p.shown_description, Qt.ItemDataRole.ToolTipRole
            )
        self.preset_box.setToolTip(
            translate("train.editor", "Start from a ready-made architecture; edit it below")
        )
        self.preset_box.activated.connect(self._on_preset_box_activated)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(translate("train.editor", "Layers of the architecture"))
        self.table.setHorizontalHeaderLabels([translate("train.editor", c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(200)
        self.table.itemSelectionChanged.connect(self._on_table_itemSelectionChanged)

        self._build_buttons()

        self.form = LayerForm()
        self.form.valueEdited.connect(self._on_form_valueEdited)
        self.total_label = label("", "muted", wrap=True)
        self.error_label = label("", wrap=True)
        self.error_label.setStyleSheet(f"color: {style.BAD};")

        top = QHBoxLayout()
        top.addWidget(label(translate("train.editor", "Start from"), "muted"))
        top.addWidget(self.preset_box, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(
            label(
                translate("train.editor", "input: a 28x28x1 image (784 brightness values)"),
                "caption",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.error_label.hide()
        self.set_spec(preset_spec("default"), preset="default")

    def _build_buttons(self) -> None:
        """Add layer (a menu of the layer types), Remove, Up and Down."""
        self.add_button = QToolButton()
        self.add_button.setText(translate("train.editor", "Add layer ▾"))
        self.add_button.setToolTip(
            translate("train.editor", "Insert a layer after the selected one")
        )
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        menu.setToolTipsVisible(True)
        for kind in LAYER_TYPES:
            action = QAction(kind, menu)
            action.setToolTip(layer_help(kind))
            action.triggered.connect(lambda _=False, k=kind: self.add_layer(k))
            menu.addAction(action)
        self.add_button.setMenu(menu)
        self.remove_button = self._tool(
            translate("train.editor", "Remove"),
            translate("train.editor", "Delete the selected layer"),
            lambda: self.remove_layer(self.selected_row()),
        )
        self.up_button = self._tool(
            translate("train.editor", "Up"),
            translate("train.editor", "Move the selected layer up"),
            lambda: self.move_layer(self.selected_row(), -1),
        )
        self.down_button = self._tool(
            translate("train.editor", "Down"),
            translate("train.editor", "Move the selected layer down"),
            lambda: self.move_layer(self.selected_row(), +1),
        )

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ----------------------------------------------------------------- public API

    def spec(self) -> list[dict[str, Any]]:
        """A copy of the spec being edited."""
        return copy.deepcopy(self._spec)

    @property
    def valid(self) -> bool:
        return self.error is None

    def preset_name(self) -> str | None:
        """The preset the spec equals, if it still equals one."""
        name = self.preset_box.currentData()
        return name if name in PRESETS and self._spec == PRESETS[name].spec else None

    def set_spec(self, spec: list[dict[str, Any]], preset: str | None = None) -> None:
        """Edit ``spec`` (copied); ``preset`` names the preset it comes from."""
        self._spec = copy.deepcopy(list(spec))
        if preset is not None:
            self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(preset)))
        self._changed(select=None)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    def add_layer(self, kind: str, index: int | None = None) -> int:
        """Insert a ``kind`` layer at ``index`` (after the selection by default); its row."""
        if index is None:
            row = self.selected_row()
            index = row + 1 if row >= 0 else max(0, len(self._spec) - 1)
        layer: dict[str, Any] = {"type": kind}
        layer.update({k: v for k, v in LAYER_TYPES[kind].items() if v is not None})
        self._spec.insert(index, layer)
        self._changed(select=index)
        return index

    def remove_layer(self, row: int) -> None:
        if 0 <= row < len(self._spec):
            del self._spec[row]
            self._changed(select=min(row, len(self._spec) - 1))

    def move_layer(self, row: int, delta: int) -> None:
        target = row + delta
        if 0 <= row < len(self._spec) and 0 <= target < len(self._spec):
            self._spec[row], self._spec[target] = self._spec[target], self._spec[row]
            self._changed(select=target)

    def set_layer_value(self, row: int, key: str, value: Any) -> None:
        """Change one setting of one layer."""
        if not 0 <= row < len(self._spec):
            return
        self._spec[row][key] = value
        self._changed(select=row, rebuild_form=False)

    def save_json(self, path: str | Path) -> Path:
        return save_spec_json(path, self._spec)

    def load_json(self, path: str | Path) -> None:
        """Load a spec file; invalid layers are shown with their error, not refused."""
        self.set_spec(load_spec_json(path))

    # ----------------------------------------------------------------- internals

    def _changed(self, select: int | None, rebuild_form: bool = True) -> None:
        self._validate()
        self._fill_table()
        self._updating = True
        self.select_row(select if select is not None else -1)
        self._updating = False
        if rebuild_form:
            self._on_table_itemSelectionChanged()
        self._update_buttons()
        self.specChanged.emit(self.spec())
        self.validityChanged.emit(self.valid, "" if self.error is None else str(self.error))

    def _validate(self) -> None:
        try:
            self.summary = summarize(copy.deepcopy(self._spec))
            self.error = None
        except SpecError as exc:
            self.error = exc
            bad = exc.layer if exc.layer is not None else len(self._spec)
            self.summary = _prefix_summary(self._spec, bad)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._spec))
        bad = self.error.layer if self.error is not None else None
        for row, layer in enumerate(self._spec):
            known = self.summary[row] if row < len(self.summary) else None
            name = known.name if known is not None and self.error is None else ""
            cells = (
                str(row + 1),
                str(layer.get("type", "?")),  # its Keras name is in the tooltip
                layer_settings_text(layer) if layer.get("type") in LAYER_TYPES else "",
                known.shape_text if known is not None else "–",
                integer(known.params) if known is not None else "–",
            )
            for col, text in enumerate(cells):
                item = self.table.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, col, item)
                item.setText(text)
                item.setTextAlignment(
                    int(
                        (
                            Qt.AlignmentFlag.AlignRight
                            if col in (3, 4)
                            else Qt.AlignmentFlag.AlignLeft
                        )
                        | Qt.AlignmentFlag.AlignVCenter
                    )
                )
                is_bad = row == bad
                item.setBackground(QBrush(QColor(style.WARN_SOFT)) if is_bad else QBrush())
                item.setToolTip(
                    str(self.error)
                    if is_bad
                    else (f"{name}: " if name else "") + layer_help(layer.get("type"))
                )
        if self.error is None:
            self.total_label.setText(
                translate(
                    "train.editor", "{params} parameters to learn · input {shape} → 10 digits"
                ).format(
                    params=integer(total_params(self.summary)),
                    shape="x".join(map(str, INPUT_SHAPE)),
                )
            )
            self.error_label.hide()
        else:
            problem = self._plain(str(self.error))
            if self.error.layer is not None:
                problem = translate("train.editor", "Layer {n}: {problem}").format(
                    n=self.error.layer + 1, problem=problem
                )
            self.total_label.setText(
                translate("train.editor", "Fix the problem below to train this network.")
            )
            self.error_label.setText(f"⚠ {problem}")
            self.error_label.show()

    @staticmethod
    def _plain(message: str) -> str:
        # "layer 3 (Dense): receives ..." -> "receives ..." when the row is already named.
        head, sep, rest = message.partition(": ")
        return rest if sep and head.startswith("layer ") else message

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._spec) - 1)

    @Slot()
    def _on_table_itemSelectionChanged(self) -> None:
        if self._updating:
            return
        row = self.selected_row()
        self.form.show_layer(
            row if row >= 0 else None, self._spec[row] if 0 <= row < len(self._spec) else None
        )
        self._update_buttons()

    @Slot(str, object)
    def _on_form_valueEdited(self, key: str, value: Any) -> None:
        self.set_layer_value(self.selected_row(), key, value)

    @Slot(int)
    def _on_preset_box_activated(self, index: int) -> None:
        name = self.preset_box.itemData(index)
        self.set_spec(preset_spec(name), preset=name)
        self.presetChosen.emit(name)
