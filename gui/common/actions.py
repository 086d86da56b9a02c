"""Making a ``QAction``: its text, its tip (shown as a tooltip and in the status bar), its
shortcuts and what it does, in one call.

The window's menus and the Draw tab's buttons are built from such actions, so a command has
one text, one tip and one shortcut wherever it appears.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def make_action(
    parent: QObject,
    text: str,
    tip: str,
    shortcuts: Sequence[str] = (),
    slot: Callable | None = None,
    checkable: bool = False,
) -> QAction:
    """A ``QAction`` owned by ``parent``.

    Parameters
    ----------
    parent
        Its owner (a window or a tab).
    text
        The menu text, with ``&`` before the mnemonic.
    tip
        Its tooltip and status tip.
    shortcuts
        Key sequences such as ``"Ctrl+O"``; the first is the one menus show.
    slot
        Called when it is triggered, or, if it is ``checkable``, when it is toggled (with the
        new state).
    checkable
        Whether it is on or off, like a check box.
    """
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setCheckable(checkable)
    if slot is not None:
        (action.toggled if checkable else action.triggered).connect(slot)
    return action
