"""The layers of a Convscope network as NumPy: shapes, weights, forward and backward passes.

Each class reads the config Keras wrote for the layer of the same name (``Conv2D``,
``MaxPooling2D``, ...), knows the shapes of the weights that config implies (which the weight
file must match before a byte of it is read, ``model.network.weightfile``), and computes the layer
on a
batch channels-last, in inference mode, to float32 rounding of what Keras computes.
``backward`` gives the gradient of a score with respect to the layer's input, for saliency.

Options NumPy does not reproduce (a dilated convolution, an activation missing from
``model.network.activations``, a float16 layer, ...) leave the layer *described* (shapes and
weights are
still right) but mark it with ``numpy_reason``; such a network computes on TensorFlow instead.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from model.errors import ModelFileError
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
        raise Unsupported(f"{what} {value!r} is not a size") from None
    if a < 1 or b < 1:
        raise Unsupported(f"{what} {value!r} is not a size")
    return a, b


def output_size(size: int, k: int, stride: int, padding: str) -> tuple[int, int, int]:
    """Output size and (before, after) padding along one axis, as TensorFlow computes them."""
    if padding == "valid":
        return (size - k) // stride + 1, 0, 0
    out = math.ceil(size / stride)
    total = max((out - 1) * stride + k - size, 0)
    return out, total // 2, total - total // 2


def _taps(x: np.ndarray, kh: int, kw: int, sh: int, sw: int, oh: int, ow: int):
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
            self.numpy_reason = f"layer {self.name} computes in {policy}"

    # ----------------------------------------------------------------- description

    def build(self, input_shape: Shape) -> Shape:
        """Set the input and output shapes (no batch axis) and zero weights of the right shape."""
        self.input_shape = tuple(int(d) for d in input_shape)
        self.output_shape = self._output_shape(self.input_shape)
        if any(d < 1 for d in self.output_shape):
            raise Unsupported(f"layer {self.name} would output the empty shape {self.output_shape}")
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


class _WithActivation(Layer):
    def _read_activation(self) -> None:
        raw = self.config.get("activation", "linear")
        self.activation = _activations.get(raw)
        if self.activation is None:
            self.activation = _activations.Activation(str(raw), _missing, _missing_grad)
            self.numpy_reason = self.numpy_reason or f"layer {self.name}: activation {raw!r}"

    @property
    def linear_only(self) -> bool:
        return self.activation.name == "linear"


def _missing(z: np.ndarray) -> np.ndarray:
    raise RuntimeError("this activation runs on TensorFlow only")


def _missing_grad(z: np.ndarray, dy: np.ndarray) -> np.ndarray:
    raise RuntimeError("this activation runs on TensorFlow only")


def _activate_in_place(activation: _activations.Activation, z: np.ndarray) -> np.ndarray:
    """``activation(z)``, writing into ``z`` where that saves a copy (nobody else holds it)."""
    if activation.name == "linear":
        return z
    if activation.name == "relu":
        return np.maximum(z, 0, out=z)
    return activation(z)


def _check_channels_last(layer: Layer) -> None:
    if layer.config.get("data_format") not in (None, "channels_last"):
        raise Unsupported(f"layer {layer.name} is channels-first; Convscope needs channels-last")


class Conv2D(_WithActivation):
    kind = "Conv2D"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        _check_channels_last(self)
        self.filters = int(config.get("filters") or 0)
        if self.filters < 1:
            raise Unsupported(f"layer {self.name} has no filters")
        self.kernel_size = pair(config.get("kernel_size", 3), "kernel_size")
        self.strides = pair(config.get("strides", 1), "strides")
        self.padding = str(config.get("padding", "valid")).lower()
        if self.padding not in ("valid", "same"):
            raise Unsupported(f"layer {self.name} has padding {self.padding!r}")
        self.dilation_rate = pair(config.get("dilation_rate", 1), "dilation_rate")
        self.groups = int(config.get("groups", 1) or 1)
        self.use_bias = bool(config.get("use_bias", True))
        self.weight_names = ("kernel", "bias") if self.use_bias else ("kernel",)
        self._read_activation()
        if self.dilation_rate != (1, 1) or self.groups != 1:
            self.numpy_reason = self.numpy_reason or f"layer {self.name} is dilated or grouped"

    def _output_shape(self, shape: Shape) -> Shape:
        if len(shape) != 3:
            raise Unsupported(f"layer {self.name} needs a 2-D map with channels, not {shape}")
        if shape[2] % self.groups:
            raise Unsupported(f"layer {self.name}: {shape[2]} channels in {self.groups} groups")
        (kh, kw), (sh, sw), (dh, dw) = self.kernel_size, self.strides, self.dilation_rate
        oh = output_size(shape[0], (kh - 1) * dh + 1, sh, self.padding)[0]
        ow = output_size(shape[1], (kw - 1) * dw + 1, sw, self.padding)[0]
        return (oh, ow, self.filters)

    def weight_shapes(self) -> list[Shape]:
        kh, kw = self.kernel_size
        shapes = [(kh, kw, self.input_shape[2] // self.groups, self.filters)]
        return shapes + [(self.filters,)] if self.use_bias else shapes

    def _columns(self, x: np.ndarray) -> tuple[np.ndarray, tuple]:
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        oh, top, bottom = output_size(x.shape[1], kh, sh, self.padding)
        ow, left, right = output_size(x.shape[2], kw, sw, self.padding)
        if top or bottom or left or right:
            x = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
        # im2col from kh*kw shifted views, ordered (kh, kw, cin) like the kernel's rows: several
        # times faster than copying a sliding-window view.
        cols = np.concatenate(_taps(x, kh, kw, sh, sw, oh, ow), axis=3)
        return cols, (x.shape, oh, ow, top, left)

    def _linear(self, x: np.ndarray) -> tuple[np.ndarray, tuple]:
        kernel = self.weights["kernel"].reshape(-1, self.filters)
        if x.shape[3] == 1 and len(x) > 1:
            # One input channel (the first layer): the window's taps stacked on a new first
            # axis are plain copies, and the product takes them transposed; three times faster
            # for a batch than gathering them on the last axis, with the same sums.
            (kh, kw), (sh, sw) = self.kernel_size, self.strides
            oh, top, bottom = output_size(x.shape[1], kh, sh, self.padding)
            ow, left, right = output_size(x.shape[2], kw, sw, self.padding)
            plane = x[..., 0]
            if top or bottom or left or right:
                plane = np.pad(plane, ((0, 0), (top, bottom), (left, right)))
            taps = [
                plane[:, i : i + (oh - 1) * sh + 1 : sh, j : j + (ow - 1) * sw + 1 : sw]
                for i in range(kh)
                for j in range(kw)
            ]
            cols = np.stack(taps).reshape(kh * kw, -1)
            z = cols.T @ kernel
            geometry = ((len(x), plane.shape[1], plane.shape[2], 1), oh, ow, top, left)
        else:
            cols, geometry = self._columns(x)
            z = cols.reshape(len(x) * geometry[1] * geometry[2], -1) @ kernel
        if self.use_bias:
            z += self.weights["bias"]
        return z.reshape(len(x), geometry[1], geometry[2], self.filters), geometry

    def forward(self, x: np.ndarray) -> np.ndarray:
        z = self._linear(x)[0]
        return _activate_in_place(self.activation, z)

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        z, geometry = self._linear(x)
        return self.activation(z), (z, geometry)

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        z, (padded_shape, oh, ow, top, left) = cache
        dz = self.activation.grad(z, dy).astype(np.float32, copy=False)
        (kh, kw), (sh, sw) = self.kernel_size, self.strides
        cin = self.input_shape[2]
        kernel = self.weights["kernel"].reshape(-1, self.filters)
        dcols = (dz.reshape(-1, self.filters) @ kernel.T).reshape(dz.shape[:3] + (kh * kw * cin,))
        dx = np.zeros(padded_shape, np.float32)
        for t, view in enumerate(_taps(dx, kh, kw, sh, sw, oh, ow)):
            view += dcols[..., t * cin : (t + 1) * cin]
        h, w = self.input_shape[:2]
        return dx[:, top : top + h, left : left + w]


class _Pooling2D(Layer):
    is_max = True

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        _check_channels_last(self)
        self.pool_size = pair(config.get("pool_size", 2), "pool_size")
        strides = config.get("strides")
        self.strides = self.pool_size if strides is None else pair(strides, "strides")
        self.padding = str(config.get("padding", "valid")).lower()
        if self.padding not in ("valid", "same"):
            raise Unsupported(f"layer {self.name} has padding {self.padding!r}")

    def _output_shape(self, shape: Shape) -> Shape:
        if len(shape) != 3:
            raise Unsupported(f"layer {self.name} needs a 2-D map with channels, not {shape}")
        (ph, pw), (sh, sw) = self.pool_size, self.strides
        oh = output_size(shape[0], ph, sh, self.padding)[0]
        ow = output_size(shape[1], pw, sw, self.padding)[0]
        return (oh, ow, shape[2])

    def _views(self, x: np.ndarray, fill: float):
        (ph, pw), (sh, sw) = self.pool_size, self.strides
        oh, top, bottom = output_size(x.shape[1], ph, sh, self.padding)
        ow, left, right = output_size(x.shape[2], pw, sw, self.padding)
        if top or bottom or left or right:
            x = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)), constant_values=fill)
        return _taps(x, ph, pw, sh, sw, oh, ow), (x.shape, oh, ow, top, left)

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        if self.is_max:
            # Reducing one strided view per tap element-wise is much faster than reducing a 5-D
            # window array over two of its axes.
            parts, geometry = self._views(x, -np.inf)
            out = np.array(parts[0])
            for part in parts[1:]:
                np.maximum(out, part, out=out)
            return out, (x, out, geometry)
        total = sum(self._views(x, 0.0)[0])
        if self.padding == "valid":
            count = np.float32(self.pool_size[0] * self.pool_size[1])
        else:
            # TensorFlow's 'same' average divides by the number of real (unpadded) values.
            ones = np.ones((1,) + x.shape[1:3] + (1,), np.float32)
            count = sum(self._views(ones, 0.0)[0])
        return total / count, (x.shape, count)

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        (ph, pw), (sh, sw) = self.pool_size, self.strides
        if not self.is_max:
            in_shape, count = cache
            share = (dy / count).astype(np.float32)
            oh, top, bottom = output_size(in_shape[1], ph, sh, self.padding)
            ow, left, right = output_size(in_shape[2], pw, sw, self.padding)
            padded = (in_shape[0], in_shape[1] + top + bottom, in_shape[2] + left + right)
            dx = np.zeros(padded + (in_shape[3],), np.float32)
            for view in _taps(dx, ph, pw, sh, sw, oh, ow):
                view += share
            return dx[:, top : top + in_shape[1], left : left + in_shape[2]]
        x, out, (padded_shape, oh, ow, top, left) = cache
        parts = self._views(x, -np.inf)[0]
        dx = np.zeros(padded_shape, np.float32)
        taken = np.zeros(out.shape, bool)
        # Each window's gradient goes to its first maximum in row-major order, as
        # TensorFlow's MaxPoolGrad does; ties must not double it.
        for part, view in zip(parts, _taps(dx, ph, pw, sh, sw, oh, ow)):
            winner = (part == out) & ~taken
            view += np.where(winner, dy, 0.0).astype(np.float32)
            taken |= winner
        return dx[:, top : top + x.shape[1], left : left + x.shape[2]]


class MaxPooling2D(_Pooling2D):
    kind = "MaxPooling2D"
    is_max = True


class AveragePooling2D(_Pooling2D):
    kind = "AveragePooling2D"
    is_max = False


class BatchNormalization(Layer):
    kind = "BatchNormalization"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        axis = config.get("axis", -1)
        if isinstance(axis, (list, tuple)):
            if len(axis) != 1:
                raise Unsupported(f"layer {self.name} normalises over several axes")
            axis = axis[0]
        self.axis = int(axis)
        self.epsilon = float(config.get("epsilon", 1e-3))
        self.center = bool(config.get("center", True))
        self.scale = bool(config.get("scale", True))
        names = (["gamma"] if self.scale else []) + (["beta"] if self.center else [])
        self.weight_names = tuple(names + ["moving_mean", "moving_variance"])
        if config.get("synchronized"):
            self.numpy_reason = self.numpy_reason or f"layer {self.name} is synchronized"

    def _output_shape(self, shape: Shape) -> Shape:
        if self.axis not in (-1, len(shape)):
            raise Unsupported(f"layer {self.name} normalises axis {self.axis}, not the channels")
        return shape

    def weight_shapes(self) -> list[Shape]:
        return [(self.input_shape[-1],)] * len(self.weight_names)

    def _factor(self) -> tuple[np.ndarray, np.ndarray]:
        w = self.weights
        inv = (1.0 / np.sqrt(w["moving_variance"] + np.float32(self.epsilon))).astype(np.float32)
        if self.scale:
            inv = inv * w["gamma"]
        offset = -w["moving_mean"] * inv
        if self.center:
            offset = offset + w["beta"]
        return inv, offset

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        # As tf.nn.batch_normalization computes it: x * inv + (beta - mean * inv).
        inv, offset = self._factor()
        return x * inv + offset, None

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy * self._factor()[0]


class Dense(_WithActivation):
    kind = "Dense"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.units = int(config.get("units") or 0)
        if self.units < 1:
            raise Unsupported(f"layer {self.name} has no units")
        self.use_bias = bool(config.get("use_bias", True))
        self.weight_names = ("kernel", "bias") if self.use_bias else ("kernel",)
        self._read_activation()
        if config.get("lora_rank"):
            self.numpy_reason = self.numpy_reason or f"layer {self.name} has LoRA weights"
        if config.get("quantization_config"):
            self.numpy_reason = self.numpy_reason or f"layer {self.name} is quantized"

    def _output_shape(self, shape: Shape) -> Shape:
        if not shape:
            raise Unsupported(f"layer {self.name} has no input")
        return shape[:-1] + (self.units,)

    def weight_shapes(self) -> list[Shape]:
        shapes = [(self.input_shape[-1], self.units)]
        return shapes + [(self.units,)] if self.use_bias else shapes

    def _linear(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weights["kernel"]
        if self.use_bias:
            z += self.weights["bias"]
        return z

    def forward(self, x: np.ndarray) -> np.ndarray:
        return _activate_in_place(self.activation, self._linear(x))

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        z = self._linear(x)
        return self.activation(z), z

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        dz = self.activation.grad(cache, dy).astype(np.float32, copy=False)
        return dz @ self.weights["kernel"].T

    def linear_backward(self, dz: np.ndarray) -> np.ndarray:
        """The gradient reaching the input from a gradient of the pre-activation ``z``."""
        return dz @ self.weights["kernel"].T


class Flatten(Layer):
    kind = "Flatten"

    def _output_shape(self, shape: Shape) -> Shape:
        return (int(np.prod(shape, dtype=np.int64)),)

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return x.reshape(len(x), -1), x.shape

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy.reshape(cache)


class Dropout(Layer):
    """Does nothing in inference, which is all Convscope computes outside training."""

    kind = "Dropout"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.rate = float(config.get("rate", 0.0))


class Activation(_WithActivation):
    kind = "Activation"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self._read_activation()

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return self.activation(x), x

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return self.activation.grad(cache, dy).astype(np.float32, copy=False)


class Rescaling(Layer):
    kind = "Rescaling"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        try:
            self.scale = np.asarray(config.get("scale", 1.0), np.float32)
            self.offset = np.asarray(config.get("offset", 0.0), np.float32)
        except (TypeError, ValueError):
            raise Unsupported(f"layer {self.name} has a scale that is not a number") from None

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return x * self.scale + self.offset, None

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy * self.scale


class Reshape(Layer):
    kind = "Reshape"

    def _output_shape(self, shape: Shape) -> Shape:
        target = [int(d) for d in self.config.get("target_shape") or ()]
        total = int(np.prod(shape, dtype=np.int64))
        if target.count(-1) > 1 or not target:
            raise Unsupported(f"layer {self.name} has the target shape {tuple(target)}")
        if -1 in target:
            known = int(np.prod([d for d in target if d != -1], dtype=np.int64))
            if known < 1 or total % known:
                raise Unsupported(f"layer {self.name} cannot reshape {shape} to {tuple(target)}")
            target[target.index(-1)] = total // known
        if int(np.prod(target, dtype=np.int64)) != total:
            raise Unsupported(f"layer {self.name} cannot reshape {shape} to {tuple(target)}")
        return tuple(target)

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return x.reshape((len(x),) + self.output_shape), x.shape

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy.reshape(cache)


LAYER_CLASSES: dict[str, type[Layer]] = {
    cls.kind: cls
    for cls in (
        Conv2D,
        MaxPooling2D,
        AveragePooling2D,
        BatchNormalization,
        Dense,
        Flatten,
        Dropout,
        Activation,
        Rescaling,
        Reshape,
    )
}

# Where Keras's saving code files each layer's weights: the snake_case of its class name,
# numbered per name in layer order (keras.src.saving.saving_lib._save_container_state).
WEIGHT_GROUP_STEMS = {
    "Conv2D": "conv2d",
    "MaxPooling2D": "max_pooling2d",
    "AveragePooling2D": "average_pooling2d",
    "BatchNormalization": "batch_normalization",
    "Dense": "dense",
    "Flatten": "flatten",
    "Dropout": "dropout",
    "Activation": "activation",
    "Rescaling": "rescaling",
    "Reshape": "reshape",
}
