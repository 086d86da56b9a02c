"""Nearest training digits: the training digits the network itself finds most like yours.

The first time the page is shown (and after every model change) its own worker embeds a fixed
sample of the MNIST training set with a private copy of the current model
(``model.network.sharing.thaw`` of a ``freeze`` taken in the model worker), with a progress bar
and a Stop button; the session's model keeps serving live predictions meanwhile. Then each new
digit costs one forward pass and one matrix-vector product (a few milliseconds), also in that
worker (``jobs``). The card is laid out in ``neighbours_card``, its tiles are ``tiles``; this
page connects them and shows what the worker finds.

A second row, on request, shows the nearest digits by raw pixels: the naive idea of "alike"
that the network's features improve on (move your digit a few pixels and watch that row fall
apart while the first stays). Clicking any neighbour loads it into the Draw tab.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import html_escape
from gui.lab.neighbours.jobs import Engine, build_job, query_job
from gui.lab.neighbours.neighbours_card import NEIGHBOURS, build_neighbours_card
from model import i18n
from model.lab import neighbours as nb


class NeighboursPage(LabPage):
    """The training digits nearest to the current digit, in the network's eyes."""

    key = "neighbours"
    title = "Nearest training digits"

    # Emitted from the worker thread while the index is built: generation, done, total.
    progressed = Signal(int, int, int)

    # Tests index fewer digits; the app uses model.lab.neighbours.DEFAULT_SIZE.
    index_size = nb.DEFAULT_SIZE

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self._generation = 0
        self._state = "none"  # see ``state``
        self._wanted = True
        self._engine = Engine()
        self._result: dict[str, Any] | None = None
        self._built: dict[str, Any] | None = None
        self._seq = 0
        self.worker = self.add_worker(
            "convscope-lab-neighbours", self._on_worker_finished, self._on_worker_errored
        )
        self.progressed.connect(self._on_progressed)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        session.modifiedChanged.connect(self._on_session_modifiedChanged)
        self._build_ui()
        self._refresh()

    def _build_ui(self) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(build_neighbours_card(self))
        column.addStretch(1)
        self.set_scrolling_content(content)
        self.setMinimumSize(QSize(600, 400))
        self._connect()

    def _connect(self) -> None:
        self.stop_button.clicked.connect(self.stop_building)
        self.build_button.clicked.connect(self.start_building)
        self.network_row.picked.connect(lambda i: self._pick("network", i))
        self.pixels_box.toggled.connect(self._on_pixels_box_toggled)
        self.pixels_row.picked.connect(lambda i: self._pick("pixels", i))

    # ------------------------------------------------------------------ LabPage

    def digit_changed(self, image: np.ndarray | None, prediction: dict | None) -> None:
        if image is None:
            # Neighbours of the digit before still on their way must not fill the rows.
            self._seq += 1
            self._result = None
            self._refresh()
            return
        self._request_query()

    def model_changed(self, info: dict[str, Any]) -> None:
        self._invalidate()

    def activated(self) -> None:
        if self._wanted:
            self.start_building()

    def is_settled(self) -> bool:
        if self._state in ("copying", "building"):
            return False
        if self._state == "ready" and self.image is not None:
            return self._result is not None and self._result["seq"] == self._seq
        return True

    # ------------------------------------------------------------------ building

    def _invalidate(self, rebuild: bool = True) -> None:
        self._generation += 1
        self._engine.wanted = -1  # an index being built for the old weights stops
        self._result, self._built = None, None
        if rebuild:
            self._state, self._wanted = "none", True
            if self.active:
                self.start_building()
        else:
            self._state, self._wanted = "stale", False
        self._refresh()

    @property
    def state(self) -> str:
        """'none', 'copying', 'building', 'stopped', 'stale', 'ready' or 'failed'."""
        return self._state

    def start_building(self) -> None:
        """Index the training digits with the current model (in the background)."""
        if self.session.info is None or self._state in ("copying", "building", "ready"):
            self._refresh()
            return
        if self._state in ("stopped", "failed", "stale"):
            # A fresh attempt: the stop request of the last one must not stop this one.
            self._generation += 1
        self._wanted = False
        self._state = "copying"
        self._engine.wanted = self._generation
        self.progress.setRange(0, 0)
        self.request_model_copy(str(self._generation))
        self._refresh()

    def stop_building(self) -> None:
        """Stop indexing; ``start_building`` starts again from the beginning."""
        if self._state in ("copying", "building"):
            self._engine.wanted = -1

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag != str(self._generation) or self._state != "copying":
            return
        if self._engine.wanted != self._generation:  # stopped while the copy was made
            self._state = "stopped"
            self._refresh()
            return
        self._state = "building"
        self.progress.setRange(0, self.index_size)
        self.progress.setValue(0)
        self.worker.submit(
            "build",
            build_job,
            self._engine,
            self.worker,
            self.progressed.emit,
            frozen,
            self._generation,
            self.index_size,
        )
        self._refresh()

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag != str(self._generation):
            return
        self._state = "failed"
        self._failure = message
        self._refresh()

    @Slot(object)
    def _on_session_snapshotApplied(self, info: dict) -> None:
        # New weights: the stored features describe another network now. A training run
        # sends snapshots every few hundred batches, so the page offers to index again
        # rather than re-indexing (seconds of work) for every one of them.
        self._invalidate(rebuild=False)

    @Slot(str)
    def _on_session_modifiedChanged(self, text: str) -> None:
        # Weights edited in place (Lab › Kernel playground): the index is of the network
        # before the edit. One edit at a time, so index again, once this page is shown.
        if self._state in ("copying", "building", "ready", "stale"):
            self._invalidate(rebuild=True)

    @Slot(int, int, int)
    def _on_progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and self._state == "building":
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress_text.setText(
                translate(
                    "lab.neighbours.page", "Indexing training digits: {done} of {total}"
                ).format(done=i18n.integer(done), total=i18n.integer(total))
            )

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if result is None or result.get("generation") != self._generation:
            return
        if kind == "build":
            if result["cancelled"]:
                self._state = "stopped"
            else:
                self._state, self._built = "ready", result
                self._request_query()
        elif kind == "query":
            if result["seq"] != self._seq:
                return
            self._result = result
        self._refresh()

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "build":
            self._state = "failed"
            self._failure = message
            self._refresh()
        self.errorReported.emit(
            translate("lab.neighbours.page", "Nearest training digits failed"),
            message,
            details,
        )

    # ------------------------------------------------------------------ queries

    def _request_query(self) -> None:
        if self.image is None or self._state != "ready":
            return
        self._seq += 1
        self.worker.submit(
            "query",
            query_job,
            self._engine,
            self._generation,
            self._seq,
            np.array(self.image, np.float32),
            NEIGHBOURS,
            self.pixels_box.isChecked(),
        )

    @Slot(bool)
    def _on_pixels_box_toggled(self, _on: bool) -> None:
        self._request_query()
        self._refresh()

    @property
    def result(self) -> dict[str, Any] | None:
        """The newest neighbours shown (``network`` and ``pixels`` rows), or None."""
        return self._result

    def _pick(self, row: str, i: int) -> None:
        found = (self._result or {}).get(row)
        if not found or i >= len(found["labels"]):
            return
        digit, number = int(found["labels"][i]), int(found["indices"][i])
        self.session.offer_picture(
            found["images"][i],
            translate("lab.neighbours.page", "training digit #{number} (a {num})").format(
                number=number, num=digit
            ),
        )
        self.statusReported.emit(
            translate(
                "lab.neighbours.page", "Training digit #{number}, a {num}, is in the Draw tab now."
            ).format(number=number, num=digit)
        )

    # ------------------------------------------------------------------ display

    def _refresh(self) -> None:
        state = self._state
        building = state in ("copying", "building")
        self.progress.setVisible(building)
        self.stop_button.setVisible(building)
        self.build_button.setVisible(state in ("stopped", "failed", "stale"))
        if self.session.info is None:
            self.progress_text.setText(
                translate("lab.neighbours.page", "Load or train a model first.")
            )
        elif state == "copying":
            self.progress_text.setText(translate("lab.neighbours.page", "Copying the network…"))
        elif state == "building" and self.progress.maximum() <= 0:
            self.progress_text.setText(
                translate("lab.neighbours.page", "Indexing training digits…")
            )
        elif state == "stopped":
            self.progress_text.setText(
                translate("lab.neighbours.page", "Stopped before every training digit was indexed.")
            )
        elif state == "stale":
            self.progress_text.setText(
                translate(
                    "lab.neighbours.page",
                    "The network's weights changed (training): index again to compare with them.",
                )
            )
        elif state == "failed":
            self.progress_text.setText(
                getattr(
                    self,
                    "_failure",
                    translate("lab.neighbours.page", "Indexing failed."),
                )
            )
        elif state == "ready" and self._built:
            b = self._built
            n = i18n.integer(b["n"])
            self.progress_text.setText(
                translate(
                    "lab.neighbours.page", "{n} training digits indexed in {seconds} s."
                ).format(n=n, seconds=i18n.number(b["seconds"], 1))
            )
            self.about.setText(
                translate(
                    "lab.neighbours.page",
                    "Each digit is described by the {size} numbers of layer {lname} (what the "
                    "last layer reads), scaled to length 1; similarity is the cosine between two "
                    "such lists. The {n} digits are a fixed random sample of the {all} training "
                    "digits.",
                ).format(size=b["size"], lname=repr(b["layer"]), n=n, all=i18n.integer(60000))
            )
        self.yours.set_array(self.image)
        pixels = self.pixels_box.isChecked()
        self.pixels_title.setVisible(pixels)
        self.pixels_row.setVisible(pixels)
        self.pixels_caption.setVisible(pixels)
        result = self._result if state == "ready" else None
        self.network_row.show_neighbours(result["network"] if result else None)
        self.pixels_row.show_neighbours(result["pixels"] if result and pixels else None)
        self.verdict.set_html(self._verdict_html(result))

    def _verdict_html(self, result: dict[str, Any] | None) -> str:
        if self.session.info is None:
            return ""
        if self.image is None:
            return translate(
                "lab.neighbours.page",
                "Draw a digit on the Draw tab to meet its nearest training digits.",
            )
        if result is None:
            return ""
        found = result["network"]
        digit, count = found["majority"]
        k = len(found["labels"])
        if count == k:
            text = translate(
                "lab.neighbours.page",
                "It resembles these training {num}s most: all {k} nearest are {num}s.",
            ).format(num=digit, k=k)
        elif count * 2 > k:
            others = sorted({int(v) for v in found["labels"]} - {digit})
            text = translate(
                "lab.neighbours.page",
                "It resembles training {num}s most ({count} of the {k} nearest), "
                "with a few {rest}.",
            ).format(num=digit, count=count, k=k, rest=_digits(others))
        else:
            text = translate(
                "lab.neighbours.page", "It lies between digits: its {k} nearest include {nums}."
            ).format(k=k, nums=_digits(sorted({int(v) for v in found["labels"]})))
        answer = (self.prediction or {}).get("label")
        if answer is not None and int(answer) != digit:
            text += (
                f" <span style='color:{style.BAD}'>"
                + translate(
                    "lab.neighbours.page", "The network answers {reply}: a borderline digit."
                ).format(reply=int(answer))
                + "</span>"
            )
            return text
        return html_escape(text)


def _digits(digits: list[int]) -> str:
    """Digits as a list of their plurals: "3s, 5s" (German "3er, 5er")."""
    return ", ".join(translate("lab.neighbours.page", "{num}s").format(num=d) for d in digits)
