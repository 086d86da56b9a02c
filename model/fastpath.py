"""One digit through the network in NumPy: the hot path of drawing, without TensorFlow's overhead.

For a single 28x28 image the arithmetic of a small CNN is tiny (the default model: ~1.5 M
multiply-adds); what a ``tf.function`` call costs here (~1.2 ms) is mostly TensorFlow's own
per-call machinery. The same layers written as a handful of NumPy operations (convolution as
one matrix product over the image's sliding windows) take ~0.4 ms and give the same numbers to
float32 rounding.

``FastForward.for_model`` returns None for a model with anything it does not reproduce exactly
(a dilated or grouped convolution, an activation NumPy has no exact form of, ...), and checks
itself against Keras on random inputs when built, so a NumPy path that disagreed with Keras is
never used: the caller falls back to TensorFlow.

The weights are copied when the forward pass is built; ``reload_weights`` must be called after
the model's weights change (``Predictor.set_weights`` and ``Predictor.weights_changed`` do).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger("convscope.model")

# How far the NumPy and Keras outputs may differ on the self-check (float32 sums in a
# different order differ by ~1e-6 relative).
CHECK_TOLERANCE = 1e-4


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _elu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.expm1(np.minimum(x, 0)))


_ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0),
    "tanh": np.tanh,
    "sigmoid": _sigmoid,
    "elu": _elu,
    "silu": lambda x: x * _sigmoid(x),
    "swish": lambda x: x * _sigmoid(x),
    "softmax": _softmax,
}


def _activation(fn: Any) -> Callable[[np.ndarray], np.ndarray] | None:
    return _ACTIVATIONS.get(getattr(fn, "__name__", ""))


def _pads(size: int, k: int, stride: int, padding: str) -> tuple[int, int, int]:
    """Output size and (before, after) padding along one axis, as TensorFlow computes them."""
    if padding == "valid":
        return (size - k) // stride + 1, 0, 0
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + k - size, 0)
    return out, total // 2, total - total // 2


@dataclass
class _Step:
    name: str
    run: Callable[[np.ndarray], np.ndarray]


class FastForward:
    """The layers of a Keras ``Sequential`` as NumPy functions on one image (H, W, C)."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.steps: list[_Step] = []
        self.reload_weights()

    @classmethod
    def for_model(cls, model: Any, check: Callable[[np.ndarray], list[np.ndarray]] | None = None):
        """A ``FastForward`` for ``model``, or None when one of its layers is not reproduced.

        ``check(batch)`` must return Keras's per-layer outputs for a batch (N, 28, 28, 1); when
        given, the NumPy outputs are compared with it on a few random digits and the fast path
        is refused if any layer differs by more than ``CHECK_TOLERANCE``.
        """
        try:
            fast = cls(model)
        except _Unsupported as why:
            log.debug("NumPy forward pass not used for %s: %s", getattr(model, "name", ""), why)
            return None
        if check is not None and not fast.agrees_with(check):
            log.warning("NumPy forward pass disagrees with Keras; using TensorFlow instead")
            return None
        return fast

    def agrees_with(self, check: Callable[[np.ndarray], list[np.ndarray]]) -> bool:
        rng = np.random.default_rng(0)
        batch = rng.random((3, 28, 28, 1), dtype=np.float32)
        batch[0] = 0.0  # a blank image exercises biases and padding alone
        expected = check(batch)
        for i, image in enumerate(batch):
            got = self.forward(image)
            for (name, value), reference in zip(got.items(), expected):
                scale = max(1.0, float(np.max(np.abs(reference[i]))))
                if value.shape != reference[i].shape:
                    log.warning(
                        "NumPy %s has shape %s, Keras %s", name, value.shape, reference[i].shape
                    )
                    return False
                if float(np.max(np.abs(value - reference[i]))) > CHECK_TOLERANCE * scale:
                    return False
        return True

    def reload_weights(self) -> None:
        """Copy the model's current weights into the NumPy steps (after they changed)."""
        self.steps = [_Step(layer.name, _compile(layer)) for layer in self.model.layers]

    def forward(self, image: np.ndarray) -> dict[str, np.ndarray]:
        """Every layer's output for one image (28, 28, 1) float32, in layer order."""
        x = np.asarray(image, np.float32).reshape(28, 28, 1)
        outputs: dict[str, np.ndarray] = {}
        for step in self.steps:
            x = step.run(x)
            outputs[step.name] = x
        return outputs


class _Unsupported(Exception):
    pass


def _get(layer: Any, attr: str) -> np.ndarray:
    return np.array(getattr(layer, attr).numpy(), np.float32, copy=True)


def _compile(layer: Any) -> Callable[[np.ndarray], np.ndarray]:
    """A NumPy function computing ``layer`` on one image, with the layer's weights baked in."""
    kind = type(layer).__name__
    if getattr(layer, "data_format", "channels_last") != "channels_last":
        raise _Unsupported(f"{layer.name}: channels_first")
    if kind == "Conv2D":
        return _conv(layer)
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        return _pool(layer, kind == "MaxPooling2D")
    if kind == "Dense":
        act = _activation(layer.activation)
        if act is None:
            raise _Unsupported(f"{layer.name}: activation")
        kernel = _get(layer, "kernel")
        bias = _get(layer, "bias") if layer.use_bias else np.zeros(kernel.shape[1], np.float32)

        def dense(x: np.ndarray) -> np.ndarray:
            if x.ndim != 1:
                raise _Unsupported("Dense on a non-flat input")
            return act(x @ kernel + bias)

        return dense
    if kind == "BatchNormalization":
        axis = layer.axis if isinstance(layer.axis, int) else layer.axis[0]
        if axis not in (-1, 2, 3):
            raise _Unsupported(f"{layer.name}: axis {layer.axis}")
        mean, var = _get(layer, "moving_mean"), _get(layer, "moving_variance")
        gamma = _get(layer, "gamma") if layer.scale else np.ones_like(mean)
        beta = _get(layer, "beta") if layer.center else np.zeros_like(mean)
        # Keras computes (x - mean) * (gamma / sqrt(var + eps)) + beta in inference.
        factor = gamma / np.sqrt(var + np.float32(layer.epsilon))
        return lambda x: (x - mean) * factor + beta
    if kind == "Flatten":
        return lambda x: x.reshape(-1)
    if kind == "Dropout":
        return lambda x: x
    if kind == "Activation":
        act = _activation(layer.activation)
        if act is None:
            raise _Unsupported(f"{layer.name}: activation")
        return act
    if kind == "Rescaling":
        scale, offset = np.float32(layer.scale), np.float32(layer.offset)
        return lambda x: x * scale + offset
    if kind == "Reshape":
        shape = tuple(layer.target_shape)
        return lambda x: x.reshape(shape)
    raise _Unsupported(f"{layer.name}: {kind}")


def _conv(layer: Any) -> Callable[[np.ndarray], np.ndarray]:
    if tuple(layer.dilation_rate) != (1, 1) or getattr(layer, "groups", 1) != 1:
        raise _Unsupported(f"{layer.name}: dilated or grouped")
    act = _activation(layer.activation)
    if act is None:
        raise _Unsupported(f"{layer.name}: activation")
    kernel = _get(layer, "kernel")  # (kh, kw, cin, cout)
    kh, kw, cin, cout = kernel.shape
    bias = _get(layer, "bias") if layer.use_bias else np.zeros(cout, np.float32)
    weights = np.ascontiguousarray(kernel.reshape(kh * kw * cin, cout))
    (sh, sw), padding = tuple(layer.strides), layer.padding

    def conv(x: np.ndarray) -> np.ndarray:
        oh, top, bottom = _pads(x.shape[0], kh, sh, padding)
        ow, left, right = _pads(x.shape[1], kw, sw, padding)
        if top or bottom or left or right:
            x = np.pad(x, ((top, bottom), (left, right), (0, 0)))
        # im2col from kh*kw shifted slices, ordered (kh, kw, cin) like the kernel's rows:
        # several times faster than copying a sliding-window view.
        cols = np.concatenate(
            [
                x[i : i + (oh - 1) * sh + 1 : sh, j : j + (ow - 1) * sw + 1 : sw]
                for i in range(kh)
                for j in range(kw)
            ],
            axis=2,
        )
        return act(cols.reshape(oh * ow, kh * kw * cin) @ weights + bias).reshape(oh, ow, cout)

    return conv


def _pool(layer: Any, is_max: bool) -> Callable[[np.ndarray], np.ndarray]:
    (ph, pw), (sh, sw), padding = tuple(layer.pool_size), tuple(layer.strides), layer.padding

    def slices(x: np.ndarray, fill: float) -> list[np.ndarray]:
        oh, top, bottom = _pads(x.shape[0], ph, sh, padding)
        ow, left, right = _pads(x.shape[1], pw, sw, padding)
        if top or bottom or left or right:
            x = np.pad(x, ((top, bottom), (left, right), (0, 0)), constant_values=fill)
        # One strided view per position in the window: reducing them element-wise is much
        # faster than reducing a 5-D window array over two of its axes.
        return [
            x[i : i + (oh - 1) * sh + 1 : sh, j : j + (ow - 1) * sw + 1 : sw]
            for i in range(ph)
            for j in range(pw)
        ]

    def pool(x: np.ndarray) -> np.ndarray:
        if is_max:
            parts = slices(x, -np.inf)
            out = np.array(parts[0])
            for part in parts[1:]:
                np.maximum(out, part, out=out)
            return out
        total = sum(slices(x, 0.0))
        if padding == "valid":
            return total / np.float32(ph * pw)
        # TensorFlow's 'same' average divides by the number of real (unpadded) values.
        count = sum(slices(np.ones(x.shape[:2] + (1,), np.float32), 0.0))
        return total / count

    return pool
