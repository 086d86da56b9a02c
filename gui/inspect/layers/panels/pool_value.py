"""The "This value" tab for pooling: one value of a pooled map, its window and the winner."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.widgets import label
from gui.inspect.layers.panels.parts import (
    FIELD,
    WINNER,
    caption,
    column,
    fixed_grid,
    symbol,
    title,
)
from model.i18n import integer, number


class PoolExplanationPanel(QWidget):
    """One value of a pooled map: its window in the previous map and the winner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.heading = title(
            translate("inspect.layers.panels.pool_value", "Click a value of a pooling layer's map")
        )
        intro = caption(
            translate(
                "inspect.layers.panels.pool_value",
                "Max pooling shrinks a map: it looks at a small window (here marked green) and "
                "keeps only the largest value, the winner (orange). If the digit moves by a "
                "pixel, the winner usually stays in the same window, so the pooled map barely "
                "changes.",
            )
        )
        self.previous = fixed_grid(170)
        self.window = fixed_grid(110, numbers=True)
        self.pooled = fixed_grid(110)
        self.previous_title = label(
            translate("inspect.layers.panels.pool_value", "Previous map"), "muted", wrap=True
        )
        self.previous_title.setMaximumWidth(170)
        self.answer = QLabel()
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setWordWrap(True)
        row = QHBoxLayout()
        col = QVBoxLayout()
        self.previous_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.previous_title)
        col.addWidget(self.previous)
        row.addLayout(col)
        row.addWidget(symbol("→"))
        row.addLayout(
            column(translate("inspect.layers.panels.pool_value", "The window"), self.window)
        )
        row.addWidget(symbol("→"))
        row.addLayout(
            column(translate("inspect.layers.panels.pool_value", "Pooled map"), self.pooled)
        )
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addStretch(1)

    def show_result(self, result: dict, previous: np.ndarray, pooled: np.ndarray) -> None:
        """Show a pooling result with the previous map's channel and the pooled channel."""
        self.result = result
        row, col = result["position"]
        ch = result["channel"]
        self.heading.setText(
            translate(
                "inspect.layers.panels.pool_value",
                "{layername}, channel {channel}: row {row}, column {col}",
            ).format(layername=result["layer"], channel=ch, row=row, col=col)
        )
        scale = ColorScale.for_values(previous)
        self.previous_title.setText(
            translate("inspect.layers.panels.pool_value", "{layername}, channel {channel}").format(
                layername=result["source_layer"], channel=ch
            )
        )
        top, left, h, w = result["window"]
        self.previous.set_maps(previous, scale)
        self.previous.set_boxes([(0, top, left, h, w, FIELD)])
        # Three decimals, as the sentence below gives the winner (or the mean).
        self.window.set_maps(np.round(result["values"], 3), scale)
        self.window.set_numbers(True, 3)
        self.pooled.set_maps(pooled, scale)
        self.pooled.set_selected((0, row, col))
        if result["winner"] is not None:
            wr, wc = result["winner"]
            self.previous.set_marks([(0, wr, wc, WINNER)])
            self.window.set_marks([(0, wr - top, wc - left, WINNER)])
            text = translate(
                "inspect.layers.panels.pool_value",
                "The largest of the {n} values is <b style='color:{colour}'>{number}</b> "
                "(row {row}, column {col} of {layername}): it becomes the pooled value; the "
                "others are dropped.",
            ).format(
                n=integer(h * w),
                colour=WINNER,
                number=number(result["value"], 3),
                row=wr,
                col=wc,
                layername=result["source_layer"],
            )
            self.answer.setText(f"<span style='font-size:14px'>{text}</span>")
        else:
            self.previous.set_marks([])
            self.window.set_marks([])
            text = translate(
                "inspect.layers.panels.pool_value",
                "Average pooling: the mean of the {n} values, <b>{number}</b>, becomes "
                "the pooled value.",
            ).format(n=integer(h * w), number=number(result["value"], 3))
            self.answer.setText(f"<span style='font-size:14px'>{text}</span>")
