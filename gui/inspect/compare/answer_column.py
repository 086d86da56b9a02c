"""``AnswerColumn``: one network's name, its answer in words and its ten bars (Two networks)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common import style
from gui.common.probability_bars import ProbabilityBars
from gui.common.widgets import TextView, percent
from model.words import with_article


class AnswerColumn(QWidget):
    """One network's name, its answer in words and its ten bars."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextView(1, 14, bold=True, colour=colour)
        self.verdict = TextView(1)
        self.bars = ProbabilityBars()
        # Fixed heights on this scrolling page: a scroll area gives its content the least
        # height it needs, and a picture that would like more than its minimum took it from
        # the panels below.
        self.bars.setMinimumWidth(220)
        self.bars.setFixedHeight(190)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.verdict)
        column.addWidget(self.bars, 1)

    def show_answer(self, probabilities: np.ndarray | None, message: str = "") -> None:
        self.bars.set_probabilities(probabilities)
        if probabilities is None:
            self.verdict.set_text(message, style.MUTED)
            return
        best = int(np.argmax(probabilities))
        self.verdict.set_html(
            f"reads <b>{with_article(best)}</b> ({percent(float(probabilities[best]))})"
        )
