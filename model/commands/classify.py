"""``classify``: read each image as one digit and, when it holds several (a number), each of
them too; a table or JSON. Every image is read before the network loads, so a bad one fails
at once."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from model.commands.common import error_line, load_predictor, model_path
from model.i18n import percent, translate


def add_parser(sub: Any) -> None:
    """Add ``classify`` and its options to the command line's subparsers."""
    c = sub.add_parser(
        "classify",
        help=translate("commands.classify", "classify image files"),
        description=translate(
            "commands.classify",
            "Classify one or more images of digits: each as one digit, and, when it "
            "holds several (a number), each of them too.",
        ),
    )
    c.add_argument("images", nargs="+", metavar=translate("commands.classify", "IMAGE"))
    c.add_argument(
        "--model",
        metavar=translate("commands.classify", "MODEL"),
        help=translate("commands.classify", "model file (default: the shipped one)"),
    )
    c.add_argument(
        "--json",
        action="store_true",
        help=translate("commands.classify", "print a JSON list, one object per image"),
    )
    c.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``classify`` as ``args`` say; returns the exit code."""
    from model.data.images import load_image
    from model.data.preprocess import preprocess
    from model.data.segment import find_digits
    from model.errors import ConvscopeError

    path = model_path(args.model)
    # Every image is read and preprocessed before TensorFlow loads (~5 s): a bad image fails
    # at once, and a run with nothing to classify never loads it.
    rows, inputs, numbers, failed = [], {}, {}, 0
    for name in args.images:
        try:
            gray = load_image(name)
            pre = preprocess(gray)
            digits = [] if pre.blank else find_digits(gray)
        except ConvscopeError as exc:
            failed += 1
            print(error_line(str(exc)), file=sys.stderr)
            rows.append({"path": name, "error": str(exc)})
            continue
        if pre.blank:
            rows.append(
                {
                    "path": name,
                    "label": None,
                    "confidence": None,
                    "probabilities": None,
                    "blank": True,
                    "uncertain": None,
                    "verdict": None,
                }
            )
            continue
        inputs[len(rows)] = pre.input
        numbers[len(rows)] = digits
        rows.append({"path": name})
    if inputs:
        from model.data.segment import read_number
        from model.uncertainty import Calibration, assess

        loaded, predictor = load_predictor(path)
        calibration = Calibration.of(loaded.metadata)
        for i, image in inputs.items():
            prediction = predictor.predict(image)
            result = prediction.to_dict()
            verdict = assess(prediction.probabilities, calibration, prediction.logits)
            rows[i].update(result, blank=False, uncertain=verdict.uncertain, verdict=verdict.kind)
            reading = read_number(
                None, predictor.probabilities, calibration, numbers[i], predictor.logits
            )
            if len(reading.digits) >= 2:
                rows[i].update(number=reading.text, digits=reading.to_list())
    if args.json:
        print(json.dumps(rows))
    else:
        _print_table(rows)
    return 1 if failed else 0


def _print_table(rows: list[dict]) -> None:
    """The readings as a table: an image a line."""
    image, digit = translate("commands.classify", "image"), translate("commands.classify", "digit")
    sure, second = (
        translate("commands.classify", "confidence"),
        translate("commands.classify", "runner-up"),
    )
    width = max(len(image), *(len(r["path"]) for r in rows))
    cols = (max(5, len(digit)), max(10, len(sure)))
    print(f"{image.ljust(width)}  {digit.rjust(cols[0])}  {sure.rjust(cols[1])}  {second}")
    for r in rows:
        if "error" in r:
            print(f"{r['path'].ljust(width)}  {error_line(r['error'])}")
        elif r["blank"]:
            blank = translate("commands.classify", "blank: no digit found")
            print(f"{r['path'].ljust(width)}  {blank}")
        else:
            order = sorted(range(10), key=lambda k: -r["probabilities"][k])
            other = order[1]
            line = (
                f"{r['path'].ljust(width)}  {str(r['label']).rjust(cols[0])}  "
                f"{percent(r['confidence']).rjust(cols[1])}"
                f"  {other} ({percent(r['probabilities'][other])})"
            )
            if r["uncertain"]:
                line += "  " + (
                    translate("commands.classify", "may not be a digit")
                    if r["verdict"] == "not a digit"
                    else translate("commands.classify", "not sure")
                )
            if "number" in r:
                line += "  " + translate("commands.classify", "number: {number}").format(
                    number=r["number"]
                )
            print(line)
