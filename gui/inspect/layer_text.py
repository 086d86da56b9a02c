"""How the Inspect tab names layers in few words: the input's name, a layer type as one short
word ("bn2 · batch-norm") and an output shape as "26×26×24". The layer strip and the comparison
views' rows use the same words."""

from __future__ import annotations

from model.i18n import number

INPUT = "input"  # the pseudo-layer for the 28x28 image itself, before the first layer

# Layer types in a word, where a button or a row has little room.
SHORT_KINDS = {
    "Conv2D": "conv",
    "MaxPooling2D": "max-pool",
    "AveragePooling2D": "avg-pool",
    "BatchNormalization": "batch-norm",
    "Flatten": "flatten",
    "Dropout": "dropout",
    "Dense": "dense",
    "Activation": "activation",
    "Rescaling": "rescaling",
    "Reshape": "reshape",
}


def shape_text(shape: tuple[int, ...] | list[int]) -> str:
    """(26, 26, 24) -> "26×26×24"."""
    return "×".join(str(int(d)) for d in shape)


def signed(value: float, decimals: int) -> str:
    """``value`` with its sign and ``decimals`` places, in the language's way: +0.93 / +0,93."""
    text = number(value + 0.0, decimals)
    return text if text.startswith("-") else f"+{text}"
