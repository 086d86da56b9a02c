"""Small pieces the Kernel playground's pictures share: a thin frame around a map, and the
arrow between two steps of the pipeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from gui.common import style


def framed(view: QWidget) -> QFrame:
    """``view`` in a thin border, so a map whose zero is white stays visible on the card."""
    frame = QFrame()
    frame.setObjectName("mapFrame")
    frame.setStyleSheet(f"QFrame#mapFrame {{ border: 1px solid {style.CARD_BORDER}; }}")
    box = QVBoxLayout(frame)
    box.setContentsMargins(1, 1, 1, 1)
    box.addWidget(view)
    return frame


def arrow() -> QLabel:
    """A large grey "→" between two pictures."""
    arrow = QLabel("\u2192")
    font = QFont(arrow.font())
    font.setPixelSize(26)
    font.setBold(True)
    arrow.setFont(font)
    arrow.setStyleSheet(f"color: {style.MUTED};")
    arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return arrow
