"""``probes``: what each layer already knows, a linear read-out of every layer
(``model.explain.probes``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from model.commands.common import CliError, load_predictor, model_path


def add_parser(sub: Any) -> None:
    """Add ``probes`` and its options to the command line's subparsers."""
    pr = sub.add_parser(
        "probes",
        help="what each layer already knows: a linear read-out of every layer",
        description="Train a linear classifier (multinomial logistic regression) on each "
        "layer's output for a seeded sample of training digits, and score it on test digits: "
        "how well the digit can be read off what the network has computed so far. The first "
        "entry is the raw pixels, the baseline.",
    )
    pr.add_argument("--model", help="model file (default: the shipped default.keras)")
    pr.add_argument("--n", type=int, default=4000, help="training digits (default 4000)")
    pr.add_argument("--seed", type=int, default=0, help="seed of the digit samples")
    pr.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    pr.add_argument("--json", action="store_true", help="print the read-outs as JSON")
    pr.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``probes`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist
    from model.explain.probes import train_probes

    if args.n < 10:
        raise CliError(f"--n must be at least 10, not {args.n}")
    path = model_path(args.model)
    loaded, predictor = load_predictor(path)
    probes = train_probes(predictor.model, load_mnist(args.data), n=args.n, seed=args.seed)
    result = {"model": str(path), **probes.to_dict()}
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"what each layer of {loaded.name} already knows: a linear read-out trained on "
        f"{probes.n_train:,} training digits, scored on {probes.n_test:,} test digits "
        f"({probes.seconds:.1f} s)"
    )
    print(f"  {'layer':<14}{'kind':<20}{'numbers':>9}{'read by':>9}  accuracy")
    for layer in result["layers"]:
        print(
            f"  {layer['name']:<14}{layer['kind']:<20}{layer['features']:>9,}"
            f"{layer['probe_features']:>9,}  {layer['probe_accuracy'] * 100:6.2f} %"
        )
    return 0
