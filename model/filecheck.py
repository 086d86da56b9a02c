"""What a model file's ``config.json`` may describe: a Sequential of Convscope's own layer
types, Keras built-ins only, taking 28x28x1 images to 10 classes (``model.storage`` reads the
file and calls these before anything in it is used)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from model.errors import ModelFileError
from model.i18n import translate
from model.words import with_article

ALLOWED_LAYERS = frozenset(
    {
        "InputLayer",
        "Conv2D",
        "MaxPooling2D",
        "AveragePooling2D",
        "Dropout",
        "BatchNormalization",
        "Flatten",
        "Dense",
        "Activation",
        "Rescaling",
        "Reshape",
    }
)
ALLOWED_MODELS = frozenset({"Sequential"})


def check_config(config: Any, path: Path | str = "model") -> None:
    """Refuse any config that is not a Sequential of Convscope's own layer types.

    Every nested object must come from a Keras module and be registered under its own name
    (no custom objects), no ``Lambda`` or function references anywhere, no external files.
    """
    if not isinstance(config, dict) or config.get("class_name") not in ALLOWED_MODELS:
        kind = config.get("class_name") if isinstance(config, dict) else type(config).__name__
        raise ModelFileError(
            translate(
                "filecheck", "{path}: {a_kind} model is not supported; only Sequential"
            ).format(path=path, a_kind=with_article(kind), kind=kind)
        )
    layers = config.get("config", {}).get("layers")
    if not isinstance(layers, list) or not layers:
        raise ModelFileError(
            translate("filecheck", "{path}: the model has no layers").format(path=path)
        )
    for layer in layers:
        cls = layer.get("class_name") if isinstance(layer, dict) else None
        if cls not in ALLOWED_LAYERS:
            raise ModelFileError(
                translate(
                    "filecheck", "{path}: contains {a_layer} layer, which Convscope refuses to load"
                ).format(path=path, a_layer=with_article(cls), cls=cls)
            )
    _check_objects(config, path)


def _check_objects(node: Any, path: Path | str) -> None:
    if isinstance(node, dict):
        if "module" in node or "class_name" in node:
            module = str(node.get("module") or "")
            cls = str(node.get("class_name") or "")
            registered = node.get("registered_name")
            if module and not (module == "keras" or module.startswith("keras.")):
                raise ModelFileError(
                    translate(
                        "filecheck", "{path}: refers to code outside Keras ({module}.{cls})"
                    ).format(path=path, module=module, cls=cls)
                )
            if cls in ("Lambda", "function", "__lambda__", "TFOpLambda"):
                raise ModelFileError(
                    translate("filecheck", "{path}: contains {a_thing}, i.e. code; refused").format(
                        path=path, a_thing=with_article(cls), thing=cls
                    )
                )
            if registered not in (None, cls) and not (cls == "DTypePolicy"):
                raise ModelFileError(
                    translate(
                        "filecheck", "{path}: uses the custom object {registered}; refused"
                    ).format(path=path, registered=repr(registered))
                )
        for key, value in node.items():
            if key in ("function", "function_type", "module_path", "filepath", "file_path"):
                raise ModelFileError(
                    translate("filecheck", "{path}: carries a {key} entry; refused").format(
                        path=path, key=repr(key)
                    )
                )
            _check_objects(value, path)
    elif isinstance(node, list):
        for item in node:
            _check_objects(item, path)


def check_io_shapes(net, path: Path | str = "model") -> None:
    """Refuse networks that do not take 28x28x1 images or do not output 10 classes."""
    in_shape, out_shape = tuple(net.input_shape), tuple(net.output_shape)
    if in_shape not in ((28, 28, 1), (28, 28), (784,)):
        raise ModelFileError(
            translate(
                "filecheck",
                "{path}: expects inputs of shape {shape}, but Convscope gives 28x28x1 images",
            ).format(path=path, shape=in_shape)
        )
    if in_shape != (28, 28, 1):
        raise ModelFileError(
            translate(
                "filecheck",
                "{path}: expects inputs of shape {shape}; re-save it with a 28x28x1 input",
            ).format(path=path, shape=in_shape)
        )
    if out_shape != (10,):
        raise ModelFileError(
            translate("filecheck", "{path}: outputs shape {shape}, not 10 digit classes").format(
                path=path, shape=out_shape
            )
        )
