"""The window's menu bar: File, Edit, Model, View and Help.

File and Edit hold the Draw tab's own actions (open, paste, undo, the pen...), so a command
is the same whether it is chosen from a menu, a button or a shortcut. The Model menu is a
``ModelMenu`` of its own (``gui.app.model_menu``).
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable, Sequence

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from gui.common import style
from gui.common.actions import make_action
from gui.common.i18n import translate
from model import i18n

# The Draw tab's actions each menu holds, in order; None is a separator.
FILE_ACTIONS = ("open", "paste", "random")
EDIT_ACTIONS = ("undo", "redo", "clear", None, "eraser", "wider", "narrower")
VIEW_ACTIONS = ("steps", "why")


def build_menu_bar(
    window: QMainWindow,
    draw_actions: dict[str, QAction],
    model_menu: QMenu,
    tabs: Sequence[tuple[str, str, str]],
    select_tab: Callable[[str], None],
) -> QMenu:
    """Fill ``window``'s menu bar; returns the View menu (the window adds the look to it).

    Parameters
    ----------
    window
        The main window (File ▸ Quit closes it).
    draw_actions
        The Draw tab's actions by key.
    model_menu
        The Model menu.
    tabs
        (key, title, tooltip) of every tab, in order: View ▸ title (Ctrl+1, Ctrl+2...)
        shows it through ``select_tab(key)``.
    """
    bar = window.menuBar()

    file_menu = bar.addMenu(translate("app.menus", "&File"))
    for key in FILE_ACTIONS:
        file_menu.addAction(draw_actions[key])
    file_menu.addSeparator()
    file_menu.addAction(
        make_action(
            window,
            translate("app.menus", "&Quit"),
            translate("app.menus", "Close Convscope (Ctrl+Q)"),
            ["Ctrl+Q"],
            window.close,
        )
    )

    edit_menu = bar.addMenu(translate("app.menus", "&Edit"))
    for key in EDIT_ACTIONS:
        if key is None:
            edit_menu.addSeparator()
        else:
            edit_menu.addAction(draw_actions[key])

    bar.addMenu(model_menu)

    view_menu = bar.addMenu(translate("app.menus", "&View"))
    for i, (key, title, tip) in enumerate(tabs, start=1):
        view_menu.addAction(
            make_action(
                window, f"&{title}", tip, [f"Ctrl+{i}"], lambda _=False, k=key: select_tab(k)
            )
        )
    view_menu.addSeparator()
    for key in VIEW_ACTIONS:
        view_menu.addAction(draw_actions[key])

    help_menu = bar.addMenu(translate("app.menus", "&Help"))
    help_menu.addAction(
        make_action(
            window,
            translate("app.menus", "&About Convscope"),
            translate("app.menus", "What this app is"),
            slot=lambda: show_about(window),
        )
    )
    help_menu.addAction(
        make_action(
            window,
            translate("app.menus", "About &Qt"),
            translate("app.menus", "The toolkit behind the window"),
            slot=QApplication.aboutQt,
        )
    )
    return view_menu


def show_about(parent: QWidget) -> None:
    """A non-blocking box saying what Convscope is, with the versions it runs on."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("app.menus", "About Convscope"))
    box.setTextFormat(Qt.TextFormat.RichText)
    tf = sys.modules.get("tensorflow")
    versions = f"Python {platform.python_version()} · PySide6 {PYSIDE_VERSION}"
    if tf is not None:
        versions += f" · TensorFlow {getattr(tf, '__version__', '?')}"
    box.setText(
        "<h3>Convscope</h3>"
        + translate(
            "app.menus",
            "<p>Draw a digit and see how a convolutional neural network reads it: the "
            "28&nbsp;×&nbsp;28 image it receives, the features its layers find, and the ten "
            "votes it gives back.</p>",
        )
        + translate(
            "app.menus", "<p>The networks learn from MNIST, {count} handwritten digits.</p>"
        ).format(count=i18n.integer(70000))
        + f"<p style='color:{style.MUTED}'>{versions}</p>"
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
