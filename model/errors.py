"""Exceptions whose message is a one-line explanation fit to show a user as it is."""

from __future__ import annotations


class ConvscopeError(Exception):
    """Base class: ``str(exc)`` is one sentence that says what was wrong and where."""


class DataError(ConvscopeError):
    """A dataset file is missing, unreadable or not MNIST-shaped."""


class SpecError(ConvscopeError):
    """An architecture spec cannot be built; ``layer`` is the index of the culprit, if any."""

    def __init__(self, message: str, layer: int | None = None) -> None:
        super().__init__(message)
        self.layer = layer


class ImageError(ConvscopeError):
    """An image file cannot be read safely or holds no usable picture."""


class ModelFileError(ConvscopeError):
    """A model file is missing, hostile, corrupt or not an MNIST classifier."""


class TrainingError(ConvscopeError):
    """Training could not start or could not go on."""


class StorageError(ConvscopeError):
    """A file could not be written; the previous version, if any, is untouched."""
