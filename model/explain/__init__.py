"""The arithmetic behind the layer inspector: what one number of one feature map is made of.

Every function here re-does by hand, with NumPy, a small piece of what the network computed, so
the app can show the numbers: the window of pixels a filter sat on, its weights, the products
and their sum, the bias, the activation (``conv_window_sum``); the window a pooling layer chose
its winner from (``pool_window``); the part of the 28x28 input that can influence one value at
all (``receptive_field``); the features that pushed the winning digit up
(``dense_contributions``); how much each layer's maps move when the digit moves
(``shift_tolerance``); and which pieces of real digits excite a filter most
(``top_activating_patches``).

The per-digit functions take the activations of one forward pass (``Prediction.activations``
from ``model.network.predictor``), so explaining a click never runs the network again. Models are
the
Sequential, channels-last stacks Convscope builds and loads (``model.network.network.Network``).
Nothing
here imports Qt or TensorFlow.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.data.transform import shift
from model.errors import ConvscopeError
from model.words import count, with_article

INPUT_SIZE = 28

# Layers that change nothing about where a value sits: its receptive field passes through.
_ELEMENTWISE = ("BatchNormalization", "Activation", "Dropout", "Rescaling")

# The directions shift_tolerance moves a digit in, as (rows, columns) per pixel of shift.
DIRECTIONS: dict[str, tuple[int, int]] = {
    "right": (0, 1),
    "left": (0, -1),
    "down": (1, 0),
    "up": (-1, 0),
}


class ExplainError(ConvscopeError):
    """A layer, position or channel that cannot be explained; the message says why."""


# --------------------------------------------------------------------------- layers and maps


def _kind(layer: Any) -> str:
    """'conv', 'maxpool', 'avgpool', 'elementwise' or 'other', by class name (subclasses too)."""
    for cls in type(layer).__mro__:
        name = cls.__name__
        if name == "Conv2D":
            return "conv"
        if name == "MaxPooling2D":
            return "maxpool"
        if name == "AveragePooling2D":
            return "avgpool"
        if name in _ELEMENTWISE:
            return "elementwise"
    return "other"


def _layer_index(model: Any, layer_name: str) -> int:
    for i, layer in enumerate(model.layers):
        if layer.name == layer_name:
            return i
    names = ", ".join(layer.name for layer in model.layers)
    raise ExplainError(f"the model has no layer {layer_name!r}; its layers are: {names}")


def _as_image(image: np.ndarray) -> np.ndarray:
    arr = np.asarray(image, dtype=np.float32)
    if arr.size != INPUT_SIZE * INPUT_SIZE:
        raise ExplainError(f"the input must be a 28x28 image, not shape {arr.shape}")
    return arr.reshape(INPUT_SIZE, INPUT_SIZE, 1)


def spatial_layers(model: Any) -> list[str]:
    """Names of the Conv2D and pooling layers: the ones whose windows can be explained."""
    return [layer.name for layer in model.layers if _kind(layer) in ("conv", "maxpool", "avgpool")]


def layer_input(
    model: Any, activations: dict[str, np.ndarray], image: np.ndarray, layer_name: str
) -> np.ndarray:
    """The array ``layer_name`` received in the forward pass that produced ``activations``.

    Parameters
    ----------
    model
        A Sequential Keras model (layers run one after another).
    activations
        Layer name -> output without the batch axis, from ``Predictor.predict``.
    image
        The (28, 28) network input of that pass.
    layer_name
        The layer whose input is wanted.

    Returns
    -------
    np.ndarray
        The previous layer's activation, or the image as (28, 28, 1) for the first layer.
    """
    index = _layer_index(model, layer_name)
    if index == 0:
        return _as_image(image)
    previous = model.layers[index - 1].name
    if previous not in activations:
        raise ExplainError(f"no activation recorded for layer {previous!r}")
    return np.asarray(activations[previous])


def flattened(activations: dict[str, np.ndarray], layer_name: str) -> np.ndarray:
    """A layer's output unrolled into one vector, in the order Keras's ``Flatten`` uses.

    Channels-last maps unroll row by row, and within a pixel channel by channel, so index
    ``i`` of the vector is ``np.unravel_index(i, map.shape)`` of the map.
    """
    if layer_name not in activations:
        raise ExplainError(f"no activation recorded for layer {layer_name!r}")
    return np.asarray(activations[layer_name]).reshape(-1)


# --------------------------------------------------------------------------- numbers shown


def round_to_add_up(values: np.ndarray, decimals: int, total: float | None = None) -> np.ndarray:
    """``values`` rounded to ``decimals`` places so that the rounded values add up exactly to
    ``total`` rounded the same way (by default the sum of ``values``).

    Rounding each number on its own lets nine products shown as 0.23 + 0.15 + ... add up to
    0.240 beside a sum of 0.233: a student checking by hand is lost. Here each value is
    rounded to the nearest step first, then the few whose rounding moved them furthest are
    moved one step the other way until the sum is right (the largest-remainder method), so no
    value is more than one step from its true value. The result's entries are whole multiples
    of the step, to be shown with ``decimals`` places.
    """
    values = np.asarray(values, np.float64)
    step = 10.0 ** (-decimals)
    scaled = values / step
    target = int(np.round(scaled.sum() if total is None else float(total) / step))
    steps = np.round(scaled)
    missing = target - int(steps.sum())
    flat, residual = steps.reshape(-1), (scaled - steps).reshape(-1)
    while missing and flat.size:
        direction = 1 if missing > 0 else -1
        # The values rounded furthest against the needed direction move first.
        order = np.argsort(-direction * residual, kind="stable")[: abs(missing)]
        flat[order] += direction
        residual[order] -= direction
        missing -= direction * len(order)
    return np.round(flat.reshape(values.shape) * step, decimals)


# --------------------------------------------------------------------------- window geometry


@dataclass(frozen=True)
class _Axis:
    """How one spatial axis of a windowed layer maps output positions to input positions."""

    taps: int  # kernel or pool size
    dilation: int
    stride: int
    pad_before: int
    size_in: int
    size_out: int

    @property
    def extent(self) -> int:
        return self.dilation * (self.taps - 1) + 1

    def start(self, position: int) -> int:
        """First input index under the window at ``position`` (negative inside padding)."""
        return position * self.stride - self.pad_before


def _pair(value: Any) -> tuple[int, int]:
    if isinstance(value, int):
        return value, value
    return int(value[0]), int(value[1])


def _axis(taps: int, stride: int, dilation: int, padding: str, size_in: int) -> _Axis:
    extent = dilation * (taps - 1) + 1
    if padding == "same":
        size_out = -(-size_in // stride)
        # TensorFlow's SAME rule: pad just enough for the last window, the odd cell after.
        total = max((size_out - 1) * stride + extent - size_in, 0)
        pad_before = total // 2
    elif padding == "valid":
        size_out = (size_in - extent) // stride + 1
        pad_before = 0
    else:
        raise ExplainError(f"padding {padding!r} is not supported; only 'valid' and 'same'")
    return _Axis(taps, dilation, stride, pad_before, size_in, size_out)


def _geometry(layer: Any, height: int, width: int) -> tuple[_Axis, _Axis]:
    if getattr(layer, "data_format", "channels_last") != "channels_last":
        raise ExplainError(f"layer {layer.name!r} is channels-first; only channels-last works")
    if _kind(layer) == "conv":
        if getattr(layer, "groups", 1) != 1:
            raise ExplainError(f"layer {layer.name!r} is a grouped convolution; not supported")
        taps, strides = _pair(layer.kernel_size), _pair(layer.strides)
        dilation = _pair(getattr(layer, "dilation_rate", 1))
    else:
        taps = _pair(layer.pool_size)
        strides = _pair(layer.strides if layer.strides is not None else layer.pool_size)
        dilation = (1, 1)
    padding = str(layer.padding).lower()
    return (
        _axis(taps[0], strides[0], dilation[0], padding, height),
        _axis(taps[1], strides[1], dilation[1], padding, width),
    )


def _walk(model: Any, layer_name: str) -> list[tuple[Any, tuple[_Axis, _Axis] | None]]:
    """Each layer up to ``layer_name`` with its window geometry (None for elementwise layers).

    Raises ExplainError at the first layer that loses the 2-D layout (Flatten, Dense, ...).
    """
    end = _layer_index(model, layer_name)
    height = width = INPUT_SIZE
    steps: list[tuple[Any, tuple[_Axis, _Axis] | None]] = []
    for layer in model.layers[: end + 1]:
        kind = _kind(layer)
        if kind in ("conv", "maxpool", "avgpool"):
            rows, cols = _geometry(layer, height, width)
            height, width = rows.size_out, cols.size_out
            steps.append((layer, (rows, cols)))
        elif kind == "elementwise" or (
            type(layer).__name__ == "Reshape" and tuple(layer.output_shape[:2]) == (height, width)
        ):
            steps.append((layer, None))
        else:
            raise ExplainError(
                f"layer {layer_name!r} has no 2-D map: {layer.name!r} "
                f"({type(layer).__name__}) before it unrolls the image, so every value there "
                "depends on the whole input"
            )
    return steps


def _map_size(steps: list[tuple[Any, tuple[_Axis, _Axis] | None]]) -> tuple[int, int]:
    for _layer, geometry in reversed(steps):
        if geometry is not None:
            return geometry[0].size_out, geometry[1].size_out
    return INPUT_SIZE, INPUT_SIZE


def _check_position(layer_name: str, row: int, col: int, size: tuple[int, int]) -> None:
    height, width = size
    if not (0 <= row < height and 0 <= col < width):
        raise ExplainError(
            f"position ({row}, {col}) is outside layer {layer_name!r}, whose maps are "
            f"{height}x{width} (rows 0..{height - 1}, columns 0..{width - 1})"
        )


def _check_channel(layer_name: str, channel: int, channels: int) -> None:
    if not 0 <= channel < channels:
        raise ExplainError(
            f"channel {channel} is out of range: layer {layer_name!r} has "
            f"{count(channels, 'channel')} (0..{channels - 1})"
        )


# --------------------------------------------------------------------------- receptive field


@dataclass(frozen=True)
class ReceptiveField:
    """The input pixels one value of a feature map can depend on.

    ``top, left, height, width`` (which unpack like a 4-tuple) are clipped to the pixels that
    can reach the value: inside the 28x28 image, and inside every intermediate map (padding
    holds zeros, not pixels). ``full`` is the unclipped box of the analytic formula, which
    reaches into the padding near the borders; ``clipped`` says whether the two differ.
    """

    top: int
    left: int
    height: int
    width: int
    full: tuple[int, int, int, int]
    clipped: bool

    def __iter__(self) -> Iterator[int]:
        return iter((self.top, self.left, self.height, self.width))

    def crop(self, image: np.ndarray) -> np.ndarray:
        """The field's pixels of a 28x28 ``image`` in a full-size box, zero where it is clipped."""
        image = np.asarray(image, dtype=np.float32).reshape(INPUT_SIZE, INPUT_SIZE)
        top, left, height, width = self.full
        out = np.zeros((height, width), np.float32)
        out[
            self.top - top : self.top - top + self.height,
            self.left - left : self.left - left + self.width,
        ] = image[self.top : self.top + self.height, self.left : self.left + self.width]
        return out


def receptive_field(model: Any, layer_name: str, row: int, col: int) -> ReceptiveField:
    """The box of 28x28 input pixels that feeds position (``row``, ``col``) of a layer's maps.

    Worked out analytically through the Conv2D and pooling layers (kernel or pool size,
    strides, dilation, 'valid'/'same' padding as TensorFlow pads); BatchNormalization,
    Activation and Dropout act on each value alone and keep the field of their input.

    Returns
    -------
    ReceptiveField
        Unpacks as ``(top, left, height, width)`` clipped to the image (and to what the layers
        in between actually read); ``.full`` is the box before clipping and ``.clipped`` says
        whether clipping happened.

    Raises
    ------
    ExplainError
        For an unknown layer, a layer after Flatten, or a position outside the map.
    """
    steps = _walk(model, layer_name)
    _check_position(layer_name, row, col, _map_size(steps))
    # Per axis: input index of the field's first pixel for output 0, field size, and the
    # distance in input pixels between neighbouring outputs.
    start, size, jump = [0, 0], [1, 1], [1, 1]
    for _layer, geometry in steps:
        if geometry is None:
            continue
        for a, axis in enumerate(geometry):
            start[a] -= axis.pad_before * jump[a]
            size[a] += (axis.extent - 1) * jump[a]
            jump[a] *= axis.stride
    full = (start[0] + row * jump[0], start[1] + col * jump[1], size[0], size[1])
    # Clipping only at the image border is not enough: a window hanging over a map's padding
    # can reach input coordinates inside the image that no value of that map ever read (a
    # 'valid' stride can leave the last rows unread). Walking back layer by layer and clipping
    # to each map keeps exactly the pixels that can reach this value.
    lo, hi = [row, col], [row, col]
    for _layer, geometry in reversed(steps):
        if geometry is None:
            continue
        for a, axis in enumerate(geometry):
            lo[a] = max(axis.start(lo[a]), 0)
            hi[a] = min(axis.start(hi[a]) + axis.extent - 1, axis.size_in - 1)
    clipped = (lo[0], lo[1], hi[0] - lo[0] + 1, hi[1] - lo[1] + 1)
    return ReceptiveField(*clipped, full=full, clipped=clipped != full)


# --------------------------------------------------------------------------- activations


def _activate(layer: Any, z: np.ndarray) -> np.ndarray:
    """Apply ``layer``'s activation to the pre-activations ``z`` (channels on the last axis)."""
    from model.network import activations

    name = activation_name(layer)
    fn = activations.get(name)
    if fn is None:
        raise ExplainError(
            f"layer {layer.name!r} uses the activation {name!r}, not one Convscope computes"
        )
    # In float64: the explanation's sums are shown with more digits than float32 carries.
    return np.asarray(fn(np.asarray(z, np.float64)), np.float64)


def activation_name(layer: Any) -> str:
    """The name of a layer's activation function ('relu', 'linear', ...)."""
    fn = getattr(layer, "activation", None)
    return getattr(fn, "__name__", "linear" if fn is None else str(fn))


def _kernel_and_bias(layer: Any) -> tuple[np.ndarray, np.ndarray]:
    weights = layer.get_weights()
    kernel = np.asarray(weights[0], np.float64)
    bias = (
        np.asarray(weights[1], np.float64)
        if getattr(layer, "use_bias", True) and len(weights) > 1
        else np.zeros(kernel.shape[-1])
    )
    return kernel, bias


# --------------------------------------------------------------------------- convolution


@dataclass(frozen=True)
class ConvExplanation:
    """One value of a convolution's feature map, taken apart.

    Attributes
    ----------
    layer, position, channel : which value: layer name, (row, col) in its map, output channel.
    top, left : where the filter's first cell sat in the layer's input (negative = padding).
    dilation : spacing of the filter's cells in the input (1 for an ordinary filter).
    patch : (kh, kw, cin) the input values under the filter; padding cells are zeros.
    padding : (kh, kw) True where the filter sat on zero padding, outside the input.
    kernel : (kh, kw, cin) the filter's weights for this output channel.
    products : patch * kernel, element by element.
    channel_sums : (cin,) the products summed over each input channel.
    total : the sum of all products.
    bias, pre_activation : the bias, and total + bias.
    activation : the name of the activation function applied next.
    value : the activation of ``pre_activation``, the number in the feature map.
    receptive_field : the 28x28 input pixels this value depends on.
    """

    layer: str
    position: tuple[int, int]
    channel: int
    top: int
    left: int
    dilation: tuple[int, int]
    patch: np.ndarray
    padding: np.ndarray
    kernel: np.ndarray
    products: np.ndarray
    channel_sums: np.ndarray
    total: float
    bias: float
    pre_activation: float
    activation: str
    value: float
    receptive_field: ReceptiveField


def _gather(
    x: np.ndarray, rows: _Axis, cols: _Axis, row: int, col: int
) -> tuple[np.ndarray, np.ndarray, int, int]:
    """The window of ``x`` (H, W, C) at an output position, padding cells zero, and its mask."""
    top, left = rows.start(row), cols.start(col)
    r = top + rows.dilation * np.arange(rows.taps)
    c = left + cols.dilation * np.arange(cols.taps)
    r_in = (r >= 0) & (r < x.shape[0])
    c_in = (c >= 0) & (c < x.shape[1])
    window = np.zeros((rows.taps, cols.taps, x.shape[2]), np.float64)
    window[np.ix_(r_in, c_in)] = x[np.ix_(r[r_in], c[c_in])]
    return window, ~np.outer(r_in, c_in), top, left


def conv_window_sum(
    model: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer_name: str,
    row: int,
    col: int,
    channel: int,
) -> ConvExplanation:
    """Recompute one value of a Conv2D feature map as the filter's weighted sum.

    Parameters
    ----------
    model, activations, image
        The model, the activations of one forward pass on ``image`` (28x28), as from
        ``Predictor.predict``.
    layer_name
        A Conv2D layer.
    row, col, channel
        The value to explain: its position in the output map and its output channel.

    Returns
    -------
    ConvExplanation
        Patch, kernel, products, sums, bias, pre-activation and activated value. The value
        equals Keras's output to float32 rounding; when the conv's activation is linear and a
        BatchNormalization or Activation layer follows, ``pre_activation`` is the conv's output.

    Raises
    ------
    ExplainError
        Unknown layer, not a Conv2D, position or channel out of range.
    """
    index = _layer_index(model, layer_name)
    layer = model.layers[index]
    if _kind(layer) != "conv":
        raise ExplainError(
            f"layer {layer_name!r} is {with_article(type(layer).__name__)}, not a Conv2D"
        )
    x = layer_input(model, activations, image, layer_name)
    rows, cols = _geometry(layer, x.shape[0], x.shape[1])
    _check_position(layer_name, row, col, (rows.size_out, cols.size_out))
    kernel_all, bias_all = _kernel_and_bias(layer)
    _check_channel(layer_name, channel, kernel_all.shape[-1])
    patch, padding, top, left = _gather(x, rows, cols, row, col)
    # All channels' pre-activations are one contraction away and softmax needs them all.
    pre_all = np.tensordot(patch, kernel_all, axes=3) + bias_all
    kernel = kernel_all[..., channel]
    products = patch * kernel
    channel_sums = products.sum(axis=(0, 1))
    total = float(channel_sums.sum())
    bias = float(bias_all[channel])
    return ConvExplanation(
        layer=layer_name,
        position=(row, col),
        channel=channel,
        top=top,
        left=left,
        dilation=(rows.dilation, cols.dilation),
        patch=patch,
        padding=padding,
        kernel=kernel,
        products=products,
        channel_sums=channel_sums,
        total=total,
        bias=bias,
        pre_activation=total + bias,
        activation=activation_name(layer),
        value=float(_activate(layer, pre_all)[channel]),
        receptive_field=receptive_field(model, layer_name, row, col),
    )


def conv_pre_activations(
    model: Any, activations: dict[str, np.ndarray], image: np.ndarray, layer_name: str
) -> np.ndarray:
    """Every value of a Conv2D layer's maps before its activation: (H, W, filters).

    Each is the filter's weighted sum over its window plus the bias, as ``conv_window_sum``
    computes one of them; for a ReLU convolution these are the numbers ReLU turns into zero
    where they are negative, which the layer's output no longer shows.
    """
    index = _layer_index(model, layer_name)
    layer = model.layers[index]
    if _kind(layer) != "conv":
        raise ExplainError(
            f"layer {layer_name!r} is {with_article(type(layer).__name__)}, not a Conv2D"
        )
    x = np.asarray(layer_input(model, activations, image, layer_name), np.float64)
    rows, cols = _geometry(layer, x.shape[0], x.shape[1])
    kernel, bias = _kernel_and_bias(layer)
    # Every window at once, as ``_gather`` takes one: the input rows and columns under each
    # output position's filter, padding cells read from a zero border.
    r = np.array([rows.start(i) for i in range(rows.size_out)])[:, None]
    c = np.array([cols.start(j) for j in range(cols.size_out)])[:, None]
    r = r + rows.dilation * np.arange(rows.taps)
    c = c + cols.dilation * np.arange(cols.taps)
    top, left = max(0, -int(r.min())), max(0, -int(c.min()))
    bottom, right = max(0, int(r.max()) + 1 - x.shape[0]), max(0, int(c.max()) + 1 - x.shape[1])
    padded = np.pad(x, ((top, bottom), (left, right), (0, 0)))
    windows = padded[(r + top)[:, None, :, None], (c + left)[None, :, None, :]]
    return np.tensordot(windows, kernel, axes=3) + bias


@dataclass(frozen=True)
class ReluStage:
    """What ReLU does to a convolution's maps: the values it receives and what it gives back.

    Attributes
    ----------
    layer : the convolution.
    relu_layer : the layer that applies ReLU: the convolution itself (``activation='relu'``),
        a later ``Activation('relu')`` layer (after batch normalisation, say), or None when no
        ReLU follows.
    before, after : (H, W, filters) what ReLU receives and returns. Without a ReLU, the
        convolution's sums and its output.
    """

    layer: str
    relu_layer: str | None
    before: np.ndarray
    after: np.ndarray

    def negatives(self) -> np.ndarray:
        """(filters,) how many values of each map ReLU turns from negative into zero."""
        return (self.before < 0).sum(axis=(0, 1))

    def most_negative_channel(self) -> int:
        """The map where ReLU changes most: the one with the most negative values (the
        lowest-numbered of equals)."""
        return int(np.argmax(self.negatives()))


def relu_stage(
    model: Any, activations: dict[str, np.ndarray], image: np.ndarray, layer_name: str
) -> ReluStage:
    """The ReLU that follows Conv2D ``layer_name``, on the maps of one forward pass."""
    index = _layer_index(model, layer_name)
    layer = model.layers[index]
    pre = conv_pre_activations(model, activations, image, layer_name)
    if activation_name(layer) == "relu":
        return ReluStage(layer_name, layer_name, pre, np.maximum(pre, 0.0))
    if activation_name(layer) == "linear":
        # A linear convolution, then batch normalisation, then ReLU: look past what keeps the
        # map's layout value by value for the first ReLU layer.
        before = pre
        for later in model.layers[index + 1 :]:
            if later.name not in activations or _kind(later) != "elementwise":
                break
            if type(later).__name__ == "Activation" and activation_name(later) == "relu":
                return ReluStage(
                    layer_name, later.name, before, np.asarray(activations[later.name], float)
                )
            before = np.asarray(activations[later.name], np.float64)
    return ReluStage(layer_name, None, pre, np.asarray(activations[layer_name], np.float64))


# --------------------------------------------------------------------------- pooling


@dataclass(frozen=True)
class PoolExplanation:
    """One value of a pooling layer's map and the window it was chosen or averaged from.

    Attributes
    ----------
    layer, position, channel : which value.
    kind : 'max' or 'average'.
    top, left, height, width : the window in the previous map's coordinates, clipped to the
        map: TensorFlow's 'same' pooling ignores padding cells rather than counting zeros.
    full : the unclipped window (top, left, height, width).
    values : (height, width) the previous map's values in the window, for this channel.
    winner : (row, col) of the largest value in the previous map (first one on ties); None
        for average pooling, where every value counts.
    value : the maximum or the mean: the number in the pooled map.
    receptive_field : the 28x28 input pixels this value depends on.
    """

    layer: str
    position: tuple[int, int]
    channel: int
    kind: str
    top: int
    left: int
    height: int
    width: int
    full: tuple[int, int, int, int]
    values: np.ndarray
    winner: tuple[int, int] | None
    value: float
    receptive_field: ReceptiveField


def pool_window(
    model: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer_name: str,
    row: int,
    col: int,
    channel: int,
) -> PoolExplanation:
    """The window a MaxPooling2D / AveragePooling2D value came from, and its winner.

    Parameters
    ----------
    model, activations, image
        As for ``conv_window_sum``.
    layer_name
        A MaxPooling2D or AveragePooling2D layer.
    row, col, channel
        The pooled value to explain.

    Returns
    -------
    PoolExplanation
        The window (strides and padding honoured), its values, the winner for max pooling and
        the value, equal to Keras's output.

    Raises
    ------
    ExplainError
        Unknown layer, not a pooling layer, position or channel out of range.
    """
    index = _layer_index(model, layer_name)
    layer = model.layers[index]
    kind = _kind(layer)
    if kind not in ("maxpool", "avgpool"):
        raise ExplainError(
            f"layer {layer_name!r} is {with_article(type(layer).__name__)}, not a pooling layer"
        )
    x = layer_input(model, activations, image, layer_name)
    rows, cols = _geometry(layer, x.shape[0], x.shape[1])
    _check_position(layer_name, row, col, (rows.size_out, cols.size_out))
    _check_channel(layer_name, channel, x.shape[2])
    top, left = rows.start(row), cols.start(col)
    r0, c0 = max(top, 0), max(left, 0)
    r1, c1 = min(top + rows.taps, x.shape[0]), min(left + cols.taps, x.shape[1])
    values = np.asarray(x[r0:r1, c0:c1, channel], np.float64)
    if kind == "maxpool":
        i, j = np.unravel_index(int(np.argmax(values)), values.shape)
        winner: tuple[int, int] | None = (r0 + int(i), c0 + int(j))
        value = float(values.max())
    else:
        winner, value = None, float(values.mean())
    return PoolExplanation(
        layer=layer_name,
        position=(row, col),
        channel=channel,
        kind="max" if kind == "maxpool" else "average",
        top=r0,
        left=c0,
        height=r1 - r0,
        width=c1 - c0,
        full=(top, left, rows.taps, cols.taps),
        values=values,
        winner=winner,
        value=value,
        receptive_field=receptive_field(model, layer_name, row, col),
    )


def explain_position(
    model: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer_name: str,
    row: int,
    col: int,
    channel: int = 0,
) -> ConvExplanation | PoolExplanation:
    """``conv_window_sum`` or ``pool_window``, whichever fits the layer.

    Raises
    ------
    ExplainError
        Also when the layer is neither a convolution nor a pooling layer, naming those that are.
    """
    layer = model.layers[_layer_index(model, layer_name)]
    kind = _kind(layer)
    if kind == "conv":
        return conv_window_sum(model, activations, image, layer_name, row, col, channel)
    if kind in ("maxpool", "avgpool"):
        return pool_window(model, activations, image, layer_name, row, col, channel)
    choices = ", ".join(spatial_layers(model)) or "none in this model"
    raise ExplainError(
        f"layer {layer_name!r} is {with_article(type(layer).__name__)}; only convolution and "
        "pooling "
        f"layers can be explained by window: {choices}"
    )


# --------------------------------------------------------------------------- dense layers


@dataclass(frozen=True)
class DenseContributions:
    """What each input of a dense unit added to its score, largest push first.

    Attributes
    ----------
    layer, unit : the dense layer and the unit explained (for the output layer: a digit).
    contributions : weight x input for every input, sorted from the largest (pushing the unit
        up most) to the smallest (holding it down most).
    indices : the input index of each entry of ``contributions``.
    inputs, weights : the input values and weights, in the same order.
    bias, pre_activation, value : the bias, sum of all contributions + bias, and the
        activated value (for a softmax layer, the probability).
    source_layer, positions : when the inputs are a flattened feature map, the layer whose map
        was flattened and each sorted input's (row, col, channel) in it; else None.
    """

    layer: str
    unit: int
    contributions: np.ndarray
    indices: np.ndarray
    inputs: np.ndarray
    weights: np.ndarray
    bias: float
    pre_activation: float
    value: float
    source_layer: str | None
    positions: np.ndarray | None

    def top(self, k: int = 10) -> list[tuple[int, float]]:
        """The ``k`` strongest pushes up as (input index, contribution)."""
        return [(int(i), float(c)) for i, c in zip(self.indices[:k], self.contributions[:k])]


def _flattened_source(model: Any, index: int) -> Any | None:
    """The layer whose map a Flatten before layer ``index`` unrolled, looking past dropout."""
    for i in range(index - 1, -1, -1):
        layer = model.layers[i]
        if type(layer).__name__ == "Flatten":
            return model.layers[i - 1] if i > 0 else None
        if _kind(layer) != "elementwise":
            return None
    return None


def dense_contributions(
    model: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer_name: str | None = None,
    unit: int | None = None,
) -> DenseContributions:
    """Split a dense unit's score into weight x input per input, sorted.

    Parameters
    ----------
    model, activations, image
        As for ``conv_window_sum``.
    layer_name
        A Dense layer; by default the last one (the output layer).
    unit
        The unit to explain; by default the one with the highest output, which for the
        output layer is the predicted digit.

    Returns
    -------
    DenseContributions
    """
    if layer_name is None:
        dense = [layer.name for layer in model.layers if type(layer).__name__ == "Dense"]
        if not dense:
            raise ExplainError("the model has no Dense layer")
        layer_name = dense[-1]
    index = _layer_index(model, layer_name)
    layer = model.layers[index]
    if not any(cls.__name__ == "Dense" for cls in type(layer).__mro__):
        raise ExplainError(
            f"layer {layer_name!r} is {with_article(type(layer).__name__)}, not Dense"
        )
    x = np.asarray(layer_input(model, activations, image, layer_name), np.float64)
    if x.ndim != 1:
        shape = "x".join(str(d) for d in x.shape)
        raise ExplainError(f"layer {layer_name!r} receives {with_article(shape)} map, not a vector")
    weights, biases = _kernel_and_bias(layer)
    scores = x @ weights + biases
    if unit is None:
        unit = int(np.argmax(activations.get(layer_name, scores)))
    if not 0 <= unit < weights.shape[1]:
        raise ExplainError(
            f"unit {unit} is out of range: layer {layer_name!r} has "
            f"{count(weights.shape[1], 'unit')}"
        )
    contributions = weights[:, unit] * x
    order = np.argsort(-contributions, kind="stable")
    source = _flattened_source(model, index)
    positions = None
    if source is not None and source.name in activations:
        shape = np.shape(activations[source.name])
        if int(np.prod(shape)) == x.size:
            positions = np.stack(np.unravel_index(order, shape), axis=1)
    return DenseContributions(
        layer=layer_name,
        unit=unit,
        contributions=contributions[order],
        indices=order,
        inputs=x[order],
        weights=weights[order, unit],
        bias=float(biases[unit]),
        pre_activation=float(scores[unit]),
        value=float(_activate(layer, scores)[unit]),
        source_layer=source.name if positions is not None else None,
        positions=positions,
    )


@dataclass(frozen=True)
class FeatureContributions:
    """How the flattened row of features became the answer, feature by feature.

    A network of Dense, ReLU, batch-normalisation and dropout layers after its Flatten is, for
    one input, a sum: which units ReLU lets through is fixed by that input, and with them fixed
    every score is a weighted sum of the features plus a constant. So the winning digit's score
    splits exactly into one share per feature (``contributions``) and the share of the biases
    (``constant``); the shares add up to the score, to float rounding.

    Attributes
    ----------
    flatten_layer : the Flatten layer.
    source_layer, source_shape : the layer whose maps were flattened and their (H, W, C); for
        a network that flattens the image itself, None and (28, 28, 1).
    features : (n,) the flattened row.
    unit : the digit explained (by default the answer).
    contributions : (n,) what each feature added to that digit's score.
    constant : the rest of the score, from the biases of the units that fired.
    scores : (10,) every digit's score before softmax; ``probabilities`` after.
    hidden : (layer name, units, units that fired) of each hidden Dense layer.
    """

    flatten_layer: str
    source_layer: str | None
    source_shape: tuple[int, int, int]
    features: np.ndarray
    unit: int
    contributions: np.ndarray
    constant: float
    scores: np.ndarray
    probabilities: np.ndarray
    hidden: list[tuple[str, int, int]]

    def by_map(self) -> np.ndarray:
        """(C,) what each flattened map added to the score, all its positions together."""
        return self.contributions.reshape(self.source_shape).sum(axis=(0, 1))


def feature_contributions(
    model: Any, activations: dict[str, np.ndarray], image: np.ndarray, unit: int | None = None
) -> FeatureContributions:
    """Split a digit's score into the share of every flattened feature (see
    ``FeatureContributions``).

    Raises
    ------
    ExplainError
        No Flatten layer, or a layer after it this split cannot go through exactly (an
        activation other than ReLU before the output).
    """
    flats = [i for i, layer in enumerate(model.layers) if type(layer).__name__ == "Flatten"]
    if not flats:
        raise ExplainError("the model has no Flatten layer: nothing is unrolled into a row")
    index = flats[-1]
    flatten = model.layers[index]
    unrolled = np.asarray(layer_input(model, activations, image, flatten.name), np.float64)
    features = unrolled.reshape(-1)
    source = model.layers[index - 1] if index > 0 else None
    shape = unrolled.shape if unrolled.ndim == 3 else (*unrolled.shape, 1)
    # The row so far as an affine function of the features: values = features @ a + b
    # (``a`` None: the identity, not built: 800 x 800 times the first kernel cost ~15 ms).
    a: np.ndarray | None = None
    b = np.zeros(features.size)
    hidden: list[tuple[str, int, int]] = []
    scores = None
    for layer in model.layers[index + 1 :]:
        kind = type(layer).__name__
        if kind == "Dropout":
            continue  # nothing is dropped when reading a digit
        if kind == "BatchNormalization":
            mean, var = (np.asarray(layer.moving_mean), np.asarray(layer.moving_variance))
            gamma = np.asarray(layer.gamma) if layer.scale else np.ones_like(mean)
            beta = np.asarray(layer.beta) if layer.center else np.zeros_like(mean)
            factor = gamma / np.sqrt(var + layer.epsilon)
            a = np.diag(factor) if a is None else a * factor
            b = (b - mean) * factor + beta
            continue
        if kind == "Dense":
            kernel, bias = _kernel_and_bias(layer)
            a, b = (kernel.copy() if a is None else a @ kernel), b @ kernel + bias
        elif kind != "Activation":
            raise ExplainError(f"cannot follow the features through {layer.name} ({kind})")
        if a is None:
            a = np.eye(features.size)  # an activation straight after Flatten
        name = activation_name(layer)
        is_last = layer is model.layers[-1]
        if name == "softmax" and is_last:
            scores = features @ a + b
            break
        if name == "relu":
            fired = (features @ a + b) > 0
            a, b = a * fired, b * fired
            if kind == "Dense":
                hidden.append((layer.name, int(fired.size), int(fired.sum())))
        elif name != "linear":
            raise ExplainError(
                f"{layer.name} uses {name}, not ReLU: its units do not split into shares"
            )
        elif kind == "Dense" and not is_last:
            hidden.append((layer.name, int(b.size), int(b.size)))
    if a is None:
        raise ExplainError("nothing after the Flatten layer turns the row into scores")
    if scores is None:
        scores = features @ a + b
    if unit is None:
        unit = int(np.argmax(scores))
    e = np.exp(scores - scores.max())
    return FeatureContributions(
        flatten_layer=flatten.name,
        source_layer=source.name if source is not None and index > 0 else None,
        source_shape=tuple(int(d) for d in shape),
        features=features,
        unit=unit,
        contributions=features * a[:, unit],
        constant=float(b[unit]),
        scores=scores,
        probabilities=e / e.sum(),
        hidden=hidden,
    )


# --------------------------------------------------------------------------- shift tolerance


@dataclass(frozen=True)
class ShiftResult:
    """One shifted copy of the digit: how far, what the network said, how much each map moved."""

    direction: str
    offset: tuple[int, int]
    label: int
    confidence: float
    changes: dict[str, float]


@dataclass(frozen=True)
class ShiftReport:
    """How a digit's maps and answer change when the digit moves a few pixels.

    ``changes`` of each shift are ``||a_shifted - a|| / ||a||`` per layer (NaN where the
    unshifted map is all zeros but the shifted one is not).
    """

    label: int
    confidence: float
    layers: tuple[str, ...]
    kinds: dict[str, str]
    shifts: tuple[ShiftResult, ...]

    def mean_change(self, layer: str) -> float:
        """The average relative change of ``layer``'s maps over all shifts."""
        values = np.array([s.changes[layer] for s in self.shifts], np.float64)
        finite = values[np.isfinite(values)]
        return float(finite.mean()) if finite.size else float("nan")

    def _mean_of(self, kind: str) -> float:
        values = [self.mean_change(n) for n in self.layers if self.kinds[n] == kind]
        values = [v for v in values if math.isfinite(v)]
        return float(np.mean(values)) if values else float("nan")

    @property
    def mean_conv_change(self) -> float:
        """Average relative change over all convolution layers and shifts."""
        return self._mean_of("conv")

    @property
    def mean_pool_change(self) -> float:
        """Average relative change over all pooling layers and shifts."""
        return self._mean_of("pool")

    @property
    def label_kept(self) -> float:
        """The fraction of shifts after which the network still gives the same digit."""
        return float(np.mean([s.label == self.label for s in self.shifts]))


def shift_tolerance(
    predictor: Any,
    image: np.ndarray,
    shifts: Sequence[int] = (1, 2, 3),
    directions: dict[str, tuple[int, int]] | None = None,
) -> ShiftReport:
    """Move the digit by a few pixels in several directions and measure what changes.

    Parameters
    ----------
    predictor
        A ``model.network.predictor.Predictor``; one forward pass per shifted copy.
    image
        The (28, 28) network input.
    shifts
        Distances in pixels.
    directions
        Name -> unit (rows, cols) step; by default right, left, down and up.

    Returns
    -------
    ShiftReport
        For each shift the label, confidence and the relative change of every Conv2D and
        pooling layer's maps. Pooled maps usually change less than the conv maps before them:
        a shift that stays inside a pooling window leaves its maximum where it was.

    Raises
    ------
    ExplainError
        If the image is blank: there is nothing to move.
    """
    base_image = np.asarray(image, dtype=np.float32).reshape(INPUT_SIZE, INPUT_SIZE)
    if not np.any(base_image > 0):
        raise ExplainError("the image is blank: there is no digit to shift")
    model = predictor.model
    kinds = {
        layer.name: ("conv" if _kind(layer) == "conv" else "pool")
        for layer in model.layers
        if _kind(layer) in ("conv", "maxpool", "avgpool")
    }
    layers = tuple(kinds)
    base = predictor.predict(base_image)
    results = []
    for name, (dr, dc) in (directions or DIRECTIONS).items():
        for n in shifts:
            moved = predictor.predict(shift(base_image, dc * n, dr * n))
            changes = {}
            for layer in layers:
                a = np.asarray(base.activations[layer], np.float64)
                b = np.asarray(moved.activations[layer], np.float64)
                norm, diff = float(np.linalg.norm(a)), float(np.linalg.norm(b - a))
                changes[layer] = diff / norm if norm > 0 else (0.0 if diff == 0 else math.nan)
            results.append(
                ShiftResult(name, (dr * n, dc * n), moved.label, moved.confidence, changes)
            )
    return ShiftReport(base.label, base.confidence, layers, kinds, tuple(results))


# --------------------------------------------------------------------------- many images


def layer_outputs(
    model: Any,
    images: np.ndarray,
    layer_name: str,
    channel: int | None = None,
    batch_size: int = 256,
) -> np.ndarray:
    """One layer's outputs for many images, in batches, without running later layers.

    Parameters
    ----------
    model
        A Sequential Keras model on 28x28x1 inputs.
    images
        (N, 28, 28) or (N, 28, 28, 1); integers are read as 0..255, floats as 0..1.
    layer_name
        The layer to stop at.
    channel
        Keep only this channel of the output (saves memory for wide layers); None keeps all.

    Returns
    -------
    np.ndarray
        (N, *layer output shape), or (N, H, W) when ``channel`` is given.
    """
    from model.data.mnist import to_model_input
    from model.network.predictor import as_network

    net = as_network(model)
    index = _layer_index(net, layer_name)
    shape = tuple(net.layers[index].output_shape)
    if channel is not None:
        _check_channel(layer_name, channel, int(shape[-1]))
    images = np.asarray(images)
    if images.ndim not in (3, 4) or images.shape[1:3] != (28, 28):
        raise ExplainError(f"expected a batch of 28x28 images, not shape {images.shape}")
    if len(images) == 0:
        return np.zeros((0, *(shape if channel is None else shape[:-1])), np.float32)
    x = to_model_input(images)
    # One step at a time keeps only the wanted channel of each step's maps.
    chunks = [net.forward(x[i : i + batch_size], upto=index) for i in range(0, len(x), batch_size)]
    if channel is not None:
        chunks = [chunk[..., channel] for chunk in chunks]
    return np.concatenate(chunks)


@dataclass(frozen=True)
class TopPatches:
    """The pieces of digits that excite one filter most, strongest first.

    Attributes
    ----------
    layer, channel : the filter's layer and output channel.
    values : (k,) the activations, descending.
    image_indices : (k,) which image of the batch each came from.
    positions : (k, 2) (row, col) of each activation in the layer's map.
    fields : each activation's receptive field.
    patches : (k, H, W) the input under each field (0..1), zero where the field leaves the image.
    """

    layer: str
    channel: int
    values: np.ndarray
    image_indices: np.ndarray
    positions: np.ndarray
    fields: tuple[ReceptiveField, ...]
    patches: np.ndarray


def top_activating_patches(
    predictor: Any,
    images: np.ndarray,
    layer_name: str,
    channel: int,
    k: int = 9,
    *,
    one_per_image: bool = True,
    batch_size: int = 256,
) -> TopPatches:
    """Find where in a batch of digits one filter responds most, and cut out what it saw.

    Parameters
    ----------
    predictor
        A ``model.network.predictor.Predictor`` (its ``model`` is used).
    images
        (N, 28, 28) digits, e.g. MNIST test images (uint8 0..255 or floats 0..1).
    layer_name, channel
        The filter: a layer with 2-D maps and one of its channels.
    k
        How many patches.
    one_per_image
        Take each image's strongest position only, so k patches show k different digits
        rather than neighbouring positions of one stroke. False ranks all positions.
    batch_size
        Images per forward pass.

    Returns
    -------
    TopPatches
        At most ``k`` patches (fewer if there are fewer candidates), by descending activation;
        ties keep the earlier image and position.
    """
    from model.data.mnist import to_model_input

    model = predictor.model
    _walk(model, layer_name)  # refuses layers without a 2-D map before any work is done
    layer = model.layers[_layer_index(model, layer_name)]
    _check_channel(layer_name, channel, int(layer.output_shape[-1]))
    if k < 1:
        raise ExplainError(f"k must be at least 1, not {k}")
    if len(images) == 0:
        raise ExplainError("there are no images to search")
    maps = layer_outputs(model, images, layer_name, channel, batch_size)
    pixels = to_model_input(np.asarray(images))[..., 0]
    n, height, width = maps.shape
    flat = maps.reshape(n, -1)
    if one_per_image:
        best = np.argmax(flat, axis=1)
        strength = flat[np.arange(n), best]
        chosen = np.argsort(-strength, kind="stable")[:k]
        where = best[chosen]
        values = strength[chosen]
    else:
        order = np.argsort(-flat.reshape(-1), kind="stable")[:k]
        chosen, where = np.divmod(order, height * width)
        values = flat.reshape(-1)[order]
    rows, cols = np.divmod(where, width)
    fields = tuple(receptive_field(model, layer_name, int(r), int(c)) for r, c in zip(rows, cols))
    patches = np.stack([f.crop(pixels[i]) for f, i in zip(fields, chosen)])
    return TopPatches(
        layer_name,
        channel,
        values.astype(np.float64),
        chosen.astype(int),
        np.stack([rows, cols], axis=1).astype(int),
        fields,
        patches,
    )


# --------------------------------------------------------------------------- output


def _nested(a: Any) -> Any:
    return np.round(np.asarray(a, np.float64), 6).tolist()


def to_dict(explanation: ConvExplanation | PoolExplanation, image: np.ndarray) -> dict[str, Any]:
    """The explanation as the command line's JSON object (plain lists and numbers).

    Conv layers give ``layer, position, channel, input, receptive_field, patch, kernel, bias,
    pre_activation, activation`` (``activation`` is the value after the activation function);
    pooling layers give ``layer, position, channel, input, window, winner, value``, with
    ``winner`` as [row, col] in the previous map (null for average pooling).
    """
    head = {
        "layer": explanation.layer,
        "position": list(explanation.position),
        "channel": explanation.channel,
        "input": _nested(np.asarray(image, np.float32).reshape(INPUT_SIZE, INPUT_SIZE)),
    }
    if isinstance(explanation, ConvExplanation):
        field = explanation.receptive_field
        return {
            **head,
            "receptive_field": {
                "top": field.top,
                "left": field.left,
                "height": field.height,
                "width": field.width,
            },
            "patch": _nested(explanation.patch),
            "kernel": _nested(explanation.kernel),
            "bias": round(explanation.bias, 6),
            "pre_activation": round(explanation.pre_activation, 6),
            "activation": round(explanation.value, 6),
        }
    return {
        **head,
        "window": _nested(explanation.values),
        "winner": list(explanation.winner) if explanation.winner is not None else None,
        "value": round(explanation.value, 6),
    }


def to_json(explanation: ConvExplanation | PoolExplanation, image: np.ndarray) -> str:
    """``to_dict`` as one line of JSON."""
    return json.dumps(to_dict(explanation, image))


def _grid(a: np.ndarray, mark: tuple[int, int] | None = None) -> list[str]:
    """Rows of numbers, the ``mark``ed cell in brackets."""
    lines = []
    for i, row in enumerate(np.asarray(a)):
        cells = [
            (f"[{v:.3f}]" if mark == (i, j) else f"{v:.3f} ").rjust(9) for j, v in enumerate(row)
        ]
        lines.append("  " + "".join(cells).rstrip())
    return lines


def _picture(image: np.ndarray, field: ReceptiveField) -> list[str]:
    """The 28x28 input as characters, the receptive field's background dotted."""
    image = np.asarray(image, np.float32).reshape(INPUT_SIZE, INPUT_SIZE)
    lines = []
    for r in range(INPUT_SIZE):
        chars = []
        for c in range(INPUT_SIZE):
            v = image[r, c]
            inside = (
                field.top <= r < field.top + field.height
                and field.left <= c < field.left + field.width
            )
            chars.append("#" if v > 0.5 else "+" if v > 0.1 else "." if inside else " ")
        lines.append("  |" + "".join(chars) + "|")
    return lines


def to_text(
    explanation: ConvExplanation | PoolExplanation, image: np.ndarray, max_channels: int = 3
) -> str:
    """A readable rendering: the input with the receptive field, then the window arithmetic.

    For a convolution, the grids of up to ``max_channels`` input channels (those adding most
    in size), then ``sum + bias = pre-activation -> activation -> value``.
    """
    e = explanation
    field = e.receptive_field
    where = f"{field.height}x{field.width} pixels at row {field.top}, column {field.left}"
    if field.clipped:
        where += " (cut off by the image border)"
    out = [
        f"layer {e.layer}, position ({e.position[0]}, {e.position[1]}), channel {e.channel}",
        f"input 28x28 ('.' marks the receptive field: {where}):",
        *_picture(image, field),
        "",
    ]
    if isinstance(e, ConvExplanation):
        kh, kw, cin = e.patch.shape
        out.append(
            f"{kh}x{kw} filter over {cin} input channel{'s' if cin > 1 else ''}; "
            "each input value is multiplied by the weight above it and all are added"
        )
        if e.padding.any():
            out.append("(zeros in the window are padding outside the map)")
        order = np.argsort(-np.abs(e.channel_sums), kind="stable")
        for k in order[:max_channels]:
            out += [
                "",
                f"input channel {k}: window",
                *_grid(e.patch[..., k]),
                "weights",
                *_grid(e.kernel[..., k]),
                f"sum of products: {e.channel_sums[k]:.4f}",
            ]
        if cin > max_channels:
            rest = float(e.channel_sums[order[max_channels:]].sum())
            out.append(f"... {cin - max_channels} more input channels add {rest:.4f}")
        sign = "+" if e.bias >= 0 else "-"
        out += [
            "",
            f"{e.total:.4f} {sign} {abs(e.bias):.4f} = {e.pre_activation:.4f} "
            f"-> {e.activation} -> {e.value:.4f}",
            "(sum + bias = pre-activation -> activation -> value)",
        ]
        return "\n".join(out)
    out.append(
        f"{e.kind} pooling over rows {e.top}..{e.top + e.height - 1}, columns "
        f"{e.left}..{e.left + e.width - 1} of the previous map:"
    )
    mark = None if e.winner is None else (e.winner[0] - e.top, e.winner[1] - e.left)
    out += _grid(e.values, mark)
    if e.winner is None:
        out.append(f"mean = {e.value:.4f}")
    else:
        out.append(f"max = {e.value:.4f} at row {e.winner[0]}, column {e.winner[1]} (in brackets)")
    return "\n".join(out)


# --------------------------------------------------------------------------- layers as data


def _type_kind(type_name: str) -> str:
    return {
        "Conv2D": "conv",
        "MaxPooling2D": "maxpool",
        "AveragePooling2D": "avgpool",
        "Dense": "dense",
        "Flatten": "flatten",
    }.get(type_name, "other")


def describe_layers(model: Any) -> list[dict[str, Any]]:
    """Every layer's kind, activation, shapes and weights (kernels, biases).

    Returns
    -------
    list
        ``[{"name", "type", "kind", "activation", "input_shape", "output_shape", "kernel",
        "bias", "kernel_size", "strides", "padding", "raw_pixels"}...]``, plain data; weights
        are float32 arrays or None. ``raw_pixels`` is True for a Dense layer that reads the
        flattened 28x28 input directly (so each unit's weights form a 28x28 picture).
    """
    layers = []
    only_reshaping = True  # no layer so far has changed what the pixels are
    for layer in model.layers:
        type_name = type(layer).__name__
        weights = layer.get_weights()
        entry: dict[str, Any] = {
            "name": layer.name,
            "type": type_name,
            "kind": _type_kind(type_name),
            "activation": activation_name(layer),
            "input_shape": [int(d) for d in layer.input_shape],
            "output_shape": [int(d) for d in layer.output_shape],
            "kernel": np.asarray(weights[0], np.float32)
            if weights and type_name in ("Conv2D", "Dense")
            else None,
            "bias": np.asarray(weights[1], np.float32)
            if len(weights) > 1 and type_name in ("Conv2D", "Dense")
            else None,
            "kernel_size": list(getattr(layer, "kernel_size", getattr(layer, "pool_size", ())))
            if type_name in ("Conv2D", "MaxPooling2D", "AveragePooling2D")
            else [],
            "strides": list(getattr(layer, "strides", ()) or ()),
            "padding": str(getattr(layer, "padding", "")),
            "raw_pixels": type_name == "Dense"
            and only_reshaping
            and int(np.prod(layer.input_shape)) == 28 * 28,
        }
        if type_name not in ("Flatten", "Dropout", "Reshape"):
            only_reshaping = False
        layers.append(entry)
    return layers
