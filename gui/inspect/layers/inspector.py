"""The Inspect tab: follow the user's digit through the network, layer by layer.

``LayerInspector`` shows the activations of the very forward pass the Draw tab asked for (the
session's ``predictionReady`` carries them while this tab is visible): a strip of layers, the
selected layer's feature maps, its filters or weights, and panels that take one step apart
(convolution, ReLU, pooling, shifting, what excites a filter, flatten and decide). Everything
numeric is computed in the model worker by ``gui.inspect.jobs`` through
``ModelSession.run_on_model``; this module only chooses what to show. ``InspectTab`` adds the
guided tour, export and the comparison views beside the layers (``gui.inspect.views``: two
digits, two networks, what each layer knows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QScrollArea,
    QSlider,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.layouts import CurrentPageStack, VerticalScrollArea
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.maps.legend import ColorLegend
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import Card, label
from gui.inspect import jobs
from gui.inspect.export import export_widget
from gui.inspect.panels import (
    ConvExplanationPanel,
    DecisionPanel,
    InfoPanel,
    PoolExplanationPanel,
    ReluPanel,
    ShiftDemoPanel,
    TopPatchesPanel,
)
from gui.inspect.tour import STEPS, GuidedTour, UnrollPanel
from gui.inspect.views import LAYERS, InspectViews
from model.explain import flattened
from model.words import count

INPUT = "input"  # the pseudo-layer for the 28x28 image itself
MAX_WEIGHT_TILES = 64
PAGES = ("explain", "relu", "shift", "patches", "decide", "unroll")
_SPATIAL = (
    "Conv2D",
    "MaxPooling2D",
    "AveragePooling2D",
    "BatchNormalization",
    "Activation",
    "Dropout",
)


_SHORT = {
    "Conv2D": "conv",
    "MaxPooling2D": "max-pool",
    "AveragePooling2D": "avg-pool",
    "BatchNormalization": "batch-norm",
    "Flatten": "flatten",
    "Dropout": "dropout",
    "Dense": "dense",
    "Activation": "activation",
}


def _shape_text(shape: list[int]) -> str:
    return "×".join(str(d) for d in shape)


class LayerInspector(QWidget):
    """Layer strip, feature maps, filters and the explanation panels.

    Signals
    -------
    refreshed(int)
        The maps of the prediction with this ``seq`` have been handed to the grids.
    errorReported(str, str, str)
        Title, message, details of a background computation that failed.
    """

    refreshed = Signal(int)
    errorReported = Signal(str, str, str)

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.layers: list[dict[str, Any]] = []
        self.prediction: dict | None = None
        self.layer = INPUT
        self.channel = 0
        self.position: tuple[int, int] | None = None
        self._token = 0  # bumped per model: answers about an older model are dropped
        self._patch_cache: dict[tuple[int, str, int], dict] = {}
        self.last_result: dict[str, Any] = {}
        self._relu_pick = False  # the next ReLU view shows the map ReLU changes most

        self.strip_buttons = QButtonGroup(self)
        self.strip_buttons.setExclusive(True)
        self.strip_row = QHBoxLayout()
        self.strip_row.setSpacing(4)
        self.strip_row.setContentsMargins(0, 2, 0, 2)
        strip_widget = QWidget()
        strip_widget.setLayout(self.strip_row)
        self.strip_scroll = QScrollArea()
        self.strip_scroll.setWidget(strip_widget)
        self.strip_scroll.setWidgetResizable(True)
        self.strip_scroll.setFixedHeight(66)
        self.strip_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.strip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.maps_title = label("", "heading", wrap=True)
        self.maps_caption = label("", "caption", wrap=True)
        # Small minimums: on a 1280x720 laptop the tour, the layer strip and both cards share
        # about 600 px of height; the grids take whatever more the window gives.
        self.maps = MapGrid(min_size=QSize(260, 130))
        self.maps_legend = ColorLegend()
        self.weights_title = label("", "heading", wrap=True)
        self.weights_caption = label("", "caption", wrap=True)
        self.weights = MapGrid(min_size=QSize(260, 64), tile_names="filter")
        self.weights_legend = ColorLegend()

        self.info = InfoPanel()
        self.conv = ConvExplanationPanel()
        self.pool = PoolExplanationPanel()
        # As tall as the explanation shown: a short one does not scroll as far as the longest.
        self.explain_stack = CurrentPageStack()
        for page in (self.info, self.conv, self.pool):
            self.explain_stack.addWidget(page)
        self.relu = ReluPanel()
        self.shift = ShiftDemoPanel()
        self.patches = TopPatchesPanel()
        self.decide = DecisionPanel()
        self.unroll = UnrollPanel()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        # Six tabs in a half-width panel: with the app's wide tab padding the last ones hid
        # behind scroll arrows at 1400 px.
        self.pages.setStyleSheet("QTabBar::tab { padding: 8px 9px; margin-right: 2px; }")
        self._build_replay_bar()
        for key, widget, title in (
            ("explain", self.explain_stack, "This value"),
            ("relu", self.relu, "ReLU"),
            ("shift", self.shift, "Shift"),
            ("patches", self.patches, "Top patches"),
            ("decide", self.decide, "Decide"),
            ("unroll", self.unroll, "Pixels in a row"),
        ):
            # Up and down only: a sideways scroll bar hid the right end of the explanations.
            scroll = VerticalScrollArea(widget)
            scroll.setObjectName(key)
            self.pages.addTab(scroll, title)
        self._build_layout()

        self.maps.cellClicked.connect(self._on_maps_cellClicked)
        self.maps.columnsChanged.connect(self._on_maps_columnsChanged)
        self.weights.cellClicked.connect(self._on_weights_cellClicked)
        self.pages.currentChanged.connect(self._on_pages_currentChanged)
        self.conv.slideStepped.connect(self._on_conv_slideStepped)
        self.shift.shiftRequested.connect(self._on_shift_shiftRequested)
        self.shift.tiltRequested.connect(self._on_shift_tiltRequested)
        self.shift.loadRequested.connect(self.session.offer_picture)
        session.modelChanged.connect(self._on_session_modelChanged)
        session.predictionReady.connect(self._on_session_predictionReady)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        session.modifiedChanged.connect(self._on_session_modifiedChanged)
        session.timelineChanged.connect(self._on_session_timelineChanged)
        if session.info is not None:
            self._on_session_modelChanged(session.info)
        self._on_session_timelineChanged()
        self._show_empty()

    def _build_replay_bar(self) -> None:
        self.replay_label = label("", "muted")
        self.replay_label.setMinimumWidth(280)
        self.replay_slider = QSlider(Qt.Orientation.Horizontal)
        self.replay_slider.setToolTip(
            "Drag to see the maps and filters as they were at that moment of the last training "
            "run, for the digit you drew"
        )
        self.latest_button = QToolButton()
        self.latest_button.setText("Latest")
        self.latest_button.setToolTip("Back to the newest weights of the run")
        self.replay_bar = QWidget()
        row = QHBoxLayout(self.replay_bar)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(10)
        row.addWidget(self.replay_label)
        row.addWidget(self.replay_slider, 1)
        row.addWidget(self.latest_button)
        self.replay_slider.valueChanged.connect(self._on_replay_slider_valueChanged)
        self.latest_button.clicked.connect(self._on_latest_button_clicked)

    def _build_layout(self) -> None:
        maps_card = Card()
        head = QHBoxLayout()
        head.addWidget(self.maps_title, 1)
        head.addWidget(self.maps_legend)
        maps_card.body.addLayout(head)
        maps_card.body.addWidget(self.maps_caption)
        maps_card.body.addWidget(self.maps, 1)
        self.weights_card = Card()
        whead = QHBoxLayout()
        whead.addWidget(self.weights_title, 1)
        whead.addWidget(self.weights_legend)
        self.weights_card.body.addLayout(whead)
        self.weights_card.body.addWidget(self.weights_caption)
        self.weights_card.body.addWidget(self.weights, 1)
        left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(10)
        left.addWidget(maps_card, 3)
        left.addWidget(self.weights_card, 2)
        # On a short screen (the tour open on a 1280x720 laptop) the maps and filters scroll
        # rather than push the window taller than the screen.
        self.left_scroll = VerticalScrollArea(left_column)
        right = Card()
        right.body.setContentsMargins(10, 8, 10, 10)
        right.body.addWidget(self.pages)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.left_scroll, 10)
        body.addWidget(right, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.replay_bar)
        layout.addWidget(self.strip_scroll)
        layout.addLayout(body, 1)

    # ------------------------------------------------------------------ public API

    @property
    def has_conv(self) -> bool:
        return any(layer["type"] == "Conv2D" for layer in self._layer_list())

    def layer_names(self) -> list[str]:
        return [INPUT] + [layer["name"] for layer in self._layer_list()]

    def page(self) -> str:
        return self.pages.currentWidget().objectName()

    def set_page(self, key: str) -> None:
        for i in range(self.pages.count()):
            if self.pages.widget(i).objectName() == key:
                self.pages.setCurrentIndex(i)
                return

    def select_layer(self, name: str, channel: int | None = None) -> None:
        """Show ``name``'s maps (``'input'`` is the 28x28 image) and forget the clicked value."""
        if name not in self.layer_names():
            return
        self.layer = name
        self.position = None
        self.session.show_field(None)
        self.conv.stop()
        shape = self._shape(name)
        if channel is not None:
            self.channel = channel
        if len(shape) != 3 or self.channel >= shape[2]:
            self.channel = 0
        for button in self.strip_buttons.buttons():
            button.setChecked(button.property("layer") == name)
        self._refresh_maps()
        self._refresh_weights()
        self._refresh_page()

    def explain(self, row: int, col: int, channel: int | None = None) -> None:
        """Explain one value of the selected layer's map (conv or pooling), in the worker."""
        if channel is not None:
            self.channel = channel
        self.position = (row, col)
        self.maps.set_selected((self.channel, row, col))
        self.maps.set_selected_tile(self.channel)
        entry = self._entry(self.layer)
        if (
            entry is not None
            and entry.get("kernel") is not None
            and entry["type"] == "Conv2D"
            and entry["kernel"].shape[2] == 1
        ):
            self.weights.set_selected_tile(self.channel)
        if entry is None or entry["type"] not in ("Conv2D", "MaxPooling2D", "AveragePooling2D"):
            self.explain_stack.setCurrentWidget(self.info)
            self.session.show_field(None)
            return
        if self.prediction is None:
            return
        self._run(
            "inspect-explain",
            jobs.explain_value,
            self.prediction["activations"],
            self.prediction["image"],
            self.layer,
            row,
            col,
            self.channel,
        )

    def strongest(self, layer: str) -> tuple[int, int, int]:
        """(channel, row, col) of the largest value of ``layer``'s maps in this prediction."""
        acts = self._activation(layer)
        if acts is None or acts.ndim != 3:
            return 0, 0, 0
        r, c, ch = np.unravel_index(int(np.argmax(acts)), acts.shape)
        return int(ch), int(r), int(c)

    def show_tour_step(self, key: str) -> None:
        """Select what tour step ``key`` talks about (see ``gui.inspect.tour.STEPS``)."""
        layers = self._layer_list()
        convs = [x["name"] for x in layers if x["type"] == "Conv2D"]
        pools = [x["name"] for x in layers if x["type"] in ("MaxPooling2D", "AveragePooling2D")]
        flats = [x["name"] for x in layers if x["type"] == "Flatten"]
        denses = [x["name"] for x in layers if x["type"] == "Dense"]
        first_dense = denses[0] if denses else INPUT
        if key == "unroll":
            self.select_layer(INPUT)
            self.set_page("unroll")
        elif key in ("conv", "features", "relu"):
            if not convs:
                self.select_layer(first_dense)
                self.set_page("explain" if key != "relu" else "relu")
                return
            ch, r, c = self.strongest(convs[0])
            if key == "relu":
                # Not the strongest map but the one ReLU changes most: on a map with no
                # negative values, before and after would look the same.
                self._relu_pick = True  # taken by the ReLU view's next request
                self.select_layer(convs[0])
                self.set_page("relu")
                return
            self.select_layer(convs[0], ch)
            if key == "conv":
                self.set_page("explain")
                self.explain(r, c, ch)
            else:
                self.set_page("explain")
        elif key == "hierarchy":
            if not convs:
                self.select_layer(first_dense)
                self.set_page("patches")
                return
            ch, _r, _c = self.strongest(convs[-1])
            self.select_layer(convs[-1], ch)
            self.set_page("patches")
        elif key == "pool":
            if not pools:
                self.select_layer(first_dense)
                self.set_page("explain")
                return
            ch, r, c = self.strongest(pools[0])
            self.select_layer(pools[0], ch)
            self.set_page("explain")
            self.explain(r, c, ch)
        elif key == "shift":
            self.select_layer(pools[0] if pools else (convs[0] if convs else INPUT))
            self.set_page("shift")
            self.request_shift(0, 2)
        elif key == "flatten":
            self.select_layer(flats[-1] if flats else first_dense)
            self.set_page("decide")
        elif key == "dense":
            self.select_layer(denses[-1] if denses else INPUT)
            self.set_page("decide")

    def request_shift(self, rows: int, cols: int) -> None:
        if self.prediction is not None:
            self._run("inspect-shift", jobs.shift_demo, self.prediction["image"], rows, cols)

    def request_tilt(self, degrees: float) -> None:
        if self.prediction is not None:
            self._run("inspect-shift", jobs.tilt_demo, self.prediction["image"], degrees)

    # ------------------------------------------------------------------ helpers

    def _layer_list(self) -> list[dict[str, Any]]:
        if self.layers:
            return self.layers
        info = self.session.info or {}
        return [dict(layer, kind="", kernel=None) for layer in info.get("layers", [])]

    def _entry(self, name: str) -> dict[str, Any] | None:
        for layer in self._layer_list():
            if layer["name"] == name:
                return layer
        return None

    def _shape(self, name: str) -> list[int]:
        if name == INPUT:
            return [28, 28, 1]
        entry = self._entry(name)
        return list(entry["output_shape"]) if entry else []

    def _activation(self, name: str) -> np.ndarray | None:
        if self.prediction is None:
            return None
        if name == INPUT:
            return np.asarray(self.prediction["image"], np.float32).reshape(28, 28, 1)
        acts = self.prediction.get("activations") or {}
        return None if name not in acts else np.asarray(acts[name])

    def _previous(self, name: str) -> str:
        names = self.layer_names()
        return names[names.index(name) - 1]

    def _run(self, kind: str, fn: Any, *args: Any) -> None:
        self.session.run_on_model(kind, jobs.tagged, self._token, fn, *args)

    def _rebuild_strip(self) -> None:
        for button in self.strip_buttons.buttons():
            self.strip_buttons.removeButton(button)
            button.deleteLater()
        while self.strip_row.count():
            self.strip_row.takeAt(0)
        for name in self.layer_names():
            entry = self._entry(name)
            kind = "image" if entry is None else _SHORT.get(entry["type"], entry["type"])
            button = QToolButton()
            button.setObjectName("layerChip")
            button.setText(f"{name}\n{kind} {_shape_text(self._shape(name))}")
            button.setFixedHeight(44)
            button.setCheckable(True)
            button.setProperty("layer", name)
            button.setToolTip(f"Show what {name} outputs for your digit")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, n=name: self.select_layer(n))
            self.strip_buttons.addButton(button)
            self.strip_row.addWidget(button)
        self.strip_row.addStretch(1)
        for button in self.strip_buttons.buttons():
            button.setChecked(button.property("layer") == self.layer)

    # ------------------------------------------------------------------ refreshing

    def _show_empty(self) -> None:
        self.maps_title.setText("Nothing to inspect yet")
        self.maps_caption.setText(
            "Draw a digit on the Draw tab (or pick a random test digit "
            "there); every layer's output for it appears here."
        )
        self.weights_card.setVisible(False)
        self.info.show_text(
            "How to use this tab",
            "Pick a layer in the strip above. Click a value of a convolution "
            "or pooling map to see exactly how it was computed.",
        )

    def _refresh_maps(self) -> None:
        acts = self._activation(self.layer)
        name = self.layer
        entry = self._entry(name)
        if acts is None:
            self.maps.clear()
            self.maps_legend.set_scale(None)
            if self.prediction is None:
                self._show_empty()
            return
        if acts.ndim == 3:
            stack = np.moveaxis(acts, 2, 0)
            scale = ColorScale.pixels() if name == INPUT else ColorScale.for_values(stack)
            self.maps.tile_names = "filter" if entry and entry["type"] == "Conv2D" else "map"
            self.maps.set_numbers(False)
            self.maps.set_maps(stack, scale)
            n, h, w = stack.shape
            if name == INPUT:
                self.maps_title.setText("The input: your digit as 28×28 numbers")
                self.maps_caption.setText(
                    "0 is black, 1 is white. This is all the network "
                    "gets. Pick a layer above to follow it through."
                )
            else:
                kind = entry["type"] if entry else ""
                what = {
                    "Conv2D": "one per filter",
                    "MaxPooling2D": "each conv map shrunk by max pooling",
                    "AveragePooling2D": "each map shrunk by averaging",
                    "BatchNormalization": "rescaled so each channel has a steady range",
                }
                self.maps_title.setText(f"{name}: {count(n, 'feature map')} of {h}×{w}")
                clickable = kind in ("Conv2D", "MaxPooling2D", "AveragePooling2D")
                self.maps_caption.setText(
                    f"{kind}, {what.get(kind, 'one map per channel')}. "
                    + (
                        "Click any value to see how it was computed; hover to read it."
                        if clickable
                        else "Hover over a value to read it."
                    )
                )
            self.maps_legend.set_scale(scale, "value" if scale.signed else "0 = black")
        else:
            vector = flattened({name: acts}, name)
            width = 10 if vector.size <= 10 else min(100, vector.size)
            padded = np.full(int(np.ceil(vector.size / width)) * width, np.nan)
            padded[: vector.size] = vector
            scale = ColorScale.for_values(vector)
            self.maps.tile_names = "unit"
            self.maps.set_maps(padded.reshape(-1, width), scale)
            self.maps.set_numbers(vector.size <= 10)
            kind = entry["type"] if entry else ""
            self.maps_title.setText(f"{name}: {count(vector.size, 'number')} in a row")
            if kind == "Dense" and vector.size == 10 and entry.get("activation") == "softmax":
                self.maps_caption.setText(
                    "The probability of each digit, 0 to 9 from left to right (softmax of "
                    "the ten scores, see Decide); the highest is the answer: "
                    f"{self.prediction['label']}."
                )
            elif kind == "Dense" and vector.size == 10:
                self.maps_caption.setText(
                    "One score per digit, 0 to 9 from left to right; "
                    f"the highest is the answer: {self.prediction['label']}."
                )
            else:
                self.maps_caption.setText(
                    f"{kind}: a vector, no longer a picture (shown wrapped, {width} per line). "
                    "Hover to read a value."
                )
            self.maps_legend.set_scale(scale, "value")
        if self.position is not None:
            self.maps.set_selected((self.channel, *self.position))
        else:
            self.maps.set_selected(None)
        self.maps.set_selected_tile(self.channel if acts.ndim == 3 and name != INPUT else None)

    def _refresh_weights(self) -> None:
        entry = self._entry(self.layer)
        kernel = None if entry is None else entry.get("kernel")
        self.weights.set_columns(None)  # unless the filters below match the maps one to one
        if entry is None or kernel is None:
            self.weights_card.setVisible(self.prediction is not None)
            self.weights.clear()
            self.weights_legend.set_scale(None)
            self.weights_title.setText("No weights here")
            if self.layer == INPUT:
                self.weights_caption.setText("The input is just the picture: nothing learned.")
            elif entry is not None and "Pooling" in entry["type"]:
                self.weights_caption.setText(
                    "Pooling learns nothing: it only keeps the largest (or average) value of "
                    f"each {_shape_text(entry.get('kernel_size') or [2, 2])} window."
                )
            else:
                self.weights_caption.setText(
                    f"{entry['type'] if entry else ''} has no filters to show."
                )
            return
        self.weights_card.setVisible(True)
        scale = ColorScale.for_values(kernel, True)
        if entry["type"] == "Conv2D":
            kh, kw, cin, cout = kernel.shape
            if cin == 1:
                tiles = np.moveaxis(kernel[:, :, 0, :], 2, 0)
                self.weights.tile_names = "filter"
                self.weights.set_maps(tiles, scale)
                # Filter N sits where its map N does in the grid of maps above.
                self.weights.set_columns(self.maps.columns())
                self.weights.set_selected_tile(self.channel)
                self.weights_title.setText(
                    f"The {count(cout, 'filter')} of {self.layer} ({kh}×{kw})"
                )
                self.weights_caption.setText(
                    "Each tile is one filter: red weights count the pixel under them, blue "
                    "ones count against. Click one to see its map."
                )
            else:
                tiles = np.moveaxis(kernel[:, :, :, self.channel], 2, 0)
                self.weights.tile_names = "input channel"
                self.weights.set_maps(tiles, ColorScale.for_values(tiles, True))
                self.weights.set_selected_tile(None)
                scale = self.weights.scale
                self.weights_title.setText(
                    f"Filter {self.channel} of {self.layer}: {cin} slices of {kh}×{kw}"
                )
                self.weights_caption.setText(
                    f"This filter looks at all {cin} maps of the layer before at once: one "
                    f"{kh}×{kw} slice of weights per map (tile 0 = map 0)."
                )
        else:
            units = kernel.shape[1]
            if entry.get("raw_pixels"):
                shown = min(units, MAX_WEIGHT_TILES)
                tiles = kernel[:, :shown].T.reshape(shown, 28, 28)
                self.weights.tile_names = "unit"
                self.weights.set_maps(tiles, ColorScale.for_values(tiles, True))
                scale = self.weights.scale
                self.weights_title.setText(f"What {self.layer}'s units look at")
                self.weights_caption.setText(
                    f"Each unit has one weight per pixel: its weights drawn as a 28×28 "
                    f"picture (first {shown} of {count(units, 'unit')}). A unit fires on digits "
                    "that light up its red pixels, at exactly those places."
                )
            else:
                self.weights.tile_names = "unit"
                self.weights.set_maps(kernel.T, scale)
                self.weights_title.setText(
                    f"Weights of {self.layer}: {count(kernel.shape[0], 'input')} × "
                    f"{count(units, 'unit')}"
                )
                self.weights_caption.setText(
                    "One row per unit, one column per input: the "
                    "weight that input gets in the unit's sum."
                )
            self.weights.set_selected_tile(None)
        self.weights_legend.set_scale(scale, "weight")

    def _refresh_page(self) -> None:
        """Ask for whatever the visible page needs for the current layer and digit."""
        if self.prediction is None:
            return
        page = self.page()
        entry = self._entry(self.layer)
        kind = entry["type"] if entry else ""
        if page == "explain":
            if self.position is not None:
                self.explain(*self.position)
            elif kind == "Conv2D":
                self.explain_stack.setCurrentWidget(self.info)
                self.info.show_text(
                    f"Convolution layer {self.layer}",
                    "Click any value of a feature map on the left to see the "
                    "filter's window, its weights, the products and their sum.",
                )
            elif kind in ("MaxPooling2D", "AveragePooling2D"):
                self.explain_stack.setCurrentWidget(self.info)
                self.info.show_text(
                    f"Pooling layer {self.layer}",
                    "Click any value of a pooled map on the left to see the "
                    "window it came from and which value won.",
                )
            else:
                self.explain_stack.setCurrentWidget(self.info)
                self.info.show_text(*self._layer_story(entry))
        elif page == "relu":
            self._request_relu()
        elif page == "shift":
            if self.shift.result is None:
                self.request_shift(0, 2)
            elif self.shift.result.get("tilt"):
                self.request_tilt(self.shift.result["tilt"])
            else:
                self.request_shift(*self.shift.result["offset"])
        elif page == "patches":
            self._request_patches()
        elif page == "decide":
            self._show_decision()
        elif page == "unroll":
            self.unroll.show_image(self.prediction["image"])

    def _layer_story(self, entry: dict | None) -> tuple[str, str]:
        if entry is None:
            return (
                "The input",
                "Your digit, 28×28 brightness values between 0 and 1. A "
                "convolutional network keeps this grid; a plain one unrolls it into a row "
                "(see “Pixels in a row”).",
            )
        stories = {
            "Flatten": "Flatten unrolls the stack of maps into one long row of numbers, so "
            "the dense layers after it can read them (see “Flatten & decide”).",
            "Dense": "A dense (fully connected) layer: each unit multiplies every input by its "
            "own weight, adds them up with a bias and applies its activation.",
            "Dropout": "Dropout switches off random inputs while training so the network does "
            "not rely on any single one. When reading your digit it does nothing.",
            "BatchNormalization": "Batch normalisation rescales each channel to a steady "
            "range, which makes training faster. It does not move "
            "anything: each value stays where it is.",
            "Activation": "An activation layer applies its function (here ReLU) to every "
            "value on its own: negatives become zero.",
        }
        return (
            f"{entry['name']} ({entry['type']})",
            stories.get(entry["type"], "This layer transforms its input value by value."),
        )

    def _request_relu(self) -> None:
        layers = self._layer_list()
        entry = self._entry(self.layer)
        if entry is None or entry["type"] != "Conv2D":
            convs = [x["name"] for x in layers if x["type"] == "Conv2D"]
            self.relu.show_message(
                "Select a convolution layer to see ReLU at work on one of its maps."
                if convs
                else "This network has no convolution layers, so there are no maps "
                "to show ReLU on; its dense units use ReLU the same way on single numbers."
            )
            return
        # The tour asks for the map where ReLU changes most; a click on a map, for that map.
        channel = None if self._relu_pick else self.channel
        self._relu_pick = False
        self._run(
            "inspect-relu",
            jobs.relu_maps,
            self.prediction["activations"],
            self.prediction["image"],
            self.layer,
            channel,
        )

    def _request_patches(self) -> None:
        entry = self._entry(self.layer)
        if entry is None or entry["type"] != "Conv2D":
            self.patches.show_message(
                "Select a convolution layer (and click one of its maps) to see which pieces "
                "of real digits excite that filter most."
                if self.has_conv
                else "This network has no convolution filters. Its dense units' weights (bottom "
                "left, for the first dense layer) show what each unit looks for: a whole-"
                "image template."
            )
            return
        key = (self._token, self.layer, self.channel)
        if key in self._patch_cache:
            self.patches.show_result(self._patch_cache[key])
            return
        self.patches.show_waiting(self.layer, self.channel)
        self._run("inspect-patches", jobs.top_patches, self.layer, self.channel)

    def _show_decision(self) -> None:
        self._run(
            "inspect-dense",
            jobs.decision,
            self.prediction["activations"],
            self.prediction["image"],
        )

    # ------------------------------------------------------------------ slots

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self._token += 1
        self.layers = []
        self._patch_cache.clear()
        if self.layer not in self.layer_names():
            self.layer = INPUT
        self._rebuild_strip()
        self._run("inspect-layers", jobs.describe_layers)

    @Slot(object)
    def _on_session_snapshotApplied(self, info: dict) -> None:
        self._reread_weights()

    @Slot(str)
    def _on_session_modifiedChanged(self, text: str) -> None:
        # A filter switched off (or given back) in the Lab: its tile must show it.
        self._reread_weights()

    def _reread_weights(self) -> None:
        # Same layers, new weights: answers about the old ones are dropped, filters re-read.
        self._token += 1
        self._patch_cache.clear()
        self._run("inspect-layers", jobs.describe_layers)

    @Slot()
    def _on_session_timelineChanged(self) -> None:
        timeline = self.session.timeline
        self.replay_bar.setVisible(len(timeline) > 0)
        if not len(timeline):
            return
        replaying = self.session.replaying
        index = len(timeline) - 1 if replaying is None else replaying
        self.replay_slider.blockSignals(True)
        self.replay_slider.setRange(0, len(timeline) - 1)
        self.replay_slider.setValue(index)
        self.replay_slider.blockSignals(False)
        latest = "" if replaying is not None else " (latest)"
        self.replay_label.setText(f"Replay training: {timeline[index].text()}{latest}")
        self.latest_button.setEnabled(replaying is not None)

    @Slot(int)
    def _on_replay_slider_valueChanged(self, index: int) -> None:
        self.session.show_snapshot(index)

    @Slot()
    def _on_latest_button_clicked(self) -> None:
        self.session.show_latest()

    @Slot(object)
    def _on_session_predictionReady(self, result: dict) -> None:
        if "activations" not in result:
            return
        self.prediction = result
        self._refresh_maps()
        self.refreshed.emit(int(result["seq"]))
        if not self.weights_card.isVisible() and self.layers:
            self._refresh_weights()
        if self.isVisible():
            self._refresh_page()

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, payload: Any) -> None:
        if not kind.startswith("inspect-") or payload.get("token") != self._token:
            return
        r = payload["result"]
        self.last_result[kind] = r
        if kind == "inspect-layers":
            self.layers = r["layers"]
            self._rebuild_strip()
            self._refresh_maps()
            self._refresh_weights()
        elif kind == "inspect-explain":
            if r["layer"] != self.layer:
                return
            # The Draw tab outlines the same receptive field on the user's own strokes.
            self.session.show_field(r["field"], int(self.prediction["seq"]))
            if r["kind"] == "conv":
                source = self._previous(r["layer"])
                acts = self._activation(r["layer"])
                if acts is not None and not self.conv.slide_button.isChecked():
                    self.conv.set_feature_map(acts[..., r["channel"]], self.maps.scale)
                self.conv.show_result(r, self.prediction["image"], source)
                self.explain_stack.setCurrentWidget(self.conv)
            else:
                previous = self._activation(r["source_layer"])
                pooled = self._activation(r["layer"])
                if previous is not None and pooled is not None:
                    self.pool.show_result(r, previous[..., r["channel"]], pooled[..., r["channel"]])
                    self.explain_stack.setCurrentWidget(self.pool)
        elif kind == "inspect-relu":
            if r["layer"] != self.layer:
                return
            if r["picked"] and r["channel"] != self.channel:
                self.channel = r["channel"]
                self.maps.set_selected_tile(self.channel)
                self._refresh_weights()
            relu = r["relu_layer"]
            note = (
                "This layer does not use ReLU."
                if relu is None
                else ""
                if relu == r["layer"]
                else f"Here the convolution has no activation of its own: ReLU is layer {relu}, "
                "after batch normalisation; the left map is what it receives."
            )
            self.relu.show_maps(r["layer"], r["channel"], r["pre"], r["post"], note)
        elif kind == "inspect-shift":
            self.shift.show_result(r)
        elif kind == "inspect-patches":
            self._patch_cache[(self._token, r["layer"], r["channel"])] = r
            if (r["layer"], r["channel"]) == (self.layer, self.channel):
                self.patches.show_result(r)
        elif kind == "inspect-dense":
            self.decide.show_result(r)

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind.startswith("inspect-"):
            self.errorReported.emit("Could not explain this", message, details)

    @Slot(int)
    def _on_maps_columnsChanged(self, columns: int) -> None:
        if self.weights.tile_names == "filter" and len(self.weights.maps) == len(self.maps.maps):
            self.weights.set_columns(columns)

    @Slot(int, int, int)
    def _on_maps_cellClicked(self, tile: int, row: int, col: int) -> None:
        if self.layer == INPUT or self._activation(self.layer) is None:
            return
        if self._activation(self.layer).ndim != 3:
            return
        changed = tile != self.channel
        self.channel = tile
        self.conv.stop()
        self.set_page("explain")
        self.explain(row, col, tile)
        if changed:
            self._refresh_weights()

    @Slot(int, int, int)
    def _on_weights_cellClicked(self, tile: int, row: int, col: int) -> None:
        entry = self._entry(self.layer)
        if entry and entry["type"] == "Conv2D" and entry["kernel"].shape[2] == 1:
            self.channel = tile
            self.position = None
            self.session.show_field(None)
            self.maps.set_selected(None)
            self.maps.set_selected_tile(tile)
            self.weights.set_selected_tile(tile)
            self._refresh_page()

    @Slot(int)
    def _on_pages_currentChanged(self, index: int) -> None:
        self._refresh_page()

    @Slot(int, int)
    def _on_conv_slideStepped(self, row: int, col: int) -> None:
        self.explain(row, col)

    @Slot(int, int)
    def _on_shift_shiftRequested(self, rows: int, cols: int) -> None:
        self.request_shift(rows, cols)

    @Slot(float)
    def _on_shift_tiltRequested(self, degrees: float) -> None:
        self.request_tilt(degrees)


class InspectTab(ConvscopeTab):
    """The guided tour above the layer inspector, with export of what is shown."""

    key = "inspect"
    title = "Inspect"
    tooltip = "Follow your drawing through the network, layer by layer"

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.tour = GuidedTour()
        self.inspector = LayerInspector(session)
        # The layers and, beside them, the comparisons: one full-width view at a time.
        self.views = InspectViews(session, settings, self.inspector)
        self.export_button = QToolButton()
        self.export_button.setText("Export view…")
        self.export_button.setToolTip("Save what the inspector shows as a PNG or SVG picture")
        self.export_button.clicked.connect(self.choose_export)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(self.views.button_row)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tour)
        layout.addWidget(self.views, 1)
        self.tour.stepChanged.connect(self._on_tour_stepChanged)
        self.inspector.errorReported.connect(self.errorReported)
        self.views.errorReported.connect(self.errorReported)
        self.views.statusReported.connect(self.statusReported)
        self.views.viewChanged.connect(self._on_views_viewChanged)
        session.modelChanged.connect(self._on_session_modelChanged)

    def export(self, path: str | Path) -> Path:
        """Write the view as shown (the layers, or a comparison) to ``path`` (.png or .svg)."""
        return export_widget(self.views.stack.currentWidget(), path)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export the view",
            "convscope-inspect.png",
            "PNG image (*.png);;SVG drawing (*.svg)",
        )
        if not path:
            return
        try:
            self.statusReported.emit(f"Saved {self.export(path)}")
        except (OSError, ValueError) as exc:
            self.errorReported.emit("Could not export the view", str(exc), "")

    @Slot(int)
    def _on_tour_stepChanged(self, index: int) -> None:
        if index < 0:
            self._on_views_viewChanged(self.views.current_key)
            return
        key = STEPS[index].key
        # "What each layer knows" has a view of its own; every other step is about the layers.
        self.views.show_view("knows" if key == "knows" else LAYERS)
        if key != "knows":
            self.inspector.show_tour_step(key)

    @Slot(str)
    def _on_views_viewChanged(self, key: str) -> None:
        # The tour is about the layers (and what they know): the comparisons get its room.
        self.tour.setVisible(key == LAYERS or (key == "knows" and self.tour.index >= 0))

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self.tour.set_has_conv(any(x["type"] == "Conv2D" for x in info.get("layers", [])))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Every layer's output costs ~3x a plain prediction: only while someone looks at them.
        self.session.set_activations_wanted(True)
        self.views.set_visible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.inspector.conv.stop()
        self.session.set_activations_wanted(False)
        self.views.set_visible(False)

    def save_settings(self) -> None:
        self.views.save_settings()

    def shutdown(self, timeout_ms: int) -> bool:
        return self.views.shutdown(timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Shown as a window of its own (the tests do): its views' threads end with it, as the
        # main window's close ends them through ``shutdown``.
        self.views.shutdown(2000)
        super().closeEvent(event)
