"""Inspect › What each layer knows: a linear read-out of every layer, and of your digit.

"If the network stopped here, what would it say?" For every layer (and the raw pixels, the
baseline) ``model.explain.probes.train_probes`` fits a logistic regression on the layer's output for
a seeded sample of training digits and scores it on test digits. The view shows each
read-out's accuracy as a curve from input to output, and a column of read-outs for the
current digit: ten small bars per layer.

Probes are trained in a worker of this view's own (``convscope-probes``), never the model
worker, on a frozen copy of the current model (``LabPage.request_model_copy``), and cached
under the fingerprint of the weights they read (``model.network.sharing.fingerprint``,
``model.explain.probes.ProbeCache``): any change of the weights (a new model, a training snapshot, a
kernel edit) asks for new read-outs, and going back to earlier weights finds theirs again.
Training starts when the view is shown and is cancelled when it is hidden or the weights
change. The read-outs of each new digit are a few small products (``Probes.read_out``, about
a millisecond), computed as the digit arrives.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import ReflowRow
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import Card, label
from gui.inspect.compare.layer_curve import LayerCurve
from gui.inspect.knows.readout_row import ReadoutRow
from gui.inspect.layer_text import SHORT_KINDS, shape_text
from model.explain.probes import DEFAULT_TEST, DEFAULT_TRAIN
from model.i18n import integer, number
from model.words import with_article

# The weights may change in bursts (snapshots during a run, a slider of the timeline): ask for
# new read-outs once they have stayed the same for this long.
SETTLE_MS = 700

INTRO = QT_TRANSLATE_NOOP(
    "inspect.knows.view",
    "Stop the network after a layer and let the simplest reader there is, a straight line "
    "(a logistic regression), read the digit off what that layer computed: how often is it "
    "right? Each read-out learns from the layer's outputs for training digits and is scored on "
    "test digits it never saw. The raw pixels are the baseline: what a straight line reads "
    "before the network does anything.",
)


class ProbesView(LabPage):
    """The read-out accuracy curve and the column of read-outs for the current digit."""

    key = "knows"
    title = QT_TRANSLATE_NOOP("inspect.knows.view", "What each layer knows")

    # Emitted in the probes worker's thread; Qt queues it to the view.
    probesProgressed = Signal(int, int)
    # The read-outs of prediction ``seq`` are on screen.
    readOutsShown = Signal(int)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        from model.explain.probes import ProbeCache

        self.sample = (DEFAULT_TRAIN, DEFAULT_TEST)  # training and test digits per read-out
        self.cache = ProbeCache()
        self.probes: Any = None  # the read-outs of the current weights, when trained
        self.fingerprint: str | None = None  # of the current weights, once known
        self.read_outs: np.ndarray | None = None  # (layers, 10) for the current digit
        self._version = 0  # bumped by every change of the weights
        self._training: str | None = None  # fingerprint being trained
        self._cancel = threading.Event()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._ask)
        self.worker = self.add_worker(
            "convscope-probes", self._on_worker_finished, self._on_worker_errored
        )
        self.probesProgressed.connect(self._on_probesProgressed)
        self.rows: list[ReadoutRow] = []
        self._build()
        session.snapshotApplied.connect(self._on_weights_changed)
        session.modifiedChanged.connect(self._on_weights_changed)

    def _build(self) -> None:
        head = Card(translate("inspect.knows.view", "What each layer knows"))
        head.body.addWidget(label(translate("inspect.knows.view", INTRO), "muted", wrap=True))
        status_row = QHBoxLayout()
        self.status = label("", "muted", wrap=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.train_button = QPushButton(translate("inspect.knows.view", "Train the read-outs"))
        self.train_button.setToolTip(
            translate(
                "inspect.knows.view", "Train the read-outs of every layer again, in the background"
            )
        )
        self.train_button.clicked.connect(self._ask)
        self.train_button.setVisible(False)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.train_button)
        head.body.addLayout(status_row)

        curve_card = Card(translate("inspect.knows.view", "How well each layer can be read"))
        self.curve = LayerCurve(
            translate("inspect.knows.view", "% read correctly"), as_percent=True
        )
        self.curve.setMinimumHeight(220)
        self.summary = label("", "muted", wrap=True)
        curve_card.body.addWidget(self.curve, 1)
        curve_card.body.addWidget(self.summary)
        curve_card.setMinimumWidth(360)

        readout_card = Card(
            translate("inspect.knows.view", "What each layer would say of your digit")
        )
        self.digit_note = label("", "caption", wrap=True)
        readout_card.body.addWidget(self.digit_note)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(2)
        readout_card.body.addLayout(self.rows_box)
        readout_card.body.addStretch(1)
        readout_card.setMinimumWidth(440)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(12)
        column.addWidget(head)
        column.addWidget(ReflowRow([curve_card, readout_card], [5, 6]))
        column.addStretch(1)
        self.set_scrolling_content(content)
        self.curve.layerClicked.connect(self._on_curve_layerClicked)

    # ----------------------------------------------------------------- LabPage

    def model_changed(self, info: dict[str, Any]) -> None:
        self._rebuild_rows(info.get("layers", []))
        self._on_weights_changed()

    def activated(self) -> None:
        if self.probes is None and self._training is None:
            self._ask()

    def deactivated(self) -> None:
        # Hidden views compute nothing: training starts again when the view is shown.
        self._settle.stop()
        if self._training is not None:
            self._cancel.set()

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        self._show_read_outs()

    def is_settled(self) -> bool:
        return not self.active or (self.probes is not None and self._training is None)

    def shutdown(self, timeout_ms: int) -> bool:
        self._cancel.set()
        return super().shutdown(timeout_ms)

    # ----------------------------------------------------------------- training

    @Slot()
    def _on_weights_changed(self, *_args: Any) -> None:
        self._version += 1
        self.probes = None
        self.fingerprint = None
        self.read_outs = None
        self._show_curve()
        self._show_read_outs()
        if self._training is not None:
            self._cancel.set()
        if self.active:
            self.status.setText(
                translate("inspect.knows.view", "The weights changed: new read-outs follow…")
            )
            self._settle.start()

    @Slot()
    def _ask(self) -> None:
        """Ask for a copy of the current model; its read-outs follow (cached or trained)."""
        if not self.active or self.session.info is None:
            return
        self.train_button.setVisible(False)
        self.request_model_copy(str(self._version))

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        from model.network.sharing import fingerprint

        if tag != str(self._version):
            return  # the weights changed since it was asked for
        key = fingerprint(frozen)
        self.fingerprint = key
        cached = self.cache.get(key)
        if cached is not None:
            self._show_probes(cached, "")
            return
        if self._training == key:
            return
        self._training = key
        self._cancel = threading.Event()
        n, n_test = self.sample
        self.status.setText(
            translate(
                "inspect.knows.view",
                "Training a read-out for every layer on {n} training digits (in the "
                "background; about ten seconds for the shipped model)…",
            ).format(n=integer(n))
        )
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.worker.submit("probes", self._train_job, frozen, key, n, n_test, self._cancel)

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        self.status.setText(
            translate("inspect.knows.view", "No read-outs: {message}").format(message=message)
        )

    def _train_job(self, frozen: Any, key: str, n: int, n_test: int, cancel: Any) -> dict:
        from model.data.mnist import load_mnist
        from model.explain.probes import ProbesStopped, train_probes
        from model.network.sharing import thaw

        worker = self.worker

        def should_stop() -> bool:
            worker.check_stopping()  # the app is closing: end quietly
            return cancel.is_set()

        mnist = load_mnist()
        try:
            probes = train_probes(
                thaw(frozen),
                mnist,
                n,
                n_test,
                seed=0,
                progress=self.probesProgressed.emit,
                should_stop=should_stop,
            )
        except ProbesStopped:
            return {"key": key, "probes": None}
        return {"key": key, "probes": probes}

    @Slot(int, int)
    def _on_probesProgressed(self, done: int, total: int) -> None:
        if self._training is None:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: dict) -> None:
        if result["key"] == self._training:
            self._training = None
            self.progress.setVisible(False)
        probes = result["probes"]
        if probes is None:  # cancelled
            if self.active and self.probes is None and self._training is None:
                self._settle.start()
            return
        self.cache.put(result["key"], probes)
        if result["key"] == self.fingerprint:
            took = translate("inspect.knows.view", " Trained in {seconds} s.")
            self._show_probes(probes, took.format(seconds=number(probes.seconds, 1)))

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self._training = None
        self.progress.setVisible(False)
        failed = translate("inspect.knows.view", "The read-outs could not be trained: {message}")
        self.status.setText(failed.format(message=message))
        self.train_button.setVisible(True)
        title = translate("inspect.knows.view", "Could not train the read-outs")
        self.errorReported.emit(title, message, details)

    # ----------------------------------------------------------------- showing

    def _rebuild_rows(self, layers: list[dict]) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = [ReadoutRow("input", translate("inspect.knows.view", "pixels"))]
        for layer in layers:
            kind = SHORT_KINDS.get(layer["type"], layer["type"])
            row = ReadoutRow(layer["name"], kind)
            tip = translate("inspect.knows.view", "{kind}, output {shape}")
            row.setToolTip(tip.format(kind=layer["type"], shape=shape_text(layer["output_shape"])))
            self.rows.append(row)
        for row in self.rows:
            self.rows_box.addWidget(row)

    def _show_probes(self, probes: Any, note: str) -> None:
        self.probes = probes
        self.status.setText(
            translate(
                "inspect.knows.view",
                "Each read-out learned from {n_train} training digits and was scored on "
                "{n_test} test digits.",
            ).format(n_train=integer(probes.n_train), n_test=integer(probes.n_test))
            + note
        )
        self._show_curve()
        self._show_read_outs()

    def _show_curve(self) -> None:
        probes = self.probes
        if probes is None:
            self.curve.set_values([row.name for row in self.rows], None)
            self.summary.setText("")
            for row in self.rows:
                row.set_accuracy(None)
            return
        names = [entry.name for entry in probes.layers]
        accuracy = [entry.accuracy for entry in probes.layers]
        pixels = accuracy[0]
        raw = translate("inspect.knows.view", "raw pixels {pct} %").format(
            pct=number(pixels * 100, 1)
        )
        self.curve.set_values(names, accuracy, pixels, raw)
        for row, value in zip(self.rows, accuracy):
            row.set_accuracy(value)
        self.summary.setText(self._summary(names, accuracy))

    @staticmethod
    def _summary(names: list[str], accuracy: list[float]) -> str:
        pixels, last = accuracy[0], accuracy[-1]
        best = int(np.argmax(accuracy[1:])) + 1
        if names[-1] == "output":
            text = translate(
                "inspect.knows.view",
                "A straight line reads {pixels} % of the test digits off the raw pixels "
                "and {last} % off the output.",
            )
        else:
            text = translate(
                "inspect.knows.view",
                "A straight line reads {pixels} % of the test digits off the raw pixels "
                "and {last} % off the output ({layername}).",
            )
        text = text.format(
            pixels=number(pixels * 100, 1), last=number(last * 100, 1), layername=names[-1]
        )
        if best != len(names) - 1:
            text += translate(
                "inspect.knows.view", " The best read-out is {layername}'s ({pct} %)."
            ).format(layername=names[best], pct=number(accuracy[best] * 100, 1))
        return text

    def _show_read_outs(self) -> None:
        prediction = self.prediction
        acts = None if prediction is None else prediction.get("activations")
        if self.probes is None or acts is None or self.image is None:
            self.read_outs = None
            for row in self.rows:
                row.set_read_out(None)
            self.digit_note.setText(
                translate(
                    "inspect.knows.view",
                    "Draw a digit on the Draw tab to see what each layer would say of it.",
                )
                if self.image is None
                else translate(
                    "inspect.knows.view", "The read-outs appear here once they are trained."
                )
            )
            return
        self.read_outs = self.probes.read_out(self.image, acts)
        for row, probabilities in zip(self.rows, self.read_outs):
            row.set_read_out(probabilities)
        answer = int(prediction["label"])
        agreeing = next(
            (i for i, p in enumerate(self.read_outs) if int(np.argmax(p)) == answer), None
        )
        if agreeing is None:
            text = translate(
                "inspect.knows.view",
                "The network answers {label}. No read-out says so. ({n} read-outs, input first.)",
            )
        else:
            text = translate(
                "inspect.knows.view",
                "The network answers {label}. The first read-out to say so is {layername}'s. "
                "({n} read-outs, input first.)",
            )
        layer = "" if agreeing is None else self.probes.layers[agreeing].name
        text = text.format(label=with_article(answer), layername=layer, n=integer(len(self.rows)))
        self.digit_note.setText(text)
        self.readOutsShown.emit(int(prediction["seq"]))

    @Slot(int)
    def _on_curve_layerClicked(self, index: int) -> None:
        self.curve.set_selected(index)
        for i, row in enumerate(self.rows):
            row.set_selected(i == index)
