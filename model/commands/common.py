"""What the commands share: the one-line error, the shipped models, loading a model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from model import i18n
from model.i18n import QT_TRANSLATE_NOOP, translate

# The shipped models, found from this file as ``model.data.mnist`` finds the bundled MNIST
# (that module is not imported here: it loads NumPy, which ``--help`` does not need).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEFAULT_MODEL = RESOURCES / "models" / "default.keras"
MLP_MODEL = RESOURCES / "models" / "mlp.keras"


class CliError(Exception):
    """A failure explained in one line; exit code 2."""


def error_line(message: str) -> str:
    """The one line a failure prints on stderr: "error: " and ``message``."""
    return translate("commands.common", "error: {message}").format(message=message)


def fitted_on_shown(fitted_on: str) -> str:
    """The digits a calibration was fitted on, as stored in a model file ("MNIST test digits
    0-4999"), in the language spoken now."""
    import re

    found = re.fullmatch(r"MNIST test digits (\d+)-(\d+)", fitted_on)
    if found is None:
        return fitted_on
    return translate("commands.common", "MNIST test digits {first}-{last}").format(
        first=found.group(1), last=found.group(2)
    )


def model_path(arg: str | None) -> Path:
    """The model file a command was given, or the shipped one (which must exist)."""
    path = Path(arg) if arg else DEFAULT_MODEL
    if not arg and not path.exists():
        raise CliError(
            translate(
                "commands.common",
                "no model at {path}; train one with: {command}",
            ).format(path=path, command=f"python main.py train --preset default --out {path}")
        )
    return path


def load_predictor(path: Path) -> tuple[Any, Any]:
    """The model file read (``model.storage.load_model``) and a ``Predictor`` on it."""
    from model.network.predictor import Predictor
    from model.storage import load_model

    loaded = load_model(path)
    return loaded, Predictor(loaded.model)


def model_names(paths: list[Path]) -> list[str]:
    """File stems, with "-2", "-3"... added when two files share a stem."""
    names: list[str] = []
    for path in paths:
        name, k = path.stem, 1
        while name in names:
            k += 1
            name = f"{path.stem}-{k}"
        names.append(name)
    return names


# argparse's own words (CPython 3.11's msgids), marked here so that the catalogs hold them;
# ``speak_argparse`` makes argparse look them up through ``model.i18n``.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)

# Two of argparse's msgids name their field "value"; the catalogs hold them with "given" (so
# that no English-looking word is left in a translation) and it is put back after lookup.
ARGPARSE_ALIASES = {
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "argparse", "invalid %(type)s value: %(given)r"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "invalid choice: %(given)r (choose from %(choices)s)"
    ),
}


def speak_argparse() -> None:
    """Make argparse's own words (usage, "the following arguments are required"...) speak the
    language of ``model.i18n``: argparse looks them up through its module-level ``_`` and
    ``ngettext``, which are gettext's; English leaves them as they are."""
    import argparse

    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return

    def words(message: str) -> str:
        alias = ARGPARSE_ALIASES.get(message)
        if alias is None:
            return translate("argparse", message)
        said = translate("argparse", alias)
        return message if said == alias else said.replace("%(given)r", "%(value)r")

    def words_for(singular: str, plural: str, n: int) -> str:
        return translate("argparse", singular if n == 1 else plural)

    argparse._ = words  # type: ignore[attr-defined]
    argparse.ngettext = words_for  # type: ignore[attr-defined]
