"""The one worker pattern: signals in order, newest job wins, errors as signals, bounded stop.

The worker's signals are emitted in its own thread. ``qtbot.waitSignal`` connects a plain
Python callable, which PySide then calls in that thread, racing the blocker's event loop (a
signal landing just before the loop starts leaves it waiting forever). So these tests record
signals with plain callables and poll with ``qtbot.waitUntil`` on the main thread instead.
"""

from __future__ import annotations

import threading

import pytest

from gui.common import workers
from gui.common.workers import Worker
from model.errors import ImageError


@pytest.fixture
def worker(qapp):
    w = Worker("test-worker")
    w.start()
    yield w
    w.stop(5000)


@pytest.fixture
def record(worker):
    """Every signal of ``worker`` as (name, *args), in the order it was emitted."""
    seen: list[tuple] = []
    worker.started.connect(lambda *a: seen.append(("started", *a)))
    worker.finished.connect(lambda *a: seen.append(("finished", *a)))
    worker.errored.connect(lambda *a: seen.append(("errored", *a)))
    return seen


def test_job_runs_in_the_worker_thread_and_reports_in_order(qtbot, worker, record):
    threads = []
    worker.submit("job", lambda x: (threads.append(threading.current_thread()), x * 2)[1], 21)
    qtbot.waitUntil(lambda: len(record) == 2, timeout=5000)
    assert record == [("started", "job"), ("finished", "job", 42)]
    assert threads and threads[0] is not threading.main_thread()
    worker.submit("job", lambda: {"answer": 42})
    qtbot.waitUntil(lambda: len(record) == 4, timeout=5000)
    assert record[-1] == ("finished", "job", {"answer": 42})


def test_newest_job_of_a_kind_replaces_the_waiting_one(qtbot, worker, record):
    gate = threading.Event()
    ran = []
    worker.submit("block", gate.wait, 5)
    for i in range(50):  # a burst of requests while the worker is busy
        worker.submit("predict", ran.append, i)
    gate.set()
    qtbot.waitUntil(lambda: ("finished", "predict", None) in record, timeout=5000)
    assert ran == [49]


def test_a_replaced_job_runs_after_jobs_submitted_before_it(qtbot, worker, record):
    # A comparison asked before a rebuild, then asked again after it, must see the rebuild.
    gate = threading.Event()
    ran = []
    worker.submit("block", gate.wait, 5)
    worker.submit("compare", ran.append, "compare (old)")
    worker.submit("build", ran.append, "build")
    worker.submit("compare", ran.append, "compare (new)")
    gate.set()
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=5000)
    assert ran == ["build", "compare (new)"]


def test_failures_become_one_line_signals(qtbot, worker, record):
    def fails(exc):
        raise exc

    worker.submit("a", fails, ImageError("photo.png: not an image"))
    qtbot.waitUntil(lambda: any(r[0] == "errored" for r in record), timeout=5000)
    kind, message, details = next(r[1:] for r in record if r[0] == "errored")
    assert (kind, message) == ("a", "photo.png: not an image")
    assert "ImageError" in details  # the details hold the traceback
    worker.submit("b", fails, ZeroDivisionError("division by zero\nsecond line"))
    qtbot.waitUntil(lambda: sum(r[0] == "errored" for r in record) == 2, timeout=5000)
    assert record[-1][2] == "unexpected ZeroDivisionError: division by zero second line"


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
