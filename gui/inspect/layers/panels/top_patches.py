"""The "Top patches" tab: the pieces of test digits that excite one filter most (idea 4: later
layers look for bigger shapes)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.inspect.layers.panels.parts import caption, title
from model.i18n import number


class TopPatchesPanel(QWidget):
    """The pieces of MNIST test digits that excite one filter most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = title(
            translate("inspect.layers.panels.top_patches", "What this filter looks for")
        )
        self.intro = caption(
            translate(
                "inspect.layers.panels.top_patches",
                "The network looked at 2,000 test digits. These are the pieces of them (each one "
                "exactly the part of the image this filter can see) that made the filter respond "
                "most strongly. Early layers respond to short edges and strokes; later layers to "
                "bigger shapes made of them.",
            )
        )
        self.patches = MapGrid(min_size=QSize(300, 300), tile_names="patch")
        self.status = caption()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.patches, 1)

    def show_waiting(self, layer: str, channel: int) -> None:
        self.heading.setText(_looks_for(layer, channel))
        self.status.setText(
            translate(
                "inspect.layers.panels.top_patches",
                "Searching 2,000 test digits in the background…",
            )
        )
        self.patches.clear()

    def show_result(self, r: dict) -> None:
        self.heading.setText(_looks_for(r["layer"], r["channel"]))
        h, w = r["patches"].shape[1:]
        self.status.setText(
            translate(
                "inspect.layers.panels.top_patches",
                "The {n} strongest responses among {searched} "
                "test digits; each piece is the {h}×{w}-pixel part of a digit the "
                "filter sees.",
            ).format(n=len(r["values"]), searched=r["searched"], h=h, w=w)
        )
        self.patches.set_maps(
            r["patches"], ColorScale.pixels(), [number(v, 2) for v in r["values"]]
        )

    def show_message(self, text: str) -> None:
        self.heading.setText(
            translate("inspect.layers.panels.top_patches", "What a filter looks for")
        )
        self.status.setText(text)
        self.patches.clear()


def _looks_for(layer: str, channel: int) -> str:
    return translate(
        "inspect.layers.panels.top_patches", "What {layername}, filter {channel} looks for"
    ).format(layername=layer, channel=channel)
