"""The Kernel playground: slide your own filter over your digit, and switch off the network's.

Top card (``playground.KernelPlayground``): a filter of the user's choosing runs over the
current digit as one convolutional stage does, on the UI thread (NumPy, well under a
millisecond), following every edit and every stroke.

Bottom card (laid out in ``knockout_card``; this page drives it): one filter of the trained
network is switched off (or given new weights) in the session's model itself, through
``ModelSession.run_on_model``, so the Draw and Inspect tabs see the changed network too. The
before/after comparison (the filter's map, the answer, the test accuracy on a fixed set of
digits, ~0.4 s) runs in this page's own worker on two frozen copies of the model
(``model.lab.filter_surgery.FilterLab``, ``jobs``), never in the thread that serves live
predictions.
While the model is changed, the page says so in red; Undo and Undo all put the exact old
weights back, and loading another model drops the edits with the model.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.lab.kernels.jobs import (
    Engine,
    accuracy_job,
    build_lab,
    compare_job,
    edit_job,
    undo_job,
)
from gui.lab.kernels.knockout_card import banner_style, build_knockout_card
from gui.lab.kernels.playground import KernelPlayground
from gui.lab.kernels.words import (
    ACCURACY_NOISE,
    accuracy_note,
    answer_html,
    banner_text,
    filter_note,
    layer_item,
    modified_text,
    no_conv_text,
    tiles_caption,
)
from model.i18n import integer, percent
from model.lab import filter_surgery as surgery
from model.words import sentence

# How many MNIST test digits the accuracy is measured on: enough for a stable figure (one
# digit = 0.1 %), few enough to take well under a second here.
ACCURACY_DIGITS = 1000


class KernelPage(LabPage):
    """Kernel playground and filter knock-out on the current digit and model."""

    key = "kernels"
    title = "Kernel playground"

    # Tests measure on fewer digits; the app uses ACCURACY_DIGITS.
    accuracy_digits = ACCURACY_DIGITS

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        # Knock-out state. ``generation`` counts models; ``version`` counts edit lists.
        self._generation = 0
        self._version = 0
        self._edits: list[surgery.FilterEdit] = []
        self._model_key: int | None = None
        self._frozen_wanted = False
        self._busy = ""
        self._layers: list[dict[str, Any]] = []
        self._layer = ""
        self._index = 0
        self._compare: dict[str, Any] | None = None
        self._accuracy: dict[str, Any] | None = None
        # The filter whose weights the editor grid shows: (layer, index, version) and the
        # comparison they came from. Refilled only when that changes, never over typing.
        self._editor_key: tuple | None = None
        self._job_count = 0
        self._engine = Engine()
        self.worker = self.add_worker(
            "convscope-lab-kernels", self._on_worker_finished, self._on_worker_errored
        )
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(2000)
        self._snapshot_timer.timeout.connect(self._on_snapshot_timer_timeout)
        self._build()
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        self._refresh_knockout()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.playground = KernelPlayground()
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(12)
        column.addWidget(self.playground)
        self.knockout_card = build_knockout_card(self)
        column.addWidget(self.knockout_card)
        column.addStretch(1)
        self.set_scrolling_content(content)
        self._connect()

    def _connect(self) -> None:
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_changed)
        self.tiles.cellClicked.connect(self._on_tiles_cellClicked)
        self.off_button.clicked.connect(self.switch_off)
        self.apply_button.clicked.connect(self.apply_weights)
        self.undo_button.clicked.connect(self.undo)
        self.undo_all_button.clicked.connect(self.undo_all)

    # ------------------------------------------------------------------ LabPage

    def digit_changed(self, image: np.ndarray | None, prediction: dict | None) -> None:
        self.playground.set_image(image)
        self._request_compare()

    def model_changed(self, info: dict[str, Any]) -> None:
        had = list(self._edits)
        self._generation += 1
        self._edits, self._version = [], self._version + 1
        self._model_key, self._compare, self._accuracy, self._busy = None, None, None, ""
        self._layers = [layer for layer in info.get("layers", []) if layer.get("type") == "Conv2D"]
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for layer in self._layers:
            self.layer_box.addItem(layer_item(layer), layer["name"])
        self.layer_box.blockSignals(False)
        self._layer = self._layers[0]["name"] if self._layers else ""
        self._index = 0
        self._frozen_wanted = bool(self._layers)
        if had:
            self.statusReported.emit(
                translate(
                    "lab.kernels.page",
                    "Another model is now current; the filter changes were made to the previous "
                    "one",
                )
            )
        if self.active:
            self._request_freeze()
        self._refresh_knockout()

    def activated(self) -> None:
        self._request_freeze()

    def is_settled(self) -> bool:
        if not self._layers or self.image is None:
            return True
        # A comparison or accuracy of an earlier version of the network is still on screen
        # until the new one arrives: settled means both describe the network as it is now.
        current = [self._compare, self._accuracy]
        return all(r and r.get("version", 0) == self._version for r in current) and not self._busy

    # ------------------------------------------------------------------ knock-out: requests

    def _next_kind(self, stem: str) -> str:
        # Every change gets its own kind: ``run_on_model`` replaces a waiting job of the same
        # kind, and no change to the network may be silently dropped.
        self._job_count += 1
        return f"kernels-{stem}-{self._job_count}"

    def _request_freeze(self) -> None:
        if not self._frozen_wanted or self.session.info is None:
            return
        self._frozen_wanted = False
        self._busy = "copy"
        self.status.setText(
            translate(
                "lab.kernels.page", "Making a private copy of the network to compare against…"
            )
        )
        self.request_model_copy(str(self._generation))
        self._refresh_buttons()

    def _request_compare(self) -> None:
        if self.image is None or not self._layer or self._model_key is None:
            return
        self.worker.submit(
            "compare",
            compare_job,
            self._engine,
            self._generation,
            self._version,
            list(self._edits),
            np.array(self.image, np.float32),
            self._layer,
        )

    def _request_accuracy(self) -> None:
        if self._model_key is None:
            return
        self._accuracy = None
        self.accuracy_after.setText(translate("lab.kernels.page", "measuring…"))
        self.worker.submit(
            "accuracy",
            accuracy_job,
            self._engine,
            self._generation,
            self._version,
            list(self._edits),
        )

    def switch_off(self) -> None:
        """Switch the selected filter off in the session's model."""
        self._change(None)

    def apply_weights(self) -> None:
        """Give the selected filter the weights typed in its grid (first layer only)."""
        kernel = self.filter_grid.kernel()
        if kernel is None:
            self.status.setText(
                translate("lab.kernels.page", "Every cell of the filter needs a number.")
            )
            return
        self._change(kernel)

    def _change(self, kernel: np.ndarray | None) -> None:
        if self._busy or self._model_key is None or not self._layer:
            return
        self._busy = "edit"
        self.session.run_on_model(
            self._next_kind("edit"),
            edit_job,
            self._model_key,
            self._layer,
            self._index,
            kernel,
        )
        self._refresh_buttons()

    def undo(self) -> None:
        """Take back the newest change to the network."""
        self._undo(self._edits[-1:])

    def undo_all(self) -> None:
        """Give the network back every filter as trained."""
        self._undo(list(self._edits))

    def _undo(self, edits: list[surgery.FilterEdit]) -> None:
        if self._busy or not edits or self._model_key is None:
            return
        self._busy = "undo"
        self.session.run_on_model(self._next_kind("undo"), undo_job, self._model_key, edits)
        self._refresh_buttons()

    # ------------------------------------------------------------------ knock-out: answers

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag != str(self._generation):
            return  # a copy of a model that is no longer current
        self._model_key = model_key
        self._busy = ""
        self.status.setText(
            translate(
                "lab.kernels.page", "Measuring the network on {n} test digits as trained…"
            ).format(n=integer(self.accuracy_digits))
        )
        self.worker.submit(
            "build", build_lab, self._engine, frozen, self._generation, self.accuracy_digits
        )
        self._request_compare()

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag == str(self._generation):
            self._busy = ""
            self.status.setText(message)
            self._refresh_buttons()

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if not kind.startswith("kernels-"):
            return
        if kind.startswith("kernels-edit-"):
            self._busy = ""
            self._edits.append(result)
            self._edits_changed(f"{result.what}.")
        elif kind.startswith("kernels-undo-"):
            self._busy = ""
            n = int(result)
            undone = self._edits[-n:]
            del self._edits[-n:]
            self._edits_changed(
                translate("lab.kernels.page", "Undone: {changes}.").format(
                    changes=", ".join(e.what for e in reversed(undone))
                )
                if n
                else ""
            )

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if not kind.startswith("kernels-"):
            return
        self._busy = ""
        self.status.setText(message)
        self._refresh_buttons()
        self.errorReported.emit(
            translate("lab.kernels.page", "Could not change the filter"), message, details
        )

    def _edits_changed(self, what: str) -> None:
        self._version += 1
        # Every tab follows: the Draw tab's answer, the Inspect tab's filter tiles, the status
        # bar's "Modified" mark (and what Save As says).
        self.session.refresh_prediction()
        self.session.set_modified(modified_text(self._edits))
        if not self._edits:
            self.statusReported.emit(
                translate("lab.kernels.page", "The network has all its filters back, as trained.")
            )
        self.status.setText(sentence(what))
        self._request_compare()
        self._request_accuracy()
        self._refresh_knockout()

    @Slot(object)
    def _on_session_snapshotApplied(self, info: dict) -> None:
        # The snapshot's weights replaced every weight of the model: edits are gone, and the
        # copies compared against no longer match it.
        self._edits, self._version = [], self._version + 1
        self._generation += 1
        self._model_key, self._compare, self._accuracy = None, None, None
        self._frozen_wanted = bool(self._layers)
        # Snapshots arrive every few hundred batches while a run trains: copy the network
        # once they pause, not for every one of them.
        self._snapshot_timer.start()
        self._refresh_knockout()

    def _on_snapshot_timer_timeout(self) -> None:
        if self.active:
            self._request_freeze()

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if result is None or result.get("generation") != self._generation:
            return
        if kind == "build":
            # With no edits the network is the copy: its accuracy holds for this version.
            version = -1 if self._edits else self._version
            self._accuracy = {
                "before": result["before"],
                "after": result["before"],
                "version": version,
            }
            self.status.setText("")
            if self._edits:
                self._request_accuracy()
        elif kind == "compare":
            if result["version"] != self._version:
                return
            self._compare = result
        elif kind == "accuracy":
            if result["version"] != self._version:
                return
            self._accuracy = result
        self._refresh_knockout()

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self.status.setText(message)
        self.errorReported.emit(
            translate("lab.kernels.page", "The filter comparison failed"), message, details
        )

    @Slot(int)
    def _on_layer_box_changed(self, _index: int) -> None:
        name = self.layer_box.currentData()
        if name and name != self._layer:
            self._layer, self._index = name, 0
            self._compare = None
            self._request_compare()
            self._refresh_knockout()

    @Slot(int, int, int)
    def _on_tiles_cellClicked(self, tile: int, _row: int, _col: int) -> None:
        self.select_filter(tile)

    def select_filter(self, index: int) -> None:
        """Choose filter ``index`` of the chosen layer."""
        if index != self._index:
            # The comparison holds every filter of the layer: nothing to compute.
            self._index = int(index)
            self._refresh_knockout()

    @property
    def edits(self) -> list[surgery.FilterEdit]:
        """The changes made to the session's model, oldest first."""
        return list(self._edits)

    # ------------------------------------------------------------------ knock-out: display

    def _refresh_buttons(self) -> None:
        ready = self._model_key is not None and not self._busy and bool(self._layer)
        first = bool(self._layers) and self._layer == self._layers[0]["name"]
        self.off_button.setEnabled(ready)
        shown = self._compare is not None and self._compare.get("layer") == self._layer
        self.apply_button.setEnabled(ready and first and shown)
        self.filter_grid.set_read_only(not first)
        self.undo_button.setEnabled(ready and bool(self._edits))
        self.undo_all_button.setEnabled(ready and len(self._edits) > 1)

    def _refresh_knockout(self) -> None:
        has_conv = bool(self._layers)
        self.banner.setVisible(has_conv)
        style.themed_style_sheet(self.banner, lambda: banner_style(bool(self._edits)))
        self.banner.setText(banner_text(self._edits))
        self.knockout_panel.setVisible(has_conv)
        self.no_conv.setVisible(not has_conv)
        if not has_conv:
            self.tiles.clear()
            self.no_conv.setText(no_conv_text(self.session.info is not None))
        self._refresh_buttons()
        compare = self._compare
        self.filter_title.setText(
            translate("lab.kernels.page", "Filter {index} of {layername}").format(
                index=self._index, layername=self._layer
            )
            if has_conv
            else ""
        )
        if compare is None or compare.get("layer") != self._layer:
            if has_conv:
                self.tiles_caption.setText(tiles_caption(self.image is not None, False))
            for view in (self.map_before, self.map_after):
                view.clear()
            self._show_accuracy()
            return
        self._show_comparison(compare)
        self._show_accuracy()
        self._refresh_buttons()

    def _show_comparison(self, compare: dict[str, Any]) -> None:
        maps = compare["maps_after"]
        self.tiles.set_maps(maps, titles=[str(i) for i in range(len(maps))])
        self.tiles.set_selected_tile(self._index)
        self.tiles_caption.setText(tiles_caption(True, True))
        i = min(self._index, len(maps) - 1)
        before, after = compare["maps_before"][i], compare["maps_after"][i]
        top = float(max(np.abs(before).max(), np.abs(after).max())) or 1.0
        signed = bool(before.min() < 0 or after.min() < 0)
        scale = ColorScale(-top, top, True) if signed else ColorScale(0.0, top, False)
        self.map_before.set_maps(before, scale)
        self.map_after.set_maps(after, scale)
        self._show_filter_weights(compare, i)
        self.answer_before.setText(answer_html(compare["probs_before"]))
        self.answer_after.setText(answer_html(compare["probs_after"]))
        changed = int(np.argmax(compare["probs_before"])) != int(np.argmax(compare["probs_after"]))
        self.answer_after.setStyleSheet(f"color: {style.BAD};" if changed else "")

    def _show_filter_weights(self, compare: dict[str, Any], index: int) -> None:
        key = (compare["layer"], index, compare["version"], compare["generation"])
        if key == self._editor_key:
            return  # the same weights: leave whatever is being typed over them
        self._editor_key = key
        kernel, bias = compare["kernels"][..., index], float(compare["biases"][index])
        # A filter reading several maps shows the average of its slices.
        self.filter_grid.set_kernel(
            kernel[:, :, 0] if kernel.shape[2] == 1 else kernel.mean(axis=2)
        )
        self.filter_note.setText(filter_note(kernel.shape, bias))

    def _show_accuracy(self) -> None:
        acc = self._accuracy
        if acc is None:
            if self._model_key is None:
                self.accuracy_before.setText("–")
            self.accuracy_after.setText(
                translate("lab.kernels.page", "measuring…") if self._model_key is not None else "–"
            )
            self.compare_note.setText("")
            return
        self.accuracy_before.setText(percent(acc["before"], 1))
        self.accuracy_after.setText(percent(acc["after"], 1))
        drop = acc["before"] - acc["after"]
        self.accuracy_after.setStyleSheet(f"color: {style.BAD};" if drop > ACCURACY_NOISE else "")
        self.compare_note.setText(
            accuracy_note(acc["before"], acc["after"], bool(self._edits), self.accuracy_digits)
        )
