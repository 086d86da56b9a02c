"""Convscope: see how a convolutional network reads your handwriting.

``python main.py`` opens the app; the subcommands do everything that needs no screen. Each of
those is a module of ``model.commands`` (its options and what it does); this file builds the
command line from them and keeps the two commands that open the desktop app (``gui`` and
``screenshot``). Nothing heavy is imported at the top: ``--help`` is instant, and TensorFlow
loads only for commands that train (``classify``, ``info``, ``explain``, ``evaluate`` and
``robustness`` run the network in NumPy, ``model.network.network``).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path
from typing import Any

# Before NumPy loads: see model/__init__.py for why NumPy's BLAS runs single-threaded.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent
if __package__ and str(ROOT) not in sys.path:
    # Installed, this file is ``convscope.main`` (see pyproject.toml): its sibling packages
    # import each other as ``model.*`` and ``gui.*``, found here, inside the convscope folder.
    sys.path.insert(0, str(ROOT))

from model.i18n import translate  # noqa: E402  (light: no NumPy; the path above comes first)

# --------------------------------------------------------------------------- the app's commands


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the desktop app."""
    from model.commands.common import CliError

    try:
        from gui.app.startup import run
    except ImportError as exc:
        raise CliError(
            translate("main", "the desktop app cannot start: {reason}").format(reason=exc)
        ) from None
    return run(model_path=args.model, debug=args.debug, lang=args.lang)


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render the app's window offscreen to a PNG."""
    from model.commands.common import CliError

    try:
        from gui.app.screenshot import run
    except ImportError as exc:
        raise CliError(
            translate("main", "the desktop app cannot start: {reason}").format(reason=exc)
        ) from None
    return run(
        out=args.out,
        tab=args.tab,
        image=args.image,
        size=args.size,
        model_path=getattr(args, "model", None),
        theme=args.theme,
        zoom=args.zoom,
        presenter=args.presenter,
        lang=args.lang or "en",  # the README's pictures do not depend on the machine
    )


def _add_gui(sub: Any) -> None:
    """Add ``gui`` to the command line's subparsers."""
    g = sub.add_parser("gui", help=translate("main", "open the desktop app (the default)"))
    g.add_argument(
        "--model", metavar=translate("main", "MODEL"), help=translate("main", "model file to open")
    )
    g.set_defaults(func=cmd_gui)


def _add_screenshot(sub: Any) -> None:
    """Add ``screenshot`` and its options to the command line's subparsers."""
    s = sub.add_parser(
        "screenshot",
        help=translate("main", "render the app's window offscreen to a PNG"),
        description=translate(
            "main",
            "Render the real main window offscreen, optionally with an "
            "image in the canvas and its prediction shown, save it as "
            "a PNG and print the prediction as JSON.",
        ),
    )
    s.add_argument("--out", required=True, help=translate("main", "PNG file to write"))
    s.add_argument(
        "--tab",
        default="draw",
        help=translate(
            "main",
            "tab to show: {tabs} (default: {default})",
        ).format(
            tabs="draw, train, inspect, inspect:VIEW (e.g. inspect:knows), lab or lab:PAGE, "
            "e.g. lab:why",
            default="draw",
        ),
    )
    s.add_argument("--image", help=translate("main", "image of a digit to load into the canvas"))
    s.add_argument(
        "--size", default="1400x900", help=translate("main", "window size WxH (default: 1400x900)")
    )
    s.add_argument(
        "--model",
        metavar=translate("main", "MODEL"),
        default=argparse.SUPPRESS,
        help=translate("main", "model file (default: the shipped one)"),
    )
    s.add_argument(
        "--theme",
        default="light",
        help=translate("main", "light, dark, high-contrast or system (default: light)"),
    )
    s.add_argument(
        "--zoom",
        type=float,
        default=1.0,
        help=translate("main", "text and controls' zoom, 0.7 to 2.5 (default: 1)"),
    )
    s.add_argument(
        "--presenter",
        action="store_true",
        help=translate("main", "render the window in presenter mode"),
    )
    s.set_defaults(func=cmd_screenshot)


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the app's two commands and every command of ``model.commands``,
    in the order ``--help`` lists them."""
    # Imported here, not at the top: an installed copy finds ``model`` only once the path
    # above is set.
    from model.commands import (
        calibrate,
        classify,
        compare,
        evaluate,
        explain,
        export_animation,
        export_handout,
        info,
        probes,
        robustness,
        train,
    )

    p = argparse.ArgumentParser(
        prog="python main.py",
        description=translate(
            "main",
            "Convscope: see how a convolutional neural network reads handwritten digits. "
            "Without a command, opens the desktop app.",
        ),
    )
    p.add_argument(
        "--debug", action="store_true", help=translate("main", "show full tracebacks on errors")
    )
    p.add_argument(
        "--lang",
        metavar=translate("main", "LANG"),
        help=translate(
            "main",
            "language of the app and of the messages: en, de or es (default: the system's)",
        ),
    )
    p.add_argument(
        "--model",
        metavar=translate("main", "MODEL"),
        help=translate("main", "model file the app opens with (default: the shipped one)"),
    )
    sub = p.add_subparsers(dest="command", metavar=translate("main", "COMMAND"))
    _add_gui(sub)
    for command in (
        train,
        classify,
        evaluate,
        info,
        explain,
        robustness,
        probes,
        compare,
        calibrate,
        export_animation,
        export_handout,
    ):
        command.add_parser(sub)
    _add_screenshot(sub)
    return p


def _take_language(argv: list[str]) -> str | None:
    """Take ``--lang X`` out of ``argv`` wherever it stands (before or after the command) and
    return X; read before the parser exists, so that its help speaks X."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
            del argv[i : i + 2]
            return value
        if arg.startswith("--lang="):
            del argv[i]
            return arg.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the command line on ``argv`` (by default the process's); returns the exit code."""
    from model import i18n
    from model.commands.common import CliError, error_line, speak_argparse
    from model.errors import ConvscopeError

    argv = sys.argv[1:] if argv is None else list(argv)
    lang = _take_language(argv)
    if lang is not None and lang not in i18n.LANGUAGES:
        print(f"error: --lang must be one of {', '.join(i18n.LANGUAGES)}", file=sys.stderr)
        return 2
    i18n.set_language(lang or i18n.from_environment())
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = lang
    if not args.debug:
        # Library deprecation chatter would break the promise of one clean line on stderr.
        warnings.filterwarnings("ignore")
    if args.command is None:
        args.func = cmd_gui
    try:
        return args.func(args)
    except BrokenPipeError:
        # Output piped into `head` and the like: the reader left, which is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (CliError, Exception) as exc:
        if args.debug:
            raise
        if isinstance(exc, (CliError, ConvscopeError)):
            message = str(exc)
        else:
            message = translate(
                "main", "unexpected {kind}: {reason} (run with --debug for details)"
            ).format(kind=type(exc).__name__, reason=exc)
        print(error_line(" ".join(message.split())), file=sys.stderr)
        return 2 if isinstance(exc, (CliError, ConvscopeError)) else 1
    except KeyboardInterrupt:
        print(error_line(translate("main", "interrupted")), file=sys.stderr)
        return 130


def entry_point() -> None:
    """The ``convscope`` console command installed by ``pip install .``."""
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
