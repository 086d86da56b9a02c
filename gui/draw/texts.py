"""Texts of the Draw tab that are not one widget's: its title and tooltip (in English, marked
in the tab's context: the window shows them translated, ``gui.app.window.tab_text``) and the
filter of its file dialog."""

from __future__ import annotations

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model.data.images import IMAGE_SUFFIXES


def image_filter() -> str:
    """The file dialog's filter: the image files the canvas opens, or any file."""
    patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
    return translate("draw.texts", "Images ({patterns});;All files (*)").format(patterns=patterns)


TITLE = QT_TRANSLATE_NOOP("draw.tab", "Draw")
TOOLTIP = QT_TRANSLATE_NOOP("draw.tab", "Draw a digit and watch the network read it")
