"""Errors as the user sees them: a one-line message, details on request, never a crash.

``show_error`` opens a non-blocking message box whose text is one line and whose "Show
Details..." button says what a person can do about it. A traceback is for whoever fixes the
bug, never for the user: ``split_details`` takes it out of the details for the log (the
dialogs show it only when the app runs with ``--debug``, see ``DEBUG``). ``install_excepthook``
routes every uncaught exception, including those raised inside Qt slots, to the log (and a
rotating log file) and to such a box with a "Copy report" button, so a bug costs the user one
dialog rather than the app, and the report reaches whoever can fix it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui.common.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("convscope.gui")


# Set by ``gui.app.startup.run(debug=True)`` (``python main.py --debug``): dialogs then also
# show the traceback behind an error, for whoever is debugging the app.
DEBUG = False
# Where a traceback starts in an error's details: Python's own header, and the training
# process's note around the one it sends back (``model.training.process.remote_error``).
_TECHNICAL_MARKERS = ("Traceback (most recent call last):", "In the training process:")
GENERIC_ADVICE = QT_TRANSLATE_NOOP(
    "common.errors",
    "Try again. If it keeps happening, the log file has the technical details for a bug report.",
)


def split_details(details: str) -> tuple[str, str]:
    """``details`` cut in two: what a person can read and act on, and the technical part
    (tracebacks), which belongs in the log."""
    starts = [details.find(marker) for marker in _TECHNICAL_MARKERS if marker in details]
    if not starts:
        return details.strip(), ""
    cut = min(starts)
    return details[:cut].strip(), details[cut:].strip()


def log_file_path() -> Path | None:
    """The rotating log file errors are written to, if one is open (``open_log_file``)."""
    handler = _installed.get("file")
    return Path(handler.baseFilename) if isinstance(handler, logging.FileHandler) else None


def details_for_people(details: str, advice: str = "") -> tuple[str, str]:
    """What an error box's "Show Details" says, and the technical rest for the log.

    The readable part of ``details`` (or ``advice``, or general advice when there is neither)
    comes first; where a traceback was taken out, a pointer to the log file follows, and with
    ``DEBUG`` the traceback itself.
    """
    readable, technical = split_details(details)
    shown = "\n\n".join(part for part in (readable, advice) if part) or translate(
        "common.errors", GENERIC_ADVICE
    )
    if technical:
        where = log_file_path()
        if where is not None:
            shown += "\n\n" + translate(
                "common.errors", "The technical details are in the log file {path}."
            ).format(path=where)
        if DEBUG:
            shown += "\n\n" + technical
    return shown, technical


def one_line(text: str, limit: int = 300) -> str:
    """Collapse ``text`` to a single line of at most ``limit`` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def show_error(
    parent: QWidget | None, title: str, message: str, details: str = "", report: str = ""
) -> QMessageBox:
    """Open a warning box with ``message`` and optional expandable ``details``; do not block.

    Parameters
    ----------
    report
        If given, a "Copy report" button puts this text on the clipboard (the box stays open).

    Returns
    -------
    QMessageBox
        The box, already open; it deletes itself when closed.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(one_line(message))
    if details.strip():
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if report:
        copy = box.addButton(
            translate("common.errors", "Copy report"), QMessageBox.ButtonRole.ActionRole
        )
        copy.setObjectName("copyReport")
        copy.setToolTip(
            translate(
                "common.errors", "Copy what happened, with the details, to paste into a bug report"
            )
        )
        # Every button of a QMessageBox closes it; this one only copies, so it leaves the box's
        # own connection behind and gets just ours.
        copy.clicked.disconnect()

        def copy_report() -> None:
            QApplication.clipboard().setText(report)
            copy.setText(translate("common.errors", "Copied"))

        copy.clicked.connect(copy_report)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def format_exception(exc: BaseException) -> str:
    """The full traceback of ``exc`` as text, for a details pane or a log."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def describe(exc: BaseException) -> str:
    """One line saying what went wrong: the message itself for Convscope's own errors."""
    from model.errors import ConvscopeError

    if isinstance(exc, ConvscopeError):
        return one_line(str(exc))
    text = one_line(str(exc)) or translate("common.errors", "no further information")
    return translate("common.errors", "unexpected {kind}: {message}").format(
        kind=type(exc).__name__, message=text
    )


LOG_NAME = "convscope.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def default_log_path() -> Path:
    """Where the app writes its log: the per-user cache folder, e.g. ~/.cache/Convscope."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder or Path.home() / ".cache" / "convscope") / LOG_NAME


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that goes silent, rather than printing tracebacks, when it fails."""

    _broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self._broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk or a vanished folder must not turn every later log call into noise on
        # stderr, let alone an exception in the hook of last resort.
        self._broken = True
        with contextlib.suppress(OSError, ValueError):
            self.close()


def open_log_file(path: str | os.PathLike | None = None) -> Path | None:
    """Send Convscope's warnings and errors to a rotating log file at ``path``.

    Returns
    -------
    Path or None
        The log file, or None if it cannot be written (a read-only home, say): the app then
        carries on without one.
    """
    path = Path(path) if path is not None else default_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("convscope")
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)
    _installed["file"] = handler
    return path


def close_log_file() -> None:
    handler = _installed.pop("file", None)
    if isinstance(handler, logging.Handler):
        logging.getLogger("convscope").removeHandler(handler)
        handler.close()


def crash_report(details: str, log_path: Path | None = None) -> str:
    """The text "Copy report" puts on the clipboard: what, when, on what, and the traceback."""
    lines = [
        "Convscope crash report",
        f"time: {_dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"system: {platform.platform()}",
        f"Python {platform.python_version()}, PySide6 {PYSIDE_VERSION}",
    ]
    tf = sys.modules.get("tensorflow")
    if tf is not None:
        lines.append(f"TensorFlow {getattr(tf, '__version__', '?')}")
    if log_path is not None:
        lines.append(f"log file: {log_path}")
    return "\n".join(lines) + "\n\n" + details


_installed: dict[str, object] = {}


def install_excepthook(
    parent: Callable[[], QWidget | None] = lambda: None,
    log_file: str | os.PathLike | None = None,
) -> None:
    """Log uncaught exceptions and show each in an error box instead of crashing.

    Parameters
    ----------
    parent
        Returns the widget the boxes belong to (usually the main window), or None.
    log_file
        Also write warnings and errors to this rotating file (see ``open_log_file``); None for
        no file.
    """
    showing = threading.local()
    log_path = open_log_file(log_file) if log_file is not None else None

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("uncaught exception\n%s", details)
        app = QApplication.instance()
        # A box only from the UI thread, and never a box about a failing box.
        if (
            app is None
            or getattr(showing, "active", False)
            or threading.current_thread() is not threading.main_thread()
        ):
            return
        showing.active = True
        try:
            if log_path is not None:
                message = translate(
                    "common.errors",
                    "{error}. Convscope carries on; Copy report copies the details; it is also "
                    "in {path}.",
                ).format(error=describe(exc), path=log_path)
            else:
                message = translate(
                    "common.errors",
                    "{error}. Convscope carries on; Copy report copies the details.",
                ).format(error=describe(exc))
            show_error(
                parent(),
                translate("common.errors", "Something went wrong"),
                message,
                # The traceback travels in the report, not on screen (unless debugging).
                details_for_people(
                    details,
                    translate(
                        "common.errors",
                        "This is a bug in Convscope, not something you did. Carry on working; to "
                        "help fix it, press Copy report and paste the report into a bug report.",
                    ),
                )[0],
                report=crash_report(details, log_path),
            )
        except Exception:  # the hook of last resort must not raise
            log.exception("could not show the error box")
        finally:
            showing.active = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        log.error("uncaught exception in thread %s\n%s", getattr(args.thread, "name", "?"), details)

    _installed.setdefault("sys", sys.excepthook)
    _installed.setdefault("threading", threading.excepthook)
    sys.excepthook = hook
    threading.excepthook = thread_hook


def uninstall_excepthook() -> None:
    """Restore the hooks that were there before ``install_excepthook``; close the log file."""
    if "sys" in _installed:
        sys.excepthook = _installed.pop("sys")  # type: ignore[assignment]
    if "threading" in _installed:
        threading.excepthook = _installed.pop("threading")  # type: ignore[assignment]
    close_log_file()
