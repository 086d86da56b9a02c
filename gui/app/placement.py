"""Where the main window opens: where the user left it, or centred at a default size, and
always whole on the screen, title bar included."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_SIZE = QSize(1400, 900)
# Room kept for the title bar the window manager adds, whose height is unknown until the
# window is shown: a window sized to the whole screen would lose its bottom edge below it.
TITLE_BAR = 32


def place_window(window: QWidget, geometry: bytes | None) -> None:
    """Give ``window`` the size and place saved in ``geometry`` (``saveGeometry``), or a
    default, fitted to its screen."""
    restored = bool(geometry) and window.restoreGeometry(QByteArray(geometry))
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        if not restored:
            window.resize(DEFAULT_SIZE)
        return
    if restored and (window.isMaximized() or window.isFullScreen()):
        return  # the window manager fits those to the screen
    available = screen.availableGeometry()
    size = window.size() if restored else QSize(DEFAULT_SIZE).boundedTo(available.size() * 0.95)
    frame = fit_to_screen(
        QRect(window.pos(), size),
        window.minimumSizeHint(),
        available,
        TITLE_BAR,
        centre=not restored,
    )
    window.resize(frame.width(), frame.height() - TITLE_BAR)
    window.move(frame.topLeft())


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
