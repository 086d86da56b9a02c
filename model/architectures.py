"""Architectures as plain data: a spec is a list of dicts, one per layer.

A spec is what the Train tab edits, what a JSON file stores and what model metadata records::

    [{"type": "Conv2D", "filters": 16, "kernel_size": 3, "activation": "relu"},
     {"type": "MaxPooling2D", "pool_size": 2},
     {"type": "Flatten"},
     {"type": "Dense", "units": 10, "activation": "softmax"}]

Keys use Keras's own argument names. ``summarize`` checks a spec and computes every layer's
output shape and parameter count by arithmetic alone, so the GUI can validate under every edit
without TensorFlow; ``build_model`` turns a checked spec into a ``keras.Sequential``. The named
architectures (``mlp``, ``lenet``, ``default``, ``best``) are in ``model.presets``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from model.backend import graph_lock
from model.backend import keras as _keras
from model.errors import SpecError
from model.i18n import integer, translate
from model.words import count, with_article

INPUT_SHAPE = (28, 28, 1)
NUM_CLASSES = 10

ACTIVATIONS = ("relu", "tanh", "sigmoid", "elu", "gelu", "swish", "linear", "softmax")
PADDINGS = ("valid", "same")

# For each layer type: allowed keys with their defaults. "name" is allowed everywhere.
LAYER_TYPES: dict[str, dict[str, Any]] = {
    "Conv2D": {
        "filters": 32,
        "kernel_size": 3,
        "strides": 1,
        "padding": "valid",
        "activation": "relu",
    },
    "MaxPooling2D": {"pool_size": 2, "strides": None, "padding": "valid"},
    "AveragePooling2D": {"pool_size": 2, "strides": None, "padding": "valid"},
    "Dropout": {"rate": 0.25},
    # Keras's default momentum (0.99) leaves the moving statistics far from the batch statistics
    # after a few hundred steps, and a short run then classifies almost everything as one digit.
    "BatchNormalization": {"momentum": 0.9},
    "Flatten": {},
    "Dense": {"units": 128, "activation": "relu"},
    "Activation": {"activation": "relu"},
}

_NAME_STEMS = {
    "Conv2D": "conv",
    "MaxPooling2D": "pool",
    "AveragePooling2D": "pool",
    "Dropout": "dropout",
    "BatchNormalization": "bn",
    "Flatten": "flatten",
    "Dense": "dense",
    "Activation": "act",
}


@dataclass(frozen=True)
class LayerSummary:
    """One checked layer: its name, type, output shape (no batch axis) and parameter count."""

    index: int
    name: str
    type: str
    output_shape: tuple[int, ...]
    params: int
    config: dict[str, Any]

    @property
    def shape_text(self) -> str:
        return "x".join(str(d) for d in self.output_shape)


# --------------------------------------------------------------------------- checking


def _pair(value: Any, what: str, where: str) -> tuple[int, int]:
    if isinstance(value, bool):
        raise SpecError(
            translate(
                "architectures", "{place}: {part} must be a whole number or a pair, not {given}"
            ).format(place=where, part=what, given=repr(value))
        )
    if isinstance(value, int):
        pair = (value, value)
    elif isinstance(value, (list, tuple)) and len(value) == 2:
        pair = tuple(value)
    else:
        raise SpecError(
            translate(
                "architectures", "{place}: {part} must be a whole number or a pair, not {given}"
            ).format(place=where, part=what, given=repr(value))
        )
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in pair):
        raise SpecError(
            translate("architectures", "{place}: {part} must be at least 1, not {given}").format(
                place=where, part=what, given=repr(value)
            )
        )
    return pair  # type: ignore[return-value]


def _window_out(size: int, kernel: int, stride: int, padding: str) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - kernel) // stride + 1


def summarize(spec: list[dict[str, Any]]) -> list[LayerSummary]:
    """Check ``spec`` and return one LayerSummary per layer.

    Raises
    ------
    SpecError
        Naming the layer (1-based, as people count) and the problem in words, with ``.layer``
        set to its 0-based index.
    """
    if not isinstance(spec, list) or not spec:
        raise SpecError(translate("architectures", "the architecture has no layers"))
    shape: tuple[int, ...] = INPUT_SHAPE
    counters: dict[str, int] = {}
    used_names: set[str] = set()
    out: list[LayerSummary] = []
    for i, raw in enumerate(spec):
        if not isinstance(raw, dict):
            raise SpecError(
                translate(
                    "architectures", "layer {n}: expected a dict of settings, got {raw}"
                ).format(n=i + 1, raw=repr(raw)),
                i,
            )
        kind = raw.get("type")
        if kind not in LAYER_TYPES:
            raise SpecError(
                translate(
                    "architectures", "layer {n}: unknown type {kind}; use one of {names}"
                ).format(n=i + 1, kind=repr(kind), names=", ".join(LAYER_TYPES)),
                i,
            )
        where = translate("architectures", "layer {n} ({kind})").format(n=i + 1, kind=kind)
        unknown = set(raw) - set(LAYER_TYPES[kind]) - {"type", "name"}
        if unknown:
            raise SpecError(
                translate("architectures", "{place}: unknown setting {names}").format(
                    place=where, names=", ".join(sorted(unknown))
                ),
                i,
            )
        cfg = {**LAYER_TYPES[kind], **{k: v for k, v in raw.items() if k != "type"}}
        stem = _NAME_STEMS[kind]
        counters[stem] = counters.get(stem, 0) + 1
        name = cfg.pop("name", None) or (
            stem if stem == "flatten" and counters[stem] == 1 else f"{stem}{counters[stem]}"
        )
        if i == len(spec) - 1 and kind == "Dense":
            name = raw.get("name") or "output"
        if not isinstance(name, str) or not name.isidentifier():
            raise SpecError(
                translate(
                    "architectures", "{place}: name {name} must be a simple identifier"
                ).format(place=where, name=repr(name)),
                i,
            )
        if name in used_names:
            raise SpecError(
                translate("architectures", "{place}: the name {name} is used twice").format(
                    place=where, name=repr(name)
                ),
                i,
            )
        used_names.add(name)
        try:
            shape, params = _check_layer(kind, cfg, shape, where)
        except SpecError as exc:
            raise SpecError(str(exc), i) from None
        out.append(LayerSummary(i, name, kind, shape, params, cfg))
    _check_last(out[-1])
    return out


def _check_last(last: LayerSummary) -> None:
    """The last layer must give the ten digits' probabilities."""
    if last.type != "Dense" or last.config["units"] != NUM_CLASSES:
        raise SpecError(
            translate(
                "architectures",
                "the last layer must be Dense with {n} units, one per digit (it is {type})",
            ).format(n=NUM_CLASSES, type=last.type),
            last.index,
        )
    if last.config["activation"] != "softmax":
        raise SpecError(
            translate(
                "architectures",
                "the last layer needs activation 'softmax' so its outputs are probabilities",
            ),
            last.index,
        )


def _check_layer(
    kind: str, cfg: dict[str, Any], shape: tuple[int, ...], where: str
) -> tuple[tuple[int, ...], int]:
    """Return (output shape, parameter count) of one layer on an input of ``shape``."""
    spatial = len(shape) == 3
    if "activation" in cfg and cfg["activation"] not in ACTIVATIONS:
        raise SpecError(
            translate(
                "architectures", "{place}: unknown activation {activation}; use one of {names}"
            ).format(place=where, activation=repr(cfg["activation"]), names=", ".join(ACTIVATIONS))
        )
    if kind in ("Conv2D", "MaxPooling2D", "AveragePooling2D"):
        return _check_windowed(kind, cfg, shape, where)
    if kind == "Dense":
        if spatial:
            raise SpecError(
                translate(
                    "architectures",
                    "{place}: receives {a_size} map; add a Flatten layer "
                    "before it to unroll the map into a vector",
                ).format(
                    place=where,
                    a_size=f"{with_article(shape[0])}x{shape[1]}x{shape[2]}",
                    size=f"{shape[0]}x{shape[1]}x{shape[2]}",
                )
            )
        units = cfg["units"]
        if isinstance(units, bool) or not isinstance(units, int) or units < 1:
            raise SpecError(
                translate(
                    "architectures", "{place}: units must be a whole number of at least 1"
                ).format(place=where)
            )
        return (units,), (shape[0] + 1) * units
    if kind == "Flatten":
        if not spatial:
            raise SpecError(
                translate(
                    "architectures", "{place}: the input is already flat; remove this layer"
                ).format(place=where)
            )
        return (shape[0] * shape[1] * shape[2],), 0
    if kind == "Dropout":
        rate = cfg["rate"]
        if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate < 1:
            raise SpecError(
                translate(
                    "architectures",
                    "{place}: rate must be a fraction from 0 up to (not including) 1",
                ).format(place=where)
            )
        return shape, 0
    if kind == "BatchNormalization":
        momentum = cfg["momentum"]
        if (
            isinstance(momentum, bool)
            or not isinstance(momentum, (int, float))
            or not (0 <= momentum < 1)
        ):
            raise SpecError(
                translate(
                    "architectures",
                    "{place}: momentum must be a fraction from 0 up to (not including) 1",
                ).format(place=where)
            )
        return shape, 4 * shape[-1]
    return shape, 0  # Activation


def _check_windowed(
    kind: str, cfg: dict[str, Any], shape: tuple[int, ...], where: str
) -> tuple[tuple[int, ...], int]:
    """(output shape, parameter count) of a Conv2D or pooling layer on an input of ``shape``."""
    if len(shape) != 3:
        raise SpecError(
            translate(
                "architectures",
                "{place}: needs a 2-D feature map, but the input was already flattened "
                "to {shape}; move it before Flatten",
            ).format(
                place=where,
                shape=count(
                    shape[0],
                    translate("architectures", "number"),
                    translate("architectures", "numbers"),
                ),
            )
        )
    if cfg["padding"] not in PADDINGS:
        raise SpecError(
            translate(
                "architectures", "{place}: padding must be 'valid' or 'same', not {padding}"
            ).format(place=where, padding=repr(cfg["padding"]))
        )
    h, w, c = shape
    if kind == "Conv2D":
        filters = cfg["filters"]
        if isinstance(filters, bool) or not isinstance(filters, int) or filters < 1:
            raise SpecError(
                translate(
                    "architectures", "{place}: filters must be a whole number of at least 1"
                ).format(place=where)
            )
        kh, kw = _pair(cfg["kernel_size"], "kernel_size", where)
        sh, sw = _pair(cfg["strides"], "strides", where)
        what, depth = translate("architectures", "kernel"), filters
        params = (kh * kw * c + 1) * filters
    else:
        kh, kw = _pair(cfg["pool_size"], "pool_size", where)
        strides = cfg["strides"] if cfg["strides"] is not None else (kh, kw)
        sh, sw = _pair(strides, "strides", where)
        what, depth, params = translate("architectures", "pooling window"), c, 0
    if cfg["padding"] == "valid" and (kh > h or kw > w):
        raise SpecError(
            translate(
                "architectures",
                "{place}: its {kh}x{kw} {part} is larger than its {h}x{w} input; use a "
                "smaller one or padding 'same'",
            ).format(place=where, kh=kh, kw=kw, part=what, h=h, w=w)
        )
    oh, ow = _window_out(h, kh, sh, cfg["padding"]), _window_out(w, kw, sw, cfg["padding"])
    if oh < 1 or ow < 1:
        raise SpecError(
            translate(
                "architectures",
                "{place}: the feature map would shrink below 1x1 (from {h}x{w})",
            ).format(place=where, h=h, w=w)
        )
    return (oh, ow, depth), params


def total_params(summary: list[LayerSummary]) -> int:
    return sum(layer.params for layer in summary)


def describe(summary: list[LayerSummary]) -> str:
    """A plain-text table of the layers, their output shapes and parameter counts."""
    heads = (
        translate("architectures", "layer"),
        translate("architectures", "type"),
        translate("architectures", "output"),
    )
    rows = [("#", *heads, translate("architectures", "params"))]
    rows.append(("0", "input", "Input", "x".join(map(str, INPUT_SHAPE)), "0"))
    for s in summary:
        rows.append((str(s.index + 1), s.name, s.type, s.shape_text, integer(s.params)))
    rows.append(("", "", "", translate("architectures", "total"), integer(total_params(summary))))
    widths = [max(len(r[k]) for r in rows) for k in range(5)]
    return "\n".join(
        "  ".join(
            cell.ljust(widths[k]) if k < 4 else cell.rjust(widths[k]) for k, cell in enumerate(row)
        )
        for row in rows
    )


# --------------------------------------------------------------------------- building


def spec_config(spec: list[dict[str, Any]], name: str = "convscope") -> dict[str, Any]:
    """Keras's serialised form of the ``Sequential`` that ``build_model`` builds, without Keras.

    What a ``.keras`` file's ``config.json`` holds for it: ``model.network.network.Network`` builds
    the
    NumPy network from it (a training snapshot's weights fill it in), and Keras loads it.
    """

    def entry(kind: str, config: dict[str, Any]) -> dict[str, Any]:
        return {"module": "keras.layers", "class_name": kind, "config": config}

    layers = [entry("InputLayer", {"batch_shape": [None, *INPUT_SHAPE], "name": "image"})]
    for s in summarize(spec):
        cfg = dict(s.config)
        common = {"name": s.name, "trainable": True, "dtype": "float32"}
        if s.type == "Conv2D":
            extra = {
                "filters": cfg["filters"],
                "kernel_size": list(_pair(cfg["kernel_size"], "kernel_size", s.name)),
                "strides": list(_pair(cfg["strides"], "strides", s.name)),
                "padding": cfg["padding"],
                "data_format": "channels_last",
                "activation": cfg["activation"],
                "use_bias": True,
            }
        elif s.type in ("MaxPooling2D", "AveragePooling2D"):
            pool = _pair(cfg["pool_size"], "pool_size", s.name)
            strides = pool if cfg["strides"] is None else _pair(cfg["strides"], "strides", s.name)
            extra = {
                "pool_size": list(pool),
                "strides": list(strides),
                "padding": cfg["padding"],
                "data_format": "channels_last",
            }
        elif s.type == "Dense":
            extra = {"units": cfg["units"], "activation": cfg["activation"], "use_bias": True}
        elif s.type == "Dropout":
            extra = {"rate": cfg["rate"]}
        elif s.type == "BatchNormalization":
            extra = {"axis": -1, "momentum": cfg["momentum"], "epsilon": 1e-3}
        elif s.type == "Flatten":
            extra = {"data_format": "channels_last"}
        else:
            extra = {"activation": cfg["activation"]}
        layers.append(entry(s.type, {**common, **extra}))
    return {
        "module": "keras",
        "class_name": "Sequential",
        "config": {"name": name, "trainable": True, "layers": layers},
        "registered_name": None,
    }


def build_model(spec: list[dict[str, Any]], name: str = "convscope", seed: int | None = None):
    """Check ``spec`` and build it as an uncompiled ``keras.Sequential`` on 28x28x1 inputs.

    ``seed`` fixes the initial weights (through ``keras.utils.set_random_seed``).
    """
    summary = summarize(spec)
    keras = _keras()
    with graph_lock:
        return _build(keras, summary, name, seed)


def _build(keras, summary: list[LayerSummary], name: str, seed: int | None):
    if seed is not None:
        keras.utils.set_random_seed(seed)
    layers: list[Any] = [keras.Input(shape=INPUT_SHAPE, name="image")]
    for s in summary:
        cfg = dict(s.config)
        if s.type == "Conv2D":
            layers.append(
                keras.layers.Conv2D(
                    cfg["filters"],
                    cfg["kernel_size"],
                    strides=cfg["strides"],
                    padding=cfg["padding"],
                    activation=cfg["activation"],
                    name=s.name,
                )
            )
        elif s.type in ("MaxPooling2D", "AveragePooling2D"):
            cls = getattr(keras.layers, s.type)
            layers.append(
                cls(cfg["pool_size"], strides=cfg["strides"], padding=cfg["padding"], name=s.name)
            )
        elif s.type == "Dense":
            layers.append(
                keras.layers.Dense(cfg["units"], activation=cfg["activation"], name=s.name)
            )
        elif s.type == "Dropout":
            layers.append(keras.layers.Dropout(cfg["rate"], name=s.name))
        elif s.type == "BatchNormalization":
            layers.append(keras.layers.BatchNormalization(momentum=cfg["momentum"], name=s.name))
        elif s.type == "Flatten":
            layers.append(keras.layers.Flatten(name=s.name))
        else:
            layers.append(keras.layers.Activation(cfg["activation"], name=s.name))
    return keras.Sequential(layers, name=name)
