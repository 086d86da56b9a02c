"""The Robustness lab's page: spoil your digit on purpose and watch two networks cope, or not.

Sliders move, turn, resize, thicken and spoil the digit the network saw; the spoiled 28x28 and
the answers of two networks update while a slider moves: the session's current model and a
comparison model (the shipped plain dense network, ``mlp.keras``, unless the user picks
another). A button measures whole robustness curves, accuracy against shift and rotation on a
sample of test digits, for both models, and plots them.

The cards are laid out in this package's ``spoil_card``, ``answers_card`` and ``curves_card``;
this page connects them, asks for answers and curves and shows them. Three threads do the work,
none of it on the UI thread (``jobs``):

- the session's model worker answers for the current model (a tiny ``run_on_model`` job per
  slider move, newest wins);
- this page's *live* worker owns the comparison model and spoils the digit for display;
- this page's *curve* worker measures curves on its own copies of both models (the current one
  through ``model.network.sharing.freeze``/``thaw``), so a curve never stalls live answers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from gui.common.export_dialog import ExportDialog
from gui.common.i18n import translate
from gui.common.layouts import ReflowRow
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.lab.robustness.answer_column import show_change
from gui.lab.robustness.answers_card import build_answers_card
from gui.lab.robustness.curves_card import build_curves_card
from gui.lab.robustness.jobs import WorkerModels, current_answers, live_answers, measure_curves
from gui.lab.robustness.spoil_card import build_spoil_card
from gui.lab.robustness.words import describe_changes
from model import i18n
from model.data.mnist import PROJECT_ROOT
from model.words import sentence

SHIPPED_COMPARISON = PROJECT_ROOT / "resources" / "models" / "mlp.keras"


@dataclass
class RobustnessSettings:
    """The Robustness lab's comparison model (empty: the shipped mlp.keras) and sample size."""

    GROUP: ClassVar[str] = "lab_robustness"
    comparison: str = ""
    sample: int = 1000


class RobustnessPage(LabPage):
    """Shift, turn, resize, thicken and spoil the digit; compare two networks' answers."""

    key = "robustness"
    title = "Robustness lab"

    # Emitted in the curve worker's thread; Qt queues it to the page in the UI thread.
    curveProgressed = Signal(int, int)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.page_settings = settings.load(RobustnessSettings)
        self.comparison_path = self.page_settings.comparison or str(SHIPPED_COMPARISON)
        self.comparison_name = ""  # set once the comparison model has loaded
        self.spoiled: np.ndarray | None = None
        self.curve_result: dict | None = None
        self._seq = 0
        self._shown_seq = {"live": -1, "current": -1}
        self._curve_running = False
        self._curve_cancel = threading.Event()
        self._curve_names: dict[str, str] = {}
        self._comparison_requested = False
        self._comparison_loading = False
        self.slides_dialog: ExportDialog | None = None

        self._live_models = WorkerModels()
        self._curve_models = WorkerModels()
        # The curve worker first: it may be mid-step when the app closes, while the live
        # worker's jobs take a few milliseconds, so it gets the first share of the time.
        self.curve_worker = self.add_worker(
            "convscope-robustness-curve", self._on_worker_finished, self._on_worker_errored
        )
        self.live_worker = self.add_worker(
            "convscope-robustness-live", self._on_worker_finished, self._on_worker_errored
        )
        self.curveProgressed.connect(self._on_curveProgressed)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)

        self._build()
        self._show_blank()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        spoil = build_spoil_card(self)
        answers = build_answers_card(self)
        # Side by side when the window is wide enough, the sliders above the answers if not.
        top = ReflowRow([spoil, answers], [0, 1])
        curves = build_curves_card(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(14)
        column.addWidget(top)
        column.addWidget(curves, 1)
        self.set_scrolling_content(content)
        self._connect()
        self._show_model_names()

    def _connect(self) -> None:
        for slider in self.sliders.values():
            slider.slider.valueChanged.connect(self._request_live)
        self.reset_button.clicked.connect(self.reset_sliders)
        self.send_button.clicked.connect(self.send_to_draw)
        self.slides_button.clicked.connect(self.open_slides_export)
        self.choose_button.clicked.connect(self.choose_comparison)
        self.go_draw_button.clicked.connect(lambda: self.tabRequested.emit("draw"))
        self.curve_button.clicked.connect(self.start_curve)
        self.cancel_button.clicked.connect(self.cancel_curve)

    # ----------------------------------------------------------------- LabPage

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        if image is None:
            self._show_blank()
            return
        self.go_draw_button.setVisible(False)
        self._request_live()

    def model_changed(self, info: dict[str, Any]) -> None:
        self._show_model_names()
        if self.active and self.image is not None:
            self._request_live()

    def activated(self) -> None:
        if not self._comparison_requested:
            self._load_comparison(self.comparison_path)

    def save_settings(self) -> None:
        self.page_settings.comparison = (
            "" if Path(self.comparison_path) == SHIPPED_COMPARISON else self.comparison_path
        )
        self.page_settings.sample = int(self.sample_box.currentData())
        self.settings.save(self.page_settings)

    def is_settled(self) -> bool:
        if self._comparison_loading:
            return False
        if self.image is None or not self.active:
            return True
        waiting_for_model = self.session.info is not None and self._shown_seq["current"] < self._seq
        return self._shown_seq["live"] >= self._seq and not waiting_for_model

    def shutdown(self, timeout_ms: int) -> bool:
        self._curve_cancel.set()
        return super().shutdown(timeout_ms)

    # ----------------------------------------------------------------- the live view

    @property
    def params(self) -> dict[str, float]:
        """The sliders' values: dx, dy (px), rotation (degrees), scale, thickness (px), noise."""
        return {key: slider.value for key, slider in self.sliders.items()}

    def reset_sliders(self) -> None:
        """Every slider back to "no change"; one update follows, not six."""
        for slider in self.sliders.values():
            slider.slider.blockSignals(True)
            slider.reset()
            slider.show_value()
            slider.slider.blockSignals(False)
        self._request_live()

    def _request_live(self, *_args) -> None:
        if not self.active or self.image is None:
            return
        self._seq += 1
        params = self.params
        image = np.array(self.image, np.float32, copy=True)
        self.live_worker.submit(
            "live", live_answers, self._live_models, image, params, self.comparison_path, self._seq
        )
        if self.session.info is not None:
            self.session.run_on_model("robustness:live", current_answers, image, params, self._seq)

    def _show_live(self, r: dict) -> None:
        if r["seq"] < self._shown_seq["live"] or self.image is None:
            return
        self._shown_seq["live"] = r["seq"]
        self.spoiled = r["image"]
        self.view.set_array(r["image"])
        self.changes.setText(sentence(describe_changes(r["params"])) + ".")
        probs = r["probabilities"]
        if probs is not None:
            show_change(self.comparison_column, probs[0], probs[1])
        self.send_button.setEnabled(True)

    def _show_blank(self) -> None:
        self.spoiled = None
        self.view.set_array(None)
        self.changes.setText("")
        message = translate("lab.robustness.page", "Draw a digit on the Draw tab first.")
        self.current_column.show_message(
            message if self.session.info else translate("lab.robustness.page", "No model loaded.")
        )
        self.comparison_column.show_message(message)
        self.send_button.setEnabled(False)
        self.go_draw_button.setVisible(True)

    def _show_model_names(self) -> None:
        info = self.session.info
        name = info.get("name") if info else None
        self.current_column.heading.set_text(
            translate("lab.robustness.page", "This model: {name}").format(name=name)
            if name
            else translate("lab.robustness.page", "This model")
        )
        self.current_column.setToolTip(
            translate(
                "lab.robustness.page", "The model open in the app (Model ▸ Open Model… changes it)"
            )
        )
        shown = self.comparison_name or Path(self.comparison_path).stem
        self.comparison_column.heading.set_text(
            translate("lab.robustness.page", "Compared with: {name}").format(name=shown)
        )
        self.comparison_column.setToolTip(self.comparison_path)

    def send_to_draw(self) -> None:
        """Put the spoiled digit on the Draw tab's canvas; the sliders start again from it."""
        if self.spoiled is None:
            return
        words = describe_changes(self.params)
        self.session.offer_picture(
            self.spoiled,
            translate("lab.robustness.page", "Your digit, {changes} (Robustness lab)").format(
                changes=words
            ),
        )
        self.reset_sliders()
        self.statusReported.emit(
            translate("lab.robustness.page", "The spoiled digit is now on the Draw tab's canvas")
        )

    def open_slides_export(self) -> ExportDialog:
        """ "Export for slides…" on the robustness sweep, from the sliders as they are, compared
        with this page's comparison model."""
        if self.slides_dialog is None:
            self.slides_dialog = ExportDialog(self.session, self)
            self.slides_dialog.exported.connect(
                lambda path: self.statusReported.emit(
                    translate("lab.robustness.page", "Saved {path}").format(path=path)
                )
            )
        self.slides_dialog.select("sweep")
        self.slides_dialog.sweep_from(self.params, self.comparison_path)
        self.slides_dialog.show()
        self.slides_dialog.raise_()
        return self.slides_dialog

    # ----------------------------------------------------------------- the comparison model

    def choose_comparison(self) -> None:
        """Ask for another model file to compare with."""
        folder = str(Path(self.comparison_path).parent)
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("lab.robustness.page", "Compare with which model?"),
            folder,
            translate("lab.robustness.page", "Keras models (*.keras);;All files (*)"),
        )
        if path:
            self.set_comparison(path)

    def set_comparison(self, path: str) -> None:
        """Compare with the model in ``path`` from now on (the old one stays if it fails)."""
        self._load_comparison(str(path))

    def _load_comparison(self, path: str) -> None:
        self._comparison_requested = True
        self._comparison_loading = True
        self.comparison_column.show_message(
            translate("lab.robustness.page", "Loading the comparison model…")
        )
        self.live_worker.submit("compare-load", self._live_models.load_comparison, path)

    # ----------------------------------------------------------------- curves

    def start_curve(self) -> None:
        """Measure both models' robustness curves in the background."""
        if self._curve_running:
            return
        if self.session.info is None:
            self._curve_failed(
                translate("lab.robustness.page", "Load a model first: there is nothing to measure.")
            )
            return
        self._curve_running = True
        self._curve_cancel.clear()
        self.curve_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.curve_status.setText(translate("lab.robustness.page", "Copying the current model…"))
        # Named now: the model may change while the curve is measured, and the curve belongs
        # to this one.
        info = self.session.info
        self._curve_names = {
            "current": translate("lab.robustness.page", "this model ({name})").format(
                name=info.get("name") or translate("lab.robustness.page", "current")
            ),
            "comparison": translate("lab.robustness.page", "compared with ({name})").format(
                name=Path(self.comparison_path).stem
            ),
        }
        # A fresh copy every time (a few milliseconds): the weights may have changed since.
        self.request_model_copy("curve")

    def cancel_curve(self) -> None:
        """Stop a curve being measured (at its next step)."""
        if self._curve_running:
            self._curve_cancel.set()
            self.curve_status.setText(translate("lab.robustness.page", "Cancelling…"))

    def _submit_curve(self, frozen: Any) -> None:
        self.curve_status.setText(
            translate("lab.robustness.page", "Loading the test digits and both models…")
        )
        self.curve_worker.submit(
            "curve",
            measure_curves,
            self.curve_worker,
            self._curve_models,
            self._curve_cancel,
            self.curveProgressed.emit,
            frozen,
            self.comparison_path,
            int(self.sample_box.currentData()),
        )

    def _finish_curve(self, text: str) -> None:
        self._curve_running = False
        self.curve_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.curve_status.setText(text)

    def _curve_failed(self, message: str, details: str = "") -> None:
        self._finish_curve(message)
        self.errorReported.emit(
            translate("lab.robustness.page", "Robustness curves failed"), message, details
        )

    def _show_curve(self, result: dict) -> None:
        if result.get("cancelled"):
            self._finish_curve(translate("lab.robustness.page", "Cancelled."))
            return
        names = dict(self._curve_names)
        names["comparison"] = translate("lab.robustness.page", "compared with ({name})").format(
            name=Path(result["comparison_path"]).stem
        )
        self.curve_result = result
        self.plot.set_result(result, names)
        shift_at = {s: i for i, s in enumerate(result["shifts"])}
        n = i18n.integer(result["n"])
        if 3.0 in shift_at:
            cur = result["models"]["current"]["accuracy_vs_shift"][shift_at[3.0]]
            cmp_ = result["models"]["comparison"]["accuracy_vs_shift"][shift_at[3.0]]
            text = translate(
                "lab.robustness.page",
                "Measured on {n} test digits. Moved 3 px: this model reads {current} %, "
                "the comparison {comparison} %.",
            ).format(n=n, current=i18n.number(cur * 100, 0), comparison=i18n.number(cmp_ * 100, 0))
        else:
            text = translate("lab.robustness.page", "Measured on {n} test digits.").format(n=n)
        self._finish_curve(text)

    # ----------------------------------------------------------------- signals

    @Slot(int, int)
    def _on_curveProgressed(self, done: int, total: int) -> None:
        if not self._curve_running:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.curve_status.setText(
            translate("lab.robustness.page", "Measuring… step {done} of {total}").format(
                done=done, total=total
            )
        )

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if kind == "live":
            self._show_live(result)
        elif kind == "compare-load":
            self._comparison_loading = False
            self.comparison_path = result["path"]
            self.comparison_name = result["name"]
            self._show_model_names()
            if self.image is None:
                self._show_blank()
            self._request_live()
        elif kind == "curve":
            self._show_curve(result)

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "compare-load":
            self._comparison_loading = False
            self.comparison_column.show_message(
                translate("lab.robustness.page", "Could not load that model.")
            )
            self.errorReported.emit(
                translate("lab.robustness.page", "Cannot compare with that model"), message, details
            )
            self._request_live()  # the previous comparison model, if any, answers again
        elif kind == "curve":
            self._curve_failed(message, details)
        else:
            self.errorReported.emit(
                translate("lab.robustness.page", "The Robustness lab failed"), message, details
            )

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if kind != "robustness:live" or self.image is None:
            return
        if result["seq"] >= self._shown_seq["current"]:
            self._shown_seq["current"] = result["seq"]
            show_change(self.current_column, result["original"], result["spoiled"])

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind == "robustness:live":
            self._shown_seq["current"] = self._seq  # nothing more will come for this digit
            self.current_column.show_message(message)

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag == "curve" and self._curve_running:
            self._submit_curve(frozen)

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag == "curve" and self._curve_running:
            self._curve_failed(message, details)
