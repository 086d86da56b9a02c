"""The inspector's explanation panels: one CNN step each, shown on the user's own digit.

Panels only display: they receive plain dicts computed in the model worker by
``gui.inspect.jobs`` (which calls ``model.explain``) and turn them into pictures and sentences.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.maps.legend import ColorLegend
from gui.common.widgets import label
from model.explain import round_to_add_up
from model.words import count

FIELD = "#22c55e"  # receptive fields and windows: green on every picture
WINNER = "#f59e0b"  # the value max pooling keeps


def _title(text: str) -> QLabel:
    # Every label of a panel wraps: a panel must fit the narrowest window's half (see
    # tests/test_gui_text_fits.py), and a label that does not wrap sets its width.
    return label(text, "heading", wrap=True)


def _caption(text: str = "") -> QLabel:
    return label(text, "caption", wrap=True)


def _grid(size: int, numbers: bool = False, names: str = "map") -> MapGrid:
    grid = MapGrid(numbers=numbers, min_size=QSize(size, size), tile_names=names)
    grid.setFixedSize(size, size)
    return grid


def _column(title: str, widget: QWidget, caption: QLabel | None = None) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    head = label(title, "muted", wrap=True)
    head.setAlignment(Qt.AlignmentFlag.AlignCenter)
    # No wider than the picture under it: a long title wraps instead of widening the panel.
    head.setMaximumWidth(max(widget.minimumWidth(), 120))
    box.addWidget(head)
    box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    if caption is not None:
        box.addWidget(caption)
    return box


def _symbol(text: str) -> QLabel:
    sym = QLabel(text)
    font = QFont(sym.font())
    font.setPixelSize(22)
    font.setBold(True)
    sym.setFont(font)
    sym.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return sym


class ConvExplanationPanel(QWidget):
    """One value of a conv feature map: window x weights = products, summed, + bias, ReLU.

    Signals
    -------
    slideStepped(int, int)
        The sliding-filter animation moved to (row, col); the inspector explains it.
    """

    slideStepped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.heading = _title("Click a value of a convolution's feature map")
        self.intro = _caption(
            "A filter is a small grid of weights. It sits on a window of its input; each input "
            "value is multiplied by the weight on top of it and everything is added up, plus a "
            "bias. That one number becomes one pixel of the feature map."
        )
        self.input_view = _grid(150)
        self.patch = _grid(132, numbers=True)
        self.kernel = _grid(132, numbers=True)
        self.products = _grid(132, numbers=True)
        self.patch_title = label("Window of the input", "muted", wrap=True)
        self.patch_title.setMaximumWidth(132)
        self.channel_box = QComboBox()
        self.channel_box.setToolTip("Which input channel's window and weights to show")
        self.channel_box.currentIndexChanged.connect(self._on_channel_box_changed)
        self.sums = MapGrid(numbers=True, min_size=QSize(200, 40), tile_names="channel")
        self.sums.setFixedHeight(64)
        self.sums_caption = _caption()
        self.equation = QLabel()
        self.equation.setTextFormat(Qt.TextFormat.RichText)
        self.equation.setWordWrap(True)
        self.products_note = _caption()
        self.rounding_note = _caption()
        self.relu_note = _caption()
        self._decimals = 3
        self._shown_total = self._shown_bias = self._shown_pre = 0.0
        self._shown_sums = np.zeros(0)
        self.built = _grid(150)
        self.slide_button = QPushButton("▶ Slide the filter")
        self.slide_button.setToolTip(
            "Move the filter over every position and watch the "
            "feature map being built, value by value"
        )
        self.slide_button.setCheckable(True)
        self.slide_button.toggled.connect(self._on_slide_button_toggled)
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._slide_at = 0
        self._map: np.ndarray | None = None

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(_column("Input 28×28, green: what this value sees", self.input_view))
        top.addStretch(1)
        built = _column("This feature map being built", self.built)
        built.addWidget(self.slide_button, 0, Qt.AlignmentFlag.AlignHCenter)
        top.addLayout(built)

        maths = QHBoxLayout()
        maths.setSpacing(4)
        patch_col = QVBoxLayout()
        patch_col.setSpacing(2)
        self.patch_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        patch_col.addWidget(self.patch_title)
        patch_col.addWidget(self.patch, 0, Qt.AlignmentFlag.AlignHCenter)
        maths.addLayout(patch_col)
        maths.addWidget(_symbol("×"))
        maths.addLayout(_column("Filter weights", self.kernel))
        maths.addWidget(_symbol("="))
        maths.addLayout(_column("Products", self.products))
        maths.addStretch(1)

        channel_row = QHBoxLayout()
        channel_row.addWidget(label("Input channel shown:", "muted"))
        channel_row.addWidget(self.channel_box)
        channel_row.addStretch(1)
        self.channel_row = QWidget()
        self.channel_row.setLayout(channel_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.channel_row)
        layout.addLayout(maths)
        layout.addWidget(self.products_note)
        layout.addWidget(self.sums_caption)
        layout.addWidget(self.sums)
        layout.addWidget(self.equation)
        layout.addWidget(self.relu_note)
        layout.addWidget(self.rounding_note)
        layout.addStretch(1)
        self.channel_row.hide()
        self.sums.hide()

    def set_feature_map(self, layer_map: np.ndarray | None, scale: ColorScale | None) -> None:
        """The whole map of the explained channel (from the forward pass), for the slide."""
        self._map = layer_map
        if layer_map is None:
            self.built.clear()
        else:
            self.built.set_maps(layer_map, scale)

    def show_result(self, result: dict, image: np.ndarray, source: str) -> None:
        """Show a ``gui.inspect.jobs.explain_value`` result of kind 'conv'.

        Every number is shown rounded so that what is shown adds up: the products of a
        channel to that channel's sum, the channels' sums to the total
        (``model.explain.round_to_add_up``).
        """
        self.result = result
        self._rounded(result)
        row, col = result["position"]
        self.heading.setText(
            f"{result['layer']}, filter {result['channel']}: row {row}, column {col}"
        )
        top, left, h, w = result["field"]
        self.input_view.set_maps(image, ColorScale.pixels())
        self.input_view.set_boxes([(0, top, left, h, w, FIELD)])
        self.built.set_selected((0, row, col))
        cin = result["patch"].shape[2]
        self.channel_box.blockSignals(True)
        self.channel_box.clear()
        order = np.argsort(-np.abs(result["channel_sums"]), kind="stable")
        d = self._decimals
        for k in order:
            self.channel_box.addItem(f"{k}  (adds {self._shown_sums[k] + 0.0:+.{d}f})", int(k))
        self.channel_box.setCurrentIndex(0)
        self.channel_box.blockSignals(False)
        self.channel_row.setVisible(cin > 1)
        self.sums.setVisible(cin > 1)
        self._source = source
        if cin > 1:
            sums = self._shown_sums
            cols = 12
            padded = np.full(int(np.ceil(cin / cols)) * cols, np.nan)
            padded[:cin] = sums
            self.sums.set_maps(padded.reshape(-1, cols), ColorScale.for_values(sums, True))
            self.sums_caption.setText(
                f"The filter is {cin} layers deep: one {h}×{w}-pixel view per input channel. "
                f"Each channel's products add up to one number (below, channel 0 first, "
                f"row by row; hover to read it); the {cin} sums added together give the total."
            )
        else:
            self.sums_caption.setText("")
        self._show_channel(int(order[0]))
        self._show_equation(result)

    def _rounded(self, r: dict) -> None:
        """The numbers as shown: ``_decimals`` places, rounded so that they add up."""
        kh, kw = r["kernel"].shape[:2]
        # Three decimals fit the cells of a 3x3 window; larger windows have smaller cells.
        self._decimals = d = 3 if max(kh, kw) <= 3 else 2
        self._shown_total = round(float(r["total"]), d)
        self._shown_sums = round_to_add_up(r["channel_sums"], d, self._shown_total)
        self._shown_bias = round(float(r["bias"]), d)
        # The sum of the shown numbers, not the exact sum rounded: what a hand check gives.
        self._shown_pre = round(self._shown_total + self._shown_bias, d)

    def _show_channel(self, k: int) -> None:
        r = self.result
        if r is None:
            return
        d = self._decimals
        cin = r["patch"].shape[2]
        patch, kernel, products = (r[name][..., k] for name in ("patch", "kernel", "products"))
        shown = round_to_add_up(products, d, self._shown_sums[k])
        if cin == 1:
            self.patch_title.setText("Window of the input (0 = black, 1 = white)")
            self.patch.set_maps(np.round(patch, d), ColorScale.pixels())
            self.products_note.setText(
                f"The {count(products.size, 'product')} add up to "
                f"{self._shown_total + 0.0:.{d}f}, the sum of products below."
            )
        else:
            self.patch_title.setText(f"Window of {self._source}, channel {k}")
            self.patch.set_maps(np.round(patch, d), ColorScale.for_values(patch))
            self.products_note.setText(
                f"Channel {k}'s {count(products.size, 'product')} add up to "
                f"{self._shown_sums[k] + 0.0:+.{d}f}, its share of the sum below."
            )
        self.kernel.set_maps(np.round(kernel, d), ColorScale.for_values(kernel, True))
        self.products.set_maps(shown, ColorScale.for_values(products, True))
        for grid in (self.patch, self.kernel, self.products):
            grid.set_numbers(True, d)

    def _show_equation(self, r: dict) -> None:
        d = self._decimals
        total, bias, pre = self._shown_total, self._shown_bias, self._shown_pre
        act = r["activation"]
        # ReLU of the shown sum, so the line checks by hand; any other activation's value as
        # computed (its digits cannot be checked by hand anyway).
        value = max(pre, 0.0) if act == "relu" else float(r["value"])
        sign = "+" if bias >= 0 else "−"
        colour = style.GOOD if value > 0 else style.MUTED
        what = (
            "sum of products"
            if r["patch"].shape[2] == 1
            else f"sum over the {r['patch'].shape[2]} channels"
        )
        self.equation.setText(
            f"<span style='font-size:15px'>{what} <b>{total + 0.0:.{d}f}</b> {sign} bias "
            f"<b>{abs(bias):.{d}f}</b> = <b>{pre + 0.0:.{d}f}</b> &nbsp;→ {act} → "
            f"<b style='color:{colour}'>{value + 0.0:.{d}f}</b></span>"
        )
        self.rounding_note.setText(
            f"Numbers are rounded to {count(d, 'decimal')}; the products are rounded so that "
            "they add up exactly to the sums shown."
        )
        if act == "relu" and pre < 0:
            self.relu_note.setText(
                f"The sum is negative ({pre:.{d}f}), so ReLU clamps it to 0: "
                "this filter found nothing it is looking for here."
            )
        elif act == "relu":
            self.relu_note.setText(
                "The sum is positive, so ReLU lets it through unchanged: "
                "the filter found some of its pattern here."
            )
        elif act == "linear":
            self.relu_note.setText(
                "This layer has no activation of its own; the next layers "
                "(batch normalisation, then ReLU) act on this number."
            )
        else:
            self.relu_note.setText(f"The {act} activation turns the sum into the value.")

    def _on_channel_box_changed(self, index: int) -> None:
        if index >= 0:
            self._show_channel(int(self.channel_box.itemData(index)))

    # ------------------------------------------------------------------ sliding filter

    def _on_slide_button_toggled(self, on: bool) -> None:
        if on and self._map is not None:
            self._slide_at = 0
            self._timer.start()
            self.slide_button.setText("■ Stop")
        else:
            self._timer.stop()
            self.built.set_reveal(None)
            self.slide_button.setText("▶ Slide the filter")
            if self.slide_button.isChecked():
                self.slide_button.setChecked(False)

    def _on_timer_timeout(self) -> None:
        if self._map is None:
            self.slide_button.setChecked(False)
            return
        h, w = self._map.shape
        if self._slide_at >= h * w:
            self.slide_button.setChecked(False)
            return
        row, col = divmod(self._slide_at, w)
        self._slide_at += 1
        self.built.set_reveal(self._slide_at)
        self.slideStepped.emit(row, col)

    def stop(self) -> None:
        self.slide_button.setChecked(False)


class PoolExplanationPanel(QWidget):
    """One value of a pooled map: its window in the previous map and the winner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.heading = _title("Click a value of a pooling layer's map")
        intro = _caption(
            "Max pooling shrinks a map: it looks at a small window (here marked green) and "
            "keeps only the largest value, the winner (orange). If the digit moves by a pixel, "
            "the winner usually stays in the same window, so the pooled map barely changes."
        )
        self.previous = _grid(170)
        self.window = _grid(110, numbers=True)
        self.pooled = _grid(110)
        self.previous_title = label("Previous map", "muted", wrap=True)
        self.previous_title.setMaximumWidth(170)
        self.answer = QLabel()
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setWordWrap(True)
        row = QHBoxLayout()
        col = QVBoxLayout()
        self.previous_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.previous_title)
        col.addWidget(self.previous)
        row.addLayout(col)
        row.addWidget(_symbol("→"))
        row.addLayout(_column("The window", self.window))
        row.addWidget(_symbol("→"))
        row.addLayout(_column("Pooled map", self.pooled))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.answer)
        layout.addStretch(1)

    def show_result(self, result: dict, previous: np.ndarray, pooled: np.ndarray) -> None:
        """Show a pooling result with the previous map's channel and the pooled channel."""
        self.result = result
        row, col = result["position"]
        ch = result["channel"]
        self.heading.setText(f"{result['layer']}, channel {ch}: row {row}, column {col}")
        scale = ColorScale.for_values(previous)
        self.previous_title.setText(f"{result['source_layer']}, channel {ch}")
        top, left, h, w = result["window"]
        self.previous.set_maps(previous, scale)
        self.previous.set_boxes([(0, top, left, h, w, FIELD)])
        # Three decimals, as the sentence below gives the winner (or the mean).
        self.window.set_maps(np.round(result["values"], 3), scale)
        self.window.set_numbers(True, 3)
        self.pooled.set_maps(pooled, scale)
        self.pooled.set_selected((0, row, col))
        if result["winner"] is not None:
            wr, wc = result["winner"]
            self.previous.set_marks([(0, wr, wc, WINNER)])
            self.window.set_marks([(0, wr - top, wc - left, WINNER)])
            self.answer.setText(
                f"<span style='font-size:14px'>The largest of the {count(h * w, 'value')} is "
                f"<b style='color:{WINNER}'>{result['value']:.3f}</b> (row {wr}, column {wc} "
                f"of {result['source_layer']}): it becomes the pooled value; the others are "
                "dropped.</span>"
            )
        else:
            self.previous.set_marks([])
            self.window.set_marks([])
            self.answer.setText(
                f"<span style='font-size:14px'>Average pooling: the mean of "
                f"the {count(h * w, 'value')}, <b>{result['value']:.3f}</b>, becomes "
                "the pooled value.</span>"
            )


class ReluPanel(QWidget):
    """A conv map before and after ReLU, on one colour scale so the clamped zeros show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _title("ReLU: negative values become zero")
        intro = _caption(
            "Before the activation a feature map has positive values (red: the filter's pattern "
            "is there) and negative ones (blue: the opposite). ReLU replaces every negative "
            "value by zero (white) and keeps the positive ones, so only real detections remain."
        )
        self.before = _grid(200)
        self.after = _grid(200)
        self.legend = ColorLegend()
        self.summary = _caption()
        row = QHBoxLayout()
        row.addLayout(_column("Before ReLU", self.before))
        row.addWidget(_symbol("→"))
        row.addLayout(_column("After ReLU", self.after))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def show_maps(
        self, layer: str, channel: int, before: np.ndarray, after: np.ndarray, note: str = ""
    ) -> None:
        scale = ColorScale.for_values(np.concatenate([before.ravel(), after.ravel()]), True)
        self.heading.setText(f"ReLU on {layer}, filter {channel}")
        self.before.set_maps(before, scale)
        self.after.set_maps(after, scale)
        self.legend.set_scale(scale, "blue below zero, white zero, red above")
        negative = int((before < 0).sum())
        self.summary.setText(
            f"{negative} of {count(before.size, 'value')} "
            f"{'was' if negative == 1 else 'were'} negative and became 0. " + note
        )

    def show_message(self, text: str) -> None:
        self.heading.setText("ReLU")
        self.before.clear()
        self.after.clear()
        self.legend.set_scale(None)
        self.summary.setText(text)


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
        heading = _title("Move your digit: what changes?")
        intro = _caption(
            "The same digit, moved a few pixels, is shown to the network again. Each number "
            "below says how much a layer's maps changed (0 % = identical). Pooled maps usually "
            "change less than the convolution maps before them, and the answer stays the same."
        )
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
        self.load_button = QPushButton("Load the moved digit into the canvas")
        self.load_button.setToolTip(
            "Put the moved digit on the Draw tab's canvas, like an opened image, "
            "to draw over it or watch the answer there"
        )
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        load_note = _caption(
            "The Draw tab crops and centres every drawing again, so a move disappears there; "
            "a tilt stays."
        )
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_button)
        load_row.addWidget(load_note, 1)
        self.pictures = MapGrid(min_size=QSize(300, 150))
        self.pictures.setFixedHeight(150)
        self.maps = MapGrid(min_size=QSize(200, 150))
        self.maps.setFixedHeight(150)
        self.pool_maps = MapGrid(min_size=QSize(200, 150))
        self.pool_maps.setFixedHeight(150)
        self.maps_caption = _caption()
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.pictures)
        layout.addLayout(load_row)
        layout.addWidget(self.maps_caption)
        maps_row = QHBoxLayout()
        maps_row.addWidget(self.maps)
        maps_row.addWidget(self.pool_maps)
        layout.addLayout(maps_row)
        layout.addWidget(self.table)
        layout.addStretch(1)

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
        self.result = r
        self.load_button.setEnabled(True)
        self.pictures.set_maps(
            np.stack([r["image"], r["shifted"]]),
            ColorScale.pixels(),
            ["your digit", self.moved_text()],
        )
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
        self.table.setText(f"{table}<p style='font-size:13px'>{summary}</p>")

    def _on_load_button_clicked(self) -> None:
        if self.result is not None:
            self.loadRequested.emit(self.result["shifted"], f"Your digit, {self.moved_text()}")


class TopPatchesPanel(QWidget):
    """The pieces of MNIST test digits that excite one filter most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _title("What this filter looks for")
        self.intro = _caption(
            "The network looked at 2,000 test digits. These are the pieces of them (each one "
            "exactly the part of the image this filter can see) that made the filter respond "
            "most strongly. Early layers respond to short edges and strokes; later layers to "
            "bigger shapes made of them."
        )
        self.patches = MapGrid(min_size=QSize(300, 300), tile_names="patch")
        self.status = _caption()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.patches, 1)

    def show_waiting(self, layer: str, channel: int) -> None:
        self.heading.setText(f"What {layer}, filter {channel} looks for")
        self.status.setText("Searching 2,000 test digits in the background…")
        self.patches.clear()

    def show_result(self, r: dict) -> None:
        self.heading.setText(f"What {r['layer']}, filter {r['channel']} looks for")
        h, w = r["patches"].shape[1:]
        self.status.setText(
            f"The {len(r['values'])} strongest responses among {r['searched']} "
            f"test digits; each piece is the {h}×{w}-pixel part of a digit the "
            "filter sees."
        )
        self.patches.set_maps(r["patches"], ColorScale.pixels(), [f"{v:.2f}" for v in r["values"]])

    def show_message(self, text: str) -> None:
        self.heading.setText("What a filter looks for")
        self.status.setText(text)
        self.patches.clear()


class ContributionBars(QWidget):
    """Horizontal bars of signed contributions with a label each: red up, blue down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float]] = []
        self.decimals = 2
        self.setMinimumHeight(40)

    def set_rows(self, rows: list[tuple[str, float]]) -> None:
        self._rows = rows
        self.setMinimumHeight(18 * len(rows) + 4)
        self.update()

    @property
    def rows(self) -> list[tuple[str, float]]:
        return list(self._rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        biggest = max(abs(v) for _, v in self._rows) or 1.0
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(text) for text, _ in self._rows) + 12.0
        value_w = metrics.horizontalAdvance("+00.00") + 8.0
        track = max(20.0, self.width() - label_w - value_w - 6)
        for i, (text, v) in enumerate(self._rows):
            y = 2 + i * 18
            painter.setPen(QColor(style.TEXT))
            painter.drawText(
                QRectF(0, y, label_w - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            width = abs(v) / biggest * track
            painter.fillRect(
                QRectF(label_w, y + 3, width, 11), QColor("#ef4444" if v > 0 else "#3b82f6")
            )
            painter.drawText(
                QRectF(label_w + width + 4, y, value_w, 16),
                Qt.AlignmentFlag.AlignVCenter,
                f"{v + 0.0:+.{self.decimals}f}",
            )
        painter.end()


def _step_title(text: str) -> QLabel:
    title = label(text, "muted", wrap=True)
    font = QFont(title.font())
    font.setBold(True)
    title.setFont(font)
    return title


class DecisionPanel(QWidget):
    """Flatten and decide, as four steps: the row of features, what each number in it did to
    the winner's score (in the same places), the dense layers adding it all up, and the scores
    becoming probabilities, with the feature maps that pushed the answer up and down."""

    # Feature maps (or pixels) shown as bars: the strongest pushes up, then down.
    UP, DOWN = 6, 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.heading = _title("Flatten, then decide")
        self.flat_caption = _caption()
        self.strip = MapGrid(min_size=QSize(300, 70), gap=0, tile_names="row")
        self.strip.setFixedHeight(84)
        self.push_caption = _caption()
        self.push_strip = MapGrid(min_size=QSize(300, 70), gap=0, tile_names="row")
        self.push_strip.setFixedHeight(84)
        self.push_legend = ColorLegend()
        self.dense_caption = _caption()
        self.scores = QLabel()
        self.scores.setTextFormat(Qt.TextFormat.RichText)
        self.scores.setWordWrap(True)
        self.bars_caption = _caption()
        self.bars = ContributionBars()
        self.sum_line = QLabel()
        self.sum_line.setTextFormat(Qt.TextFormat.RichText)
        self.sum_line.setWordWrap(True)
        self.note = _caption()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(5)
        layout.addWidget(self.heading)
        self.titles = [
            _step_title("1 · Flatten: the maps become one row of numbers"),
            _step_title("2 · The dense layers add it all up"),
            _step_title("3 · The highest score wins"),
            _step_title("4 · What pushed the answer up, what held it down"),
        ]
        layout.addWidget(self.titles[0])
        layout.addWidget(self.flat_caption)
        layout.addWidget(self.strip)
        layout.addWidget(self.push_caption)
        layout.addWidget(self.push_strip)
        layout.addWidget(self.push_legend)
        layout.addWidget(self.titles[1])
        layout.addWidget(self.dense_caption)
        layout.addWidget(self.titles[2])
        layout.addWidget(self.scores)
        layout.addWidget(self.titles[3])
        layout.addWidget(self.bars_caption)
        layout.addWidget(self.bars)
        layout.addWidget(self.sum_line)
        layout.addWidget(self.note)
        layout.addStretch(1)

    @staticmethod
    def _rows(vector: np.ndarray, width: int) -> np.ndarray:
        padded = np.full(int(np.ceil(vector.size / width)) * width, np.nan)
        padded[: vector.size] = vector
        return padded.reshape(-1, width)

    def show_result(self, r: dict) -> None:
        """Show a ``gui.inspect.jobs.decision`` result."""
        self.result = r
        if "unsupported" in r:
            self._show_unsupported(r)
            return
        for widget in (self.push_caption, self.push_strip, self.push_legend, self.bars):
            widget.show()
        digit, source, (h, w, c) = r["unit"], r["source_layer"], r["source_shape"]
        raw = source is None
        n = r["features"].size
        width = 112 if raw else 100
        self.heading.setText(f"Flatten, then decide: why “{digit}”")
        self.strip.set_maps(self._rows(r["features"], width), ColorScale.pixels() if raw else None)
        if raw:
            self.flat_caption.setText(
                f"The 28×28 image unrolled into one row of {n} numbers (shown wrapped, {width} "
                "per line: four image rows each). Nothing in this row says which pixel was "
                "above which."
            )
        else:
            self.flat_caption.setText(
                f"The {h}×{w}×{c} feature maps of {source} unrolled into one row of "
                f"{count(n, 'number')} (wrapped, {width} per line). Each says how strongly a "
                "feature was found somewhere, not how bright a pixel was."
            )
        contributions = r["contributions"]
        scale = ColorScale.for_values(contributions, True)
        self.push_strip.set_maps(self._rows(contributions, width), scale)
        self.push_legend.set_scale(scale, f"pushed {digit} down ← 0 → pushed {digit} up")
        self.push_caption.setText(
            f"The same row, number for number in the same place: what each one added to the "
            f"score of {digit} (red up, blue down; white: nothing, most are 0)."
        )
        self.dense_caption.setText(self._dense_text(r))
        self.scores.setText(self._scores_html(r))
        self._show_pushes(r)

    def _dense_text(self, r: dict) -> str:
        n, digit = r["features"].size, r["unit"]
        parts = []
        inputs = count(n, "number")
        for name, units, fired in r["hidden"]:
            parts.append(
                f"{name} has {count(units, 'unit')}; each multiplies all {inputs} by its own "
                f"weights, adds them up with a bias, and ReLU keeps it only if positive: "
                f"{fired} of {units} fired for your digit."
            )
            inputs = f"{fired} units that fired"
        parts.append(
            f"The output layer does the same once per digit with the {inputs}: ten sums, the "
            f"scores. Every share above is a number's part in the score of {digit} through "
            "all these sums."
        )
        return " ".join(parts)

    @staticmethod
    def _scores_html(r: dict) -> str:
        digit, scores, probs = r["unit"], r["scores"], r["probabilities"]
        cells = []
        for d in range(len(scores)):
            bold = ("<b>", "</b>") if d == digit else ("", "")
            cells.append(
                f"<td align='center'>{bold[0]}{d}<br>{scores[d] + 0.0:+.2f}<br>"
                f"{probs[d] * 100:.0f} %{bold[1]}</td>"
            )
        return (
            "<table cellspacing='0' cellpadding='2' style='font-size:12px'><tr><td>digit<br>"
            f"score<br>probability</td>{''.join(cells)}</tr></table>"
            f"<p style='font-size:12px'>Softmax turns the ten scores into probabilities that "
            f"add up to 100 %: {digit}'s score of {scores[digit]:.2f} becomes "
            f"{probs[digit] * 100:.0f} %. The Draw tab's bars and the output layer's tiles on "
            "the left show these probabilities.</p>"
        )

    def _show_pushes(self, r: dict) -> None:
        digit, source, (h, w, c) = r["unit"], r["source_layer"], r["source_shape"]
        if c > 1:
            shares = np.asarray(r["by_map"], np.float64)
            names = [f"map {k} of {source}" for k in range(c)]
            what = f"feature maps of {source}"
            self.bars_caption.setText(
                f"Each of {source}'s {c} maps added its {count(h * w, 'number')} to the score "
                f"of {digit}: the maps that pushed it up most (red) and held it down most "
                "(blue). Find them on the left by selecting that layer."
            )
        else:
            shares = np.asarray(r["contributions"], np.float64)
            names = [f"pixel row {i // w}, column {i % w}" for i in range(shares.size)]
            what = "pixels" if source is None else f"numbers of {source}"
            self.bars_caption.setText(
                f"The {what} that pushed the score of {digit} up most (red) and held it down "
                "most (blue)."
            )
        order = np.argsort(-shares, kind="stable")
        up = [i for i in order[: self.UP] if shares[i] > 0]
        down = [i for i in order[::-1][: self.DOWN] if shares[i] < 0]
        self.bars.set_rows([(names[i], float(shares[i])) for i in up + down])
        # The score, split so that the parts shown add up to the score shown.
        score = float(r["scores"][digit])
        parts = np.array([shares[shares > 0].sum(), shares[shares < 0].sum(), float(r["constant"])])
        shown_up, shown_down, shown_bias = round_to_add_up(parts, 2, round(score, 2))
        self.sum_line.setText(
            f"<span style='font-size:14px'>Score of {digit}: <b style='color:#ef4444'>"
            f"{shown_up + 0.0:+.2f}</b> from the {what} that pushed it up, "
            f"<b style='color:#3b82f6'>{shown_down + 0.0:+.2f}</b> from those that held it "
            f"down, <b>{shown_bias + 0.0:+.2f}</b> from the biases = "
            f"<b>{round(score, 2) + 0.0:.2f}</b></span>"
        )
        self.note.setText("Rounded to 2 decimals so that the parts add up to the score.")

    def _show_unsupported(self, r: dict) -> None:
        probs = r["probabilities"]
        digit = int(np.argmax(probs))
        self.heading.setText(f"Flatten, then decide: why “{digit}”")
        self.flat_caption.setText(r["unsupported"])
        self.strip.clear()
        for widget in (self.push_caption, self.push_strip, self.push_legend, self.bars):
            widget.hide()
        self.dense_caption.setText(
            "Its dense layers still add up weight × input for every unit; only the split into "
            "each number's share needs ReLU units."
        )
        self.scores.setText(
            "Probabilities: " + ", ".join(f"{d}: {p * 100:.0f} %" for d, p in enumerate(probs))
        )
        self.sum_line.setText("")
        self.note.setText("")
        self.bars_caption.setText("")


class InfoPanel(QWidget):
    """A heading and a paragraph, for layers with nothing to click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _title("")
        self.text = label("", wrap=True)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading, 0, 0)
        layout.addWidget(self.text, 1, 0)
        layout.setRowStretch(2, 1)

    def show_text(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
