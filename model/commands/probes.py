"""``probes``: what each layer already knows, a linear read-out of every layer
(``model.explain.probes``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from model.commands.common import CliError, load_predictor, model_path
from model.i18n import integer, number, translate


def add_parser(sub: Any) -> None:
    """Add ``probes`` and its options to the command line's subparsers."""
    pr = sub.add_parser(
        "probes",
        help=translate(
            "commands.probes", "what each layer already knows: a linear read-out of every layer"
        ),
        description=translate(
            "commands.probes",
            "Train a linear classifier (multinomial logistic regression) on each "
            "layer's output for a seeded sample of training digits, and score it on test digits: "
            "how well the digit can be read off what the network has computed so far. The first "
            "entry is the raw pixels, the baseline.",
        ),
    )
    pr.add_argument(
        "--model",
        metavar=translate("commands.probes", "MODEL"),
        help=translate("commands.probes", "model file (default: the shipped default.keras)"),
    )
    pr.add_argument(
        "--n",
        type=int,
        default=4000,
        help=translate("commands.probes", "training digits (default 4000)"),
    )
    pr.add_argument(
        "--seed",
        type=int,
        default=0,
        help=translate("commands.probes", "seed of the digit samples"),
    )
    pr.add_argument(
        "--data", help=translate("commands.probes", "MNIST .npz file (default: the bundled copy)")
    )
    pr.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.probes", "print the read-outs as JSON"),
    )
    pr.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``probes`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist
    from model.explain.probes import train_probes

    if args.n < 10:
        raise CliError(
            translate("commands.probes", "--n must be at least 10, not {n}").format(n=args.n)
        )
    path = model_path(args.model)
    loaded, predictor = load_predictor(path)
    probes = train_probes(predictor.model, load_mnist(args.data), n=args.n, seed=args.seed)
    result = {"model": str(path), **probes.to_dict()}
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        translate(
            "commands.probes",
            "what each layer of {name} already knows: a linear read-out trained on "
            "{n_train} training digits, scored on {n_test} test digits ({seconds} s)",
        ).format(
            name=loaded.name,
            n_train=integer(probes.n_train),
            n_test=integer(probes.n_test),
            seconds=number(probes.seconds, 1),
        )
    )
    heads = [
        translate("commands.probes", "layer"),
        translate("commands.probes", "kind"),
        translate("commands.probes", "numbers"),
        translate("commands.probes", "read by"),
        translate("commands.probes", "accuracy"),
    ]
    print(f"  {heads[0]:<14}{heads[1]:<20}{heads[2]:>9}{heads[3]:>9}  {heads[4]}")
    for layer in result["layers"]:
        print(
            f"  {layer['name']:<14}{layer['kind']:<20}{integer(layer['features']):>9}"
            f"{integer(layer['probe_features']):>9}  "
            f"{number(layer['probe_accuracy'] * 100, 2):>6} %"
        )
    return 0
