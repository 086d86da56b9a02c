"""The one error exports raise for what a user asked that cannot be done."""

from __future__ import annotations

from model.errors import ConvscopeError


class ExportError(ConvscopeError):
    """An export that cannot be made: the message says why, in one line."""
