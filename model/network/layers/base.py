"""What every NumPy layer shares: its Keras config, shapes, weights by name, and the
window arithmetic (TensorFlow's padding, the strided views under a window) that convolution
and pooling use."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from model.errors import ModelFileError
from model.i18n import translate
from model.network import activations as _activations

Shape = tuple[int, ...]


class Unsupported(ModelFileError):
    """A layer config Convscope cannot even describe (its shapes are unknown)."""


def pair(value: Any, what: str) -> tuple[int, int]:
    """Keras's int-or-pair arguments (kernel_size, strides, ...) as a pair of positive ints."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = (value, value)
    try:
        a, b = (int(v) for v in value)
    except (TypeError, ValueError):
        raise Unsupported(
            translate("network.layers.base", "{part} {given} is not a size").format(
                what=what, value=repr(value)
            )
        ) from None
    if a < 1 or b < 1:
        raise Unsupported(
            translate("network.layers.base", "{part} {given} is not a size").format(
                what=what, value=repr(value)
            )
        )
    return a, b


def output_size(size: int, k: int, stride: int, padding: str) -> tuple[int, int, int]:
    """Output size and (before, after) padding along one axis, as TensorFlow computes them."""
    if padding == "valid":
        return (size - k) // stride + 1, 0, 0
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + k - size, 0)
    return out, total // 2, total - total // 2


def taps(x: np.ndarray, kh: int, kw: int, sh: int, sw: int, oh: int, ow: int):
    """The strided views of ``x`` (N, H, W, C) under each tap of a kh x kw window, row-major."""
    return [
        x[:, i : i + (oh - 1) * sh + 1 : sh, j : j + (ow - 1) * sw + 1 : sw]
        for i in range(kh)
        for j in range(kw)
    ]


class Layer:
    """One layer: its Keras ``config``, shapes once ``build`` ran, weights by name."""

    kind = "Layer"
    weight_names: tuple[str, ...] = ()

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = dict(config)
        self.name = str(config.get("name") or self.kind.lower())
        self.input_shape: Shape = ()
        self.output_shape: Shape = ()
        self.weights: dict[str, np.ndarray] = {}
        self.numpy_reason: str | None = None
        policy = config.get("dtype")
        if isinstance(policy, dict):
            policy = (policy.get("config") or {}).get("name")
        if policy not in (None, "float32"):
            self.numpy_reason = translate(
                "network.layers.base", "layer {name} computes in {policy}"
            ).format(name=self.name, policy=policy)

    # ----------------------------------------------------------------- description

    def build(self, input_shape: Shape) -> Shape:
        """Set the input and output shapes (no batch axis) and zero weights of the right shape."""
        self.input_shape = tuple(int(d) for d in input_shape)
        self.output_shape = self._output_shape(self.input_shape)
        if any(d < 1 for d in self.output_shape):
            raise Unsupported(
                translate(
                    "network.layers.base",
                    "layer {name} would output the empty shape {output_shape}",
                ).format(name=self.name, output_shape=self.output_shape)
            )
        self.weights = {
            name: np.zeros(shape, np.float32)
            for name, shape in zip(self.weight_names, self.weight_shapes())
        }
        return self.output_shape

    def _output_shape(self, shape: Shape) -> Shape:
        return shape

    def weight_shapes(self) -> list[Shape]:
        """The shape of each weight, in Keras's order (the order of ``get_weights``)."""
        return []

    def get_weights(self) -> list[np.ndarray]:
        return [self.weights[name].copy() for name in self.weight_names]

    def set_weights(self, values: list[np.ndarray]) -> None:
        values = list(values)
        if len(values) != len(self.weight_names):
            raise ValueError(
                f"layer {self.name} has {len(self.weight_names)} weights, not {len(values)}"
            )
        new = {}
        for name, shape, value in zip(self.weight_names, self.weight_shapes(), values):
            arr = np.array(value, np.float32, copy=True)
            if arr.shape != tuple(shape):
                raise ValueError(f"{self.name}.{name} has shape {tuple(shape)}, not {arr.shape}")
            new[name] = arr
        self.weights = new

    def count_params(self) -> int:
        return int(sum(np.prod(s, dtype=np.int64) for s in self.weight_shapes()))

    def __getattr__(self, item: str) -> Any:
        # layer.kernel, layer.bias, layer.gamma, ... read the weights of that name.
        weights = self.__dict__.get("weights", {})
        if item in weights:
            return weights[item]
        raise AttributeError(f"{type(self).__name__} has no attribute {item!r}")

    # ----------------------------------------------------------------- computing

    def forward(self, x: np.ndarray) -> np.ndarray:
        """The layer's output for a batch ``x`` (N, *input_shape), in inference mode."""
        return self.forward_cached(x)[0]

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        """The output and what ``backward`` needs."""
        return x, None

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        """The gradient with respect to the input, given the gradient ``dy`` of the output."""
        return dy


class WithActivation(Layer):
    """A layer that ends in an activation function, read from its config (``activation``)."""

    def _read_activation(self) -> None:
        raw = self.config.get("activation", "linear")
        self.activation = _activations.get(raw)
        if self.activation is None:
            self.activation = _activations.Activation(str(raw), _missing, _missing_grad)
            self.numpy_reason = self.numpy_reason or translate(
                "network.layers.base", "layer {name}: activation {raw}"
            ).format(name=self.name, raw=repr(raw))

    @property
    def linear_only(self) -> bool:
        return self.activation.name == "linear"


def _missing(z: np.ndarray) -> np.ndarray:
    raise RuntimeError("this activation runs on TensorFlow only")


def _missing_grad(z: np.ndarray, dy: np.ndarray) -> np.ndarray:
    raise RuntimeError("this activation runs on TensorFlow only")


def activate_in_place(activation: _activations.Activation, z: np.ndarray) -> np.ndarray:
    """``activation(z)``, writing into ``z`` where that saves a copy (nobody else holds it)."""
    if activation.name == "linear":
        return z
    if activation.name == "relu":
        return np.maximum(z, 0, out=z)
    return activation(z)


def check_channels_last(layer: Layer) -> None:
    if layer.config.get("data_format") not in (None, "channels_last"):
        raise Unsupported(
            translate(
                "network.layers.base",
                "layer {name} is channels-first; Convscope needs channels-last",
            ).format(name=layer.name)
        )
