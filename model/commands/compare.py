"""``compare``: two models on the same test digits: accuracy, agreement, disagreements
(``model.explain.compare``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from model.commands.common import CliError, load_predictor, model_names
from model.i18n import integer, number, translate


def add_parser(sub: Any) -> None:
    """Add ``compare`` and its options to the command line's subparsers."""
    co = sub.add_parser(
        "compare",
        help=translate(
            "commands.compare",
            "two models on the same test digits: accuracy, agreement, disagreements",
        ),
        description=translate(
            "commands.compare",
            "Run two models on the same MNIST test digits and list the digits on "
            "which they give different answers (indices into the test set).",
        ),
    )
    co.add_argument("a", help=translate("commands.compare", "the first model file"))
    co.add_argument("b", help=translate("commands.compare", "the second model file"))
    co.add_argument(
        "--n",
        type=int,
        default=10000,
        help=translate("commands.compare", "test digits (default: all 10,000)"),
    )
    co.add_argument(
        "--data", help=translate("commands.compare", "MNIST .npz file (default: the bundled copy)")
    )
    co.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.compare", "print the comparison as JSON"),
    )
    co.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``compare`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist
    from model.explain.compare import compare_on

    if args.n < 1:
        raise CliError(
            translate("commands.compare", "--n must be at least 1, not {n}").format(n=args.n)
        )
    paths = [Path(args.a), Path(args.b)]
    from model.storage import read_config

    for path in paths:  # both checked before any work: a typo fails at once
        read_config(path)
    nets = {name: load_predictor(path)[1].model for name, path in zip(model_names(paths), paths)}
    data = load_mnist(args.data)
    result = compare_on(nets, data.x_test[: args.n], data.y_test[: args.n])
    result.pop("predictions")
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        translate("commands.compare", "on the first {n} test digits:").format(
            n=integer(result["n"])
        )
    )
    for name, figures in result["models"].items():
        print(
            translate("commands.compare", "  {name}: {pct} % right").format(
                name=name, pct=number(figures["accuracy"] * 100, 2)
            )
        )
    shown = ", ".join(str(i) for i in result["disagreements"][:20])
    more = " …" if len(result["disagreements"]) > 20 else ""
    print(
        translate(
            "commands.compare", "  they agree on {pct} %; they disagree on {n} digits"
        ).format(pct=number(result["agreement"] * 100, 2), n=integer(len(result["disagreements"])))
        + (f": {shown}{more}" if shown else "")
    )
    return 0
