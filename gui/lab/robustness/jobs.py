"""What the Robustness lab's workers run: spoiling the digit, both networks' answers on it,
and the robustness curves.

Three threads do the work, none of it on the UI thread: the session's model worker answers for
the current model (``current_answers``, a tiny job per slider move); the page's *live* worker
owns the comparison model and spoils the digit for display (``live_answers``); the page's
*curve* worker measures curves on its own copies of both models (``measure_curves``). Each of
the page's workers keeps its models in a ``WorkerModels`` of its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from gui.common.workers import Worker

NOISE_SEED = 0  # one fixed pattern of speckles: moving the noise slider scales it, nothing jumps


def spoil(image: np.ndarray, params: dict[str, float]) -> np.ndarray:
    """``image`` moved, turned, resized, thickened and spoiled as the sliders say."""
    from model.data.transform import transform

    return transform(
        image,
        shift=(params["dx"], params["dy"]),
        rotation=params["rotation"],
        scale=params["scale"],
        thickness=params["thickness"],
        noise=params["noise"],
        seed=NOISE_SEED,
    )


def current_answers(_model, predictor, image: np.ndarray, params: dict, seq: int) -> dict:
    """In the session's model worker: the current model on the digit and on its spoiled copy."""
    spoiled = spoil(image, params)
    probs = predictor.probabilities(np.stack([image, spoiled]))
    return {"seq": seq, "original": probs[0], "spoiled": probs[1]}


class WorkerModels:
    """What one of the page's workers keeps between jobs; touched only in that worker's thread.

    Each worker has its own, since a ``Predictor`` belongs to the thread that uses it.
    """

    def __init__(self) -> None:
        self.comparison: tuple[str, Any] | None = None  # (path, Predictor)
        self.current: tuple[dict, Any] | None = None  # (Keras config, Predictor)
        self.mnist = None

    def load_comparison(self, path: str) -> dict:
        from model.network.predictor import Predictor
        from model.storage import load_model

        if self.comparison is None or self.comparison[0] != path:
            loaded = load_model(path)
            self.comparison = (path, Predictor(loaded.model))
        return {"path": path, "name": Path(path).stem}

    def comparison_predictor(self, path: str) -> Any:
        self.load_comparison(path)
        return self.comparison[1]

    def current_predictor(self, frozen: Any) -> Any:
        from model.network.predictor import Predictor
        from model.network.sharing import thaw

        # Weights change without a new model (training snapshots, fine-tuning), so every
        # curve brings fresh weights; only a new architecture needs a new copy and a new trace.
        if self.current is not None and self.current[0] == frozen.config:
            self.current[1].set_weights(frozen.weights)
        else:
            self.current = None  # let the old copy go before building the new one
            self.current = (frozen.config, Predictor(thaw(frozen)))
        return self.current[1]


def live_answers(
    models: WorkerModels, image: np.ndarray, params: dict, path: str, seq: int
) -> dict[str, Any]:
    """In the live worker: the spoiled digit, and the comparison model's answers if it is
    loaded (loading is a job of its own, so a bad file never hides the picture)."""
    spoiled = spoil(image, params)
    result = {"seq": seq, "image": spoiled, "params": params, "probabilities": None}
    if models.comparison is not None and models.comparison[0] == path:
        result["probabilities"] = models.comparison[1].probabilities(np.stack([image, spoiled]))
    return result


def measure_curves(
    worker: Worker,
    models: WorkerModels,
    cancel: threading.Event,
    progress: Callable[[int, int], None],
    frozen: Any,
    path: str,
    n: int,
) -> dict[str, Any]:
    """In the curve worker: both models' accuracy against shift and rotation on ``n`` test
    digits (``model.lab.robustness.robustness_curve``), the current model thawed from
    ``frozen``, the comparison loaded from ``path``; ``{"cancelled": True}`` once ``cancel``
    is set."""
    from model.data.mnist import load_mnist
    from model.lab.robustness import StopRequested, robustness_curve

    def should_stop() -> bool:
        worker.check_stopping()  # the app is closing: end quietly
        return cancel.is_set()

    if models.mnist is None:
        models.mnist = load_mnist()
    should_stop()
    current = models.current_predictor(frozen)
    worker.check_stopping()
    comparison = models.comparison_predictor(path)
    data = models.mnist
    try:
        result = robustness_curve(
            {"current": current, "comparison": comparison},
            data.x_test,
            data.y_test,
            n=n,
            seed=0,
            progress=progress,
            should_stop=should_stop,
        )
    except StopRequested:
        return {"cancelled": True}
    result["comparison_path"] = path
    return result
