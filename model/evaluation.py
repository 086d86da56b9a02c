"""Evaluation on a labelled set: accuracy, confusion matrix, per-class accuracy, mistakes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.data.mnist import NUM_CLASSES, to_model_input


@dataclass(frozen=True)
class Evaluation:
    """``confusion[i, j]`` counts digits of true class i predicted as j."""

    accuracy: float
    confusion: np.ndarray
    per_class_accuracy: np.ndarray
    misclassified: np.ndarray
    predictions: np.ndarray
    n: int

    def to_dict(self) -> dict:
        return {
            "accuracy": round(self.accuracy, 6),
            "confusion_matrix": self.confusion.tolist(),
            "per_class_accuracy": [round(float(a), 6) for a in self.per_class_accuracy],
            "n": self.n,
        }


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, k: int = NUM_CLASSES) -> np.ndarray:
    m = np.zeros((k, k), np.int64)
    np.add.at(m, (np.asarray(y_true, np.int64), np.asarray(y_pred, np.int64)), 1)
    return m


def summarize_predictions(y_true: np.ndarray, y_pred: np.ndarray) -> Evaluation:
    """Evaluation figures from true and predicted labels."""
    y_true = np.asarray(y_true, np.int64)
    y_pred = np.asarray(y_pred, np.int64)
    cm = confusion_matrix(y_true, y_pred)
    support = cm.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_class = np.where(support > 0, np.diag(cm) / np.maximum(support, 1), np.nan)
    n = len(y_true)
    accuracy = float((y_true == y_pred).mean()) if n else float("nan")
    return Evaluation(accuracy, cm, per_class, np.flatnonzero(y_true != y_pred), y_pred, n)


def evaluate(predictor, images: np.ndarray, labels: np.ndarray) -> Evaluation:
    """Evaluate a ``Predictor`` (or anything with ``probabilities(x)``) on images and labels."""
    probs = predictor.probabilities(to_model_input(images))
    return summarize_predictions(labels, probs.argmax(axis=1))
