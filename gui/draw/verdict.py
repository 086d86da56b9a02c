"""The Draw tab's answer in words: the digit read, how sure the network is (in calibrated words
when the model has a calibration, ``model.uncertainty``), the number read when there are
several digits, and the truth when it is known (a test digit's label)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common import style
from gui.common.widgets import GRID, TextView, confidence_words, html_escape, percent
from model.words import with_article


@dataclass
class Verdict:
    """Everything the summary needs to say; built by the Draw tab from its state."""

    state: str  # "prediction", "blank", "loading", "no-model"
    label: int | None = None
    probabilities: np.ndarray | None = None
    true_label: int | None = None
    source: str = ""
    # model.uncertainty.Assessment of the answer: calibrated confidence, "not sure"...
    assessment: object | None = None
    # Several digits: the number read so far ("20?6" while a digit is uncertain) and which
    # digit (from 0) the one-digit views show.
    number: str | None = None
    selected: int = 0


class PredictionSummary(QWidget):
    """The big answer, how sure the network is in words, and the truth when it is known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digit = TextView(
            1, 64, bold=True, colour=style.ACCENT, align=Qt.AlignmentFlag.AlignHCenter
        )
        self.digit.setFixedWidth(84)
        self.verdict = TextView(1, 20, bold=True)
        self.detail = TextView(2, colour=style.MUTED)
        self.truth = TextView(1)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addStretch(1)
        words.addWidget(self.verdict)
        words.addWidget(self.detail)
        words.addWidget(self.truth)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.digit, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(words, 1)
        self.show_verdict(Verdict("blank"))

    def show_verdict(self, v: Verdict) -> None:
        """Update every line from ``v``."""
        if v.state == "prediction" and v.probabilities is not None:
            p = v.probabilities
            runner = max((d for d in range(len(p)) if d != v.label), key=lambda d: p[d])
            a = v.assessment
            unsure = a is not None and a.uncertain
            self.digit.set_text(str(v.label), style.MUTED if unsure else None)
            said = self.words(v.label, a, float(p[v.label]))
            detail = (
                f"{percent(p[v.label])} of the vote goes to {v.label}; "
                f"next best is {runner} with {percent(p[runner])}."
            )
            if a is not None:
                detail = f"Calibrated, {percent(a.confidence)} likely right. " + detail
            if v.number is not None:
                detail = f"Digit {v.selected + 1} of {len(v.number)}: {said[0].lower()}{said[1:]}. "
                detail += f"{percent(p[v.label])} of its vote goes to {v.label}."
                said = f"It reads {v.number}"
                unsure = "?" in v.number
            self.verdict.set_text(said, style.BAD if unsure else None)
            self.detail.set_text(detail)
        else:
            self.digit.set_text({"loading": "…", "no-model": "?"}.get(v.state, "–"), style.MUTED)
            self.verdict.set_text(
                {
                    "blank": "Draw a digit",
                    "loading": "Loading the network…",
                    "no-model": "No model loaded",
                    "prediction": "Waiting for the network…",
                }[v.state]
            )
            self.detail.set_text(
                {
                    "blank": "The network's answer appears while you draw.",
                    "loading": "You can draw already: the answer appears as soon as it is ready.",
                    "no-model": f"Open one with Model ▸ Open Model… The {GRID} image below "
                    "still follows your drawing.",
                    "prediction": "",
                }[v.state]
            )
        self.truth.set_html(self._truth_html(v))

    @staticmethod
    def words(label: int, assessment, probability: float) -> str:
        """What to say about one digit's answer: calibrated words when there is an
        ``assessment`` (``model.uncertainty``), the raw probability's otherwise."""
        a = assessment
        if a is None:
            return f"It reads {with_article(label)}: {confidence_words(probability)}"
        if a.kind == "not a digit":
            return "This may not be a digit"
        if a.kind == "not sure":
            return f"Not sure: {with_article(label)} or {with_article(a.runner_up)}?"
        return f"It reads {with_article(label)}: {a.kind}"

    @staticmethod
    def _truth_html(v: Verdict) -> str:
        parts = []
        if v.source:
            parts.append(f"<span style='color:{style.MUTED}'>{html_escape(v.source)}</span>")
        if v.true_label is not None:
            text = f"true label <b>{v.true_label}</b>"
            if v.state == "prediction" and v.label is not None:
                right = v.label == v.true_label
                colour, mark = (
                    (style.GOOD, "✓ read correctly") if right else (style.BAD, "✗ read wrongly")
                )
                text += f" <span style='color:{colour}'><b>{mark}</b></span>"
            parts.append(text)
        return " · ".join(parts)
