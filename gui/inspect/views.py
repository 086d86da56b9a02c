"""The Inspect tab's views: one row of buttons, one full-width view at a time.

"Layers" is the layer inspector (``gui.inspect.layers``); the others compare: "Two digits"
(``gui.inspect.two_digits``), "Two networks" (``gui.inspect.two_networks``) and "What each layer
knows" (``gui.inspect.knows``), each a package whose ``view`` module holds the page. Like the
Lab's pages, each comparison view is a ``gui.lab.tab.LabPage`` (it follows the digit while
visible, has workers of its own and asks for copies of the current model), its module imported
and the view built the first time it is shown, so the Inspect tab costs nothing more until a
comparison is opened.
"""

from __future__ import annotations

import importlib
import logging
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.page import BrokenPage, LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore

log = logging.getLogger("convscope.gui")

LAYERS = "layers"
# (key, module, class, button title, tooltip), in the order of the buttons.
VIEWS = (
    (
        LAYERS,
        "",
        "",
        QT_TRANSLATE_NOOP("inspect.views", "Layers"),
        QT_TRANSLATE_NOOP(
            "inspect.views", "Follow your digit through the network, one layer at a time"
        ),
    ),
    (
        "digits",
        "gui.inspect.two_digits.view",
        "TwoDigitsView",
        QT_TRANSLATE_NOOP("inspect.views", "Two digits"),
        QT_TRANSLATE_NOOP(
            "inspect.views",
            "Your digit beside a second one, layer by layer: where do their paths part?",
        ),
    ),
    (
        "networks",
        "gui.inspect.two_networks.view",
        "TwoNetworksView",
        QT_TRANSLATE_NOOP("inspect.views", "Two networks"),
        QT_TRANSLATE_NOOP(
            "inspect.views",
            "This network beside another on your digit, and both on the same test digits",
        ),
    ),
    (
        "knows",
        "gui.inspect.knows.view",
        "ProbesView",
        QT_TRANSLATE_NOOP("inspect.views", "What each layer knows"),
        QT_TRANSLATE_NOOP(
            "inspect.views",
            "If the network stopped at a layer, what would it say? A read-out of every layer",
        ),
    ),
)


class InspectViews(QWidget):
    """The view buttons above a stack of views; the first view is ``layers``.

    Signals
    -------
    viewChanged(str)
        The key of the view now shown.
    errorReported(str, str, str), statusReported(str)
        Forwarded from the comparison views.
    """

    viewChanged = Signal(str)
    errorReported = Signal(str, str, str)
    statusReported = Signal(str)

    def __init__(
        self,
        session: ModelSession,
        settings: SettingsStore,
        layers: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._views: dict[str, LabPage] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._visible = False
        self.current_key = LAYERS

        self.buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.button_row = QHBoxLayout()
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.setSpacing(4)
        self.stack = QStackedWidget()
        for key, _module, _cls, title, tip in VIEWS:
            button = QToolButton()
            button.setText(translate("inspect.views", title))
            button.setToolTip(translate("inspect.views", tip))
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, k=key: self.show_view(k))
            self._group.addButton(button)
            self.buttons[key] = button
            self.button_row.addWidget(button)
            page = layers if key == LAYERS else QLabel("")
            if key != LAYERS:
                self._placeholders[key] = page
            self.stack.addWidget(page)
        self.buttons[LAYERS].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def views(self) -> dict[str, LabPage]:
        """The comparison views built so far, by key."""
        return dict(self._views)

    def view(self, key: str) -> LabPage:
        """The comparison view ``key``, built now if it is not built yet."""
        if key in self._views:
            return self._views[key]
        _key, module, cls_name, title, _tip = next(v for v in VIEWS if v[0] == key)
        try:
            cls = getattr(importlib.import_module(module), cls_name)
            view: LabPage = cls(self.session, self.settings)
        except Exception as exc:  # one broken view must not take the tab down with it
            log.exception("Inspect view %r could not be built", key)
            view = BrokenPage(self.session, self.settings, translate("inspect.views", title), exc)
        view.errorReported.connect(self.errorReported)
        view.statusReported.connect(self.statusReported)
        placeholder = self._placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._views[key] = view
        # Built after a model loaded or a digit was drawn: catch it up.
        if self.session.info is not None:
            view.model_changed(self.session.info)
        if self.session.last_prediction is not None:
            view._on_session_predictionReady(self.session.last_prediction)
        return view

    def show_view(self, key: str) -> QWidget:
        """Show view ``key`` (building it if needed); the one shown before is deactivated."""
        previous = self._views.get(self.current_key)
        page = self.stack.widget(0) if key == LAYERS else self.view(key)
        if previous is not None and previous is not page:
            previous.set_active(False)
        self.current_key = key
        self.buttons[key].setChecked(True)
        self.stack.setCurrentWidget(page)
        if isinstance(page, LabPage):
            page.set_active(self._visible)
        self.viewChanged.emit(key)
        return page

    def set_visible(self, visible: bool) -> None:
        """The Inspect tab was shown or hidden: only a visible view follows the digit."""
        self._visible = visible
        current = self._views.get(self.current_key)
        if current is not None:
            current.set_active(visible)

    def save_settings(self) -> None:
        for view in self._views.values():
            view.save_settings()

    def shutdown(self, timeout_ms: int) -> bool:
        """Stop every view's workers, all within ``timeout_ms`` together."""
        began = time.monotonic()
        for view in self._views.values():
            for worker in view._workers:
                worker.begin_stop()
        ok = True
        for view in self._views.values():
            left = max(100, timeout_ms - int((time.monotonic() - began) * 1000))
            ok = view.shutdown(left) and ok
        return ok
