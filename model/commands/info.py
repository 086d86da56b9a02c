"""``info``: a model file's layers, output shapes, parameters and metadata."""

from __future__ import annotations

import argparse
import json
from typing import Any


def add_parser(sub: Any) -> None:
    """Add ``info`` and its options to the command line's subparsers."""
    i = sub.add_parser("info", help="layers, shapes, parameters and metadata of a model file")
    i.add_argument("model", metavar="MODEL")
    i.add_argument("--json", action="store_true", help="print as JSON")
    i.set_defaults(func=run)


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
    for key in (
        "preset",
        "test_accuracy",
        "epochs_completed",
        "train_seconds",
        "created",
        "command",
    ):
        if key in meta:
            value = meta[key]
            if key == "test_accuracy":
                value = f"{value * 100:.2f}%"
            print(f"  {key.replace('_', ' ')}: {value}")
    print(f"  {'layer':<12} {'type':<20} {'output':<12} {'params':>8}")
    for layer in layers:
        shape = "x".join(str(d) for d in layer["output_shape"])
        print(f"  {layer['name']:<12} {layer['type']:<20} {shape:<12} {layer['params']:>8,}")
    print(f"  total parameters: {info['total_params']:,}")
    return 0
