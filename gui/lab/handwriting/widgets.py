"""What the cards of "Your handwriting" share: their buttons, and the page's style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from gui.common import style


# The app's style sheet gives primary buttons no disabled look; without one, a disabled
# "Use this model" looks clickable.
def page_style() -> str:
    """The page's style sheet, in the current theme's colours."""
    return f"""
QPushButton#primary:disabled {{ background: {style.ACCENT_SOFT};
    border-color: {style.ACCENT_SOFT}; color: {style.DISABLED}; }}
"""


def button(text: str, tip: str, primary: bool = False) -> QPushButton:
    """A push button with a tooltip and a pointing-hand cursor; ``primary`` stands out."""
    widget = QPushButton(text)
    widget.setToolTip(tip)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if primary:
        widget.setObjectName("primary")
    return widget
