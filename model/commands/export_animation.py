"""``export-animation``: "slide the filter" or a robustness sweep on a digit, as an animated
GIF or WebP (``model.export``), made without a screen and without TensorFlow. The training
replay needs a run's snapshots, which live in the app: it is exported from the Inspect tab."""

from __future__ import annotations

import argparse
from typing import Any

from model.commands.common import MLP_MODEL, CliError, load_predictor, model_path
from model.i18n import translate

KINDS = ("slide", "sweep")
# ``model.export.sweep.SWEEPS``'s names, written out: importing it (NumPy, Pillow) would slow
# down ``--help`` (tests/test_model_export.py checks the two agree).
SWEEP_NAMES = ("move", "turn", "size", "stroke", "noise")


def add_parser(sub: Any) -> None:
    """Add ``export-animation`` and its options to the command line's subparsers."""
    a = sub.add_parser(
        "export-animation",
        help=translate(
            "commands.export_animation",
            "write an animated GIF or WebP: the filter sliding, or a robustness sweep",
        ),
        description=translate(
            "commands.export_animation",
            "Write an animation of the digit in IMAGE for slides. 'slide': a "
            "convolution filter slides over the digit and builds its feature map. 'sweep': the "
            "digit is moved, turned, resized, thickened or spoiled step by step while two "
            "networks answer. The suffix of {option} chooses GIF or WebP.",
        ).format(option="--out"),
    )
    a.add_argument(
        "kind",
        choices=KINDS,
        metavar=translate("commands.export_animation", "KIND"),
        help=translate("commands.export_animation", "slide or sweep"),
    )
    a.add_argument(
        "--image",
        required=True,
        metavar=translate("commands.export_animation", "IMG"),
        help=translate("commands.export_animation", "picture of one digit"),
    )
    a.add_argument(
        "--model",
        metavar=translate("commands.export_animation", "MODEL"),
        default=argparse.SUPPRESS,
        help=translate("commands.export_animation", "model file (default: the shipped one)"),
    )
    a.add_argument(
        "--out",
        required=True,
        metavar=translate("commands.export_animation", "FILE"),
        help=translate("commands.export_animation", ".gif or .webp file to write"),
    )
    a.add_argument(
        "--frames",
        type=int,
        default=60,
        help=translate("commands.export_animation", "number of frames (default 60)"),
    )
    a.add_argument(
        "--layer",
        help=translate("commands.export_animation", "slide: the conv layer (default: the first)"),
    )
    a.add_argument(
        "--filter",
        type=int,
        dest="channel",
        help=translate(
            "commands.export_animation",
            "slide: which filter (default: the one responding most to the digit)",
        ),
    )
    a.add_argument(
        "--sweep",
        choices=SWEEP_NAMES,
        default="turn",
        help=translate("commands.export_animation", "sweep: what changes (default: turn)"),
    )
    a.add_argument(
        "--compare",
        metavar=translate("commands.export_animation", "FILE"),
        help=translate(
            "commands.export_animation",
            "sweep: the second network (default: the shipped mlp.keras; 'none' for none)",
        ),
    )
    a.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``export-animation`` as ``args`` say; returns the exit code."""
    from pathlib import Path

    from model.data.preprocess import preprocess_file
    from model.export.writer import animation_format, write_animation

    animation_format(args.out)  # a wrong suffix fails before any work
    if args.frames < 1:
        raise CliError(
            translate("commands.export_animation", "--frames must be at least 1, not {n}").format(
                n=args.frames
            )
        )
    pre = preprocess_file(args.image)
    if pre.blank:
        raise CliError(
            translate(
                "commands.export_animation", "{path}: blank, no digit found; nothing to animate"
            ).format(path=args.image)
        )
    path = model_path(getattr(args, "model", None))
    loaded, predictor = load_predictor(path)
    if args.kind == "slide":
        from model.export.slide import slide_filter_frames

        frames = slide_filter_frames(loaded.model, pre.input, args.layer, args.channel, args.frames)
    else:
        from model.export.sweep import robustness_sweep_frames

        predictors = {loaded.name: predictor}
        if (args.compare or "").lower() != "none":
            other = Path(args.compare) if args.compare else MLP_MODEL
            other_loaded, other_predictor = load_predictor(other)
            name = other_loaded.name if other_loaded.name != loaded.name else other.stem
            predictors[name] = other_predictor
        frames = robustness_sweep_frames(predictors, pre.input, args.sweep, args.frames)
    out = write_animation(frames, args.out)
    print(
        translate("commands.export_animation", "wrote {path} ({n} frames)").format(
            path=out, n=len(frames)
        )
    )
    return 0
