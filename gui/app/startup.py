"""Starting the desktop app: ``run`` (what ``python main.py`` calls), the checks made before
Qt starts, and the ``QApplication`` with the settings the whole app shares.

A missing display or a missing system library of Qt's becomes one line saying what to do,
instead of Qt aborting the process.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from gui.app import qtlibs
from gui.app.paths import DEFAULT_MODEL
from gui.app.window import MainWindow
from gui.common import errors, i18n
from gui.common.errors import default_log_path, install_excepthook, uninstall_excepthook
from gui.common.settings import SettingsStore, ViewSettings
from gui.common.style import apply_style
from gui.common.workers import orphaned_threads
from model.errors import ConvscopeError
from model.i18n import translate

UI_SWITCH_INTERVAL_S = 0.001


class GuiError(ConvscopeError):
    """The desktop app cannot start here (e.g. there is no display)."""


def check_display() -> None:
    """Refuse to start on Linux without a display, instead of letting Qt abort the process."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        # Said before Qt starts: in the language of the command line (``model.i18n``).
        raise GuiError(
            translate(
                "app.startup",
                "no display to open a window on; run it in a desktop session, or use "
                "'{command}' to render the window to a file",
            ).format(command="python main.py screenshot --out FILE.png")
        )


def choose_language(explicit: str | None, settings: SettingsStore | None) -> str:
    """The language to speak: ``--lang``, else ``CONVSCOPE_LANG``, else the View menu's choice,
    else the system's locale."""
    if explicit:
        return explicit
    if os.environ.get("CONVSCOPE_LANG"):
        return os.environ["CONVSCOPE_LANG"]
    chosen = settings.load(ViewSettings).language if settings is not None else ""
    return chosen or QLocale.system().name()


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, created once, named, styled and speaking ``language`` (a code or a
    locale name; None keeps the one chosen before)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if language is not None:
        i18n.install(app, language)
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


def run(
    model_path: str | os.PathLike | None = None, debug: bool = False, lang: str | None = None
) -> int:
    """Open the main window with ``model_path`` (default: the shipped model) until it closes.

    ``debug`` (``python main.py --debug``) also shows the traceback behind an error in its
    dialog's details; ``lang`` (``--lang``) is the language, else ``choose_language``'s.

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
    settings = SettingsStore.for_user()
    app = create_application(language=choose_language(lang, settings))
    window = MainWindow(model_path or DEFAULT_MODEL, settings)
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
