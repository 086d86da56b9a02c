"""The Lab tab: experiments on the user's own digit that go beyond reading it.

A column of page buttons on the left, one page at a time on the right. Each page is a
``LabPage`` in a module of its own, imported and built the first time it is shown, so the
tab costs nothing until it is used. Pages follow the current digit through the session's
``predictionReady``; ``LabPage`` hands it to the page only while the page is visible (and once
more when it becomes visible), so hidden pages never compute.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.errors import describe, format_exception
from gui.common.layouts import VerticalScrollArea
from gui.common.session import ModelSession
from gui.common.settings import LabSettings, SettingsStore
from gui.common.style import qcolor
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import Card, label
from gui.common.workers import Worker

log = logging.getLogger("convscope.gui")

# (key, module, class, button title, one-line summary). Order is the order of the buttons.
LAB_PAGES = (
    (
        "why",
        "gui.lab.why",
        "SaliencyPage",
        "Why this answer",
        "Which pixels of your digit pushed the network to its answer",
    ),
    (
        "robustness",
        "gui.lab.robustness",
        "RobustnessPage",
        "Robustness lab",
        "Shift, turn, squash and spoil your digit: does the CNN cope better than a plain network?",
    ),
    (
        "kernels",
        "gui.lab.kernels",
        "KernelPage",
        "Kernel playground",
        "Slide your own filter over your digit; switch off a filter of the network",
    ),
    (
        "neighbours",
        "gui.lab.neighbours",
        "NeighboursPage",
        "Nearest training digits",
        "The training digits the network thinks yours looks like",
    ),
    (
        "teach",
        "gui.lab.handwriting",
        "TeachPage",
        "Your handwriting",
        "Collect samples of your own digits and fine-tune the network on them",
    ),
)


class LabPage(ConvscopeTab):
    """Base class of a Lab page: a tab of the Lab tab, reporting as the window's tabs do.

    Subclasses set ``key`` and ``title`` and override ``digit_changed`` (and, when they need
    them, ``model_changed``, ``activated``, ``deactivated``, ``save_settings``, ``shutdown``).

    What most pages need is here too: ``add_worker`` gives the page a background worker that
    the default ``shutdown`` stops; ``request_model_copy`` asks the model worker for a frozen
    copy of the current model (``model.network.sharing.freeze``) for such a worker to ``thaw``, and
    answers through ``model_copied`` / ``model_copy_failed``; ``set_scrolling_content`` puts
    a tall page in a scroll area.

    Its signals are ``gui.common.tabs.ConvscopeTab``'s (``errorReported``, ``statusReported``,
    ``tabRequested``): the Lab tab forwards them to the window.
    """

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.active = False
        # The newest 28x28 input the network saw (None: blank canvas) and its prediction.
        self.image: np.ndarray | None = None
        self.prediction: dict[str, Any] | None = None
        self._stale = False
        self._workers: list[Worker] = []
        session.predictionReady.connect(self._on_session_predictionReady)
        session.digitCleared.connect(self._on_session_digitCleared)
        session.modelChanged.connect(self._on_session_modelChanged)
        session.jobFinished.connect(self._on_copy_job_finished)
        session.jobFailed.connect(self._on_copy_job_failed)

    # ----------------------------------------------------------------- for subclasses

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        """The current digit changed (called only while the page is visible)."""

    def model_changed(self, info: dict[str, Any]) -> None:
        """The session's current model changed (called whether or not the page is visible)."""

    def activated(self) -> None:
        """The page became visible."""

    def deactivated(self) -> None:
        """The page was hidden."""

    def is_settled(self) -> bool:
        """False while the page is still computing what it shows (screenshots wait for it)."""
        return True

    def shutdown(self, timeout_ms: int) -> bool:
        """Stop this page's background work; True if it ended within ``timeout_ms``.

        The default stops every ``add_worker`` worker, in the order they were added, all of
        them within ``timeout_ms`` together. Override it to ask a long job to end first (a
        cancel flag), then call this.
        """
        began = time.monotonic()
        for worker in self._workers:
            worker.begin_stop()
        ok = True
        for worker in self._workers:
            left = max(100, timeout_ms - int((time.monotonic() - began) * 1000))
            ok = worker.stop(left) and ok
        return ok

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        """The copy asked for with ``request_model_copy(tag)``: a
        ``model.network.sharing.FrozenModel``
        and ``model_key``, which tells the model it was taken from (``id`` of the model)."""

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        """The copy ``tag`` could not be made (e.g. no model yet): a one-line reason."""

    # ----------------------------------------------------------------- helpers for pages

    def add_worker(
        self,
        worker: Worker | str,
        finished: Callable[[str, Any], None] | None = None,
        errored: Callable[[str, str, str], None] | None = None,
    ) -> Worker:
        """Start a background worker of this page (a ``Worker`` or the name of a new one).

        ``finished`` and ``errored``, methods of this page, get its results in the UI thread.
        The default ``shutdown`` stops it. Add the worker that runs the longest jobs first:
        it gets the first share of the time to stop.
        """
        if isinstance(worker, str):
            worker = Worker(worker)
        if finished is not None:
            worker.finished.connect(finished)
        if errored is not None:
            worker.errored.connect(errored)
        worker.start()
        self._workers.append(worker)
        return worker

    def request_model_copy(self, tag: str = "", metadata: dict[str, Any] | None = None) -> None:
        """Ask the model worker for a frozen copy of the current model (a few milliseconds).

        The copy is plain data: a worker of this page ``thaw``s it into a model of its own,
        so long computations never stall live predictions. ``model_copied(tag, ...)`` or
        ``model_copy_failed(tag, ...)`` follows; a copy still waiting with the same ``tag``
        is replaced. Put what the copy is for in ``tag`` (a model generation, say) to tell an
        answer that came too late.
        """
        self.session.run_on_model(f"{_COPY_KIND}{self.key}:{tag}", _freeze_job, metadata)

    def set_scrolling_content(self, content: QWidget) -> QScrollArea:
        """Make ``content`` the page's only child, in a frameless scroll area.

        It scrolls up and down only, and only when the window is too short for it: it never
        hides its right side behind a sideways scroll bar.
        """
        scroll = VerticalScrollArea(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return scroll

    # ----------------------------------------------------------------- plumbing

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        if active:
            self.activated()
            if self._stale:
                self._stale = False
                self.digit_changed(self.image, self.prediction)
        else:
            self.deactivated()

    @Slot(object)
    def _on_session_predictionReady(self, result: dict) -> None:
        image = result.get("image")
        self.image = None if image is None else np.asarray(image, np.float32)
        self.prediction = result
        if self.active:
            self.digit_changed(self.image, self.prediction)
        else:
            self._stale = True

    @Slot(int)
    def _on_session_digitCleared(self, seq: int) -> None:
        self.image, self.prediction = None, None
        if self.active:
            self.digit_changed(None, None)
        else:
            self._stale = True

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self.model_changed(info)

    def _copy_tag(self, kind: str) -> str | None:
        prefix = f"{_COPY_KIND}{self.key}:"
        return kind[len(prefix) :] if kind.startswith(prefix) else None

    @Slot(str, object)
    def _on_copy_job_finished(self, kind: str, result: Any) -> None:
        tag = self._copy_tag(kind)
        if tag is not None:
            self.model_copied(tag, result["frozen"], result["key"])

    @Slot(str, str, str)
    def _on_copy_job_failed(self, kind: str, message: str, details: str) -> None:
        tag = self._copy_tag(kind)
        if tag is not None:
            self.model_copy_failed(tag, message, details)


_COPY_KIND = "lab-copy:"


def _freeze_job(model: Any, _predictor: Any, metadata: dict[str, Any] | None) -> dict[str, Any]:
    """In the model worker: a frozen copy of the current model, and which model it is."""
    from model.network.sharing import freeze

    return {"frozen": freeze(model, metadata), "key": id(model)}


class NavButton(QAbstractButton):
    """A checkable page button: the title in bold and a wrapped one-line summary under it."""

    PAD_X, PAD_Y, GAP = 14, 9, 3

    def __init__(self, title: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setText(title)
        self.summary = summary
        self.setToolTip(summary)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._hover = False

    def _fonts(self) -> tuple[QFont, QFont]:
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.0))
        return bold, small

    def _text_heights(self, width: int) -> tuple[int, int]:
        bold, small = self._fonts()
        inner = max(40, width - 2 * self.PAD_X)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(0, 0, inner, 1000, flags, self.text()).height()
        summary = QFontMetrics(small).boundingRect(0, 0, inner, 1000, flags, self.summary).height()
        return title, summary

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        title, summary = self._text_heights(width)
        return title + summary + self.GAP + 2 * self.PAD_Y

    def sizeHint(self) -> QSize:
        return QSize(230, self.heightForWidth(230))

    def enterEvent(self, event) -> None:
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        checked = self.isChecked()
        border = style.ACCENT if (checked or self._hover or self.hasFocus()) else style.CARD_BORDER
        painter.setPen(QPen(qcolor(border), 1))
        painter.setBrush(qcolor(style.ACCENT_SOFT if checked else style.CARD))
        painter.drawRoundedRect(rect, 8, 8)
        if checked:  # an accent bar on the left edge marks the open page
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(style.ACCENT))
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top() + 6, 4, rect.height() - 12), 2, 2
            )
        bold, small = self._fonts()
        title_h, summary_h = self._text_heights(self.width())
        x, y, w = self.PAD_X, self.PAD_Y, self.width() - 2 * self.PAD_X
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        painter.setFont(bold)
        painter.setPen(qcolor(style.ACCENT if checked else style.TEXT))
        painter.drawText(QRectF(x, y, w, title_h), flags, self.text())
        painter.setFont(small)
        painter.setPen(qcolor(style.MUTED))
        painter.drawText(QRectF(x, y + title_h + self.GAP, w, summary_h), flags, self.summary)


class BrokenPage(LabPage):
    """Stands in for a page that failed to build: says so in one line, details on request."""

    def __init__(
        self, session: ModelSession, settings: SettingsStore, title: str, exc: BaseException
    ) -> None:
        super().__init__(session, settings)
        self.message = f"“{title}” could not start: {describe(exc)}"
        card = Card(title)
        card.body.addWidget(label(self.message, wrap=True))
        details = QPushButton("Show details…")
        text = format_exception(exc)
        details.clicked.connect(lambda: self.errorReported.emit(title, self.message, text))
        card.body.addWidget(details, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)


class LabTab(ConvscopeTab):
    """The Lab tab: page buttons on the left, the chosen ``LabPage`` on the right."""

    key = "lab"
    title = "Lab"
    tooltip = "Experiments on your digit: saliency, robustness, kernels, your own handwriting"

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
        column.addWidget(label("Experiments", "heading"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, NavButton] = {}
        self.stack = QStackedWidget()
        for key, _module, _cls, title, summary in LAB_PAGES:
            button = NavButton(title, summary)
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
            page = BrokenPage(self.session, self.settings, title, exc)
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
