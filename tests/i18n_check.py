"""What a learner reading German or Spanish would still meet in English: every text a window
shows (labels, buttons, tabs, group titles, menus, tooltips, list items, placeholders,
accessible names and descriptions, text views) is read and searched for English words.

A shown text is English when it holds a word from ``ENGLISH``: short words every English
sentence has and neither German nor Spanish uses as a word (so not "in", "an", "was", "so",
"no", "a"), and the app's own nouns. Technical names the translations keep (ReLU, MaxPooling2D,
softmax, MNIST, file names) hold none of them.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_ENGLISH_WORDS = """
    the and of to your you with this that these those which what when where how why its it's
    is are were has have had been for from by on at each every than then into onto out about
    would should could can't cannot don't doesn't isn't shows show click draw drawn drawing
    digit digits layer layers network networks training's weights weight learned learns
    answer reads read choose chosen open save saved loading loaded load nothing here there
    after before only more less same other others while whether between through without
    such not must be being file files folder image images model models sample samples
    accuracy loss probability probabilities value values epoch epochs run runs
    turn turned """
ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Words of the list the other language does use, or keeps as a name: "same" is Keras's padding
# value (padding="same"), which the Train tab's layer editor lists and explains as it is.
SHARED: dict[str, frozenset[str]] = {"de": frozenset({"same"}), "es": frozenset({"same"})}

# English words that are a word of one of the languages but not of the other.
ALSO: dict[str, frozenset[str]] = {
    "de": frozenset({"occlusion", "saliency"}),
    "es": frozenset({"gradient", "occlusion", "saliency", "filter", "training"}),
}

_TAG = re.compile(r"<[^>]+>")
_FIELD = re.compile(r"\{\w*(?:[:!][^}]*)?\}")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_PATH = re.compile(r"\S*[/\\]\S*|\S+\.(?:keras|png|npz|json|h5|csv|gif|webp|html|pdf)\b")


def english_words(text: str, lang: str) -> list[str]:
    """The English words in ``text`` (markup, paths, file names and a catalog's ``{fields}``
    left out)."""
    text = (
        _FIELD.sub(" ", _PATH.sub(" ", _TAG.sub(" ", text))).replace("&amp;", "&").replace("&", "")
    )
    allowed = SHARED.get(lang, frozenset())
    extra = ALSO.get(lang, frozenset())
    return [
        w
        for w in _WORD.findall(text)
        if (w.lower() in ENGLISH or w.lower() in extra) and w.lower() not in allowed
    ]


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text under ``root`` a person can see or hear, as (where, text)."""
    out: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            out.append((f"{type(widget).__name__} {widget.objectName() or ''} {what}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        try:
            _read(widget, add)
        except RuntimeError:
            continue  # deleted while the walk ran (a toolbar's overflow menu, a closed menu)
    return out


def _read(widget: QWidget, add) -> None:
    """Every text of ``widget`` itself (not its children), given to ``add``."""
    from shiboken6 import isValid

    if not isValid(widget):
        return
    add(widget, "tooltip", widget.toolTip())
    add(widget, "accessible name", widget.accessibleName())
    add(widget, "accessible description", widget.accessibleDescription())
    if widget.isWindow():
        add(widget, "window title", widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        add(widget, "text", widget.text())
    elif isinstance(widget, QGroupBox):
        add(widget, "title", widget.title())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            add(widget, f"tab {i}", widget.tabText(i))
            add(widget, f"tab {i} tooltip", widget.tabToolTip(i))
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            add(widget, f"item {i}", widget.itemText(i))
    elif isinstance(widget, QLineEdit):
        add(widget, "placeholder", widget.placeholderText())
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        add(widget, "text", widget.toPlainText())
        add(widget, "placeholder", widget.placeholderText())
    elif isinstance(widget, QMenu):
        add(widget, "title", widget.title())
    for action in QWidget.actions(widget):
        add(widget, f"action {action.text()!r}", action.text())
        add(widget, f"action {action.text()!r} tip", action.toolTip())
        add(widget, f"action {action.text()!r} status tip", action.statusTip())
        if action.menu() is not None and isValid(action.menu()):
            for sub in action.menu().actions():
                add(widget, f"menu item {sub.text()!r}", sub.text())
                add(widget, f"menu item {sub.text()!r} tip", sub.statusTip())


def untranslated(root: QWidget, lang: str) -> list[str]:
    """Each text under ``root`` still in English, as "where: 'text' (words)"."""
    problems = []
    seen = set()
    for where, text in shown_texts(root):
        words = english_words(text, lang)
        if words and (where, text) not in seen:
            seen.add((where, text))
            short = " ".join(text.split())[:140]
            problems.append(f"{where}: {short!r} ({', '.join(sorted(set(words)))})")
    return problems
