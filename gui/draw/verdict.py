"""The Draw tab's answer in words: the digit read, how sure the network is (in calibrated words
when the model has a calibration, ``model.uncertainty``), the number read when there are
several digits, and the truth when it is known (a test digit's label)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import GRID, TextView, confidence_words, html_escape, percent
from model.words import with_article

# How sure, in words: ``model.uncertainty``'s kinds and ``confidence_words``' phrases, shown
# in the learner's language (translated where they are shown).
SURENESS = (
    QT_TRANSLATE_NOOP("draw.verdict", "sure"),
    QT_TRANSLATE_NOOP("draw.verdict", "fairly sure"),
    QT_TRANSLATE_NOOP("draw.verdict", "very sure"),
    QT_TRANSLATE_NOOP("draw.verdict", "hesitant"),
    QT_TRANSLATE_NOOP("draw.verdict", "unsure"),
)


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
            detail = translate(
                "draw.verdict",
                "{pct} of the vote goes to {num}; next best is {runner} with {runner_pct}.",
            ).format(
                pct=percent(p[v.label]), num=v.label, runner=runner, runner_pct=percent(p[runner])
            )
            if a is not None:
                calibrated = translate("draw.verdict", "Calibrated, {pct} likely right.")
                detail = calibrated.format(pct=percent(a.confidence)) + " " + detail
            if v.number is not None:
                detail = translate(
                    "draw.verdict",
                    "Digit {n} of {count}: {said}. {pct} of its vote goes to {num}.",
                ).format(
                    n=v.selected + 1,
                    count=len(v.number),
                    said=said[0].lower() + said[1:],
                    pct=percent(p[v.label]),
                    num=v.label,
                )
                said = translate("draw.verdict", "It reads {number}").format(number=v.number)
                unsure = "?" in v.number
            self.verdict.set_text(said, style.BAD if unsure else None)
            self.detail.set_text(detail)
        else:
            self.digit.set_text({"loading": "…", "no-model": "?"}.get(v.state, "–"), style.MUTED)
            self.verdict.set_text(
                {
                    "blank": translate("draw.verdict", "Draw a digit"),
                    "loading": translate("draw.verdict", "Loading the network…"),
                    "no-model": translate("draw.verdict", "No model loaded"),
                    "prediction": translate("draw.verdict", "Waiting for the network…"),
                }[v.state]
            )
            self.detail.set_text(
                {
                    "blank": translate(
                        "draw.verdict", "The network's answer appears while you draw."
                    ),
                    "loading": translate(
                        "draw.verdict",
                        "You can draw already: the answer appears as soon as it is ready.",
                    ),
                    "no-model": translate(
                        "draw.verdict",
                        "Open one with Model ▸ Open Model… The {grid} image below "
                        "still follows your drawing.",
                    ).format(grid=GRID),
                    "prediction": "",
                }[v.state]
            )
        self.truth.set_html(self._truth_html(v))

    @staticmethod
    def words(label: int, assessment, probability: float) -> str:
        """What to say about one digit's answer: calibrated words when there is an
        ``assessment`` (``model.uncertainty``), the raw probability's otherwise."""
        a = assessment
        reads = translate("draw.verdict", "It reads {num}: {sureness}")
        if a is None:
            sureness = translate("draw.verdict", confidence_words(probability))
            return reads.format(num=with_article(label), sureness=sureness)
        if a.kind == "not a digit":
            return translate("draw.verdict", "This may not be a digit")
        if a.kind == "not sure":
            return translate("draw.verdict", "Not sure: {num} or {num2}?").format(
                num=with_article(label), num2=with_article(a.runner_up)
            )
        return reads.format(num=with_article(label), sureness=translate("draw.verdict", a.kind))

    @staticmethod
    def _truth_html(v: Verdict) -> str:
        parts = []
        if v.source:
            parts.append(f"<span style='color:{style.MUTED}'>{html_escape(v.source)}</span>")
        if v.true_label is not None:
            text = translate("draw.verdict", "true label <b>{label}</b>").format(label=v.true_label)
            if v.state == "prediction" and v.label is not None:
                right = v.label == v.true_label
                colour, mark = (
                    (style.GOOD, translate("draw.verdict", "✓ read correctly"))
                    if right
                    else (style.BAD, translate("draw.verdict", "✗ read wrongly"))
                )
                text += f" <span style='color:{colour}'><b>{mark}</b></span>"
            parts.append(text)
        return " · ".join(parts)
