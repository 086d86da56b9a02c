"""What Inspect › Two networks asks other threads to compute, as plain functions.

``occlusion`` has the ``run_on_model`` signature ``fn(network, predictor, *args)``: it runs in
the thread that owns a network (the model worker for the current model, the second network's
worker for the other one). ``evaluate_both`` runs in the view's own worker, on copies of both.
The arithmetic lives in ``model.lab.saliency``, ``model.explain.compare`` and
``model.evaluation``; these only choose what to ask and repackage it as plain data.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def occlusion(model: Any, predictor: Any, image: np.ndarray, seq: int) -> dict[str, Any]:
    """Which pixels mattered to the network's answer: occlusion (``model.lab.saliency``), which
    works on any network, so two networks are asked the same way."""
    from model.lab.saliency import saliency

    result = saliency(model, predictor, np.asarray(image, np.float32), "occlusion", None)
    return {"seq": int(seq), "map": result.map, "class_index": int(result.class_index)}


def evaluate_both(frozen_a: Any, frozen_b: Any, n: int, should_stop: Any) -> dict[str, Any]:
    """Both networks on the same ``n`` test digits (the first ``n``, as ``python main.py
    compare --n`` takes them): accuracies, agreement, both confusion matrices and the
    digits on which they disagree (indices into MNIST's test set)."""
    from model.data.mnist import load_mnist
    from model.evaluation import confusion_matrix
    from model.explain.compare import compare_on
    from model.network.sharing import thaw

    mnist = load_mnist()
    images, labels = mnist.x_test[:n], mnist.y_test[:n]
    net_a = thaw(frozen_a)
    should_stop()
    net_b = thaw(frozen_b)
    should_stop()
    result = compare_on({"a": net_a, "b": net_b}, images, labels)
    predictions = result.pop("predictions")
    result["confusion"] = {
        name: confusion_matrix(labels, predicted) for name, predicted in predictions.items()
    }
    result["predictions"] = predictions
    result["labels"] = np.asarray(labels)
    result["images"] = np.asarray(images)
    return result
