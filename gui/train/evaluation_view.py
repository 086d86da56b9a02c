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
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import label
from model.i18n import number
from model.words import count, with_article

GALLERY_HINT = QT_TRANSLATE_NOOP(
    "train.evaluation_view", "Click a cell of the matrix to see its digits."
)


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
        self.accuracy_label = label(
            translate("train.evaluation_view", "No evaluation yet."), "heading"
        )
        self.per_class_label = label("", "muted", wrap=True)
        self.gallery_caption = label(
            translate("train.evaluation_view", GALLERY_HINT), "muted", wrap=True
        )
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
        digits = count(
            evaluation["n"],
            translate("train.evaluation_view", "digit"),
            translate("train.evaluation_view", "digits"),
        )
        self.accuracy_label.setText(
            translate(
                "train.evaluation_view", "Test accuracy {acc} % on {amount} it never saw"
            ).format(acc=number(acc, 2), amount=digits)
        )
        per_class = evaluation["per_class_accuracy"]
        self.per_class_label.setText(
            translate("train.evaluation_view", "Per digit: {list}").format(
                list="  ".join(
                    f"{d}: {'–' if np.isnan(a) else number(a * 100, 1) + '%'}"
                    for d, a in enumerate(per_class)
                )
            )
        )
        self.matrix.set_matrix(evaluation["confusion"])
        self.gallery.clear()
        self.gallery_caption.setText(translate("train.evaluation_view", GALLERY_HINT))

    @Slot(int, int)
    def _on_matrix_cellClicked(self, true: int, predicted: int) -> None:
        ev = self.evaluation
        if ev is None:
            return
        indices = np.flatnonzero((ev["labels"] == true) & (ev["predictions"] == predicted))
        shown = min(len(indices), DigitGallery.MAX_SHOWN)
        self.gallery_caption.setText(
            self._caption(len(indices), true, predicted, shown)
            + " "
            + translate(
                "train.evaluation_view", "Click one to load it into the Draw and Inspect tabs."
            )
        )
        what = (
            translate("train.evaluation_view", ", {num} read correctly")
            if true == predicted
            else translate("train.evaluation_view", ", {num} read as {predicted}")
        )
        self.gallery.show_digits(
            ev["images"], indices, what.format(num=with_article(true), predicted=predicted)
        )

    @staticmethod
    def _caption(n: int, true: int, predicted: int, shown: int) -> str:
        """Like "12 test digits 3 read as 5 (first 10 shown).", in the language spoken."""
        digits = count(
            n,
            translate("train.evaluation_view", "test digit"),
            translate("train.evaluation_view", "test digits"),
        )
        if true == predicted:
            text = translate("train.evaluation_view", "{amount} {true} read correctly")
        else:
            text = translate("train.evaluation_view", "{amount} {true} read as {predicted}")
        text = text.format(amount=digits, true=true, predicted=predicted)
        if shown < n:
            text += translate("train.evaluation_view", " (first {shown} shown)").format(shown=shown)
        return text + "."
