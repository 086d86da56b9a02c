"""The "Shift" tab: your digit moved or tilted, and what that changes in the maps and the answer
(idea 6: max pooling adds tolerance)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.widgets import label
from gui.inspect.layers.panels.parts import caption, title
from model.i18n import number


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
        heading = title(translate("inspect.layers.panels.shift", "Move your digit: what changes?"))
        intro = caption(
            translate(
                "inspect.layers.panels.shift",
                "The same digit, moved a few pixels, is shown to the network again. Each number "
                "below says how much a layer's maps changed (0 % = identical). Pooled maps "
                "usually change less than the convolution maps before them, and the answer stays "
                "the same.",
            )
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
        buttons.addWidget(
            label(translate("inspect.layers.panels.shift", "Move it:"), "muted"), 0, 0
        )
        for i, (text, dr, dc) in enumerate(
            (
                (translate("inspect.layers.panels.shift", "1 px right"), 0, 1),
                (translate("inspect.layers.panels.shift", "2 px right"), 0, 2),
                (translate("inspect.layers.panels.shift", "3 px right"), 0, 3),
                (translate("inspect.layers.panels.shift", "2 px down"), 2, 0),
                (translate("inspect.layers.panels.shift", "2 px up-left"), -2, -2),
            )
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, r=dr, c=dc: self.shiftRequested.emit(r, c))
            buttons.addWidget(b, i // 3, 1 + i % 3)
        buttons.addWidget(
            label(translate("inspect.layers.panels.shift", "Or tilt it:"), "muted"), 2, 0
        )
        for i, (text, degrees) in enumerate(
            (
                (translate("inspect.layers.panels.shift", "10° anticlockwise"), 10.0),
                (translate("inspect.layers.panels.shift", "10° clockwise"), -10.0),
            )
        ):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, d=degrees: self.tiltRequested.emit(d))
            buttons.addWidget(b, 2, 1 + i)
        buttons.setColumnStretch(4, 1)
        return buttons

    def _build_load_row(self) -> QHBoxLayout:
        """The button that puts the moved digit on the canvas, and why a move disappears there."""
        self.load_button = QPushButton(
            translate("inspect.layers.panels.shift", "Load the moved digit into the canvas")
        )
        self.load_button.setToolTip(
            translate(
                "inspect.layers.panels.shift",
                "Put the moved digit on the Draw tab's canvas, like an opened image, "
                "to draw over it or watch the answer there",
            )
        )
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        load_note = caption(
            translate(
                "inspect.layers.panels.shift",
                "The Draw tab crops and centres every drawing again, so a move disappears there; "
                "a tilt stays.",
            )
        )
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_button)
        load_row.addWidget(load_note, 1)
        return load_row

    def moved_text(self) -> str:
        """How the shown digit was moved, in words: "moved 2 px right", "tilted 10°"."""
        r = self.result or {}
        if r.get("tilt"):
            if r["tilt"] > 0:
                text = translate("inspect.layers.panels.shift", "tilted {degrees}° anticlockwise")
            else:
                text = translate("inspect.layers.panels.shift", "tilted {degrees}° clockwise")
            return text.format(degrees=f"{abs(r['tilt']):g}")
        rows, cols = r.get("offset", (0, 0))
        down = (
            translate("inspect.layers.panels.shift", "{n} px down")
            if rows > 0
            else translate("inspect.layers.panels.shift", "{n} px up")
        )
        right = (
            translate("inspect.layers.panels.shift", "{n} px right")
            if cols > 0
            else translate("inspect.layers.panels.shift", "{n} px left")
        )
        vertical, across = down.format(n=abs(rows)), right.format(n=abs(cols))
        if rows and cols:
            text = translate("inspect.layers.panels.shift", "moved {down} and {right}")
        elif rows:
            text = translate("inspect.layers.panels.shift", "moved {down}")
        elif cols:
            text = translate("inspect.layers.panels.shift", "moved {right}")
        else:
            text = translate("inspect.layers.panels.shift", "moved 0 px")
        return text.format(down=vertical, right=across)

    def show_result(self, r: dict) -> None:
        """Show a ``gui.inspect.layers.jobs.shift_demo`` (or ``tilt_demo``) result."""
        self.result = r
        self.load_button.setEnabled(True)
        self.pictures.set_maps(
            np.stack([r["image"], r["shifted"]]),
            ColorScale.pixels(),
            [translate("inspect.layers.panels.shift", "your digit"), self.moved_text()],
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
                    np.stack([before, after]),
                    None,
                    [
                        translate("inspect.layers.panels.shift", "{layername} ch {channel}").format(
                            layername=names[0], channel=ch
                        ),
                        translate("inspect.layers.panels.shift", "after the move"),
                    ],
                )
        if convs:
            self.maps_caption.setText(
                translate(
                    "inspect.layers.panels.shift",
                    "The busiest map of the first convolution and of the "
                    "last pooling layer, before and after the move.",
                )
            )
        else:
            self.maps_caption.setText(
                translate(
                    "inspect.layers.panels.shift",
                    "This network has no convolution or pooling layers: it only sees 784 "
                    "separate pixel values, so there are no maps to compare. Compare its answer "
                    "below with a CNN's on the same move.",
                )
            )

    @staticmethod
    def _table_html(r: dict) -> str:
        """The change of every layer's maps, and the answer before and after, as HTML."""
        kinds = r["kinds"]
        conv, pool = (
            translate("inspect.layers.panels.shift", "convolution"),
            translate("inspect.layers.panels.shift", "pooling"),
        )
        rows = "".join(
            f"<tr><td>{n}</td><td>{conv if kinds[n] == 'conv' else pool}</td>"
            f"<td align='right'><b>{_pct(r['changes'][n])} %</b></td>"
            f"<td align='right'>{_pct(r['report']['mean'][n])} %</td></tr>"
            for n in kinds
        )
        rep = r["report"]
        same = r["shifted_label"] == r["label"]
        label_b = r["shifted_label"]
        if same:
            now = translate("inspect.layers.panels.shift", "still {label}").format(label=label_b)
        else:
            now = translate("inspect.layers.panels.shift", "now {label}").format(label=label_b)
        verdict = f"<b style='color:{style.GOOD if same else style.BAD}'>{now}</b>"
        table = ""
        if rows:
            heads = translate(
                "inspect.layers.panels.shift",
                "<th align='left'>layer</th><th align='left'>kind</th><th>this move</th>"
                "<th>average of 12 moves</th>",
            )
            table = f"<table cellspacing='6'><tr>{heads}</tr>{rows}</table>"
        summary = translate(
            "inspect.layers.panels.shift",
            "Answer: {label} ({pct} %) → {verdict} ({pct_b} %). Over {n} moves of "
            "1–3 pixels in four directions the answer stayed the same in {kept} % of them.",
        ).format(
            label=r["label"],
            pct=_pct(r["confidence"]),
            verdict=verdict,
            pct_b=_pct(r["shifted_confidence"]),
            n=rep["shifts"],
            kept=_pct(rep["label_kept"]),
        )
        if np.isfinite(rep["conv"]) and np.isfinite(rep["pool"]):
            summary += translate(
                "inspect.layers.panels.shift",
                " On average the convolution maps changed by {conv} %, the pooled maps by "
                "{pool} %.",
            ).format(conv=_pct(rep["conv"]), pool=_pct(rep["pool"]))
        return f"{table}<p style='font-size:13px'>{summary}</p>"

    def _on_load_button_clicked(self) -> None:
        if self.result is not None:
            words = translate("inspect.layers.panels.shift", "Your digit, {moved}").format(
                moved=self.moved_text()
            )
            self.loadRequested.emit(self.result["shifted"], words)


def _pct(fraction: float) -> str:
    """A fraction as a whole percentage number, in the language's way (without the sign)."""
    return number(fraction * 100, 0)
