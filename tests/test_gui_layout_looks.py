"""The window keeps fitting in presenter mode, zoomed and in every theme: every control of every
tab and Lab page is on screen or in a scroll area that reaches it, and no label's text is cut,
at the screen sizes presenter mode and the zoom are used on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from gui.app.placement import TITLE_BAR
from gui.lab.tab import LAB_PAGES
from tests.gui_support import clipped_text, draw_digit, open_window
from tests.layout_check import unreachable_controls

# (name, window size, theme, zoom, presenter)
LOOKS = [
    ("presenter on 1920x1080", (1920, 1050), "light", 1.0, True),
    pytest.param(
        "presenter on 1366x768",
        (1366, 740),
        "light",
        1.0,
        True,
        marks=pytest.mark.xfail(
            strict=True,
            reason="Lab › Your handwriting: the fine-tuning card's subtitle is cut at this size",
        ),
    ),
    pytest.param(
        "zoom 1.25 on 1920x1080",
        (1920, 1050),
        "dark",
        1.25,
        False,
        marks=pytest.mark.xfail(
            strict=True,
            reason="Train: the TensorBoard row's Choose… button is cut off by its row",
        ),
    ),
    ("high contrast on 1280x720", (1280, 690), "high-contrast", 1.0, False),
    ("light on 1280x720", (1280, 690), "light", 1.0, False),
]
# Cut in the standard look already (light, zoom 1, 1280x720, on main before themes existed):
# the robustness lab's explanation beside its plot. Not this test's business until fixed.
KNOWN = ("lab › robustness: <b>Why the CNN copes better with moves.</b>",)


def _settle(seconds: float = 0.3) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def app_look(qapp):
    from gui.common import style

    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    style.apply_style(qapp)
    yield
    style.apply_style(qapp)
    sheet, font, palette, style_name = saved
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style_name)
    style._app_style = None


@pytest.mark.parametrize("name, size, theme, zoom, presenter", LOOKS)
def test_every_tab_and_lab_page_fits_in_this_look(
    app_look, trained, name, size, theme, zoom, presenter
):
    width, height = size
    window = open_window(trained[0], (width, height))
    try:
        window.view.set_theme(theme)
        window.view.set_zoom(zoom)
        if presenter:
            window.presenter.room = QSize(width, height + TITLE_BAR)
            window.presenter.set_enabled(True)
        window.resize(width, height)
        draw_digit(window.draw_tab.canvas, 2)
        _settle(1.0)
        size = QSize(width, height)
        problems: list[str] = []
        pages = [("draw", None), ("train", None), ("inspect", None)]
        pages += [("lab", key) for key, *_rest in LAB_PAGES]
        for key, page in pages:
            window.select_tab(key)
            if page:
                window.pages["lab"].show_page(page)
            _settle(0.5)
            where = f"{key}{' › ' + page if page else ''}"
            assert window.size() == size, (where, window.size())
            problems += [f"{where}: {p}" for p in unreachable_controls(window, size)]
            problems += [f"{where}: {p}" for p in clipped_text(window.tabs.currentWidget())]
        problems = [p for p in problems if not p.startswith(KNOWN)]
        assert not problems, "\n".join(problems)
    finally:
        window.presenter.set_enabled(False)
        window.close()
