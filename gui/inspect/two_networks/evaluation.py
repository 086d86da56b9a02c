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
from gui.common.widgets import Card, label
from model.words import count, with_article

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
        super().__init__(
            "Both networks on the same test digits",
            "Each network answers the same digits from MNIST's test set, which neither trained "
            "on. Click a digit below to put it on the canvas and see both networks read it.",
            parent,
        )
        self.result: dict[str, Any] | None = None
        self.names = ("this model", "the other network")
        self.sample = QComboBox()
        for n in SAMPLE_SIZES:
            self.sample.addItem(f"{n:,} test digits", n)
        self.sample.setCurrentIndex(1)
        self.score_button = QPushButton("Score both")
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
        self.summary.setText(
            f"On {n:,} test digits {self.names[0]} reads {a * 100:.1f} % correctly and "
            f"{self.names[1]} {b * 100:.1f} %. They give the same answer on "
            f"{result['agreement'] * 100:.1f} % of them and differ on "
            f"{count(len(disagreements), 'digit')}."
        )
        for title, matrix, key, name in zip(
            self.matrix_titles, self.matrices, ("a", "b"), self.names
        ):
            title.setText(f"{name}: {result['models'][key]['accuracy'] * 100:.1f} %")
            matrix.set_matrix(result["confusion"][key])
        self._show_digits(
            np.asarray(disagreements, np.int64),
            f"The {count(len(disagreements), 'digit')} on which they disagree",
        )
        self.results.setVisible(True)

    def _show_digits(self, indices: np.ndarray, caption: str) -> None:
        r = self.result
        shown = min(len(indices), DigitGallery.MAX_SHOWN)
        more = f" (the first {shown})" if shown < len(indices) else ""
        self.gallery_caption.setText(
            f"{caption}{more}. Under each: {self.names[0]}'s answer, then {self.names[1]}'s."
        )
        self.gallery.show_digits(r["images"], indices)
        for row in range(self.gallery.count()):
            item = self.gallery.item(row)
            i = int(item.data(Qt.ItemDataRole.UserRole))
            pa, pb = int(r["predictions"]["a"][i]), int(r["predictions"]["b"][i])
            item.setText(f"{pa} · {pb}")
            truth = with_article(int(r["labels"][i]))
            item.setToolTip(
                f"Test digit #{i}, {truth}: {self.names[0]} reads {pa}, {self.names[1]} reads "
                f"{pb}. Click to put it on the canvas."
            )

    @Slot(int, int, int)
    def _on_matrix_cellClicked(self, which: int, true: int, predicted: int) -> None:
        r = self.result
        if r is None:
            return
        key = "ab"[which]
        hits = np.flatnonzero((r["labels"] == true) & (r["predictions"][key] == predicted))
        self.matrices[1 - which].set_matrix(r["confusion"]["ba"[which]])  # clears its selection
        self._show_digits(
            hits,
            f"The {count(len(hits), 'digit')} {self.names[which]} reads as {predicted}"
            f" where the truth is {true}",
        )
