"""Fast prediction: one forward pass gives the probabilities *and* every layer's activation.

``model.predict`` costs ~50 ms a call on this kind of CPU because it builds a dataset and a
progress loop each time. The ``Predictor`` instead runs the model's layers in turn inside a
``tf.function`` with a fixed input signature, traced once, returning every layer's output; that
costs about a millisecond for one digit. The Draw tab and the inspector read the same
``Prediction``, so a canvas change costs exactly one forward pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from model.backend import graph_lock
from model.backend import tensorflow as _tf
from model.errors import ConvscopeError
from model.fastpath import FastForward

# Up to this many digits, one NumPy pass each beats one TensorFlow call for all of them.
FAST_BATCH_LIMIT = 2


@dataclass(frozen=True)
class Prediction:
    """One digit's result: probabilities (10,), winner, and each layer's output (no batch axis)."""

    probabilities: np.ndarray
    activations: dict[str, np.ndarray]

    @property
    def label(self) -> int:
        return int(np.argmax(self.probabilities))

    @property
    def confidence(self) -> float:
        return float(np.max(self.probabilities))

    def to_dict(self) -> dict:
        return {
            "label": self.label,
            "confidence": round(self.confidence, 6),
            "probabilities": [round(float(p), 6) for p in self.probabilities],
        }


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


class Predictor:
    """Built once per model; call ``predict`` as often as the canvas changes.

    Not thread-safe by design: one inference worker owns it. Training snapshots reach it as
    plain weight lists through ``set_weights``, called by that same worker.
    """

    def __init__(self, model, fast: bool = True) -> None:
        tf = _tf()
        with graph_lock:
            self._build(model, tf)
        # One digit at a time goes through NumPy when it reproduces this model exactly (checked
        # against the traced function here); batches and anything else go through TensorFlow.
        self._fast = None
        if fast:
            self._fast = FastForward.for_model(
                model, check=lambda batch: [out.numpy() for out in self._all_layers(batch)]
            )

    @property
    def uses_numpy(self) -> bool:
        """Whether single digits take the NumPy path (see ``model.fastpath``)."""
        return self._fast is not None

    def _build(self, model, tf) -> None:
        self.model = model
        self.layer_names = [layer.name for layer in model.layers]
        last = model.layers[-1]
        activation = getattr(getattr(last, "activation", None), "__name__", "")
        self._needs_softmax = activation != "softmax"
        self._shapes = [tuple(layer.output.shape[1:]) for layer in model.layers]
        spec = [tf.TensorSpec([None, 28, 28, 1], tf.float32)]

        def all_layers(x):
            # Calling the layers in turn traces to a graph about three times faster than a
            # multi-output keras.Model over the same layers (measured: bench_inference.py).
            outputs = []
            for layer in model.layers:
                x = layer(x, training=False)
                outputs.append(x)
            return outputs

        # Fixed signature: every batch size shares one trace, so nothing retraces on the hot path.
        self._all_layers = tf.function(all_layers, input_signature=spec)
        self._output = tf.function(lambda x: model(x, training=False), input_signature=spec)
        self.warm_up()

    def warm_up(self) -> None:
        """Trace both functions now, so the first real drawing does not pay for it."""
        zero = np.zeros((1, 28, 28, 1), np.float32)
        self._all_layers(zero)
        self._output(zero)

    def predict(self, image: np.ndarray) -> Prediction:
        """Classify one 28x28 image (floats 0..1) and return every layer's activation too."""
        if self._fast is not None:
            acts = self._fast.forward(image)
        else:
            x = np.asarray(image, np.float32).reshape(1, 28, 28, 1)
            outputs = self._all_layers(x)
            acts = {name: out.numpy()[0] for name, out in zip(self.layer_names, outputs)}
        probs = acts[self.layer_names[-1]].astype(np.float64)
        if self._needs_softmax:
            probs = softmax(probs)
        return Prediction(probs, acts)

    def probabilities(self, images: np.ndarray, batch_size: int = 1000) -> np.ndarray:
        """Class probabilities (N, 10) for many images, in chunks of ``batch_size``."""
        x = np.asarray(images, np.float32).reshape(-1, 28, 28, 1)
        if len(x) == 0:
            return np.zeros((0, 10))
        if self._fast is not None and len(x) <= FAST_BATCH_LIMIT:
            last = self.layer_names[-1]
            probs = np.stack([self._fast.forward(i)[last] for i in x]).astype(np.float64)
            return softmax(probs) if self._needs_softmax else probs
        chunks = [self._output(x[i : i + batch_size]).numpy() for i in range(0, len(x), batch_size)]
        probs = np.concatenate(chunks).astype(np.float64)
        return softmax(probs) if self._needs_softmax else probs

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Swap in another set of weights of the same architecture (a training snapshot)."""
        try:
            self.model.set_weights(weights)
        except ValueError as exc:
            raise ConvscopeError(f"snapshot does not fit this model: {exc}") from None
        self.weights_changed()

    def weights_changed(self) -> None:
        """Call after changing the model's weights in place (``set_weights`` does it)."""
        if self._fast is not None:
            self._fast.reload_weights()
