"""The Draw tab's commands: undo, redo, clear, eraser, the pen's width, open, paste, a random
test digit, "Show why" and the preparation steps.

Each is one ``QAction``: the tab's buttons show them, and the window's File, Edit and View
menus hold the same actions, so a command has one text, one tip and one shortcut everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from gui.common.actions import make_action
from gui.common.widgets import GRID

# How many pixels Wider Pen and Narrower Pen change the pen by.
PEN_STEP = 2


def make_draw_actions(tab: QWidget, slots: dict[str, Callable]) -> dict[str, QAction]:
    """The Draw tab's actions by key, owned by ``tab``, each calling ``slots[key]``."""
    # (key, text, tip, shortcuts, checkable)
    table = (
        ("undo", "&Undo", "Take back the last stroke (Ctrl+Z)", ["Ctrl+Z"], False),
        (
            "redo",
            "&Redo",
            "Put back what Undo took (Ctrl+Shift+Z)",
            ["Ctrl+Shift+Z", "Ctrl+Y"],
            False,
        ),
        ("clear", "&Clear", "Wipe the canvas (Esc); Undo brings it back", ["Esc"], False),
        (
            "eraser",
            "&Eraser",
            "Left button erases instead of drawing (E); the right button always erases",
            ["E"],
            True,
        ),
        ("wider", "&Wider Pen", "Make the pen wider (])", ["]"], False),
        ("narrower", "&Narrower Pen", "Make the pen narrower ([)", ["["], False),
        (
            "open",
            "&Open Image…",
            "Load a picture of a digit from a file (Ctrl+O)",
            ["Ctrl+O"],
            False,
        ),
        ("paste", "&Paste Image", "Load the image on the clipboard (Ctrl+V)", ["Ctrl+V"], False),
        (
            "random",
            "&Random Test Digit",
            "Show a digit from MNIST's test set, which the "
            "network never trained on, with its true label (Ctrl+R)",
            ["Ctrl+R"],
            False,
        ),
        (
            "why",
            "Show &Why",
            "Colour the parts of your drawing that pushed the network to its answer "
            "(Grad-CAM; the Lab's Why page can switch to another way of asking)",
            [],
            True,
        ),
        (
            "steps",
            "Show &Preparation Steps",
            f"Show how the drawing becomes the {GRID} input",
            [],
            True,
        ),
    )
    return {
        key: make_action(tab, text, tip, shortcuts, slots[key], checkable)
        for key, text, tip, shortcuts, checkable in table
    }
