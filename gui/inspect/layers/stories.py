"""What the layer inspector says about a layer when there is nothing to compute: a layer's
story in "This value", and why the ReLU and Top patches tabs have nothing to show."""

from __future__ import annotations

from typing import Any

from gui.common.i18n import QT_TRANSLATE_NOOP, translate

# A sentence per layer type with nothing to click, for a student.
_STORIES = {
    "Flatten": QT_TRANSLATE_NOOP(
        "inspect.layers.stories",
        "Flatten unrolls the stack of maps into one long row of numbers, so "
        "the dense layers after it can read them (see “Flatten & decide”).",
    ),
    "Dense": QT_TRANSLATE_NOOP(
        "inspect.layers.stories",
        "A dense (fully connected) layer: each unit multiplies every input by its "
        "own weight, adds them up with a bias and applies its activation.",
    ),
    "Dropout": QT_TRANSLATE_NOOP(
        "inspect.layers.stories",
        "Dropout switches off random inputs while training so the network does "
        "not rely on any single one. When reading your digit it does nothing.",
    ),
    "BatchNormalization": QT_TRANSLATE_NOOP(
        "inspect.layers.stories",
        "Batch normalisation rescales each channel to a steady "
        "range, which makes training faster. It does not move "
        "anything: each value stays where it is.",
    ),
    "Activation": QT_TRANSLATE_NOOP(
        "inspect.layers.stories",
        "An activation layer applies its function (here ReLU) to every "
        "value on its own: negatives become zero.",
    ),
}


def empty_story() -> tuple[str, str]:
    """(heading, paragraph) for "This value" before there is a digit."""
    return (
        translate("inspect.layers.stories", "How to use this tab"),
        translate(
            "inspect.layers.stories",
            "Pick a layer in the strip above. Click a value of a convolution "
            "or pooling map to see exactly how it was computed.",
        ),
    )


def layer_story(entry: dict[str, Any] | None) -> tuple[str, str]:
    """(heading, paragraph) for "This value" on layer ``entry`` (None: the input), before a
    value is clicked."""
    if entry is None:
        return (
            translate("inspect.layers.stories", "The input"),
            translate(
                "inspect.layers.stories",
                "Your digit, 28×28 brightness values between 0 and 1. A "
                "convolutional network keeps this grid; a plain one unrolls it into a row "
                "(see “Pixels in a row”).",
            ),
        )
    kind = entry["type"]
    if kind == "Conv2D":
        return (
            translate("inspect.layers.stories", "Convolution layer {layername}").format(
                layername=entry["name"]
            ),
            translate(
                "inspect.layers.stories",
                "Click any value of a feature map on the left to see the "
                "filter's window, its weights, the products and their sum.",
            ),
        )
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        return (
            translate("inspect.layers.stories", "Pooling layer {layername}").format(
                layername=entry["name"]
            ),
            translate(
                "inspect.layers.stories",
                "Click any value of a pooled map on the left to see the "
                "window it came from and which value won.",
            ),
        )
    return (
        f"{entry['name']} ({kind})",
        translate(
            "inspect.layers.stories",
            _STORIES.get(kind, "This layer transforms its input value by value."),
        ),
    )


def no_relu_text(has_conv: bool) -> str:
    """Why the ReLU tab shows nothing for the layer selected."""
    if has_conv:
        return translate(
            "inspect.layers.stories",
            "Select a convolution layer to see ReLU at work on one of its maps.",
        )
    return translate(
        "inspect.layers.stories",
        "This network has no convolution layers, so there are no maps "
        "to show ReLU on; its dense units use ReLU the same way on single numbers.",
    )


def no_patches_text(has_conv: bool) -> str:
    """Why the Top patches tab shows nothing for the layer selected."""
    if has_conv:
        return translate(
            "inspect.layers.stories",
            "Select a convolution layer (and click one of its maps) to see which pieces "
            "of real digits excite that filter most.",
        )
    return translate(
        "inspect.layers.stories",
        "This network has no convolution filters. Its dense units' weights (bottom "
        "left, for the first dense layer) show what each unit looks for: a whole-"
        "image template.",
    )


def relu_note(layer: str, relu_layer: str | None) -> str:
    """Where ReLU is applied to ``layer``'s maps, when not by ``layer`` itself."""
    if relu_layer is None:
        return translate("inspect.layers.stories", "This layer does not use ReLU.")
    if relu_layer == layer:
        return ""
    return translate(
        "inspect.layers.stories",
        "Here the convolution has no activation of its own: ReLU is layer {layername}, "
        "after batch normalisation; the left map is what it receives.",
    ).format(layername=relu_layer)
