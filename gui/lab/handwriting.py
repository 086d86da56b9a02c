"""Lab page "Your handwriting": collect samples of your own digits, then fine-tune on them.

Collecting: the page asks for one digit at a time ("Draw a 3, sample 2 of 5") on its own
canvas; Accept prepares the drawing exactly as the Draw tab does and saves the 28x28 input (and
the drawing) into a samples folder (``model.lab.handwriting.PersonalDataset``). The gallery shows
every
sample; one can be relabelled or deleted (with undo).

Fine-tuning copies the current model (``model.network.sharing.freeze`` in the model worker, a few
milliseconds) and trains the copy in a training process of its own (``model.training.process``) on
your
samples mixed with MNIST digits, so the Draw tab stays live and the app's process never loads
TensorFlow. Before/after accuracy is measured on your held-out samples,
which it never trains on, and on MNIST test digits. "Use this model" saves the result into the
samples folder (keeping the newest five such files) and opens it as the session's model.

Disk writes (a sample, a relabel, a delete) run in a small I/O worker: each is a few fsynced
files, usually milliseconds, but a slow disk must not freeze the canvas.
"""

from __future__ import annotations

import functools
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.canvas import DrawCanvas
from gui.common.imageconv import gray_to_qimage
from gui.common.layouts import FlowLayout, ReflowRow
from gui.common.pixel_view import PixelView
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore, TeachSettings
from gui.common.style import qcolor
from gui.common.widgets import GRID, Card, ElidedLabel, TextView, label, percent
from gui.common.workers import Worker
from gui.lab.tab import LabPage
from model.data.preprocess import preprocess
from model.words import count, with_article

DIGITS = range(10)
ICON = 56
SIDE_WIDTH = 112
CANVAS_MAX = 600
# The app's style sheet gives primary buttons no disabled look; without one, a disabled
# "Use this model" looks clickable.
PAGE_STYLE = f"""
QPushButton#primary:disabled {{ background: {style.ACCENT_SOFT}; border-color: {style.ACCENT_SOFT};
    color: white; }}
"""
MODEL_FILTER = "Keras models (*.keras)"
# Figures shown in the results table; fine_tune's defaults, named here so the text agrees.
EVAL_DIGITS = 2000
PROGRESS_HZ = 10.0


# --------------------------------------------------------------------------- background jobs


def read_sample(_model: Any, predictor: Any, seq: int, image: np.ndarray) -> tuple[int, np.ndarray]:
    """The current model's probabilities for one drawing (model worker, ~1 ms)."""
    return seq, predictor.probabilities(image[np.newaxis])[0]


def open_dataset(folder: str) -> Any:
    """Open (or create) a samples folder (I/O worker)."""
    from model.lab.handwriting import PersonalDataset

    return PersonalDataset.open(folder)


def change_samples(dataset: Any, action: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Call ``dataset.<action>(*args, **kwargs)`` (I/O worker); the answer names the dataset,
    so a reply that arrives after another folder was opened can be told apart."""
    return {"dataset": dataset, "result": getattr(dataset, action)(*args, **kwargs)}


class FineTuneWorker(Worker):
    """Fine-tunes in a training process of its own (``model.training.process``) and keeps the
    result.

    Training needs TensorFlow, which the app's own process never loads: a process is started
    for the run (its TensorFlow import takes a few seconds) and ended after it, so it holds no
    memory while nobody fine-tunes. The tuned network comes back as plain data and stays in this
    worker's thread; the UI gets plain figures (``finished``) and asks it to save (``save``).

    Signals
    -------
    progressed(dict)
        ``fraction`` (0..1) and ``text``, at most ``PROGRESS_HZ`` a second.
    """

    progressed = Signal(object)

    def __init__(self) -> None:
        super().__init__("convscope-finetune")
        self.stop_requested = threading.Event()
        self._mnist = None
        self._model = None
        self._metadata: dict[str, Any] = {}
        self._last_emit = 0.0
        self._process = None
        self._process_lock = threading.Lock()

    def should_stop(self) -> bool:
        return self.stop_requested.is_set() or self.stopping

    def request_stop(self) -> None:
        """End the run at the next batch (any thread); the figures so far are reported."""
        self.stop_requested.set()
        with self._process_lock:
            if self._process is not None:
                self._process.request_stop()

    def begin_stop(self) -> None:
        self.request_stop()
        super().begin_stop()

    def _progress(self, info: dict) -> None:
        now = time.perf_counter()
        last = info["epoch"] + 1 == info["epochs"] and info["batch"] + 1 == info["batches"]
        if now - self._last_emit < 1.0 / PROGRESS_HZ and not last:
            return
        self._last_emit = now
        done = info["epoch"] * info["batches"] + info["batch"] + 1
        self.progressed.emit(
            {
                "fraction": done / max(1, info["epochs"] * info["batches"]),
                "text": f"Training: pass {info['epoch'] + 1} of {info['epochs']}, "
                f"accuracy on this pass {info.get('epoch_accuracy', info['accuracy']) * 100:.0f} %",
            }
        )

    def _on_message(self, kind: str, payload: Any) -> None:
        if kind == "batches" and payload:
            self._progress(payload[-1])
        elif kind == "message":
            self.progressed.emit({"text": payload[0].upper() + payload[1:] + "…"})

    def tune(self, frozen: Any, dataset: Any, epochs: int, options: dict[str, Any]) -> dict:
        """Run ``model.lab.handwriting.fine_tune`` in a training process; returns its figures."""
        from model.data.mnist import load_mnist
        from model.network.sharing import thaw
        from model.training import process as trainproc

        self._model, self._metadata = None, {}
        self.progressed.emit({"fraction": 0.0, "text": "Starting the training process…"})
        if self._mnist is None:
            self._mnist = load_mnist()
        process = trainproc.TrainingProcess()
        with self._process_lock:
            self._process = process
        try:
            self.check_stopping()
            process.set_data(self._mnist, cancelled=lambda: self.stopping)
            if self.stop_requested.is_set():
                process.request_stop()
            result = process.fine_tune(
                frozen,
                str(dataset.folder),
                epochs,
                options,
                self._on_message,
                cancelled=lambda: self.stopping,
            )
        finally:
            with self._process_lock:
                self._process = None
            process.close(0.5)
        tuned = result.pop("frozen", None)
        if tuned is not None:
            self._model, self._metadata = thaw(tuned), dict(tuned.metadata)
        return result

    def save(self, path: str) -> str:
        """Write the last fine-tuned model to ``path`` (atomically); returns the path."""
        from model.errors import StorageError
        from model.storage import save_model

        if self._model is None:
            raise StorageError("there is no fine-tuned model to save")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        save_model(self._model, path, self._metadata)
        return path


# --------------------------------------------------------------------------- widgets


class DigitProgress(QWidget):
    """Ten cells, one per digit: how many samples of it so far out of the number asked.

    Signals
    -------
    digitClicked(int)
        A cell was clicked: the user wants to draw that digit next.
    """

    digitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = np.zeros(10, np.int64)
        self.wanted = 5
        self.current: int | None = None
        self.setMinimumSize(10 * 34, 58)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Samples of each digit so far. Click a digit to draw that one next.")

    def sizeHint(self) -> QSize:
        return QSize(10 * 40, 58)

    def set_state(self, counts: np.ndarray, wanted: int, current: int | None) -> None:
        self.counts, self.wanted, self.current = np.asarray(counts), int(wanted), current
        self.update()

    def _cell(self, digit: int) -> QRectF:
        w = self.width() / 10
        return QRectF(digit * w + 2, 1, w - 4, self.height() - 2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        digit = int(event.position().x() // max(1.0, self.width() / 10))
        if 0 <= digit <= 9:
            self.digitClicked.emit(digit)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        big = QFont(self.font())
        big.setPixelSize(18)
        big.setBold(True)
        small = QFont(self.font())
        small.setPixelSize(11)
        for digit in DIGITS:
            rect = self._cell(digit)
            n = int(self.counts[digit])
            done = n >= self.wanted
            current = digit == self.current
            painter.setPen(QPen(qcolor(style.ACCENT if current else style.CARD_BORDER), 1.5))
            painter.setBrush(qcolor(style.ACCENT_SOFT if current else style.CARD))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setFont(big)
            painter.setPen(qcolor(style.ACCENT if current else style.TEXT))
            painter.drawText(
                QRectF(rect.left(), rect.top() + 2, rect.width(), 24),
                int(Qt.AlignmentFlag.AlignCenter),
                str(digit),
            )
            painter.setFont(small)
            painter.setPen(qcolor(style.GOOD if done else style.MUTED))
            painter.drawText(
                QRectF(rect.left(), rect.top() + 25, rect.width(), 14),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{n}/{self.wanted}",
            )
            track = QRectF(rect.left() + 6, rect.bottom() - 9, rect.width() - 12, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(style.BAR_TRACK))
            painter.drawRoundedRect(track, 2, 2)
            fill = min(1.0, n / max(1, self.wanted))
            if fill > 0:
                painter.setBrush(qcolor(style.GOOD if done else style.ACCENT))
                painter.drawRoundedRect(
                    QRectF(track.left(), track.top(), track.width() * fill, 4), 2, 2
                )
        painter.end()


class SquareCanvas(DrawCanvas):
    """The drawing canvas, as tall as it is wide (up to ``CANVAS_MAX``): no empty bands above
    and below the square."""

    def __init__(self, parent: QWidget | None = None, pen_width: int = 22) -> None:
        super().__init__(parent, pen_width)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Up to a size that leaves the rest of the page on a large screen; wider than that,
        # the drawing square is centred.
        return min(width, CANVAS_MAX)


def sample_icon(image: np.ndarray) -> QIcon:
    """A sample's 28x28 picture, enlarged with crisp pixels, as an icon."""
    pixmap = QPixmap.fromImage(
        gray_to_qimage(image).scaled(
            ICON,
            ICON,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )
    return QIcon(pixmap)


# --------------------------------------------------------------------------- the page


class TeachPage(LabPage):
    """Collect samples of your handwriting, browse them, fine-tune the network on them.

    Signals
    -------
    datasetOpened(str)
        A samples folder is open (its path).
    samplesChanged()
        A sample was added, relabelled, deleted or restored (and is on disk).
    fineTuned(dict)
        A fine-tuning run ended: ``model.lab.handwriting.FineTuneResult.to_dict()``.
    modelSaved(str)
        The fine-tuned model was written to this path.
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
        self._icons: dict[int, QIcon] = {}
        self._tuning = False
        self._result: dict | None = None
        self._save_then_use = False
        # Overridable by tests: fine_tune's keyword options (sizes of the MNIST parts).
        self.tune_options: dict[str, Any] = {"eval_digits": EVAL_DIGITS}

        # The tuner first: a training batch may be under way when the app closes.
        self.tuner = self.add_worker(
            FineTuneWorker(), self._on_tuner_finished, self._on_tuner_errored
        )
        self.tuner.progressed.connect(self._on_tuner_progressed)
        self.io = self.add_worker("convscope-teach-io", self._on_io_finished, self._on_io_errored)

        self._build()
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        session.loadingStarted.connect(self._update_tune_controls)
        session.loadFailed.connect(self._update_tune_controls)
        self.canvas.drawingChanged.connect(self._on_canvas_drawingChanged)
        self.progress_cells.digitClicked.connect(self.ask_for)

        if self.teach_settings.folder:
            self.open_folder(self.teach_settings.folder)
        self._refresh_all()

    # ----------------------------------------------------------------- building

    def _button(self, text: str, tip: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.setStyleSheet(PAGE_STYLE)
        # -- collect
        # A long path gives way to "…" in its middle, rather than being cut off mid-word.
        self.folder_label = ElidedLabel("", "muted")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = self._button(
            "Choose folder…",
            "Pick an empty folder for a new set of samples, or one that already holds yours",
            self.choose_folder,
        )
        folder_row = QHBoxLayout()
        folder_row.setSpacing(8)
        folder_row.addWidget(label("Samples folder:", None))
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)

        self.prompt_label = TextView(1, 22, bold=True)
        # Two lines: the card may be narrow (a 1280 px window) and the line must not be cut.
        self.prompt_detail = TextView(2, colour=style.MUTED)
        self.per_digit = QSpinBox()
        self.per_digit.setRange(1, 50)
        self.per_digit.setValue(max(1, min(50, self.teach_settings.per_digit)))
        self.per_digit.setToolTip("How many samples of each digit to ask for")
        self.per_digit.valueChanged.connect(self._on_per_digit_valueChanged)
        prompt_row = QHBoxLayout()
        prompt_words = QVBoxLayout()
        prompt_words.setSpacing(0)
        prompt_words.addWidget(self.prompt_label)
        prompt_words.addWidget(self.prompt_detail)
        prompt_row.addLayout(prompt_words, 1)
        per_digit_box = QVBoxLayout()
        per_digit_box.setSpacing(2)
        per_digit_box.addWidget(label("Per digit", "caption"))
        per_digit_box.addWidget(self.per_digit)
        prompt_row.addLayout(per_digit_box)

        self.canvas = SquareCanvas(pen_width=22)
        self.canvas.setMinimumSize(240, 240)
        self.preview = PixelView(SIDE_WIDTH)
        self.preview.setToolTip(f"What will be saved: the {GRID} input the network reads")
        self.reads = TextView(3, colour=style.MUTED)
        self.accept_button = self._button(
            "Accept",
            "Save this drawing as a sample of the digit asked for (Enter)",
            self.accept,
            primary=True,
        )
        self.clear_button = self._button("Clear", "Wipe the canvas", self.canvas.clear)
        self.skip_button = self._button(
            "Skip", "Ask for another digit now and this one later", self.skip
        )
        accept_action = QAction(self)
        accept_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        accept_action.triggered.connect(self.accept)
        self.addAction(accept_action)
        side = QVBoxLayout()
        side.setSpacing(6)
        for button in (self.accept_button, self.clear_button, self.skip_button):
            button.setFixedWidth(SIDE_WIDTH)
            side.addWidget(button)
        side.addSpacing(10)
        side.addWidget(label("Will be saved as", "caption"))
        side.addWidget(self.preview)
        side.addWidget(self.reads)
        side.addStretch(1)
        self.reads.setFixedWidth(SIDE_WIDTH)
        draw_row = QHBoxLayout()
        draw_row.setSpacing(12)
        draw_row.addWidget(self.canvas, 1)
        draw_row.addLayout(side)
        self.progress_cells = DigitProgress()

        collect = Card(
            "Collect your digits",
            "Draw each digit the way you usually write it. A few of them are kept aside, never "
            "trained on, to test the result fairly.",
        )
        collect.body.addLayout(folder_row)
        collect.body.addLayout(prompt_row)
        collect.body.addLayout(draw_row)
        collect.body.addSpacing(4)
        collect.body.addWidget(label("Samples so far; click a digit to draw it next", "caption"))
        collect.body.addWidget(self.progress_cells)
        collect.body.addWidget(
            label(
                "Write the way you normally do: the point is to teach the network your style. "
                "Digits it misreads are the most useful ones.",
                "caption",
                wrap=True,
            )
        )
        collect.body.addStretch(1)

        # -- gallery
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(ICON, ICON))
        self.gallery.setGridSize(QSize(ICON + 18, ICON + 26))
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gallery.setSpacing(2)
        self.gallery.setMinimumHeight(150)
        self.gallery.itemSelectionChanged.connect(self._on_gallery_itemSelectionChanged)
        self.relabel_box = QComboBox()
        self.relabel_box.addItems([str(d) for d in DIGITS])
        self.relabel_box.setToolTip("The digit the selected sample really shows")
        self.relabel_button = self._button(
            "Change label", "Give the selected sample the digit chosen on the left", self.relabel
        )
        self.delete_button = self._button("Delete…", "Delete the selected sample", self.delete)
        self.undo_button = self._button(
            "Undo delete", "Bring back the sample just deleted", self.undo
        )
        # Wraps onto two lines in a narrow window rather than widen the page.
        gallery_row = FlowLayout(spacing=6)
        gallery_row.addWidget(label("Selected sample:", "muted"))
        gallery_row.addWidget(self.relabel_box)
        gallery_row.addWidget(self.relabel_button)
        gallery_row.addWidget(self.delete_button)
        gallery_row.addWidget(self.undo_button)
        self.gallery_note = label("", "caption")
        gallery = Card(
            "Your samples",
            "Each picture is the 28 × 28 input saved for a sample, with its digit; those "
            "marked “test” are kept aside. Select one to fix its label or delete it.",
        )
        gallery.body.addWidget(self.gallery, 1)
        gallery.body.addWidget(self.gallery_note)
        gallery.body.addLayout(gallery_row)

        # -- fine-tune
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 20)
        self.epochs.setValue(max(1, min(20, self.teach_settings.epochs)))
        self.epochs.setToolTip("Passes over the mixed training digits; more takes longer")
        self.tune_button = self._button(
            "Fine-tune on my samples",
            "Train a copy of the current network a little more, on your samples mixed with "
            "MNIST digits",
            self.fine_tune,
            primary=True,
        )
        self.stop_button = self._button(
            "Stop", "Stop fine-tuning; the model stays as it was", self.stop
        )
        self.tune_progress = QProgressBar()
        self.tune_progress.setRange(0, 1000)
        self.tune_progress.setTextVisible(False)
        self.tune_status = TextView(2, colour=style.MUTED)
        tune_row = FlowLayout(spacing=8)
        tune_row.addWidget(label("Passes", "muted"))
        tune_row.addWidget(self.epochs)
        tune_row.addWidget(self.tune_button)
        tune_row.addWidget(self.stop_button)
        tune_row.addWidget(self.tune_progress)

        self.table = QGridLayout()
        self.table.setHorizontalSpacing(22)
        self.table.setVerticalSpacing(4)
        self.cells: dict[tuple[int, int], Any] = {}
        for col, text in enumerate(("", "Before", "After", "Change")):
            head = label(text, "caption")
            if col:
                head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addWidget(head, 0, col)
        self.row_names = [label("Your held-out samples"), label("MNIST test digits")]
        for row, name in enumerate(self.row_names, 1):
            self.table.addWidget(name, row, 0)
            for col in (1, 2, 3):
                cell = label("–")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setMinimumWidth(64)
                self.cells[(row, col)] = cell
                self.table.addWidget(cell, row, col)
        self.table.setColumnStretch(4, 1)
        self.use_button = self._button(
            "Use this model",
            "Make the fine-tuned network the current one in every tab (it is saved in your "
            "samples folder)",
            self.use_tuned,
            primary=True,
        )
        self.save_button = self._button(
            "Save as…",
            "Save the fine-tuned network to a file of your choice",
            self.choose_save_path,
        )
        result_buttons = QHBoxLayout()
        result_buttons.setSpacing(6)
        result_buttons.addWidget(self.use_button)
        result_buttons.addWidget(self.save_button)
        result_buttons.addStretch(1)

        tune = Card(
            "Fine-tune the network",
            "Trains a copy of the current network a little more, on your samples mixed with "
            "MNIST digits so it does not forget how other people write. Then compares before "
            "and after.",
        )
        tune.body.addLayout(tune_row)
        tune.body.addWidget(self.tune_status)
        tune.body.addLayout(self.table)
        tune.body.addLayout(result_buttons)

        review = QWidget()
        right = QVBoxLayout(review)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(14)
        right.addWidget(gallery, 1)
        right.addWidget(tune, 0)
        # Collecting, reviewing and fine-tuning is a long page: on a short screen it scrolls,
        # and in a narrow window the review goes below the collecting.
        content = QWidget()
        self.set_scrolling_content(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 6, 0)
        outer.addWidget(ReflowRow([collect, review], [11, 10]))

    # ----------------------------------------------------------------- the samples folder

    def choose_folder(self) -> None:
        """Ask for a samples folder and open it."""
        start = self.teach_settings.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Folder for your samples", start)
        if folder:
            self.open_folder(folder)
        elif self._waiting_sample is not None:
            # No folder after all: the drawing stays on the canvas for the next Accept.
            self._waiting_sample = None
            self._say_collect("Not saved: choose a folder for your samples, then Accept again.")

    def open_folder(self, folder: str | Path) -> None:
        """Open (or start) the samples folder ``folder`` in the background."""
        self.folder_label.setText(f"opening {folder}…")
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
        counts = self._counts()
        need = [d for d in DIGITS if counts[d] < self.per_digit.value()]
        if not need:
            self._skipped.clear()
            return None
        pool = [d for d in need if d not in self._skipped]
        if not pool:
            self._skipped.clear()
            pool = need
        start = 0 if after is None else after + 1
        order = [(start + i) % 10 for i in DIGITS]
        fewest = min(counts[d] for d in pool)
        return next(d for d in order if d in pool and counts[d] == fewest)

    def accept(self) -> None:
        """Save the drawing as a sample of the digit asked for.

        Without a samples folder yet, this asks for one and saves the sample into it once it
        is open: the first Accept never loses the drawing.
        """
        if self.prompt is None:
            self.statusReported.emit("Every digit has its samples; click a digit to add more.")
            return
        canvas = self.canvas.to_array()
        pre = preprocess(canvas)
        if pre.blank:
            self._say_collect(f"Draw {with_article(self.prompt)} first: the canvas is empty.")
            return
        if self.dataset is None:
            self._waiting_sample = (pre.input.copy(), canvas, self.prompt)
            self._say_collect(
                f"Choose a folder for your samples: your {self.prompt} is saved there as soon "
                "as it is open."
            )
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
        items = self.gallery.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select_sample(self, sample_id: int) -> None:
        for i in range(self.gallery.count()):
            item = self.gallery.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == sample_id:
                self.gallery.setCurrentItem(item)
                return

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
        if not self._confirm(
            "Delete this sample?",
            f"Delete this sample of {with_article(digit)}? Its picture is removed from the folder "
            "(Undo delete brings it back while the app is open).",
        ):
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

    def tune_problem(self) -> str | None:
        """Why fine-tuning cannot start now (one line), or None."""
        if self._tuning:
            return "Fine-tuning is already running."
        if self.session.loading:
            return "Wait until the model has finished loading."
        if self.session.info is None:
            return "Open or train a model first: fine-tuning starts from the current one."
        if self.dataset is None:
            return "Choose a samples folder and draw some digits first."
        problem = self.dataset.readiness()
        if problem:
            return problem[0].upper() + problem[1:] + "."
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
        self.tune_status.set_text(f"Copying {info.get('name') or 'the model'}…")
        self._update_tune_controls()
        self.request_model_copy("tune", metadata)

    def stop(self) -> None:
        """Stop fine-tuning at the next batch; the current model is left as it was."""
        if self._tuning:
            self.tuner.request_stop()
            self.tune_status.set_text("Stopping…")

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
            self, "Save the fine-tuned model as", start, MODEL_FILTER
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

    # ----------------------------------------------------------------- LabPage

    def model_changed(self, info: dict[str, Any]) -> None:
        self._update_tune_controls()
        self._read_canvas()

    def activated(self) -> None:
        self._read_canvas()

    def save_settings(self) -> None:
        self.teach_settings.per_digit = self.per_digit.value()
        self.teach_settings.epochs = self.epochs.value()
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
        self._update_tune_controls()

    def _refresh_folder(self) -> None:
        if self.dataset is None:
            if not self.teach_settings.folder:
                self.folder_label.setText("none yet: choose one to keep your samples")
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
            self.prompt_label.set_text("All done!", style.GOOD)
            self.prompt_detail.set_text(
                f"{count(wanted, 'sample')} of every digit. Fine-tune on the right, or click a "
                "digit "
                "below to add more."
            )
        else:
            n = int(counts[self.prompt])
            self.prompt_label.set_text(f"Draw {with_article(self.prompt)}")
            more = f"sample {n + 1} of {wanted}" if n < wanted else f"extra sample {n + 1}"
            self.prompt_detail.set_text(more + "; Accept saves it, Skip asks for another digit")
        self.accept_button.setEnabled(self.prompt is not None and self._busy_writes == 0)
        self.skip_button.setEnabled(self.prompt is not None)
        self.progress_cells.set_state(counts, wanted, self.prompt)

    def _refresh_gallery(self) -> None:
        selected = self.selected_id()
        self.gallery.clear()
        samples = self.dataset.samples if self.dataset is not None else []
        alive = set()
        for s in samples:
            alive.add(s.id)
            icon = self._icons.get(s.id)
            if icon is None:
                icon = self._icons[s.id] = sample_icon(self.dataset.image(s.id))
            item = QListWidgetItem(icon, f"{s.label} · test" if s.held_out else str(s.label))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(
                f"Sample {s.id}: {with_article(s.label)}"
                + ("; kept aside to test, never trained on" if s.held_out else "; trained on")
            )
            if s.held_out:
                item.setForeground(qcolor(style.ACCENT))
            self.gallery.addItem(item)
        self._icons = {k: v for k, v in self._icons.items() if k in alive}
        if selected is not None:
            self.select_sample(selected)
        if self.dataset is None:
            self.gallery_note.setText("No samples folder open.")
        else:
            train, held = self.dataset.counts("train").sum(), self.dataset.counts("held_out").sum()
            note = (
                f"{count(int(train + held), 'sample')}: {train} to train on, {held} kept aside "
                "to test."
            )
            if self.dataset.warnings:
                note += " " + self.dataset.warnings[0]
            self.gallery_note.setText(note)
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

    @Slot()
    def _update_tune_controls(self, *args: Any) -> None:
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
                name = (self.session.info or {}).get("name") or "the current model"
                self.tune_status.set_text(f"Ready to fine-tune {name} on your samples.")

    def _show_result(self, result: dict | None) -> None:
        rows = ("personal", "mnist")
        before = (result or {}).get("before") or {}
        after = (result or {}).get("after") or {}
        if result:
            self.row_names[0].setText(f"Your held-out samples ({before.get('personal_n', 0)})")
            self.row_names[1].setText(f"MNIST test digits (first {before.get('mnist_n', 0):,})")
        for row, key in enumerate(rows, 1):
            b, a = before.get(key), after.get(key)
            self.cells[(row, 1)].setText("–" if b is None else f"{b * 100:.1f} %")
            self.cells[(row, 2)].setText("–" if a is None else f"{a * 100:.1f} %")
            change = self.cells[(row, 3)]
            if a is None or b is None:
                change.setText("–")
                change.setStyleSheet("")
                continue
            delta = (a - b) * 100
            change.setText("no change" if abs(delta) < 0.05 else f"{delta:+.1f} points")
            colour = style.GOOD if delta > 0.05 else style.BAD if delta < -0.05 else style.MUTED
            change.setStyleSheet(f"color: {colour}; font-weight: 600;")

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
            self.reads.set_text("No model to read it yet.")
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
            self._icons.clear()
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
                self.statusReported.emit(f"Samples folder: {warning}")
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
            self.statusReported.emit(
                f"Saved {with_article(digit)} as sample {result} in {self.dataset.folder.name}."
            )
            self._picked = False
            self.prompt = self._next_prompt(digit)
        elif kind.startswith("delete-"):
            self._undo = result
            self.statusReported.emit(
                f"Deleted a sample of {with_article(result.sample.label)}; "
                "Undo delete brings it back."
            )
        self._refresh_gallery()
        self._refresh_prompt()
        self._update_tune_controls()
        if kind.startswith("restore-"):
            self.select_sample(result)
        self.samplesChanged.emit()

    @Slot(str, str, str)
    def _on_io_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "open":
            self.folder_label.setText("could not open it: choose another folder")
            if self._waiting_sample is not None:
                self._waiting_sample = None  # its drawing is still on the canvas
                self._say_collect("Not saved yet: choose another folder, then Accept again.")
            self.errorReported.emit("Could not open the samples folder", message, details)
        else:
            if kind.startswith("add-"):
                self._busy_writes = max(0, self._busy_writes - 1)
            what = kind.split("-")[0]
            self.errorReported.emit(f"Could not {what} the sample", message, details)
        self._refresh_all()

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if kind == "teach-read":
            seq, probabilities = result
            if seq != self._read_seq:
                return
            best = int(np.argmax(probabilities))
            self.reads.set_text(f"The network reads it as {best} ({percent(probabilities[best])}).")

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind == "teach-read":
            self.reads.set_text("")

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag == "tune" and self._tuning:
            options = dict(self.tune_options)
            self.tuner.submit(
                "tune", self.tuner.tune, frozen, self.dataset, self.epochs.value(), options
            )

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag == "tune" and self._tuning:
            self._tuning = False
            self.tune_status.set_text(f"Could not copy the model: {message}", style.BAD)
            self._update_tune_controls()

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
            self._update_tune_controls()
            if completed:
                self.tune_progress.setValue(1000)
                before, after = result["before"], result["after"]
                text = (
                    f"Done in {result['seconds']:.0f} s. Your held-out samples: "
                    f"{_fraction(before)} before, {_fraction(after)} after."
                )
                self.tune_status.set_text(text, style.TEXT)
                self.statusReported.emit("Fine-tuning finished. " + text)
            else:
                self.tune_progress.setValue(0)
                self.tune_status.set_text("Stopped: the current model is unchanged.")
            self.fineTuned.emit(result)
        elif kind == "save":
            if self._save_then_use:
                self._save_then_use = False
                self.session.open(result)
                self._prune_tuned(Path(result))
                self.tune_status.set_text(
                    f"Now using the fine-tuned network ({Path(result).name})."
                )
            else:
                self.tune_status.set_text(f"Saved the fine-tuned network as {result}.")
            self.statusReported.emit(f"Saved {result}")
            self.modelSaved.emit(result)

    @Slot(str, str, str)
    def _on_tuner_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "tune":
            self._tuning = False
            self.tune_progress.setValue(0)
            self.tune_status.set_text(message, style.BAD)
            self._update_tune_controls()
            self.errorReported.emit("Fine-tuning failed", message, details)
        else:
            self._save_then_use = False
            self.errorReported.emit("Could not save the fine-tuned network", message, details)


def _fraction(scores: dict) -> str:
    n = scores.get("personal_n", 0)
    return f"{scores.get('personal_correct', 0)} of {n} right" if n else "none"
