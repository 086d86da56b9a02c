"""View ▸ Theme, the zoom and presenter mode: applied, remembered, and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from gui.app.presenter import TEXT_FACTORS
from gui.app.view_controls import ZOOM_STEPS, next_zoom
from gui.common import style, themes
from gui.common.settings import SettingsStore, ViewSettings


@pytest.fixture
def app_look(qapp):
    """The app's own look for the test, and the test runner's back afterwards."""
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    style.apply_style(qapp, "light", 1.0)
    yield qapp
    style.apply_style(qapp, "light", 1.0)
    sheet, font, palette, style_name = saved
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style_name)
    style._app_style = None


@pytest.fixture
def window(app_look, qtbot):
    from gui.app.window import MainWindow

    store = SettingsStore(None)
    win = MainWindow(None, store, error_dialogs=False)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_zoom_steps():
    assert next_zoom(1.0, 1) == 1.1 and next_zoom(1.0, -1) == 0.9
    assert next_zoom(ZOOM_STEPS[-1], 1) == ZOOM_STEPS[-1]
    assert next_zoom(ZOOM_STEPS[0], -1) == ZOOM_STEPS[0]
    assert next_zoom(1.05, 1) == 1.1  # from between two steps, the next one


def test_a_theme_changes_the_palette_and_painted_colours_and_is_remembered(window):
    window.view.set_theme("dark")
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(themes.DARK.window)
    assert themes.DARK.card == style.CARD and style.THEME is themes.DARK
    assert window.settings.load(ViewSettings).theme == "dark"
    window.view.set_theme("high-contrast")
    assert app.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
    with pytest.raises(ValueError):
        window.view.set_theme("neon")


def test_system_follows_the_platform(window, monkeypatch):
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    window.view.set_theme("system")
    assert style.THEME is themes.DARK
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    window.view.set_theme("system")
    assert style.THEME is themes.LIGHT


def test_ctrl_plus_minus_and_zero_zoom_text_and_are_remembered(window, qtbot):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 1.1
    assert app.font().pointSizeF() == pytest.approx(base * 1.1)
    assert "font-size: 70px" in app.styleSheet()  # the big digit: 64 px at zoom 1
    assert window.settings.load(ViewSettings).zoom == pytest.approx(1.1)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 0.9
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom == 1.0 and app.font().pointSizeF() == pytest.approx(base)


def test_presenter_mode_enlarges_hides_the_chrome_keeps_shortcuts_and_undoes_it(window, qtbot):
    pen = window.draw_tab.canvas.pen_width
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter.enabled
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    # As large as the screen has room for (the offscreen screen is small: 800x600).
    assert window.presenter.factor in TEXT_FACTORS and window.presenter.factor > 1
    assert pytest.approx(window.presenter.factor) == style.ZOOM
    assert window.draw_tab.canvas.pen_width > pen
    # A menu's shortcut still works with the menu bar hidden: Ctrl+2 opens the Train tab.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_key() == "train"
    window.select_tab("draw")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenter.enabled
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert pytest.approx(1.0) == style.ZOOM and window.draw_tab.canvas.pen_width == pen
    # The user's zoom is not the presenter's: it was never stored.
    assert window.settings.load(ViewSettings).zoom == pytest.approx(1.0)
