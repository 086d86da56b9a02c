"""The feature-maps card of Inspect › Layers: what the selected layer outputs for your digit.

A layer with maps shows them as a grid of tiles (the input as 28×28 grey pixels, a convolution
one map per filter); a flattened or dense layer shows its numbers as a row, wrapped. The title
and caption say what the user is looking at and what a click does; the legend, what the colours
mean.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QWidget

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.maps.legend import ColorLegend
from gui.common.widgets import Card, label
from gui.inspect.layer_text import INPUT
from model.explain import flattened
from model.i18n import integer

# What a layer's maps are, in a few words, for the caption under the title.
_MAPS_ARE = {
    "Conv2D": QT_TRANSLATE_NOOP("inspect.layers.maps_card", "one per filter"),
    "MaxPooling2D": QT_TRANSLATE_NOOP(
        "inspect.layers.maps_card", "each conv map shrunk by max pooling"
    ),
    "AveragePooling2D": QT_TRANSLATE_NOOP(
        "inspect.layers.maps_card", "each map shrunk by averaging"
    ),
    "BatchNormalization": QT_TRANSLATE_NOOP(
        "inspect.layers.maps_card", "rescaled so each channel has a steady range"
    ),
}


class FeatureMapsCard(Card):
    """Title, legend, caption and the grid of one layer's outputs (``grid``: click a value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.title = label("", "heading", wrap=True)
        self.caption = label("", "caption", wrap=True)
        # Small minimums: on a 1280x720 laptop the tour, the layer strip and both cards share
        # about 600 px of height; the grids take whatever more the window gives.
        self.grid = MapGrid(min_size=QSize(260, 130))
        self.grid.setAccessibleName(
            translate("inspect.layers.maps_card", "Feature maps of this layer")
        )
        self.legend = ColorLegend()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.legend)
        self.body.addLayout(head)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.grid, 1)

    def show_empty(self) -> None:
        """No digit yet: say where one comes from."""
        self.title.setText(translate("inspect.layers.maps_card", "Nothing to inspect yet"))
        self.caption.setText(
            translate(
                "inspect.layers.maps_card",
                "Draw a digit on the Draw tab (or pick a random test digit "
                "there); every layer's output for it appears here.",
            )
        )

    def clear(self) -> None:
        """No output to show for this layer (yet)."""
        self.grid.clear()
        self.legend.set_scale(None)

    def show_maps(self, name: str, entry: dict[str, Any] | None, acts: np.ndarray) -> None:
        """Layer ``name``'s (H, W, C) output as C tiles; ``entry`` its description (None for
        the input)."""
        stack = np.moveaxis(acts, 2, 0)
        scale = ColorScale.pixels() if name == INPUT else ColorScale.for_values(stack)
        self.grid.tile_names = "filter" if entry and entry["type"] == "Conv2D" else "map"
        self.grid.set_numbers(False)
        self.grid.set_maps(stack, scale)
        n, h, w = stack.shape
        if name == INPUT:
            self.title.setText(
                translate("inspect.layers.maps_card", "The input: your digit as 28×28 numbers")
            )
            self.caption.setText(
                translate(
                    "inspect.layers.maps_card",
                    "0 is black, 1 is white. This is all the network "
                    "gets. Pick a layer above to follow it through.",
                )
            )
        else:
            kind = entry["type"] if entry else ""
            if n == 1:
                title = translate(
                    "inspect.layers.maps_card", "{layername}: 1 feature map of {h}×{w}"
                )
            else:
                title = translate(
                    "inspect.layers.maps_card", "{layername}: {n} feature maps of {h}×{w}"
                )
            self.title.setText(title.format(layername=name, n=integer(n), h=h, w=w))
            if kind in ("Conv2D", "MaxPooling2D", "AveragePooling2D"):
                text = translate(
                    "inspect.layers.maps_card",
                    "{kind}, {maps}. Click any value to see how it was computed; hover to read it.",
                )
            else:
                text = translate(
                    "inspect.layers.maps_card", "{kind}, {maps}. Hover over a value to read it."
                )
            maps = translate("inspect.layers.maps_card", _MAPS_ARE.get(kind, "one map per channel"))
            self.caption.setText(text.format(kind=kind, maps=maps))
        caption = (
            translate("inspect.layers.maps_card", "value")
            if scale.signed
            else translate("inspect.layers.maps_card", "0 = black")
        )
        _fit_caption(self.legend, caption)
        self.legend.set_scale(scale, caption)

    def show_vector(
        self, name: str, entry: dict[str, Any] | None, acts: np.ndarray, answer: int
    ) -> None:
        """Layer ``name``'s output as a row of numbers, wrapped; ``answer`` is the network's
        digit, named under a layer of ten scores."""
        vector = flattened({name: acts}, name)
        width = 10 if vector.size <= 10 else min(100, vector.size)
        padded = np.full(int(np.ceil(vector.size / width)) * width, np.nan)
        padded[: vector.size] = vector
        scale = ColorScale.for_values(vector)
        self.grid.tile_names = "unit"
        self.grid.set_maps(padded.reshape(-1, width), scale)
        self.grid.set_numbers(vector.size <= 10)
        kind = entry["type"] if entry else ""
        if vector.size == 1:
            title = translate("inspect.layers.maps_card", "{layername}: 1 number in a row")
        else:
            title = translate("inspect.layers.maps_card", "{layername}: {n} numbers in a row")
        self.title.setText(title.format(layername=name, n=integer(vector.size)))
        if kind == "Dense" and vector.size == 10 and entry.get("activation") == "softmax":
            text = translate(
                "inspect.layers.maps_card",
                "The probability of each digit, 0 to 9 from left to right (softmax of "
                "the ten scores, see Decide); the highest is the answer: "
                "{label}.",
            )
        elif kind == "Dense" and vector.size == 10:
            text = translate(
                "inspect.layers.maps_card",
                "One score per digit, 0 to 9 from left to right; "
                "the highest is the answer: {label}.",
            )
        else:
            text = translate(
                "inspect.layers.maps_card",
                "{kind}: a vector, no longer a picture (shown wrapped, {width} per line). "
                "Hover to read a value.",
            )
        self.caption.setText(text.format(label=answer, kind=kind, width=width))
        self.legend.set_scale(scale, translate("inspect.layers.maps_card", "value"))


def _fit_caption(legend: ColorLegend, caption: str) -> None:
    """Widen ``legend`` (never below its 200 px) so that ``caption`` fits right of its bar: the
    bar takes 45 % of the width and starts 40 px in, the caption 14 px after it, in 11 px type
    ("0 = schwarz" is longer than "0 = black")."""
    font = QFont(legend.font())
    font.setPixelSize(11)
    need = (54 + QFontMetrics(font).horizontalAdvance(caption) + 2) / 0.55
    legend.setMinimumWidth(max(200, int(need) + 1))
