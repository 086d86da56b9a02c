"""``info``: a model file's layers, output shapes, parameters and metadata."""

from __future__ import annotations

import argparse
import json
from typing import Any

from model.i18n import QT_TRANSLATE_NOOP, integer, percent, translate


def add_parser(sub: Any) -> None:
    """Add ``info`` and its options to the command line's subparsers."""
    i = sub.add_parser(
        "info",
        help=translate("commands.info", "layers, shapes, parameters and metadata of a model file"),
    )
    i.add_argument("model", metavar=translate("commands.info", "MODEL"))
    i.add_argument("--json", action="store_true", help=translate("commands.info", "print as JSON"))
    i.set_defaults(func=run)


def _metadata_labels() -> tuple[tuple[str, str], ...]:
    """The metadata ``info`` shows, each with its label (marked for translation)."""
    return (
        ("preset", QT_TRANSLATE_NOOP("commands.info", "preset")),
        ("test_accuracy", QT_TRANSLATE_NOOP("commands.info", "test accuracy")),
        ("epochs_completed", QT_TRANSLATE_NOOP("commands.info", "epochs completed")),
        ("train_seconds", QT_TRANSLATE_NOOP("commands.info", "train seconds")),
        ("created", QT_TRANSLATE_NOOP("commands.info", "created")),
        ("command", QT_TRANSLATE_NOOP("commands.info", "command")),
    )


def run(args: argparse.Namespace) -> int:
    """Run ``info`` as ``args`` say; returns the exit code."""
    from model.network.network import network_summary
    from model.storage import load_model

    loaded = load_model(args.model)
    model = loaded.model
    layers = network_summary(model)
    meta = {k: v for k, v in loaded.metadata.items() if k != "history"}
    history = loaded.metadata.get("history", {})
    info = {
        "path": str(args.model),
        "name": loaded.name,
        "layers": layers,
        "total_params": int(model.count_params()),
        "metadata": meta,
        "history": history,
    }
    if args.json:
        print(json.dumps(info))
        return 0
    print(f"{loaded.name}  ({args.model})")
    for key, label in _metadata_labels():
        if key in meta:
            value = meta[key]
            if key == "test_accuracy":
                value = percent(value, 2)
            print(f"  {translate('commands.info', label)}: {value}")
    heads = (
        translate("commands.info", "layer"),
        translate("commands.info", "type"),
        translate("commands.info", "output"),
    )
    params = translate("commands.info", "params")
    print(f"  {heads[0]:<12} {heads[1]:<20} {heads[2]:<12} {params:>8}")
    for layer in layers:
        shape = "x".join(str(d) for d in layer["output_shape"])
        print(
            f"  {layer['name']:<12} {layer['type']:<20} {shape:<12} {integer(layer['params']):>8}"
        )
    print(
        "  "
        + translate("commands.info", "total parameters: {n}").format(
            n=integer(info["total_params"])
        )
    )
    return 0
