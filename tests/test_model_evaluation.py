"""Evaluation figures from labels, and on a trained model."""

from __future__ import annotations

import numpy as np

from model.evaluation import evaluate, summarize_predictions


def test_confusion_and_per_class():
    y = np.array([0, 0, 1, 1, 1, 2])
    p = np.array([0, 1, 1, 1, 2, 2])
    ev = summarize_predictions(y, p)
    assert ev.accuracy == 4 / 6
    assert ev.confusion[0].tolist()[:3] == [1, 1, 0]
    assert ev.confusion[1].tolist()[:3] == [0, 2, 1]
    assert ev.confusion.sum() == 6
    np.testing.assert_allclose(ev.per_class_accuracy[:3], [0.5, 2 / 3, 1.0])
    assert np.isnan(ev.per_class_accuracy[5])  # no digit of that class: undefined, not 0
    assert ev.misclassified.tolist() == [1, 4]
    d = ev.to_dict()
    assert d["n"] == 6 and len(d["confusion_matrix"]) == 10


def test_evaluate_trained_model(trained, mnist):
    _, predictor = trained
    ev = evaluate(predictor, mnist.x_test[:1000], mnist.y_test[:1000])
    assert ev.n == 1000 and ev.accuracy > 0.95
    assert ev.confusion.trace() == round(ev.accuracy * 1000)
    assert all(mnist.y_test[i] != ev.predictions[i] for i in ev.misclassified)
