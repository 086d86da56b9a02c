"""The colour each network has in the Robustness lab (its answer column and its curve), and
its answer on the spoiled digit in words: still the same digit, or now another."""

from __future__ import annotations

import numpy as np

from gui.common import style
from gui.common.answer_column import AnswerColumn
from gui.common.i18n import translate
from gui.common.widgets import percent
from model.words import with_article

CURRENT_COLOUR = style.ACCENT
COMPARISON_COLOUR = "#f97316"


def answer_column(colour: str) -> AnswerColumn:
    """A network's column on this page: a little narrower and free to grow a little taller."""
    return AnswerColumn(colour, bar_heights=(200, 210), min_width=170)


def show_change(column: AnswerColumn, original: np.ndarray, spoiled: np.ndarray) -> None:
    """``column`` shows the answer on the spoiled digit, and whether it changed."""
    before, after = int(np.argmax(original)), int(np.argmax(spoiled))
    same = before == after
    fields = {
        "colour": style.GOOD if same else style.BAD,
        "num": with_article(after),
        "pct": percent(float(spoiled[after])),
        "prev": before,
    }
    if same:
        text = translate(
            "lab.robustness.answer_column", "<b style='color:{colour}'>still {num}</b> ({pct})"
        )
    else:
        text = translate(
            "lab.robustness.answer_column",
            "<b style='color:{colour}'>now {num}</b> ({pct}) · was {prev}",
        )
    column.show_html(text.format(**fields), spoiled)
