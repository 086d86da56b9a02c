"""Which layer is which and what it received: the helpers every explanation shares.

An explanation re-does by hand a small piece of what the network computed, so it first needs
the layer by name, the kind of layer (by class name, so Keras layers and Convscope's NumPy
layers both work), the array the layer received in the forward pass, and its weights and
activation. Models are the Sequential, channels-last stacks Convscope builds and loads
(``model.network.network.Network``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model.errors import ConvscopeError
from model.i18n import translate
from model.words import count

INPUT_SIZE = 28

# Layers that change nothing about where a value sits: its receptive field passes through.
_ELEMENTWISE = ("BatchNormalization", "Activation", "Dropout", "Rescaling")


class ExplainError(ConvscopeError):
    """A layer, position or channel that cannot be explained; the message says why."""


def layer_kind(layer: Any) -> str:
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


def layer_index(model: Any, layer_name: str) -> int:
    """The position of ``layer_name`` in the model; an unknown name lists the layers there are."""
    for i, layer in enumerate(model.layers):
        if layer.name == layer_name:
            return i
    names = ", ".join(layer.name for layer in model.layers)
    raise ExplainError(
        translate(
            "explain.layers", "the model has no layer {name}; its layers are: {names}"
        ).format(name=repr(layer_name), names=names)
    )


def as_image(image: np.ndarray) -> np.ndarray:
    """The network input as the first layer receives it: (28, 28, 1) float32."""
    arr = np.asarray(image, dtype=np.float32)
    if arr.size != INPUT_SIZE * INPUT_SIZE:
        raise ExplainError(
            translate(
                "explain.layers", "the input must be a 28x28 image, not shape {shape}"
            ).format(shape=arr.shape)
        )
    return arr.reshape(INPUT_SIZE, INPUT_SIZE, 1)


def spatial_layers(model: Any) -> list[str]:
    """Names of the Conv2D and pooling layers: the ones whose windows can be explained."""
    return [
        layer.name for layer in model.layers if layer_kind(layer) in ("conv", "maxpool", "avgpool")
    ]


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
    index = layer_index(model, layer_name)
    if index == 0:
        return as_image(image)
    previous = model.layers[index - 1].name
    if previous not in activations:
        raise ExplainError(
            translate("explain.layers", "no activation recorded for layer {name}").format(
                name=repr(previous)
            )
        )
    return np.asarray(activations[previous])


def flattened(activations: dict[str, np.ndarray], layer_name: str) -> np.ndarray:
    """A layer's output unrolled into one vector, in the order Keras's ``Flatten`` uses.

    Channels-last maps unroll row by row, and within a pixel channel by channel, so index
    ``i`` of the vector is ``np.unravel_index(i, map.shape)`` of the map.
    """
    if layer_name not in activations:
        raise ExplainError(
            translate("explain.layers", "no activation recorded for layer {name}").format(
                name=repr(layer_name)
            )
        )
    return np.asarray(activations[layer_name]).reshape(-1)


def activate(layer: Any, z: np.ndarray) -> np.ndarray:
    """Apply ``layer``'s activation to the pre-activations ``z`` (channels on the last axis)."""
    from model.network import activations

    name = activation_name(layer)
    fn = activations.get(name)
    if fn is None:
        raise ExplainError(
            translate(
                "explain.layers",
                "layer {name} uses the activation {activation}, not one Convscope computes",
            ).format(name=repr(layer.name), activation=repr(name))
        )
    # In float64: the explanation's sums are shown with more digits than float32 carries.
    return np.asarray(fn(np.asarray(z, np.float64)), np.float64)


def activation_name(layer: Any) -> str:
    """The name of a layer's activation function ('relu', 'linear', ...)."""
    fn = getattr(layer, "activation", None)
    return getattr(fn, "__name__", "linear" if fn is None else str(fn))


def kernel_and_bias(layer: Any) -> tuple[np.ndarray, np.ndarray]:
    """A Conv2D or Dense layer's kernel and bias in float64 (zeros for a layer without bias)."""
    weights = layer.get_weights()
    kernel = np.asarray(weights[0], np.float64)
    bias = (
        np.asarray(weights[1], np.float64)
        if getattr(layer, "use_bias", True) and len(weights) > 1
        else np.zeros(kernel.shape[-1])
    )
    return kernel, bias


def check_channel(layer_name: str, channel: int, channels: int) -> None:
    """Refuse a channel the layer does not have, saying how many it has."""
    if not 0 <= channel < channels:
        raise ExplainError(
            translate(
                "explain.layers",
                "channel {channel} is out of range: layer {name} has {channels} (0..{last})",
            ).format(
                channel=channel,
                name=repr(layer_name),
                channels=count(
                    channels,
                    translate("explain.layers", "channel"),
                    translate("explain.layers", "channels"),
                ),
                last=channels - 1,
            )
        )
