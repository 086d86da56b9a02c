"""The one worker pattern: signals in order, newest job wins, errors as signals, bounded stop."""

from __future__ import annotations

import threading

import pytest

from gui import workers
from gui.workers import Worker
from model.errors import ImageError


@pytest.fixture
def worker(qapp):
    w = Worker("test-worker")
    w.start()
    yield w
    w.stop(5000)


def test_job_runs_in_the_worker_thread_and_reports_in_order(qtbot, worker):
    seen = []
    with qtbot.waitSignals([worker.started, worker.finished], order="strict", timeout=5000):
        worker.submit("job", lambda x: (seen.append(threading.current_thread()), x * 2)[1], 21)
    assert seen and seen[0] is not threading.main_thread()
    with qtbot.waitSignal(worker.finished, timeout=5000) as blocker:
        worker.submit("job", lambda: {"answer": 42})
    assert blocker.args == ["job", {"answer": 42}]


def test_newest_job_of_a_kind_replaces_the_waiting_one(qtbot, worker):
    gate = threading.Event()
    ran = []
    worker.submit("block", gate.wait, 5)
    for i in range(50):  # a burst of requests while the worker is busy
        worker.submit("predict", ran.append, i)
    with qtbot.waitSignal(worker.finished, timeout=5000,
                          check_params_cb=lambda kind, _: kind == "predict"):
        gate.set()
    assert ran == [49]


def test_failures_become_one_line_signals(qtbot, worker):
    def fails(exc):
        raise exc

    with qtbot.waitSignal(worker.errored, timeout=5000) as blocker:
        worker.submit("a", fails, ImageError("photo.png: not an image"))
    assert blocker.args[:2] == ["a", "photo.png: not an image"]
    assert "ImageError" in blocker.args[2]  # the details hold the traceback
    with qtbot.waitSignal(worker.errored, timeout=5000) as blocker:
        worker.submit("b", fails, ZeroDivisionError("division by zero\nsecond line"))
    assert blocker.args[1] == "unexpected ZeroDivisionError: division by zero second line"


def test_stop_waits_a_bounded_time_and_never_destroys_a_running_thread(qtbot, worker):
    gate = threading.Event()
    started = threading.Event()
    worker.submit("stuck", lambda: (started.set(), gate.wait(10)))
    assert started.wait(5)
    assert worker.stop(50) is False  # the job ignores the stop flag for now
    assert workers.orphaned_threads() == 1
    assert worker.submit("later", print) is False  # a stopping worker takes no new jobs
    gate.set()
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=5000)
    assert workers.orphaned_threads() == 0
    workers._ORPHANS.clear()
