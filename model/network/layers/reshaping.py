"""Layers that change only a map's shape: ``Flatten`` and ``Reshape``."""

from __future__ import annotations

from typing import Any

import numpy as np

from model.i18n import translate
from model.network.layers.base import Layer, Shape, Unsupported


class Flatten(Layer):
    kind = "Flatten"

    def _output_shape(self, shape: Shape) -> Shape:
        return (int(np.prod(shape, dtype=np.int64)),)

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return x.reshape(len(x), -1), x.shape

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy.reshape(cache)


class Reshape(Layer):
    kind = "Reshape"

    def _output_shape(self, shape: Shape) -> Shape:
        target = [int(d) for d in self.config.get("target_shape") or ()]
        total = int(np.prod(shape, dtype=np.int64))
        if target.count(-1) > 1 or not target:
            raise Unsupported(
                translate(
                    "network.layers.reshaping", "layer {name} has the target shape {target}"
                ).format(name=self.name, target=tuple(target))
            )
        if -1 in target:
            known = int(np.prod([d for d in target if d != -1], dtype=np.int64))
            if known < 1 or total % known:
                raise Unsupported(
                    translate(
                        "network.layers.reshaping",
                        "layer {name} cannot reshape {shape} to {target}",
                    ).format(name=self.name, shape=shape, target=tuple(target))
                )
            target[target.index(-1)] = total // known
        if int(np.prod(target, dtype=np.int64)) != total:
            raise Unsupported(
                translate(
                    "network.layers.reshaping", "layer {name} cannot reshape {shape} to {target}"
                ).format(name=self.name, shape=shape, target=tuple(target))
            )
        return tuple(target)

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return x.reshape((len(x),) + self.output_shape), x.shape

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy.reshape(cache)
