"""The "This value" tab for a convolution: one value of a feature map taken apart.

The window of the input the filter sat on, its weights, their products, the sum plus bias and
what the activation did to it, every number rounded so that what is shown adds up
(``model.explain.round_to_add_up``); "Slide the filter" moves the window over every position
and builds the map value by value.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.widgets import label
from gui.inspect.layer_text import signed
from gui.inspect.layers.panels.parts import FIELD, caption, column, fixed_grid, symbol, title
from model.explain import round_to_add_up
from model.i18n import integer, number


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
        self.heading = title(
            translate(
                "inspect.layers.panels.conv_value", "Click a value of a convolution's feature map"
            )
        )
        self.intro = caption(
            translate(
                "inspect.layers.panels.conv_value",
                "A filter is a small grid of weights. It sits on a window of its input; each "
                "input value is multiplied by the weight on top of it and everything is added "
                "up, plus a bias. That one number becomes one pixel of the feature map.",
            )
        )
        self.sums = MapGrid(numbers=True, min_size=QSize(200, 40), tile_names="channel")
        self.sums.setFixedHeight(64)
        self.sums_caption = caption()
        self.equation = QLabel()
        self.equation.setTextFormat(Qt.TextFormat.RichText)
        self.equation.setWordWrap(True)
        self.products_note = caption()
        self.rounding_note = caption()
        self.relu_note = caption()
        # The numbers as shown (see ``_rounded``): what the user can add up by hand.
        self._decimals = 3
        self._shown_total = self._shown_bias = self._shown_pre = 0.0
        self._shown_sums = np.zeros(0)
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._slide_at = 0
        self._map: np.ndarray | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self._build_pictures())
        layout.addWidget(self._build_channel_row())
        layout.addLayout(self._build_maths())
        layout.addWidget(self.products_note)
        layout.addWidget(self.sums_caption)
        layout.addWidget(self.sums)
        layout.addWidget(self.equation)
        layout.addWidget(self.relu_note)
        layout.addWidget(self.rounding_note)
        layout.addStretch(1)
        self.channel_row.hide()
        self.sums.hide()

    def _build_pictures(self) -> QHBoxLayout:
        """The input with the window outlined, and the feature map with "Slide the filter"."""
        self.input_view = fixed_grid(150)
        self.built = fixed_grid(150)
        self.slide_button = QPushButton(
            translate("inspect.layers.panels.conv_value", "▶ Slide the filter")
        )
        self.slide_button.setToolTip(
            translate(
                "inspect.layers.panels.conv_value",
                "Move the filter over every position and watch the "
                "feature map being built, value by value",
            )
        )
        self.slide_button.setCheckable(True)
        self.slide_button.toggled.connect(self._on_slide_button_toggled)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(
            column(
                translate(
                    "inspect.layers.panels.conv_value", "Input 28×28, green: what this value sees"
                ),
                self.input_view,
            )
        )
        top.addStretch(1)
        built = column(
            translate("inspect.layers.panels.conv_value", "This feature map being built"),
            self.built,
        )
        built.addWidget(self.slide_button, 0, Qt.AlignmentFlag.AlignHCenter)
        top.addLayout(built)
        return top

    def _build_channel_row(self) -> QWidget:
        """Which input channel's window and weights are shown (for a filter many layers deep)."""
        self.channel_box = QComboBox()
        self.channel_box.setToolTip(
            translate(
                "inspect.layers.panels.conv_value",
                "Which input channel's window and weights to show",
            )
        )
        self.channel_box.currentIndexChanged.connect(self._on_channel_box_changed)
        row = QHBoxLayout()
        row.addWidget(
            label(translate("inspect.layers.panels.conv_value", "Input channel shown:"), "muted")
        )
        row.addWidget(self.channel_box)
        row.addStretch(1)
        self.channel_row = QWidget()
        self.channel_row.setLayout(row)
        return self.channel_row

    def _build_maths(self) -> QHBoxLayout:
        """Window × filter weights = products, as three grids of numbers."""
        self.patch = fixed_grid(132, numbers=True)
        self.kernel = fixed_grid(132, numbers=True)
        self.products = fixed_grid(132, numbers=True)
        self.patch_title = label(
            translate("inspect.layers.panels.conv_value", "Window of the input"), "muted", wrap=True
        )
        self.patch_title.setMaximumWidth(132)
        self.patch_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        patch_col = QVBoxLayout()
        patch_col.setSpacing(2)
        patch_col.addWidget(self.patch_title)
        patch_col.addWidget(self.patch, 0, Qt.AlignmentFlag.AlignHCenter)
        maths = QHBoxLayout()
        maths.setSpacing(4)
        maths.addLayout(patch_col)
        maths.addWidget(symbol("×"))
        maths.addLayout(
            column(translate("inspect.layers.panels.conv_value", "Filter weights"), self.kernel)
        )
        maths.addWidget(symbol("="))
        maths.addLayout(
            column(translate("inspect.layers.panels.conv_value", "Products"), self.products)
        )
        maths.addStretch(1)
        return maths

    def set_feature_map(self, layer_map: np.ndarray | None, scale: ColorScale | None) -> None:
        """The whole map of the explained channel (from the forward pass), for the slide."""
        self._map = layer_map
        if layer_map is None:
            self.built.clear()
        else:
            self.built.set_maps(layer_map, scale)

    def show_result(self, result: dict, image: np.ndarray, source: str) -> None:
        """Show a ``gui.inspect.layers.jobs.explain_value`` result of kind 'conv'.

        Every number is shown rounded so that what is shown adds up: the products of a
        channel to that channel's sum, the channels' sums to the total
        (``model.explain.round_to_add_up``).
        """
        self.result = result
        self._rounded(result)
        row, col = result["position"]
        self.heading.setText(
            translate(
                "inspect.layers.panels.conv_value",
                "{layername}, filter {channel}: row {row}, column {col}",
            ).format(layername=result["layer"], channel=result["channel"], row=row, col=col)
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
            adds = translate("inspect.layers.panels.conv_value", "{channel}  (adds {number})")
            self.channel_box.addItem(
                adds.format(channel=k, number=signed(self._shown_sums[k], d)), int(k)
            )
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
                translate(
                    "inspect.layers.panels.conv_value",
                    "The filter is {n} layers deep: one {h}×{w}-pixel view per input "
                    "channel. Each channel's products add up to one number (below, channel 0 "
                    "first, row by row; hover to read it); the {n} sums added together give the "
                    "total.",
                ).format(n=cin, h=h, w=w)
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
            self.patch_title.setText(
                translate(
                    "inspect.layers.panels.conv_value", "Window of the input (0 = black, 1 = white)"
                )
            )
            self.patch.set_maps(np.round(patch, d), ColorScale.pixels())
            self.products_note.setText(
                translate(
                    "inspect.layers.panels.conv_value",
                    "The {n} products add up to {total}, the sum of products below.",
                ).format(n=integer(products.size), total=number(self._shown_total + 0.0, d))
            )
        else:
            self.patch_title.setText(
                translate(
                    "inspect.layers.panels.conv_value", "Window of {layername}, channel {channel}"
                ).format(layername=self._source, channel=k)
            )
            self.patch.set_maps(np.round(patch, d), ColorScale.for_values(patch))
            self.products_note.setText(
                translate(
                    "inspect.layers.panels.conv_value",
                    "Channel {channel}'s {n} products add up to {total}, its share of the "
                    "sum below.",
                ).format(channel=k, n=integer(products.size), total=signed(self._shown_sums[k], d))
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
        if r["patch"].shape[2] == 1:
            text = translate(
                "inspect.layers.panels.conv_value",
                "sum of products <b>{total}</b> {sign} bias <b>{bias}</b> = <b>{pre}</b>",
            )
        else:
            text = translate(
                "inspect.layers.panels.conv_value",
                "sum over the {n} channels <b>{total}</b> {sign} bias <b>{bias}</b> = <b>{pre}</b>",
            )
        sum_text = text.format(
            n=r["patch"].shape[2],
            total=number(total + 0.0, d),
            sign=sign,
            bias=number(abs(bias), d),
            pre=number(pre + 0.0, d),
        )
        self.equation.setText(
            f"<span style='font-size:15px'>{sum_text} &nbsp;→ {act} → "
            f"<b style='color:{colour}'>{number(value + 0.0, d)}</b></span>"
        )
        self.rounding_note.setText(
            translate(
                "inspect.layers.panels.conv_value",
                "Numbers are rounded to {n} decimals; the products are rounded so that "
                "they add up exactly to the sums shown.",
            ).format(n=d)
        )
        self.relu_note.setText(_activation_note(act, pre, d))

    def _on_channel_box_changed(self, index: int) -> None:
        if index >= 0:
            self._show_channel(int(self.channel_box.itemData(index)))

    # ------------------------------------------------------------------ sliding filter

    def _on_slide_button_toggled(self, on: bool) -> None:
        if on and self._map is not None:
            self._slide_at = 0
            self._timer.start()
            self.slide_button.setText(translate("inspect.layers.panels.conv_value", "■ Stop"))
        else:
            self._timer.stop()
            self.built.set_reveal(None)
            self.slide_button.setText(
                translate("inspect.layers.panels.conv_value", "▶ Slide the filter")
            )
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


def _activation_note(act: str, pre: float, d: int) -> str:
    """What activation ``act`` did to the sum ``pre`` (shown with ``d`` decimals)."""
    if act == "relu" and pre < 0:
        return translate(
            "inspect.layers.panels.conv_value",
            "The sum is negative ({number}), so ReLU clamps it to 0: "
            "this filter found nothing it is looking for here.",
        ).format(number=number(pre, d))
    if act == "relu":
        return translate(
            "inspect.layers.panels.conv_value",
            "The sum is positive, so ReLU lets it through unchanged: "
            "the filter found some of its pattern here.",
        )
    if act == "linear":
        return translate(
            "inspect.layers.panels.conv_value",
            "This layer has no activation of its own; the next layers "
            "(batch normalisation, then ReLU) act on this number.",
        )
    return translate(
        "inspect.layers.panels.conv_value", "The {act} activation turns the sum into the value."
    ).format(act=act)
