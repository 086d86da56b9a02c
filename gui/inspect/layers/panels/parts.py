"""Pieces the explanation panels share: headings, captions, small fixed grids, columns with a
title, the big symbols between pictures (× = →) and the colours of windows and winners."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.common.maps.grid import MapGrid
from gui.common.widgets import label

FIELD = "#22c55e"  # receptive fields and windows: green on every picture
WINNER = "#f59e0b"  # the value max pooling keeps


def title(text: str) -> QLabel:
    """A panel's heading."""
    # Every label of a panel wraps: a panel must fit the narrowest window's half (see
    # tests/test_gui_text_fits.py), and a label that does not wrap sets its width.
    return label(text, "heading", wrap=True)


def caption(text: str = "") -> QLabel:
    """A paragraph of a panel, in the caption style."""
    return label(text, "caption", wrap=True)


def fixed_grid(size: int, numbers: bool = False, names: str = "map") -> MapGrid:
    """A square ``MapGrid`` of ``size`` pixels whatever the room: a window, a filter, a map."""
    grid = MapGrid(numbers=numbers, min_size=QSize(size, size), tile_names=names)
    grid.setFixedSize(size, size)
    return grid


def column(heading: str, widget: QWidget, under: QLabel | None = None) -> QVBoxLayout:
    """``widget`` under a centred ``heading``, with an optional label ``under`` it."""
    box = QVBoxLayout()
    box.setSpacing(2)
    head = label(heading, "muted", wrap=True)
    head.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # No wider than the picture under it: a long title wraps instead of widening the panel.
    head.setMaximumWidth(max(widget.minimumWidth(), 120))
    box.addWidget(head)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    if under is not None:
        box.addWidget(under)
    return box


def symbol(text: str) -> QLabel:
    """A large operator between pictures: "×", "=", "→"."""
    sym = QLabel(text)
    font = QFont(sym.font())
    font.setPixelSize(22)
    font.setBold(True)
    sym.setFont(font)
    sym.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return sym


def step_title(text: str) -> QLabel:
    """The bold title of one numbered step of a panel ("1 · Flatten: ...")."""
    head = label(text, "muted", wrap=True)
    font = QFont(head.font())
    font.setBold(True)
    head.setFont(font)
    return head
