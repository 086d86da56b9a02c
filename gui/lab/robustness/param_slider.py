"""``ParamSlider``: one named slider of the Robustness lab, with its value in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSlider, QWidget

from gui.common import style
from gui.common.widgets import label
from gui.lab.robustness.words import value_text


class ParamSlider(QWidget):
    """One named slider with its value in words; ``value`` in the parameter's own units."""

    def __init__(
        self,
        key: str,
        name: str,
        low: float,
        high: float,
        step: float,
        neutral: float,
        tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key, self.step, self.neutral = key, step, neutral
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(low / step), round(high / step))
        self.slider.setValue(round(neutral / step))
        self.slider.setPageStep(max(1, round((high - low) / step / 10)))
        self.slider.setToolTip(tip)
        self.slider.setAccessibleName(name)
        self.name = label(name)
        style.zoomed_fixed_size(self.name, width=78)
        self.shown = label("", "muted")
        style.zoomed_fixed_size(self.shown, width=124)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.name)
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        self.slider.valueChanged.connect(self.show_value)
        self.show_value()

    @property
    def value(self) -> float:
        return round(self.slider.value() * self.step, 6)

    def set_value(self, value: float) -> None:
        self.slider.setValue(round(value / self.step))

    def reset(self) -> None:
        self.set_value(self.neutral)

    def show_value(self, *_args) -> None:
        """Write the slider's value in words next to it."""
        self.shown.setText(value_text(self.key, self.value))
