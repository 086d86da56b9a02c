"""The "ReLU" tab: a convolution's map before and after ReLU (idea 5: ReLU sharpens)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.legend import ColorLegend
from gui.inspect.layers.panels.parts import caption, column, fixed_grid, symbol, title
from model.i18n import integer


class ReluPanel(QWidget):
    """A conv map before and after ReLU, on one colour scale so the clamped zeros show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = title(
            translate("inspect.layers.panels.relu", "ReLU: negative values become zero")
        )
        intro = caption(
            translate(
                "inspect.layers.panels.relu",
                "Before the activation a feature map has positive values (red: the filter's "
                "pattern is there) and negative ones (blue: the opposite). ReLU replaces every "
                "negative value by zero (white) and keeps the positive ones, so only real "
                "detections remain.",
            )
        )
        self.before = fixed_grid(200)
        self.after = fixed_grid(200)
        self.legend = ColorLegend()
        self.summary = caption()
        row = QHBoxLayout()
        row.addLayout(column(translate("inspect.layers.panels.relu", "Before ReLU"), self.before))
        row.addWidget(symbol("→"))
        row.addLayout(column(translate("inspect.layers.panels.relu", "After ReLU"), self.after))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def show_maps(
        self, layer: str, channel: int, before: np.ndarray, after: np.ndarray, note: str = ""
    ) -> None:
        scale = ColorScale.for_values(np.concatenate([before.ravel(), after.ravel()]), True)
        self.heading.setText(
            translate("inspect.layers.panels.relu", "ReLU on {layername}, filter {channel}").format(
                layername=layer, channel=channel
            )
        )
        self.before.set_maps(before, scale)
        self.after.set_maps(after, scale)
        self.legend.set_scale(
            scale, translate("inspect.layers.panels.relu", "blue below zero, white zero, red above")
        )
        negative = int((before < 0).sum())
        if negative == 1:
            text = translate(
                "inspect.layers.panels.relu", "1 of {total} values was negative and became 0."
            )
        else:
            text = translate(
                "inspect.layers.panels.relu", "{n} of {total} values were negative and became 0."
            )
        text = text.format(n=integer(negative), total=integer(before.size))
        self.summary.setText(f"{text} {note}")

    def show_message(self, text: str) -> None:
        self.heading.setText("ReLU")
        self.before.clear()
        self.after.clear()
        self.legend.set_scale(None)
        self.summary.setText(text)
