"""What every tab of the main window is.

A tab is handed the shared ``ModelSession`` and the ``SettingsStore``; it reports errors and
status messages by signal and the window shows them. The one thing a tab asks of the window
directly is to put a test digit on the Draw tab's canvas (``show_test_digit``). The tabs
themselves live in their own packages (``gui.draw``, ``gui.train``, ``gui.inspect``,
``gui.lab``); this module imports none of them.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore


class ConvscopeTab(QWidget):
    """Base class of the main window's tabs.

    Signals
    -------
    errorReported(str, str, str)
        Title, one-line message and details of a failure the user should see.
    statusReported(str)
        A short message for the status bar.
    tabRequested(str)
        Ask the window to switch to the tab with this key.
    """

    key: ClassVar[str] = ""
    # In English, marked with QT_TRANSLATE_NOOP in the context of the tab's module (its path
    # without "gui."): the window shows them translated (gui.app.window.tab_text).
    title: ClassVar[str] = ""
    tooltip: ClassVar[str] = ""

    errorReported = Signal(str, str, str)
    statusReported = Signal(str)
    tabRequested = Signal(str)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings

    def save_settings(self) -> None:
        """Persist whatever this tab remembers between runs."""

    def shutdown(self, timeout_ms: int) -> bool:
        """Stop this tab's background work; True if it ended within ``timeout_ms``."""
        return True


def show_test_digit(widget: QWidget, index: int) -> bool:
    """Put MNIST test digit ``index`` on the Draw tab's canvas, with its true label.

    Returns
    -------
    bool
        False if ``widget``'s window has no Draw tab (a tab or page shown on its own).
    """
    # The Draw tab owns the canvas; the window exposes it as ``draw_tab``.
    draw = getattr(widget.window(), "draw_tab", None)
    if draw is None or not hasattr(draw, "show_test_digit"):
        return False
    draw.show_test_digit(index)
    return True
