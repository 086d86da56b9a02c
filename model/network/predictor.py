"""Prediction: one forward pass gives the probabilities *and* every layer's activation.

A ``Predictor`` runs a ``model.network.network.Network``: in NumPy for every network whose layers
NumPy
reproduces (one digit through the default network with every activation: ~0.2 ms), on
TensorFlow for the rest. ``model.predict`` costs ~50-90 ms a call here, and TensorFlow's import
alone ~5 s: the window, the inspector and the command line never need either. The Draw tab and
the inspector read the same ``Prediction``, so a canvas change costs exactly one forward pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.errors import ConvscopeError
from model.i18n import translate
from model.network.network import Network


@dataclass(frozen=True)
class Prediction:
    """One digit's result: probabilities (10,), winner, each layer's output (no batch axis) and
    the class scores before the softmax (``logits``, (10,); None when not computed)."""

    probabilities: np.ndarray
    activations: dict[str, np.ndarray]
    logits: np.ndarray | None = None

    @property
    def label(self) -> int:
        return int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float:
        return float(np.max(self.probabilities))

    def to_dict(self) -> dict:
        out = {
            "label": self.label,
            "confidence": round(self.confidence, 6),
            "probabilities": [round(float(p), 6) for p in self.probabilities],
        }
        if self.logits is not None:
            out["logits"] = [round(float(z), 4) for z in self.logits]
        return out


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def as_network(model: Any) -> Network:
    """``model`` if it is a ``Network``, else a NumPy copy of a Keras model."""
    if isinstance(model, Network):
        return model
    net = Network.from_keras(model)
    if net.numpy_reason:
        net.use_tensorflow()
    return net


class Predictor:
    """Built once per network; call ``predict`` as often as the canvas changes.

    Not thread-safe by design: one worker owns it (and its network). Training snapshots reach it
    as plain weight lists through ``set_weights``, called by that same worker.

    Parameters
    ----------
    model
        A ``Network``, used as it is (edits of its weights show at once), or a Keras model, of
        which the predictor keeps a NumPy copy (``weights_changed`` copies its weights again).
    """

    def __init__(self, model: Any) -> None:
        self._keras = None if isinstance(model, Network) else model
        self.model = as_network(model)
        self.layer_names = self.model.layer_names

    @property
    def uses_numpy(self) -> bool:
        """Whether this network computes in NumPy (else on TensorFlow)."""
        return self.model.engine == "numpy"

    def predict(self, image: np.ndarray) -> Prediction:
        """Classify one 28x28 image (floats 0..1) and return every layer's activation too."""
        x = np.asarray(image, np.float32).reshape(1, 28, 28, 1)
        outputs = self.model.activations(x)
        acts = {name: out[0] for name, out in zip(self.layer_names, outputs)}
        probs = acts[self.layer_names[-1]].astype(np.float64)
        if not self.model.ends_in_softmax:
            return Prediction(softmax(probs), acts, probs)
        before_last = outputs[-2] if len(outputs) > 1 else x
        return Prediction(probs, acts, self.model.logits_from(before_last)[0])

    def probabilities(self, images: np.ndarray, batch_size: int | None = None) -> np.ndarray:
        """Class probabilities (N, 10) float64 for many images."""
        x = np.asarray(images, np.float32).reshape(-1, 28, 28, 1)
        if len(x) == 0:
            return np.zeros((0, 10))
        return self.model.probabilities(x)

    def logits(self, images: np.ndarray) -> np.ndarray:
        """The class scores before the softmax (N, 10) float64 for many images."""
        x = np.asarray(images, np.float32).reshape(-1, 28, 28, 1)
        if len(x) == 0:
            return np.zeros((0, 10))
        return self.model.logits(x)

    def probabilities_and_logits(self, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``probabilities`` and ``logits`` (each N x 10) in one pass."""
        x = np.asarray(images, np.float32).reshape(-1, 28, 28, 1)
        if len(x) == 0:
            return np.zeros((0, 10)), np.zeros((0, 10))
        return self.model.probabilities_and_logits(x)

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Swap in another set of weights of the same architecture (a training snapshot)."""
        try:
            self.model.set_weights(weights)
        except ValueError as exc:
            raise ConvscopeError(
                translate("network.predictor", "snapshot does not fit this model: {exc}").format(
                    exc=exc
                )
            ) from None
        if self._keras is not None:
            self._keras.set_weights(weights)

    def weights_changed(self) -> None:
        """Call after changing the weights in place: the network's, or the Keras model's."""
        if self._keras is not None:
            self.model.set_weights([np.asarray(w) for w in self._keras.get_weights()])
        else:
            self.model.weights_changed()
