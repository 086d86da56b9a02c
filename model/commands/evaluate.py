"""``evaluate``: a model's accuracy on MNIST's test digits, per class, and its confusion matrix."""

from __future__ import annotations

import argparse
import json
from typing import Any

from model.commands.common import load_predictor, model_path
from model.i18n import percent, translate


def add_parser(sub: Any) -> None:
    """Add ``evaluate`` and its options to the command line's subparsers."""
    e = sub.add_parser(
        "evaluate",
        help=translate(
            "commands.evaluate", "test accuracy and confusion matrix on MNIST's test set"
        ),
    )
    e.add_argument(
        "--model",
        metavar=translate("commands.evaluate", "MODEL"),
        help=translate("commands.evaluate", "model file (default: the shipped one)"),
    )
    e.add_argument(
        "--data", help=translate("commands.evaluate", "MNIST .npz file (default: the bundled copy)")
    )
    e.add_argument(
        "--limit", type=int, help=translate("commands.evaluate", "use the first N test digits only")
    )
    e.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.evaluate", "print the figures as JSON"),
    )
    e.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``evaluate`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist
    from model.evaluation import evaluate
    from model.words import count

    data = load_mnist(args.data)
    loaded, predictor = load_predictor(model_path(args.model))
    n = args.limit
    result = evaluate(predictor, data.x_test[:n], data.y_test[:n])
    if args.json:
        print(json.dumps(result.to_dict()))
        return 0
    print(
        translate("commands.evaluate", "model {path}: test accuracy {pct} on {count}").format(
            path=loaded.path,
            pct=percent(result.accuracy, 2),
            count=count(
                result.n,
                translate("commands.evaluate", "digit"),
                translate("commands.evaluate", "digits"),
            ),
        )
    )
    print(
        translate("commands.evaluate", "per class: {figures}").format(
            figures="  ".join(f"{k}:{percent(a)}" for k, a in enumerate(result.per_class_accuracy))
        )
    )
    print(
        translate("commands.evaluate", "confusion matrix (rows: true digit, columns: predicted):")
    )
    print("      " + "".join(f"{k:>6}" for k in range(10)))
    for k, row in enumerate(result.confusion):
        print(f"{k:>6}" + "".join(f"{v:>6}" for v in row))
    return 0
