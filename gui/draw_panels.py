"""The Draw tab's read-outs: the verdict in words and the preprocessing steps in pictures."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from gui import style
from gui.widgets import GRID, PixelView, TextView, confidence_words, html_escape, label, percent
from model.words import with_article

# Where preprocessing puts the centre of mass, in pixel-edge coordinates of the 28x28 frame
# (model.preprocess.MNIST_CENTRE is a pixel index; its pixel's centre is half a pixel further).
_CENTRE_MARK = 14.5
# The sides of the four step pictures: smallest and largest.
STEP_MIN, STEP_MAX = 48, 96


@dataclass
class Verdict:
    """Everything the summary needs to say; built by the Draw tab from its state."""

    state: str  # "prediction", "blank", "loading", "no-model"
    label: int | None = None
    probabilities: np.ndarray | None = None
    true_label: int | None = None
    source: str = ""


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
            self.digit.set_text(str(v.label))
            self.verdict.set_text(
                f"It reads {with_article(v.label)}: {confidence_words(float(p[v.label]))}"
            )
            self.detail.set_text(
                f"{percent(p[v.label])} of the vote goes to {v.label}; "
                f"next best is {runner} with {percent(p[runner])}."
            )
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


class PreprocessSteps(QWidget):
    """The four steps from drawing to network input, as small pictures with captions."""

    STEPS = (
        ("1 · Your ink", "The drawing as ink intensity; the blue box is the ink's extent."),
        ("2 · Cropped", "Everything outside the box is cut away, so position does not matter."),
        ("3 · Scaled", "The longer side is shrunk to 20 pixels, keeping the shape."),
        (
            "4 · Centred",
            f"Placed in {GRID} so its centre of mass (orange cross) is in the "
            "middle, exactly as the MNIST digits were prepared.",
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # They shrink for a small window and grow for a large one; the last shows the grid.
        # Their preferred size is their least: how tall the steps are never depends on
        # whether they were shown yet, so opening them moves nothing around them.
        self.views = [
            PixelView(STEP_MIN, grid=(i == 3), minimum=STEP_MIN, maximum=STEP_MAX) for i in range(4)
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(4)
        for i, (view, (title, tip)) in enumerate(zip(self.views, self.STEPS)):
            view.setToolTip(tip)
            caption = label(title, "caption")
            caption.setToolTip(tip)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(view, 0, 2 * i)
            grid.addWidget(caption, 1, 2 * i)
            grid.setColumnStretch(2 * i, 1)
            if i < 3:
                arrow = label("→", "muted")
                grid.addWidget(arrow, 0, 2 * i + 1, Qt.AlignmentFlag.AlignCenter)
        self.note = TextView(2, 11, colour=style.MUTED)
        grid.addWidget(self.note, 2, 0, 1, 8)
        # Once the pictures reach their largest, the rest of the width stays empty at the right.
        grid.setColumnStretch(7, 1)

    def show_steps(self, pre) -> None:
        """Show a ``model.preprocess.Preprocessed`` (or nothing, for None)."""
        if pre is None or pre.blank:
            for view in self.views:
                view.set_array(None)
                view.set_box(None)
                view.set_marker(None)
            self.note.set_text("Nothing to prepare: the canvas is empty.")
            return
        self.views[0].set_array(pre.ink)
        self.views[0].set_box(pre.bbox)
        self.views[1].set_array(pre.cropped)
        self.views[2].set_array(pre.scaled)
        self.views[3].set_array(pre.input)
        self.views[3].set_marker((_CENTRE_MARK, _CENTRE_MARK))
        h, w = pre.cropped.shape
        sh, sw = pre.scaled.shape
        note = (
            f"Crop {w} × {h} px → scaled to {sw} × {sh} → placed at row {pre.offset[0]}, "
            f"column {pre.offset[1]} of {GRID}."
        )
        if pre.inverted:
            note += (
                " Dark ink on light paper was inverted first: the network expects white "
                "ink on black."
            )
        self.note.set_text(note)
