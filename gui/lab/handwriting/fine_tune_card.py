"""The "Fine-tune the network" card of "Your handwriting": fine-tune a copy of the current
network on the samples, see before and after, use or save the result.

Fine-tuning copies the current model (``model.network.sharing.freeze`` in the model worker, a
few milliseconds: the card asks for it with ``copyRequested`` and gets it through
``model_copied``) and trains the copy in a training process of its own (``FineTuneWorker``)
on your samples mixed with MNIST digits, so the Draw tab stays live and the app's process
never loads TensorFlow. Before/after accuracy is measured on your held-out samples, which it
never trains on, and on MNIST test digits. "Use this model" saves the result into the samples
folder (keeping the newest five such files) and opens it as the session's model.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QSpinBox,
    QWidget,
)

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import FlowLayout
from gui.common.session import ModelSession
from gui.common.widgets import Card, TextView, label
from gui.lab.handwriting.fine_tune_worker import FineTuneWorker
from gui.lab.handwriting.widgets import button
from model.i18n import integer, number
from model.words import sentence

MODEL_FILTER = QT_TRANSLATE_NOOP("lab.handwriting.fine_tune_card", "Keras models (*.keras)")
# Figures shown in the results table; fine_tune's defaults, named here so the text agrees.
EVAL_DIGITS = 2000


class FineTuneCard(Card):
    """Fine-tune the current network on the open samples folder (``dataset``, which the page
    sets), show before and after, and use or save the result.

    Signals
    -------
    copyRequested(object)
        Fine-tuning starts: the page is to ask for a frozen copy of the current model, with
        this metadata, and hand it to ``model_copied`` (or say why not to
        ``model_copy_failed``).
    fineTuned(dict)
        A fine-tuning run ended: ``model.lab.handwriting.FineTuneResult.to_dict()``.
    modelSaved(str)
        The fine-tuned model was written to this path.
    statusReported(str), errorReported(str, str, str)
        For the window's status bar and error dialogs, as a page's.
    """

    copyRequested = Signal(object)
    fineTuned = Signal(object)
    modelSaved = Signal(str)
    statusReported = Signal(str)
    errorReported = Signal(str, str, str)

    def __init__(
        self,
        session: ModelSession,
        tuner: FineTuneWorker,
        epochs: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("lab.handwriting.fine_tune_card", "Fine-tune the network"),
            translate(
                "lab.handwriting.fine_tune_card",
                "Trains a copy of the current network a little more, on your samples mixed with "
                "MNIST digits so it does not forget how other people write. Then compares before "
                "and after.",
            ),
            parent,
        )
        self.session = session
        self.tuner = tuner
        # The open samples folder (a ``model.lab.handwriting.PersonalDataset``), or None.
        self.dataset: Any = None
        self._tuning = False
        self._result: dict | None = None
        self._save_then_use = False
        # Overridable by tests: fine_tune's keyword options (sizes of the MNIST parts).
        self.tune_options: dict[str, Any] = {"eval_digits": EVAL_DIGITS}
        self.body.addLayout(self._build_run_row(epochs))
        self.body.addWidget(self.tune_status)
        self.body.addLayout(self._build_table())
        self.body.addLayout(self._build_result_buttons())
        tuner.finished.connect(self._on_tuner_finished)
        tuner.errored.connect(self._on_tuner_errored)
        tuner.progressed.connect(self._on_tuner_progressed)
        session.loadingStarted.connect(self.update_controls)
        session.loadFailed.connect(self.update_controls)

    @property
    def tuning(self) -> bool:
        """Whether a fine-tuning run is under way (from the copy to its last figure)."""
        return self._tuning

    # ----------------------------------------------------------------- building

    def _build_run_row(self, epochs: int) -> FlowLayout:
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 20)
        self.epochs.setValue(max(1, min(20, epochs)))
        self.epochs.setToolTip(
            translate(
                "lab.handwriting.fine_tune_card",
                "Passes over the mixed training digits; more takes longer",
            )
        )
        self.epochs.setAccessibleName(
            translate("lab.handwriting.fine_tune_card", "Fine-tuning epochs")
        )
        self.tune_button = button(
            translate("lab.handwriting.fine_tune_card", "Fine-tune on my samples"),
            translate(
                "lab.handwriting.fine_tune_card",
                "Train a copy of the current network a little more, on your samples mixed with "
                "MNIST digits",
            ),
            primary=True,
        )
        self.tune_button.clicked.connect(self.fine_tune)
        self.stop_button = button(
            translate("lab.handwriting.fine_tune_card", "Stop"),
            translate(
                "lab.handwriting.fine_tune_card", "Stop fine-tuning; the model stays as it was"
            ),
        )
        self.stop_button.clicked.connect(self.stop)
        self.tune_progress = QProgressBar()
        self.tune_progress.setRange(0, 1000)
        self.tune_progress.setTextVisible(False)
        self.tune_status = TextView(2, colour=style.MUTED)
        row = FlowLayout(spacing=8)
        row.addWidget(label(translate("lab.handwriting.fine_tune_card", "Passes"), "muted"))
        row.addWidget(self.epochs)
        row.addWidget(self.tune_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.tune_progress)
        return row

    def _build_table(self) -> QGridLayout:
        """Before, after and the change, on your held-out samples and on MNIST test digits."""
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(22)
        self.table.setVerticalSpacing(4)
        self.cells: dict[tuple[int, int], Any] = {}
        heads = (
            "",
            translate("lab.handwriting.fine_tune_card", "Before"),
            translate("lab.handwriting.fine_tune_card", "After"),
            translate("lab.handwriting.fine_tune_card", "Change"),
        )
        for col, text in enumerate(heads):
            head = label(text, "caption")
            if col:
                head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addWidget(head, 0, col)
        self.row_names = [
            label(translate("lab.handwriting.fine_tune_card", "Your held-out samples")),
            label(translate("lab.handwriting.fine_tune_card", "MNIST test digits")),
        ]
        for row, name in enumerate(self.row_names, 1):
            self.table.addWidget(name, row, 0)
            for col in (1, 2, 3):
                cell = label("–")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setMinimumWidth(64)
                self.cells[(row, col)] = cell
                self.table.addWidget(cell, row, col)
        self.table.setColumnStretch(4, 1)
        return self.table

    def _build_result_buttons(self) -> QHBoxLayout:
        self.use_button = button(
            translate("lab.handwriting.fine_tune_card", "Use this model"),
            translate(
                "lab.handwriting.fine_tune_card",
                "Make the fine-tuned network the current one in every tab (it is saved in your "
                "samples folder)",
            ),
            primary=True,
        )
        self.use_button.clicked.connect(self.use_tuned)
        self.save_button = button(
            translate("lab.handwriting.fine_tune_card", "Save as…"),
            translate(
                "lab.handwriting.fine_tune_card",
                "Save the fine-tuned network to a file of your choice",
            ),
        )
        self.save_button.clicked.connect(self.choose_save_path)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.use_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        return row

    # ----------------------------------------------------------------- fine-tuning

    def tune_problem(self) -> str | None:
        """Why fine-tuning cannot start now (one line), or None."""
        if self._tuning:
            return translate("lab.handwriting.fine_tune_card", "Fine-tuning is already running.")
        if self.session.loading:
            return translate(
                "lab.handwriting.fine_tune_card", "Wait until the model has finished loading."
            )
        if self.session.info is None:
            return translate(
                "lab.handwriting.fine_tune_card",
                "Open or train a model first: fine-tuning starts from the current one.",
            )
        if self.dataset is None:
            return translate(
                "lab.handwriting.fine_tune_card",
                "Choose a samples folder and draw some digits first.",
            )
        problem = self.dataset.readiness()
        if problem:
            return sentence(problem) + "."
        return None

    def fine_tune(self) -> None:
        """Start fine-tuning a copy of the current model on the samples."""
        problem = self.tune_problem()
        if problem:
            self.tune_status.set_text(problem, style.BAD)
            self.statusReported.emit(problem)
            return
        info = self.session.info
        metadata = dict(info.get("metadata") or {})
        metadata.setdefault("name", info.get("name"))
        self._tuning = True
        self._result = None
        self.tuner.stop_requested.clear()
        self._show_result(None)
        self.tune_progress.setValue(0)
        name = info.get("name")
        self.tune_status.set_text(
            translate("lab.handwriting.fine_tune_card", "Copying {name}…").format(name=name)
            if name
            else translate("lab.handwriting.fine_tune_card", "Copying the model…")
        )
        self.update_controls()
        self.copyRequested.emit(metadata)

    def stop(self) -> None:
        """Stop fine-tuning at the next batch; the current model is left as it was."""
        if self._tuning:
            self.tuner.request_stop()
            self.tune_status.set_text(translate("lab.handwriting.fine_tune_card", "Stopping…"))

    def use_tuned(self) -> None:
        """Save the fine-tuned model into the samples folder and make it the current model."""
        if self._result is None or self.dataset is None:
            return
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.dataset.folder / "models" / f"fine-tuned-{stamp}.keras"
        self._save_then_use = True
        self.tuner.submit("save", self.tuner.save, str(path))

    def choose_save_path(self) -> None:
        """Ask where to save the fine-tuned model, and save it there."""
        if self._result is None:
            return
        start = str((self.dataset.folder if self.dataset else Path.home()) / "fine-tuned.keras")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("lab.handwriting.fine_tune_card", "Save the fine-tuned model as"),
            start,
            translate("lab.handwriting.fine_tune_card", MODEL_FILTER),
        )
        if path:
            self.save_tuned(path)

    def save_tuned(self, path: str | Path) -> None:
        """Save the fine-tuned model to ``path`` (.keras added if missing), in the background."""
        path = Path(path)
        if path.suffix != ".keras":
            path = path.with_name(path.name + ".keras")
        self._save_then_use = False
        self.tuner.submit("save", self.tuner.save, str(path))

    def _prune_tuned(self, kept: Path) -> None:
        """Keep the newest few networks "Use this model" saved in the samples folder (and the
        one in use), so that trying again and again does not fill the disk."""
        from model.runstore import DEFAULT_KEEP_TUNED, prune

        current = (self.session.info or {}).get("path") or kept
        prune(kept.parent, "fine-tuned-*.keras", DEFAULT_KEEP_TUNED, [kept, current])

    def model_copied(self, frozen: Any) -> None:
        """The copy asked for with ``copyRequested``: fine-tune it."""
        if self._tuning:
            options = dict(self.tune_options)
            self.tuner.submit(
                "tune", self.tuner.tune, frozen, self.dataset, self.epochs.value(), options
            )

    def model_copy_failed(self, message: str) -> None:
        """The copy asked for with ``copyRequested`` could not be made."""
        if self._tuning:
            self._tuning = False
            self.tune_status.set_text(
                translate(
                    "lab.handwriting.fine_tune_card", "Could not copy the model: {message}"
                ).format(message=message),
                style.BAD,
            )
            self.update_controls()

    # ----------------------------------------------------------------- showing

    @Slot()
    def update_controls(self, *args: Any) -> None:
        """Enable what can be done now, and say why fine-tuning cannot start if it cannot."""
        self.tune_button.setEnabled(not self._tuning)
        self.stop_button.setEnabled(self._tuning)
        self.epochs.setEnabled(not self._tuning)
        done = self._result is not None and not self._tuning
        self.use_button.setEnabled(done)
        self.save_button.setEnabled(done)
        if not self._tuning and self._result is None:
            problem = self.tune_problem()
            if problem:
                self.tune_status.set_text(problem)
            else:
                name = (self.session.info or {}).get("name")
                self.tune_status.set_text(
                    translate(
                        "lab.handwriting.fine_tune_card",
                        "Ready to fine-tune {name} on your samples.",
                    ).format(name=name)
                    if name
                    else translate(
                        "lab.handwriting.fine_tune_card",
                        "Ready to fine-tune the current model on your samples.",
                    )
                )

    def _show_result(self, result: dict | None) -> None:
        rows = ("personal", "mnist")
        before = (result or {}).get("before") or {}
        after = (result or {}).get("after") or {}
        if result:
            self.row_names[0].setText(
                translate("lab.handwriting.fine_tune_card", "Your held-out samples ({n})").format(
                    n=before.get("personal_n", 0)
                )
            )
            self.row_names[1].setText(
                translate("lab.handwriting.fine_tune_card", "MNIST test digits (first {n})").format(
                    n=integer(before.get("mnist_n", 0))
                )
            )
        for row, key in enumerate(rows, 1):
            b, a = before.get(key), after.get(key)
            self.cells[(row, 1)].setText("–" if b is None else f"{number(b * 100, 1)} %")
            self.cells[(row, 2)].setText("–" if a is None else f"{number(a * 100, 1)} %")
            change = self.cells[(row, 3)]
            if a is None or b is None:
                change.setText("–")
                change.setStyleSheet("")
                continue
            delta = (a - b) * 100
            change.setText(_change_text(delta))
            colour = style.GOOD if delta > 0.05 else style.BAD if delta < -0.05 else style.MUTED
            change.setStyleSheet(f"color: {colour}; font-weight: 600;")

    @Slot(object)
    def _on_tuner_progressed(self, info: dict) -> None:
        if not self._tuning:
            return
        if "fraction" in info:
            self.tune_progress.setValue(int(info["fraction"] * 1000))
        if self.tuner.stop_requested.is_set():
            return
        self.tune_status.set_text(info["text"])

    @Slot(str, object)
    def _on_tuner_finished(self, kind: str, result: Any) -> None:
        if kind == "tune":
            self._tuning = False
            completed = result["status"] == "completed"
            self._result = result if completed else None
            self._show_result(result)
            self.update_controls()
            if completed:
                self.tune_progress.setValue(1000)
                before, after = result["before"], result["after"]
                text = translate(
                    "lab.handwriting.fine_tune_card",
                    "Done in {seconds} s. Your held-out samples: {old} before, {new} after.",
                ).format(
                    seconds=number(result["seconds"], 0),
                    old=_fraction(before),
                    new=_fraction(after),
                )
                self.tune_status.set_text(text, style.TEXT)
                self.statusReported.emit(
                    translate(
                        "lab.handwriting.fine_tune_card", "Fine-tuning finished. {text}"
                    ).format(text=text)
                )
            else:
                self.tune_progress.setValue(0)
                self.tune_status.set_text(
                    translate(
                        "lab.handwriting.fine_tune_card", "Stopped: the current model is unchanged."
                    )
                )
            self.fineTuned.emit(result)
        elif kind == "save":
            if self._save_then_use:
                self._save_then_use = False
                self.session.open(result)
                self._prune_tuned(Path(result))
                self.tune_status.set_text(
                    translate(
                        "lab.handwriting.fine_tune_card",
                        "Now using the fine-tuned network ({filename}).",
                    ).format(filename=Path(result).name)
                )
            else:
                self.tune_status.set_text(
                    translate(
                        "lab.handwriting.fine_tune_card", "Saved the fine-tuned network as {path}."
                    ).format(path=result)
                )
            self.statusReported.emit(
                translate("lab.handwriting.fine_tune_card", "Saved {path}").format(path=result)
            )
            self.modelSaved.emit(result)

    @Slot(str, str, str)
    def _on_tuner_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "tune":
            self._tuning = False
            self.tune_progress.setValue(0)
            self.tune_status.set_text(message, style.BAD)
            self.update_controls()
            self.errorReported.emit(
                translate("lab.handwriting.fine_tune_card", "Fine-tuning failed"), message, details
            )
        else:
            self._save_then_use = False
            self.errorReported.emit(
                translate(
                    "lab.handwriting.fine_tune_card", "Could not save the fine-tuned network"
                ),
                message,
                details,
            )


def _fraction(scores: dict) -> str:
    n = scores.get("personal_n", 0)
    if not n:
        return translate("lab.handwriting.fine_tune_card", "none")
    return translate("lab.handwriting.fine_tune_card", "{right} of {n} right").format(
        right=scores.get("personal_correct", 0), n=n
    )


def _change_text(delta: float) -> str:
    """A change in accuracy, in percentage points: "+1.5 points", or "no change"."""
    if abs(delta) < 0.05:
        return translate("lab.handwriting.fine_tune_card", "no change")
    sign = "+" if delta > 0 else ""
    return translate("lab.handwriting.fine_tune_card", "{delta} points").format(
        delta=sign + number(delta, 1)
    )
