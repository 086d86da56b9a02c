"""The filters card of Inspect › Layers: what the selected layer has learned, its weights.

A first convolution's filters lie in as many columns as its feature maps, so filter N sits where
map N does; a deeper convolution shows one filter at a time, a slice per input map; a dense layer
reading the pixels shows each unit's weights as a 28×28 picture, any other dense layer its weight
matrix. Layers that learn nothing (the input, pooling) say so.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.maps.legend import ColorLegend
from gui.common.widgets import Card, label
from gui.inspect.layer_text import INPUT, shape_text
from model.i18n import integer

MAX_WEIGHT_TILES = 64  # a dense layer's units shown as pictures, at most


class FiltersCard(Card):
    """Title, legend, caption and the grid of one layer's weights (``grid``: click a filter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.title = label("", "heading", wrap=True)
        self.caption = label("", "caption", wrap=True)
        self.grid = MapGrid(min_size=QSize(260, 64), tile_names="filter")
        self.grid.setAccessibleName(
            translate("inspect.layers.filters_card", "Filters of this layer")
        )
        self.legend = ColorLegend()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.legend)
        self.body.addLayout(head)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.grid, 1)

    def show_layer(
        self,
        layer: str,
        entry: dict[str, Any] | None,
        channel: int,
        map_columns: int,
        has_digit: bool,
    ) -> None:
        """Show layer ``layer``'s weights (``entry``: its ``describe_layers`` description, None
        for the input). ``channel`` is the map selected, ``map_columns`` the columns the maps
        lie in; without weights the card shows only while there is a digit (``has_digit``)."""
        kernel = None if entry is None else entry.get("kernel")
        self.grid.set_columns(None)  # unless the filters below match the maps one to one
        if entry is None or kernel is None:
            self._show_no_weights(layer, entry, has_digit)
            return
        self.setVisible(True)
        if entry["type"] == "Conv2D":
            scale = self._show_conv(layer, kernel, channel, map_columns)
        else:
            scale = self._show_dense(layer, entry, kernel)
            self.grid.set_selected_tile(None)
        self.legend.set_scale(scale, translate("inspect.layers.filters_card", "weight"))

    def _show_no_weights(self, layer: str, entry: dict[str, Any] | None, visible: bool) -> None:
        self.setVisible(visible)
        self.grid.clear()
        self.legend.set_scale(None)
        self.title.setText(translate("inspect.layers.filters_card", "No weights here"))
        if layer == INPUT:
            self.caption.setText(
                translate(
                    "inspect.layers.filters_card", "The input is just the picture: nothing learned."
                )
            )
        elif entry is not None and "Pooling" in entry["type"]:
            self.caption.setText(
                translate(
                    "inspect.layers.filters_card",
                    "Pooling learns nothing: it only keeps the largest (or average) value of "
                    "each {size} window.",
                ).format(size=shape_text(entry.get("kernel_size") or [2, 2]))
            )
        else:
            self.caption.setText(
                translate("inspect.layers.filters_card", "{kind} has no filters to show.").format(
                    kind=entry["type"] if entry else ""
                )
            )

    def _show_conv(
        self, layer: str, kernel: np.ndarray, channel: int, map_columns: int
    ) -> ColorScale:
        scale = ColorScale.for_values(kernel, True)
        kh, kw, cin, cout = kernel.shape
        if cin == 1:
            tiles = np.moveaxis(kernel[:, :, 0, :], 2, 0)
            self.grid.tile_names = "filter"
            self.grid.set_maps(tiles, scale)
            # Filter N sits where its map N does in the grid of maps above.
            self.grid.set_columns(map_columns)
            self.grid.set_selected_tile(channel)
            if cout == 1:
                title = translate(
                    "inspect.layers.filters_card", "The 1 filter of {layername} ({kh}×{kw})"
                )
            else:
                title = translate(
                    "inspect.layers.filters_card", "The {n} filters of {layername} ({kh}×{kw})"
                )
            self.title.setText(title.format(n=integer(cout), layername=layer, kh=kh, kw=kw))
            self.caption.setText(
                translate(
                    "inspect.layers.filters_card",
                    "Each tile is one filter: red weights count the pixel under them, blue "
                    "ones count against. Click one to see its map.",
                )
            )
            return scale
        tiles = np.moveaxis(kernel[:, :, :, channel], 2, 0)
        self.grid.tile_names = "input channel"
        self.grid.set_maps(tiles, ColorScale.for_values(tiles, True))
        self.grid.set_selected_tile(None)
        self.title.setText(
            translate(
                "inspect.layers.filters_card",
                "Filter {channel} of {layername}: {n} slices of {kh}×{kw}",
            ).format(channel=channel, layername=layer, n=cin, kh=kh, kw=kw)
        )
        self.caption.setText(
            translate(
                "inspect.layers.filters_card",
                "This filter looks at all {n} maps of the layer before at once: one "
                "{kh}×{kw} slice of weights per map (tile 0 = map 0).",
            ).format(n=cin, kh=kh, kw=kw)
        )
        return self.grid.scale

    def _show_dense(self, layer: str, entry: dict[str, Any], kernel: np.ndarray) -> ColorScale:
        units = kernel.shape[1]
        self.grid.tile_names = "unit"
        if entry.get("raw_pixels"):
            shown = min(units, MAX_WEIGHT_TILES)
            tiles = kernel[:, :shown].T.reshape(shown, 28, 28)
            self.grid.set_maps(tiles, ColorScale.for_values(tiles, True))
            self.title.setText(
                translate("inspect.layers.filters_card", "What {layername}'s units look at").format(
                    layername=layer
                )
            )
            self.caption.setText(
                translate(
                    "inspect.layers.filters_card",
                    "Each unit has one weight per pixel: its weights drawn as a 28×28 "
                    "picture (first {shown} of {units}). A unit fires on digits "
                    "that light up its red pixels, at exactly those places.",
                ).format(shown=shown, units=units_text(units))
            )
            return self.grid.scale
        scale = ColorScale.for_values(kernel, True)
        self.grid.set_maps(kernel.T, scale)
        inputs = kernel.shape[0]
        if inputs == 1:
            ins = translate("inspect.layers.filters_card", "1 input")
        else:
            ins = translate("inspect.layers.filters_card", "{n} inputs").format(n=integer(inputs))
        self.title.setText(
            translate(
                "inspect.layers.filters_card", "Weights of {layername}: {inputs} × {units}"
            ).format(layername=layer, inputs=ins, units=units_text(units))
        )
        self.caption.setText(
            translate(
                "inspect.layers.filters_card",
                "One row per unit, one column per input: the weight that input gets in the "
                "unit's sum.",
            )
        )
        return scale


def units_text(n: int) -> str:
    """ "1 unit", "64 units"."""
    if n == 1:
        return translate("inspect.layers.filters_card", "1 unit")
    return translate("inspect.layers.filters_card", "{n} units").format(n=integer(n))
