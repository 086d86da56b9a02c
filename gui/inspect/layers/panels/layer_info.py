"""The "This value" tab for a layer with nothing to click: a heading and a paragraph."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from gui.common.widgets import label
from gui.inspect.layers.panels.parts import title


class InfoPanel(QWidget):
    """A heading and a paragraph, for layers with nothing to click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = title("")
        self.text = label("", wrap=True)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading, 0, 0)
        layout.addWidget(self.text, 1, 0)
        layout.setRowStretch(2, 1)

    def show_text(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
