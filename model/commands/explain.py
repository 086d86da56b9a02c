"""``explain``: one value of a convolution or pooling map taken apart for the digit in an
image (``model.explain``): the window, the weights, the sum, the bias and the activation, or
the pooling window and its winner."""

from __future__ import annotations

import argparse
from typing import Any

from model.commands.common import load_predictor, model_path
from model.i18n import translate


def add_parser(sub: Any) -> None:
    """Add ``explain`` and its options to the command line's subparsers."""
    x = sub.add_parser(
        "explain",
        help=translate("commands.explain", "take one value of a conv or pooling layer apart"),
        description=translate(
            "commands.explain",
            "Show how one value of a feature map was computed for the "
            "digit in IMAGE: the filter's window, weights, sum, bias and "
            "activation, or the pooling window and its winner.",
        ),
    )
    x.add_argument("image", metavar=translate("commands.explain", "IMAGE"))
    x.add_argument(
        "--layer",
        required=True,
        help=translate("commands.explain", "a Conv2D or pooling layer's name"),
    )
    x.add_argument(
        "--at",
        required=True,
        metavar=translate("commands.explain", "ROW,COL"),
        help=translate("commands.explain", "position in that layer's feature map, from 0"),
    )
    x.add_argument(
        "--channel",
        type=int,
        default=0,
        help=translate("commands.explain", "feature map (channel), default 0"),
    )
    x.add_argument(
        "--model",
        metavar=translate("commands.explain", "MODEL"),
        default=argparse.SUPPRESS,
        help=translate("commands.explain", "model file (default: the shipped one)"),
    )
    x.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.explain", "print the numbers as JSON"),
    )
    x.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``explain`` as ``args`` say; returns the exit code."""
    from model.data.preprocess import preprocess_file
    from model.explain import ExplainError, explain_position, to_json, to_text

    try:
        row, col = (int(part) for part in args.at.split(","))
    except ValueError:
        raise ExplainError(
            translate(
                "commands.explain", "{option} must be ROW,COL (two whole numbers), not {given}"
            ).format(option="--at", given=repr(args.at))
        ) from None
    pre = preprocess_file(args.image)
    if pre.blank:
        raise ExplainError(
            translate(
                "commands.explain", "{path}: blank, no digit found; nothing to explain"
            ).format(path=args.image)
        )
    _loaded, predictor = load_predictor(model_path(getattr(args, "model", None)))
    activations = predictor.predict(pre.input).activations
    result = explain_position(
        predictor.model, activations, pre.input, args.layer, row, col, args.channel
    )
    print(to_json(result, pre.input) if args.json else to_text(result, pre.input))
    return 0
