"""Lab page "Your handwriting": collect samples of your own digits, then fine-tune on them.

Collecting (the ``collect_card``): the page asks for one digit at a time ("Draw a 3, sample 2
of 5") on its own canvas; Accept prepares the drawing exactly as the Draw tab does and saves
the 28x28 input (and the drawing) into a samples folder
(``model.lab.handwriting.PersonalDataset``). The ``gallery_card`` shows every sample; one can
be relabelled or deleted (with undo). Fine-tuning on them is the ``fine_tune_card``'s: this
page gives it the samples folder and a frozen copy of the current model.

Disk writes (a sample, a relabel, a delete) run in a small I/O worker (``jobs``): each is a few
fsynced files, usually milliseconds, but a slow disk must not freeze the canvas.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.layouts import ReflowRow
from gui.common.page import LabPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore, TeachSettings
from gui.common.widgets import percent
from gui.lab.handwriting.collect_card import build_collect_card
from gui.lab.handwriting.fine_tune_card import FineTuneCard
from gui.lab.handwriting.fine_tune_worker import FineTuneWorker
from gui.lab.handwriting.gallery import gallery_note
from gui.lab.handwriting.gallery_card import build_gallery_card
from gui.lab.handwriting.jobs import change_samples, open_dataset, read_sample
from gui.lab.handwriting.prompts import next_prompt
from gui.lab.handwriting.widgets import page_style
from gui.lab.handwriting.words import (
    all_done_texts,
    asking_texts,
    delete_question,
    deleted_text,
    empty_canvas_text,
    failed_title,
    folder_state,
    not_saved_text,
    reads_text,
    saved_text,
    waiting_text,
    warning_text,
)
from model.data.preprocess import preprocess


class TeachPage(LabPage):
    """Collect samples of your handwriting, browse them, fine-tune the network on them.

    Signals
    -------
    datasetOpened(str)
        A samples folder is open (its path).
    samplesChanged()
        A sample was added, relabelled, deleted or restored (and is on disk).
    fineTuned(dict)
        A fine-tuning run ended: ``model.lab.handwriting.FineTuneResult.to_dict()``
        (``FineTuneCard.fineTuned``).
    modelSaved(str)
        The fine-tuned model was written to this path (``FineTuneCard.modelSaved``).
    """

    key = "teach"
    title = "Your handwriting"

    datasetOpened = Signal(str)
    samplesChanged = Signal()
    fineTuned = Signal(object)
    modelSaved = Signal(str)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.teach_settings = settings.load(TeachSettings)
        self.dataset: Any = None
        self.prompt: int | None = 0
        # True when the user picked the digit (clicking its cell): ask for it even past quota.
        self._picked = False
        self._collect_error = False
        self._skipped: set[int] = set()
        self._undo: Any = None
        self._ops = 0
        self._busy_writes = 0
        # A sample accepted before there was a folder: (28x28 input, canvas, digit), saved as
        # soon as the folder asked for is open.
        self._waiting_sample: tuple[np.ndarray, np.ndarray, int] | None = None
        self._read_seq = 0

        # The tuner first: a training batch may be under way when the app closes.
        self.tuner = self.add_worker(FineTuneWorker())
        self.io = self.add_worker("convscope-teach-io", self._on_io_finished, self._on_io_errored)

        self._build()
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)

        if self.teach_settings.folder:
            self.open_folder(self.teach_settings.folder)
        self._refresh_all()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        style.themed_style_sheet(self, page_style)
        collect = build_collect_card(self)
        gallery = build_gallery_card(self)
        self.tune_card = FineTuneCard(self.session, self.tuner, self.teach_settings.epochs)
        review = QWidget()
        right = QVBoxLayout(review)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(14)
        right.addWidget(gallery, 1)
        right.addWidget(self.tune_card, 0)
        # Collecting, reviewing and fine-tuning is a long page: on a short screen it scrolls,
        # and in a narrow window the review goes below the collecting.
        content = QWidget()
        self.set_scrolling_content(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 6, 0)
        outer.addWidget(ReflowRow([collect, review], [11, 10]))
        self._connect()

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_folder)
        self.per_digit.valueChanged.connect(self._on_per_digit_valueChanged)
        self.accept_button.clicked.connect(self.accept)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.skip_button.clicked.connect(self.skip)
        # Enter accepts wherever the focus is on this page.
        accept_action = QAction(self)
        accept_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        accept_action.triggered.connect(self.accept)
        self.addAction(accept_action)
        self.gallery.itemSelectionChanged.connect(self._on_gallery_itemSelectionChanged)
        self.relabel_button.clicked.connect(self.relabel)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo)
        self.tune_card.copyRequested.connect(
            lambda metadata: self.request_model_copy("tune", metadata)
        )
        self.tune_card.fineTuned.connect(self.fineTuned)
        self.tune_card.modelSaved.connect(self.modelSaved)
        self.tune_card.statusReported.connect(self.statusReported)
        self.tune_card.errorReported.connect(self.errorReported)
        self.canvas.drawingChanged.connect(self._on_canvas_drawingChanged)
        self.progress_cells.digitClicked.connect(self.ask_for)

    # ----------------------------------------------------------------- the samples folder

    def choose_folder(self) -> None:
        """Ask for a samples folder and open it."""
        start = self.teach_settings.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, translate("lab.handwriting.page", "Folder for your samples"), start
        )
        if folder:
            self.open_folder(folder)
        elif self._waiting_sample is not None:
            # No folder after all: the drawing stays on the canvas for the next Accept.
            self._waiting_sample = None
            self._say_collect(not_saved_text(retry=False))

    def open_folder(self, folder: str | Path) -> None:
        """Open (or start) the samples folder ``folder`` in the background."""
        self.folder_label.setText(folder_state("opening", folder))
        self._ops += 1
        self.io.submit("open", open_dataset, str(folder))

    def _counts(self) -> np.ndarray:
        return self.dataset.counts() if self.dataset is not None else np.zeros(10, np.int64)

    # ----------------------------------------------------------------- collecting

    @Slot(int)
    def ask_for(self, digit: int) -> None:
        """Ask for ``digit`` next (clicking its progress cell)."""
        self.prompt = int(digit)
        self._picked = True
        self._skipped.discard(self.prompt)
        self._refresh_prompt()

    def skip(self) -> None:
        """Ask for another digit now and this one later."""
        if self.prompt is not None:
            self._skipped.add(self.prompt)
        self.canvas.clear()
        self._advance(self.prompt)

    def _advance(self, after: int | None) -> None:
        self._picked = False
        self.prompt = self._next_prompt(after)
        self._refresh_prompt()

    def _next_prompt(self, after: int | None) -> int | None:
        """The digit to ask for: the fewest samples first, in order from ``after``."""
        digit, self._skipped = next_prompt(
            self._counts(), self.per_digit.value(), self._skipped, after
        )
        return digit

    def accept(self) -> None:
        """Save the drawing as a sample of the digit asked for.

        Without a samples folder yet, this asks for one and saves the sample into it once it
        is open: the first Accept never loses the drawing.
        """
        if self.prompt is None:
            self.statusReported.emit(
                translate(
                    "lab.handwriting.page",
                    "Every digit has its samples; click a digit to add more.",
                )
            )
            return
        canvas = self.canvas.to_array()
        pre = preprocess(canvas)
        if pre.blank:
            self._say_collect(empty_canvas_text(self.prompt))
            return
        if self.dataset is None:
            self._waiting_sample = (pre.input.copy(), canvas, self.prompt)
            self._say_collect(waiting_text(self.prompt))
            self.choose_folder()
            return
        self._add_sample(pre.input.copy(), canvas, self.prompt)
        self.canvas.clear()
        self._refresh_prompt()

    def _add_sample(self, image: np.ndarray, canvas: np.ndarray, digit: int) -> None:
        self._busy_writes += 1
        self._ops += 1
        self.io.submit(
            f"add-{self._ops}",
            functools.partial(change_samples, canvas=canvas),
            self.dataset,
            "add",
            image,
            digit,
        )

    def _say_collect(self, text: str) -> None:
        self._collect_error = True
        self.prompt_detail.set_text(text, style.BAD)
        self.statusReported.emit(text)

    # ----------------------------------------------------------------- the gallery

    def selected_id(self) -> int | None:
        """The id of the sample selected in the gallery, or None."""
        return self.gallery.selected_id()

    def select_sample(self, sample_id: int) -> None:
        """Select sample ``sample_id`` in the gallery."""
        self.gallery.select_sample(sample_id)

    def relabel(self) -> None:
        """Give the selected sample the digit chosen in the box."""
        sample_id = self.selected_id()
        if sample_id is None or self.dataset is None:
            return
        digit = self.relabel_box.currentIndex()
        self._ops += 1
        self.io.submit(
            f"relabel-{self._ops}", change_samples, self.dataset, "relabel", sample_id, digit
        )

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        """Delete the selected sample, after asking."""
        sample_id = self.selected_id()
        if sample_id is None or self.dataset is None:
            return
        digit = self.dataset.sample(sample_id).label
        if not self._confirm(*delete_question(digit)):
            return
        self._ops += 1
        self.io.submit(f"delete-{self._ops}", change_samples, self.dataset, "delete", sample_id)

    def undo(self) -> None:
        """Bring back the sample deleted last."""
        if self._undo is None or self.dataset is None:
            return
        deleted, self._undo = self._undo, None
        self._ops += 1
        self.io.submit(f"restore-{self._ops}", change_samples, self.dataset, "restore", deleted)
        self.undo_button.setEnabled(False)

    # ----------------------------------------------------------------- fine-tuning

    def fine_tune(self) -> None:
        """Start fine-tuning a copy of the current model on the samples (``FineTuneCard``)."""
        self.tune_card.fine_tune()

    # ----------------------------------------------------------------- LabPage

    def model_changed(self, info: dict[str, Any]) -> None:
        self.tune_card.update_controls()
        self._read_canvas()

    def activated(self) -> None:
        self._read_canvas()

    def save_settings(self) -> None:
        self.teach_settings.per_digit = self.per_digit.value()
        self.teach_settings.epochs = self.tune_card.epochs.value()
        self.settings.save(self.teach_settings)

    def is_settled(self) -> bool:
        opening = self.dataset is None and bool(self.teach_settings.folder) and self._ops > 0
        return not opening and self._busy_writes == 0

    def shutdown(self, timeout_ms: int) -> bool:
        self.tuner.request_stop()
        return super().shutdown(timeout_ms)

    # ----------------------------------------------------------------- refreshing

    def _refresh_all(self) -> None:
        self._refresh_folder()
        self._refresh_gallery()
        self._refresh_prompt()
        self.tune_card.update_controls()

    def _refresh_folder(self) -> None:
        if self.dataset is None:
            if not self.teach_settings.folder:
                self.folder_label.setText(folder_state("none"))
            return
        self.folder_label.setText(str(self.dataset.folder))

    def _refresh_prompt(self) -> None:
        counts = self._counts()
        wanted = self.per_digit.value()
        self._collect_error = False
        if self.prompt is None or (counts[self.prompt] >= wanted and not self._picked):
            # This digit has its samples (or the number asked for changed): move on.
            self.prompt = self._next_prompt(self.prompt)
        if self.prompt is None:
            done, detail = all_done_texts(wanted)
            self.prompt_label.set_text(done, style.GOOD)
            self.prompt_detail.set_text(detail)
        else:
            prompt, detail = asking_texts(self.prompt, int(counts[self.prompt]), wanted)
            self.prompt_label.set_text(prompt)
            self.prompt_detail.set_text(detail)
        self.accept_button.setEnabled(self.prompt is not None and self._busy_writes == 0)
        self.skip_button.setEnabled(self.prompt is not None)
        self.progress_cells.set_state(counts, wanted, self.prompt)

    def _refresh_gallery(self) -> None:
        self.gallery.show_samples(self.dataset)
        self.gallery_note.setText(gallery_note(self.dataset))
        self._on_gallery_itemSelectionChanged()

    @Slot()
    def _on_gallery_itemSelectionChanged(self) -> None:
        sample_id = self.selected_id()
        has = sample_id is not None and self.dataset is not None
        for widget in (self.relabel_box, self.relabel_button, self.delete_button):
            widget.setEnabled(has)
        if has:
            self.relabel_box.setCurrentIndex(self.dataset.sample(sample_id).label)
        self.undo_button.setEnabled(self._undo is not None)

    def _read_canvas(self) -> None:
        """Ask the current model what it reads on the canvas (a short job)."""
        if not self.active:
            return
        pre = preprocess(self.canvas.to_array())
        self.preview.set_array(pre.input)
        # Every drawing counts, a blank one too: a reading of an earlier drawing still on its
        # way must not be shown under this one.
        self._read_seq += 1
        if pre.blank:
            self.reads.set_text("")
        elif self.session.info is None:
            self.reads.set_text(translate("lab.handwriting.page", "No model to read it yet."))
        else:
            self.session.run_on_model("teach-read", read_sample, self._read_seq, pre.input)

    # ----------------------------------------------------------------- signals

    @Slot()
    def _on_canvas_drawingChanged(self) -> None:
        self._read_canvas()
        if self._collect_error:
            self._refresh_prompt()

    @Slot(int)
    def _on_per_digit_valueChanged(self, value: int) -> None:
        self._refresh_prompt()

    @Slot(str, object)
    def _on_io_finished(self, kind: str, result: Any) -> None:
        if kind == "open":
            self.dataset = result
            self._undo = None
            self.gallery.forget_icons()
            self.tune_card.dataset = result
            self.teach_settings.folder = str(result.folder)
            self.settings.save(self.teach_settings)
            self._picked = False
            self.prompt = self._next_prompt(None)
            waiting, self._waiting_sample = self._waiting_sample, None
            if waiting is not None:
                # The sample accepted before there was a folder, under the digit it was
                # drawn as; the next prompt follows once it is written.
                self._collect_error = False
                self._add_sample(*waiting)
                self.canvas.clear()
            self._refresh_all()
            for warning in result.warnings:
                self.statusReported.emit(warning_text(warning))
            self.datasetOpened.emit(str(result.folder))
            return
        if kind.startswith("add-"):
            self._busy_writes = max(0, self._busy_writes - 1)
        if result["dataset"] is not self.dataset:
            self._refresh_prompt()
            return  # another folder was opened meanwhile; that one is on screen
        result = result["result"]
        if kind.startswith("add-"):
            digit = self.dataset.sample(result).label
            self.statusReported.emit(saved_text(digit, result, self.dataset.folder.name))
            self._picked = False
            self.prompt = self._next_prompt(digit)
        elif kind.startswith("delete-"):
            self._undo = result
            self.statusReported.emit(deleted_text(result.sample.label))
        self._refresh_gallery()
        self._refresh_prompt()
        self.tune_card.update_controls()
        if kind.startswith("restore-"):
            self.select_sample(result)
        self.samplesChanged.emit()

    @Slot(str, str, str)
    def _on_io_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "open":
            self.folder_label.setText(folder_state("failed"))
            if self._waiting_sample is not None:
                self._waiting_sample = None  # its drawing is still on the canvas
                self._say_collect(not_saved_text(retry=True))
            self.errorReported.emit(
                translate("lab.handwriting.page", "Could not open the samples folder"),
                message,
                details,
            )
        else:
            if kind.startswith("add-"):
                self._busy_writes = max(0, self._busy_writes - 1)
            self.errorReported.emit(failed_title(kind.split("-")[0]), message, details)
        self._refresh_all()

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if kind == "teach-read":
            seq, probabilities = result
            if seq != self._read_seq:
                return
            best = int(np.argmax(probabilities))
            self.reads.set_text(reads_text(best, percent(probabilities[best])))

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind == "teach-read":
            self.reads.set_text("")

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag == "tune":
            self.tune_card.model_copied(frozen)

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag == "tune":
            self.tune_card.model_copy_failed(message)
