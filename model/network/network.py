"""A Convscope network as NumPy: what the window, the inspector and the command line run.

A ``Network`` is a ``keras.Sequential``'s config and weights, with nothing of TensorFlow: it is
read straight from a ``.keras`` file (``model.storage.load_model``, weights through
``model.network.weightfile``), built from a training snapshot (config and weight lists that the
training process sends), or copied from a Keras model in a process that has one
(``Network.from_keras``). For one digit the whole default network is ~1.5 M multiply-adds, a few
tenths of a millisecond of NumPy; TensorFlow's import alone costs ~5 s and ~600 MB.

It gives every layer's output for one digit or a batch, the gradients saliency needs, and its
weights as NumPy arrays that may be edited in place (``weights_changed`` afterwards).
A layer option NumPy does not reproduce exactly (``Layer.numpy_reason``) makes the network
compute on TensorFlow instead (``use_tensorflow``, ``model.network.fallback``); ``engine`` says
which.

Not thread-safe: one thread owns a network; others get a ``copy``.
"""

from __future__ import annotations

import copy as _copy
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.errors import ModelFileError
from model.i18n import translate
from model.network.layers.base import Layer, Shape, Unsupported
from model.network.layers.dense import Dense
from model.network.layers.registry import LAYER_CLASSES

INPUT_SHAPE = (28, 28, 1)
NUM_CLASSES = 10
# Digits per NumPy step of a batch. A step's arrays are the process's largest allocations, and
# what the allocator keeps of them after a batch job stays resident: 64 digits keep the app
# ~60 MB smaller after the Lab's batch jobs than 256 (bench/bench_memory.py) at the same speed.
CHUNK = 64


@dataclass(frozen=True)
class Gradient:
    """What ``Network.gradient`` computed for a batch.

    Attributes
    ----------
    features : (N, ...) the output of the layer the gradient is taken at (the input if none).
    grads : (N, ...) d score / d features, where score is the chosen class's logit.
    logits : (N, 10) the scores of every class (pre-softmax when the network ends in softmax).
    chosen : the class explained (the predicted class of the first image when asked for -1).
    """

    features: np.ndarray
    grads: np.ndarray
    logits: np.ndarray
    chosen: int


def _input_shape(config: dict[str, Any], layers: list[dict[str, Any]]) -> Shape:
    shape = None
    if layers and layers[0].get("class_name") == "InputLayer":
        inner = layers[0].get("config") or {}
        shape = inner.get("batch_shape") or inner.get("batch_input_shape")
    if shape is None:
        shape = config.get("build_input_shape")
    if shape is None and len(layers) > 0:
        inner = layers[0].get("config") or {}
        shape = inner.get("batch_shape") or inner.get("batch_input_shape")
    if shape is None:
        raise ModelFileError(
            translate("network.network", "the model does not say what input it takes")
        )
    try:
        return tuple(int(d) for d in list(shape)[1:])
    except (TypeError, ValueError):
        raise ModelFileError(
            translate("network.network", "the model's input shape {shape} is not a shape").format(
                shape=repr(shape)
            )
        ) from None


class Network:
    """The layers of a Sequential network, their weights, and the arithmetic to run them.

    Parameters
    ----------
    config
        Keras's serialised model (what ``config.json`` holds), already checked by
        ``model.filecheck.check_config``.
    """

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = _copy.deepcopy(config)
        inner = config.get("config") or {}
        self.name = str(inner.get("name") or "model")
        entries = [e for e in inner.get("layers") or [] if isinstance(e, dict)]
        self.input_shape = _input_shape(inner, entries)
        self.layers: list[Layer] = []
        shape = self.input_shape
        for entry in entries:
            kind = entry.get("class_name")
            if kind == "InputLayer":
                continue
            cls = LAYER_CLASSES.get(str(kind))
            if cls is None:
                raise Unsupported(
                    translate("network.network", "Convscope cannot read a {kind} layer").format(
                        kind=kind
                    )
                )
            layer = cls(entry.get("config") or {})
            shape = layer.build(shape)
            self.layers.append(layer)
        if not self.layers:
            raise ModelFileError(translate("network.network", "the model has no layers"))
        names = [layer.name for layer in self.layers]
        if len(set(names)) != len(names):
            raise ModelFileError(
                translate("network.network", "two of the model's layers have the same name")
            )
        self.output_shape = shape
        self.version = 0  # bumped by weights_changed: who caches derived values compares it
        self._engine: Any = None
        self.numpy_reason = next((la.numpy_reason for la in self.layers if la.numpy_reason), None)

    # ----------------------------------------------------------------- construction

    @classmethod
    def from_config(cls, config: dict[str, Any], weights: list[np.ndarray] | None = None):
        """A network of this architecture, with ``weights`` (Keras's order) or zeros."""
        net = cls(config)
        if weights is not None:
            net.set_weights(weights)
        return net

    @classmethod
    def from_keras(cls, model: Any) -> Network:
        """A NumPy copy of a Keras ``Sequential`` (its config and current weights)."""
        from model.network.sharing import freeze

        frozen = freeze(model)
        return cls.from_config(frozen.config, frozen.weights)

    def copy(self) -> Network:
        """An independent network with the same architecture and a copy of the weights."""
        twin = Network.from_config(self.config, self.get_weights())
        if self._engine is not None:
            twin.use_tensorflow()
        return twin

    # ----------------------------------------------------------------- description

    @property
    def engine(self) -> str:
        """ "numpy", or "tensorflow" for a network NumPy does not reproduce."""
        return "numpy" if self._engine is None else "tensorflow"

    @property
    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def index(self, name: str) -> int:
        for i, layer in enumerate(self.layers):
            if layer.name == name:
                return i
        raise KeyError(name)

    def get_layer(self, name: str) -> Layer:
        return self.layers[self.index(name)]

    def count_params(self) -> int:
        return sum(layer.count_params() for layer in self.layers)

    def weight_shapes(self) -> list[Shape]:
        return [shape for layer in self.layers for shape in layer.weight_shapes()]

    def get_weights(self) -> list[np.ndarray]:
        """Copies of every weight, in Keras's order (``model.get_weights()``)."""
        return [w for layer in self.layers for w in layer.get_weights()]

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Replace every weight (Keras's order); shapes must match exactly."""
        weights = list(weights)
        expected = sum(len(layer.weight_names) for layer in self.layers)
        if len(weights) != expected:
            raise ValueError(f"the network has {expected} weights, not {len(weights)}")
        at = 0
        for layer in self.layers:
            n = len(layer.weight_names)
            layer.set_weights(weights[at : at + n])
            at += n
        self.weights_changed()

    def weights_changed(self) -> None:
        """Call after editing a layer's weight arrays in place (``set_weights`` does it)."""
        self.version += 1

    @property
    def ends_in_softmax(self) -> bool:
        return getattr(getattr(self.layers[-1], "activation", None), "name", "") == "softmax"

    # ----------------------------------------------------------------- computing

    def use_tensorflow(self) -> None:
        """Compute on TensorFlow from now on (imports it): for layers NumPy does not reproduce."""
        from model.network.fallback import TensorFlowEngine

        self._engine = TensorFlowEngine(self)

    def _batch(self, images: np.ndarray) -> np.ndarray:
        x = np.asarray(images, np.float32)
        return x.reshape((-1,) + self.input_shape)

    def activations(self, images: np.ndarray, upto: int | None = None) -> list[np.ndarray]:
        """Every layer's output (N, ...) for a batch, up to layer index ``upto`` (inclusive)."""
        x = self._batch(images)
        last = len(self.layers) - 1 if upto is None else int(upto)
        if self._engine is not None:
            return self._engine.activations(x)[: last + 1]
        if len(x) > CHUNK:
            parts = [self.activations(x[i : i + CHUNK], last) for i in range(0, len(x), CHUNK)]
            return [np.concatenate(layer) for layer in zip(*parts)]
        outputs = []
        for layer in self.layers[: last + 1]:
            x = layer.forward(x)
            outputs.append(x)
        return outputs

    def forward(self, images: np.ndarray, upto: int | None = None) -> np.ndarray:
        """The output (N, ...) of layer ``upto`` (default: the last) for a batch, in steps."""
        x = self._batch(images)
        last = len(self.layers) - 1 if upto is None else int(upto)
        if self._engine is not None:
            return self._engine.activations(x)[last]
        if len(x) > CHUNK:
            return np.concatenate(
                [self.forward(x[i : i + CHUNK], last) for i in range(0, len(x), CHUNK)]
            )
        for layer in self.layers[: last + 1]:
            x = layer.forward(x)
        return x

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """Class probabilities (N, 10) float64: the output, softmaxed if it is not already."""
        out = self.forward(images).reshape(-1, NUM_CLASSES).astype(np.float64)
        if self.ends_in_softmax:
            return out
        out = np.exp(out - out.max(axis=1, keepdims=True))
        return out / out.sum(axis=1, keepdims=True)

    def logits(self, images: np.ndarray) -> np.ndarray:
        """The class scores (N, 10) float64 before the final softmax (the output itself when
        the network does not end in one). Their largest, unlike the top probability, still says
        how much evidence the network found for any class: a softmax of weak scores can look
        as sure as one of strong scores (``model.uncertainty`` uses it)."""
        if not self.ends_in_softmax:
            return self.forward(images).reshape(-1, NUM_CLASSES).astype(np.float64)
        if len(self.layers) == 1:
            return self.logits_from(self._batch(images))
        return self.logits_from(self.forward(images, upto=len(self.layers) - 2))

    def probabilities_and_logits(self, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``probabilities`` and ``logits`` of a batch in one pass through the network."""
        if self._engine is not None or not self.ends_in_softmax or len(self.layers) == 1:
            return self.probabilities(images), self.logits(images)
        h = self.forward(images, upto=len(self.layers) - 2)
        out = self.layers[-1].forward(h.copy()).reshape(-1, NUM_CLASSES).astype(np.float64)
        return out, self.logits_from(h)

    def logits_from(self, before_last: np.ndarray) -> np.ndarray:
        """The class scores (N, 10) from the output (N, ...) of the layer before the last, as
        ``activations`` gives it, so a prediction that has every layer's output gets its
        scores for the cost of one small product."""
        h = np.asarray(before_last, np.float32)
        last = self.layers[-1]
        if self.ends_in_softmax and isinstance(last, Dense):
            h = last.linear(h)
        return h.reshape(len(h), -1).astype(np.float64)

    def gradient(self, images: np.ndarray, class_index: int = -1, at: int | None = None):
        """The gradient of one class's score for each image of a batch (see ``Gradient``).

        The score is the class's logit, the input of the final softmax when the network ends in
        one (the softmax couples every class, so its gradient for one class also carries "less
        of the others"), else the output itself. ``class_index`` -1 explains the predicted
        class of the first image. ``at`` is the layer index whose output the gradient is taken
        at (Grad-CAM); None takes it at the input. Images are independent (inference mode),
        so the gradient of the batch's summed score is each image's own gradient.
        """
        x = self._batch(images)
        if self._engine is not None:
            return self._engine.gradient(x, class_index, at)
        last = self.layers[-1]
        softmax_dense = self.ends_in_softmax and isinstance(last, Dense)
        softmax_layer = self.ends_in_softmax and not softmax_dense
        body = self.layers[:-1] if softmax_layer else self.layers
        caches, outputs, h = [], [], x
        for layer in body:
            h, cache = layer.forward_cached(h)
            caches.append(cache)
            outputs.append(h)
        logits = caches[-1] if softmax_dense else h
        logits = logits.reshape(len(x), -1)
        chosen = int(np.argmax(logits[0])) if class_index < 0 else int(class_index)
        d = np.zeros_like(logits, dtype=np.float32)
        d[:, chosen] = 1.0
        start = len(body) - 1
        if softmax_dense:
            d = last.linear_backward(d)
            start -= 1
        stop = -1 if at is None else int(at)
        for i in range(start, stop, -1):
            d = body[i].backward(caches[i], d)
        features = x if at is None else outputs[int(at)]
        return Gradient(features, d.astype(np.float32, copy=False), logits, chosen)


def network_summary(net: Network) -> list[dict[str, Any]]:
    """Each layer as plain data: name, type, output shape, parameter count."""
    return [
        {
            "name": layer.name,
            "type": layer.kind,
            "output_shape": list(layer.output_shape),
            "params": layer.count_params(),
        }
        for layer in net.layers
    ]
