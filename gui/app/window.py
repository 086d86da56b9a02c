"""The application: QApplication setup and the main window with its tabs, menus and status bar.

The window appears first; the model loads in the background (a NumPy network read from the file,
a tenth of a second) while the status bar says so, and the canvas works meanwhile. The app's
process never imports TensorFlow: training runs in a process of its own. All tabs share one
``ModelSession``. Closing the window saves the settings, hides it, then asks every worker to stop
and waits a bounded time, so closing during a load neither hangs nor crashes.
"""

from __future__ import annotations

import html
import importlib
import logging
import os
import platform
import sys
import threading
import time
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from gui.app import qtlibs
from gui.common import errors, style, timing
from gui.common.errors import (
    default_log_path,
    details_for_people,
    install_excepthook,
    one_line,
    show_error,
    uninstall_excepthook,
)
from gui.common.session import ModelSession
from gui.common.settings import ModelSettings, SettingsStore, WindowSettings
from gui.common.style import apply_style
from gui.common.tabs import ConvscopeTab
from gui.common.workers import orphaned_threads
from gui.draw.tab import DrawTab
from model.errors import ConvscopeError

log = logging.getLogger("convscope.gui")

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL = ROOT / "resources" / "models" / "default.keras"
DEFAULT_SIZE = QSize(1400, 900)
# Room kept for the title bar the window manager adds, whose height is unknown until the
# window is shown: a window sized to the whole screen would lose its bottom edge below it.
TITLE_BAR = 32
# The Draw tab is built with the window; the others import matplotlib and build plots and
# grids (about half a second here, most of it imports). Their modules are imported in a
# background thread once the window shows, and each tab is built when it is first opened
# (a few tens of milliseconds), so nothing holds the window up while it starts and answers the
# first stroke. (key, module, class, title, tooltip)
DEFERRED_TABS = (
    ("train", "gui.train.tab", "TrainTab", "Train", "Train your own network on MNIST"),
    (
        "inspect",
        "gui.inspect.tab",
        "InspectTab",
        "Inspect",
        "Follow your drawing through the network, layer by layer",
    ),
    (
        "lab",
        "gui.lab.tab",
        "LabTab",
        "Lab",
        "Experiments on your digit: why this answer, robustness, kernels, your handwriting",
    ),
)
# Long enough for a TensorFlow import that is under way to finish; after that the app exits
# anyway (see ``run``), so closing never turns into a hang.
WORKER_STOP_MS = 5000
UI_SWITCH_INTERVAL_S = 0.001
# Start loading at the latest this long after the first show, painted or not (a minimised window).
FIRST_FRAME_WAIT_MS = 500
PREFETCH_DELAY_MS = 1500
PREFETCH_IDLE_S = 1.0  # ... and not before the canvas has been still this long
MODEL_FILTER = "Keras models (*.keras);;All files (*)"
# What a person can do about each kind of failure: the "Show Details" of its dialog, by the
# dialog's title (see ``report_error``); the others get general advice.
ADVICE = {
    "Could not open the image": (
        "Convscope opens pictures of one digit in PNG, JPEG, BMP, GIF, TIFF or WebP format, "
        "up to 40 megapixels. Try another file, paste a picture (File ▸ Paste Image, Ctrl+V), "
        "load a random test digit, or draw the digit on the canvas."
    ),
    "Could not open the model": (
        "Convscope opens .keras models it saved itself (Model ▸ Save Model As… or the Train "
        "tab). Choose another file, or go back to the shipped one with Model ▸ Open Default "
        "Model."
    ),
    "Could not save the model": (
        "Choose a folder you can write to, with some free space (a model takes about 1 MB), "
        "and save again."
    ),
    "Could not load the test digits": (
        "The test digits come from resources/data/mnist.npz; reinstalling Convscope puts it "
        "back. Meanwhile you can draw digits or open pictures of them."
    ),
    "Training failed": (
        "Check the settings the message names and start again; a run that had saved a "
        "checkpoint can be resumed from it."
    ),
}


class GuiError(ConvscopeError):
    """The desktop app cannot start here (e.g. there is no display)."""


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
            self.tabs.setTabToolTip(self.tabs.addTab(placeholder, title), tooltip)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)

        self._build_status_bar()
        self._build_menus()
        self.session.loadingStarted.connect(self._on_session_loadingStarted)
        self.session.modelChanged.connect(self._on_session_modelChanged)
        self.session.loadFailed.connect(self._on_session_loadFailed)
        self.session.modelSaved.connect(self._on_session_modelSaved)
        self.session.saveFailed.connect(self._on_session_saveFailed)
        self.session.workFailed.connect(self._on_session_workFailed)
        self.session.modifiedChanged.connect(self._on_session_modifiedChanged)
        self._restore_geometry()
        self.select_tab(self.window_settings.tab)

    # ----------------------------------------------------------------- building

    def _add_page(self, page: ConvscopeTab, index: int = -1) -> None:
        page.errorReported.connect(self.report_error)
        page.statusReported.connect(self._on_page_statusReported)
        page.tabRequested.connect(self.select_tab)
        self._pages[page.key] = page
        index = self.tabs.insertTab(index, page, page.title)
        self.tabs.setTabToolTip(index, page.tooltip)

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

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setToolTip("Loading in the background; the app stays usable")
        self.busy.hide()
        self.model_label = QLabel("No model loaded")
        self.model_label.setToolTip("The model the Draw tab asks (Model ▸ Model Info… for more)")
        # Shown for as long as the current model's weights are edited in place (Lab ▸ Kernel
        # playground): every tab and a Save As use the edited weights.
        self.modified_label = QLabel()
        self.modified_label.setStyleSheet(f"color: {style.BAD}; font-weight: 600;")
        self.modified_label.setToolTip(
            "The current model's weights were changed in the Lab. Every tab uses the changed "
            "network, and Save Model As… saves it as it is now. Undo the change there, or "
            "open the model again, to get the original back."
        )
        self.modified_label.hide()
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.modified_label)
        bar.addPermanentWidget(self.model_label)

    def _action(
        self, text: str, tip: str, shortcut: str | QKeySequence.StandardKey | None, slot
    ) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        draw = self.draw_tab.actions
        menu = self.menuBar()

        file_menu = menu.addMenu("&File")
        for key in ("open", "paste", "random"):
            file_menu.addAction(draw[key])
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", "Close Convscope (Ctrl+Q)", "Ctrl+Q", self.close))

        edit_menu = menu.addMenu("&Edit")
        for key in ("undo", "redo", "clear", None, "eraser", "wider", "narrower"):
            if key is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(draw[key])

        model_menu = menu.addMenu("&Model")
        model_menu.setToolTipsVisible(True)
        # A read-only line naming the current model, kept up to date by ``modelChanged``.
        self.current_model_action = model_menu.addAction("No model loaded")
        self.current_model_action.setEnabled(False)
        model_menu.addSeparator()
        model_menu.addAction(
            self._action(
                "&Open Model…",
                "Load a .keras model file (Ctrl+Shift+O)",
                "Ctrl+Shift+O",
                self.choose_model,
            )
        )
        self.recent_menu = model_menu.addMenu("Open &Recent")
        self.recent_menu.setToolTipsVisible(True)
        model_menu.addAction(
            self._action(
                "Open &Default Model",
                "Load the model shipped with Convscope",
                None,
                lambda: self.open_model(DEFAULT_MODEL),
            )
        )
        model_menu.addSeparator()
        self.save_action = self._action(
            "&Save Model As…",
            "Save the current model to a new file (Ctrl+Shift+S)",
            "Ctrl+Shift+S",
            self.choose_save_path,
        )
        self.save_action.setEnabled(False)
        model_menu.addAction(self.save_action)
        model_menu.addSeparator()
        model_menu.addAction(
            self._action(
                "Model &Info…",
                "Name, preset, size, accuracy and layers of the current model (Ctrl+I)",
                "Ctrl+I",
                self.show_model_info,
            )
        )
        self._rebuild_recent_menu()

        view_menu = menu.addMenu("&View")
        tabs = [("draw", DrawTab.title, DrawTab.tooltip)] + [
            (key, title, tip) for key, _m, _c, title, tip in DEFERRED_TABS
        ]
        for i, (key, title, tip) in enumerate(tabs, start=1):
            view_menu.addAction(
                self._action(
                    f"&{title}", tip, f"Ctrl+{i}", lambda _=False, k=key: self.select_tab(k)
                )
            )
        view_menu.addSeparator()
        view_menu.addAction(draw["steps"])
        view_menu.addAction(draw["why"])

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(
            self._action("&About Convscope", "What this app is", None, self.show_about)
        )
        help_menu.addAction(
            self._action("About &Qt", "The toolkit behind the window", None, QApplication.aboutQt)
        )

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.model_settings.recent[:9], start=1):
            action = self.recent_menu.addAction(f"&{i}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_model(p))
        if not self.model_settings.recent:
            self.recent_menu.addAction("No recent models").setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear Recent", self._clear_recent)

    def _restore_geometry(self) -> None:
        """The size and place the user left the window in, or a default; on the screen."""
        geometry = self.window_settings.geometry
        restored = bool(geometry) and self.restoreGeometry(QByteArray(geometry))
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            if not restored:
                self.resize(DEFAULT_SIZE)
            return
        if restored and (self.isMaximized() or self.isFullScreen()):
            return  # the window manager fits those to the screen
        available = screen.availableGeometry()
        size = self.size() if restored else QSize(DEFAULT_SIZE).boundedTo(available.size() * 0.95)
        frame = fit_to_screen(
            QRect(self.pos(), size),
            self.minimumSizeHint(),
            available,
            TITLE_BAR,
            centre=not restored,
        )
        self.resize(frame.width(), frame.height() - TITLE_BAR)
        self.move(frame.topLeft())

    # ----------------------------------------------------------------- actions

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

    def open_model(self, path: str | Path) -> None:
        """Load a model file in the background; the current one stays until it is ready."""
        self.session.open(path)

    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a model", self._model_folder(), MODEL_FILTER
        )
        if path:
            self.model_settings.model_folder = str(Path(path).parent)
            self.open_model(path)

    def choose_save_path(self) -> None:
        info = self.session.info or {}
        suggestion = str(Path(self._model_folder()) / f"{info.get('name') or 'model'}.keras")
        path, _ = QFileDialog.getSaveFileName(self, "Save the model as", suggestion, MODEL_FILTER)
        if path:
            if not path.endswith(".keras"):
                path += ".keras"
            self.model_settings.model_folder = str(Path(path).parent)
            self.statusBar().showMessage(f"Saving the model to {path}…")
            self.session.save_as(path)

    def _model_folder(self) -> str:
        return self.model_settings.model_folder or str(DEFAULT_MODEL.parent)

    def _clear_recent(self) -> None:
        self.model_settings.recent = []
        self._rebuild_recent_menu()

    def show_model_info(self) -> None:
        """A non-blocking box describing the current model."""
        box = QMessageBox(self)
        box.setWindowTitle("Model information")
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(model_info_html(self.session.info))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Convscope")
        box.setTextFormat(Qt.TextFormat.RichText)
        tf = sys.modules.get("tensorflow")
        versions = f"Python {platform.python_version()} · PySide6 {PYSIDE_VERSION}"
        if tf is not None:
            versions += f" · TensorFlow {getattr(tf, '__version__', '?')}"
        box.setText(
            "<h3>Convscope</h3>"
            "<p>Draw a digit and see how a convolutional neural network reads it: the "
            "28&nbsp;×&nbsp;28 image it receives, the features its layers find, and the ten "
            "votes it gives back.</p>"
            "<p>The networks learn from MNIST, 70,000 handwritten digits.</p>"
            f"<p style='color:#667085'>{versions}</p>"
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot(str, str, str)
    def report_error(self, title: str, message: str, details: str = "") -> None:
        """Tell the user about a failure: status bar, log, signal and (optionally) a dialog.

        ``details`` says what a person can do about it; a traceback in it goes to the log,
        not into the dialog (see ``gui.common.errors.details_for_people``).
        """
        message = one_line(message)
        shown, technical = details_for_people(details, ADVICE.get(title, ""))
        if technical:
            log.warning("%s: %s\n%s", title, message, technical)
        else:
            log.warning("%s: %s", title, message)
        self.statusBar().showMessage(message, 15000)
        self.errorReported.emit(message)
        if self.error_dialogs:
            show_error(self, title, message, shown)

    # ----------------------------------------------------------------- session signals

    @Slot(str)
    def _on_session_loadingStarted(self, path: str) -> None:
        self.busy.show()
        self.statusBar().showMessage(f"Loading the model {Path(path).name}…")

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self.busy.setVisible(self.session.loading)
        self.model_label.setText(model_summary(info))
        self.current_model_action.setText(model_summary(info))
        self.model_label.setToolTip(info.get("path", ""))
        self.setWindowTitle(f"Convscope — {info['name']}")
        self.save_action.setEnabled(True)
        if info.get("engine") == "tensorflow":
            # Rare: a file made elsewhere with a layer option NumPy does not reproduce.
            note = info.get("engine_note") or "runs on TensorFlow"
            self.statusBar().showMessage(
                f"Model “{info['name']}” ready; it {note}, so it answers more slowly.", 15000
            )
        else:
            self.statusBar().showMessage(
                f"Model “{info['name']}” ready (loaded in {info['wall_seconds']:.1f} s).", 8000
            )
        if info.get("path"):
            self.model_settings.remember(info["path"])
            self._rebuild_recent_menu()
        timing.mark("model_loaded")

    @Slot(str, str, str)
    def _on_session_loadFailed(self, path: str, message: str, details: str) -> None:
        self.busy.setVisible(self.session.loading)
        if self.session.info is not None:
            details = (
                f"Convscope keeps using the model “{self.session.info['name']}”.\n\n" + details
            )
        self.report_error("Could not open the model", message, details)

    @Slot(str)
    def _on_session_modelSaved(self, path: str) -> None:
        self.model_settings.remember(path)
        self._rebuild_recent_menu()
        if self.session.modified:
            self.statusBar().showMessage(
                f"Saved the modified model to {path}: its weights include your change "
                f"({self.session.modified}).",
                12000,
            )
        else:
            self.statusBar().showMessage(f"Saved the model to {path}.", 8000)

    @Slot(str)
    def _on_session_modifiedChanged(self, text: str) -> None:
        self.modified_label.setText(f"Modified: {text}" if text else "")
        self.modified_label.setVisible(bool(text))

    @Slot(str, str)
    def _on_session_saveFailed(self, message: str, details: str) -> None:
        self.report_error("Could not save the model", message, details)

    @Slot(str, str)
    def _on_session_workFailed(self, message: str, details: str) -> None:
        self.report_error("Something went wrong", message, details)

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
                f"No model yet: {DEFAULT_MODEL.relative_to(ROOT)} is missing. Open one with "
                "Model ▸ Open Model…; the canvas works without it."
            )
            self.draw_tab.refresh()
            return
        self.open_model(path)

    def save_settings(self) -> None:
        """Persist window geometry, the open tab, recent models and every tab's settings."""
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


def fit_to_screen(
    window: QRect, minimum: QSize, available: QRect, title_bar: int = 0, centre: bool = False
) -> QRect:
    """Where a window goes so that all of it, title bar included, is on the screen.

    Parameters
    ----------
    window
        Its top-left corner and its size (without the title bar).
    minimum
        The least size its contents need: never made smaller than that.
    available
        The screen's available geometry (without panels and docks).
    title_bar
        The height the window manager adds above the window.
    centre
        Centre it on the screen instead of keeping its place.

    Returns
    -------
    QRect
        The window's frame: top-left corner, and the size with the title bar.
    """
    room = QSize(available.width(), available.height() - title_bar)
    size = window.size().boundedTo(room).expandedTo(minimum)
    frame = QSize(size.width(), size.height() + title_bar)
    if centre:
        left = available.left() + (available.width() - frame.width()) // 2
        top = available.top() + (available.height() - frame.height()) // 2
    else:
        left = min(window.left(), available.right() + 1 - frame.width())
        top = min(window.top(), available.bottom() + 1 - frame.height())
    # A window larger than the screen (its minimum is) keeps its top-left corner on it.
    return QRect(
        max(left, available.left()), max(top, available.top()), frame.width(), frame.height()
    )


def model_summary(info: dict | None) -> str:
    """One line for the status bar: name, preset, parameters, test accuracy."""
    if not info:
        return "No model loaded"
    parts = [f"Model: {info['name']}"]
    if info.get("preset"):
        parts.append(f"preset {info['preset']}")
    parts.append(f"{info['params']:,} parameters")
    if isinstance(info.get("test_accuracy"), (int, float)):
        parts.append(f"{info['test_accuracy'] * 100:.1f} % test accuracy")
    return " · ".join(parts)


def model_info_html(info: dict | None) -> str:
    """The Model Info box's text."""
    if not info:
        return "<p>No model is loaded yet. Open one with <b>Model ▸ Open Model…</b></p>"
    e = html.escape
    acc = info.get("test_accuracy")
    rows = [
        ("File", info.get("path") or "–"),
        ("Preset", info.get("preset") or "custom"),
        ("Parameters", f"{info['params']:,}"),
        (
            "Test accuracy",
            f"{acc * 100:.2f} %" if isinstance(acc, (int, float)) else "not recorded",
        ),
        ("Epochs trained", info.get("epochs") or "–"),
        ("Created", info.get("created") or "–"),
        (
            "Computed by",
            "TensorFlow (" + str(info.get("engine_note") or "") + ")"
            if info.get("engine") == "tensorflow"
            else "NumPy, in the app itself",
        ),
    ]
    table = "".join(
        f"<tr><td style='color:#667085;padding-right:12px'>{e(k)}</td><td>{e(str(v))}</td></tr>"
        for k, v in rows
    )
    layers = "".join(
        f"<tr><td>{e(layer['name'])}</td><td style='color:#667085'>{e(layer['type'])}</td>"
        f"<td>{'×'.join(str(d) for d in layer['output_shape'])}</td>"
        f"<td align='right'>{layer['params']:,}</td></tr>"
        for layer in info.get("layers", [])
    )
    return (
        f"<h3>{e(info['name'])}</h3><table>{table}</table>"
        "<p><b>Layers</b></p><table cellspacing='4'><tr style='color:#667085'><td>name</td>"
        f"<td>type</td><td>output</td><td align='right'>params</td></tr>{layers}</table>"
    )


def check_display() -> None:
    """Refuse to start on Linux without a display, instead of letting Qt abort the process."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise GuiError(
            "no display to open a window on; run it in a desktop session, or use "
            "'python main.py screenshot --out FILE.png' to render the window to a file"
        )


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, named and styled."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Convscope")
    app.setOrganizationName("Convscope")
    # A pen can report hundreds of positions a second; one update per event-loop pass is enough.
    app.setAttribute(Qt.ApplicationAttribute.AA_CompressTabletEvents)
    # Every stroke hands work to the model worker and its answer back: with Python's default
    # 5 ms GIL switch interval each hand-off can wait that long while the other thread runs.
    # Re-measured with the NumPy network: without it, stroke-to-screen p99 was 16.7 ms (7.9
    # with it, bench_draw.py), so it stays; it also serves training runs (their own setting
    # for the span of a run is gone: it only repeated this one).
    sys.setswitchinterval(min(sys.getswitchinterval(), UI_SWITCH_INTERVAL_S))
    apply_style(app)
    return app


def run(model_path: str | os.PathLike | None = None, debug: bool = False) -> int:
    """Open the main window with ``model_path`` (default: the shipped model) until it closes.

    ``debug`` (``python main.py --debug``) also shows the traceback behind an error in its
    dialog's details.

    Returns
    -------
    int
        The exit code.
    """
    check_display()
    errors.DEBUG = debug
    # Before any QApplication: if Qt's X11 plugin cannot load, Qt aborts the process with
    # lines that do not name the missing library; this says which, and the apt command.
    qtlibs.check_xcb()
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = create_application()
    window = MainWindow(model_path or DEFAULT_MODEL, SettingsStore.for_user())
    install_excepthook(lambda: window if not window.isHidden() else None, default_log_path())
    window.show()
    try:
        code = app.exec()
    finally:
        window.close()
        uninstall_excepthook()
    if orphaned_threads():
        # A worker is stuck in a step that cannot be interrupted (a TensorFlow import):
        # letting Python tear down a running QThread would abort, so leave right away.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
