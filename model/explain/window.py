"""One value of a feature map explained by its window, whichever windowed layer made it."""

from __future__ import annotations

from typing import Any

import numpy as np

from model.explain.convolution import ConvExplanation, conv_window_sum
from model.explain.layers import ExplainError, layer_index, layer_kind, spatial_layers
from model.explain.pooling import PoolExplanation, pool_window
from model.i18n import translate
from model.words import with_article


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
    layer = model.layers[layer_index(model, layer_name)]
    kind = layer_kind(layer)
    if kind == "conv":
        return conv_window_sum(model, activations, image, layer_name, row, col, channel)
    if kind in ("maxpool", "avgpool"):
        return pool_window(model, activations, image, layer_name, row, col, channel)
    choices = ", ".join(spatial_layers(model)) or translate("explain.window", "none in this model")
    raise ExplainError(
        #: {a_type}: the layer type after an English article; {type}: the bare type
        translate(
            "explain.window",
            "layer {name} is {a_type}; only convolution and pooling layers can be explained "
            "by window: {choices}",
        ).format(
            name=repr(layer_name),
            a_type=with_article(type(layer).__name__),
            type=type(layer).__name__,
            choices=choices,
        )
    )
