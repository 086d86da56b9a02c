"""The Nearest training digits page: indexes in its own worker, fills the gallery for a digit,
hands a clicked neighbour to the Draw tab, and stops when asked."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.lab.neighbours.page import NeighboursPage
from model.data.preprocess import preprocess
from tests.gui_support import lab_page
from tests.strokes import render_digit


def _digit(n: int) -> np.ndarray:
    return preprocess(render_digit(n, 280)).input


@pytest.fixture
def opened(qtbot, trained, monkeypatch):
    monkeypatch.setattr(NeighboursPage, "index_size", 3000)
    with lab_page(qtbot, NeighboursPage, trained[0]) as parts:
        yield parts


def _start_a_long_build(page, qtbot, monkeypatch) -> None:
    """Index all 60,000 training digits (seconds of work) and wait until it is under way."""
    monkeypatch.setattr(NeighboursPage, "index_size", 60000)
    page.set_active(True)
    qtbot.waitUntil(lambda: page.state == "building", timeout=20000)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30000)


def test_the_gallery_fills_with_look_alikes_of_a_drawn_digit(opened, qtbot):
    page, session, errors = opened
    assert page.state == "none"  # hidden pages compute nothing
    page.set_active(True)
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    assert "3,000 training digits indexed" in page.progress_text.text()
    with qtbot.waitSignal(session.predictionReady, timeout=20000) as blocker:
        session.predict(1, _digit(7))
    answer = blocker.args[0]["label"]
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    qtbot.waitUntil(page.is_settled, timeout=20000)
    found = page.result["network"]
    assert len(found["labels"]) == 10
    assert np.mean(found["labels"] == answer) >= 0.7
    assert all(tile.digit is not None for tile in page.network_row.tiles)
    assert page.network_row.tiles[0].digit == int(found["labels"][0])
    assert "resembles" in page.verdict.text() or "between" in page.verdict.text()
    assert page.result["pixels"] is not None and not page.pixels_row.isHidden()
    assert np.all(np.diff(found["similarities"]) <= 1e-7)

    # A click hands that training digit to the Draw tab.
    with qtbot.waitSignal(session.pictureOffered, timeout=5000) as offered:
        qtbot.mouseClick(page.network_row.tiles[2], Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(offered.args[0], found["images"][2])
    assert f"#{int(found['indices'][2])}" in offered.args[1]

    # Without the pixel comparison, only the network's row is shown.
    page.pixels_box.setChecked(False)
    assert page.pixels_row.isHidden()
    assert not errors


def test_a_new_model_rebuilds_the_index(opened, qtbot, trained):
    page, session, errors = opened
    page.set_active(True)
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    assert page.state in ("copying", "building")
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    assert not errors


def test_a_new_model_stops_the_index_being_built_for_the_old_one(
    opened, qtbot, trained, monkeypatch
):
    page, session, errors = opened
    progress: list[tuple[int, int]] = []  # (generation, digits done), in the worker's thread
    page.progressed.connect(lambda generation, done, _total: progress.append((generation, done)))
    _start_a_long_build(page, qtbot, monkeypatch)
    old = page._generation
    monkeypatch.setattr(NeighboursPage, "index_size", 1000)
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        session.open(trained[0])
    seen = len(progress)
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    assert page._built["n"] == 1000
    # The old build stopped at its next batch instead of embedding all 60,000 digits first.
    late = [done for generation, done in progress[seen:] if generation == old]
    assert len(late) <= 2 and max(done for _g, done in progress if _g == old) < 60000
    assert not errors


def test_clearing_the_canvas_empties_the_rows_even_with_an_answer_on_its_way(opened, qtbot):
    page, session, errors = opened
    page.set_active(True)
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    answered = []
    page.worker.finished.connect(lambda kind, _result: answered.append(kind))
    with qtbot.waitSignal(session.predictionReady, timeout=20000):
        session.predict(1, _digit(3))
    session.predict(2, None)  # cleared while the page's query for the 3 is under way
    qtbot.waitUntil(lambda: "query" in answered, timeout=20000)
    qtbot.wait(50)  # the answer's queued slot runs in this thread
    assert page.result is None and page.is_settled()
    assert all(tile.digit is None for tile in page.network_row.tiles)
    assert "Draw a digit" in page.verdict.text()
    assert not errors


def test_weights_changed_in_the_lab_index_again(opened, qtbot):
    page, session, errors = opened
    page.set_active(True)
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    session.set_modified("filter 0 of conv2d switched off")
    assert page.state in ("copying", "building")
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    assert not errors


def test_indexing_stops_when_asked_and_can_start_again(opened, qtbot, monkeypatch):
    page, _session, errors = opened
    _start_a_long_build(page, qtbot, monkeypatch)
    assert not page.stop_button.isHidden()
    page.stop_building()
    qtbot.waitUntil(lambda: page.state == "stopped", timeout=5000)
    assert not page.build_button.isHidden() and page.stop_button.isHidden()
    monkeypatch.setattr(NeighboursPage, "index_size", 1000)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == "ready", timeout=60000)
    assert not errors


def test_closing_while_indexing_ends_within_two_seconds(opened, qtbot, monkeypatch):
    page, _session, _errors = opened
    _start_a_long_build(page, qtbot, monkeypatch)
    assert page.shutdown(2000)  # True: it ended within the two seconds it was given
