"""The Lab's "Why this answer" page: which pixels of your digit pushed the network's answer.

Three ways of asking (``model.lab.saliency``): Grad-CAM, the gradient (optionally smoothed) and
occlusion, for the network's answer or for any other digit ("what looks like a 7 here?"). The
map is shown over the 28x28 input and alone, with its colour scale and, in plain words, how to
read it and where it misleads.

The controls are built in this package's ``ask_card``, ``map_card`` and ``reading_card``; this
module decides what to ask and shows the answers. Maps are computed in the session's model
worker (``ModelSession.run_on_model`` with ``gui.common.why.saliency_job``): on the shipped
model a map takes 1.6 ms (Grad-CAM), 2 ms (gradient), 7 ms (smoothed) or 11 ms (occlusion, ~90
squares in one batch) at the median (``bench/bench_saliency.py``), too little to be worth a
copy of the model in a thread of its own; each method's first map on a new model traces its
function once (~0.2 s). One request is in flight at a time and the newest digit wins, so
nothing queues up. Every map also goes to ``ModelSession.show_overlay``, so the Draw tab's
"Show why" paints the same one on the canvas.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.common import why
from gui.common.i18n import translate
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore, WhySettings
from gui.common.widgets import percent
from gui.lab.why.ask_card import METHOD_TIPS, NO_CONV_TIP, build_ask_card
from gui.lab.why.map_card import LEGEND, build_map_card
from gui.lab.why.reading_card import READING, build_reading_card

KIND = "why-page"


class SaliencyPage(LabPage):
    """Why this answer: a saliency map of the current digit, by method and by class."""

    key = "why"
    title = "Why this answer"

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        stored = settings.load(WhySettings)
        self.method = stored.method if stored.method in why.METHODS else "gradcam"
        self.smooth = bool(stored.smooth)
        # The digit explained; None follows the network's answer.
        self.pinned: int | None = None
        self.has_conv = True
        self.result: dict[str, Any] | None = None
        self._token = 0  # bumped per model: maps of an older model are dropped
        self._busy = False
        self._dirty = False
        self._build()
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        self._show_empty()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        ask = build_ask_card(self)
        maps = build_map_card(self)
        reading = build_reading_card(self)
        below = QHBoxLayout()
        below.setSpacing(14)
        below.addWidget(maps, 1)
        below.addWidget(reading, 0)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(ask)
        column.addLayout(below, 1)
        self.set_scrolling_content(content)
        self._connect()
        self._sync_controls()

    def _connect(self) -> None:
        for key, button in self.method_buttons.items():
            button.clicked.connect(lambda _=False, k=key: self.set_method(k))
        self.smooth_box.toggled.connect(self.set_smooth)
        for digit, button in enumerate(self.class_buttons):
            button.clicked.connect(lambda _=False, d=digit: self.set_class(d))
        self.answer_button.clicked.connect(lambda: self.set_class(None))

    # ----------------------------------------------------------------- public API

    def set_method(self, method: str) -> None:
        """Ask with ``method`` ("gradcam", "gradient" or "occlusion") from now on."""
        if method not in why.METHODS:
            return
        self.method = method
        self._sync_controls()
        self._request()

    def set_smooth(self, smooth: bool) -> None:
        """Whether the gradient is smoothed (SmoothGrad)."""
        self.smooth = bool(smooth)
        self._sync_controls()
        if self.effective_method() == "gradient":
            self._request()

    def set_class(self, digit: int | None) -> None:
        """Explain ``digit``; None (or the answer itself) follows the network's answer."""
        answer = self._answer()
        self.pinned = None if digit is None or digit == answer else int(digit)
        self._sync_controls()
        self._request()

    def effective_method(self) -> str:
        """The method used: the chosen one, or the gradient when Grad-CAM has no conv layer."""
        if self.method == "gradcam" and not self.has_conv:
            return "gradient"
        return self.method

    # ----------------------------------------------------------------- LabPage

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        self._sync_controls()
        if image is None:
            self.result = None
            self._show_empty()
            self.session.show_overlay(None)
            return
        self._request()

    def model_changed(self, info: dict[str, Any]) -> None:
        self._token += 1
        self.has_conv = any(layer.get("type") == "Conv2D" for layer in info.get("layers", []))
        self.result = None
        self._sync_controls()
        self._show_empty()

    def activated(self) -> None:
        if self.result is None and self.image is not None:
            self._request()

    def save_settings(self) -> None:
        self.settings.save(WhySettings(method=self.method, smooth=self.smooth))

    def is_settled(self) -> bool:
        if self._busy or self._dirty:
            return False
        if not self.active or self.image is None or self.session.info is None:
            return True
        return self.result is not None and self.result.get("tag") == self._wanted()

    # ----------------------------------------------------------------- computing

    def _answer(self) -> int | None:
        if self.prediction is None or self.image is None or "label" not in self.prediction:
            return None
        return int(self.prediction["label"])

    def _wanted(self) -> tuple:
        seq = -1 if self.prediction is None else int(self.prediction.get("seq", -1))
        return (self._token, seq, self.effective_method(), self.pinned, self.smooth)

    def _request(self) -> None:
        if not self.active:
            return  # ``activated`` or the next digit asks again
        if self.image is None or self.session.info is None:
            self._show_empty()
            return
        if self._busy:
            self._dirty = True  # asked again when the running map comes back
            return
        self._busy, self._dirty = True, False
        tag = self._wanted()
        self.session.run_on_model(
            KIND, why.saliency_job, self.image, tag[2], self.pinned, self.smooth, tag
        )

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: dict) -> None:
        if kind != KIND:
            return
        self._busy = False
        if result.get("tag") == self._wanted():
            self._show_result(result)
        elif self.active:
            self._dirty = True  # an older question: ask the current one
        if self._dirty:
            self._request()

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind != KIND:
            return
        self._busy = False
        self.result = None
        self._show_empty(translate("lab.why.page", "No map: {message}").format(message=message))
        self.statusReported.emit(
            translate("lab.why.page", "Why this answer: {message}").format(message=message)
        )
        if self._dirty:
            self._request()

    # ----------------------------------------------------------------- showing

    def _sync_controls(self) -> None:
        method = self.effective_method()
        for key, button in self.method_buttons.items():
            button.setChecked(key == method)
        gradcam = self.method_buttons["gradcam"]
        gradcam.setEnabled(self.has_conv)
        gradcam.setToolTip(
            translate("lab.why.ask_card", METHOD_TIPS["gradcam"])
            if self.has_conv
            else translate("lab.why.ask_card", NO_CONV_TIP)
        )
        self.smooth_box.setEnabled(method == "gradient")
        answer = self._answer()
        shown = self.pinned if self.pinned is not None else answer
        self.class_group.setExclusive(False)
        for digit, button in enumerate(self.class_buttons):
            button.setChecked(digit == shown)
            button.setEnabled(answer is not None)
        self.class_group.setExclusive(True)
        self.answer_button.setVisible(self.pinned is not None)
        self.answer_label.setText(
            ""
            if answer is None
            else translate("lab.why.page", "The network's answer: {reply}").format(reply=answer)
        )

    def _show_empty(self, reason: str | None = None) -> None:
        self.overlay_view.set_maps(self.image, None, False)
        self.map_view.set_maps(None, None, False)
        self.legend.set_scale(None)
        if reason is not None:
            self.headline.setText(translate("lab.why.page", "No map for this digit"))
            self.subline.setText(reason)
        elif self.session.info is None:
            self.headline.setText(translate("lab.why.page", "No model yet"))
            self.subline.setText(
                translate(
                    "lab.why.page", "Open a model (Model menu) or train one in the Train tab."
                )
            )
        elif self.image is None:
            self.headline.setText(translate("lab.why.page", "Nothing to explain yet"))
            self.subline.setText(
                translate(
                    "lab.why.page",
                    "Draw a digit in the Draw tab (or load one); its map appears here.",
                )
            )
        else:
            self.headline.setText(translate("lab.why.page", "Working out the map…"))
            self.subline.setText("")
        self._show_reading(self.effective_method(), None, "")

    def _show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        heat, signed, cls = result["map"], bool(result["signed"]), int(result["class_index"])
        self.overlay_view.set_maps(self.image, heat, signed)
        self.map_view.set_maps(None, heat, signed)
        # Occlusion's scale in percentage points: a drop of 0.004 reads better as 0.4.
        scale = why.scale_for(heat * 100.0 if signed else heat, signed)
        self.legend.set_scale(
            scale, translate("lab.why.map_card", LEGEND[result["method"]]).format(cls=cls)
        )
        answer = self._answer()
        caption = why.caption(result, answer)
        self.headline.setText(caption)
        probability = float(result["probability"])
        if answer is None or answer == cls:
            self.subline.setText(
                translate("lab.why.page", "The network answers {num}, {pct} sure.").format(
                    num=cls, pct=percent(probability)
                )
            )
        else:
            self.subline.setText(
                translate(
                    "lab.why.page", "The network answers {reply}; it gives {num} {pct}."
                ).format(reply=answer, num=cls, pct=percent(probability))
            )
        if result["method"] == "gradcam" and not np.any(heat):
            self.subline.setText(
                self.subline.text()
                + " "
                + translate(
                    "lab.why.page",
                    "Nothing in the last convolution layer raised this score, so the map is "
                    "dark: try occlusion.",
                )
            )
        self._show_reading(result["method"], cls, result.get("notes", ""))
        self.session.show_overlay(
            {
                "map": heat,
                "signed": signed,
                "method": result["method"],
                "class_index": self.pinned,
                "smooth": bool(result.get("smooth")),
            },
            caption,
            int(result["tag"][1]),
        )

    def _show_reading(self, method: str, cls: int | None, notes: str) -> None:
        how, caveat = READING[method]
        digit = translate("lab.why.page", "the digit") if cls is None else str(cls)
        self.reading.setText(translate("lab.why.reading_card", how).format(cls=digit))
        caveat = translate("lab.why.reading_card", caveat)
        self.caveat.setText(translate("lab.why.page", "Careful: {caveat}").format(caveat=caveat))
        extra = ""
        if self.method == "gradcam" and not self.has_conv:
            extra = translate(
                "lab.why.page",
                "Grad-CAM needs a convolutional layer and this model has none: "
                "showing the gradient instead.",
            )
            extra += " "
        self.notes.setText(extra + notes)
