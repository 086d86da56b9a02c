"""One value of a pooling layer's map: the window it came from and, for max pooling, its winner."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain.geometry import ReceptiveField, check_position, receptive_field, window_geometry
from model.explain.layers import ExplainError, check_channel, layer_index, layer_input, layer_kind
from model.i18n import translate
from model.words import with_article


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
    index = layer_index(model, layer_name)
    layer = model.layers[index]
    kind = layer_kind(layer)
    if kind not in ("maxpool", "avgpool"):
        raise ExplainError(
            #: {a_type}: the layer type after an English article; {type}: the bare type
            translate("explain.pooling", "layer {name} is {a_type}, not a pooling layer").format(
                name=repr(layer_name),
                a_type=with_article(type(layer).__name__),
                type=type(layer).__name__,
            )
        )
    x = layer_input(model, activations, image, layer_name)
    rows, cols = window_geometry(layer, x.shape[0], x.shape[1])
    check_position(layer_name, row, col, (rows.size_out, cols.size_out))
    check_channel(layer_name, channel, x.shape[2])
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
