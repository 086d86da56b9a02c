"""Live training plots: matplotlib figures embedded in Qt, redrawn at most ~10 times a second.

Every artist (axes, lines) is created once; new points only extend NumPy buffers, and a
``QTimer`` pushes them into the lines with ``set_data`` and blits the lines over a cached
picture of the axes when something changed (matplotlib's blitting, public API only:
``copy_from_bbox``, ``restore_region``, ``draw_artist``, ``blit``, ``draw_idle``). Drawing a
whole figure costs 100-200 ms on a slow CPU, so it must not happen per batch, nor mid-run if it
can be helped: the axes' limits are set for the run at its start (drawn as part of Start's
answer) and then only grow in rare steps, and the timer bounds the UI thread's cost whatever
the training speed.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import ClassVar

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.common import style

log = logging.getLogger("convscope.gui")

REDRAW_MS = 100
# Weight of the newest batch in the smoothed loss: about the last 10 batches count.
SMOOTHING = 0.1
TRAIN_COLOUR = style.ACCENT
VAL_COLOUR = "#f97316"
RAW_COLOUR = "#b7c1d1"
START_YTOP = 3.5


def smoothed(
    values: np.ndarray, weight: float = SMOOTHING, state: tuple[float, int] = (0.0, 0)
) -> tuple[np.ndarray, tuple[float, int]]:
    """Debiased exponential moving average of ``values`` (a display aid, as in TensorBoard).

    ``state`` (running sum, count) continues an earlier call; the new state is returned.
    Debiasing keeps the first points on the data instead of rising slowly from zero.
    """
    acc, n = state
    out = np.empty(len(values), np.float64)
    for i, v in enumerate(values):
        acc = (1.0 - weight) * acc + weight * float(v)
        n += 1
        out[i] = acc / (1.0 - (1.0 - weight) ** n)
    return out, (acc, n)


def style_axes(ax, title: str, xlabel: str, ylabel: str) -> None:
    """Give ``ax`` the app's look: a left title, muted labels and ticks, a light grid."""
    # An explicit ``y`` stops matplotlib from measuring every tick label at each full redraw
    # to lift the title clear of them (~10 ms an axes here); nothing sits above the axes.
    ax.set_title(title, fontsize=10, loc="left", color=style.TEXT, y=1.0, pad=6)
    ax.set_xlabel(xlabel, fontsize=9, color=style.MUTED)
    ax.set_ylabel(ylabel, fontsize=9, color=style.MUTED)
    ax.tick_params(labelsize=8, colors=style.MUTED)
    ax.grid(True, color="#e5e8ee", linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.CARD_BORDER)


class SettlingCanvas(FigureCanvasQTAgg):
    """A Qt canvas that redraws its figure once a resize has settled, not at every step of it.

    A window edge dragged by a user resizes the canvas every few tens of milliseconds, and
    matplotlib redraws the whole figure (100-200 ms here) for each size: the window stalls
    for as long as the drag lasts. Here a resize waits ``SETTLE_MS`` for the next one; only
    the last size is handed to matplotlib, which then redraws once. Meanwhile the previous
    picture stays on screen. The first size, before anything was drawn, is handed on at once.
    """

    SETTLE_MS = 150

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self._pending: QResizeEvent | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self.mpl_connect("draw_event", self._on_draw)
        self._drawn = False

    @property
    def resize_pending(self) -> bool:
        """A new size waits for the resizing to settle (the figure shows the previous one)."""
        return self._pending is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        if not self._drawn or not self.isVisible():
            super().resizeEvent(event)
            return
        self._pending = QResizeEvent(event.size(), event.oldSize())
        self._settle.start()

    def _on_draw(self, _event) -> None:
        self._drawn = True

    @Slot()
    def _on_settle_timeout(self) -> None:
        event, self._pending = self._pending, None
        if event is not None:
            super().resizeEvent(event)


class PlotToolbar(NavigationToolbar2QT):
    """matplotlib's zoom and pan toolbar without "Subplots" and "Save".

    The plot keeps its own margins at every size (``PlotCanvas.set_margins``), which the
    subplots dialog would fight, and its own Export button saves it with its legend; without
    the two the toolbar also leaves room for that button on a narrow window.
    """

    toolitems: ClassVar[list] = [
        t for t in NavigationToolbar2QT.toolitems if t[0] not in ("Subplots", "Save")
    ]


class PlotCanvas(QWidget):
    """A matplotlib figure with its zoom/pan toolbar, redrawn by a timer when marked dirty."""

    def __init__(
        self, width: float = 5.0, height: float = 3.0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(width, height), dpi=100, facecolor=style.CARD)
        self.canvas = SettlingCanvas(self.figure)
        # Small enough for two plots and their toolbars on a 1280x720 laptop's Train tab.
        self.canvas.setMinimumHeight(100)
        self.toolbar = PlotToolbar(self.canvas, self)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        # matplotlib's toolbar icons read and render their SVG file at every paint (~1 ms
        # each, 16 per repaint of a toolbar): render each once.
        size, ratio = self.toolbar.iconSize(), max(1.0, self.devicePixelRatioF())
        for action in self.toolbar.actions():
            icon = action.icon()
            if not icon.isNull():
                action.setIcon(QIcon(icon.pixmap(size, ratio)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 8, 0)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        # The legend is Qt text beside the toolbar, not a matplotlib legend: laying one out
        # costs ~20 ms at every full redraw of the figure. Exports still get one (``export``).
        self.legend_row = QHBoxLayout()
        self.legend_row.setSpacing(14)
        top.addLayout(self.legend_row)
        self._top_row = top
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        # Room around the axes in hundredths of an inch (the unit of the text's point sizes),
        # so titles and tick labels keep their room however small the plot gets.
        self._margins: tuple[float, float, float, float] | None = None
        self._wspace: float | None = None
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)
        self._legends: list[tuple] = []  # (axes, location) that get a legend in exports
        self.redraws = 0
        # Redraws of the whole figure (axes, ticks, text): ~100-400 ms each on a slow CPU.
        self.full_redraws = 0
        self._dirty = False
        # Blitting: the axes, ticks and labels are drawn once into a cached background (a full
        # draw costs ~100-200 ms on a slow CPU); each tick only redraws the lines over it.
        self.animated: list = []
        self._background = None
        self._limits: tuple = ()
        self._drawn_limits: tuple = ()  # the axes' limits in the cached background
        self._drawn_size: tuple = ()  # the canvas's size in pixels when it was drawn
        self.canvas.mpl_connect("draw_event", self._on_canvas_draw)
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def add_button(self, button: QWidget) -> None:
        """Put ``button`` at the right end of the toolbar row (after the legend)."""
        self._top_row.addSpacing(10)
        self._top_row.addWidget(button)

    def set_margins(
        self, left: float, right: float, top: float, bottom: float, wspace: float | None = None
    ) -> None:
        """Keep this much room around the axes, in hundredths of an inch, at every size.

        ``wspace`` is the gap between side-by-side axes, in the same unit.
        """
        self._margins = (left, right, top, bottom)
        self._wspace = wspace
        self._apply_margins()

    def _apply_margins(self) -> None:
        if self._margins is None:
            return
        width, height = self.figure.get_size_inches() * 100
        if width < 10 or height < 10:
            return
        left, right, top, bottom = self._margins
        # Never past the middle: a tiny plot keeps some axes rather than raising an error.
        fx = min(0.45, left / width), min(0.45, right / width)
        fy = min(0.45, top / height), min(0.45, bottom / height)
        kwargs = {"left": fx[0], "right": 1 - fx[1], "top": 1 - fy[0], "bottom": fy[1]}
        if self._wspace is not None:
            columns = self.figure.axes[0].get_subplotspec().get_gridspec().ncols
            axes_width = (width * (1 - fx[0] - fx[1]) - self._wspace * (columns - 1)) / columns
            kwargs["wspace"] = self._wspace / max(1.0, axes_width)
        self.figure.subplots_adjust(**kwargs)

    def _on_canvas_resize(self, _event) -> None:
        # matplotlib redraws right after its resize event: the margins are in place by then.
        self._apply_margins()

    def mark_dirty(self) -> None:
        """Ask for a redraw at the next timer tick (at most one per ``REDRAW_MS``)."""
        self._dirty = True

    def export(self, path: str | Path) -> Path:
        """Save the figure as PNG or SVG (by the file's suffix)."""
        from model.storage import atomic_write

        path = Path(path)
        fmt = path.suffix.lstrip(".").lower() or "png"
        self.update_artists()

        def write(tmp: Path) -> None:
            for artist in self.animated:  # animated artists are left out of ordinary draws
                artist.set_animated(False)
            legends = [ax.legend(loc=loc, fontsize=8, frameon=False) for ax, loc in self._legends]
            try:
                self.figure.savefig(tmp, format=fmt, dpi=150)
            finally:
                for legend in legends:
                    legend.remove()
                for artist in self.animated:
                    artist.set_animated(True)

        written = atomic_write(path, write)
        # matplotlib's Qt canvas marks a redraw pending after printing (the file may have been
        # drawn at another size) without asking Qt to paint, and ignores draw_idle until then;
        # unasked, a later change of limits waited for that paint and the lines froze.
        self.canvas.update()
        return written

    def add_legend(self, ax, location: str, entries: list[tuple[str, str]]) -> None:
        """Show ``entries`` (colour, text) as the legend of ``ax``; exports put it at
        ``location``."""
        self._legends.append((ax, location))
        for colour, text in entries:
            entry = QLabel(f'<span style="color:{colour}; font-weight:900">━━</span>&nbsp;{text}')
            entry.setObjectName("caption")
            self.legend_row.addWidget(entry)

    def update_artists(self) -> tuple:
        """Push the buffered data into the artists; return the axis limits they need.

        A change of limits costs a full redraw, so subclasses choose limits that rarely change.
        """
        return ()

    def _animate(self, *artists) -> None:
        for artist in artists:
            artist.set_animated(True)
            self.animated.append(artist)

    def _axes_limits(self) -> tuple:
        return tuple(tuple(ax.get_xlim()) + tuple(ax.get_ylim()) for ax in self.figure.axes)

    def _on_canvas_draw(self, event) -> None:
        if event.canvas is not self.canvas or self.canvas.is_saving():
            return  # an export's draw (at the file's size, or on a canvas of its format)
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._drawn_limits = self._axes_limits()
        self._drawn_size = self.canvas.get_width_height(physical=True)
        for artist in self.animated:
            artist.axes.draw_artist(artist)

    def _needs_full_redraw(self) -> bool:
        # By the limits and size the background was drawn with, not the last ones asked for:
        # the first paint of the tab already drew the empty axes a run starts with.
        return (
            self._background is None
            or self._axes_limits() != self._drawn_limits
            or self.canvas.get_width_height(physical=True) != self._drawn_size
        )

    @property
    def up_to_date(self) -> bool:
        """The figure on screen shows the newest data and needs no full redraw."""
        return not self._dirty and not self._needs_full_redraw() and not self.canvas.resize_pending

    def redraw_now(self) -> None:
        """Bring the figure up to date at once, drawing the axes too if their limits changed.

        For the moment a user acts (Start): a full redraw then is part of the click's answer
        rather than a stall in the middle of what follows. It is asked for with ``draw_idle``,
        so that it merges with one already asked for (the tab's first paint, a resize)
        instead of drawing the figure twice; it runs as soon as the click's slot returns."""
        self._limits = self.update_artists()
        self._dirty = False
        if self._needs_full_redraw():
            self.full_redraws += 1
            self.canvas.draw_idle()
        elif self.isVisible():
            self._blit()

    def _blit(self) -> None:
        """Redraw only the lines, over the cached background."""
        self.canvas.restore_region(self._background)
        for artist in self.animated:
            artist.axes.draw_artist(artist)
        self.canvas.blit(self.figure.bbox)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._dirty or not self.isVisible():
            return
        self._dirty = False
        self._limits = self.update_artists()
        self.redraws += 1
        if self._needs_full_redraw():
            # Blitting onto a background of other limits or size would mix two pictures.
            self.full_redraws += 1
            self.canvas.draw_idle()
            return
        self._blit()


class LossPlot(PlotCanvas):
    """The loss of every batch (faint) and its moving average (bold), against digits seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(5.0, 2.6, parent)
        self.ax = self.figure.add_subplot()
        # Fixed margins (in inches): a constrained layout is re-solved at every draw and costs
        # more than the drawing itself.
        self.set_margins(left=46, right=12, top=26, bottom=38)
        style_axes(
            self.ax,
            "Loss per batch: how wrong the network is, falling as it learns",
            "epochs",
            "loss",
        )
        (self.raw_line,) = self.ax.plot([], [], color=RAW_COLOUR, linewidth=0.8, label="each batch")
        (self.smooth_line,) = self.ax.plot(
            [], [], color=TRAIN_COLOUR, linewidth=1.8, label="smoothed"
        )
        self.add_legend(
            self.ax, "upper right", [(RAW_COLOUR, "each batch"), (TRAIN_COLOUR, "smoothed")]
        )
        self._animate(self.raw_line, self.smooth_line)
        self.epochs = 1
        self.clear()

    def clear(self) -> None:
        self.x = np.zeros(0)
        self.loss = np.zeros(0)
        self._smooth = np.zeros(0)
        self._ema: tuple[float, int] = (0.0, 0)
        # An untrained network's loss starts near ln(10) = 2.3, its first batches up to ~3.3:
        # room for them from the start, since growing the axis mid-run costs a full redraw.
        self._ytop = START_YTOP
        self.mark_dirty()

    @property
    def count(self) -> int:
        return len(self.loss)

    def add_points(self, points: list[dict]) -> None:
        """Append batch infos (``epoch``, ``batch``, ``batches``, ``loss``)."""
        if not points:
            return
        x = np.array([p["epoch"] + (p["batch"] + 1) / max(1, p["batches"]) for p in points])
        loss = np.array([p["loss"] for p in points], np.float64)
        # Continue the average from its state rather than recomputing it all.
        smooth, self._ema = smoothed(loss, state=self._ema)
        self.x = np.concatenate([self.x, x])
        self.loss = np.concatenate([self.loss, loss])
        self._smooth = np.concatenate([self._smooth, smooth])
        self.mark_dirty()

    def set_epochs(self, epochs: int) -> None:
        """Fix the x axis to the run's length, so it never changes while the run goes on."""
        self.epochs = max(1, int(epochs))
        self.mark_dirty()

    def update_artists(self) -> tuple:
        self.raw_line.set_data(self.x, self.loss)
        self.smooth_line.set_data(self.x, self._smooth)
        right = float(max(self.epochs, np.ceil(self.x[-1]) if len(self.x) else 1.0))
        if len(self.loss):
            # Grows in half steps and never shrinks: a full redraw only now and then.
            need = float(np.percentile(self.loss, 99)) if len(self.loss) > 20 else 0.0
            need = max(need, float(self.loss[:5].max()))
            while self._ytop < need:
                self._ytop += 0.5
        limits = (0.0, right, 0.0, self._ytop)
        if limits != self._limits:
            self.ax.set_xlim(0, right)
            self.ax.set_ylim(0, self._ytop)
        return limits


class EpochPlot(PlotCanvas):
    """Loss and accuracy at each epoch's end, on the training digits and held-out ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(5.0, 2.4, parent)
        self.ax_loss, self.ax_acc = self.figure.subplots(1, 2)
        self.set_margins(left=46, right=12, top=26, bottom=38, wspace=60)
        style_axes(self.ax_loss, "Loss after each epoch", "epoch", "loss")
        style_axes(self.ax_acc, "Accuracy after each epoch", "epoch", "accuracy (%)")
        self.lines = {}
        for ax, metric in ((self.ax_loss, "loss"), (self.ax_acc, "accuracy")):
            for prefix, colour, name in (
                ("", TRAIN_COLOUR, "training digits"),
                ("val_", VAL_COLOUR, "validation digits"),
            ):
                (self.lines[prefix + metric],) = ax.plot(
                    [], [], "o-", color=colour, markersize=4, linewidth=1.6, label=name
                )
        self.add_legend(
            self.ax_acc,
            "lower right",
            [(TRAIN_COLOUR, "training digits"), (VAL_COLOUR, "validation digits")],
        )
        self._animate(*self.lines.values())
        self.epochs = 1
        self.history: dict[str, list[float]] = {}
        self.clear()

    def clear(self) -> None:
        self.history = {}
        self.zoom_accuracy = False
        self.mark_dirty()

    def set_history(self, history: dict[str, list[float]]) -> None:
        """Show ``history`` (Keras's: loss, accuracy, val_loss, val_accuracy per epoch)."""
        self.history = {k: list(v) for k, v in history.items()}
        self.mark_dirty()

    def set_epochs(self, epochs: int) -> None:
        """Fix the x axis to the run's length, so it never changes while the run goes on."""
        self.epochs = max(1, int(epochs))
        self.mark_dirty()

    def update_artists(self) -> tuple:
        for key, line in self.lines.items():
            values = np.asarray(self.history.get(key, []), np.float64)
            if key.endswith("accuracy"):
                values = values * 100.0
            line.set_data(np.arange(1, len(values) + 1), values)
        n = max((len(v) for v in self.history.values()), default=0)
        right = max(2, n, self.epochs) + 0.5
        losses = [v for k in ("loss", "val_loss") for v in self.history.get(k, [])]
        top = 2.5
        while losses and top < max(losses) * 1.1:
            top += 0.5
        accs = [v * 100 for k in ("accuracy", "val_accuracy") for v in self.history.get(k, [])]
        # Fixed while training (a change costs a full redraw); zoomed in once the run is over.
        low = 0.0
        if self.zoom_accuracy:
            low = next((b for b in (90.0, 80.0, 50.0) if accs and min(accs) >= b + 1), 0.0)
        limits = (right, top, low)
        if limits != self._limits:
            for ax in (self.ax_loss, self.ax_acc):
                ax.set_xlim(0.5, right)
                ax.xaxis.get_major_locator().set_params(integer=True)
            self.ax_loss.set_ylim(0, top)
            self.ax_acc.set_ylim(low, 100.5)
        return limits

    def history_csv(self) -> str:
        """The history as CSV: one row per epoch, one column per metric."""
        keys = sorted(self.history)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["epoch", *keys])
        n = max((len(v) for v in self.history.values()), default=0)
        for i in range(n):
            writer.writerow(
                [
                    i + 1,
                    *(
                        f"{self.history[k][i]:.6g}" if i < len(self.history[k]) else ""
                        for k in keys
                    ),
                ]
            )
        return out.getvalue()
