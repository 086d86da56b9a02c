"""Saving a file the Train tab offers (the architecture, a plot, the history) and saying how
it went: a status message, or a one-line error naming the file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model.errors import ConvscopeError

# What is saved -> (the error's title, the message once saved).
SAYINGS = {
    "architecture": (
        QT_TRANSLATE_NOOP("train.saving", "Could not save the architecture"),
        QT_TRANSLATE_NOOP("train.saving", "Saved the architecture to {path}."),
    ),
    "plot": (
        QT_TRANSLATE_NOOP("train.saving", "Could not save the plot"),
        QT_TRANSLATE_NOOP("train.saving", "Saved the plot to {path}."),
    ),
    "history": (
        QT_TRANSLATE_NOOP("train.saving", "Could not save the history"),
        QT_TRANSLATE_NOOP("train.saving", "Saved the history to {path}."),
    ),
}


def save_file(owner: QObject, write: Callable[[], object], what: str, path: str) -> bool:
    """Run ``write`` and report through ``owner``'s ``statusReported`` or ``errorReported``
    signal; True if it wrote the file. ``what`` is a key of ``SAYINGS``."""
    failed, saved = SAYINGS[what]
    try:
        write()
    except (OSError, ConvscopeError, ValueError) as exc:
        owner.errorReported.emit(translate("train.saving", failed), f"{path}: {exc}", "")
        return False
    owner.statusReported.emit(translate("train.saving", saved).format(path=path))
    return True
