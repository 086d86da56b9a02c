"""The Lab tab's plumbing: pages built on first show, digits handed only to the visible page."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest

from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import LabSettings, SettingsStore
from gui.lab import tab as lab_tab
from gui.lab.tab import LabTab


class RecordingPage(LabPage):
    built = 0

    def __init__(self, session, settings, parent=None):
        super().__init__(session, settings, parent)
        type(self).built += 1
        self.digits: list[float | None] = []
        self.models: list[str] = []
        self.events: list[str] = []

    def digit_changed(self, image, prediction):
        self.digits.append(None if image is None else float(image.sum()))

    def model_changed(self, info):
        self.models.append(info["name"])

    def activated(self):
        self.events.append("on")

    def deactivated(self):
        self.events.append("off")


class PageA(RecordingPage):
    key = "a"


class PageB(RecordingPage):
    key = "b"


@pytest.fixture
def tab(qtbot, monkeypatch):
    module = types.ModuleType("fake_lab_pages")
    module.PageA, module.PageB = PageA, PageB
    monkeypatch.setitem(sys.modules, "fake_lab_pages", module)
    monkeypatch.setattr(
        lab_tab,
        "LAB_PAGES",
        (
            ("a", "fake_lab_pages", "PageA", "Page A", "The first page"),
            ("b", "fake_lab_pages", "PageB", "Page B", "The second page"),
        ),
    )
    PageA.built = PageB.built = 0
    session = ModelSession()
    settings = SettingsStore(None)
    widget = LabTab(session, settings)
    qtbot.addWidget(widget)
    yield widget
    session.shutdown()


def _prediction(tab: LabTab, value: float) -> None:
    image = np.full((28, 28), value / 784.0, np.float32)
    tab.session.predictionReady.emit({"seq": 1, "image": image, "label": 0})


def test_only_the_first_page_is_built_until_another_is_chosen(tab):
    assert list(tab.pages) == ["a"] and PageB.built == 0
    tab.buttons["b"].click()
    assert tab.current_key == "b" and PageB.built == 1
    assert tab.stack.currentWidget() is tab.pages["b"]
    assert tab.buttons["b"].isChecked() and not tab.buttons["a"].isChecked()


def test_digits_reach_the_visible_page_and_a_hidden_one_catches_up_once(qtbot, tab):
    tab.show()
    qtbot.waitExposed(tab)
    a = tab.pages["a"]
    _prediction(tab, 10.0)
    assert a.digits == [pytest.approx(10.0)]
    b = tab.show_page("b")
    _prediction(tab, 20.0)
    _prediction(tab, 30.0)
    assert b.digits[-1] == pytest.approx(30.0)
    assert a.digits == [pytest.approx(10.0)]  # hidden: nothing computed
    tab.show_page("a")
    assert a.digits == [pytest.approx(10.0), pytest.approx(30.0)]  # the newest, once
    assert a.events[-1] == "on" and b.events[-1] == "off"


def test_hiding_the_tab_deactivates_its_page(qtbot, tab):
    tab.show()
    qtbot.waitExposed(tab)
    page = tab.pages["a"]
    assert page.active
    tab.hide()
    assert not page.active
    _prediction(tab, 5.0)
    assert page.digits == []


def test_a_page_built_late_learns_the_current_model(tab):
    tab.session.info = {"name": "loaded-before"}
    assert tab.page("b").models == ["loaded-before"]


def test_a_page_built_late_starts_from_the_digit_already_drawn(qtbot, tab):
    tab.show()
    qtbot.waitExposed(tab)
    image = np.full((28, 28), 40.0 / 784.0, np.float32)
    tab.session._on_worker_predictionReady({"seq": 1, "image": image, "label": 0})
    assert "b" not in tab.pages
    assert tab.show_page("b").digits == [pytest.approx(40.0)]
    tab.session.predict(2, None)
    assert tab.session.last_prediction is None


def test_the_open_page_is_remembered(tab):
    tab.show_page("b")
    tab.save_settings()
    assert tab.settings.load(LabSettings).page == "b"
    again = LabTab(tab.session, tab.settings)
    assert again.current_key == "b"


def test_a_page_that_fails_to_build_says_so_and_the_others_still_work(tab, monkeypatch):
    class Exploding(LabPage):
        key = "boom"

        def __init__(self, *args, **kwargs):
            raise RuntimeError("kaboom")

    sys.modules["fake_lab_pages"].Exploding = Exploding
    monkeypatch.setattr(
        lab_tab,
        "LAB_PAGES",
        (*lab_tab.LAB_PAGES, ("boom", "fake_lab_pages", "Exploding", "Boom", "x")),
    )
    again = LabTab(tab.session, tab.settings)
    page = again.show_page("boom")
    assert "could not start" in page.message and "kaboom" in page.message
    assert again.stack.currentWidget() is page
    assert again.show_page("a").key == "a"


def test_a_cleared_canvas_reaches_the_pages_and_older_answers_are_dropped(qtbot, tab):
    tab.show()
    qtbot.waitExposed(tab)
    a, b = tab.pages["a"], tab.page("b")
    _prediction(tab, 10.0)
    with qtbot.waitSignal(tab.session.digitCleared, timeout=1000):
        tab.session.predict(2, None)
    assert a.digits[-1] is None and a.image is None and a.prediction is None
    # An answer for the drawing before the clear, arriving late, is not handed on.
    late = {"seq": 1, "image": np.ones((28, 28), np.float32), "label": 3}
    tab.session._on_worker_predictionReady(late)
    assert a.digits[-1] is None and a.image is None
    tab.show_page("b")
    assert b.digits == [None]  # the hidden page learns it once it is shown


class WorkingPage(RecordingPage):
    key = "working"

    def __init__(self, session, settings, parent=None):
        super().__init__(session, settings, parent)
        self.copies: list[tuple] = []
        self.worker = self.add_worker("test-lab-worker")

    def model_copied(self, tag, frozen, model_key):
        self.copies.append(("copied", tag))

    def model_copy_failed(self, tag, message, details):
        self.copies.append(("failed", tag, message))


def test_the_page_helpers_stop_workers_and_say_when_there_is_no_model_to_copy(qtbot):
    import time

    session = ModelSession()
    page = WorkingPage(session, SettingsStore(None))
    qtbot.addWidget(page)
    try:
        started = []

        def endless() -> None:
            started.append(1)
            while True:
                page.worker.check_stopping()
                time.sleep(0.01)

        page.worker.submit("spin", endless)
        qtbot.waitUntil(lambda: bool(started), timeout=5000)
        # True: the job noticed the stop and the worker ended within the time it was given.
        assert page.shutdown(2000) and not page.worker.is_running()
        page.request_model_copy("g1")
        qtbot.waitUntil(lambda: bool(page.copies), timeout=5000)
        assert page.copies == [("failed", "g1", "There is no model yet.")]
    finally:
        session.shutdown()
