"""What the commands share: the one-line error, the shipped models, loading a model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# The shipped models, found from this file as ``model.data.mnist`` finds the bundled MNIST
# (that module is not imported here: it loads NumPy, which ``--help`` does not need).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEFAULT_MODEL = RESOURCES / "models" / "default.keras"
MLP_MODEL = RESOURCES / "models" / "mlp.keras"


class CliError(Exception):
    """A failure explained in one line; exit code 2."""


def model_path(arg: str | None) -> Path:
    """The model file a command was given, or the shipped one (which must exist)."""
    path = Path(arg) if arg else DEFAULT_MODEL
    if not arg and not path.exists():
        raise CliError(
            f"no model at {path}; train one with: "
            f"python main.py train --preset default --out {path}"
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
