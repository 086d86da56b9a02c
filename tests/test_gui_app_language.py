"""View ▸ Language: the shipped languages, each named in itself, the choice remembered in
``ViewSettings.language`` for the next start, and a message in the language chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from gui.app import language_menu
from gui.app.startup import choose_language
from gui.app.window import MainWindow
from gui.common.settings import SettingsStore, ViewSettings


@pytest.fixture
def store(tmp_path):
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qapp, store):
    win = MainWindow(None, store, error_dialogs=False)
    yield win
    win.close()


def _checked(win: MainWindow) -> str:
    return next(c for c, a in win.language_menu.actions_by_code.items() if a.isChecked())


def test_the_language_menu_names_each_language_in_itself(window):
    menu = window.language_menu
    assert menu.title() == "&Language"
    view = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
    assert menu.menuAction() in view.actions()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["System language", "English", "Deutsch", "Español"]
    # The system's language until one is chosen.
    assert _checked(window) == ""


def test_choosing_a_language_is_remembered_for_the_next_start(window, store, monkeypatch):
    window.language_menu.actions_by_code["de"].trigger()
    assert _checked(window) == "de"
    assert store.load(ViewSettings).language == "de"
    # Said in the language chosen: the one the person can read.
    message = window.statusBar().currentMessage()
    assert "Deutsch" in message and "Convscope" in message
    assert message == language_menu.applies_message("de") != language_menu.applies_message("en")
    assert "nächsten" in message
    # The next start speaks it (unless --lang or CONVSCOPE_LANG say otherwise)...
    monkeypatch.delenv("CONVSCOPE_LANG", raising=False)
    assert choose_language(None, store) == "de"
    assert choose_language("es", store) == "es"
    # ... and its menu shows it checked.
    again = MainWindow(None, store, error_dialogs=False)
    try:
        assert _checked(again) == "de"
    finally:
        again.close()


def test_back_to_the_system_language(window, store, monkeypatch):
    window.language_menu.actions_by_code["es"].trigger()
    assert "Español" in window.statusBar().currentMessage()
    window.language_menu.actions_by_code[""].trigger()
    assert _checked(window) == "" and store.load(ViewSettings).language == ""
    monkeypatch.delenv("CONVSCOPE_LANG", raising=False)
    assert choose_language(None, store) == language_menu.QLocale.system().name()
    assert window.statusBar().currentMessage() == language_menu.applies_message("")
