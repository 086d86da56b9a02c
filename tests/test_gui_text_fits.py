"""No text cut off at the right edge: every label of the Inspect tab and its guided tour fits,
on every explanation page and every tour step, at the window sizes people use."""

from __future__ import annotations

import contextlib

import pytest

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.style import apply_style
from gui.inspect.tab import InspectTab
from model.data.preprocess import preprocess
from tests.gui_support import clipped_text
from tests.strokes import render_digit

# The Inspect tab's size inside a 1280x720, a 1366x768 and a 1920x1080 window.
SIZES = [(1240, 600), (1330, 650), (1880, 960)]


def settle(session: ModelSession, qtbot) -> None:
    with qtbot.waitSignal(
        session.jobFinished, timeout=60000, check_params_cb=lambda kind, r: kind == "sentinel"
    ):
        session.run_on_model("sentinel", lambda model, predictor: None)


def clipped_once_settled(tab, qtbot) -> list[str]:
    """The clipped texts once the layouts have settled: a word-wrapped label gets its height
    a layout pass or two after its text, and how soon depends on the machine's load, so wait
    (up to 2 s) for nothing to be clipped and report what still is."""
    with contextlib.suppress(AssertionError):  # still clipped after 2 s: reported below
        qtbot.waitUntil(lambda: not clipped_text(tab), timeout=2000)
    return clipped_text(tab)


@pytest.fixture(scope="module", params=["en", "de", "es"])
def inspect(qapp, request):
    """The Inspect tab on the shipped model with a drawn 8, as the app shows it, in English,
    German and Spanish (whose sentences are longer)."""
    from pytestqt.qtbot import QtBot

    from gui.app.paths import DEFAULT_MODEL
    from gui.app.startup import create_application

    apply_style(qapp)  # the app's fonts and paddings: they decide what fits
    create_application(language=request.param)
    request.addfinalizer(lambda: create_application(language="en"))
    qtbot = QtBot(request)
    session = ModelSession()
    tab = InspectTab(session, SettingsStore(None))
    tab.resize(*SIZES[0])
    tab.show()
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(DEFAULT_MODEL)
    with qtbot.waitSignal(tab.inspector.refreshed, timeout=20000):
        session.predict(1, preprocess(render_digit(8, 280)).input)
    settle(session, qtbot)
    yield session, tab
    tab.close()
    session.shutdown()


@pytest.mark.parametrize("size", SIZES)
def test_every_tour_step_s_text_fits(inspect, qtbot, size):
    session, tab = inspect
    tab.resize(*size)
    problems = {}
    for i, step in enumerate(tab.tour.steps):
        tab.tour.go(i)
        settle(session, qtbot)
        found = clipped_once_settled(tab, qtbot)
        if found:
            problems[step.key] = found
    tab.tour.go(-1)
    assert not problems, problems


@pytest.mark.parametrize("size", SIZES)
def test_every_explanation_page_s_text_fits(inspect, qtbot, size):
    session, tab = inspect
    tab.resize(*size)
    ins = tab.inspector
    problems = {}
    for layer in ("conv1", "conv2", "pool1", "output"):
        ins.select_layer(layer)
        if layer != "output":
            ch, r, c = ins.strongest(layer)
            ins.set_page("explain")
            ins.explain(r, c, ch)
        for page in ("explain", "relu", "shift", "patches", "decide", "unroll"):
            ins.set_page(page)
            settle(session, qtbot)
            found = clipped_once_settled(tab, qtbot)
            if found:
                problems[(layer, page)] = found
    assert not problems, problems


@pytest.mark.parametrize("size", SIZES)
def test_every_comparison_view_s_text_fits(inspect, qtbot, size):
    from gui.inspect.views import VIEWS

    session, tab = inspect
    tab.resize(*size)
    problems = {}
    for key, *_rest in VIEWS[1:]:
        view = tab.views.view(key)
        if key == "knows":
            view.sample = (300, 200)
        tab.views.show_view(key)
        qtbot.waitUntil(view.is_settled, timeout=120000)
        if key == "networks" and view.evaluation.result is None:
            view.score(500)
            qtbot.waitUntil(lambda v=view: v.evaluation.result is not None, timeout=60000)
        settle(session, qtbot)
        found = clipped_once_settled(tab, qtbot)
        if found:
            problems[key] = found
    tab.views.show_view("layers")
    assert not problems, problems
