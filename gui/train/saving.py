"""Saving a file the Train tab offers (the architecture, a plot, the history) and saying how
it went: a status message, or a one-line error naming the file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from model.errors import ConvscopeError


def save_file(owner: QObject, write: Callable[[], object], what: str, path: str) -> bool:
    """Run ``write`` and report through ``owner``'s ``statusReported`` or ``errorReported``
    signal; True if it wrote the file."""
    try:
        write()
    except (OSError, ConvscopeError, ValueError) as exc:
        owner.errorReported.emit(f"Could not save the {what}", f"{path}: {exc}", "")
        return False
    owner.statusReported.emit(f"Saved the {what} to {path}.")
    return True
