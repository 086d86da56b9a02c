"""Presenter mode (View ▸ Presenter Mode, F5): the window as a lesson on a projector needs it.

Large type (the zoom times the largest of ``TEXT_FACTORS`` the screen has room for), a thicker
pen, and the chrome reduced to the tabs and their pages: the menu bar and the status bar go.
Every menu command keeps its shortcut (the window holds the menus' actions while the bar is
hidden), F5 or Esc leaves, and the guided tour follows a presenter's clicker (Page Up /
Page Down, ``gui.inspect.tour_keys``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from gui.app.placement import TITLE_BAR
from gui.app.view_controls import ViewControls
from gui.common.actions import make_action
from gui.common.i18n import translate

# The type grows by the largest of these that leaves the window within the screen (a 1280x720
# projector takes less than a 1920x1080 one).
TEXT_FACTORS = (1.5, 1.4, 1.25, 1.1)
PRESENTER_PEN = 36  # pixels: a stroke the back row can see


def menu_actions(window: QMainWindow) -> list[QAction]:
    """Every action of ``window``'s menu bar and its menus and submenus."""
    # Submenus are found by their menu action rather than ``QAction.menu()``, whose Python
    # wrapper can end up owning (and deleting) the submenu.
    submenus = {m.menuAction(): m for m in window.findChildren(QMenu)}
    found: list[QAction] = []
    todo = list(window.menuBar().actions())
    while todo:
        action = todo.pop(0)
        if action in submenus:
            todo = list(submenus[action].actions()) + todo
        elif not action.isSeparator():
            found.append(action)
    return found


class PresenterMode(QObject):
    """Turns presenter mode on and off for ``window``.

    Signals
    -------
    toggled(bool)
        Presenter mode was turned on (True) or off.
    """

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, view: ViewControls) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._on = False
        self._pen_before: int | None = None
        self.factor = 1.0
        self._was_maximized = False
        # The screen's room for the window; None: the screen's own (a screenshot, which has
        # no real screen, gives the size it renders).
        self.room: QSize | None = None
        self.action = make_action(
            window,
            translate("app.presenter", "Pre&senter Mode"),
            translate(
                "app.presenter",
                "Large type, a thick pen and only what a lesson needs (F5; Esc leaves)",
            ),
            ["F5"],
            self.set_enabled,
            checkable=True,
        )
        self._leave = make_action(
            window, translate("app.presenter", "Leave Presenter Mode"), "", ["Esc"], self._on_leave
        )
        self._leave.setEnabled(False)
        window.addAction(self._leave)

    @property
    def enabled(self) -> bool:
        return self._on

    def set_enabled(self, on: bool) -> None:
        """Turn presenter mode on or off."""
        on = bool(on)
        if on == self._on:
            return
        self._on = on
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        window = self._window
        if on:
            # A hidden menu bar's shortcuts stop working; the window holds them meanwhile.
            window.addActions(menu_actions(window))
        else:
            for action in menu_actions(window):
                if action is not self.action:
                    window.removeAction(action)
        window.menuBar().setVisible(not on)
        window.statusBar().setVisible(not on)
        self._leave.setEnabled(on)
        if on:
            self._enlarge()
            # On a real screen a lesson wants all of it (a screenshot sizes the window itself).
            self._was_maximized = window.isMaximized()
            if window.isVisible() and self.room is None:
                window.showMaximized()
        else:
            self._view.set_factor(1.0)
            if window.isVisible() and self.room is None and not self._was_maximized:
                window.showNormal()
        self._set_pen(on)
        self.toggled.emit(on)

    def _fits(self) -> bool:
        screen = self._window.screen()
        room = self.room
        if room is None and screen is not None:
            room = screen.availableGeometry().size()
        need = self._window.minimumSizeHint()
        return room is None or (
            need.width() <= room.width() and need.height() <= room.height() - TITLE_BAR
        )

    def _enlarge(self, factors: tuple[float, ...] = TEXT_FACTORS) -> None:
        """The largest text factor (of ``factors``) whose window still fits the screen."""
        for factor in factors:
            self._view.set_factor(factor)
            if self._fits():
                break
        self.factor = factor

    def refit(self) -> None:
        """Another tab or page is shown: if the window no longer fits at this size of type,
        take the next smaller one that does (never a larger one: text would jump)."""
        if self._on and not self._fits():
            self._enlarge(tuple(f for f in TEXT_FACTORS if f < self.factor) or TEXT_FACTORS[-1:])

    def _set_pen(self, on: bool) -> None:
        draw = getattr(self._window, "draw_tab", None)
        if draw is None:
            return
        slider = draw.pen_slider
        if on:
            self._pen_before = slider.value()
            slider.setValue(max(self._pen_before, min(PRESENTER_PEN, slider.maximum())))
        elif self._pen_before is not None:
            slider.setValue(self._pen_before)
            self._pen_before = None

    def _on_leave(self) -> None:
        self.set_enabled(False)
