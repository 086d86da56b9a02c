"""The architecture editor's words for layers: what each layer type and setting means (for
tooltips and the layer form), the settings' names, and a layer's settings in a few words for
the table. Marked for translation where they are written and translated where they are shown
(context ``train.layer_texts``)."""

from __future__ import annotations

from typing import Any

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model.architectures import LAYER_TYPES
from model.i18n import formatted
from model.words import count

_C = "train.layer_texts"

# What each setting means, for tooltips and the layer form.
SETTING_HELP = {
    "filters": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "How many different filters slide over the image; each builds one feature map.",
    ),
    "kernel_size": QT_TRANSLATE_NOOP(
        "train.layer_texts", "The side of each filter's square window, in pixels (3 means 3x3)."
    ),
    "strides": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "How many pixels the window jumps between positions (1 looks everywhere).",
    ),
    "padding": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "'same' pads the border so the map keeps its size; 'valid' lets it shrink.",
    ),
    "activation": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "What each output goes through: relu keeps positive values, softmax gives probabilities.",
    ),
    "pool_size": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "The side of each pooling window; only its largest (or mean) value is kept.",
    ),
    "rate": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "The fraction of values randomly zeroed while training, so no single one is relied on.",
    ),
    "units": QT_TRANSLATE_NOOP(
        "train.layer_texts", "How many neurons: each combines every input into one number."
    ),
}
LAYER_HELP = {
    "Conv2D": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "Convolution: small filters slide over the image and build feature maps.",
    ),
    "MaxPooling2D": QT_TRANSLATE_NOOP(
        "train.layer_texts",
        "Max pooling: shrinks each map, keeping the strongest value per window.",
    ),
    "AveragePooling2D": QT_TRANSLATE_NOOP(
        "train.layer_texts", "Average pooling: shrinks each map to the mean of each window."
    ),
    "Dropout": QT_TRANSLATE_NOOP(
        "train.layer_texts", "Dropout: randomly silences values while training to avoid memorising."
    ),
    "BatchNormalization": QT_TRANSLATE_NOOP(
        "train.layer_texts", "Batch normalisation: rescales values so training stays stable."
    ),
    "Flatten": QT_TRANSLATE_NOOP(
        "train.layer_texts", "Flatten: unrolls the stack of maps into one long vector."
    ),
    "Dense": QT_TRANSLATE_NOOP(
        "train.layer_texts", "Dense (fully connected): every input feeds every neuron."
    ),
    "Activation": QT_TRANSLATE_NOOP(
        "train.layer_texts", "Activation: applies a function such as relu to every value."
    ),
}


# The settings' names in the layer form (Keras's argument names, in words).
SETTING_NAMES = {
    "filters": QT_TRANSLATE_NOOP("train.layer_texts", "filters"),
    "kernel_size": QT_TRANSLATE_NOOP("train.layer_texts", "kernel size"),
    "strides": QT_TRANSLATE_NOOP("train.layer_texts", "strides"),
    "padding": QT_TRANSLATE_NOOP("train.layer_texts", "padding"),
    "activation": QT_TRANSLATE_NOOP("train.layer_texts", "activation"),
    "pool_size": QT_TRANSLATE_NOOP("train.layer_texts", "pool size"),
    "rate": QT_TRANSLATE_NOOP("train.layer_texts", "rate"),
    "units": QT_TRANSLATE_NOOP("train.layer_texts", "units"),
}


def setting_name(key: str) -> str:
    """The name of setting ``key`` in the language spoken."""
    return translate(_C, SETTING_NAMES.get(key, key.replace("_", " ")))


def setting_help(key: str) -> str:
    return translate(_C, SETTING_HELP[key]) if key in SETTING_HELP else ""


def layer_help(kind: str | None) -> str:
    """What a layer of type ``kind`` does, in a sentence ("" for an unknown type)."""
    return translate(_C, LAYER_HELP[kind]) if kind in LAYER_HELP else ""


def layer_settings_text(layer: dict[str, Any]) -> str:
    """A layer's settings in a few words, e.g. ``16 filters 3x3, relu``."""
    kind = layer.get("type")
    cfg = {**LAYER_TYPES.get(kind, {}), **layer}

    def size(v: Any) -> str:
        return f"{v}x{v}" if isinstance(v, int) else "x".join(str(x) for x in v)

    stride = translate("train.layer_texts", ", stride {strides}")
    if kind == "Conv2D":
        filters = count(
            cfg["filters"],
            translate("train.layer_texts", "filter"),
            translate("train.layer_texts", "filters"),
        )
        text = f"{filters} {size(cfg['kernel_size'])}"
        if cfg["strides"] not in (1, [1, 1], (1, 1)):
            text += stride.format(strides=cfg["strides"])
        return f"{text}, {cfg['padding']}, {cfg['activation']}"
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        text = translate("train.layer_texts", "{size} window").format(size=size(cfg["pool_size"]))
        if cfg["strides"] is not None:
            text += stride.format(strides=cfg["strides"])
        return text + (", same" if cfg["padding"] == "same" else "")
    if kind == "Dropout":
        rate = formatted(cfg["rate"])
        return translate("train.layer_texts", "rate {rate}").format(rate=rate)
    if kind == "Dense":
        units = count(
            cfg["units"],
            translate("train.layer_texts", "unit"),
            translate("train.layer_texts", "units"),
        )
        return f"{units}, {cfg['activation']}"
    if kind == "Activation":
        return str(cfg["activation"])
    return ""
