"""``compare``: two models on the same test digits: accuracy, agreement, disagreements
(``model.explain.compare``)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from model.commands.common import CliError, load_predictor, model_names


def add_parser(sub: Any) -> None:
    """Add ``compare`` and its options to the command line's subparsers."""
    co = sub.add_parser(
        "compare",
        help="two models on the same test digits: accuracy, agreement, disagreements",
        description="Run two models on the same MNIST test digits and list the digits on "
        "which they give different answers (indices into the test set).",
    )
    co.add_argument("a", help="the first model file")
    co.add_argument("b", help="the second model file")
    co.add_argument("--n", type=int, default=10000, help="test digits (default: all 10,000)")
    co.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    co.add_argument("--json", action="store_true", help="print the comparison as JSON")
    co.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``compare`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist
    from model.explain.compare import compare_on

    if args.n < 1:
        raise CliError(f"--n must be at least 1, not {args.n}")
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
    print(f"on the first {result['n']:,} test digits:")
    for name, figures in result["models"].items():
        print(f"  {name}: {figures['accuracy'] * 100:.2f} % right")
    shown = ", ".join(str(i) for i in result["disagreements"][:20])
    more = " …" if len(result["disagreements"]) > 20 else ""
    print(
        f"  they agree on {result['agreement'] * 100:.2f} %; they disagree on "
        f"{len(result['disagreements']):,} digits" + (f": {shown}{more}" if shown else "")
    )
    return 0
