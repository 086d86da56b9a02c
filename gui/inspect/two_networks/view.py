"""Inspect › Two networks: the current model beside another one, on your digit and on test digits.

The other network (``gui.common.second_network.SecondNetwork``, the session's ``second``) is the
shipped dense network, a model file, a snapshot of the last training run or a copy of the
current model taken now (to set beside what it becomes after fine-tuning or an edit). The view
shows both answers, which pixels mattered to each (occlusion, ``model.lab.saliency``: it works on
any network, so both are asked the same way), and the two networks' feature maps and filters
layer by layer where their layers correspond (``model.explain.compare.corresponding_summaries``;
when none do, its sentence says so). Below, both are scored on the same test digits in a worker
of this view's own (``evaluation``); the digits on which they disagree are a click away from the
canvas.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import second_network as second
from gui.common import style
from gui.common.answer_column import AnswerColumn
from gui.common.heat_view import HeatView
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import FlowLayout, ReflowRow
from gui.common.maps.colors import ColorScale
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import Card, TextView, label, percent
from gui.inspect.compare.maps_row import MapsRow
from gui.inspect.layer_text import shape_text
from gui.inspect.shared_jobs import describe_layers, tagged
from gui.inspect.two_networks import jobs, texts
from gui.inspect.two_networks.evaluation import EvaluationPanel
from model.words import sentence

OTHER_COLOUR = "#f97316"  # the Robustness lab's colour for the comparison network


class TwoNetworksView(LabPage):
    """This network beside another: answers, saliency, corresponding layers, test digits."""

    key = "networks"
    title = QT_TRANSLATE_NOOP("inspect.two_networks.view", "Two networks")

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.second = session.second
        self.pairs: list[Any] = []  # model.explain.compare.LayerPair of the corresponding layers
        self.refusal = ""  # the sentence when no layers correspond
        self.described: list[dict] = []  # the current model's layers with their weights
        self.rows: dict[str, MapsRow] = {}
        self.answer_b: dict[str, Any] | None = None
        self._token = 0
        self._shown_default = False
        self._score_n = 0
        self.worker = self.add_worker(
            "convscope-networks", self._on_worker_finished, self._on_worker_errored
        )
        self._build()
        self.second.changed.connect(self._on_second_changed)
        self.second.answered.connect(self._on_second_answered)
        self.second.jobFinished.connect(self._on_second_jobFinished)
        self.second.failed.connect(self._on_second_failed)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.timelineChanged.connect(self._fill_snapshots)
        session.snapshotApplied.connect(self._on_weights_changed)
        session.modifiedChanged.connect(self._on_weights_changed)
        self._fill_snapshots()
        self._on_second_changed(self.second.info)

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.layers_card = Card(translate("inspect.two_networks.view", "Layer by layer"))
        self.layers_note = label("", "muted", wrap=True)
        self.layers_card.body.addWidget(self.layers_note)
        self.evaluation = EvaluationPanel()
        self.evaluation.scoreRequested.connect(self.score)
        self.evaluation.digitChosen.connect(self.put_on_canvas)
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 6, 0)
        self.column.setSpacing(10)
        for widget in (
            self._build_chooser(),
            self._build_answers(),
            self._build_why(),
            self.layers_card,
            self.evaluation,
        ):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.set_scrolling_content(content)

    def _build_chooser(self) -> Card:
        """The buttons that choose the other network, and what it is."""
        chooser = Card(*texts.chooser_card())
        buttons = FlowLayout(spacing=6)
        buttons.addWidget(label(translate("inspect.two_networks.view", "Compare with:"), "muted"))
        for (text, tip), slot in zip(
            texts.chooser_buttons(), (self.use_dense, self.choose_file, self.use_copy)
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.snapshots = QComboBox()
        self.snapshots.setToolTip(texts.snapshots_tip())
        self.snapshots.activated.connect(self._on_snapshots_activated)
        buttons.addWidget(self.snapshots)
        self.stop_button = QPushButton(translate("inspect.two_networks.view", "Stop comparing"))
        self.stop_button.clicked.connect(self.second.clear)
        buttons.addWidget(self.stop_button)
        chooser.body.addLayout(buttons)
        self.other_line = label("", "muted", wrap=True)
        chooser.body.addWidget(self.other_line)
        return chooser

    def _build_answers(self) -> Card:
        """Both networks' answers side by side, and a line when they disagree."""
        answers = Card(translate("inspect.two_networks.view", "Their answers"))
        self.column_a = AnswerColumn(style.ACCENT)
        self.column_b = AnswerColumn(OTHER_COLOUR)
        answers.body.addWidget(ReflowRow([self.column_a, self.column_b], [1, 1]))
        self.differs = label("", wrap=True)
        self.differs.setTextFormat(Qt.TextFormat.RichText)
        answers.body.addWidget(self.differs)
        return answers

    def _build_why(self) -> Card:
        """Which pixels mattered to each network: occlusion over the digit."""
        self.why = Card(*texts.why_card())
        heat_row = QHBoxLayout()
        self.heat_views: list[HeatView] = []
        self.heat_captions: list[TextView] = []
        for _ in range(2):
            column = QVBoxLayout()
            caption = TextView(1)
            view = HeatView(over_digit=True, size=200)
            view.setFixedSize(200, 200)
            column.addWidget(caption)
            column.addWidget(view)
            heat_row.addLayout(column, 1)
            self.heat_views.append(view)
            self.heat_captions.append(caption)
        self.why.body.addLayout(heat_row)
        return self.why

    # ----------------------------------------------------------------- choosing the other

    def use_dense(self) -> None:
        """Compare with the shipped plain dense network (``mlp.keras``)."""
        self.second.choose(second.file_source(second.SHIPPED_DENSE))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("inspect.two_networks.view", "Compare with which model?"),
            str(second.SHIPPED_DENSE.parent),
            translate("inspect.two_networks.view", "Keras models (*.keras);;All files (*)"),
        )
        if path:
            self.second.choose(second.file_source(path))

    def use_copy(self) -> None:
        """Compare with a copy of the current model as it is now."""
        self.request_model_copy("pin")

    def use_snapshot(self, index: int) -> None:
        """Compare with snapshot ``index`` of the last training run."""
        snapshot = self.session.timeline[index]
        self.second.choose(second.snapshot_source(snapshot.spec, snapshot.weights, snapshot.text()))

    @Slot(int)
    def _on_snapshots_activated(self, index: int) -> None:
        if index > 0:
            self.use_snapshot(index - 1)

    @Slot()
    def _fill_snapshots(self) -> None:
        timeline = self.session.timeline
        self.snapshots.clear()
        self.snapshots.addItem(
            translate("inspect.two_networks.view", "A moment of the last run…")
            if len(timeline)
            else translate("inspect.two_networks.view", "No training run yet")
        )
        for i in range(len(timeline)):
            self.snapshots.addItem(timeline[i].text())
        self.snapshots.setEnabled(len(timeline) > 0)

    # ----------------------------------------------------------------- LabPage

    def model_changed(self, info: dict[str, Any]) -> None:
        self._on_weights_changed()

    def activated(self) -> None:
        self.second.want("inspect", True, activations=True)
        if self.second.info is None and not self.second.loading and not self._shown_default:
            self._shown_default = True  # the first time: the question the issue starts from
            self.use_dense()
        self._request_why()

    def deactivated(self) -> None:
        self.second.want("inspect", False)

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        self._show_a()
        self._request_why()

    def is_settled(self) -> bool:
        if not self.active or self.second.loading:
            return not self.second.loading
        if self.image is None or self.second.info is None:
            return True
        answer = self.second.last_answer
        return answer is not None and answer["seq"] == int(self.prediction["seq"])

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag == "pin":
            name = (self.session.info or {}).get("name") or translate(
                "inspect.two_networks.view", "this model"
            )
            stamp = time.strftime("%H:%M:%S")
            self.second.choose(
                second.frozen_source(
                    frozen,
                    translate("inspect.two_networks.view", "{name}, as at {time}").format(
                        name=name, time=stamp
                    ),
                    translate("inspect.two_networks.view", "a copy taken at {time}").format(
                        time=stamp
                    ),
                )
            )
        elif tag == "evaluate" and self.second.info is not None:
            other = self.second.info
            self.worker.submit(
                "evaluate",
                self._evaluate_job,
                frozen,
                other["frozen"],
                self._score_n,
                other["generation"],
            )

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        self.evaluation.set_idle(message)

    # ----------------------------------------------------------------- this model

    @Slot()
    def _on_weights_changed(self, *_args: Any) -> None:
        self._token += 1
        self.session.run_on_model("networks-layers", tagged, self._token, describe_layers)
        self._show_names()

    def _request_why(self) -> None:
        if not self.active or self.image is None or self.session.info is None:
            return
        seq = int(self.prediction["seq"])
        self.session.run_on_model("networks-why", jobs.occlusion, self.image, seq)
        if self.second.info is not None:
            self.second.run("why", jobs.occlusion, self.image, seq)

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, payload: Any) -> None:
        if kind == "networks-layers" and payload.get("token") == self._token:
            self.described = payload["result"]["layers"]
            self._pair_layers()
        elif kind == "networks-why" and self._is_current(payload["seq"]):
            self._fill_why(0, payload["map"], payload["class_index"])

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind in ("networks-layers", "networks-why"):
            title = translate("inspect.two_networks.view", "Could not compare the networks")
            self.errorReported.emit(title, message, details)

    def _is_current(self, seq: int) -> bool:
        return self.prediction is not None and int(self.prediction["seq"]) == int(seq)

    def _show_a(self) -> None:
        p = self.prediction
        if p is None or self.image is None:
            self.column_a.show_answer(
                None, translate("inspect.two_networks.view", "Draw a digit on the Draw tab.")
            )
            self.column_b.show_answer(None, "")
            for row in self.rows.values():
                row.clear()
            for view in self.heat_views:
                view.set_maps(None, None, True)
            self.differs.setText("")
            return
        self.column_a.show_answer(p["probabilities"])
        acts = p.get("activations") or {}
        for pair in self.pairs:
            row = self.rows.get(pair.name_a)
            if row is not None and pair.name_a in acts:
                values = np.asarray(acts[pair.name_a])
                row.fill_grid(0, values, ColorScale.for_values(values))
        self._show_difference()

    # ----------------------------------------------------------------- the other network

    @Slot(object)
    def _on_second_changed(self, info: dict | None) -> None:
        self.answer_b = None
        self.stop_button.setEnabled(info is not None)
        self._show_names()
        self._pair_layers()
        self.evaluation.results.setVisible(False)
        self.evaluation.result = None
        if info is not None:
            self.second.predict_again()
            self._request_why()
        else:
            self.column_b.show_answer(
                None, translate("inspect.two_networks.view", "No other network: choose one above.")
            )

    @Slot(object)
    def _on_second_answered(self, answer: dict) -> None:
        self.answer_b = answer
        self.column_b.show_answer(answer["probabilities"])
        acts = answer.get("activations") or {}
        for pair in self.pairs:
            row = self.rows.get(pair.name_a)
            if row is not None and pair.name_b in acts:
                values = np.asarray(acts[pair.name_b])
                row.fill_grid(1, values, ColorScale.for_values(values))
        self._show_difference()

    @Slot(str, object)
    def _on_second_jobFinished(self, kind: str, payload: dict) -> None:
        result = payload["result"]
        if kind == "why" and self._is_current(result["seq"]):
            self._fill_why(1, result["map"], result["class_index"])

    @Slot(str, str, str)
    def _on_second_failed(self, kind: str, message: str, details: str) -> None:
        if not self.active:
            return
        if kind == "load":
            title = translate("inspect.two_networks.view", "Cannot compare with that model")
        else:
            title = translate("inspect.two_networks.view", "The other network failed")
        self.errorReported.emit(title, message, details)
        self._show_names()

    def _show_names(self) -> None:
        info, other = self.session.info or {}, self.second.info
        name_a = info.get("name") or texts.this_model()
        heading_a, heading_b, line = texts.names(name_a, other, self.second.loading)
        self.column_a.heading.set_text(heading_a)
        self.column_b.heading.set_text(heading_b)
        self.other_line.setText(line)
        name_b = texts.the_other_network() if other is None else other["name"]
        self.evaluation.set_names(name_a, name_b)

    def _show_difference(self) -> None:
        p, b = self.prediction, self.answer_b
        if p is None or b is None or int(b["seq"]) != int(p["seq"]):
            self.differs.setText("")
            return
        la, lb = int(p["label"]), int(b["label"])
        ca, cb = percent(float(p["confidence"])), percent(float(b["confidence"]))
        other = (self.second.info or {}).get("name", texts.the_other_network())
        self.differs.setText(texts.difference(la, lb, ca, cb, other))

    def _fill_why(self, which: int, heat: np.ndarray, class_index: int) -> None:
        self.heat_views[which].set_maps(self.image, heat, True)
        name = texts.this_model() if which == 0 else (self.second.info or {}).get("name", "")
        why = translate("inspect.two_networks.view", "{name}: why {label}").format(
            name=name, label=class_index
        )
        self.heat_captions[which].set_text(why)

    # ----------------------------------------------------------------- layers side by side

    def _pair_layers(self) -> None:
        from model.explain.compare import CompareError, corresponding_summaries

        for row in self.rows.values():
            self.layers_card.body.removeWidget(row)
            row.deleteLater()
        self.rows, self.pairs, self.refusal = {}, [], ""
        info, other = self.session.info, self.second.info
        if info is None or other is None:
            self.layers_note.setText(
                translate(
                    "inspect.two_networks.view",
                    "Choose another network above to see its layers here.",
                )
            )
            return
        try:
            self.pairs = corresponding_summaries(info["layers"], other["layers"])
        except CompareError as exc:
            self.refusal = str(exc)
            self.layers_note.setText(sentence(self.refusal) + ".")
            self._show_a()
            return
        self.layers_note.setText(texts.layers_note(len(self.pairs)))
        kernels_a = {e["name"]: e.get("kernel") for e in self.described}
        kernels_b = {e["name"]: e.get("kernel") for e in other["described"]}
        for pair in self.pairs:
            row = MapsRow(texts.row_captions(pair.name_a, other["name"], pair.name_b))
            row.set_title(f"{pair.name_a} · {pair.kind} {shape_text(pair.shape)}")
            self.rows[pair.name_a] = row
            self.layers_card.body.addWidget(row)
            ka, kb = kernels_a.get(pair.name_a), kernels_b.get(pair.name_b)
            if pair.kind == "Conv2D" and ka is not None and kb is not None and ka.shape[2] == 1:
                self._add_filters(pair, ka, kb, other["name"])
        self._show_a()
        if self.answer_b is not None:
            self._on_second_answered(self.answer_b)

    def _add_filters(self, pair: Any, ka: np.ndarray, kb: np.ndarray, other: str) -> None:
        row = MapsRow(texts.row_captions(pair.name_a, other, pair.name_b))
        row.set_title(texts.filters_title(pair.name_a, ka.shape[3], shape_text(ka.shape[:2])))
        self.rows[f"{pair.name_a}:filters"] = row
        self.layers_card.body.addWidget(row)
        for i, kernel in enumerate((ka, kb)):
            # Red weights count the pixel under them, blue ones count against: one scale per
            # network, symmetric about zero.
            row.fill_grid(i, kernel[:, :, 0, :], ColorScale.for_values(kernel, True))

    # ----------------------------------------------------------------- test digits

    def score(self, n: int) -> None:
        """Score both networks on the first ``n`` test digits, in this view's worker."""
        if self.second.info is None or self.session.info is None:
            self.evaluation.set_idle(
                translate("inspect.two_networks.view", "Choose another network first.")
            )
            return
        self._score_n = int(n)
        self.evaluation.set_busy(texts.reading(n))
        self.request_model_copy("evaluate")

    def _evaluate_job(self, frozen_a: Any, frozen_b: Any, n: int, generation: int) -> dict:
        # In this view's worker, on copies: live answers go on meanwhile.
        result = jobs.evaluate_both(frozen_a, frozen_b, n, self.worker.check_stopping)
        return dict(result, generation=generation)

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if kind != "evaluate":
            return
        if self.second.info is None or result["generation"] != self.second.info["generation"]:
            self.evaluation.set_idle(
                translate(
                    "inspect.two_networks.view",
                    "The other network changed meanwhile: score them again.",
                )
            )
            return
        self.evaluation.set_idle("")
        self.evaluation.show_result(result)

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self.evaluation.set_idle(
            translate("inspect.two_networks.view", "Could not score them: {message}").format(
                message=message
            )
        )
        title = translate("inspect.two_networks.view", "Could not score the two networks")
        self.errorReported.emit(title, message, details)

    @Slot(int)
    def put_on_canvas(self, index: int) -> None:
        """Put test digit ``index`` on the Draw tab's canvas, as the Train tab's gallery does;
        this view then shows both networks reading it."""
        draw = getattr(self.window(), "draw_tab", None)
        if draw is not None and hasattr(draw, "show_test_digit"):
            draw.show_test_digit(index)
        else:
            images = (self.evaluation.result or {}).get("images")
            if images is None:
                return
            words = translate("inspect.two_networks.view", "MNIST test digit #{i}").format(i=index)
            self.session.offer_picture(images[index], words)
