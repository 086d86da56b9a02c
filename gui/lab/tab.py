"""The Lab tab: experiments on the user's own digit that go beyond reading it.

A column of page buttons on the left (``gui.lab.nav_button``), one page at a time on the
right. Each page is a ``LabPage`` (``gui.common.page``) in a package of its own, named as the page
is on screen (``LAB_PAGES``), imported and built the first time it is shown, so the tab costs
nothing until it is used.
"""

from __future__ import annotations

import importlib
import logging
import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.page import BrokenPage, LabPage
from gui.common.session import ModelSession
from gui.common.settings import LabSettings, SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import label
from gui.lab.nav_button import NavButton

log = logging.getLogger("convscope.gui")

# (key, module, class, button title, one-line summary). Order is the order of the buttons. The
# titles and summaries are marked here and translated where they are shown.
LAB_PAGES = (
    (
        "why",
        "gui.lab.why.page",
        "SaliencyPage",
        QT_TRANSLATE_NOOP("lab.tab", "Why this answer"),
        QT_TRANSLATE_NOOP("lab.tab", "Which pixels of your digit pushed the network to its answer"),
    ),
    (
        "robustness",
        "gui.lab.robustness.page",
        "RobustnessPage",
        QT_TRANSLATE_NOOP("lab.tab", "Robustness lab"),
        QT_TRANSLATE_NOOP(
            "lab.tab",
            "Shift, turn, squash and spoil your digit: does the CNN cope better than a plain "
            "network?",
        ),
    ),
    (
        "kernels",
        "gui.lab.kernels.page",
        "KernelPage",
        QT_TRANSLATE_NOOP("lab.tab", "Kernel playground"),
        QT_TRANSLATE_NOOP(
            "lab.tab", "Slide your own filter over your digit; switch off a filter of the network"
        ),
    ),
    (
        "neighbours",
        "gui.lab.neighbours.page",
        "NeighboursPage",
        QT_TRANSLATE_NOOP("lab.tab", "Nearest training digits"),
        QT_TRANSLATE_NOOP("lab.tab", "The training digits the network thinks yours looks like"),
    ),
    (
        "teach",
        "gui.lab.handwriting.page",
        "TeachPage",
        QT_TRANSLATE_NOOP("lab.tab", "Your handwriting"),
        QT_TRANSLATE_NOOP(
            "lab.tab", "Collect samples of your own digits and fine-tune the network on them"
        ),
    ),
)


class LabTab(ConvscopeTab):
    """The Lab tab: page buttons on the left, the chosen ``LabPage`` on the right."""

    key = "lab"
    title = QT_TRANSLATE_NOOP("lab.tab", "Lab")
    tooltip = QT_TRANSLATE_NOOP(
        "lab.tab", "Experiments on your digit: saliency, robustness, kernels, your own handwriting"
    )

    pageShown = Signal(str)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self._pages: dict[str, LabPage] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._visible = False
        self._current = ""

        nav = QWidget()
        nav.setObjectName("labNav")
        nav.setFixedWidth(230)
        column = QVBoxLayout(nav)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(label(translate("lab.tab", "Experiments"), "heading"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, NavButton] = {}
        self.stack = QStackedWidget()
        for key, _module, _cls, title, summary in LAB_PAGES:
            button = NavButton(translate("lab.tab", title), translate("lab.tab", summary))
            button.clicked.connect(lambda _checked=False, k=key: self.show_page(k))
            self._group.addButton(button)
            self.buttons[key] = button
            column.addWidget(button)
            placeholder = QLabel("")
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
        column.addStretch(1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(14)
        outer.addWidget(nav)
        outer.addWidget(self.stack, 1)
        first = settings.load(LabSettings).page
        self.show_page(first if first in self.buttons else LAB_PAGES[0][0])

    @property
    def current_key(self) -> str:
        return self._current

    @property
    def pages(self) -> dict[str, LabPage]:
        """The pages built so far, by key."""
        return dict(self._pages)

    def page(self, key: str) -> LabPage:
        """The page ``key``, built now if it is not built yet."""
        if key in self._pages:
            return self._pages[key]
        _key, module, cls_name, title, _summary = next(p for p in LAB_PAGES if p[0] == key)
        try:
            cls = getattr(importlib.import_module(module), cls_name)
            page: LabPage = cls(self.session, self.settings)
        except Exception as exc:  # one broken experiment must not take the tab down with it
            log.exception("Lab page %r could not be built", key)
            page = BrokenPage(self.session, self.settings, translate("lab.tab", title), exc)
        page.errorReported.connect(self.errorReported)
        page.statusReported.connect(self.statusReported)
        page.tabRequested.connect(self.tabRequested)
        placeholder = self._placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._pages[key] = page
        # A page built after a model loaded, or a digit was drawn, has missed the signals:
        # catch it up (it computes only once it is shown).
        if self.session.info is not None:
            page.model_changed(self.session.info)
        if self.session.last_prediction is not None:
            page._on_session_predictionReady(self.session.last_prediction)
        return page

    def show_page(self, key: str) -> LabPage:
        """Show page ``key`` (building it if needed) and make it the active one."""
        page = self.page(key)
        previous = self._pages.get(self._current)
        if previous is not None and previous is not page:
            previous.set_active(False)
        self._current = key
        self.buttons[key].setChecked(True)
        self.stack.setCurrentWidget(page)
        page.set_active(self._visible)
        self.pageShown.emit(key)
        return page

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._visible = True
        current = self._pages.get(self._current)
        if current is not None:
            current.set_active(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._visible = False
        current = self._pages.get(self._current)
        if current is not None:
            current.set_active(False)

    def save_settings(self) -> None:
        self.settings.save(LabSettings(page=self._current))
        for page in self._pages.values():
            page.save_settings()

    def shutdown(self, timeout_ms: int) -> bool:
        # Every page's workers are asked to stop first, so their jobs wind down together and
        # the whole tab ends within ``timeout_ms``, not one page after another.
        began = time.monotonic()
        for page in self._pages.values():
            for worker in page._workers:
                worker.begin_stop()
        ok = True
        for page in self._pages.values():
            left = max(100, timeout_ms - int((time.monotonic() - began) * 1000))
            ok = page.shutdown(left) and ok
        return ok
