"""The crash safety net: an uncaught exception in the app shows a dialog with the details and a
"Copy report" button, goes to a rotating log file, and the app carries on."""

from __future__ import annotations

import errno
import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from gui.common import errors
from gui.common.errors import install_excepthook, uninstall_excepthook


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for box in widget.findChildren(QMessageBox):
        box.close()


@pytest.fixture
def hooked(parent, tmp_path):
    """The hook installed with a log file in tmp_path; yields the log file's path."""
    path = tmp_path / "logs" / "convscope.log"
    install_excepthook(lambda: parent, path)
    yield path
    uninstall_excepthook()


def _raise_in_a_slot(qtbot, message: str) -> None:
    """Raise ``message`` from a Qt slot, as a bug in the app would, and let the loop run."""

    def buggy_slot():
        raise RuntimeError(message)

    QTimer.singleShot(0, buggy_slot)
    qtbot.wait(50)


def _boxes(parent):
    return [b for b in parent.findChildren(QMessageBox) if b.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_a_dialog_and_copies_a_report(qtbot, parent, hooked):
    _raise_in_a_slot(qtbot, "the flux capacitor is empty")
    qtbot.waitUntil(lambda: bool(_boxes(parent)), timeout=3000)
    box = _boxes(parent)[-1]
    assert "the flux capacitor is empty" in box.text() and "\n" not in box.text()
    # Show Details says what to do and where the technical details are, never a traceback.
    assert "Traceback" not in box.detailedText() and "buggy_slot" not in box.detailedText()
    assert "bug in Convscope" in box.detailedText() and str(hooked) in box.detailedText()
    copy = box.findChild(QPushButton, "copyReport")
    assert copy is not None and copy.text() == "Copy report"
    QApplication.clipboard().clear()
    copy.click()
    report = QApplication.clipboard().text()
    assert report.startswith("Convscope crash report")
    assert "RuntimeError: the flux capacitor is empty" in report and str(hooked) in report
    assert "Traceback" in report and "buggy_slot" in report  # for whoever fixes it
    assert box.isVisible() and copy.text() == "Copied"  # copying does not close the box
    box.close()
    # The app carries on: its event loop still runs timers and widgets still work.
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    assert parent.isVisible()
    # ... and the log file has the whole story.
    logged = hooked.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "the flux capacitor is empty" in logged
    assert "buggy_slot" in logged


def test_errors_from_other_threads_are_logged_to_the_file(hooked):
    import threading

    def worker():
        raise ValueError("worker fell over")

    thread = threading.Thread(target=worker, name="convscope-test")
    thread.start()
    thread.join()
    logged = hooked.read_text(encoding="utf-8")
    assert "uncaught exception in thread convscope-test" in logged
    assert "ValueError: worker fell over" in logged


def test_the_log_file_rotates(parent, tmp_path, monkeypatch):
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 2000)
    path = tmp_path / "convscope.log"
    install_excepthook(lambda: parent, path)
    try:
        logger = logging.getLogger("convscope.gui")
        for k in range(200):
            logger.error("error number %d %s", k, "x" * 50)
    finally:
        uninstall_excepthook()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["convscope.log", "convscope.log.1", "convscope.log.2", "convscope.log.3"]
    assert all((tmp_path / f).stat().st_size <= 2100 for f in files)
    assert "error number 199" in path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_unwritable_log_never_crashes_the_app(qtbot, parent, tmp_path, capfd):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    install_excepthook(lambda: parent, blocker / "convscope.log")
    try:
        assert "file" not in errors._installed  # no log file, and no exception either
        _raise_in_a_slot(qtbot, "first bug")
        qtbot.waitUntil(lambda: bool(_boxes(parent)), timeout=3000)
        assert "first bug" in _boxes(parent)[-1].text()
    finally:
        uninstall_excepthook()


@pytest.mark.qt_no_exception_capture
def test_a_log_file_that_fails_mid_way_goes_quiet(qtbot, parent, hooked, capfd):
    handler = errors._installed["file"]

    def disk_full(_text):
        raise OSError(errno.ENOSPC, "No space left on device")

    handler.stream.write = disk_full
    capfd.readouterr()
    _raise_in_a_slot(qtbot, "bug on a full disk")
    qtbot.waitUntil(lambda: bool(_boxes(parent)), timeout=3000)
    assert "bug on a full disk" in _boxes(parent)[-1].text()
    # No "--- Logging error ---" tracebacks: the file handler went quiet instead.
    assert "Logging error" not in capfd.readouterr().err
    logging.getLogger("convscope.gui").error("later error")
    assert "Logging error" not in capfd.readouterr().err
