"""Errors as the user sees them: a one-line message, details on request, never a crash.

``show_error`` opens a non-blocking message box whose text is one line and whose "Show
Details..." button reveals the rest (a path, a traceback). ``install_excepthook`` routes every
uncaught exception, including those raised inside Qt slots, to the log and to such a box, so a
bug costs the user one dialog rather than the app.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("convscope.gui")


def one_line(text: str, limit: int = 300) -> str:
    """Collapse ``text`` to a single line of at most ``limit`` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """Open a warning box with ``message`` and optional expandable ``details``; do not block.

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
    text = one_line(str(exc)) or "no further information"
    return f"unexpected {type(exc).__name__}: {text}"


_installed: dict[str, object] = {}


def install_excepthook(parent: Callable[[], QWidget | None] = lambda: None) -> None:
    """Log uncaught exceptions and show each in an error box instead of crashing.

    Parameters
    ----------
    parent
        Returns the widget the boxes belong to (usually the main window), or None.
    """
    showing = threading.local()

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
            show_error(
                parent(),
                "Something went wrong",
                f"{describe(exc)}. Convscope carries on; details are in the log.",
                details,
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
    """Restore the hooks that were there before ``install_excepthook``."""
    if "sys" in _installed:
        sys.excepthook = _installed.pop("sys")  # type: ignore[assignment]
    if "threading" in _installed:
        threading.excepthook = _installed.pop("threading")  # type: ignore[assignment]
