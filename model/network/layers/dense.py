"""``Dense`` in NumPy: a matrix product, its activation, and its backward pass."""

from __future__ import annotations

from typing import Any

import numpy as np

from model.i18n import translate
from model.network.layers.base import Shape, Unsupported, WithActivation, activate_in_place


class Dense(WithActivation):
    kind = "Dense"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.units = int(config.get("units") or 0)
        if self.units < 1:
            raise Unsupported(
                translate("network.layers.dense", "layer {name} has no units").format(
                    name=self.name
                )
            )
        self.use_bias = bool(config.get("use_bias", True))
        self.weight_names = ("kernel", "bias") if self.use_bias else ("kernel",)
        self._read_activation()
        if config.get("lora_rank"):
            self.numpy_reason = self.numpy_reason or translate(
                "network.layers.dense", "layer {name} has LoRA weights"
            ).format(name=self.name)
        if config.get("quantization_config"):
            self.numpy_reason = self.numpy_reason or translate(
                "network.layers.dense", "layer {name} is quantized"
            ).format(name=self.name)

    def _output_shape(self, shape: Shape) -> Shape:
        if not shape:
            raise Unsupported(
                translate("network.layers.dense", "layer {name} has no input").format(
                    name=self.name
                )
            )
        return shape[:-1] + (self.units,)

    def weight_shapes(self) -> list[Shape]:
        shapes = [(self.input_shape[-1], self.units)]
        return shapes + [(self.units,)] if self.use_bias else shapes

    def linear(self, x: np.ndarray) -> np.ndarray:
        """The pre-activation ``x @ kernel + bias``."""
        z = x @ self.weights["kernel"]
        if self.use_bias:
            z += self.weights["bias"]
        return z

    def forward(self, x: np.ndarray) -> np.ndarray:
        return activate_in_place(self.activation, self.linear(x))

    def forward_cached(self, x: np.ndarray) -> tuple[np.ndarray, Any]:
        z = self.linear(x)
        return self.activation(z), z

    def backward(self, cache: Any, dy: np.ndarray) -> np.ndarray:
        dz = self.activation.grad(cache, dy).astype(np.float32, copy=False)
        return dz @ self.weights["kernel"].T

    def linear_backward(self, dz: np.ndarray) -> np.ndarray:
        """The gradient reaching the input from a gradient of the pre-activation ``z``."""
        return dz @ self.weights["kernel"].T
