"""The learner's language, for everything that runs without Qt: the command line, the
explanations and tour texts the core writes, the exported handouts and animations.

One set of translations serves the whole app. Its sources are Qt Linguist files,
``resources/i18n/<area>_<lang>.ts``, one per area of the code (``core`` for ``model/`` and
``main.py``, one per screen for ``gui/``), written by ``pyside6-lupdate`` and compiled to ``.qm``
by ``pyside6-lrelease`` (``python resources/i18n/build.py`` does both). The desktop app installs
the ``.qm`` files into Qt (``gui.common.i18n``); this module reads the ``.ts`` files itself, so
``model/`` never imports Qt and the command line starts without it.

Strings are marked where they are written: ``translate("context", "text")``, with named
``str.format`` fields for what varies (``translate("explain", "{n} filters").format(n=8)``),
which ``lupdate`` finds by the call's name. German and Spanish form plurals as English does, so a
count picks its sentence in code (``one if n == 1 else many``) and no ``%n`` forms are used.
Numbers shown to a person go through ``number`` and ``percent``: German and Spanish write 0,95.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# The languages shipped, by code, each named in its own language (as a menu lists them).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
SOURCE_LANGUAGE = "en"

_language = SOURCE_LANGUAGE
_catalog: dict[tuple[str, str], str] | None = None


def normalise(code: str | None) -> str:
    """The shipped language a locale name means: ``"de_DE.UTF-8"`` → ``"de"``; English for
    anything not shipped (``C``, ``POSIX``, ``fr_FR``, empty)."""
    if not code:
        return SOURCE_LANGUAGE
    short = code.replace("-", "_").split(".")[0].split("_")[0].lower()
    return short if short in LANGUAGES else SOURCE_LANGUAGE


def from_environment() -> str:
    """The language asked for outside the app: ``CONVSCOPE_LANG``, else the locale
    (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext looks them up)."""
    explicit = os.environ.get("CONVSCOPE_LANG")
    if explicit:
        return normalise(explicit)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return normalise(value)
    return SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Speak ``code`` from now on (normalised; see ``normalise``); returns the code used."""
    global _language, _catalog
    lang = normalise(code)
    if lang != _language:
        _language, _catalog = lang, None
    return lang


def language() -> str:
    """The code of the language spoken now."""
    return _language


def catalog_files(lang: str) -> list[Path]:
    """Every translation source of ``lang``, one per area of the code."""
    return sorted(I18N_DIR.glob(f"*_{lang}.ts"))


def read_catalog(path: Path) -> dict[tuple[str, str], str]:
    """``(context, source) -> translation`` of one ``.ts`` file; unfinished or empty
    translations are left out (the source text shows instead)."""
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out[(name, source)] = node.text
    return out


def _load() -> dict[tuple[str, str], str]:
    global _catalog
    if _catalog is None:
        _catalog = {}
        if _language != SOURCE_LANGUAGE:
            for path in catalog_files(_language):
                _catalog.update(read_catalog(path))
    return _catalog


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language spoken now (itself when no translation is shipped).

    The signature is ``QCoreApplication.translate``'s, so ``lupdate`` finds these calls as it
    finds Qt's; ``disambiguation`` and ``n`` are accepted for that and not used."""
    if _language == SOURCE_LANGUAGE:
        return source
    return _load().get((context, source), source)


def decimal_point() -> str:
    """The decimal separator of the language spoken now."""
    return "." if _language == SOURCE_LANGUAGE else ","


def formatted(value: float, spec: str = "g") -> str:
    """``format(value, spec)`` with the language's decimal separator (``"+.2f"``, ``">8g"``)."""
    text = format(value, spec)
    return text if _language == SOURCE_LANGUAGE else text.replace(".", decimal_point())


def number(value: float, decimals: int = 2) -> str:
    """``value`` with ``decimals`` digits after the language's decimal separator."""
    return formatted(value, f".{decimals}f")


def percent(fraction: float, decimals: int = 1) -> str:
    """``fraction`` (0.95) as a percentage in the language's way: 95.0% / 95,0 %."""
    text = number(100.0 * fraction, decimals)
    return f"{text}%" if _language == SOURCE_LANGUAGE else f"{text}\u00a0%"


def integer(value: int) -> str:
    """A whole number with the language's thousands separator: 60,000 / 60.000."""
    text = f"{int(value):,}"
    return text if _language == SOURCE_LANGUAGE else text.replace(",", ".")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation where it is defined (a module-level table) and give it
    back unchanged; it is translated where it is shown, with ``translate(context, value)``."""
    return source
