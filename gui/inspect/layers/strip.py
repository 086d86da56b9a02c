"""The layer strip across the top of Inspect › Layers: one button per layer, input first.

Each button names the layer, its kind in a word and its output shape ("conv1 / conv 26×26×24");
clicking one shows that layer's maps. The strip scrolls sideways when the network has more
layers than the window is wide.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QScrollArea, QToolButton, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.inspect.layer_text import SHORT_KINDS, shape_text


class LayerStrip(QScrollArea):
    """A row of checkable layer buttons, one checked: the layer shown.

    Signals
    -------
    layerChosen(str)
        The user clicked the button of this layer.
    """

    layerChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        self.row.setContentsMargins(0, 2, 0, 2)
        inside = QWidget()
        inside.setLayout(self.row)
        self.setWidget(inside)
        self.setWidgetResizable(True)
        self.setFixedHeight(66)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def set_layers(self, layers: list[tuple[str, str | None, list[int]]], current: str) -> None:
        """One button per (name, Keras type or None for the input, output shape); ``current``
        checked."""
        for button in self.buttons.buttons():
            self.buttons.removeButton(button)
            button.deleteLater()
        while self.row.count():
            self.row.takeAt(0)
        for name, type_name, shape in layers:
            if type_name is None:
                kind = translate("inspect.layers.strip", "image")
            else:
                kind = SHORT_KINDS.get(type_name, type_name)
            button = QToolButton()
            button.setObjectName("layerChip")
            button.setText(f"{name}\n{kind} {shape_text(shape)}")
            style.zoomed_fixed_size(button, height=44)
            button.setCheckable(True)
            button.setProperty("layer", name)
            button.setToolTip(
                translate(
                    "inspect.layers.strip", "Show what {layername} outputs for your digit"
                ).format(layername=name)
            )
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, n=name: self.layerChosen.emit(n))
            self.buttons.addButton(button)
            self.row.addWidget(button)
        self.row.addStretch(1)
        self.set_current(current)

    def set_current(self, name: str) -> None:
        """Check the button of layer ``name`` (none if it has none)."""
        for button in self.buttons.buttons():
            button.setChecked(button.property("layer") == name)
