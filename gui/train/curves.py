"""The Train tab's "Learning curves": the loss of every batch as the run goes, and loss and
accuracy after each epoch, on the training digits and the held-out ones, each plot with its
Export button.

Both plots are ``PlotCanvas`` figures (``gui.common.plots``): lines blitted over cached axes
whose limits are fixed for the run at Start and grow only in rare steps. The smoothing and the
CSV export are computed in the core (``model.training.curves``).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.plots import PlotCanvas, style_axes
from gui.common.widgets import push_button
from gui.train.saving import save_file
from model.training.curves import history_csv, smoothed

TRAIN_COLOUR = style.ACCENT
VAL_COLOUR = "#f97316"
RAW_COLOUR = "#b7c1d1"
START_YTOP = 3.5


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
            translate(
                "train.curves", "Loss per batch: how wrong the network is, falling as it learns"
            ),
            translate("train.curves", "epochs"),
            translate("train.curves", "loss"),
        )
        each, smooth = (
            translate("train.curves", "each batch"),
            translate("train.curves", "smoothed"),
        )
        (self.raw_line,) = self.ax.plot([], [], color=RAW_COLOUR, linewidth=0.8, label=each)
        (self.smooth_line,) = self.ax.plot([], [], color=TRAIN_COLOUR, linewidth=1.8, label=smooth)
        self.add_legend(self.ax, "upper right", [(RAW_COLOUR, each), (TRAIN_COLOUR, smooth)])
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
        epoch = translate("train.curves", "epoch")
        style_axes(
            self.ax_loss,
            translate("train.curves", "Loss after each epoch"),
            epoch,
            translate("train.curves", "loss"),
        )
        style_axes(
            self.ax_acc,
            translate("train.curves", "Accuracy after each epoch"),
            epoch,
            translate("train.curves", "accuracy (%)"),
        )
        self.lines = {}
        train, val = (
            translate("train.curves", "training digits"),
            translate("train.curves", "validation digits"),
        )
        for ax, metric in ((self.ax_loss, "loss"), (self.ax_acc, "accuracy")):
            for prefix, colour, name in (("", TRAIN_COLOUR, train), ("val_", VAL_COLOUR, val)):
                (self.lines[prefix + metric],) = ax.plot(
                    [], [], "o-", color=colour, markersize=4, linewidth=1.6, label=name
                )
        self.add_legend(
            self.ax_acc,
            "lower right",
            [(TRAIN_COLOUR, train), (VAL_COLOUR, val)],
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
        return history_csv(self.history)


class LearningCurves(QWidget):
    """The two plots, one above the other, with their Export and History CSV buttons.

    Signals
    -------
    errorReported(str, str, str)
        A file could not be written.
    statusReported(str)
        A file was saved.
    """

    errorReported = Signal(str, str, str)
    statusReported = Signal(str)

    def __init__(
        self, loss_plot: LossPlot, epoch_plot: EpochPlot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.loss_plot, self.epoch_plot = loss_plot, epoch_plot
        # Each plot's own export sits in its toolbar row: no row of its own to take height.
        loss_plot.add_button(
            push_button(
                translate("train.curves", "Export…"),
                translate("train.curves", "Save the batch-loss plot as PNG or SVG"),
                lambda: self.choose_plot_path(loss_plot, "loss"),
            )
        )
        epoch_plot.add_button(
            push_button(
                translate("train.curves", "Export…"),
                translate("train.curves", "Save the epoch plot as PNG or SVG"),
                lambda: self.choose_plot_path(epoch_plot, "epochs"),
            )
        )
        epoch_plot.add_button(
            push_button(
                translate("train.curves", "History CSV…"),
                translate("train.curves", "Save each epoch's loss and accuracy as CSV"),
                self.choose_csv_path,
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(loss_plot, 3)
        layout.addWidget(epoch_plot, 2)

    def choose_plot_path(self, plot: PlotCanvas, stem: str) -> None:
        """Ask where to export ``plot`` (PNG or SVG), and export it."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("train.curves", "Export the plot"),
            f"{stem}.png",
            translate("train.curves", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path:
            save_file(self, lambda: plot.export(path), "plot", path)

    def choose_csv_path(self) -> None:
        """Ask where to save the epochs' history as CSV, and save it."""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("train.curves", "Export the history"), "history.csv", "CSV (*.csv)"
        )
        if path:
            from model.storage import atomic_write_text

            save_file(
                self,
                lambda: atomic_write_text(path, self.epoch_plot.history_csv()),
                "history",
                path,
            )
