"""``calibrate``: fit a model's "not sure" to MNIST's test digits again and store it in the
model file, without training it (``model.uncertainty.calibrate``). For models trained before
the max-logit threshold existed, or by another tool."""

from __future__ import annotations

import argparse
import json
from typing import Any

from model.commands.common import CliError
from model.i18n import integer, number, percent, translate


def add_parser(sub: Any) -> None:
    """Add ``calibrate`` and its options to the command line's subparsers."""
    c = sub.add_parser(
        "calibrate",
        help=translate(
            "commands.calibrate",
            "fit a model's 'not sure' threshold to MNIST test digits and store it in the file",
        ),
        description=translate(
            "commands.calibrate",
            "Fit the temperature and the 'not sure' thresholds on the first half of "
            "MNIST's test digits, check them on the second half, and write them into the model "
            "file's metadata (the network itself is not changed).",
        ),
    )
    c.add_argument(
        "model",
        metavar=translate("commands.calibrate", "MODEL"),
        help=translate("commands.calibrate", "a .keras file"),
    )
    c.add_argument(
        "--false-alarm",
        type=float,
        default=None,
        metavar="F",
        help=translate(
            "commands.calibrate",
            "the share of calibration digits allowed to be flagged (default 0.025)",
        ),
    )
    c.add_argument(
        "--data",
        metavar="NPZ",
        help=translate("commands.calibrate", "MNIST in Keras's .npz format"),
    )
    c.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.calibrate", "print the calibration as JSON"),
    )
    c.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``calibrate`` as ``args`` say; returns the exit code."""
    from model.data.mnist import load_mnist, to_model_input
    from model.network.predictor import Predictor
    from model.storage import load_model, update_metadata
    from model.uncertainty import CALIBRATION_FALSE_ALARM, calibrate

    false_alarm = CALIBRATION_FALSE_ALARM if args.false_alarm is None else args.false_alarm
    if not 0.0 < false_alarm < 0.5:
        raise CliError(
            translate(
                "commands.calibrate", "--false-alarm must be between 0 and 0.5, not {given}"
            ).format(given=false_alarm)
        )
    loaded = load_model(args.model)
    data = load_mnist(args.data)
    half = len(data.x_test) // 2
    calibration = calibrate(
        Predictor(loaded.model),
        to_model_input(data.x_test),
        data.y_test,
        false_alarm,
        f"MNIST test digits 0-{half - 1}",
    )
    update_metadata(args.model, {"calibration": calibration})
    if args.json:
        print(json.dumps(calibration))
        return 0
    print(
        translate(
            "commands.calibrate",
            "{path}: temperature {temperature}; 'not sure' below a top score of {threshold}, "
            "which flags {share} of the other {n} test digits",
        ).format(
            path=args.model,
            temperature=number(calibration["temperature"], 3),
            threshold=number(calibration["logit_threshold"], 2),
            share=percent(calibration["held_out_false_alarm"], 2),
            n=integer(calibration["held_out_n"]),
        )
    )
    return 0
