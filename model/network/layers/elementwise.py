"""Layers that act on each value alone: ``BatchNormalization`` (inference), ``Dropout`` (a
no-op outside training), ``Activation`` and ``Rescaling``."""

from __future__ import annotations

from typing import Any

import numpy as np

from model.i18n import translate
from model.network.layers.base import Layer, Shape, Unsupported, WithActivation


class BatchNormalization(Layer):
    kind = "BatchNormalization"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        axis = config.get("axis", -1)
        if isinstance(axis, (list, tuple)):
            if len(axis) != 1:
                raise Unsupported(
                    translate(
                        "network.layers.elementwise", "layer {name} normalises over several axes"
                    ).format(name=self.name)
                )
            axis = axis[0]
        self.axis = int(axis)
        self.epsilon = float(config.get("epsilon", 1e-3))
        self.center = bool(config.get("center", True))
        self.scale = bool(config.get("scale", True))
        names = (["gamma"] if self.scale else []) + (["beta"] if self.center else [])
        self.weight_names = tuple(names + ["moving_mean", "moving_variance"])
        if config.get("synchronized"):
            self.numpy_reason = self.numpy_reason or translate(
                "network.layers.elementwise", "layer {name} is synchronized"
            ).format(name=self.name)

    def _output_shape(self, shape: Shape) -> Shape:
        if self.axis not in (-1, len(shape)):
            raise Unsupported(
                translate(
                    "network.layers.elementwise",
                    "layer {name} normalises axis {axis}, not the channels",
                ).format(name=self.name, axis=self.axis)
            )
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


class Dropout(Layer):
    """Does nothing in inference, which is all Convscope computes outside training."""

    kind = "Dropout"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.rate = float(config.get("rate", 0.0))


class Activation(WithActivation):
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
            raise Unsupported(
                translate(
                    "network.layers.elementwise", "layer {name} has a scale that is not a number"
                ).format(name=self.name)
            ) from None

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        return x * self.scale + self.offset, None

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        return dy * self.scale
