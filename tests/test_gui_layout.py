"""The window at 1280x720: every control of every tab, Lab page, Inspect view, explanation tab and
tour step is on screen or in a scroll area that reaches it, with a digit drawn so every panel is
filled; the window can shrink to a 1024x700 screen; opening the preparation steps or stepping
through the tour moves nothing else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTabWidget

from gui.inspect.views import VIEWS
from gui.lab.tab import LAB_PAGES
from tests.gui_support import draw_digit, open_window, wait_until
from tests.layout_check import unreachable_controls

SIZE = QSize(1280, 720)


@pytest.fixture(scope="module", params=["en", "de", "es"])
def window(request, qapp, trained):
    """A 1280x720 window with the app's own look (sizes depend on it) and a drawn 2, in
    English, German and Spanish (whose words are longer)."""
    from gui.app.startup import create_application
    from gui.common.style import apply_style

    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.style().name())
    apply_style(qapp)
    create_application(language=request.param)
    request.addfinalizer(lambda: create_application(language="en"))
    win = open_window(trained[0], (SIZE.width(), SIZE.height()))
    draw_digit(win.draw_tab.canvas, 2)
    wait_until(win.draw_tab.is_up_to_date, 30)
    yield win
    win.close()
    sheet, font, palette, style_name = saved
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)
    qapp.setStyle(style_name)


def _finish_jobs(session) -> None:
    """Wait until every job asked of the model worker so far has run (they run in order)."""
    done: list[str] = []

    def on_finished(kind: str, _result: object) -> None:
        done.append(kind)

    session.jobFinished.connect(on_finished)
    try:
        session.run_on_model("layout-sentinel", lambda model, predictor: None)
        wait_until(lambda: "layout-sentinel" in done, 30)
    finally:
        session.jobFinished.disconnect(on_finished)
    _settle()


def _settle() -> None:
    # Layout requests are posted events, and a layout pass can post another, one level up
    # the widget tree at a time.
    for _ in range(20):
        QApplication.processEvents()


def _tab_pages(tabs: QTabWidget) -> Iterator[str]:
    """Show each page of ``tabs`` in turn, yielding its title."""
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _settle()
        yield tabs.tabText(i)


def _check(window, where: str, problems: list[str]) -> None:
    _settle()
    problems.extend(f"{where}: {p}" for p in unreachable_controls(window, SIZE))


def test_every_tab_and_lab_page_fits_a_1024x700_screen(window):
    # Its minimum size, title bar included, fits a 1024x700 screen (so a 1280x720 one too),
    # whatever tab or Lab page is shown; the 1280x720 window stays 1280x720.
    from gui.app.placement import TITLE_BAR

    room = QSize(1024 - 2, 700 - TITLE_BAR)  # 1 px window borders either side
    lab = window.pages["lab"]
    inspect = window.pages["inspect"].views
    views = [(key, None) for key in ("draw", "train")]
    views += [("inspect", view[0]) for view in VIEWS]
    views += [("lab", page[0]) for page in LAB_PAGES]
    for key, page in views:
        window.select_tab(key)
        if page and key == "lab":
            lab.show_page(page)
        elif page:
            inspect.show_view(page)
        _settle()
        hint = window.minimumSizeHint()
        assert hint.width() <= room.width() and hint.height() <= room.height(), (key, page, hint)
        assert window.size() == SIZE, (key, page, window.size())
    inspect.show_view("layers")


def test_draw_tab(window):
    problems: list[str] = []
    window.select_tab("draw")
    draw = window.draw_tab
    for expanded in (False, True):
        draw.steps_expander.set_expanded(expanded)
        _check(window, f"draw (steps {'shown' if expanded else 'hidden'})", problems)
    draw.steps_expander.set_expanded(False)
    assert not problems, "\n".join(problems)


def test_train_tab(window):
    problems: list[str] = []
    window.select_tab("train")
    train = window.pages["train"]
    for title in _tab_pages(train.views):
        _check(window, f"train › {title}", problems)
    train.views.setCurrentIndex(0)
    assert not problems, "\n".join(problems)


def test_inspect_tab_layers_and_explanation_tabs(window):
    problems: list[str] = []
    window.select_tab("inspect")
    inspect = window.pages["inspect"]
    ins = inspect.inspector
    wait_until(lambda: bool(ins.layers) and ins.prediction is not None, 30)
    for layer in ins.layer_names():
        ins.select_layer(layer)
        # A clicked value fills "This value" with the most it ever shows (a conv window).
        channel, row, col = ins.strongest(layer)
        ins.explain(row, col, channel)
        _finish_jobs(window.session)
        for title in _tab_pages(ins.pages):
            _finish_jobs(window.session)
            _check(window, f"inspect › {layer} › {title}", problems)
    assert not problems, "\n".join(problems)


def test_inspect_tab_guided_tour(window):
    problems: list[str] = []
    window.select_tab("inspect")
    tour = window.pages["inspect"].tour
    for i, step in enumerate(tour.steps):
        tour.go(i)
        _check(window, f"tour step {i + 1} ({step.title})", problems)
    tour.go(-1)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("view", [v[0] for v in VIEWS[1:]])
def test_inspect_comparison_view(window, view):
    problems: list[str] = []
    window.select_tab("inspect")
    views = window.pages["inspect"].views
    page = views.view(view)
    if view == "knows":
        page.sample = (300, 200)  # the layout is the same, the wait shorter
    views.show_view(view)
    wait_until(page.is_settled, 120)
    if view == "digits":
        for mode in ("draw", "test", "moved", "confused"):
            page.set_mode(mode)
            wait_until(page.is_settled, 60)
            _check(window, f"inspect › {view} › {mode}", problems)
    elif view == "networks":
        page.score(500)  # the confusion matrices and the gallery of disagreements, too
        wait_until(lambda: page.evaluation.result is not None, 60)
        _check(window, f"inspect › {view} (dense network)", problems)
        page.use_copy()  # corresponding layers: maps and filters side by side
        wait_until(lambda: page.rows != {} and page.is_settled(), 60)
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


def _place(widget, window) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def test_opening_the_preparation_steps_moves_nothing_else(window):
    window.select_tab("draw")
    draw = window.draw_tab
    draw.steps_expander.set_expanded(False)
    _settle()
    watched = (draw.canvas, draw.bars, draw.summary, draw.network_view, draw.steps_expander)
    before = [_place(w, window) for w in watched]
    draw.steps_expander.set_expanded(True)
    _settle()
    assert draw.steps.isVisible()
    assert [_place(w, window) for w in watched] == before
    draw.steps_expander.set_expanded(False)


def test_stepping_through_the_tour_moves_nothing_below_it(window):
    window.select_tab("inspect")
    inspect = window.pages["inspect"]
    places = set()
    for i in range(len(inspect.tour.steps)):
        inspect.tour.go(i)
        _settle()
        places.add(_place(inspect.inspector, window))
    inspect.tour.go(-1)
    assert len(places) == 1, places


@pytest.mark.parametrize("width", [560, 760, 1000])
def test_the_tour_bar_keeps_its_height_from_step_to_step(qtbot, width):
    # Step texts differ in length: at any width the bar is as tall as the longest needs.
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from gui.inspect.tour import GuidedTour

    holder = QWidget()
    qtbot.addWidget(holder)
    tour = GuidedTour()
    column = QVBoxLayout(holder)
    column.addWidget(tour)
    column.addStretch(1)
    holder.resize(width, 600)
    holder.show()
    heights = set()
    for i in range(len(tour.steps)):
        tour.go(i)
        _settle()
        heights.add(tour.height())
        assert tour.text.height() >= tour.text.heightForWidth(tour.text.width())
    assert len(heights) == 1, heights


def test_the_check_finds_a_control_pushed_out_of_the_window(window, qtbot):
    # The check itself: a button moved below the window's bottom edge is reported.
    from PySide6.QtWidgets import QPushButton

    window.select_tab("draw")
    button = QPushButton("Out of reach", window.draw_tab)
    button.move(10, SIZE.height() + 20)
    button.show()
    try:
        problems = unreachable_controls(window, SIZE)
        assert any("Out of reach" in p for p in problems), problems
    finally:
        button.deleteLater()


def test_the_check_counts_scrolling_only_where_a_scroll_area_scrolls(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

    from gui.common.layouts import VerticalScrollArea

    top = QWidget()
    qtbot.addWidget(top)
    column = QVBoxLayout(top)
    # Far down a long page that scrolls: reachable.
    long_page = QWidget()
    long_page.setMinimumHeight(900)
    QPushButton("Far down", long_page).move(10, 800)
    column.addWidget(VerticalScrollArea(long_page))
    # Past the right edge of an area that does not scroll sideways: out of reach.
    wide = QWidget()
    wide.setFixedSize(900, 40)
    QPushButton("Far right", wide).move(700, 5)
    sideways_off = QScrollArea()
    sideways_off.setWidget(wide)
    sideways_off.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    column.addWidget(sideways_off)
    top.resize(400, 300)
    top.show()
    _settle()
    problems = unreachable_controls(top, QSize(400, 300))
    assert not [p for p in problems if "Far down" in p], problems
    assert [p for p in problems if "Far right" in p and "can scroll to" in p], problems
