"""View ▸ Language: the language Convscope speaks, remembered in ``ViewSettings.language``
("" follows the system's).

A window's texts are set as it is built, so a new choice applies the next time Convscope starts
(``gui.app.startup.choose_language`` reads it); the status bar says so in the language chosen,
which is the one a person who cannot read the present one understands.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from gui.app.view_controls import ViewControls
from gui.common.actions import make_action
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model import i18n

# How long the status bar says that the choice applies at the next start.
MESSAGE_MS = 20000

_SYSTEM = QT_TRANSLATE_NOOP("app.language_menu", "System language")
_APPLIES = QT_TRANSLATE_NOOP(
    "app.language_menu", "Language: {language}. It applies the next time Convscope starts."
)


def in_language(lang: str, source: str) -> str:
    """``source`` (of this module) in language ``lang``, whichever language is spoken now."""
    if lang == i18n.SOURCE_LANGUAGE:
        return source
    path = i18n.I18N_DIR / f"app_{lang}.ts"
    if not path.exists():
        return source
    return i18n.read_catalog(path).get(("app.language_menu", source), source)


def system_language() -> str:
    """The shipped language the system's locale means (English for any other)."""
    return i18n.normalise(QLocale.system().name())


def applies_message(choice: str) -> str:
    """What the status bar says once ``choice`` ("" for the system's) is chosen, in the
    language Convscope will speak."""
    lang = i18n.normalise(choice) if choice else system_language()
    name = i18n.LANGUAGES[lang]
    if not choice:
        name = f"{in_language(lang, _SYSTEM)} ({name})"
    return in_language(lang, _APPLIES).format(language=name)


class LanguageMenu(QMenu):
    """The View menu's Language submenu: System language, then each shipped language named in
    itself (English, Deutsch, Español); the checked one is ``view.settings.language``."""

    def __init__(self, window: QMainWindow, view: ViewControls) -> None:
        super().__init__(translate("app.language_menu", "&Language"), window)
        self.setToolTipsVisible(True)
        self._window = window
        self._view = view
        self.actions_by_code: dict[str, QAction] = {}
        group = QActionGroup(self)
        choices = [("", translate("app.language_menu", _SYSTEM))]
        choices += [(code, name) for code, name in i18n.LANGUAGES.items()]
        chosen = view.settings.language if view.settings.language in i18n.LANGUAGES else ""
        for code, name in choices:
            action = make_action(
                window,
                name,
                translate("app.language_menu", "Speak the language the computer is set to")
                if not code
                else name,
                checkable=True,
            )
            action.setChecked(code == chosen)
            action.toggled.connect(lambda on, c=code: on and self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_code[code] = action
            if not code:
                self.addSeparator()

    def choose(self, code: str) -> None:
        """Remember ``code`` ("" for the system's language) for the next start, and say so."""
        action = self.actions_by_code[code]
        if not action.isChecked():
            action.setChecked(True)  # toggles back into this method, which then goes on
            return
        if self._view.settings.language == code:
            return
        self._view.settings.language = code
        self._view.save()
        self._window.statusBar().showMessage(applies_message(code), MESSAGE_MS)
