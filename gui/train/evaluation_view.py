"""The Train tab's "Evaluation": the test accuracy, overall and per digit, the confusion matrix,
and the test digits of the cell clicked (a click on one puts it on the Draw tab).

It shows what the training worker's evaluation computed (``model.evaluation``: accuracy,
per-class accuracy, confusion matrix, each digit's prediction).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common.confusion_matrix import ConfusionMatrixView
from gui.common.digit_gallery import DigitGallery
from gui.common.widgets import label
from model.words import count, with_article

GALLERY_HINT = "Click a cell of the matrix to see its digits."


class EvaluationView(QWidget):
    """The accuracy and the confusion matrix on the left, the digits of a cell on the right.

    Signals
    -------
    digitChosen(int)
        A test digit (its index in MNIST's test set) was clicked.
    """

    digitChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: dict[str, Any] | None = None
        self.accuracy_label = label("No evaluation yet.", "heading")
        self.per_class_label = label("", "muted", wrap=True)
        self.gallery_caption = label(GALLERY_HINT, "muted", wrap=True)
        self.matrix = ConfusionMatrixView()
        self.gallery = DigitGallery()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        left = QVBoxLayout()
        left.addWidget(self.accuracy_label)
        left.addWidget(self.per_class_label)
        left.addWidget(self.matrix, 1)
        right = QVBoxLayout()
        right.addWidget(self.gallery_caption)
        right.addWidget(self.gallery, 1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.matrix.cellClicked.connect(self._on_matrix_cellClicked)
        self.gallery.digitChosen.connect(self.digitChosen)

    def show_evaluation(self, evaluation: dict[str, Any]) -> None:
        """Show a ``TrainingWorker.evaluated`` result: ``accuracy``, ``n``,
        ``per_class_accuracy``, ``confusion``, and for the cells ``labels``, ``predictions``
        and ``images``."""
        self.evaluation = evaluation
        acc = evaluation["accuracy"] * 100
        self.accuracy_label.setText(
            f"Test accuracy {acc:.2f} % on {count(evaluation['n'], 'digit')} it never saw"
        )
        per_class = evaluation["per_class_accuracy"]
        self.per_class_label.setText(
            "Per digit: "
            + "  ".join(
                f"{d}: {'–' if np.isnan(a) else f'{a * 100:.1f}%'}" for d, a in enumerate(per_class)
            )
        )
        self.matrix.set_matrix(evaluation["confusion"])
        self.gallery.clear()
        self.gallery_caption.setText(GALLERY_HINT)

    @Slot(int, int)
    def _on_matrix_cellClicked(self, true: int, predicted: int) -> None:
        ev = self.evaluation
        if ev is None:
            return
        indices = np.flatnonzero((ev["labels"] == true) & (ev["predictions"] == predicted))
        what = "read correctly" if true == predicted else f"read as {predicted}"
        shown = min(len(indices), DigitGallery.MAX_SHOWN)
        self.gallery_caption.setText(
            f"{count(len(indices), 'test digit')} {true} {what}"
            + (f" (first {shown} shown)" if shown < len(indices) else "")
            + ". Click one to load it into the Draw and Inspect tabs."
        )
        self.gallery.show_digits(ev["images"], indices, f", {with_article(true)} {what}")
