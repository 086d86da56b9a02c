"""Window geometry: where a filter or pooling window sits, and the receptive field.

Each Conv2D and pooling layer maps an output position to a window of its input (kernel or pool
size, strides, dilation, 'valid'/'same' padding as TensorFlow pads). Chained through the
layers, these give ``receptive_field``: the box of 28x28 input pixels one value of a feature
map can depend on.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain.layers import INPUT_SIZE, ExplainError, layer_index, layer_kind
from model.i18n import translate


@dataclass(frozen=True)
class WindowAxis:
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


def pair(value: Any) -> tuple[int, int]:
    """A Keras size or stride, given as one number or two, as (rows, columns)."""
    if isinstance(value, int):
        return value, value
    return int(value[0]), int(value[1])


def window_axis(taps: int, stride: int, dilation: int, padding: str, size_in: int) -> WindowAxis:
    """One axis of a window: output size and padding as TensorFlow works them out."""
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
        raise ExplainError(
            translate(
                "explain.geometry", "padding {padding} is not supported; only 'valid' and 'same'"
            ).format(padding=repr(padding))
        )
    return WindowAxis(taps, dilation, stride, pad_before, size_in, size_out)


def window_geometry(layer: Any, height: int, width: int) -> tuple[WindowAxis, WindowAxis]:
    """The row and column axes of a Conv2D or pooling layer on a ``height`` x ``width`` input."""
    if getattr(layer, "data_format", "channels_last") != "channels_last":
        raise ExplainError(
            translate(
                "explain.geometry", "layer {name} is channels-first; only channels-last works"
            ).format(name=repr(layer.name))
        )
    if layer_kind(layer) == "conv":
        if getattr(layer, "groups", 1) != 1:
            raise ExplainError(
                translate(
                    "explain.geometry", "layer {name} is a grouped convolution; not supported"
                ).format(name=repr(layer.name))
            )
        taps, strides = pair(layer.kernel_size), pair(layer.strides)
        dilation = pair(getattr(layer, "dilation_rate", 1))
    else:
        taps = pair(layer.pool_size)
        strides = pair(layer.strides if layer.strides is not None else layer.pool_size)
        dilation = (1, 1)
    padding = str(layer.padding).lower()
    return (
        window_axis(taps[0], strides[0], dilation[0], padding, height),
        window_axis(taps[1], strides[1], dilation[1], padding, width),
    )


def walk_to(model: Any, layer_name: str) -> list[tuple[Any, tuple[WindowAxis, WindowAxis] | None]]:
    """Each layer up to ``layer_name`` with its window geometry (None for elementwise layers).

    Raises ExplainError at the first layer that loses the 2-D layout (Flatten, Dense, ...).
    """
    end = layer_index(model, layer_name)
    height = width = INPUT_SIZE
    steps: list[tuple[Any, tuple[WindowAxis, WindowAxis] | None]] = []
    for layer in model.layers[: end + 1]:
        kind = layer_kind(layer)
        if kind in ("conv", "maxpool", "avgpool"):
            rows, cols = window_geometry(layer, height, width)
            height, width = rows.size_out, cols.size_out
            steps.append((layer, (rows, cols)))
        elif kind == "elementwise" or (
            type(layer).__name__ == "Reshape" and tuple(layer.output_shape[:2]) == (height, width)
        ):
            steps.append((layer, None))
        else:
            raise ExplainError(
                translate(
                    "explain.geometry",
                    "layer {name} has no 2-D map: {prev} ({type}) before it unrolls the "
                    "image, so every value there depends on the whole input",
                ).format(name=repr(layer_name), prev=repr(layer.name), type=type(layer).__name__)
            )
    return steps


def map_size(steps: list[tuple[Any, tuple[WindowAxis, WindowAxis] | None]]) -> tuple[int, int]:
    """(height, width) of the maps after the last windowed layer of ``steps``."""
    for _layer, geometry in reversed(steps):
        if geometry is not None:
            return geometry[0].size_out, geometry[1].size_out
    return INPUT_SIZE, INPUT_SIZE


def check_position(layer_name: str, row: int, col: int, size: tuple[int, int]) -> None:
    """Refuse a position outside a map of ``size``, saying which rows and columns there are."""
    height, width = size
    if not (0 <= row < height and 0 <= col < width):
        raise ExplainError(
            translate(
                "explain.geometry",
                "position ({row}, {col}) is outside layer {name}, whose maps are "
                "{height}x{width} (rows 0..{last_row}, columns 0..{last_col})",
            ).format(
                row=row,
                col=col,
                name=repr(layer_name),
                height=height,
                width=width,
                last_row=height - 1,
                last_col=width - 1,
            )
        )


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
    steps = walk_to(model, layer_name)
    check_position(layer_name, row, col, map_size(steps))
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
