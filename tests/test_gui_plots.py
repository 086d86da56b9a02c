"""The plots' stepped redraws: the same picture as matplotlib's own draw, in several turns."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer

from gui.plots import EpochPlot, SteppedCanvas

HISTORY = {
    "loss": [0.4, 0.2, 0.1],
    "accuracy": [0.88, 0.95, 0.97],
    "val_loss": [0.3, 0.2, 0.15],
    "val_accuracy": [0.9, 0.94, 0.96],
}


def _settled(plot) -> bool:
    canvas = plot.canvas
    return (
        canvas.stepped_draws >= 1
        and not canvas.drawing_in_steps
        and not canvas._draw_pending
        and not plot._dirty
    )


def test_a_stepped_redraw_gives_the_event_loop_turns_and_the_same_picture(qtbot, monkeypatch):
    monkeypatch.setattr(SteppedCanvas, "STEP_MS", 0.0)  # one artist per step
    plot = EpochPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 320)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_history(HISTORY)
    canvas = plot.canvas
    qtbot.waitUntil(lambda: _settled(plot))
    before = canvas.stepped_draws

    turns = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: turns.append(canvas.drawing_in_steps))
    beat.start()
    canvas.draw_idle()
    qtbot.waitUntil(lambda: canvas.stepped_draws > before and _settled(plot))
    beat.stop()
    # Other timers ran while the figure was half drawn: the loop was not held for the whole draw.
    assert any(turns)
    stepped = np.array(canvas.buffer_rgba(), copy=True)

    canvas.draw()  # matplotlib's own, in one go
    np.testing.assert_array_equal(np.array(canvas.buffer_rgba()), stepped)
    # The blitting background was taken from the finished picture.
    assert plot._background is not None


def test_a_newer_redraw_supersedes_one_in_progress(qtbot, monkeypatch):
    monkeypatch.setattr(SteppedCanvas, "STEP_MS", 0.0)
    figure = Figure(figsize=(6, 3), dpi=100)
    for i in range(3):
        figure.add_subplot(1, 3, i + 1).plot([0, 1], [i, 1 - i])
    canvas = SteppedCanvas(figure)
    qtbot.addWidget(canvas)
    canvas.resize(600, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    qtbot.waitUntil(lambda: canvas.stepped_draws >= 1 and not canvas.drawing_in_steps)
    before = canvas.stepped_draws
    canvas.draw_idle()
    canvas._draw_idle()  # begin the steps now: waiting for them could miss a quick redraw
    assert canvas.drawing_in_steps
    canvas.resize(640, 280)  # a resize asks for another redraw mid-way
    qtbot.waitUntil(lambda: canvas.stepped_draws > before and not canvas.drawing_in_steps)
    qtbot.wait(50)
    assert canvas.stepped_draws == before + 1  # the first one was abandoned, not finished
    width, height = canvas.get_width_height(physical=True)
    assert np.array(canvas.buffer_rgba()).shape[:2] == (height, width)


def test_a_synchronous_draw_ends_an_idle_redraw_under_way(qtbot, monkeypatch):
    # Start drew the plots at once while the tab's first (stepped) redraw was still going; that
    # one then drew the same figure again, mid-run: a 100-200 ms stall.
    monkeypatch.setattr(SteppedCanvas, "STEP_MS", 0.0)
    plot = EpochPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 320)
    plot.show()
    qtbot.waitExposed(plot)
    canvas = plot.canvas
    qtbot.waitUntil(lambda: _settled(plot))
    draws = []
    canvas.mpl_connect("draw_event", lambda _e: draws.append(1))
    before = canvas.stepped_draws
    canvas.draw_idle()
    canvas._draw_idle()  # begin the steps now: waiting for them could miss a quick redraw
    assert canvas.drawing_in_steps

    plot.set_history(HISTORY)
    plot.redraw_now()
    assert not canvas.drawing_in_steps
    assert len(draws) == 1
    qtbot.wait(100)
    assert canvas.stepped_draws == before and len(draws) == 1
    assert plot._background is not None

    # An idle redraw asked for but not begun is answered by the synchronous draw too.
    canvas.draw_idle()
    assert canvas.redraw_due and not canvas.drawing_in_steps
    plot.redraw_now()
    qtbot.wait(100)
    assert canvas.stepped_draws == before and len(draws) == 2


def test_exporting_mid_run_leaves_the_live_plot_updating(qtbot, tmp_path):
    # matplotlib's Qt canvas marks a redraw pending after printing a figure without asking for
    # one; after an SVG export the timer then waited for it forever and the lines froze.
    plot = EpochPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 320)
    plot.show()
    qtbot.waitExposed(plot)
    qtbot.waitUntil(lambda: _settled(plot))
    for suffix in ("svg", "png"):
        plot.set_history({k: v[:1] for k, v in HISTORY.items()})
        qtbot.waitUntil(lambda: _settled(plot))
        background = plot._background
        assert plot.export(tmp_path / f"plot.{suffix}").stat().st_size > 0
        # The export's own draw is not the screen's: the blitting background stays.
        assert plot._background is background
        before = plot.redraws
        plot.set_history(HISTORY)
        qtbot.waitUntil(lambda: plot.redraws > before and _settled(plot), timeout=3000)
        assert len(plot.lines["loss"].get_xdata()) == 3
