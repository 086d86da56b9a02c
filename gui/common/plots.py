"""Live plots: a matplotlib figure embedded in Qt (``PlotCanvas``), redrawn at most ~10 times a
second, and the app's look for its axes.

Every artist (axes, lines) is created once; new points only extend NumPy buffers, and a
``QTimer`` pushes them into the lines with ``set_data`` and blits the lines over a cached
picture of the axes when something changed (matplotlib's blitting, public API only:
``copy_from_bbox``, ``restore_region``, ``draw_artist``, ``blit``, ``draw_idle``). Drawing a
whole figure costs 100-200 ms on a slow CPU, so it must not happen per batch, nor mid-run if it
can be helped: the axes' limits are set for the run at its start (drawn as part of Start's
answer) and then only grow in rare steps, and the timer bounds the UI thread's cost whatever
the training speed. The Train tab's two plots are in ``gui.train.curves``; the Lab's
robustness curves use ``PlotCanvas`` too.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from matplotlib.ticker import ScalarFormatter
from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from gui.common import style
from gui.common.a11y import set_text_equivalent
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model import i18n
from model.readout import curve_text

log = logging.getLogger("convscope.gui")

REDRAW_MS = 100


class LanguageFormatter(ScalarFormatter):
    """Matplotlib's tick labels with the language's decimal separator (0,2 in German)."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return super().__call__(x, pos).replace(".", i18n.decimal_point())

    def format_data_short(self, value: float) -> str:
        return super().format_data_short(value).replace(".", i18n.decimal_point())


def style_axes(ax, title: str, xlabel: str, ylabel: str) -> None:
    """Give ``ax`` the app's look: a left title, muted labels and ticks, a light grid, and
    numbers written the language's way."""
    # An explicit ``y`` stops matplotlib from measuring every tick label at each full redraw
    # to lift the title clear of them (~10 ms an axes here); nothing sits above the axes.
    ax.set_title(title, fontsize=10, loc="left", color=style.TEXT, y=1.0, pad=6)
    ax.set_xlabel(xlabel, fontsize=9, color=style.MUTED)
    ax.set_ylabel(ylabel, fontsize=9, color=style.MUTED)
    ax.tick_params(labelsize=8, colors=style.MUTED)
    if i18n.decimal_point() != ".":
        for axis in (ax.xaxis, ax.yaxis):
            if type(axis.get_major_formatter()) is ScalarFormatter:
                axis.set_major_formatter(LanguageFormatter())
    ax.grid(True, color=style.GRID, linewidth=0.8)
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

    def __init__(self, canvas: FigureCanvasQTAgg, parent: QWidget | None = None) -> None:
        # matplotlib's names and tooltips of its buttons, in the learner's language.
        self.toolitems = [
            (translate("common.plots", text), translate("common.plots", tip), *rest)
            if text is not None and tip is not None
            else (text, tip, *rest)
            for text, tip, *rest in type(self).toolitems
        ]
        super().__init__(canvas, parent)


# matplotlib's texts of the toolbar's buttons (``NavigationToolbar2.toolitems``), marked for
# translation: ``PlotToolbar`` shows them in the learner's language.
_TOOLBAR_TEXTS = (
    QT_TRANSLATE_NOOP("common.plots", "Home"),
    QT_TRANSLATE_NOOP("common.plots", "Reset original view"),
    QT_TRANSLATE_NOOP("common.plots", "Back"),
    QT_TRANSLATE_NOOP("common.plots", "Back to previous view"),
    QT_TRANSLATE_NOOP("common.plots", "Forward"),
    QT_TRANSLATE_NOOP("common.plots", "Forward to next view"),
    QT_TRANSLATE_NOOP("common.plots", "Pan"),
    QT_TRANSLATE_NOOP(
        "common.plots", "Left button pans, Right button zooms\nx/y fixes axis, CTRL fixes aspect"
    ),
    QT_TRANSLATE_NOOP("common.plots", "Zoom"),
    QT_TRANSLATE_NOOP("common.plots", "Zoom to rectangle\nx/y fixes axis"),
    QT_TRANSLATE_NOOP("common.plots", "Customize"),
    QT_TRANSLATE_NOOP("common.plots", "Edit axis, curve and image parameters"),
)


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
        # Tab reaches the plot (its words for a screen reader, matplotlib's keys) and the
        # toolbar's buttons; a click does not take the focus from where the user typed.
        self.canvas.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.canvas.setAccessibleName(translate("common.plots", "Plot"))
        for button in self.toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
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

    def update_text_equivalent(self) -> None:
        """Name the plot after its axes' titles and describe each line in words
        (``model.readout.curve_text``) for a screen reader."""
        titles, lines = [], []
        for ax in self.figure.axes:
            title = ax.get_title(loc="left") or ax.get_title()
            if title:
                titles.append(title)
            for line in ax.get_lines():
                name = line.get_label()
                if name.startswith("_"):
                    continue
                name = f"{title}, {name}" if title else name
                lines.append(curve_text(name, line.get_xdata(), line.get_ydata()))
        name = titles[0] if titles else translate("common.plots", "Plot")
        for title in titles[1:]:
            name = translate("common.plots", "{first} and {second}").format(
                first=name, second=title
            )
        if self.canvas.accessibleName() != name:
            self.canvas.setAccessibleName(name)
        set_text_equivalent(
            self.canvas, "; ".join(lines) or translate("common.plots", "no values yet")
        )

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

    def stop_redrawing(self) -> None:
        """Stop the redraw timer for good (the window is closing)."""
        self._timer.stop()

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
        self.update_text_equivalent()
        if self._needs_full_redraw():
            # Blitting onto a background of other limits or size would mix two pictures.
            self.full_redraws += 1
            self.canvas.draw_idle()
            return
        self._blit()
