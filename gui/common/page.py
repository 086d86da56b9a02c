"""What every Lab page is: ``LabPage``, the base class, and ``BrokenPage``, which stands in for a
page that failed to build.

A page follows the current digit through the session's ``predictionReady``; ``LabPage`` hands
it to the page only while the page is visible (and once more when it becomes visible), so
hidden pages never compute. It also gives every page its background workers (``add_worker``)
and frozen copies of the current model (``request_model_copy``). The Inspect tab's comparison
views are ``LabPage`` subclasses too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from gui.common.errors import describe, format_exception
from gui.common.i18n import translate
from gui.common.layouts import VerticalScrollArea
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import Card, label
from gui.common.workers import Worker


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
        ``model.network.sharing.FrozenModel`` and ``model_key``, which tells the model it was
        taken from (``id`` of the model)."""

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


class BrokenPage(LabPage):
    """Stands in for a page that failed to build: says so in one line, details on request."""

    def __init__(
        self, session: ModelSession, settings: SettingsStore, title: str, exc: BaseException
    ) -> None:
        super().__init__(session, settings)
        self.message = translate("common.page", "“{title}” could not start: {error}").format(
            title=title, error=describe(exc)
        )
        card = Card(title)
        card.body.addWidget(label(self.message, wrap=True))
        details = QPushButton(translate("common.page", "Show details…"))
        text = format_exception(exc)
        details.clicked.connect(lambda: self.errorReported.emit(title, self.message, text))
        card.body.addWidget(details, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
