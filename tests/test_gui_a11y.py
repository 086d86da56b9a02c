"""Keyboard and screen-reader users: every control of every tab, Lab page, Inspect view,
explanation tab and tour step has an accessible name and can be reached with Tab; pictures
that carry meaning say it in words, kept up to date."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.inspect.views import VIEWS
from gui.lab.tab import LAB_PAGES
from tests.a11y_check import accessible_name, inaccessible_controls
from tests.gui_support import draw_digit, open_window, wait_until


@pytest.fixture(scope="module")
def window(qapp, trained):
    win = open_window(trained[0], (1280, 720))
    draw_digit(win.draw_tab.canvas, 2)
    wait_until(win.draw_tab.is_up_to_date)
    yield win
    win.close()


def _settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


def _check(window, where: str, problems: list[str]) -> None:
    _settle()
    problems.extend(f"{where}: {p}" for p in inaccessible_controls(window))


def test_draw_and_train_tabs(window):
    problems: list[str] = []
    window.select_tab("draw")
    _check(window, "draw", problems)
    window.select_tab("train")
    views = window.pages["train"].views
    for i in range(views.count()):
        views.setCurrentIndex(i)
        _check(window, f"train › {views.tabText(i)}", problems)
    views.setCurrentIndex(0)
    assert not problems, "\n".join(problems)


def test_inspect_layers_explanations_and_tour(window):
    problems: list[str] = []
    window.select_tab("inspect")
    inspect = window.pages["inspect"]
    ins = inspect.inspector
    wait_until(lambda: bool(ins.layers) and ins.prediction is not None)
    for layer in ins.layer_names():
        ins.select_layer(layer)
        for i in range(ins.pages.count()):
            ins.pages.setCurrentIndex(i)
            _check(window, f"inspect › {layer} › {ins.pages.tabText(i)}", problems)
    for i in range(len(inspect.tour.steps)):
        inspect.tour.go(i)
        _check(window, f"tour step {i + 1}", problems)
    inspect.tour.go(-1)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("view", [v[0] for v in VIEWS[1:]])
def test_inspect_comparison_view(window, view):
    problems: list[str] = []
    window.select_tab("inspect")
    views = window.pages["inspect"].views
    page = views.view(view)
    if view == "knows":
        page.sample = (300, 200)
    views.show_view(view)
    wait_until(page.is_settled, 120)
    _check(window, f"inspect › {view}", problems)
    views.show_view("layers")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", [p[0] for p in LAB_PAGES])
def test_lab_page(window, page):
    problems: list[str] = []
    window.select_tab("lab")
    shown = window.pages["lab"].show_page(page)
    wait_until(shown.is_settled, 60)
    _check(window, f"lab › {page}", problems)
    assert not problems, "\n".join(problems)


def test_the_walk_finds_an_unnamed_unreachable_control(window):
    """The check itself: a control with no name that Tab skips is reported, twice."""
    from PySide6.QtWidgets import QToolButton

    window.select_tab("draw")
    bare = QToolButton(window.draw_tab)
    bare.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    bare.show()
    try:
        found = [p for p in inaccessible_controls(window) if p.startswith("QToolButton('')")]
        assert any("no accessible name" in p for p in found)
        assert any("keyboard cannot reach" in p for p in found)
    finally:
        bare.deleteLater()


def test_the_votes_and_the_input_are_read_out_as_they_change(window):
    window.select_tab("draw")
    draw = window.draw_tab
    from gui.common.pixel_view import PixelView
    from gui.common.probability_bars import ProbabilityBars

    bars = draw.findChild(ProbabilityBars)
    view = next(v for v in draw.findChildren(PixelView) if v.isVisible())
    assert accessible_name(bars) and accessible_name(view)
    probs = np.asarray(draw.current_prediction()["probabilities"])
    winner = int(np.argmax(probs))
    assert bars.accessibleDescription().startswith(f"{winner}: ")
    assert "ink in rows" in view.accessibleDescription()
    draw.canvas.clear()
    wait_until(lambda: "empty" in view.accessibleDescription() or not view.isVisible(), 10)


def test_the_tour_follows_a_clicker_and_the_arrow_keys_and_is_read_out(window, qtbot):
    window.select_tab("inspect")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tour = window.pages["inspect"].tour
    qtbot.mouseClick(tour.start_button, Qt.MouseButton.LeftButton)
    assert tour.index == 0
    # The keyboard user is put in the tour's bar, on Next, which describes the step.
    qtbot.waitUntil(tour.next.hasFocus)
    assert tour.steps[0].title in tour.next.accessibleDescription()
    focus = window.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_PageDown)  # a presenter's clicker
    assert tour.index == 1
    assert tour.steps[1].title in tour.next.accessibleDescription()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
    assert tour.index == 2
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp)
    assert tour.index == 0
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageUp)
    assert tour.index == 0  # the first step stays the first
    tour.go(-1)
    # Once the tour is closed, Page Down is the scroll areas' again.
    window.pages["inspect"].setFocus()
    qtbot.keyClick(window.pages["inspect"], Qt.Key.Key_PageDown)
    assert tour.index == -1
