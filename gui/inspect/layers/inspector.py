"""Inspect › Layers: follow the user's digit through the network, layer by layer.

``LayerInspector`` shows the activations of the very forward pass the Draw tab asked for (the
session's ``predictionReady`` carries them while the Inspect tab is visible). Its parts, top to
bottom: the replay bar (``replay_bar``: the last training run on your digit), the layer strip
(``strip``), the selected layer's feature maps (``maps_card``) and filters (``filters_card``) on
the left, and the explanation tabs on the right (``explanations``: convolution, ReLU, pooling,
shifting, what excites a filter, flatten and decide). Everything numeric is computed in the
model worker by ``gui.inspect.layers.jobs`` through ``ModelSession.run_on_model``; this module
only chooses what to show, and when.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.layouts import VerticalScrollArea
from gui.common.session import ModelSession
from gui.common.widgets import Card
from gui.inspect.layer_text import INPUT
from gui.inspect.layers import jobs, stories
from gui.inspect.layers.explanations import ExplanationTabs
from gui.inspect.layers.filters_card import FiltersCard
from gui.inspect.layers.maps_card import FeatureMapsCard
from gui.inspect.layers.replay_bar import ReplayBar
from gui.inspect.layers.strip import LayerStrip
from gui.inspect.layers.tour_targets import tour_target
from gui.inspect.shared_jobs import describe_layers, tagged

_EXPLAINABLE = ("Conv2D", "MaxPooling2D", "AveragePooling2D")  # a value can be taken apart


class LayerInspector(QWidget):
    """Replay bar, layer strip, feature maps, filters and the explanation tabs.

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

        self.replay_bar = ReplayBar(session)
        self.strip = LayerStrip()
        self.maps_card = FeatureMapsCard()
        self.filters_card = FiltersCard()
        # The two grids the user clicks; the inspector keeps their selections in step.
        self.maps, self.weights = self.maps_card.grid, self.filters_card.grid
        self.pages = ExplanationTabs()
        self._build_layout()
        self._connect()
        if session.info is not None:
            self._on_session_modelChanged(session.info)
        self.replay_bar.show_timeline()
        self._show_empty()

    def _build_layout(self) -> None:
        left_column = QWidget()
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(10)
        left.addWidget(self.maps_card, 3)
        left.addWidget(self.filters_card, 2)
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
        layout.addWidget(self.strip)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        session = self.session
        self.strip.layerChosen.connect(self.select_layer)
        self.maps.cellClicked.connect(self._on_maps_cellClicked)
        self.maps.columnsChanged.connect(self._on_maps_columnsChanged)
        self.weights.cellClicked.connect(self._on_weights_cellClicked)
        self.pages.currentChanged.connect(self._on_pages_currentChanged)
        self.pages.conv.slideStepped.connect(self.explain)
        self.pages.shift.shiftRequested.connect(self.request_shift)
        self.pages.shift.tiltRequested.connect(self.request_tilt)
        self.pages.shift.loadRequested.connect(session.offer_picture)
        session.modelChanged.connect(self._on_session_modelChanged)
        session.predictionReady.connect(self._on_session_predictionReady)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        session.modifiedChanged.connect(self._on_session_modifiedChanged)

    # ------------------------------------------------------------------ public API

    @property
    def has_conv(self) -> bool:
        return any(layer["type"] == "Conv2D" for layer in self._layer_list())

    def layer_names(self) -> list[str]:
        return [INPUT] + [layer["name"] for layer in self._layer_list()]

    def page(self) -> str:
        return self.pages.page()

    def set_page(self, key: str) -> None:
        self.pages.set_page(key)

    def select_layer(self, name: str, channel: int | None = None) -> None:
        """Show ``name``'s maps (``'input'`` is the 28x28 image) and forget the clicked value."""
        if name not in self.layer_names():
            return
        self.layer = name
        self.position = None
        self.session.show_field(None)
        self.pages.conv.stop()
        shape = self._shape(name)
        if channel is not None:
            self.channel = channel
        if len(shape) != 3 or self.channel >= shape[2]:
            self.channel = 0
        self.strip.set_current(name)
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
        if _single_slice_conv(entry):
            self.weights.set_selected_tile(self.channel)
        if entry is None or entry["type"] not in _EXPLAINABLE:
            self.pages.explain_stack.setCurrentWidget(self.pages.info)
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
        """Select what tour step ``key`` talks about (``gui.inspect.layers.tour_targets``)."""
        target = tour_target(key, self._layer_list())
        if target is None:
            return
        channel, row, col = self.strongest(target.layer) if target.strongest else (None, 0, 0)
        if target.relu_pick:
            self._relu_pick = True  # taken by the ReLU view's next request
        self.select_layer(target.layer, channel)
        self.set_page(target.page)
        if target.explain:
            self.explain(row, col, channel)
        if target.shift:
            self.request_shift(0, 2)

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
        self.session.run_on_model(kind, tagged, self._token, fn, *args)

    def _rebuild_strip(self) -> None:
        entries = [(name, self._entry(name)) for name in self.layer_names()]
        self.strip.set_layers(
            [(name, None if e is None else e["type"], self._shape(name)) for name, e in entries],
            self.layer,
        )

    # ------------------------------------------------------------------ refreshing

    def _show_empty(self) -> None:
        self.maps_card.show_empty()
        self.filters_card.setVisible(False)
        self.pages.info.show_text(*stories.empty_story())

    def _refresh_maps(self) -> None:
        acts = self._activation(self.layer)
        name = self.layer
        entry = self._entry(name)
        if acts is None:
            self.maps_card.clear()
            if self.prediction is None:
                self._show_empty()
            return
        if acts.ndim == 3:
            self.maps_card.show_maps(name, entry, acts)
        else:
            self.maps_card.show_vector(name, entry, acts, self.prediction["label"])
        if self.position is not None:
            self.maps.set_selected((self.channel, *self.position))
        else:
            self.maps.set_selected(None)
        self.maps.set_selected_tile(self.channel if acts.ndim == 3 and name != INPUT else None)

    def _refresh_weights(self) -> None:
        self.filters_card.show_layer(
            self.layer,
            self._entry(self.layer),
            self.channel,
            self.maps.columns(),
            self.prediction is not None,
        )

    def _refresh_page(self) -> None:
        """Ask for whatever the visible page needs for the current layer and digit."""
        if self.prediction is None:
            return
        page = self.page()
        if page == "explain":
            if self.position is not None:
                self.explain(*self.position)
            else:
                self.pages.show_info(*stories.layer_story(self._entry(self.layer)))
        elif page == "relu":
            self._request_relu()
        elif page == "shift":
            shown = self.pages.shift.result
            if shown is None:
                self.request_shift(0, 2)
            elif shown.get("tilt"):
                self.request_tilt(shown["tilt"])
            else:
                self.request_shift(*shown["offset"])
        elif page == "patches":
            self._request_patches()
        elif page == "decide":
            self._show_decision()
        elif page == "unroll":
            self.pages.unroll.show_image(self.prediction["image"])

    def _request_relu(self) -> None:
        entry = self._entry(self.layer)
        if entry is None or entry["type"] != "Conv2D":
            self.pages.relu.show_message(stories.no_relu_text(self.has_conv))
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
            self.pages.patches.show_message(stories.no_patches_text(self.has_conv))
            return
        key = (self._token, self.layer, self.channel)
        if key in self._patch_cache:
            self.pages.patches.show_result(self._patch_cache[key])
            return
        self.pages.patches.show_waiting(self.layer, self.channel)
        self._run("inspect-patches", jobs.top_patches, self.layer, self.channel)

    def _show_decision(self) -> None:
        self._run(
            "inspect-dense",
            jobs.decision,
            self.prediction["activations"],
            self.prediction["image"],
        )

    # ------------------------------------------------------------------ session slots

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self._token += 1
        self.layers = []
        self._patch_cache.clear()
        if self.layer not in self.layer_names():
            self.layer = INPUT
        self._rebuild_strip()
        self._run("inspect-layers", describe_layers)

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
        self._run("inspect-layers", describe_layers)

    @Slot(object)
    def _on_session_predictionReady(self, result: dict) -> None:
        if "activations" not in result:
            return
        self.prediction = result
        self._refresh_maps()
        self.refreshed.emit(int(result["seq"]))
        if not self.filters_card.isVisible() and self.layers:
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
            self._show_explanation(r)
        elif kind == "inspect-relu":
            self._show_relu(r)
        elif kind == "inspect-shift":
            self.pages.shift.show_result(r)
        elif kind == "inspect-patches":
            self._patch_cache[(self._token, r["layer"], r["channel"])] = r
            if (r["layer"], r["channel"]) == (self.layer, self.channel):
                self.pages.patches.show_result(r)
        elif kind == "inspect-dense":
            self.pages.decide.show_result(r)

    def _show_explanation(self, r: dict[str, Any]) -> None:
        if r["layer"] != self.layer:
            return
        # The Draw tab outlines the same receptive field on the user's own strokes.
        self.session.show_field(r["field"], int(self.prediction["seq"]))
        channel = r["channel"]
        if r["kind"] == "conv":
            acts = self._activation(r["layer"])
            feature_map = None if acts is None else acts[..., channel]
            source = self._previous(r["layer"])
            image = self.prediction["image"]
            self.pages.show_conv_value(r, image, source, feature_map, self.maps.scale)
            return
        previous = self._activation(r["source_layer"])
        pooled = self._activation(r["layer"])
        if previous is not None and pooled is not None:
            self.pages.show_pool_value(r, previous[..., channel], pooled[..., channel])

    def _show_relu(self, r: dict[str, Any]) -> None:
        if r["layer"] != self.layer:
            return
        if r["picked"] and r["channel"] != self.channel:
            self.channel = r["channel"]
            self.maps.set_selected_tile(self.channel)
            self._refresh_weights()
        self.pages.show_relu(r)

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind.startswith("inspect-"):
            self.errorReported.emit(
                translate("inspect.layers.inspector", "Could not explain this"), message, details
            )

    # ------------------------------------------------------------------ widget slots

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
        self.pages.conv.stop()
        self.set_page("explain")
        self.explain(row, col, tile)
        if changed:
            self._refresh_weights()

    @Slot(int, int, int)
    def _on_weights_cellClicked(self, tile: int, row: int, col: int) -> None:
        if _single_slice_conv(self._entry(self.layer)):
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


def _single_slice_conv(entry: dict[str, Any] | None) -> bool:
    """A convolution whose filters have one slice each (it reads the image): filter N makes
    map N, so the filters' grid follows the maps' selection."""
    return (
        entry is not None
        and entry["type"] == "Conv2D"
        and entry.get("kernel") is not None
        and entry["kernel"].shape[2] == 1
    )
