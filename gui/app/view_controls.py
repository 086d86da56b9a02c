"""How the window looks, chosen in the View menu and remembered: its theme and its zoom.

``ViewControls`` owns the ``ViewSettings`` (``gui.common.settings``) and applies them through
``gui.common.style.apply_style``. The zoom the window shows is the user's zoom times the
presenter mode's factor (``gui.app.presenter``), so leaving presenter mode gives back the
user's own zoom. "Follow the system" follows a change of the platform's colour scheme while
the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from gui.common import style, themes
from gui.common.actions import make_action
from gui.common.i18n import translate
from gui.common.settings import SettingsStore, ViewSettings

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)


def next_zoom(zoom: float, direction: int) -> float:
    """The next step of ``ZOOM_STEPS`` above (``direction`` 1) or below (-1) ``zoom``."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > zoom + 1e-6), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < zoom - 1e-6), ZOOM_STEPS[0])


class ViewControls(QObject):
    """The window's theme and zoom: applied, changed from the View menu, remembered.

    Signals
    -------
    zoomChanged(float)
        The zoom the window shows (the user's times the presenter factor) changed.
    themeChanged(str)
        The theme's choice changed (a key of ``themes.CHOICES``).
    """

    zoomChanged = Signal(float)
    themeChanged = Signal(str)

    def __init__(self, parent: QWidget, settings: SettingsStore) -> None:
        super().__init__(parent)
        self._store = settings
        self.settings = settings.load(ViewSettings)
        if self.settings.theme not in dict(themes.CHOICES):
            self.settings.theme = themes.SYSTEM
        self.settings.zoom = min(style.MAX_ZOOM, max(style.MIN_ZOOM, self.settings.zoom))
        self._factor = 1.0
        self._theme_actions: dict[str, object] = {}
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_hints_colorSchemeChanged)
        if style.is_applied():  # else widgets run without the app's look (a test): leave it
            self._apply()

    @property
    def theme(self) -> str:
        return self.settings.theme

    @property
    def zoom(self) -> float:
        """The user's own zoom (without the presenter factor)."""
        return self.settings.zoom

    @property
    def shown_zoom(self) -> float:
        return style.ZOOM

    def set_theme(self, theme: str) -> None:
        """Show and remember theme ``theme`` (a key of ``themes.CHOICES``)."""
        if theme not in dict(themes.CHOICES):
            raise ValueError(f"unknown theme {theme!r}")
        self.settings.theme = theme
        action = self._theme_actions.get(theme)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self._apply()
        self.themeChanged.emit(theme)

    def set_zoom(self, zoom: float) -> None:
        """Show and remember the user's zoom ``zoom`` (clamped to what is readable)."""
        self.settings.zoom = min(style.MAX_ZOOM, max(style.MIN_ZOOM, float(zoom)))
        self._apply()

    def set_factor(self, factor: float) -> None:
        """Multiply the user's zoom by ``factor`` (presenter mode), without remembering it."""
        self._factor = float(factor)
        self._apply()

    def save(self) -> None:
        self._store.save(self.settings)

    def _apply(self) -> None:
        before = style.ZOOM
        app = QApplication.instance()
        style.apply_style(app, self.settings.theme, self.settings.zoom * self._factor)
        self.save()
        if before != style.ZOOM:
            self.zoomChanged.emit(style.ZOOM)

    @Slot(Qt.ColorScheme)
    def _on_hints_colorSchemeChanged(self, _scheme) -> None:
        if self.settings.theme == themes.SYSTEM:
            self._apply()

    def fill_menu(self, menu: QMenu, window: QWidget) -> None:
        """Add the theme's choices and the zoom to the View menu ``menu``."""
        theme_menu = menu.addMenu(translate("app.view_controls", "T&heme"))
        group = QActionGroup(theme_menu)
        for key, text in themes.CHOICES:
            action = make_action(
                window,
                translate("common.themes", text),
                translate("common.themes", themes.TIPS[key]),
                slot=lambda on, k=key: on and self.set_theme(k),
                checkable=True,
            )
            action.setChecked(key == self.settings.theme)
            group.addAction(action)
            theme_menu.addAction(action)
            self._theme_actions[key] = action
        for text, tip, keys, slot in (
            (
                translate("app.view_controls", "Zoom I&n"),
                translate("app.view_controls", "Larger text and controls"),
                ["Ctrl++", "Ctrl+="],
                self.zoom_in,
            ),
            (
                translate("app.view_controls", "Zoom &Out"),
                translate("app.view_controls", "Smaller text and controls"),
                ["Ctrl+-"],
                self.zoom_out,
            ),
            (
                translate("app.view_controls", "&Actual Size"),
                translate("app.view_controls", "Text and controls at their usual size"),
                ["Ctrl+0"],
                self.zoom_reset,
            ),
        ):
            menu.addAction(make_action(window, text, tip, keys, slot))

    def zoom_in(self) -> None:
        self.set_zoom(next_zoom(self.settings.zoom, 1))

    def zoom_out(self) -> None:
        self.set_zoom(next_zoom(self.settings.zoom, -1))

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)
