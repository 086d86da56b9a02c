"""``python main.py screenshot``: the real main window, rendered offscreen to a PNG.

The window is built exactly as the app builds it (with in-memory settings, so the user's are
neither read nor changed), the model loads the usual way, an optional image goes into the canvas
through the same path as File ▸ Open Image, and once the answer on screen belongs to that image
the window is grabbed and the prediction printed as JSON. Any failure is a ``ConvscopeError``
with a one-line message, which ``main.py`` prints on stderr with a non-zero exit code.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from model.errors import ConvscopeError
from model.i18n import translate

TABS = ("draw", "train", "inspect", "lab")
DEFAULT_SIZE = "1400x900"
TIMEOUT_S = 180.0


class ScreenshotError(ConvscopeError):
    """The screenshot could not be taken; the message says why in one line."""


def parse_size(text: str) -> tuple[int, int]:
    """``"1400x900"`` -> (1400, 900); sizes from 320x240 to 8000x8000."""
    try:
        w, h = (int(v) for v in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise ScreenshotError(
            translate(
                "app.screenshot", "--size {text}: expected WIDTHxHEIGHT, e.g. 1400x900"
            ).format(text=repr(text))
        ) from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise ScreenshotError(
            translate(
                "app.screenshot", "--size {text}: width must be 320..8000 and height 240..8000"
            ).format(text=text)
        )
    return w, h


def take_screenshot(
    out: str | os.PathLike,
    tab: str = "draw",
    image: str | None = None,
    size: str = DEFAULT_SIZE,
    model_path: str | os.PathLike | None = None,
    timeout_s: float = TIMEOUT_S,
    theme: str = "light",
    zoom: float = 1.0,
    presenter: bool = False,
    lang: str = "en",
) -> dict:
    """Render the main window to ``out`` (PNG) and return the prediction shown.

    ``theme`` (light, dark, high-contrast or system), ``zoom`` and ``presenter`` render the
    window as View ▸ Theme, the zoom and View ▸ Presenter Mode would show it; ``lang`` (en, de,
    es) is the language of its texts.

    Returns
    -------
    dict
        ``{"label", "confidence", "probabilities"}``; all None when the canvas is blank.

    Raises
    ------
    ConvscopeError
        With a one-line reason (bad arguments, model or image that cannot be loaded, a file
        that cannot be written, a timeout).
    """
    out = Path(out)
    tab, view, width, height = check_arguments(out, tab, size, image)
    check_look(theme, zoom)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app.startup import create_application
    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore

    model = _model_file(model_path)
    _quiet_qt_messages()
    app = create_application(language=lang)
    window = MainWindow(model, SettingsStore(None), error_dialogs=False)
    errors: list[str] = []
    window.errorReported.connect(errors.append)
    try:
        window.view.set_theme(theme)
        window.view.set_zoom(zoom)
        if presenter:
            from PySide6.QtCore import QSize

            from gui.app.placement import TITLE_BAR

            # No real screen here: presenter mode fits the window to the size asked for.
            window.presenter.room = QSize(width, height + TITLE_BAR)
            window.presenter.set_enabled(True)
        window.resize(width, height)
        window.select_tab(tab)
        window.show()
        # As a person does: the picture is opened once the window is there.
        _wait_until(lambda: window.painted, 10)
        page = _show_view(window, tab, view)
        if image is not None:
            window.draw_tab.open_image(str(image))
        if not _wait_until(lambda: _ready(window, page, image, errors), timeout_s):
            raise _timed_out(timeout_s)
        if errors:
            raise ScreenshotError(errors[0])
        _wait_until(lambda: False, 0.05)  # let posted layout and paint events settle
        if not window.grab().save(str(out), "PNG"):
            raise ScreenshotError(
                translate("app.screenshot", "cannot write {path}").format(path=out)
            )
        prediction = window.draw_tab.current_prediction()
    finally:
        window.close()
    del app
    return prediction or {"label": None, "confidence": None, "probabilities": None}


def _timed_out(timeout_s: float) -> ScreenshotError:
    return ScreenshotError(
        translate(
            "app.screenshot", "timed out after {seconds} s waiting for the model and the prediction"
        ).format(seconds=f"{timeout_s:.0f}")
    )


def check_arguments(out: Path, tab: str, size: str, image: str | None) -> tuple[str, str, int, int]:
    """Check ``--out``, ``--tab``, ``--size`` and ``--image`` before any window is made.

    Returns
    -------
    tuple
        The tab's key, the view or Lab page named after its colon ("" for none), and the
        window's width and height.
    """
    if out.suffix.lower() != ".png":
        raise ScreenshotError(
            translate(
                "app.screenshot", "{option} {path}: the screenshot is a PNG, name it *.png"
            ).format(option="--out", path=out)
        )
    if not out.parent.is_dir():
        raise ScreenshotError(
            translate("app.screenshot", "{option} {path}: folder {dir} does not exist").format(
                option="--out", path=out, dir=out.parent
            )
        )
    tab, _, view = tab.partition(":")
    if tab not in TABS:
        raise ScreenshotError(
            translate("app.screenshot", "--tab {tab}: choose one of {choices}").format(
                tab=tab, choices=", ".join(TABS)
            )
        )
    if view and tab == "inspect":
        from gui.inspect.views import VIEWS

        views = [v[0] for v in VIEWS]
        if view not in views:
            raise ScreenshotError(
                translate("app.screenshot", "--tab inspect:VIEW: VIEW is one of {choices}").format(
                    choices=", ".join(views)
                )
            )
    elif view:
        from gui.lab.tab import LAB_PAGES

        keys = [p[0] for p in LAB_PAGES]
        if tab != "lab" or view not in keys:
            raise ScreenshotError(
                translate("app.screenshot", "--tab lab:PAGE: PAGE is one of {choices}").format(
                    choices=", ".join(keys)
                )
            )
    width, height = parse_size(size)
    if image is not None and not Path(image).is_file():
        raise ScreenshotError(
            translate("app.screenshot", "{option} {path}: no such file").format(
                option="--image", path=image
            )
        )
    return tab, view, width, height


def check_look(theme: str, zoom: float) -> None:
    """Check ``--theme`` and ``--zoom``."""
    from gui.common.style import MAX_ZOOM, MIN_ZOOM
    from gui.common.themes import CHOICES

    themes = [key for key, _text in CHOICES]
    if theme not in themes:
        raise ScreenshotError(
            translate("app.screenshot", "--theme {theme}: choose one of {choices}").format(
                theme=theme, choices=", ".join(themes)
            )
        )
    if not (MIN_ZOOM <= zoom <= MAX_ZOOM):
        raise ScreenshotError(
            translate("app.screenshot", "--zoom {zoom}: choose a zoom from {low} to {high}").format(
                zoom=f"{zoom:g}", low=MIN_ZOOM, high=MAX_ZOOM
            )
        )


def _model_file(model_path: str | os.PathLike | None) -> Path:
    """The model to show: ``model_path``, or the shipped one; it must exist."""
    from gui.app.paths import DEFAULT_MODEL

    model = Path(model_path) if model_path else DEFAULT_MODEL
    if not model.exists():
        if model_path:
            raise ScreenshotError(
                translate("app.screenshot", "no model at {path}").format(path=model)
            )
        raise ScreenshotError(
            translate("app.screenshot", "no model at {path}; train one with: {command}").format(
                path=model, command=f"python main.py train --preset default --out {model}"
            )
        )
    return model


def _show_view(window, tab: str, view: str):
    """Show one of the Inspect tab's views or a Lab page; the page to wait for, if any."""
    if tab == "inspect" and view:  # one of the Inspect tab's views
        page = window.pages["inspect"].views.show_view(view)
        return page if hasattr(page, "is_settled") else None
    return window.pages["lab"].show_page(view) if view else None


def _ready(window, page, image: str | None, errors: list[str]) -> bool:
    """Whether the window can be grabbed: the model is in, the answer on screen belongs to
    the picture and ``page`` has settled (or an error was reported)."""
    session, draw = window.session, window.draw_tab
    # Even after an error, wait for the model: a network that needs TensorFlow mutes its
    # start-up noise at the file descriptor, and the error line would vanish with it.
    if session.loading:
        return False
    # The canvas's tag, not the worker's signal, says the picture is really shown.
    pictured = image is None or draw.canvas.source_tag() is not None
    settled = page is None or page.is_settled()
    return bool(errors) or (
        session.info is not None and pictured and draw.is_up_to_date() and settled
    )


def _quiet_qt_messages() -> None:
    """Keep stderr for the one error line: no offscreen chatter, no log records.

    Errors reach the caller as the exception's message; logged warnings would otherwise go to
    stderr through Python's last-resort handler.
    """
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    root = logging.getLogger("convscope")
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    log = logging.getLogger("convscope.qt")

    def handler(kind: QtMsgType, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        level = logging.DEBUG if kind == QtMsgType.QtDebugMsg else logging.WARNING
        log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def _wait_until(predicate: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``predicate()`` holds or ``timeout_s`` passes."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return True
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        if predicate() or time.monotonic() >= deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return predicate()


def run(
    out: str,
    tab: str = "draw",
    image: str | None = None,
    size: str = DEFAULT_SIZE,
    model_path: str | None = None,
    theme: str = "light",
    zoom: float = 1.0,
    presenter: bool = False,
    lang: str = "en",
) -> int:
    """The ``screenshot`` command: write the PNG, print the prediction as JSON, return 0."""
    prediction = take_screenshot(
        out, tab, image, size, model_path, theme=theme, zoom=zoom, presenter=presenter, lang=lang
    )
    print(json.dumps(prediction), flush=True)
    return 0
