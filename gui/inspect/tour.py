"""The guided tour: the ideas of CONCEPTS.md, one step at a time, on the user's own digit.

Each ``TourStep`` has a title, two or three sentences for a student, an alternative text for a
network without convolutions (the ``mlp`` preset) and the key of what the inspector should show
(``gui.inspect.layers.tour_targets`` says what each step selects; the "knows" step shows the
Inspect tab's "What each layer knows" view instead). ``GuidedTour`` is the bar with the text
and the Back / Next buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import Card, label

IDEAS = 8  # CONCEPTS: the eight ideas the tour teaches, in order


@dataclass(frozen=True)
class TourStep:
    """One screen of the tour: ``idea`` is the number (1-8) of the idea it belongs to; an idea
    may take more than one screen (pooling: its window, then the shift it absorbs)."""

    key: str
    idea: int
    title: str
    text: str
    without_conv: str = ""


STEPS: tuple[TourStep, ...] = (
    TourStep(
        "unroll",
        1,
        QT_TRANSLATE_NOOP("inspect.tour", "1. A plain network reads pixels in a row"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "A plain dense network gets your drawing as one long row of 784 brightness values: the "
            "28×28 grid is pulled apart like a fabric into a single thread. Which pixel sat next "
            "to which is lost. Look below: the same digit moved 2 pixels to the right gives a very "
            "different row, so to this network it is a different input.",
        ),
    ),
    TourStep(
        "conv",
        2,
        QT_TRANSLATE_NOOP("inspect.tour", "2. Convolution: a small filter slides over the image"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "A filter is a tiny grid of weights (here 3×3 or 5×5). Placed on a window of the "
            "image, it multiplies each pixel by the weight on top of it and adds everything up, "
            "plus a bias: one number. Slide it one pixel at a time and you get a whole new image, "
            "the feature map. Click any value on the left, or press “Slide the filter”.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "This network has no convolution layers, so nothing slides over the image: its first "
            "layer multiplies all 784 pixels at once by one weight each. The pictures on the left "
            "are those weights, one 28×28 picture per unit.",
        ),
    ),
    TourStep(
        "features",
        3,
        QT_TRANSLATE_NOOP("inspect.tour", "3. Different filters find different features"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "Every tile on the left is the feature map of a different filter, all on your digit. "
            "Bright means “my pattern is here”. One filter lights up on left edges, another on "
            "horizontal strokes, another on the ends of lines. Below them are the filters "
            "themselves: red weights add, blue weights subtract.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "Without convolutions there are no feature maps: each unit of the first layer looks "
            "at the whole image at once, through one weight per pixel (the pictures on the left). "
            "Nothing makes it look for the same small pattern everywhere.",
        ),
    ),
    TourStep(
        "hierarchy",
        4,
        QT_TRANSLATE_NOOP("inspect.tour", "4. Stacked layers build a hierarchy"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "This is the last convolution layer. Its filters do not look at pixels but at the maps "
            "of the layer before, so they combine simple strokes into bigger shapes: loops, "
            "corners, parts of digits. On the right: the pieces of real test digits that excite "
            "the selected filter most. Compare with the first layer's short edges.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "This network has no stack of convolution layers, so there is no hierarchy of "
            "features to show. Its hidden layer must learn whole-digit templates directly from "
            "pixels.",
        ),
    ),
    TourStep(
        "knows",
        4,
        QT_TRANSLATE_NOOP("inspect.tour", "4. …and what each layer knows"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "Stop the network after any layer and let a straight line read the digit off what it "
            "has computed so far: how often is it right? The curve answers for every layer on "
            "test digits, from the raw pixels (dashed) to the output; the bars say what each "
            "layer would answer for your digit. Each stage makes the digit easier to read.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "The same question for a plain network: how well can a straight line read the digit "
            "off each layer? The raw pixels (dashed) already say a lot; each dense layer makes the "
            "digit easier to read off.",
        ),
    ),
    TourStep(
        "relu",
        5,
        QT_TRANSLATE_NOOP("inspect.tour", "5. ReLU keeps only the positive responses"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "After the sum, the activation function ReLU turns every negative value into zero and "
            "keeps the positive ones unchanged. The map before (blue negative, red positive) and "
            "after (only red left) are on the right: what remains are clear detections.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "ReLU works the same way in a dense network: every unit's negative sum becomes 0. "
            "There are just no maps to show it on in this network.",
        ),
    ),
    TourStep(
        "pool",
        6,
        QT_TRANSLATE_NOOP("inspect.tour", "6. Max pooling keeps the strongest value"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "Max pooling cuts each map into small windows (here 2×2) and keeps only the largest "
            "value of each, the winner. The map becomes four times smaller but keeps what was "
            "found, and roughly where.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "This network has no pooling layers: every pixel counts on its own, at its exact "
            "place.",
        ),
    ),
    TourStep(
        "shift",
        6,
        QT_TRANSLATE_NOOP("inspect.tour", "6. …which makes small shifts matter less"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "Here your digit was moved a couple of pixels. The convolution maps move with it "
            "(a big change), but after pooling many winners stay in the same windows, so the "
            "pooled maps change less, and the answer stays the same. Try the other moves.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "Here your digit was moved a couple of pixels. A plain network has no maps to absorb "
            "the move: every pixel now hits different weights, so its confidence can drop or the "
            "answer can change.",
        ),
    ),
    TourStep(
        "flatten",
        7,
        QT_TRANSLATE_NOOP("inspect.tour", "7. Flattening, now of features"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "After convolutions, ReLU and pooling, the stack of small maps is unrolled into one "
            "long row, like the pixels in step 1. But each number now means “this feature was "
            "found around here”, not “this pixel was bright”.",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "In this network, flattening happens first, on the raw pixels: the row below is your "
            "image itself, as in step 1.",
        ),
    ),
    TourStep(
        "dense",
        8,
        QT_TRANSLATE_NOOP("inspect.tour", "8. Fully connected layers decide"),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "The row of features feeds an ordinary dense network. Each digit's score is a sum of "
            "weight × feature; the highest score wins, and softmax turns the scores into "
            "probabilities. On the right: what each number of the row added to the winner's "
            "score, and the feature maps that pushed it up most (red) and held it down (blue).",
        ),
        QT_TRANSLATE_NOOP(
            "inspect.tour",
            "The dense layers decide here too: each digit's score is a sum of weight × input. "
            "But their inputs are raw pixels, which is why a plain network is more easily fooled "
            "by a moved or tilted digit.",
        ),
    ),
)


def counter_text(index: int) -> str:
    """Where step ``index`` is in the tour, by idea: "idea 3 of 8", or for an idea of two
    screens "idea 6 of 8 · 2/2"."""
    step = STEPS[index]
    screens = [i for i, s in enumerate(STEPS) if s.idea == step.idea]
    text = translate("inspect.tour", "idea {idea} of {ideas}").format(idea=step.idea, ideas=IDEAS)
    if len(screens) > 1:
        text += f" · {screens.index(index) + 1}/{len(screens)}"
    return text


def step_title(step: TourStep) -> str:
    """The step's title in the learner's language."""
    return translate("inspect.tour", step.title)


def step_text(step: TourStep, has_conv: bool = True) -> str:
    """The step's text in the learner's language (``without_conv`` for a network without
    convolutions, when the step has one)."""
    return translate(
        "inspect.tour", step.text if has_conv or not step.without_conv else step.without_conv
    )


class GuidedTour(Card):
    """The tour bar: step title and text, Back / Next, and a close button.

    Signals
    -------
    stepChanged(int)
        The tour moved to this step (0-based); -1 when it was closed.
    """

    stepChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.index = -1
        self.has_conv = True
        self.title = label("", "heading", wrap=True)
        self.text = label("", wrap=True)
        self.counter = label("", "muted")
        self.back = QPushButton(translate("inspect.tour", "← Back"))
        self.next = QPushButton(translate("inspect.tour", "Next →"))
        self.next.setObjectName("primary")
        self.close_button = QPushButton(translate("inspect.tour", "Close tour"))
        self.start_button = QPushButton(translate("inspect.tour", "Take the guided tour"))
        self.start_button.setObjectName("primary")
        self.start_button.setToolTip(
            translate(
                "inspect.tour",
                "The {ideas} ideas of a convolutional network, one at a time, on your digit",
            ).format(ideas=IDEAS)
        )
        self.start_hint = label(
            translate(
                "inspect.tour",
                "New here? The tour explains, step by step on your own "
                "drawing, how a convolutional network reads a digit.",
            ),
            "muted",
            wrap=True,
        )
        self.back.clicked.connect(lambda: self.go(self.index - 1))
        self.next.clicked.connect(lambda: self.go(self.index + 1))
        self.close_button.clicked.connect(lambda: self.go(-1))
        self.start_button.clicked.connect(lambda: self.go(0))

        head = QHBoxLayout()
        head.setSpacing(8)
        self._head = head
        head.addWidget(self.title, 1)
        head.addWidget(self.counter)
        head.addWidget(self.back)
        head.addWidget(self.next)
        head.addWidget(self.close_button)
        self.running = QWidget()
        running = QVBoxLayout(self.running)
        running.setContentsMargins(0, 0, 0, 0)
        running.addLayout(head)
        running.addWidget(self.text)
        self.idle = QWidget()
        idle = QHBoxLayout(self.idle)
        idle.setContentsMargins(0, 0, 0, 0)
        idle.addWidget(self.start_button)
        idle.addWidget(self.start_hint, 1)
        self.body.setContentsMargins(16, 10, 16, 10)
        self.body.addWidget(self.running)
        self.body.addWidget(self.idle)
        self._show()

    @property
    def steps(self) -> tuple[TourStep, ...]:
        return STEPS

    def go(self, index: int) -> None:
        """Show step ``index`` (clamped); -1 closes the tour."""
        self.index = -1 if index < 0 else min(index, len(STEPS) - 1)
        self._show()
        self.stepChanged.emit(self.index)

    def set_has_conv(self, has_conv: bool) -> None:
        """Whether the model has convolutions (else each step's ``without_conv`` text)."""
        self.has_conv = has_conv
        self._show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reserve_text_height()

    def _reserve_text_height(self) -> None:
        # Title and text as tall as the longest step's at this width: Next and Back then
        # never move the inspector below up or down.
        margins = self.body.contentsMargins()
        width = self.width() - margins.left() - margins.right()  # the text spans the card
        if width <= 0:
            return
        beside = [self.back, self.next, self.close_button]
        spacing = self._head.spacing()
        # The counter's widest text over all steps ("idea 6 of 8 · 2/2"), not the current one:
        # the title's room must not change from step to step.
        metrics = self.counter.fontMetrics()
        margins = self.counter.contentsMargins()
        counter = max(metrics.horizontalAdvance(counter_text(i)) for i in range(len(STEPS)))
        counter += margins.left() + margins.right() + 2 * self.counter.margin() + 2
        if self.counter.minimumWidth() != counter:
            self.counter.setMinimumWidth(counter)
        title_width = width - counter - spacing
        title_width -= sum(w.sizeHint().width() + spacing for w in beside)

        def tallest(widget: QLabel, texts: list[str], at: int) -> int:
            # The label's own layout of each text (its margins, its rich text), not a guess
            # from font metrics: the longest step must fit exactly.
            if widget.width() > 0 and widget.isVisible():
                at = widget.width()
            shown = widget.text()
            heights = []
            for t in texts:
                widget.setText(t)
                heights.append(widget.heightForWidth(max(at, 40)))
            widget.setText(shown)
            return max(heights)

        texts = [step_text(step, conv) for step in STEPS for conv in (True, False)]
        for widget, height in (
            (self.text, tallest(self.text, texts, width)),
            (self.title, tallest(self.title, [step_title(step) for step in STEPS], title_width)),
        ):
            if widget.minimumHeight() != height:
                widget.setMinimumHeight(height)

    def _show(self) -> None:
        on = self.index >= 0
        self.running.setVisible(on)
        self.idle.setVisible(not on)
        if not on:
            return
        self._reserve_text_height()
        step = STEPS[self.index]
        self.title.setText(step_title(step))
        self.text.setText(step_text(step, self.has_conv))
        self.counter.setText(counter_text(self.index))
        self.back.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(STEPS) - 1)
