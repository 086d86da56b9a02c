"""The Draw tab's read-outs: the verdict in words, the number read when there are several
digits, and the preprocessing steps in pictures."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.pixel_view import PixelView
from gui.common.widgets import (
    GRID,
    TextView,
    confidence_words,
    html_escape,
    label,
    percent,
)

# Where preprocessing puts the centre of mass, in pixel-edge coordinates of the 28x28 frame
# (model.data.preprocess.MNIST_CENTRE is a pixel index; its pixel's centre is half a pixel further).
_CENTRE_MARK = 14.5
# The sides of the four step pictures: smallest and largest.
STEP_MIN, STEP_MAX = 48, 96


def _a(digit: int) -> str:
    """The digit with its article: "a 3", "an 8"."""
    return f"{'an' if digit == 8 else 'a'} {digit}"


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
            return f"It reads {_a(label)}: {confidence_words(probability)}"
        if a.kind == "not a digit":
            return "This may not be a digit"
        if a.kind == "not sure":
            return f"Not sure: {_a(label)} or {_a(a.runner_up)}?"
        return f"It reads {_a(label)}: {a.kind}"

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


class DigitChooser(QWidget):
    """The digits of a number read, one button each: the one pressed is the digit the
    one-digit views (the votes, the 28x28 input, Inspect, the Lab) show.

    Signals
    -------
    digitChosen(int)
        The user pressed digit ``index`` (from 0).
    """

    digitChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._caption = label("Digits:", "muted")
        self._row.addWidget(self._caption)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.digitChosen)
        self._buttons: list[QToolButton] = []
        self._row.addStretch(1)

    def show_digits(self, labels: list[str], uncertain: list[bool], selected: int) -> None:
        """One button per digit read (``labels``, "?" allowed), ``selected`` pressed."""
        while len(self._buttons) < len(labels):
            button = QToolButton()
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumWidth(30)
            self._group.addButton(button, len(self._buttons))
            self._row.insertWidget(len(self._buttons) + 1, button)
            self._buttons.append(button)
        for i, button in enumerate(self._buttons):
            shown = i < len(labels)
            button.setVisible(shown)
            if shown:
                button.setText(labels[i])
                doubt = " (not sure)" if uncertain[i] else ""
                button.setToolTip(f"Show digit {i + 1}, read as {labels[i]}{doubt}")
                button.setChecked(i == selected)


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

    # A photo's or a scan's extra steps (``model.data.preprocess.Stage``), shown above the four.
    MAX_STAGES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # They shrink for a small window and grow for a large one; the last shows the grid.
        # Their preferred size is their least: how tall the steps are never depends on
        # whether they were shown yet, so opening them moves nothing around them.
        self.views = [
            PixelView(STEP_MIN, grid=(i == 3), minimum=STEP_MIN, maximum=STEP_MAX) for i in range(4)
        ]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.stages = QWidget()
        stage_row = QHBoxLayout(self.stages)
        stage_row.setContentsMargins(0, 2, 0, 0)
        stage_row.setSpacing(6)
        self.stage_views: list[tuple[PixelView, object]] = []
        for _ in range(self.MAX_STAGES):
            column = QVBoxLayout()
            column.setSpacing(4)
            view = PixelView(STEP_MIN, minimum=STEP_MIN, maximum=STEP_MAX)
            caption = label("", "caption")
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(caption)
            stage_row.addLayout(column)
            self.stage_views.append((view, caption))
        stage_row.addStretch(1)
        self.stages.setVisible(False)
        outer.addWidget(self.stages)
        steps = QWidget()
        outer.addWidget(steps)
        grid = QGridLayout(steps)
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
        """Show a ``model.data.preprocess.Preprocessed`` (or nothing, for None)."""
        stages = () if pre is None else pre.stages[: self.MAX_STAGES]
        for i, (view, caption) in enumerate(self.stage_views):
            shown = i < len(stages)
            view.setVisible(shown)
            caption.setVisible(shown)
            if shown:
                view.set_array(stages[i].image)
                caption.setText(f"{chr(ord('a') + i)} · {stages[i].title}")
                view.setToolTip(stages[i].caption)
                caption.setToolTip(stages[i].caption)
        self.stages.setVisible(bool(stages))
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
