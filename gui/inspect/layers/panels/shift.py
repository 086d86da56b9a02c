"""The "Shift" tab: your digit moved or tilted, and what that changes in the maps and the answer
(idea 6: max pooling adds tolerance)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.common import style
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.widgets import label
from gui.inspect.layers.panels.parts import caption, title


class ShiftDemoPanel(QWidget):
    """Move the digit a few pixels: conv maps change a lot, pooled maps less, the answer holds.

    Signals
    -------
    shiftRequested(int, int)
        The user asked for a shift of (rows, cols) pixels.
    tiltRequested(float)
        The user asked for the digit turned this many degrees (anticlockwise).
    loadRequested(object, str)
        The user asked for the moved 28x28 digit on the canvas, with words naming it.
    """

    shiftRequested = Signal(int, int)
    tiltRequested = Signal(float)
    loadRequested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        heading = title("Move your digit: what changes?")
        intro = caption(
            "The same digit, moved a few pixels, is shown to the network again. Each number "
            "below says how much a layer's maps changed (0 % = identical). Pooled maps usually "
            "change less than the convolution maps before them, and the answer stays the same."
        )
        self.pictures = MapGrid(min_size=QSize(300, 150))
        self.pictures.setFixedHeight(150)
        self.maps = MapGrid(min_size=QSize(200, 150))
        self.maps.setFixedHeight(150)
        self.pool_maps = MapGrid(min_size=QSize(200, 150))
        self.pool_maps.setFixedHeight(150)
        self.maps_caption = caption()
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(self._build_moves())
        layout.addWidget(self.pictures)
        layout.addLayout(self._build_load_row())
        layout.addWidget(self.maps_caption)
        maps_row = QHBoxLayout()
        maps_row.addWidget(self.maps)
        maps_row.addWidget(self.pool_maps)
        layout.addLayout(maps_row)
        layout.addWidget(self.table)
        layout.addStretch(1)

    def _build_moves(self) -> QGridLayout:
        """The buttons that move or tilt the digit."""
        # Moves and tilts in a grid of three columns: one row of five buttons made the panel
        # wider than the half window it has at 1366 px.
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        buttons.addWidget(label("Move it:", "muted"), 0, 0)
        for i, (text, dr, dc) in enumerate(
            (
                ("1 px right", 0, 1),
                ("2 px right", 0, 2),
                ("3 px right", 0, 3),
                ("2 px down", 2, 0),
                ("2 px up-left", -2, -2),
            )
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, r=dr, c=dc: self.shiftRequested.emit(r, c))
            buttons.addWidget(b, i // 3, 1 + i % 3)
        buttons.addWidget(label("Or tilt it:", "muted"), 2, 0)
        for i, (text, degrees) in enumerate(
            (("10° anticlockwise", 10.0), ("10° clockwise", -10.0))
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, d=degrees: self.tiltRequested.emit(d))
            buttons.addWidget(b, 2, 1 + i)
        buttons.setColumnStretch(4, 1)
        return buttons

    def _build_load_row(self) -> QHBoxLayout:
        """The button that puts the moved digit on the canvas, and why a move disappears there."""
        self.load_button = QPushButton("Load the moved digit into the canvas")
        self.load_button.setToolTip(
            "Put the moved digit on the Draw tab's canvas, like an opened image, "
            "to draw over it or watch the answer there"
        )
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        load_note = caption(
            "The Draw tab crops and centres every drawing again, so a move disappears there; "
            "a tilt stays."
        )
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_button)
        load_row.addWidget(load_note, 1)
        return load_row

    def moved_text(self) -> str:
        """How the shown digit was moved, in words: "moved 2 px right", "tilted 10°"."""
        r = self.result or {}
        if r.get("tilt"):
            turn = "anticlockwise" if r["tilt"] > 0 else "clockwise"
            return f"tilted {abs(r['tilt']):g}° {turn}"
        rows, cols = r.get("offset", (0, 0))
        parts = [f"{abs(rows)} px {'down' if rows > 0 else 'up'}"] if rows else []
        parts += [f"{abs(cols)} px {'right' if cols > 0 else 'left'}"] if cols else []
        return "moved " + (" and ".join(parts) or "0 px")

    def show_result(self, r: dict) -> None:
        """Show a ``gui.inspect.layers.jobs.shift_demo`` (or ``tilt_demo``) result."""
        self.result = r
        self.load_button.setEnabled(True)
        self.pictures.set_maps(
            np.stack([r["image"], r["shifted"]]),
            ColorScale.pixels(),
            ["your digit", self.moved_text()],
        )
        self._show_maps(r)
        self.table.setText(self._table_html(r))

    def _show_maps(self, r: dict) -> None:
        """The busiest map of the first convolution and the last pooling, before and after."""
        kinds = r["kinds"]
        convs = [n for n in kinds if kinds[n] == "conv"]
        pools = [n for n in kinds if kinds[n] == "pool"]
        for grid, names in ((self.maps, convs[:1]), (self.pool_maps, pools[-1:])):
            grid.setVisible(bool(names))
            if names:
                before, after, ch = r["maps"][names[0]]
                grid.set_maps(
                    np.stack([before, after]), None, [f"{names[0]} ch {ch}", "after the move"]
                )
        if convs:
            self.maps_caption.setText(
                "The busiest map of the first convolution and of the "
                "last pooling layer, before and after the move."
            )
        else:
            self.maps_caption.setText(
                "This network has no convolution or pooling layers: it only sees 784 separate "
                "pixel values, so there are no maps to compare. Compare its answer below with "
                "a CNN's on the same move."
            )

    @staticmethod
    def _table_html(r: dict) -> str:
        """The change of every layer's maps, and the answer before and after, as HTML."""
        kinds = r["kinds"]
        rows = "".join(
            f"<tr><td>{n}</td><td>{'convolution' if kinds[n] == 'conv' else 'pooling'}</td>"
            f"<td align='right'><b>{r['changes'][n] * 100:.0f} %</b></td>"
            f"<td align='right'>{r['report']['mean'][n] * 100:.0f} %</td></tr>"
            for n in kinds
        )
        rep = r["report"]
        same = r["shifted_label"] == r["label"]
        verdict = (
            f"<b style='color:{style.GOOD if same else style.BAD}'>"
            f"{'still ' if same else 'now '}{r['shifted_label']}</b>"
        )
        table = ""
        if rows:
            table = (
                "<table cellspacing='6'><tr><th align='left'>layer</th><th align='left'>"
                "kind</th><th>this move</th><th>average of 12 moves</th></tr>"
                f"{rows}</table>"
            )
        summary = (
            f"Answer: {r['label']} ({r['confidence'] * 100:.0f} %) → {verdict} "
            f"({r['shifted_confidence'] * 100:.0f} %). Over {rep['shifts']} moves of "
            f"1–3 pixels in four directions the answer stayed the same in "
            f"{rep['label_kept'] * 100:.0f} % of them."
        )
        if np.isfinite(rep["conv"]) and np.isfinite(rep["pool"]):
            summary += (
                f" On average the convolution maps changed by {rep['conv'] * 100:.0f} %,"
                f" the pooled maps by {rep['pool'] * 100:.0f} %."
            )
        return f"{table}<p style='font-size:13px'>{summary}</p>"

    def _on_load_button_clicked(self) -> None:
        if self.result is not None:
            self.loadRequested.emit(self.result["shifted"], f"Your digit, {self.moved_text()}")
