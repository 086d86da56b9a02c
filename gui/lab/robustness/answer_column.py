"""``AnswerColumn``: one network's answer on the spoiled digit (a heading, the verdict and ten
bars), and the colour each network has here and in the curves."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common import style
from gui.common.probability_bars import ProbabilityBars
from gui.common.widgets import TextView, percent
from model.words import with_article

CURRENT_COLOUR = style.ACCENT
COMPARISON_COLOUR = "#f97316"


class AnswerColumn(QWidget):
    """One network's answer on the spoiled digit: a heading, the verdict and ten bars."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.heading = TextView(1, 14, bold=True, colour=colour)
        self.verdict = TextView(1)
        self.bars = ProbabilityBars()
        self.bars.setMinimumSize(170, 200)
        self.bars.setMaximumHeight(210)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.verdict)
        column.addWidget(self.bars, 1)

    def show_answer(self, original: np.ndarray, spoiled: np.ndarray) -> None:
        before, after = int(np.argmax(original)), int(np.argmax(spoiled))
        same = before == after
        colour = style.GOOD if same else style.BAD
        words = "still" if same else "now"
        self.verdict.set_html(
            f"<b style='color:{colour}'>{words} {with_article(after)}</b> "
            f"({percent(float(spoiled[after]))})" + ("" if same else f" · was {before}")
        )
        self.bars.set_probabilities(spoiled)

    def show_message(self, text: str) -> None:
        self.verdict.set_text(text, style.MUTED)
        self.bars.set_probabilities(None)
