"""The main window: its tabs, and its life from the first paint to closing.

The window appears first; the model loads in the background (a NumPy network read from the file,
a tenth of a second) while the status bar says so, and the canvas works meanwhile. The app's
process never imports TensorFlow: training runs in a process of its own. All tabs share one
``ModelSession``. Closing the window saves the settings, hides it, then asks every worker to stop
and waits a bounded time, so closing during a load neither hangs nor crashes.

Its parts have modules of their own: the menus (``gui.app.menus``, ``gui.app.model_menu``), the
status bar (``gui.app.status_bar``), where the window opens (``gui.app.placement``) and the
start of the app (``gui.app.startup``).
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from gui.app.advice import advice_for
from gui.app.language_menu import LanguageMenu
from gui.app.menus import build_menu_bar
from gui.app.model_menu import ModelMenu
from gui.app.paths import DEFAULT_MODEL, ROOT
from gui.app.placement import place_window
from gui.app.presenter import PresenterMode
from gui.app.status_bar import StatusBar
from gui.app.view_controls import ViewControls
from gui.common import timing
from gui.common.errors import details_for_people, one_line, show_error
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.session import ModelSession
from gui.common.settings import ModelSettings, SettingsStore, WindowSettings
from gui.common.tabs import ConvscopeTab
from gui.draw.tab import DrawTab

log = logging.getLogger("convscope.gui")

# The Draw tab is built with the window; the others import matplotlib and build plots and
# grids (about half a second here, most of it imports). Their modules are imported in a
# background thread once the window shows, and each tab is built when it is first opened
# (a few tens of milliseconds), so nothing holds the window up while it starts and answers the
# first stroke. (key, module, class, title, tooltip)
DEFERRED_TABS = (
    (
        "train",
        "gui.train.tab",
        "TrainTab",
        QT_TRANSLATE_NOOP("app.window", "Train"),
        QT_TRANSLATE_NOOP("app.window", "Train your own network on MNIST"),
    ),
    (
        "inspect",
        "gui.inspect.tab",
        "InspectTab",
        QT_TRANSLATE_NOOP("app.window", "Inspect"),
        QT_TRANSLATE_NOOP("app.window", "Follow your drawing through the network, layer by layer"),
    ),
    (
        "lab",
        "gui.lab.tab",
        "LabTab",
        QT_TRANSLATE_NOOP("app.window", "Lab"),
        QT_TRANSLATE_NOOP(
            "app.window",
            "Experiments on your digit: why this answer, robustness, kernels, your handwriting",
        ),
    ),
)
# Long enough for a TensorFlow import that is under way to finish; after that the app exits
# anyway (see ``gui.app.startup.run``), so closing never turns into a hang.
WORKER_STOP_MS = 5000
# Start loading at the latest this long after the first show, painted or not (a minimised window).
FIRST_FRAME_WAIT_MS = 500
PREFETCH_DELAY_MS = 1500
PREFETCH_IDLE_S = 1.0  # ... and not before the canvas has been still this long


def tab_text(module: str, text: str) -> str:
    """A tab's title or tooltip ``text`` (in English, as its class writes it, marked in the
    context of the tab's module: its path without ``gui.``) in the language spoken now."""
    return translate(module.removeprefix("gui."), text)


class MainWindow(QMainWindow):
    """Convscope's main window.

    Parameters
    ----------
    model_path
        The model to load once the window is shown; None loads nothing.
    settings
        Where settings live; ``SettingsStore(None)`` keeps them in memory only.
    error_dialogs
        Show errors as dialogs (False for scripted runs: they still reach the status bar, the
        log and ``errorReported``).

    Signals
    -------
    errorReported(str)
        The one-line message of every error reported to the user.
    """

    errorReported = Signal(str)
    # The window's first frame has been painted; loading starts now.
    firstPainted = Signal()

    def __init__(
        self,
        model_path: str | Path | None = None,
        settings: SettingsStore | None = None,
        error_dialogs: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else SettingsStore(None)
        self.error_dialogs = error_dialogs
        self.window_settings = self.settings.load(WindowSettings)
        self.model_settings = self.settings.load(ModelSettings)
        self._initial_model = Path(model_path) if model_path else None
        self._shown_once = False
        self._first_frame_done = False
        self._last_drawing = 0.0
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._on_prefetch_timer_timeout)
        self._closed = False
        self.setWindowTitle("Convscope")

        self.session = ModelSession(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, ConvscopeTab] = {}
        self.draw_tab = DrawTab(self.session, self.settings)
        self._add_page(self.draw_tab)
        self._placeholders: dict[str, QWidget] = {}
        for key, _module, _cls, title, tooltip in DEFERRED_TABS:
            self._placeholders[key] = placeholder = QWidget()
            index = self.tabs.addTab(placeholder, translate("app.window", title))
            self.tabs.setTabToolTip(index, translate("app.window", tooltip))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)

        self.setStatusBar(StatusBar(self.session))
        self.model_menu = ModelMenu(self, self.session, self.model_settings)
        # The look first: the theme and zoom the user chose, before the window is shown.
        self.view = ViewControls(self, self.settings)
        self.presenter = PresenterMode(self, self.view)
        view_menu = build_menu_bar(
            self,
            self.draw_tab.actions,
            self.model_menu,
            [
                (
                    DrawTab.key,
                    tab_text(DrawTab.__module__, DrawTab.title),
                    tab_text(DrawTab.__module__, DrawTab.tooltip),
                )
            ]
            + [
                (key, translate("app.window", title), translate("app.window", tip))
                for key, _m, _c, title, tip in DEFERRED_TABS
            ],
            self.select_tab,
        )
        view_menu.addSeparator()
        self.view.fill_menu(view_menu, self)
        self.language_menu = LanguageMenu(self, self.view)
        view_menu.addMenu(self.language_menu)
        view_menu.addAction(self.presenter.action)
        self.session.modelChanged.connect(self._on_session_modelChanged)
        self.session.loadFailed.connect(self._on_session_loadFailed)
        self.session.saveFailed.connect(self._on_session_saveFailed)
        self.session.workFailed.connect(self._on_session_workFailed)
        place_window(self, self.window_settings.geometry)
        self.select_tab(self.window_settings.tab)

    # ----------------------------------------------------------------- tabs

    def _add_page(self, page: ConvscopeTab, index: int = -1) -> None:
        page.errorReported.connect(self.report_error)
        page.statusReported.connect(self._on_page_statusReported)
        page.tabRequested.connect(self.select_tab)
        self._pages[page.key] = page
        if hasattr(page, "pageShown"):  # the Lab: each page may need another size
            page.pageShown.connect(lambda _key: self.presenter.refit())
        module = type(page).__module__
        index = self.tabs.insertTab(index, page, tab_text(module, page.title))
        self.tabs.setTabToolTip(index, tab_text(module, page.tooltip))

    def _build_tab(self, key: str) -> ConvscopeTab:
        """Build a deferred tab now (if it is not built yet) and put it in its place."""
        if key in self._pages:
            return self._pages[key]
        _key, module, cls_name, _title, _tip = next(t for t in DEFERRED_TABS if t[0] == key)
        cls = getattr(importlib.import_module(module), cls_name)
        placeholder = self._placeholders.pop(key)
        index = self.tabs.indexOf(placeholder)
        was_current = self.tabs.currentIndex() == index
        page = cls(self.session, self.settings)
        self.tabs.removeTab(index)
        self._add_page(page, index)
        placeholder.deleteLater()
        if was_current:
            self.tabs.setCurrentIndex(index)
        return page

    @Slot(int)
    def _on_tabs_currentChanged(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for key, placeholder in list(self._placeholders.items()):
            if placeholder is widget and self._shown_once:
                self._build_tab(key)
        self.presenter.refit()

    @Slot()
    def _on_canvas_drawingChanged(self) -> None:
        self._last_drawing = time.monotonic()

    @Slot()
    def _on_prefetch_timer_timeout(self) -> None:
        if time.monotonic() - self._last_drawing < PREFETCH_IDLE_S:
            return  # the user is drawing: later
        self._prefetch_timer.stop()
        self.draw_tab.canvas.drawingChanged.disconnect(self._on_canvas_drawingChanged)
        self._prefetch_tab_modules()

    def _prefetch_tab_modules(self) -> None:
        """Import the other tabs' modules in a background thread (building stays in the UI
        thread, when a tab is opened). An import the UI thread needs first simply waits for
        the one under way."""

        def prefetch() -> None:
            for _key, module, *_rest in DEFERRED_TABS:
                try:
                    importlib.import_module(module)
                except Exception:  # reported when the tab itself is built
                    log.debug("prefetching %s failed", module, exc_info=True)

        threading.Thread(target=prefetch, name="convscope-prefetch", daemon=True).start()

    def _build_deferred_tabs(self) -> None:
        for key, *_rest in DEFERRED_TABS:
            if not self._closed:
                self._build_tab(key)

    @property
    def pages(self) -> dict[str, ConvscopeTab]:
        """Every tab by key (builds the deferred ones if they are not built yet)."""
        self._build_deferred_tabs()
        return self._pages

    def select_tab(self, key: str) -> None:
        """Show the tab with this key (``draw``, ``train``, ``inspect``); unknown keys: Draw."""
        if key in self._placeholders and self._shown_once:
            self._build_tab(key)
        page = self._pages.get(key) or self._placeholders.get(key) or self.draw_tab
        self.tabs.setCurrentWidget(page)

    def current_tab_key(self) -> str:
        widget = self.tabs.currentWidget()
        pages = {**self._pages, **self._placeholders}
        return next((k for k, p in pages.items() if p is widget), "draw")

    # ----------------------------------------------------------------- the model, errors

    def open_model(self, path: str | Path) -> None:
        """Load a model file in the background; the current one stays until it is ready."""
        self.session.open(path)

    @Slot(str, str, str)
    def report_error(self, title: str, message: str, details: str = "") -> None:
        """Tell the user about a failure: status bar, log, signal and (optionally) a dialog.

        ``details`` says what a person can do about it; a traceback in it goes to the log,
        not into the dialog (see ``gui.common.errors.details_for_people``).
        """
        message = one_line(message)
        shown, technical = details_for_people(details, advice_for(title))
        if technical:
            log.warning("%s: %s\n%s", title, message, technical)
        else:
            log.warning("%s: %s", title, message)
        self.statusBar().showMessage(message, 15000)
        self.errorReported.emit(message)
        if self.error_dialogs:
            show_error(self, title, message, shown)

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        # The status bar and the Model menu follow the model themselves.
        self.setWindowTitle(f"Convscope — {info['name']}")
        timing.mark("model_loaded")

    @Slot(str, str, str)
    def _on_session_loadFailed(self, path: str, message: str, details: str) -> None:
        if self.session.info is not None:
            keeps = translate("app.window", "Convscope keeps using the model “{name}”.")
            details = keeps.format(name=self.session.info["name"]) + "\n\n" + details
        self.report_error(translate("app.window", "Could not open the model"), message, details)

    @Slot(str, str)
    def _on_session_saveFailed(self, message: str, details: str) -> None:
        self.report_error(translate("app.window", "Could not save the model"), message, details)

    @Slot(str, str)
    def _on_session_workFailed(self, message: str, details: str) -> None:
        self.report_error(translate("app.window", "Something went wrong"), message, details)

    @Slot(str)
    def _on_page_statusReported(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # ----------------------------------------------------------------- life cycle

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            timing.start_heartbeat()
            timing.mark("window_shown")
            # Loading waits for the first frame: threads started now would compete with it
            # for the interpreter (a model's imports, a prefetch) and hold the window blank.
            self.installEventFilter(self)
            QTimer.singleShot(FIRST_FRAME_WAIT_MS, self._on_window_firstShown)  # never painted

    @property
    def painted(self) -> bool:
        """The first frame has been painted (and loading has started)."""
        return self._first_frame_done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self.removeEventFilter(self)
            # Queued: runs once this paint of the whole window has been delivered.
            QTimer.singleShot(0, self._on_window_firstShown)
        return super().eventFilter(watched, event)

    @Slot()
    def _on_window_firstShown(self) -> None:
        if self._first_frame_done:
            return
        self._first_frame_done = True
        self.removeEventFilter(self)
        timing.mark("window_painted")
        self.firstPainted.emit()
        # Later still, and while nobody draws: importing those modules (matplotlib) beside the
        # model's loading and the first answer stalled the window up to 70 ms, and beside a
        # stroke it delays the answer to that stroke.
        self._last_drawing = time.monotonic()
        self.draw_tab.canvas.drawingChanged.connect(self._on_canvas_drawingChanged)
        self._prefetch_timer.start()
        # A tab chosen before the window showed (the one open when the app last closed).
        self._on_tabs_currentChanged(self.tabs.currentIndex())
        path = self._initial_model
        if path is None:
            return
        if not path.exists() and path.resolve() == DEFAULT_MODEL.resolve():
            self.statusBar().showMessage(
                translate(
                    "app.window",
                    "No model yet: {path} is missing. Open one with "
                    "Model ▸ Open Model…; the canvas works without it.",
                ).format(path=DEFAULT_MODEL.relative_to(ROOT))
            )
            self.draw_tab.refresh()
            return
        self.open_model(path)

    def save_settings(self) -> None:
        """Persist window geometry, the open tab, recent models and every tab's settings."""
        # Presenter mode's pen and zoom are the lesson's, not the user's own.
        self.presenter.set_enabled(False)
        self.view.save()
        self.window_settings.geometry = bytes(self.saveGeometry().data())
        self.window_settings.tab = self.current_tab_key()
        self.settings.save(self.window_settings)
        for page in self._pages.values():
            page.save_settings()
        stored = self.settings.load(ModelSettings)  # keep the tabs' own fields
        stored.recent = self.model_settings.recent
        stored.model_folder = self.model_settings.model_folder
        self.settings.save(stored)

    def shutdown(self) -> bool:
        """Stop every worker (bounded wait); True if all of them ended."""
        if self._closed:
            return True
        self._closed = True
        ok = all([page.shutdown(WORKER_STOP_MS) for page in self._pages.values()])
        return self.session.shutdown(WORKER_STOP_MS) and ok

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            try:
                self.save_settings()
            except Exception:  # settings must never block closing
                log.exception("could not save the settings")
            self.hide()  # the user sees the window go at once, even if a worker takes a while
            if not self.shutdown():
                log.warning("a background thread is still busy; it ends with the process")
        event.accept()
