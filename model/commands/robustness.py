"""``robustness``: each model's accuracy as a seeded sample of test digits moves and turns
further (``model.lab.robustness.robustness_curve``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from model.commands.common import DEFAULT_MODEL, MLP_MODEL, CliError, load_predictor, model_names
from model.i18n import formatted, number, translate


def add_parser(sub: Any) -> None:
    """Add ``robustness`` and its options to the command line's subparsers."""
    r = sub.add_parser(
        "robustness",
        help=translate(
            "commands.robustness", "accuracy of models as test digits are shifted and rotated"
        ),
        description=translate(
            "commands.robustness",
            "Move a seeded sample of test digits 0 to 6 pixels (each in its own "
            "random direction) and turn them by -45 to 45 degrees; print each model's accuracy "
            "at every step. A network that keeps its accuracy copes with digits written off "
            "centre or slanted.",
        ),
    )
    r.add_argument(
        "--models",
        nargs="+",
        metavar=translate("commands.robustness", "MODEL"),
        help=translate(
            "commands.robustness",
            "model files to compare (default: the shipped default.keras and mlp.keras)",
        ),
    )
    r.add_argument(
        "--n",
        type=int,
        default=1000,
        help=translate("commands.robustness", "test digits in the sample (default 1000)"),
    )
    r.add_argument(
        "--seed",
        type=int,
        default=0,
        help=translate("commands.robustness", "seed of the sample and directions"),
    )
    r.add_argument(
        "--data",
        help=translate("commands.robustness", "MNIST .npz file (default: the bundled copy)"),
    )
    r.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.robustness", "print the curves as JSON"),
    )
    r.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``robustness`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist
    from model.lab.robustness import DEFAULT_ROTATIONS, DEFAULT_SHIFTS, robustness_curve

    if args.n < 1:
        raise CliError(
            translate("commands.robustness", "--n must be at least 1, not {n}").format(n=args.n)
        )
    if args.models:
        paths = [Path(m) for m in args.models]
    else:
        paths = [DEFAULT_MODEL, MLP_MODEL]
        for path, preset in ((DEFAULT_MODEL, "default"), (MLP_MODEL, "mlp")):
            if not path.exists():
                raise CliError(
                    translate(
                        "commands.robustness",
                        "no model at {path}; train one with: {command}",
                    ).format(
                        path=path,
                        command=f"python main.py train --preset {preset} --out {path}",
                    )
                )
    from model.storage import read_config

    for path in paths:  # every file checked before TensorFlow loads: a typo fails at once
        read_config(path)
    data = load_mnist(args.data)
    predictors = {}
    for name, path in zip(model_names(paths), paths):
        predictors[name] = load_predictor(path)[1]
    result = robustness_curve(
        predictors,
        data.x_test,
        data.y_test,
        DEFAULT_SHIFTS,
        DEFAULT_ROTATIONS,
        n=args.n,
        seed=args.seed,
    )
    if args.json:
        print(json.dumps(result))
        return 0
    _print_curves(result)
    return 0


def _print_curves(result: dict) -> None:
    """The accuracy curves as two tables: by shift and by rotation."""
    from model.words import count

    names = list(result["models"])
    width = max(9, *(len(name) + 2 for name in names))
    print(
        translate(
            "commands.robustness",
            "accuracy on {count} (seed {seed}) as they move and turn further",
        ).format(
            count=count(
                result["n"],
                translate("commands.robustness", "test digit"),
                translate("commands.robustness", "test digits"),
            ),
            seed=result["seed"],
        )
    )
    for key, heading, unit in (
        (
            "shift",
            translate("commands.robustness", "moved by (each digit in its own random direction)"),
            "px",
        ),
        (
            "rotation",
            translate("commands.robustness", "turned by (positive: anticlockwise)"),
            translate("commands.robustness", "deg"),
        ),
    ):
        print()
        print(heading)
        print(f"{unit:>8}" + "".join(f"{name:>{width}}" for name in names))
        for i, amount in enumerate(result[f"{key}s"]):
            row = "".join(
                f"{number(result['models'][name][f'accuracy_vs_{key}'][i] * 100, 1):>{width - 2}} %"
                for name in names
            )
            print(formatted(amount, ">8g") + row)
