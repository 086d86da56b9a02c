"""Two networks scored on the same test digits: both confusion matrices and the digits on
which they disagree, each a click away from the canvas.

``EvaluationPanel`` only shows; the Two networks view runs the scoring in a worker of its own
(``gui.inspect.two_networks.jobs.evaluate_both``) and hands the result to ``show_result``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.confusion_matrix import ConfusionMatrixView
from gui.common.digit_gallery import DigitGallery
from gui.common.i18n import translate
from gui.common.widgets import Card, label
from model.i18n import integer, number
from model.words import with_article

SAMPLE_SIZES = (500, 1000, 2000, 10000)


class EvaluationPanel(Card):
    """The scoring controls, both confusion matrices and the gallery of disagreements.

    Signals
    -------
    scoreRequested(int)
        Score both networks on this many test digits.
    digitChosen(int)
        A test digit (its index in MNIST's test set) was clicked: put it on the canvas.
    """

    scoreRequested = Signal(int)
    digitChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(*_intro(), parent)
        self.result: dict[str, Any] | None = None
        self.names = (
            translate("inspect.two_networks.evaluation", "this model"),
            translate("inspect.two_networks.evaluation", "the other network"),
        )
        self.sample = QComboBox()
        for n in SAMPLE_SIZES:
            self.sample.addItem(
                translate("inspect.two_networks.evaluation", "{n} test digits").format(
                    n=integer(n)
                ),
                n,
            )
        self.sample.setCurrentIndex(1)
        self.score_button = QPushButton(translate("inspect.two_networks.evaluation", "Score both"))
        self.score_button.setObjectName("primary")
        self.score_button.clicked.connect(
            lambda: self.scoreRequested.emit(int(self.sample.currentData()))
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = label("", "muted", wrap=True)
        controls = QHBoxLayout()
        controls.addWidget(self.score_button)
        controls.addWidget(self.sample)
        controls.addWidget(self.progress)
        controls.addWidget(self.status, 1)
        self.body.addLayout(controls)

        self.matrices: list[ConfusionMatrixView] = []
        self.matrix_titles = []
        columns = []
        for i in range(2):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            title = label("", "heading", wrap=True)
            matrix = ConfusionMatrixView()
            # Fixed: in a scrolling page a minimum below the size hint gets squeezed.
            matrix.setFixedSize(300, 300)
            matrix.cellClicked.connect(
                lambda r, c, which=i: self._on_matrix_cellClicked(which, r, c)
            )
            box.addWidget(title)
            box.addWidget(matrix, 1, Qt.AlignmentFlag.AlignHCenter)
            self.matrices.append(matrix)
            self.matrix_titles.append(title)
            columns.append(column)
        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        self.summary = label("", wrap=True)
        results.addWidget(self.summary)
        # Side by side even on a small screen (two 300 px matrices fit 1024 px): they are
        # read against each other.
        matrices = QHBoxLayout()
        matrices.setSpacing(14)
        for column in columns:
            matrices.addWidget(column, 1)
        results.addLayout(matrices)
        self.gallery_caption = label("", "muted", wrap=True)
        self.gallery = DigitGallery()
        self.gallery.setFixedHeight(170)
        self.gallery.digitChosen.connect(self.digitChosen)
        results.addWidget(self.gallery_caption)
        results.addWidget(self.gallery)
        self.results.setVisible(False)
        self.body.addWidget(self.results)

    def set_names(self, current: str, other: str) -> None:
        """What the two networks are called in the titles."""
        self.names = (current, other)
        if self.result is not None:
            self.show_result(self.result)

    def set_busy(self, text: str) -> None:
        self.score_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(text)

    def set_idle(self, text: str = "") -> None:
        self.score_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText(text)

    def show_result(self, result: dict[str, Any]) -> None:
        """Show ``gui.inspect.two_networks.jobs.evaluate_both``'s result."""
        self.result = result
        a, b = result["models"]["a"]["accuracy"], result["models"]["b"]["accuracy"]
        n, disagreements = result["n"], result["disagreements"]
        differ = len(disagreements)
        self.summary.setText(
            translate(
                "inspect.two_networks.evaluation",
                "On {n} test digits {a} reads {pct_a} % correctly and "
                "{b} {pct_b} %. They give the same answer on "
                "{agree} % of them and differ on {differ}.",
            ).format(
                n=integer(n),
                a=self.names[0],
                pct_a=_pct(a),
                b=self.names[1],
                pct_b=_pct(b),
                agree=_pct(result["agreement"]),
                differ=_digits(differ),
            )
        )
        for title, matrix, key, name in zip(
            self.matrix_titles, self.matrices, ("a", "b"), self.names
        ):
            title.setText(f"{name}: {_pct(result['models'][key]['accuracy'])} %")
            matrix.set_matrix(result["confusion"][key])
        if differ == 1:
            caption = translate(
                "inspect.two_networks.evaluation", "The 1 digit on which they disagree"
            )
        else:
            caption = translate(
                "inspect.two_networks.evaluation", "The {n} digits on which they disagree"
            )
        self._show_digits(np.asarray(disagreements, np.int64), caption.format(n=integer(differ)))
        self.results.setVisible(True)

    def _show_digits(self, indices: np.ndarray, caption: str) -> None:
        r = self.result
        shown = min(len(indices), DigitGallery.MAX_SHOWN)
        if shown < len(indices):
            text = translate(
                "inspect.two_networks.evaluation",
                "{caption} (the first {shown}). Under each: {a}'s answer, then {b}'s.",
            )
        else:
            text = translate(
                "inspect.two_networks.evaluation",
                "{caption}. Under each: {a}'s answer, then {b}'s.",
            )
        self.gallery_caption.setText(
            text.format(caption=caption, shown=shown, a=self.names[0], b=self.names[1])
        )
        tip = translate(
            "inspect.two_networks.evaluation",
            "Test digit #{i}, {truth}: {a} reads {pa}, {b} reads {pb}. Click to put it "
            "on the canvas.",
        )
        self.gallery.show_digits(r["images"], indices)
        for row in range(self.gallery.count()):
            item = self.gallery.item(row)
            i = int(item.data(Qt.ItemDataRole.UserRole))
            pa, pb = int(r["predictions"]["a"][i]), int(r["predictions"]["b"][i])
            item.setText(f"{pa} · {pb}")
            truth = with_article(int(r["labels"][i]))
            item.setToolTip(
                tip.format(i=i, truth=truth, a=self.names[0], pa=pa, b=self.names[1], pb=pb)
            )

    @Slot(int, int, int)
    def _on_matrix_cellClicked(self, which: int, true: int, predicted: int) -> None:
        r = self.result
        if r is None:
            return
        key = "ab"[which]
        hits = np.flatnonzero((r["labels"] == true) & (r["predictions"][key] == predicted))
        self.matrices[1 - which].set_matrix(r["confusion"]["ba"[which]])  # clears its selection
        if len(hits) == 1:
            text = translate(
                "inspect.two_networks.evaluation",
                "The 1 digit {name} reads as {predicted} where the truth is {true}",
            )
        else:
            text = translate(
                "inspect.two_networks.evaluation",
                "The {n} digits {name} reads as {predicted} where the truth is {true}",
            )
        self._show_digits(
            hits,
            text.format(
                n=integer(len(hits)), name=self.names[which], predicted=predicted, true=true
            ),
        )


def _intro() -> tuple[str, str]:
    """The card's title and text."""
    return (
        translate("inspect.two_networks.evaluation", "Both networks on the same test digits"),
        translate(
            "inspect.two_networks.evaluation",
            "Each network answers the same digits from MNIST's test set, which neither "
            "trained on. Click a digit below to put it on the canvas and see both networks "
            "read it.",
        ),
    )


def _pct(fraction: float) -> str:
    return number(fraction * 100, 1)


def _digits(n: int) -> str:
    """ "1 digit", "23 digits"."""
    if n == 1:
        return translate("inspect.two_networks.evaluation", "1 digit")
    return translate("inspect.two_networks.evaluation", "{n} digits").format(n=integer(n))
