"""``AnswerColumn``: one network's name, its answer in words and its ten bars, for the views
that show two networks side by side (Inspect › Two networks, Lab › Robustness)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.probability_bars import ProbabilityBars
from gui.common.widgets import TextView, percent
from model.words import with_article


class AnswerColumn(QWidget):
    """One network's name (``heading``, in its colour), its answer in words and its ten bars.

    Parameters
    ----------
    colour
        The network's colour, here and wherever else the view draws it.
    bar_heights
        The bars' least and greatest height; equal, a fixed height. On a scrolling page a
        picture that would like more than its least took it from the panels below.
    min_width
        The bars' least width.
    """

    def __init__(
        self,
        colour: str,
        bar_heights: tuple[int, int] = (190, 190),
        min_width: int = 220,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.colour = colour
        self.heading = TextView(1, 14, bold=True, colour=colour)
        self.verdict = TextView(1)
        self.bars = ProbabilityBars()
        self.bars.setMinimumSize(min_width, bar_heights[0])
        self.bars.setMaximumHeight(bar_heights[1])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.verdict)
        column.addWidget(self.bars, 1)

    def show_answer(self, probabilities: np.ndarray | None, message: str = "") -> None:
        """The answer ("reads a 7 (92 %)") and its bars; None shows ``message`` instead."""
        if probabilities is None:
            self.show_message(message)
            return
        best = int(np.argmax(probabilities))
        self.show_html(
            translate("common.answer_column", "reads <b>{label}</b> ({pct})").format(
                label=with_article(best), pct=percent(float(probabilities[best]))
            ),
            probabilities,
        )

    def show_html(self, html: str, probabilities: np.ndarray) -> None:
        """An answer in the view's own words, and its bars."""
        self.verdict.set_html(html)
        self.bars.set_probabilities(probabilities)

    def show_message(self, text: str) -> None:
        """No answer: ``text`` says why, the bars are empty."""
        self.verdict.set_text(text, style.MUTED)
        self.bars.set_probabilities(None)
