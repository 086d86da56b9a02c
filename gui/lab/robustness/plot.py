"""``RobustnessPlot``: accuracy against shift and against rotation, one line per model."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.plots import PlotCanvas, style_axes
from gui.lab.robustness.answer_column import COMPARISON_COLOUR, CURRENT_COLOUR


class RobustnessPlot(PlotCanvas):
    """Accuracy against shift and against rotation, one line per model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6.0, 2.6, parent)
        self.canvas.setMinimumHeight(230)
        self.ax_shift, self.ax_rotation = self.figure.subplots(1, 2, sharey=True)
        self.set_margins(left=46, right=12, top=26, bottom=40, wspace=14)
        style_axes(
            self.ax_shift,
            translate("lab.robustness.plot", "Moved further: accuracy"),
            translate("lab.robustness.plot", "shift (pixels, random direction)"),
            "%",
        )
        style_axes(
            self.ax_rotation,
            translate("lab.robustness.plot", "Turned further: accuracy"),
            translate("lab.robustness.plot", "rotation (degrees, + anticlockwise)"),
            "",
        )
        self.lines: dict[tuple[str, str], Any] = {}
        for ax in (self.ax_shift, self.ax_rotation):
            ax.axhline(10, color=style.CARD_BORDER, linestyle="--", linewidth=1)
            ax.set_ylim(0, 102)
        self.ax_shift.text(
            0.1, 12, translate("lab.robustness.plot", "guessing"), fontsize=7, color=style.MUTED
        )
        for role, colour in (("current", CURRENT_COLOUR), ("comparison", COMPARISON_COLOUR)):
            for kind, ax in (("shift", self.ax_shift), ("rotation", self.ax_rotation)):
                (self.lines[role, kind],) = ax.plot(
                    [], [], "o-", color=colour, markersize=4, linewidth=1.8
                )
        self.result: dict | None = None
        self.names: dict[str, str] = {}
        self._version = 0

    def set_result(self, result: dict | None, names: dict[str, str] | None = None) -> None:
        """Show a ``robustness_curve`` result whose models are keyed "current"/"comparison"."""
        self.result, self.names = result, dict(names or {})
        self._version += 1
        self.mark_dirty()

    def line_data(self, role: str, kind: str) -> tuple[np.ndarray, np.ndarray]:
        """The (x, accuracy %) drawn for a model ("current"/"comparison") and kind."""
        x, y = self.lines[role, kind].get_data()
        return np.asarray(x), np.asarray(y)

    def update_artists(self) -> tuple:
        r = self.result or {"shifts": [], "rotations": [], "models": {}}
        for (role, kind), line in self.lines.items():
            curve = r["models"].get(role)
            if curve is None:
                line.set_data([], [])
                line.set_label("_hidden")
                continue
            y = np.asarray(curve[f"accuracy_vs_{kind}"], np.float64) * 100.0
            line.set_data(np.asarray(r[f"{kind}s"], np.float64), y)
            line.set_label(self.names.get(role, role))
        if r["shifts"]:
            self.ax_shift.set_xlim(min(r["shifts"]) - 0.2, max(r["shifts"]) + 0.2)
        if r["rotations"]:
            self.ax_rotation.set_xlim(min(r["rotations"]) - 3, max(r["rotations"]) + 3)
        legend = self.ax_shift.get_legend()
        if legend is not None:
            legend.remove()
        if r["models"]:
            self.ax_shift.legend(loc="upper right", fontsize=8, frameon=False)
        # A new result changes the legend and the axes: every change is a full redraw (rare).
        return (self._version,)
