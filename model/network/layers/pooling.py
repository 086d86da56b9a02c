"""``MaxPooling2D`` and ``AveragePooling2D`` in NumPy, with TensorFlow's padding and tie rules."""

from __future__ import annotations

from typing import Any

import numpy as np

from model.i18n import translate
from model.network.layers.base import (
    Layer,
    Shape,
    Unsupported,
    check_channels_last,
    output_size,
    pair,
    taps,
)


class _Pooling2D(Layer):
    is_max = True

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        check_channels_last(self)
        self.pool_size = pair(config.get("pool_size", 2), "pool_size")
        strides = config.get("strides")
        self.strides = self.pool_size if strides is None else pair(strides, "strides")
        self.padding = str(config.get("padding", "valid")).lower()
        if self.padding not in ("valid", "same"):
            raise Unsupported(
                translate("network.layers.pooling", "layer {name} has padding {padding}").format(
                    name=self.name, padding=repr(self.padding)
                )
            )

    def _output_shape(self, shape: Shape) -> Shape:
        if len(shape) != 3:
            raise Unsupported(
                translate(
                    "network.layers.pooling",
                    "layer {name} needs a 2-D map with channels, not {shape}",
                ).format(name=self.name, shape=shape)
            )
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
        return taps(x, ph, pw, sh, sw, oh, ow), (x.shape, oh, ow, top, left)

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
            for view in taps(dx, ph, pw, sh, sw, oh, ow):
                view += share
            return dx[:, top : top + in_shape[1], left : left + in_shape[2]]
        x, out, (padded_shape, oh, ow, top, left) = cache
        parts = self._views(x, -np.inf)[0]
        dx = np.zeros(padded_shape, np.float32)
        taken = np.zeros(out.shape, bool)
        # Each window's gradient goes to its first maximum in row-major order, as
        # TensorFlow's MaxPoolGrad does; ties must not double it.
        for part, view in zip(parts, taps(dx, ph, pw, sh, sw, oh, ow)):
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
