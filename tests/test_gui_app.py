"""The main window with a real (small) trained model: drawing is read while you draw, other
inputs, model loading errors, settings, and closing while the model still loads."""

from __future__ import annotations

import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.app import window as gui_app
from gui.app.model_info import model_info_html
from gui.app.paths import DEFAULT_MODEL, ROOT
from gui.app.placement import TITLE_BAR, fit_to_screen
from gui.app.window import MainWindow
from gui.common.errors import install_excepthook, uninstall_excepthook
from gui.common.imageconv import gray_to_qimage
from gui.common.settings import DrawingSettings, SettingsStore, WindowSettings
from model.data.preprocess import preprocess
from tests.gui_support import draw_digit, open_window
from tests.strokes import render_digit


@pytest.fixture(scope="module")
def window(qapp, trained):
    """One window for the module: loading a model costs a second, drawing costs nothing."""
    win = open_window(trained[0])
    yield win
    win.close()


@pytest.fixture
def draw(window, qtbot):
    tab = window.draw_tab
    window.select_tab("draw")
    tab.canvas.clear()
    qtbot.waitUntil(tab.is_up_to_date)
    return tab


def loaded(tab, qtbot) -> None:
    """Wait until a loaded picture is on the canvas (worker signals can beat the tab's slot)."""
    qtbot.waitUntil(lambda: tab.canvas.source_tag() is not None, timeout=10000)


def shown_label(tab, qtbot) -> int:
    qtbot.waitUntil(tab.is_up_to_date, timeout=5000)
    prediction = tab.current_prediction()
    assert prediction is not None
    return prediction["label"]


@pytest.fixture(scope="module")
def shipped(qapp):
    """A window on the shipped model: what a person meets (a tenth of a second to load)."""
    win = open_window(DEFAULT_MODEL)
    yield win
    win.close()


@pytest.mark.parametrize("digit", [0, 1, 3, 4, 7, 8])
def test_drawn_digits_are_read_correctly(qtbot, shipped, digit):
    # The shipped model, calibrated: the small fixture network is unsure of some drawings.
    draw = shipped.draw_tab
    draw.canvas.clear()
    qtbot.waitUntil(draw.is_up_to_date)
    draw_digit(draw.canvas, digit)
    assert shown_label(draw, qtbot) == digit
    assert draw.summary.digit.text() == str(digit)
    assert draw.bars.probabilities is not None and draw.bars.probabilities.argmax() == digit
    # "It reads an 8: ...", "It reads a 7: ...".
    article = "an" if digit == 8 else "a"
    assert draw.summary.verdict.text().startswith(f"It reads {article} {digit}:")


def test_the_bars_show_the_predictor_s_answer_for_the_28x28_on_screen(qtbot, draw, trained):
    draw_digit(draw.canvas, 2)
    qtbot.waitUntil(draw.is_up_to_date)
    expected = trained[1].predict(preprocess(draw.canvas.to_array()).input).probabilities
    np.testing.assert_allclose(draw.bars.probabilities, expected, atol=1e-5)
    assert draw.network_view._image.width() == 28
    assert sum(draw.current_prediction()["probabilities"]) == pytest.approx(1, abs=1e-4)


def test_predictions_follow_every_segment_and_a_blank_canvas_shows_none(qtbot, draw):
    from tests.gui_support import digit_strokes, send_mouse

    painted = []
    draw.bars.predictionShown.connect(painted.append)
    stroke = digit_strokes(draw.canvas, 7)[0]
    send_mouse(draw.canvas, QEvent.Type.MouseButtonPress, stroke[0])
    seqs = set()
    for point in stroke[1:]:
        send_mouse(draw.canvas, QEvent.Type.MouseMove, point)
        qtbot.waitUntil(draw.is_up_to_date, timeout=5000)
        # ... and the bars on screen belong to the newest drawing
        qtbot.waitUntil(lambda: bool(painted) and painted[-1] == draw.seq, timeout=5000)
        seqs.add(draw.seq)
    send_mouse(draw.canvas, QEvent.Type.MouseButtonRelease, stroke[-1])
    draw.bars.predictionShown.disconnect(painted.append)
    assert len(seqs) == len(stroke) - 1  # one update per segment
    draw.actions["clear"].trigger()
    qtbot.waitUntil(draw.is_up_to_date)
    assert draw.current_prediction() is None
    assert draw.bars.probabilities is None
    assert draw.summary.verdict.text() == "Draw a digit"


def test_undo_and_clear_actions_with_their_shortcuts(qtbot, draw):
    assert draw.actions["undo"].shortcut().toString() == "Ctrl+Z"
    assert draw.actions["redo"].shortcuts()[0].toString() == "Ctrl+Shift+Z"
    assert draw.actions["clear"].shortcut().toString() == "Esc"
    draw_digit(draw.canvas, 1)
    assert shown_label(draw, qtbot) == 1
    draw.actions["undo"].trigger()
    qtbot.waitUntil(draw.is_up_to_date)
    assert draw.current_prediction() is None and draw.canvas.is_empty()
    draw.actions["redo"].trigger()
    assert shown_label(draw, qtbot) == 1


def write_digit(path, digit, **kwargs) -> str:
    render_digit(digit, 300, **kwargs).save(path)
    return str(path)


def test_open_an_image_file(qtbot, draw, tmp_path):
    path = write_digit(tmp_path / "three.png", 3, dark_on_light=True)
    draw.open_image(path)
    loaded(draw, qtbot)
    assert shown_label(draw, qtbot) == 3
    assert "three.png" in draw.summary.truth.text()
    assert draw.canvas.to_array().max() == 255  # shown as white ink on black


def test_drop_an_image_file_on_the_canvas(qtbot, draw, tmp_path):
    path = write_digit(tmp_path / "seven.png", 7)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        draw.canvas,
        QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys),
    )
    QApplication.sendEvent(
        draw.canvas, QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    loaded(draw, qtbot)
    assert shown_label(draw, qtbot) == 7


def test_paste_an_image_from_the_clipboard(qtbot, draw):
    rgb = np.asarray(render_digit(4, 200, dark_on_light=True, mode="RGB"))
    image = QImage(rgb.tobytes(), 200, 200, 600, QImage.Format.Format_RGB888).copy()
    QGuiApplication.clipboard().setImage(image)
    draw.actions["paste"].trigger()
    loaded(draw, qtbot)
    assert shown_label(draw, qtbot) == 4
    assert "Pasted" in draw.summary.truth.text()


def test_paste_without_an_image_says_so(qtbot, window, draw):
    QGuiApplication.clipboard().setText("not an image")
    with qtbot.waitSignal(draw.statusReported) as blocker:
        draw.paste()
    assert "no image" in blocker.args[0]


def test_an_unreadable_image_is_a_one_line_error(qtbot, window, draw, tmp_path):
    bad = tmp_path / "fake.png"
    bad.write_text("this is not a picture")
    with qtbot.waitSignal(window.errorReported, timeout=5000) as blocker:
        draw.open_image(str(bad))
    assert "fake.png" in blocker.args[0] and "\n" not in blocker.args[0]


def test_a_random_test_digit_comes_with_its_true_label(qtbot, draw, mnist):
    draw.show_test_digit(0)
    loaded(draw, qtbot)
    truth = int(mnist.y_test[0])
    assert shown_label(draw, qtbot) == truth
    assert draw.bars._true_label == truth
    assert f"true label {truth}" in draw.summary.truth.text()
    assert "✓" in draw.summary.truth.text()
    draw.show_test_digit()  # MNIST is cached now: no second load
    assert draw.canvas.source_tag()["source"].startswith("MNIST test digit #")


def test_the_random_digit_button_keeps_its_words_and_the_status_bar_moves_on(qtbot, window, draw):
    """The button below the canvas is still "Random test digit" once MNIST has loaded (its
    action is disabled, then enabled), and the status bar no longer says it is loading."""
    from PySide6.QtWidgets import QToolButton

    button = next(b for b in draw.findChildren(QToolButton) if b.text() == "Random test digit")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: draw.canvas.source_tag() is not None, timeout=30000)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=30000)
    assert button.text() == "Random test digit"
    source = draw.canvas.source_tag()["source"]
    assert window.statusBar().currentMessage() == source
    assert "Loading" not in window.statusBar().currentMessage()


def test_the_status_bar_names_the_current_model(window, trained):
    text = window.statusBar().model_label.text()
    assert "fixture" in text and "parameters" in text
    assert str(trained[0]) in window.model_settings.recent[0]
    assert "fixture" in model_info_html(window.session.info)


@pytest.mark.parametrize("content", [None, "just text, renamed to .keras"])
def test_a_bad_model_file_keeps_the_previous_model(qtbot, window, tmp_path, content):
    path = tmp_path / "broken.keras"
    if content is not None:
        path.write_text(content)
    before = window.session.info
    with qtbot.waitSignal(window.errorReported, timeout=10000) as blocker:
        window.open_model(path)
    message = blocker.args[0]
    assert "broken.keras" in message and "\n" not in message
    assert ("no such file" if content is None else "not a valid .keras file") in message
    assert window.session.info is before and not window.session.loading
    assert window.draw_tab.summary.verdict.text() != "No model loaded"


def test_errors_open_a_dialog_with_details(qtbot, window):
    window.error_dialogs = True
    try:
        window.report_error(
            "Could not open the model",
            "x.keras: not a valid .keras file",
            "Convscope keeps using the model “fixture”.",
        )
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert boxes and boxes[-1].text() == "x.keras: not a valid .keras file"
        details = boxes[-1].detailedText()
        assert details.startswith("Convscope keeps using the model “fixture”.")
        assert "Open Default Model" in details  # what a person can do about it
        boxes[-1].close()
    finally:
        window.error_dialogs = False


def _traceback_of(exc: Exception) -> str:
    from gui.common.errors import format_exception

    try:
        raise exc
    except Exception as raised:
        return format_exception(raised)


def test_an_image_error_says_what_to_do_and_logs_the_traceback(qtbot, window, tmp_path, caplog):
    """The image-error dialog's "Show Details" once showed a Python traceback."""
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    window.error_dialogs = True
    try:
        with qtbot.waitSignal(window.errorReported, timeout=10000) as blocker:
            window.draw_tab.open_image(str(bad))
        assert "notes.png" in blocker.args[0]
        box = [b for b in window.findChildren(QMessageBox) if b.isVisible()][-1]
        details = box.detailedText()
        assert "Traceback" not in details and 'File "' not in details
        assert "PNG, JPEG" in details and "draw the digit" in details
        box.close()
        # The traceback is kept for whoever fixes a bug: in the log.
        assert any("Traceback" in r.getMessage() for r in caplog.records)
    finally:
        window.error_dialogs = False


def test_with_debug_the_dialog_shows_the_traceback_too(qtbot, window, monkeypatch):
    from gui.common import errors

    trace = _traceback_of(RuntimeError("worker fell over"))
    window.error_dialogs = True
    try:
        window.report_error("Something went wrong", "unexpected RuntimeError", trace)
        box = [b for b in window.findChildren(QMessageBox) if b.isVisible()][-1]
        assert "Traceback" not in box.detailedText()
        assert box.detailedText().startswith("Try again.")
        box.close()
        monkeypatch.setattr(errors, "DEBUG", True)
        window.report_error("Something went wrong", "unexpected RuntimeError", trace)
        box = [b for b in window.findChildren(QMessageBox) if b.isVisible()][-1]
        assert "worker fell over" in box.detailedText() and "Traceback" in box.detailedText()
        box.close()
    finally:
        window.error_dialogs = False


def test_save_the_model_as(qtbot, window, tmp_path):
    from model.storage import read_metadata

    out = tmp_path / "copy.keras"
    with qtbot.waitSignal(window.session.modelSaved, timeout=20000):
        window.session.save_as(out)
    assert out.is_file() and read_metadata(out)["name"] == "fixture"


def test_a_modified_model_is_marked_until_another_loads_and_save_as_says_so(
    qtbot, window, tmp_path, trained
):
    from model.storage import read_metadata

    session = window.session
    assert window.statusBar().modified_label.isHidden()
    session.set_modified("filter 3 of conv2d switched off (Lab › Kernel playground)")
    assert not window.statusBar().modified_label.isHidden()
    assert "filter 3 of conv2d switched off" in window.statusBar().modified_label.text()
    out = tmp_path / "edited.keras"
    with qtbot.waitSignal(session.modelSaved, timeout=20000):
        session.save_as(out)
    message = window.statusBar().currentMessage()
    assert "modified model" in message and "include your change" in message
    assert read_metadata(out)["modified"] == session.modified
    # Opening a model replaces every weight: nothing is modified any more.
    with qtbot.waitSignal(session.modelChanged, timeout=60000):
        window.open_model(trained[0])
    assert session.modified is None and window.statusBar().modified_label.isHidden()


def test_uncaught_exceptions_become_dialogs_not_crashes(qtbot, window):
    install_excepthook(lambda: window)
    try:
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        assert boxes and "a bug in a slot" in boxes[-1].text()
        # The details say what to do; the traceback goes with the report, not on screen.
        assert "Copy report" in boxes[-1].detailedText()
        assert "Traceback" not in boxes[-1].detailedText()
        boxes[-1].close()
    finally:
        uninstall_excepthook()


def test_settings_are_remembered(qtbot, qapp, tmp_path, monkeypatch):
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    first = MainWindow(None, store)
    qtbot.addWidget(first)
    first.show()
    first.draw_tab.pen_slider.setValue(31)
    first.draw_tab.steps_expander.set_expanded(True)
    first.select_tab("inspect")
    first.close()
    saved = store.load(WindowSettings).geometry
    assert saved and store.load(DrawingSettings).pen_width == 31
    # The offscreen screen (800x600) clamps whatever is restored onto it, so check that the
    # saved geometry is what the next window restores rather than the size it ends up with.
    restored = []
    monkeypatch.setattr(
        MainWindow,
        "restoreGeometry",
        lambda self, data: restored.append(bytes(data.data())) or True,
    )
    second = MainWindow(None, store)
    qtbot.addWidget(second)
    assert restored == [saved]
    assert second.draw_tab.canvas.pen_width == 31
    assert second.draw_tab.steps_expander.is_expanded()
    assert second.current_tab_key() == "inspect"
    second.close()


def test_a_missing_default_model_is_a_status_message(qtbot, qapp, tmp_path, monkeypatch):
    missing = tmp_path / "default.keras"
    monkeypatch.setattr(gui_app, "DEFAULT_MODEL", missing)
    monkeypatch.setattr(gui_app, "ROOT", tmp_path)
    win = MainWindow(missing, SettingsStore(None), error_dialogs=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: "No model yet" in win.statusBar().currentMessage())
    draw_digit(win.draw_tab.canvas, 1)  # the canvas works without a model
    qtbot.waitUntil(
        lambda: win.draw_tab.preprocessed is not None and not win.draw_tab.preprocessed.blank
    )
    assert win.draw_tab.summary.verdict.text() == "No model loaded"
    win.close()


def test_the_window_closes_cleanly_while_the_model_loads(qtbot, qapp, trained, monkeypatch):
    import model.storage

    # A model takes a tenth of a second to load; a slow disk makes it seconds.
    real_load = model.storage.load_model

    def slow_load(path):
        time.sleep(1.5)
        return real_load(path)

    monkeypatch.setattr(model.storage, "load_model", slow_load)
    win = MainWindow(trained[0], SettingsStore(None), error_dialogs=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.loading, timeout=5000)  # shown before the model is in
    draw_digit(win.draw_tab.canvas, 7)  # usable at once
    worker = win.session._worker
    win.close()
    assert not worker.is_running() and not win.draw_tab.io.is_running()
    from gui.common.workers import orphaned_threads

    assert orphaned_threads() == 0


def test_the_gui_never_imports_tensorflow_at_module_level():
    import subprocess

    code = (
        "import sys, gui.app.startup, gui.app.screenshot, gui.draw.tab, gui.common.workers; "
        "bad = [m for m in ('tensorflow', 'keras', 'model.network.predictor', 'model.storage') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gray_to_qimage_round_trip():
    from gui.common.imageconv import qimage_to_gray

    a = (np.arange(35 * 17) % 256).astype(np.uint8).reshape(35, 17)  # odd width: padded rows
    assert np.array_equal(qimage_to_gray(gray_to_qimage(a)), a)


def test_a_model_numpy_cannot_compute_runs_on_tensorflow_and_says_so(qtbot, qapp, tmp_path):
    from model.backend import keras as _keras
    from model.storage import save_model

    keras = _keras()
    dilated = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Conv2D(4, 3, dilation_rate=2, activation="relu", name="dilated"),
            keras.layers.Flatten(name="flatten"),
            keras.layers.Dense(10, activation="softmax", name="output"),
        ]
    )
    path = tmp_path / "dilated.keras"
    save_model(dilated, path, {"name": "dilated"})
    win = open_window(path)
    qtbot.addWidget(win)
    assert win.session.info["engine"] == "tensorflow"
    assert "TensorFlow" in win.statusBar().currentMessage()
    assert "dilated" in model_info_html(win.session.info)
    draw_digit(win.draw_tab.canvas, 7)
    qtbot.waitUntil(lambda: win.draw_tab.is_up_to_date(), timeout=20000)
    assert win.draw_tab.summary.verdict.text() != "No model loaded"
    win.close()


def test_a_window_is_placed_on_the_screen_title_bar_included():
    from PySide6.QtCore import QRect, QSize

    screen = QRect(0, 0, 1280, 720)
    # Remembered larger than this screen (a bigger monitor): fitted to it, title bar and all.
    assert fit_to_screen(QRect(300, 200, 1400, 900), QSize(900, 500), screen, 32) == (
        QRect(0, 0, 1280, 720)
    )
    # Fits, but hangs off the bottom right: moved back onto the screen, same size.
    assert fit_to_screen(QRect(600, 300, 1000, 600), QSize(900, 500), screen, 32) == (
        QRect(280, 88, 1000, 632)
    )
    # A new window, centred in the available area (below a 30 px panel here).
    below_panel = QRect(0, 30, 1280, 690)
    frame = fit_to_screen(QRect(0, 0, 1216, 600), QSize(900, 500), below_panel, 32, True)
    assert frame == QRect(32, 59, 1216, 632)
    # Never smaller than its contents need; then at least its top-left corner is on screen.
    small = QRect(0, 0, 1024, 600)
    assert fit_to_screen(QRect(-50, -20, 800, 400), QSize(1100, 600), small, 32) == (
        QRect(0, 0, 1100, 632)
    )


def test_a_remembered_window_taller_than_the_screen_opens_on_it(qtbot, tmp_path):
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    first = MainWindow(None, store)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(400, 300, 1500, 1100)  # as if saved on a larger monitor
    first.close()
    second = MainWindow(None, store)
    qtbot.addWidget(second)
    available = second.screen().availableGeometry()
    # The offscreen screen is smaller than the remembered window: the window's height, title
    # bar included, fits it and its top-left corner is on it.
    assert second.height() + TITLE_BAR <= available.height()
    assert available.contains(second.pos())
    second.close()
