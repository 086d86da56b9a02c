"""The desktop app in the learner's language: Qt's translators for the app's own strings and
for Qt's (file dialogs, "Show Details…"), and the locale that spin boxes write numbers in.

The language is chosen once, before the first window is built (``install``); the View menu's
choice is remembered and applies at the next start, as in most desktop apps, because a
window's texts are set as it is built. ``translate`` is Qt's: widgets mark their strings with
``translate("context", "text")`` and ``pyside6-lupdate`` finds them by that name (see
``model.i18n`` for the conventions and ``resources/i18n/build.py`` for the catalogs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from model import i18n

translate = QCoreApplication.translate
QT_TRANSLATE_NOOP = i18n.QT_TRANSLATE_NOOP

# Alive as long as they are installed: Qt does not own a QTranslator.
_translators: list[QTranslator] = []

_LOCALES = {"en": QLocale.Language.English, "de": QLocale.Language.German}


def install(app: QCoreApplication, code: str | None) -> str:
    """Speak ``code`` (normalised) in ``app`` and in ``model.i18n``; returns the code used."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    lang = i18n.set_language(code)
    locale = QLocale(
        _LOCALES.get(lang, QLocale.Language.Spanish),
        QLocale.Country.UnitedStates if lang == "en" else QLocale.Country.AnyCountry,
    )
    # Spin boxes and the like write and read numbers in the language's way (0,001).
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    QLocale.setDefault(locale)
    if lang == i18n.SOURCE_LANGUAGE:
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(f"qtbase_{lang}", qt_dir)] + [
        (path.stem, str(path.parent)) for path in i18n.catalog_files(lang)
    ]
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    return lang
