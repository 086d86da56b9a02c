"""The live plots: blitted lines over a cached background, full redraws only when needed, and
matplotlib's public API only."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np

from gui.train.curves import EpochPlot, LossPlot

HISTORY = {
    "loss": [0.4, 0.2, 0.1],
    "accuracy": [0.88, 0.95, 0.97],
    "val_loss": [0.3, 0.2, 0.15],
    "val_accuracy": [0.9, 0.94, 0.96],
}


def _shown(qtbot, plot):
    qtbot.addWidget(plot)
    plot.resize(600, 320)
    plot.show()
    qtbot.waitExposed(plot)
    qtbot.waitUntil(lambda: plot.up_to_date)
    return plot


def _count_draws(canvas) -> list:
    draws = []
    canvas.mpl_connect("draw_event", lambda _e: draws.append(1))
    return draws


def test_new_points_are_blitted_without_drawing_the_axes_again(qtbot):
    plot = _shown(qtbot, EpochPlot())
    plot.set_epochs(3)  # the run's length, fixed at Start
    qtbot.waitUntil(lambda: plot.up_to_date)
    draws = _count_draws(plot.canvas)
    for n in (1, 2, 3):
        before = plot.redraws
        plot.set_history({k: v[:n] for k, v in HISTORY.items()})
        qtbot.waitUntil(lambda: plot.redraws > before and plot.up_to_date)
    assert draws == [] and len(plot.lines["loss"].get_xdata()) == 3
    blitted = np.array(plot.canvas.buffer_rgba(), copy=True)
    plot.canvas.draw()  # the whole figure, matplotlib's own way: the same picture
    np.testing.assert_array_equal(np.array(plot.canvas.buffer_rgba()), blitted)


def test_a_change_of_limits_draws_the_figure_once(qtbot):
    plot = _shown(qtbot, LossPlot())
    draws = _count_draws(plot.canvas)
    plot.set_epochs(5)
    qtbot.waitUntil(lambda: plot.up_to_date)
    qtbot.wait(150)
    assert len(draws) == 1 and plot.ax.get_xlim() == (0.0, 5.0)


def test_starts_redraw_merges_with_a_redraw_already_asked_for(qtbot):
    # Start drew the plots at once while the tab's first redraw was still to come; that one
    # then drew the same figure again, mid-run: a 100-200 ms stall.
    plot = _shown(qtbot, EpochPlot())
    draws = _count_draws(plot.canvas)
    plot.canvas.draw_idle()  # as a resize or the tab's first paint asks
    plot.set_epochs(10)
    plot.redraw_now()
    qtbot.waitUntil(lambda: plot.up_to_date)
    qtbot.wait(150)
    assert len(draws) == 1 and plot.ax_loss.get_xlim()[1] == 10.5


def test_exporting_mid_run_leaves_the_live_plot_updating(qtbot, tmp_path):
    plot = _shown(qtbot, EpochPlot())
    for suffix in ("svg", "png"):
        plot.set_history({k: v[:1] for k, v in HISTORY.items()})
        qtbot.waitUntil(lambda: plot.up_to_date)
        background = plot._background
        assert plot.export(tmp_path / f"plot.{suffix}").stat().st_size > 0
        # The export's own draw is not the screen's: the blitting background stays.
        assert plot._background is background
        before = plot.redraws
        plot.set_history(HISTORY)
        qtbot.waitUntil(lambda: plot.redraws > before and plot.up_to_date, timeout=3000)
        assert len(plot.lines["loss"].get_xdata()) == 3


def test_the_plots_use_no_private_matplotlib_attribute():
    # Only our own private attributes (self._x) may be used: matplotlib's would break at its
    # next release, which is why its version is no longer pinned exactly.
    root = Path(__file__).resolve().parent.parent / "gui"
    private = []
    for source in (root / "common" / "plots.py", root / "train" / "curves.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        private += [
            f"{source.name} line {node.lineno}: .{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
        ]
    assert private == []


def test_a_dragged_window_edge_redraws_the_figure_once_it_settles(qtbot):
    plot = _shown(qtbot, EpochPlot())
    draws = _count_draws(plot.canvas)
    for width in range(610, 760, 10):  # fifteen sizes, as a drag delivers them
        plot.resize(width, 330)
        qtbot.wait(5)
    assert plot.canvas.resize_pending and draws == []  # the old picture stays meanwhile
    qtbot.waitUntil(lambda: plot.up_to_date, timeout=3000)
    qtbot.wait(100)
    assert len(draws) == 1
    width, height = plot.canvas.get_width_height()
    assert width == plot.canvas.width() and height == plot.canvas.height()
