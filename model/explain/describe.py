"""Every layer as plain data: kind, activation, shapes and weights, for the inspector."""

from __future__ import annotations

from typing import Any

import numpy as np

from model.explain.layers import activation_name


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
