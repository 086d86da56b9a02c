"""``ReadoutRow``: what one layer's read-out says of your digit (What each layer knows).

The layer's name and kind, how often its read-out is right on test digits, ten small bars for
your digit and, in words, what it would say.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.widgets import TextView, label
from gui.inspect.compare.mini_bars import MiniBars
from model.i18n import number


class ReadoutRow(QWidget):
    """One layer's read-out: its name and accuracy, ten bars for the digit, and its answer."""

    def __init__(self, name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.kind = name, kind
        self.title = label("")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.set_selected(False)
        self.accuracy = label("", "caption")
        self.bars = MiniBars()
        self.answer = TextView(2, align=Qt.AlignmentFlag.AlignLeft)
        self.answer.setFixedWidth(118)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.accuracy)
        names_box = QWidget()
        names_box.setLayout(names)
        names_box.setFixedWidth(170)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        row.addWidget(names_box)
        row.addWidget(self.bars, 1)
        row.addWidget(self.answer)

    def set_selected(self, selected: bool) -> None:
        """Mark the row of the layer picked on the curve."""
        colour = style.ACCENT if selected else style.TEXT
        self.title.setText(
            f"<b style='color:{colour}'>{self.name}</b> "
            f"<span style='color:{style.MUTED}'>· {self.kind}</span>"
        )

    def set_accuracy(self, accuracy: float | None) -> None:
        if accuracy is None:
            self.accuracy.setText("")
            return
        text = translate("inspect.knows.readout_row", "{pct} % of test digits")
        self.accuracy.setText(text.format(pct=number(accuracy * 100, 1)))

    def set_read_out(self, probabilities: np.ndarray | None) -> None:
        self.bars.set_probabilities(probabilities)
        if probabilities is None:
            self.answer.set_text("")
            return
        best = int(np.argmax(probabilities))
        text = translate("inspect.knows.readout_row", "would say <b>{label}</b><br>{pct} % sure")
        pct = number(float(probabilities[best]) * 100, 0)
        self.answer.set_html(text.format(label=best, pct=pct))
