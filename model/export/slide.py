"""The "Slide the filter" animation: a conv filter moving over the digit, building its map.

Each frame shows the digit with the window the filter sits on (green), the filter's weights,
the sum that window gives, and the feature map filled in up to that position, exactly as the
Inspect tab's "Slide the filter" does; the numbers come from ``model.explain`` and one forward
pass, so the frames agree with the app to the last digit.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from model.explain import conv_window_sum, explain_position
from model.explain.layers import layer_kind
from model.export.errors import ExportError
from model.export.picture import (
    ACCENT,
    MUTED,
    blank,
    map_image,
    outline,
    write,
    write_wrapped,
)
from model.i18n import number, translate
from model.network.predictor import Predictor

SIZE = (800, 450)  # 16:9, the shape of a slide


def conv_layers(network: Any) -> list[str]:
    """The names of the network's convolution layers, first to last."""
    return [layer.name for layer in network.layers if layer_kind(layer) == "conv"]


def strongest_filter(activations: dict[str, np.ndarray], layer: str) -> int:
    """The filter of ``layer`` that responds most to this digit (the largest summed map): the
    most telling one to show when nobody chose."""
    maps = np.asarray(activations[layer])
    return int(np.argmax(maps.reshape(-1, maps.shape[-1]).sum(axis=0)))


def _positions(total: int, frames: int) -> list[int]:
    """The last position revealed in each frame: evenly spread, the last frame the whole map."""
    frames = max(1, min(int(frames), total))
    return [int(round((k + 1) * total / frames)) - 1 for k in range(frames)]


def slide_filter_frames(
    network: Any,
    image: np.ndarray,
    layer: str | None = None,
    channel: int | None = None,
    frames: int = 60,
) -> list[Image.Image]:
    """The frames of the filter sliding over ``image`` (a 28x28 digit, floats 0..1).

    Parameters
    ----------
    network
        A ``model.network.network.Network``.
    layer
        A Conv2D layer's name; by default the first.
    channel
        Which filter of it; by default the one that responds most to this digit.
    frames
        How many frames (at most one per value of the map); the map fills in evenly over them
        and the last frame shows it whole.

    Raises
    ------
    ExportError
        For a network without convolutions, an unknown layer or filter, or no frames.
    """
    names = conv_layers(network)
    if not names:
        raise ExportError(
            translate(
                "export.slide",
                "this network has no convolution layer, so there is no filter to slide",
            )
        )
    layer = layer or names[0]
    if layer not in names:
        raise ExportError(
            translate(
                "export.slide", "{name} is not a convolution layer; try one of {names}"
            ).format(name=repr(layer), names=", ".join(names))
        )
    if int(frames) < 1:
        raise ExportError(
            translate("export.slide", "an animation needs at least one frame, not {frames}").format(
                frames=frames
            )
        )
    image = np.asarray(image, np.float32).reshape(28, 28)
    activations = Predictor(network).predict(image).activations
    maps = activations[layer]
    if channel is None:
        channel = strongest_filter(activations, layer)
    if not 0 <= int(channel) < maps.shape[-1]:
        raise ExportError(
            translate("export.slide", "{name} has filters 0 to {last}, not {channel}").format(
                name=layer, last=maps.shape[-1] - 1, channel=channel
            )
        )
    fmap = np.asarray(maps[..., channel], np.float64)
    h, w = fmap.shape
    high = float(np.abs(fmap).max()) or 1.0
    kernel = _kernel_slice(network, activations, image, layer, channel)
    return [
        _frame(network, activations, image, layer, channel, fmap, high, kernel, p)
        for p in _positions(h * w, frames)
    ]


def _kernel_slice(
    network: Any, activations: dict, image: np.ndarray, layer: str, channel: int
) -> tuple[np.ndarray, int, int]:
    """The filter's weights for one input channel (the one adding most at the map's strongest
    value), that channel, and how many input channels the filter spans."""
    fmap = activations[layer][..., channel]
    row, col = np.unravel_index(int(np.argmax(fmap)), fmap.shape)
    e = conv_window_sum(network, activations, image, layer, int(row), int(col), channel)
    k = int(np.argmax(np.abs(e.channel_sums)))
    return e.kernel[..., k], k, e.kernel.shape[-1]


def _frame(
    network: Any,
    activations: dict,
    image: np.ndarray,
    layer: str,
    channel: int,
    fmap: np.ndarray,
    high: float,
    kernel: tuple[np.ndarray, int, int],
    at: int,
) -> Image.Image:
    """One frame: the map revealed up to position ``at`` (row-major) and the window there."""
    h, w = fmap.shape
    row, col = divmod(at, w)
    e = explain_position(network, activations, image, layer, row, col, channel)
    weights, k, depth = kernel
    out = blank(*SIZE)
    draw = ImageDraw.Draw(out)
    kh, kw = weights.shape
    title = translate("export.slide", "Slide the filter: {name}, filter {channel}")
    write(draw, (30, 22), title.format(name=layer, channel=channel), 24)
    write_wrapped(
        draw,
        (30, 56),
        translate(
            "export.slide",
            "The {kh}×{kw} filter multiplies the window under it by its weights and adds them "
            "up, plus a bias: one value of the feature map. Green: the pixels this value sees.",
        ).format(kh=kh, kw=kw),
        740,
    )
    cell_in = 9
    write(draw, (30, 106), translate("export.slide", "Your digit, 28×28"), 15)
    out.paste(map_image(image, cell_in, "pixels"), (30, 130))
    field = e.receptive_field
    outline(draw, (30, 130), cell_in, (field.top, field.left, field.height, field.width))
    _draw_filter(out, draw, weights, k, depth)
    # The map gets the digit's room whatever its size: a 26x26 map and an 11x11 one alike.
    cell_map = max(1, 252 // max(h, w))
    revealed = fmap.copy().reshape(-1)
    revealed[at + 1 :] = np.nan
    left = 518 + (252 - w * cell_map) // 2
    building = translate("export.slide", "Feature map being built, {h}×{w}").format(h=h, w=w)
    write(draw, (518, 106), building, 15)
    out.paste(map_image(revealed.reshape(h, w), cell_map, "positive", high), (left, 130))
    outline(draw, (left, 130), cell_map, (row, col, 1, 1), ACCENT, 2)
    sign = "+" if e.bias >= 0 else "−"
    arithmetic = translate(
        "export.slide",
        "Row {row}, column {col}: sum {sum} {sign} bias {bias} = {pre} → {activation} → {x}",
    ).format(
        row=row,
        col=col,
        sum=number(e.total, 3),
        sign=sign,
        bias=number(abs(e.bias), 3),
        pre=number(e.pre_activation, 3),
        activation=e.activation,
        x=number(e.value, 3),
    )
    write(draw, (30, 405), arithmetic, 17)
    return out


def _draw_filter(
    out: Image.Image, draw: ImageDraw.ImageDraw, weights: np.ndarray, k: int, depth: int
) -> None:
    """The filter's weights (red adds, blue subtracts) in the middle of the frame."""
    kh, kw = weights.shape
    cell = max(8, 96 // max(kh, kw))
    x = 400 - kw * cell // 2
    write(draw, (400, 106), translate("export.slide", "Filter weights"), 15, anchor="ma")
    out.paste(map_image(weights, cell, "signed"), (x, 130))
    below = 130 + kh * cell + 10
    write(
        draw, (400, below), translate("export.slide", "red adds, blue subtracts"), 13, MUTED, "ma"
    )
    if depth > 1:
        which = translate("export.slide", "(input channel {k} of {depth})").format(k=k, depth=depth)
        write(draw, (400, below + 20), which, 13, MUTED, "ma")
