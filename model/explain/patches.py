"""The pieces of real digits that excite one filter most; one layer's outputs for many images."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain.geometry import ReceptiveField, receptive_field, walk_to
from model.explain.layers import ExplainError, check_channel, layer_index
from model.i18n import translate


def layer_outputs(
    model: Any,
    images: np.ndarray,
    layer_name: str,
    channel: int | None = None,
    batch_size: int = 256,
) -> np.ndarray:
    """One layer's outputs for many images, in batches, without running later layers.

    Parameters
    ----------
    model
        A Sequential Keras model on 28x28x1 inputs.
    images
        (N, 28, 28) or (N, 28, 28, 1); integers are read as 0..255, floats as 0..1.
    layer_name
        The layer to stop at.
    channel
        Keep only this channel of the output (saves memory for wide layers); None keeps all.

    Returns
    -------
    np.ndarray
        (N, *layer output shape), or (N, H, W) when ``channel`` is given.
    """
    from model.data.mnist import to_model_input
    from model.network.predictor import as_network

    net = as_network(model)
    index = layer_index(net, layer_name)
    shape = tuple(net.layers[index].output_shape)
    if channel is not None:
        check_channel(layer_name, channel, int(shape[-1]))
    images = np.asarray(images)
    if images.ndim not in (3, 4) or images.shape[1:3] != (28, 28):
        raise ExplainError(
            translate(
                "explain.patches", "expected a batch of 28x28 images, not shape {shape}"
            ).format(shape=images.shape)
        )
    if len(images) == 0:
        return np.zeros((0, *(shape if channel is None else shape[:-1])), np.float32)
    x = to_model_input(images)
    # One step at a time keeps only the wanted channel of each step's maps.
    chunks = [net.forward(x[i : i + batch_size], upto=index) for i in range(0, len(x), batch_size)]
    if channel is not None:
        chunks = [chunk[..., channel] for chunk in chunks]
    return np.concatenate(chunks)


@dataclass(frozen=True)
class TopPatches:
    """The pieces of digits that excite one filter most, strongest first.

    Attributes
    ----------
    layer, channel : the filter's layer and output channel.
    values : (k,) the activations, descending.
    image_indices : (k,) which image of the batch each came from.
    positions : (k, 2) (row, col) of each activation in the layer's map.
    fields : each activation's receptive field.
    patches : (k, H, W) the input under each field (0..1), zero where the field leaves the image.
    """

    layer: str
    channel: int
    values: np.ndarray
    image_indices: np.ndarray
    positions: np.ndarray
    fields: tuple[ReceptiveField, ...]
    patches: np.ndarray


def top_activating_patches(
    predictor: Any,
    images: np.ndarray,
    layer_name: str,
    channel: int,
    k: int = 9,
    *,
    one_per_image: bool = True,
    batch_size: int = 256,
) -> TopPatches:
    """Find where in a batch of digits one filter responds most, and cut out what it saw.

    Parameters
    ----------
    predictor
        A ``model.network.predictor.Predictor`` (its ``model`` is used).
    images
        (N, 28, 28) digits, e.g. MNIST test images (uint8 0..255 or floats 0..1).
    layer_name, channel
        The filter: a layer with 2-D maps and one of its channels.
    k
        How many patches.
    one_per_image
        Take each image's strongest position only, so k patches show k different digits
        rather than neighbouring positions of one stroke. False ranks all positions.
    batch_size
        Images per forward pass.

    Returns
    -------
    TopPatches
        At most ``k`` patches (fewer if there are fewer candidates), by descending activation;
        ties keep the earlier image and position.
    """
    from model.data.mnist import to_model_input

    model = predictor.model
    walk_to(model, layer_name)  # refuses layers without a 2-D map before any work is done
    layer = model.layers[layer_index(model, layer_name)]
    check_channel(layer_name, channel, int(layer.output_shape[-1]))
    if k < 1:
        raise ExplainError(
            translate("explain.patches", "k must be at least 1, not {k}").format(k=k)
        )
    if len(images) == 0:
        raise ExplainError(translate("explain.patches", "there are no images to search"))
    maps = layer_outputs(model, images, layer_name, channel, batch_size)
    pixels = to_model_input(np.asarray(images))[..., 0]
    n, height, width = maps.shape
    flat = maps.reshape(n, -1)
    if one_per_image:
        best = np.argmax(flat, axis=1)
        strength = flat[np.arange(n), best]
        chosen = np.argsort(-strength, kind="stable")[:k]
        where = best[chosen]
        values = strength[chosen]
    else:
        order = np.argsort(-flat.reshape(-1), kind="stable")[:k]
        chosen, where = np.divmod(order, height * width)
        values = flat.reshape(-1)[order]
    rows, cols = np.divmod(where, width)
    fields = tuple(receptive_field(model, layer_name, int(r), int(c)) for r, c in zip(rows, cols))
    patches = np.stack([f.crop(pixels[i]) for f, i in zip(fields, chosen)])
    return TopPatches(
        layer_name,
        channel,
        values.astype(np.float64),
        chosen.astype(int),
        np.stack([rows, cols], axis=1).astype(int),
        fields,
        patches,
    )
