"""One value of a convolution's feature map taken apart: window, weights, products, sum.

``conv_window_sum`` recomputes one value as the filter's weighted sum over the window of the
layer's input it sat on, plus the bias, through the activation; ``conv_pre_activations`` gives
every value of a layer's maps before the activation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain.geometry import (
    ReceptiveField,
    WindowAxis,
    check_position,
    receptive_field,
    window_geometry,
)
from model.explain.layers import (
    ExplainError,
    activate,
    activation_name,
    check_channel,
    kernel_and_bias,
    layer_index,
    layer_input,
    layer_kind,
)
from model.i18n import translate
from model.words import with_article


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
    x: np.ndarray, rows: WindowAxis, cols: WindowAxis, row: int, col: int
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
    index = layer_index(model, layer_name)
    layer = model.layers[index]
    if layer_kind(layer) != "conv":
        raise ExplainError(
            #: {a_type}: the layer type after an English article; {type}: the bare type
            translate("explain.convolution", "layer {name} is {a_type}, not a Conv2D").format(
                name=repr(layer_name),
                a_type=with_article(type(layer).__name__),
                type=type(layer).__name__,
            )
        )
    x = layer_input(model, activations, image, layer_name)
    rows, cols = window_geometry(layer, x.shape[0], x.shape[1])
    check_position(layer_name, row, col, (rows.size_out, cols.size_out))
    kernel_all, bias_all = kernel_and_bias(layer)
    check_channel(layer_name, channel, kernel_all.shape[-1])
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
        value=float(activate(layer, pre_all)[channel]),
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
    index = layer_index(model, layer_name)
    layer = model.layers[index]
    if layer_kind(layer) != "conv":
        raise ExplainError(
            #: {a_type}: the layer type after an English article; {type}: the bare type
            translate("explain.convolution", "layer {name} is {a_type}, not a Conv2D").format(
                name=repr(layer_name),
                a_type=with_article(type(layer).__name__),
                type=type(layer).__name__,
            )
        )
    x = np.asarray(layer_input(model, activations, image, layer_name), np.float64)
    rows, cols = window_geometry(layer, x.shape[0], x.shape[1])
    kernel, bias = kernel_and_bias(layer)
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
