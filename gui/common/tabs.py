"""What every tab of the main window is, and the tabs still to come.

A tab is handed the shared ``ModelSession`` and the ``SettingsStore``; it reports errors and
status messages by signal and the window shows them, so tabs never reach into the window.
``ComingNextTab`` explains a tab that is not built yet. The tabs themselves live in their own
packages (``gui.draw``, ``gui.train``, ``gui.inspect``, ``gui.lab``); this module imports none
of them.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import Card, label


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


class ComingNextTab(ConvscopeTab):
    """A friendly explanation of a tab that is not built yet."""

    heading: ClassVar[str] = ""
    paragraph: ClassVar[str] = ""

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        card = Card(self.heading)
        card.setFixedWidth(700)
        text = label(self.paragraph, wrap=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(text)
        card.body.addSpacing(6)
        back = QPushButton("Go to the Draw tab")
        back.setObjectName("primary")
        back.setToolTip("Draw a digit and see how the current model reads it")
        back.clicked.connect(lambda: self.tabRequested.emit("draw"))
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        card.body.addLayout(row)
        # No alignment flag on the card: with one, layouts skip height-for-width and the
        # wrapped paragraph gets cut.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 40, 24, 24)
        outer.addLayout(centred)
        outer.addStretch(1)
