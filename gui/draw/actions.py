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
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import GRID

# How many pixels Wider Pen and Narrower Pen change the pen by.
PEN_STEP = 2

_C = "draw.actions"
# (key, text, tip, shortcuts, checkable); the texts are translated as the actions are made.
TABLE = (
    (
        "undo",
        QT_TRANSLATE_NOOP("draw.actions", "&Undo"),
        QT_TRANSLATE_NOOP("draw.actions", "Take back the last stroke (Ctrl+Z)"),
        ["Ctrl+Z"],
        False,
    ),
    (
        "redo",
        QT_TRANSLATE_NOOP("draw.actions", "&Redo"),
        QT_TRANSLATE_NOOP("draw.actions", "Put back what Undo took (Ctrl+Shift+Z)"),
        ["Ctrl+Shift+Z", "Ctrl+Y"],
        False,
    ),
    (
        "clear",
        QT_TRANSLATE_NOOP("draw.actions", "&Clear"),
        QT_TRANSLATE_NOOP("draw.actions", "Wipe the canvas (Esc); Undo brings it back"),
        ["Esc"],
        False,
    ),
    (
        "eraser",
        QT_TRANSLATE_NOOP("draw.actions", "&Eraser"),
        QT_TRANSLATE_NOOP(
            "draw.actions",
            "Left button erases instead of drawing (E); the right button always erases",
        ),
        ["E"],
        True,
    ),
    (
        "wider",
        QT_TRANSLATE_NOOP("draw.actions", "&Wider Pen"),
        QT_TRANSLATE_NOOP("draw.actions", "Make the pen wider (])"),
        ["]"],
        False,
    ),
    (
        "narrower",
        QT_TRANSLATE_NOOP("draw.actions", "&Narrower Pen"),
        QT_TRANSLATE_NOOP("draw.actions", "Make the pen narrower ([)"),
        ["["],
        False,
    ),
    (
        "open",
        QT_TRANSLATE_NOOP("draw.actions", "&Open Image…"),
        QT_TRANSLATE_NOOP("draw.actions", "Load a picture of a digit from a file (Ctrl+O)"),
        ["Ctrl+O"],
        False,
    ),
    (
        "paste",
        QT_TRANSLATE_NOOP("draw.actions", "&Paste Image"),
        QT_TRANSLATE_NOOP("draw.actions", "Load the image on the clipboard (Ctrl+V)"),
        ["Ctrl+V"],
        False,
    ),
    (
        "random",
        QT_TRANSLATE_NOOP("draw.actions", "&Random Test Digit"),
        QT_TRANSLATE_NOOP(
            "draw.actions",
            "Show a digit from MNIST's test set, which the "
            "network never trained on, with its true label (Ctrl+R)",
        ),
        ["Ctrl+R"],
        False,
    ),
    (
        "why",
        QT_TRANSLATE_NOOP("draw.actions", "Show &Why"),
        QT_TRANSLATE_NOOP(
            "draw.actions",
            "Colour the parts of your drawing that pushed the network to its answer "
            "(Grad-CAM; the Lab's Why page can switch to another way of asking)",
        ),
        [],
        True,
    ),
    (
        "steps",
        QT_TRANSLATE_NOOP("draw.actions", "Show &Preparation Steps"),
        QT_TRANSLATE_NOOP("draw.actions", "Show how the drawing becomes the {grid} input"),
        [],
        True,
    ),
)


def make_draw_actions(tab: QWidget, slots: dict[str, Callable]) -> dict[str, QAction]:
    """The Draw tab's actions by key, owned by ``tab``, each calling ``slots[key]``."""
    return {
        key: make_action(
            tab,
            translate(_C, text),
            translate(_C, tip).format(grid=GRID),
            shortcuts,
            slots[key],
            checkable,
        )
        for key, text, tip, shortcuts, checkable in TABLE
    }
