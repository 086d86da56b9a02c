"""``export-handout``: the one-file HTML lesson handout of a model and a digit
(``model.export.handout``), made without a screen and without TensorFlow."""

from __future__ import annotations

import argparse
from typing import Any

from model.commands.common import CliError, model_path
from model.i18n import number, translate


def add_parser(sub: Any) -> None:
    """Add ``export-handout`` and its options to the command line's subparsers."""
    h = sub.add_parser(
        "export-handout",
        help=translate(
            "commands.export_handout", "write a one-file HTML lesson handout of a model and a digit"
        ),
        description=translate(
            "commands.export_handout",
            "Write one HTML file with its pictures inside: the digit in IMAGE and the "
            "network's answer, the network's layers, its accuracy and confusion matrix on the "
            "MNIST test digits, the digit through every layer and the first layer's filters. "
            "Open it in a browser to print it or save it as PDF; drag its pictures into slides.",
        ),
    )
    h.add_argument(
        "--image",
        required=True,
        metavar=translate("commands.export_handout", "IMG"),
        help=translate("commands.export_handout", "picture of one digit"),
    )
    h.add_argument(
        "--model",
        metavar=translate("commands.export_handout", "MODEL"),
        default=argparse.SUPPRESS,
        help=translate("commands.export_handout", "model file (default: the shipped one)"),
    )
    h.add_argument(
        "--out",
        required=True,
        metavar=translate("commands.export_handout", "FILE"),
        help=translate("commands.export_handout", "HTML file to write"),
    )
    h.add_argument(
        "--data",
        help=translate(
            "commands.export_handout", "MNIST .npz file to measure on (default: the bundled copy)"
        ),
    )
    h.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``export-handout`` as ``args`` say; returns the exit code."""
    from pathlib import Path

    from model.data.preprocess import preprocess_file
    from model.export.handout import handout_html, measure, write_handout
    from model.storage import load_model

    if Path(args.out).suffix.lower() not in (".html", ".htm"):
        raise CliError(
            translate(
                "commands.export_handout", "{option} {path}: the handout is an .html file"
            ).format(option="--out", path=args.out)
        )
    pre = preprocess_file(args.image)
    if pre.blank:
        raise CliError(
            translate(
                "commands.export_handout", "{path}: blank, no digit found; nothing to explain"
            ).format(path=args.image)
        )
    path = model_path(getattr(args, "model", None))
    loaded = load_model(path)
    data = None
    if args.data:
        from model.data.mnist import load_mnist

        data = load_mnist(args.data)  # a file the user named must load, or say why not
    test = measure(loaded.model, data, loaded.metadata)
    text = handout_html(
        loaded.model, pre.input, loaded.name, test, source=path.name, metadata=loaded.metadata
    )
    out = write_handout(text, args.out)
    if test.accuracy is None:
        print(
            translate("commands.export_handout", "wrote {path} ({name})").format(
                path=out, name=loaded.name
            )
        )
    else:
        print(
            translate(
                "commands.export_handout", "wrote {path} ({name}, {pct} % on the test digits)"
            ).format(path=out, name=loaded.name, pct=number(test.accuracy * 100, 2))
        )
    return 0
