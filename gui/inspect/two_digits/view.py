"""Inspect › Two digits: your digit and a second one through the same network, layer by layer.

The second digit is drawn on a small canvas, taken from the test set, made from yours (moved
and turned by sliders), or is "the digit it was confused with": the training digit of the
runner-up class that the network finds most like yours (``model.lab.neighbours``); the column
that chooses it is ``second_digit``. Every layer shows both digits' outputs side by side with
their difference, and a curve of their similarity over the layers shows where the two paths
part and where they join again. It follows the drawing: each new digit (or second digit) is one
small job in the model worker (``jobs.two_digits``: both digits in one batch, ~1 ms), newest
wins.

The search for "the digit it was confused with" runs in this view's worker, on a copy of the
current model, embedding 6,000 training digits once per set of weights (about a second).
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import ReflowRow
from gui.common.maps.colors import ColorScale
from gui.common.page import LabPage
from gui.common.pixel_view import PixelView
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import Card, TextView, label, percent
from gui.inspect.compare.layer_curve import LayerCurve
from gui.inspect.compare.maps_row import MapsRow
from gui.inspect.layer_text import INPUT, shape_text
from gui.inspect.shared_jobs import tagged
from gui.inspect.two_digits import jobs
from gui.inspect.two_digits.second_digit import MODES, SecondDigitChooser
from model.i18n import number
from model.words import with_article

KIND = "two-digits"


class TwoDigitsView(LabPage):
    """Your digit and a second one, side by side through every layer.

    Signals
    -------
    refreshed(int)
        Every layer now shows the comparison asked for with this request number
        (``request_count``).
    """

    key = "digits"
    title = QT_TRANSLATE_NOOP("inspect.two_digits.view", "Two digits")
    refreshed = Signal(int)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.mode = MODES[0][0]
        # The second digit of the "draw" and "test" modes (28x28, 0..1) and what it is.
        self.seconds: dict[str, tuple[np.ndarray, str]] = {}
        self._pending_test: int | None = None
        self._sources: dict[int, str] = {}
        self._waiting = False  # something was asked whose answer is not shown yet
        self.result: dict[str, Any] | None = None
        self.request_count = 0
        self.rows: dict[str, MapsRow] = {}
        self._token = 0  # bumped per model: answers about an older one are dropped
        self._version = 0  # bumped per change of weights: the confusion index follows
        self._mnist: dict | None = None
        self._confusion = jobs.ConfusionIndex()
        self._cancel = threading.Event()
        self.worker = self.add_worker(
            "convscope-digits", self._on_worker_finished, self._on_worker_errored
        )
        self._build()
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.snapshotApplied.connect(self._on_weights_changed)
        session.modifiedChanged.connect(self._on_weights_changed)

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        intro = Card(
            translate("inspect.two_digits.view", "Two digits, one network"),
            translate(
                "inspect.two_digits.view",
                "Where do the paths of two digits through the network part, and where do they "
                "join again? Pick a second digit; every layer below shows both, and their "
                "difference (red: higher for yours, blue: higher for the second).",
            ),
        )
        self.chooser = SecondDigitChooser()
        self.chooser.modeChosen.connect(self.set_mode)
        self.chooser.drawingChanged.connect(self._on_chooser_drawingChanged)
        self.chooser.testRequested.connect(lambda: self.show_test_digit())
        self.chooser.movesChanged.connect(self.request)
        row = [self._build_pictures(), self.chooser, self._build_curve()]
        intro.body.addWidget(ReflowRow(row, [0, 3, 4]))
        self.sentence = label("", wrap=True)
        intro.body.addWidget(self.sentence)

        content = QWidget()
        self.rows_column = QVBoxLayout(content)
        self.rows_column.setContentsMargins(0, 0, 6, 0)
        self.rows_column.setSpacing(10)
        self.rows_column.addWidget(intro)
        self.rows_column.addStretch(1)
        self.scroll = self.set_scrolling_content(content)
        self.chooser.show_mode(self.mode)

    def _build_pictures(self) -> QWidget:
        """Both digits as the network sees them, each with what it is and how it is read."""
        self.view_a = PixelView(112, grid=False)
        self.view_b = PixelView(112, grid=False)
        self.caption_a = TextView(2)
        self.caption_b = TextView(2)
        pictures = QHBoxLayout()
        pictures.setSpacing(12)
        for title, view, caption in (
            (translate("inspect.two_digits.view", "Your digit"), self.view_a, self.caption_a),
            (translate("inspect.two_digits.view", "Second digit"), self.view_b, self.caption_b),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(label(title, "muted"))
            column.addWidget(view)
            column.addWidget(caption)
            column.addStretch(1)
            caption.setFixedWidth(150)
            pictures.addLayout(column)
        box = QWidget()
        box.setLayout(pictures)
        return box

    def _build_curve(self) -> QWidget:
        """How alike the two digits are at each layer; a click scrolls to the layer's row."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            label(
                translate("inspect.two_digits.view", "How alike they are, layer by layer"), "muted"
            )
        )
        self.curve = LayerCurve(translate("inspect.two_digits.view", "alike (cosine)"))
        column.addWidget(self.curve, 1)
        self.curve_note = label(
            translate(
                "inspect.two_digits.view",
                "Batch normalisation shifts each map's values, which moves this measure without "
                "making the two digits more or less alike.",
            ),
            "caption",
            wrap=True,
        )
        column.addWidget(self.curve_note)
        box.setMinimumWidth(340)
        self.curve.layerClicked.connect(self._on_curve_layerClicked)
        return box

    # ----------------------------------------------------------------- public API

    def set_mode(self, key: str) -> None:
        """Take the second digit from ``key``'s source (see ``MODES``)."""
        self.mode = key
        self.chooser.show_mode(key)
        if key == "test" and "test" not in self.seconds:
            self.show_test_digit()
            return
        self.request()

    def set_second(self, image: np.ndarray | None, source: str = "", mode: str = "test") -> None:
        """Compare with ``image`` (28x28, 0..1) in ``mode`` ("test": a given digit, or
        "draw"), which becomes the mode; None forgets that mode's digit."""
        if image is None:
            self.seconds.pop(mode, None)
        else:
            self.seconds[mode] = (np.asarray(image, np.float32).reshape(28, 28), source)
        if self.mode != mode:
            self.set_mode(mode)
        else:
            self.request()

    def show_test_digit(self, index: int | None = None) -> None:
        """Compare with MNIST test digit ``index`` (random if None)."""
        if self._mnist is None:
            self.worker.submit("mnist", jobs.test_digits)
            self._pending_test = index
            self._waiting = True
            return
        images, labels = self._mnist["images"], self._mnist["labels"]
        i = int(np.random.default_rng().integers(len(images))) if index is None else int(index)
        source = translate("inspect.two_digits.view", "test #{i}, {label}").format(
            i=i, label=with_article(int(labels[i]))
        )
        self.set_second(images[i] / 255.0, source)

    def request(self, *_args: Any) -> None:
        """Compare the current digit with the second one again (newest request wins)."""
        if not self.active or self.image is None or self.session.info is None:
            self._show_nothing()
            return
        if self.mode == "confused":
            self._request_confused()
            return
        if self.mode == "moved":
            second = ("moved", *self.chooser.moves())
            source = translate("inspect.two_digits.view", "yours, moved")
        elif self.mode not in self.seconds:
            self._show_nothing()
            return
        else:
            image, source = self.seconds[self.mode]
            second = ("image", image)
        self._run_pair(second, source)

    def _run_pair(self, second: tuple, source: str) -> None:
        self.request_count += 1
        self._waiting = True
        # What the second digit is, shown with the answer to this request.
        self._sources = {k: v for k, v in self._sources.items() if k > self.request_count - 8}
        self._sources[self.request_count] = source
        self.session.run_on_model(
            KIND, tagged, self._token, jobs.two_digits, self.image, second, self.request_count
        )

    # ----------------------------------------------------------------- "confused with"

    def _request_confused(self) -> None:
        probabilities = (self.prediction or {}).get("probabilities")
        if probabilities is None:
            return
        label_b = jobs.runner_up(probabilities)
        self._waiting = True
        if self._confusion.key == self._version:
            self.worker.submit("confused", self._confused_job, None, None, self.image, label_b)
        else:
            self.chooser.confused_note.setText(
                translate("inspect.two_digits.view", "Looking through 6,000 training digits…")
            )
            self.request_model_copy(str(self._version))

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag == str(self._version) and self.mode == "confused" and self.image is not None:
            label_b = jobs.runner_up(self.prediction["probabilities"])
            self.worker.submit(
                "confused", self._confused_job, frozen, self._version, self.image, label_b
            )

    def _confused_job(self, frozen: Any, key: Any, image: np.ndarray, label_b: int) -> dict:
        # In this view's worker: the index is built once per set of weights.
        if frozen is not None and self._confusion.key != key:
            cancel = self._cancel

            def should_stop() -> bool:
                self.worker.check_stopping()
                return cancel.is_set()

            self._confusion.build(frozen, key, should_stop)
        return dict(self._confusion.nearest(image, label_b), image_a=image)

    # ----------------------------------------------------------------- LabPage

    def model_changed(self, info: dict[str, Any]) -> None:
        self._token += 1
        layers = info.get("layers", [])
        self.curve_note.setVisible(any(la["type"] == "BatchNormalization" for la in layers))
        self._rebuild_rows(layers)
        self._on_weights_changed()

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        self.request()

    def activated(self) -> None:
        if self.mode == "test" and "test" not in self.seconds:
            self.show_test_digit()

    def is_settled(self) -> bool:
        return not self.active or self.image is None or not self._waiting

    def shutdown(self, timeout_ms: int) -> bool:
        self._cancel.set()
        return super().shutdown(timeout_ms)

    @Slot()
    def _on_weights_changed(self, *_args: Any) -> None:
        self._version += 1
        self.request()

    # ----------------------------------------------------------------- results

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, payload: Any) -> None:
        if kind != KIND or payload.get("token") != self._token:
            return
        result = payload["result"]
        if self.result is not None and result["seq"] < self.result["seq"]:
            return
        self.result = result
        self._waiting = result["seq"] != self.request_count
        self._show(result)

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind == KIND:
            self._waiting = False
            title = translate("inspect.two_digits.view", "Could not compare the two digits")
            self.errorReported.emit(title, message, details)

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if kind == "mnist":
            self._mnist = result
            self.show_test_digit(getattr(self, "_pending_test", None))
        elif kind == "confused" and self.mode == "confused":
            if self.image is None or result["image_a"] is not self.image:
                return  # a newer digit has been asked about since
            self.chooser.confused_note.setText(
                translate(
                    "inspect.two_digits.view",
                    "The network's second choice for your digit is {label}. The "
                    "second digit is the training {label} (#{i}) it finds most like yours.",
                ).format(label=result["label"], i=result["position"])
            )
            source = translate("inspect.two_digits.view", "training #{i}, {label}").format(
                i=result["position"], label=with_article(result["label"])
            )
            self._run_pair(("image", result["image"]), source)

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self._waiting = False
        self.errorReported.emit(
            translate("inspect.two_digits.view", "Could not find a second digit"), message, details
        )

    def _rebuild_rows(self, layers: list[dict]) -> None:
        for row in self.rows.values():
            self.rows_column.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        entries = [(INPUT, translate("inspect.two_digits.view", "the pixels"), [28, 28, 1])]
        entries += [
            (la["name"], la["type"], la["output_shape"]) for la in layers if la["type"] != "Dropout"
        ]
        for name, kind, shape in entries:
            row = MapsRow(
                [
                    translate("inspect.two_digits.view", "your digit"),
                    translate("inspect.two_digits.view", "second digit"),
                    translate("inspect.two_digits.view", "difference (yours − second)"),
                ]
            )
            row.set_title(f"{name} · {kind} {shape_text(shape)}")
            self.rows[name] = row
            self.rows_column.insertWidget(self.rows_column.count() - 1, row)
        self._show_nothing()

    def _show(self, r: dict[str, Any]) -> None:
        self.view_a.set_array(r["image_a"])
        self.view_b.set_array(r["image_b"])
        p = r["probabilities"]
        sources = (
            translate("inspect.two_digits.view", "your drawing"),
            self._sources.get(int(r["seq"]), ""),
        )
        reads = translate("inspect.two_digits.view", "{source}<br>reads <b>{label}</b> · {pct}")
        for caption, probs, source in zip((self.caption_a, self.caption_b), p, sources):
            best = int(np.argmax(probs))
            pct = percent(float(probs[best]))
            caption.set_html(reads.format(source=source, label=best, pct=pct))
        names, values = [], []
        for layer in r["layers"]:
            row = self.rows.get(layer.name)
            names.append(layer.name)
            values.append(layer.similarity)
            if row is None:
                continue
            pair = np.concatenate([np.ravel(layer.a), np.ravel(layer.b)])
            scale = ColorScale.pixels() if layer.kind == "input" else ColorScale.for_values(pair)
            difference = ColorScale.for_values(layer.difference, force_signed=True)
            row.fill(
                translate("inspect.two_digits.view", "{number} alike").format(
                    number=number(layer.similarity, 2)
                ),
                [(layer.a, scale), (layer.b, scale), (layer.difference, difference)],
            )
        self.curve.set_values(names, values)
        self.sentence.setText(r["sentence"])
        self.refreshed.emit(int(r["seq"]))

    def _show_nothing(self) -> None:
        self.result = None
        self._waiting = False
        if self.image is None:
            text = translate(
                "inspect.two_digits.view",
                "Draw a digit on the Draw tab: it is compared here with a second one.",
            )
        elif self.mode == "draw":
            text = translate(
                "inspect.two_digits.view", "Draw the second digit on the small canvas."
            )
        else:
            text = ""
        if text:
            self.sentence.setText(text)
        self.curve.set_values(list(self.rows), None)
        self.view_a.set_array(self.image)
        self.view_b.set_array(None)
        self.caption_a.set_text("")
        self.caption_b.set_text("")
        for row in self.rows.values():
            row.clear()

    @Slot()
    def _on_chooser_drawingChanged(self) -> None:
        from model.data.preprocess import preprocess

        pre = preprocess(self.chooser.canvas.to_array())
        self.set_second(
            None if pre.blank else pre.input,
            translate("inspect.two_digits.view", "drawn"),
            mode="draw",
        )

    @Slot(int)
    def _on_curve_layerClicked(self, index: int) -> None:
        self.curve.set_selected(index)
        name = self.curve.names[index]
        if name in self.rows:
            self.scroll.ensureWidgetVisible(self.rows[name], 0, 0)
