"""The Draw tab: draw (or load) a digit and watch the network read it while you draw.

Data flow per canvas change: canvas -> 140x140 array -> ``model.data.preprocess`` (NumPy, ~1 ms, on
the UI thread) -> the ``ModelSession``'s worker, which keeps only the newest request ->
``predictionReady`` -> the 28x28 view, bars and verdict, repainted together. Without a model the
28x28 view follows the drawing at once. A result older than the last clear is dropped, so a
blank canvas never shows a stale answer.

Several digits (a number): ``model.data.segment.find_digits`` finds them on the UI thread too; the
one selected (the first, or the one the user picks) is what gets predicted, so every view that
shows one digit follows it, and a job in the model worker reads them all
(``read_digits_job``), cutting touching digits where the network agrees. The canvas outlines
each digit, the summary says the number. The verdict's words come from the model's calibration
(``model.uncertainty``): "sure", "not sure", "this may not be a digit".
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import timing, why
from gui.common.canvas import MAX_PEN, MIN_PEN, DrawCanvas
from gui.common.imageconv import qimage_to_rgba
from gui.common.layouts import VerticalScrollArea
from gui.common.pixel_view import PixelView
from gui.common.probability_bars import ProbabilityBars
from gui.common.session import ModelSession
from gui.common.settings import DrawingSettings, ModelSettings, SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import GRID, Card, Expander, label
from gui.common.workers import Worker
from gui.draw.actions import PEN_STEP, make_draw_actions
from gui.draw.digit_chooser import DigitChooser
from gui.draw.jobs import ink_from_file, ink_from_pixels, mnist_test_set, read_digits_job
from gui.draw.preparation_steps import PreprocessSteps
from gui.draw.second_answer import SecondAnswer
from gui.draw.verdict import PredictionSummary, Verdict
from model.data.preprocess import IMAGE_SUFFIXES, Preprocessed, preprocess
from model.data.segment import SEVERAL, WIDE, Digit, find_digits
from model.uncertainty import Calibration, assess

IMAGE_FILTER = "Images ({});;All files (*)".format(" ".join(f"*{s}" for s in IMAGE_SUFFIXES))
WHY_KIND = "why-draw"
READ_KIND = "read-digits"
# "Show why" asks for a new map at most this often while drawing (ms): a map costs a few ms
# in the model worker, which also serves the live predictions.
WHY_INTERVAL_MS = 120
# The answer panel's widest: wider, its bars would only get longer.
SIDE_MAX_WIDTH = 760


# --------------------------------------------------------------------------- the tab


class DrawTab(ConvscopeTab):
    """Canvas on the left; the network's verdict, its votes and its input on the right."""

    key = "draw"
    title = "Draw"
    tooltip = "Draw a digit and watch the network read it"

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.drawing_settings = settings.load(DrawingSettings)
        self.model_settings = settings.load(ModelSettings)
        self._seq = 0
        self._floor = 0
        self._pre: Preprocessed | None = None
        self._prediction: dict | None = None
        self._tag: dict | None = None
        self._mnist: dict | None = None
        self._pending_index: int | None = None
        self._view_stale = False
        self._rng = np.random.default_rng()
        # Several digits: those found on the canvas, the network's reading of them (from
        # read_digits_job; None until it comes), which one the one-digit views show, and how
        # the current model's probabilities become honest words.
        self._digits: list[Digit] = []
        self._reading: Any = None
        self._reading_key: int | None = None
        self._selected = 0
        self._look_again = False
        self._calibration = Calibration()
        # "Show why": how the canvas overlay is asked for (the Lab's Why page may change it by
        # showing its own map), and whether a request is out.
        self._why_request: dict[str, Any] = {"method": "gradcam", "class_index": None}
        self._why_busy = False
        self._why_dirty = False
        self._why_seq = -1  # the drawing the overlay on the canvas explains
        self._why_timer = QTimer(self)
        self._why_timer.setSingleShot(True)
        self._why_timer.setInterval(WHY_INTERVAL_MS)
        self._why_timer.timeout.connect(self._ask_why)

        self.canvas = DrawCanvas(pen_width=self.drawing_settings.pen_width)
        self.bars = ProbabilityBars()
        self.summary = PredictionSummary()
        self.chooser = DigitChooser()
        self.chooser.setVisible(False)
        self.network_view = PixelView(120, grid=True, minimum=120, maximum=240)
        self.steps = PreprocessSteps()
        self.steps_hint = label(
            "Four steps: find the ink, crop it, shrink it to 20 pixels, centre it by its mass.",
            "caption",
            wrap=True,
        )
        self.steps_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The hint holds the steps' place while they are closed: opening them moves nothing.
        self.steps_expander = Expander(
            f"How your drawing became {GRID}", self.steps, placeholder=self.steps_hint
        )
        self.actions = make_draw_actions(self, self._action_slots())
        self._build_layout()

        self.io = Worker("convscope-io")
        self.io.started.connect(self._on_io_started)
        self.io.finished.connect(self._on_io_finished)
        self.io.errored.connect(self._on_io_errored)
        self.io.start()

        self.canvas.drawingChanged.connect(self._on_canvas_drawingChanged)
        self.canvas.historyChanged.connect(self._on_canvas_historyChanged)
        self.canvas.fileDropped.connect(self._on_canvas_fileDropped)
        self.canvas.imageDropped.connect(self._on_canvas_imageDropped)
        self.bars.predictionShown.connect(self._on_bars_predictionShown)
        self.chooser.digitChosen.connect(self.select_digit)
        self.steps_expander.toggled.connect(self._on_steps_toggled)
        session.predictionReady.connect(self._on_session_predictionReady)
        session.loadingStarted.connect(self._on_session_stateChanged)
        session.modelChanged.connect(self._on_session_modelChanged)
        session.loadFailed.connect(self._on_session_stateChanged)
        session.fieldShown.connect(self.show_region)
        session.pictureOffered.connect(self.load_array)
        session.overlayShown.connect(self.show_overlay)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)

        self.actions["why"].setChecked(self.drawing_settings.show_why)
        self.steps_expander.set_expanded(self.drawing_settings.show_steps)
        self._on_canvas_historyChanged()
        self.refresh()

    # ----------------------------------------------------------------- building

    def _action_slots(self) -> dict[str, Any]:
        """What each of ``make_draw_actions``' actions does, by key."""
        # Lambdas where the slot takes arguments of its own: triggered(bool) would pass
        # ``checked`` to them (show_test_digit's index, say).
        return {
            "undo": lambda: self.canvas.undo(),
            "redo": lambda: self.canvas.redo(),
            "clear": lambda: self.canvas.clear(),
            "eraser": self.canvas.set_eraser,
            "wider": lambda: self.pen_slider.setValue(self.pen_slider.value() + PEN_STEP),
            "narrower": lambda: self.pen_slider.setValue(self.pen_slider.value() - PEN_STEP),
            "open": self.choose_image,
            "paste": self.paste,
            "random": lambda: self.show_test_digit(),
            "why": self.set_show_why,
            "steps": self.steps_expander.set_expanded,
        }

    def _tool(self, key: str, text: str | None = None) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(self.actions[key])
        if text:
            button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _build_layout(self) -> None:
        self.pen_slider = QSlider(Qt.Orientation.Horizontal)
        self.pen_slider.setRange(MIN_PEN, min(MAX_PEN, 60))
        self.pen_slider.setValue(self.canvas.pen_width)
        self.pen_slider.setMinimumWidth(52)
        self.pen_slider.setMaximumWidth(120)
        self.pen_slider.setToolTip("Pen width ([ and ] change it too)")
        self.pen_label = label(f"{self.canvas.pen_width} px", "muted")
        self.pen_label.setMinimumWidth(36)
        self.pen_slider.valueChanged.connect(self._on_pen_slider_valueChanged)

        tools = QHBoxLayout()
        tools.setSpacing(4)
        for key, text in (
            ("undo", "Undo"),
            ("redo", "Redo"),
            ("clear", "Clear"),
            ("eraser", "Eraser"),
        ):
            tools.addWidget(self._tool(key, text))
        tools.addSpacing(6)
        tools.addWidget(label("Pen", "muted"))
        tools.addWidget(self.pen_slider, 1)
        tools.addWidget(self.pen_label)
        tools.addStretch(1)

        sources = QHBoxLayout()
        sources.setSpacing(6)
        sources.addWidget(label("Or try:", "muted"))
        for key, text in (
            ("open", "Open image…"),
            ("paste", "Paste"),
            ("random", "Random test digit"),
        ):
            sources.addWidget(self._tool(key, text))
        sources.addStretch(1)

        self.draw_card = Card(
            "Draw a digit",
            "Use the mouse or a pen; the right button erases. "
            "Every stroke updates the network's answer.",
        )
        self.draw_card.body.addLayout(tools)
        self.draw_card.body.addWidget(self.canvas, 1)
        self.draw_card.body.addLayout(sources)

        # "Show why" explains the answer, so it sits by the answer (it colours the canvas).
        # Not the action's own button: that would retitle it "Show Why" on every toggle.
        self.why_button = QToolButton()
        self.why_button.setText("Show why")
        self.why_button.setCheckable(True)
        self.why_button.setToolTip(self.actions["why"].toolTip())
        self.why_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.why_button.toggled.connect(self.actions["why"].setChecked)
        self.actions["why"].toggled.connect(self.why_button.setChecked)
        answer_head = QHBoxLayout()
        answer_head.addWidget(label("The network's answer", "heading"), 1)
        # The other network's answer (Inspect › Two networks), while there is one: in the
        # heading's row, so it costs no height on a small screen.
        self.second_answer = SecondAnswer(self.session)
        answer_head.addWidget(self.second_answer)
        answer_head.addWidget(self.why_button)
        answer_card = Card()
        answer_card.body.addLayout(answer_head)
        answer_card.body.addWidget(self.summary)
        answer_card.body.addWidget(self.chooser)
        answer_card.body.addWidget(self.bars, 1)

        sees_card = Card(
            "What the network sees",
            f"Your drawing is cropped, shrunk and centred "
            f"into a {GRID} grid of brightness values, like the 70,000 MNIST "
            "digits the network learned from. These 784 numbers are all it gets.",
        )
        # The row is as tall as the card allows; the input and the steps (open or not) fill
        # it, so opening the steps changes nothing else.
        sees_row = QHBoxLayout()
        sees_row.setSpacing(18)
        sees_row.addWidget(self.network_view, 1)
        sees_row.addWidget(self.steps_expander, 3)
        sees_card.body.addLayout(sees_row, 1)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        # Height to spare goes mostly to the bars, some to the 28x28 input.
        column.addWidget(answer_card, 2)
        column.addWidget(sees_card, 1)
        # On a short screen the answer and the 28x28 input scroll; the canvas never does.
        self.side = VerticalScrollArea(right)
        self.side.setMaximumWidth(SIDE_MAX_WIDTH)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(14)
        outer.addWidget(self.draw_card, 1)
        outer.addWidget(self.side, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_draw_card()

    def _fit_draw_card(self) -> None:
        # The canvas is square and as tall as the card lets it be: a card wider than that
        # would only add margins beside it, so the answer panel gets the width instead, up
        # to what it can use (SIDE_MAX_WIDTH; past that the card takes the rest).
        card, canvas = self.draw_card, self.canvas
        margins = card.body.contentsMargins()
        around = card.height() - canvas.height()  # rows above and below the canvas
        content = self.contentsRect().height() - self.layout().contentsMargins().top()
        content -= self.layout().contentsMargins().bottom()
        side = max(canvas.minimumHeight(), content - around)
        width = side + margins.left() + margins.right()
        outer = self.layout().contentsMargins()
        rest = self.width() - outer.left() - outer.right() - self.layout().spacing()
        width = max(card.minimumSizeHint().width(), width, rest - SIDE_MAX_WIDTH)
        if card.maximumWidth() != width:
            card.setMaximumWidth(width)

    # ----------------------------------------------------------------- public API

    @property
    def seq(self) -> int:
        """Sequence number of the newest canvas state sent for prediction."""
        return self._seq

    @property
    def preprocessed(self) -> Preprocessed | None:
        return self._pre

    def current_prediction(self) -> dict | None:
        """The prediction on screen as ``{"label", "confidence", "probabilities",
        "uncertain"}`` (and ``"number"`` when several digits were read), if any."""
        if self._prediction is None:
            return None
        p = self._prediction
        out = {
            "label": int(p["label"]),
            "confidence": round(float(p["confidence"]), 6),
            "probabilities": [round(float(v), 6) for v in p["probabilities"]],
            "uncertain": assess(p["probabilities"], self._calibration).uncertain,
        }
        if self.number is not None:
            out["number"] = self.number
        return out

    @property
    def number(self) -> str | None:
        """The number read when the canvas holds several digits ("?" for a digit the network
        is not sure of), None for one digit or while the reading is on its way."""
        if self._reading is None or len(self._reading.digits) < 2:
            return None
        return "".join("?" if a.uncertain else str(a.label) for a in self._reading.assessments)

    @property
    def selected_digit(self) -> int:
        """Which digit of a number (from 0) the one-digit views show."""
        return self._selected

    @Slot(int)
    def select_digit(self, index: int) -> None:
        """Show digit ``index`` of the number on the canvas in the one-digit views."""
        digits = self._reading.digits if self._reading is not None else self._digits
        if 0 <= index < len(digits) and index != self._selected:
            self._selected = int(index)
            self.refresh()

    def is_up_to_date(self) -> bool:
        """True when the answer shown belongs to the drawing shown (or the canvas is blank)."""
        if self._pre is not None and self._pre.blank:
            return True
        return self._prediction is not None and self._prediction["seq"] == self._seq

    def choose_image(self) -> None:
        """Ask for an image file and load it."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open an image of a digit", self.model_settings.image_folder, IMAGE_FILTER
        )
        if path:
            self.model_settings.image_folder = str(Path(path).parent)
            self.open_image(path)

    @Slot(str)
    def open_image(self, path: str, of: int = 1) -> None:
        """Load an image file into the canvas (in the background); ``of`` > 1: the first of
        that many files the user dropped."""
        self.statusReported.emit(f"Opening {Path(path).name}…")
        self.io.submit("image", ink_from_file, str(path), int(of))

    @Slot(str, int)
    def _on_canvas_fileDropped(self, path: str, count: int) -> None:
        self.open_image(path, count)

    def load_qimage(self, image: QImage, source: str) -> bool:
        """Load a QImage (pasted or dropped) into the canvas; False if it is empty."""
        if image.isNull():
            return False
        self.load_array(qimage_to_rgba(image), source)
        return True

    @Slot(object, str)
    def load_array(self, pixels: np.ndarray, source: str) -> None:
        """Load an image array (gray 0..1 or 0..255, RGB or RGBA) into the canvas, as a file
        would be: its paper removed, in the background; ``source`` names it in the verdict."""
        self.io.submit("image", ink_from_pixels, np.array(pixels, copy=True), source)

    @Slot(object, int)
    def show_region(self, field: tuple[int, int, int, int] | None, seq: int = -1) -> None:
        """Outline on the canvas where a box of the 28x28 input came from; None removes it.

        ``field`` is (top, left, height, width) in input pixels, e.g. a receptive field; it is
        mapped back through this drawing's preprocessing (crop, scale, centring). A ``seq``
        other than -1 names the prediction it belongs to: an older drawing's is not shown.
        """
        pre = self._pre
        if field is None or pre is None or pre.blank or seq not in (-1, self._seq):
            self.canvas.show_region(None)
            return
        top, left, height, width = field
        y0, x0 = pre.to_source(top, left)
        y1, x1 = pre.to_source(top + height, left + width)
        rows, cols = pre.ink.shape[:2]
        rect = QRectF(x0, y0, x1 - x0, y1 - y0).intersected(QRectF(0, 0, cols, rows))
        self.canvas.show_region(rect)

    @property
    def show_why(self) -> bool:
        """Whether the canvas shows why the network answers what it does ("Show why")."""
        return self.actions["why"].isChecked()

    @Slot(bool)
    def set_show_why(self, on: bool) -> None:
        """Turn the saliency overlay on the canvas on or off."""
        if self.actions["why"].isChecked() != bool(on):
            self.actions["why"].setChecked(bool(on))  # comes back here through toggled
            return
        self.drawing_settings.show_why = bool(on)
        if on:
            self._schedule_why()
        else:
            self._why_timer.stop()
            self.canvas.show_overlay(None)

    @Slot(object, str, int)
    def show_overlay(self, overlay: dict | None, caption: str = "", seq: int = -1) -> None:
        """Lay a saliency map over the part of the canvas the 28x28 input came from.

        ``overlay`` is ``ModelSession.overlayShown``'s dict (None removes the overlay); it is
        shown only while "Show why" is on, for the drawing on screen (``seq`` -1 or the
        current one). Its way of asking (method, class) becomes the one "Show why" uses
        while you draw on.
        """
        if overlay is not None:
            self._why_request = {
                "method": overlay.get("method", "gradcam"),
                "class_index": overlay.get("class_index"),
                "smooth": bool(overlay.get("smooth", False)),
            }
        pre = self._pre
        if (
            overlay is None
            or not self.show_why
            or pre is None
            or pre.blank
            or seq not in (-1, self._seq)
        ):
            if overlay is None or pre is None or pre.blank:
                self.canvas.show_overlay(None)
            return
        # The whole 28x28 frame mapped back through this drawing's crop, scale (per axis) and
        # centring, so each hot spot lies on the strokes it was computed from.
        top, left, height, width = pre.frame_in_source()
        image = why.heat_qimage(overlay["map"], bool(overlay.get("signed")), overlay=True)
        self.canvas.show_overlay(image, QRectF(left, top, width, height), caption)
        self._why_seq = self._seq

    def paste(self) -> None:
        """Load the clipboard's image, or the image file it names."""
        mime = QGuiApplication.clipboard().mimeData()
        if (
            mime is not None
            and mime.hasImage()
            and self.load_qimage(QGuiApplication.clipboard().image(), "Pasted image")
        ):
            return
        if mime is not None and mime.hasUrls():
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if files:
                self.open_image(files[0])
                return
        self.statusReported.emit("Nothing to paste: the clipboard holds no image.")

    def show_test_digit(self, index: int | None = None) -> None:
        """Show MNIST test digit ``index`` (random if None) with its true label."""
        if self._mnist is None:
            self._pending_index = index
            self.io.submit("mnist", mnist_test_set)
            return
        images, labels = self._mnist["images"], self._mnist["labels"]
        i = int(self._rng.integers(len(images))) if index is None else int(index) % len(images)
        self.canvas.set_picture(
            images[i], {"source": f"MNIST test digit #{i}", "label": int(labels[i])}
        )

    def save_settings(self) -> None:
        self.drawing_settings.pen_width = self.canvas.pen_width
        self.drawing_settings.show_steps = self.steps_expander.is_expanded()
        self.drawing_settings.show_why = self.show_why
        self.settings.save(self.drawing_settings)
        # Only the image folder is this tab's; the window owns the rest of ModelSettings.
        stored = self.settings.load(ModelSettings)
        stored.image_folder = self.model_settings.image_folder
        self.settings.save(stored)

    def shutdown(self, timeout_ms: int) -> bool:
        return self.io.stop(timeout_ms)

    # ----------------------------------------------------------------- the update path

    @Slot()
    def refresh(self) -> None:
        """Preprocess the canvas, show the 28x28 input and ask for a prediction."""
        self._seq += 1
        array = self.canvas.to_array()
        pre = preprocess(array)
        pre = self._find_digits(array, pre)
        photo = (self.canvas.source_tag() or {}).get("stages", ())
        if photo and not pre.blank:
            # A photo on the canvas, untouched: it was cleaned as it was opened; show how.
            pre = dataclasses.replace(pre, stages=tuple(photo) + pre.stages)
        self._pre = pre
        # Ask first: the worker computes while this thread updates the views.
        self.session.predict(self._seq, None if pre.blank else pre.input)
        self._tag = self.canvas.source_tag()
        if pre.blank:
            self._floor = self._seq
            self._prediction = None
            self.bars.set_probabilities(None)
            self.canvas.show_overlay(None)
        if pre.blank or self.session.info is None:
            self.network_view.set_array(pre.input)
            self._view_stale = False
        else:
            # Shown with the answer, in the same repaint: what the network saw, next to what
            # it said, and one repaint less while the worker computes.
            self._view_stale = True
        if self.steps_expander.is_expanded():
            self.steps.show_steps(pre)
        self.bars.set_true_label(self._tag.get("label") if self._tag else None)
        self._show_verdict()

    # ----------------------------------------------------------------- several digits

    def _find_digits(self, array: np.ndarray, pre: Preprocessed) -> Preprocessed:
        """Look for several digits; return the preprocessing the one-digit views follow."""
        top, left, bottom, right = pre.bbox
        # One piece of ink no wider than a digit is one digit: no need to look further (this
        # runs on every stroke segment; most drawings are one digit).
        maybe = not pre.blank and (pre.pieces > 1 or right - left > WIDE * (bottom - top))
        digits = find_digits(array) if maybe else []
        # One piece of ink is read as several digits only when it is wider than any one
        # digit is written: a wide 2 or 4 mid-stroke must not send the one-digit views to
        # half a digit, nor keep the model worker cutting it on every segment.
        # Mid-stroke, half a 7 (its bar) is wider than any digit too: only a finished drawing
        # is taken for several digits on its width alone.
        stroking = self.canvas.stroking
        # Whether the pen lifting should look again (the decision below waited for it).
        self._look_again = stroking and bool(digits)
        several = len(digits) >= 2 or (
            len(digits) == 1
            and not stroking
            and digits[0].pre.bbox[3] - digits[0].pre.bbox[1]
            > SEVERAL * (digits[0].pre.bbox[2] - digits[0].pre.bbox[0])
        )
        if not several:
            self._digits, self._reading, self._reading_key, self._selected = [], None, None, 0
            self.canvas.show_digits([])
            self.chooser.setVisible(False)
            return pre
        self._digits = digits
        # The drawing itself, not just the digits' boxes: a stroke inside a box (a 6's loop
        # drawn after its arc) changes the digit without moving the box.
        key = hash(array.tobytes())
        if key != self._reading_key:
            # A new drawing: the last reading no longer fits it. Ask for one when the pen
            # lifts (the reading cuts and reads every digit: work a stroke's segments should
            # not wait behind); until it comes, the digits as found stand.
            self._reading = None
            if self.session.info is not None and not stroking:
                self._reading_key = key
                self.session.run_on_model(
                    READ_KIND, read_digits_job, digits, self._calibration, key
                )
        shown = self._reading.digits if self._reading is not None else digits
        self._selected = min(self._selected, len(shown) - 1)
        self._show_digits()
        return shown[self._selected].pre

    def _show_digits(self) -> None:
        if self._reading is not None:
            digits = self._reading.digits
            labels = [str(a.label) for a in self._reading.assessments]
            doubts = [a.uncertain for a in self._reading.assessments]
        else:
            digits, labels, doubts = (
                self._digits,
                ["…"] * len(self._digits),
                [False] * len(self._digits),
            )
        boxes = [
            (QRectF(d.box[1], d.box[0], d.box[3] - d.box[1], d.box[2] - d.box[0]), text)
            for d, text in zip(digits, labels)
        ]
        self.canvas.show_digits(boxes if len(digits) >= 2 else [], self._selected)
        self.chooser.show_digits(labels, doubts, self._selected)
        self.chooser.setVisible(len(digits) >= 2)

    def _on_reading(self, result: dict) -> None:
        reading = result["reading"]
        if result["key"] != self._reading_key:
            return  # the drawing changed since: a newer reading is on its way
        self._reading = reading
        if not reading.digits:
            return
        self._selected = min(self._selected, len(reading.digits) - 1)
        chosen = reading.digits[self._selected].pre
        if chosen is not self._pre:
            # Touching digits were cut: the one-digit views follow the digit as cut (its
            # 28x28 shown with the answer, as after a stroke).
            self._seq += 1
            self._pre = chosen
            self._view_stale = True
            self.session.predict(self._seq, chosen.input)
            if self.steps_expander.is_expanded():
                self.steps.show_steps(chosen)
        self._show_digits()
        self._show_verdict()

    def _show_verdict(self) -> None:
        tag = self._tag or {}
        common = {"true_label": tag.get("label"), "source": tag.get("source", "")}
        if self._pre is None or self._pre.blank:
            state = "blank"
        elif self._prediction is not None:
            p = self._prediction
            number = self.number
            self.summary.show_verdict(
                Verdict(
                    "prediction",
                    int(p["label"]),
                    p["probabilities"],
                    **common,
                    assessment=assess(p["probabilities"], self._calibration),
                    number=number,
                    selected=self._selected,
                )
            )
            return
        elif self.session.loading:
            state = "loading"
        elif self.session.info is None:
            state = "no-model"
        else:
            state = "prediction"  # asked; the answer is on its way
        self.summary.show_verdict(Verdict(state, **common))

    @Slot()
    def _on_canvas_drawingChanged(self) -> None:
        self.refresh()

    @Slot()
    def _on_canvas_historyChanged(self) -> None:
        if self._look_again and not self.canvas.stroking:
            self.refresh()  # a stroke ended on what may be a number: read it now
        self.actions["undo"].setEnabled(self.canvas.can_undo())
        self.actions["redo"].setEnabled(self.canvas.can_redo())
        self.actions["clear"].setEnabled(not self.canvas.is_empty())

    @Slot(QImage)
    def _on_canvas_imageDropped(self, image: QImage) -> None:
        self.load_qimage(image, "Dropped image")

    @Slot(object)
    def _on_session_predictionReady(self, result: dict) -> None:
        if result["seq"] < self._floor:
            return  # asked before the canvas was cleared
        self._prediction = result
        if self._view_stale and self._pre is not None:
            self.network_view.set_array(self._pre.input)
            self._view_stale = False
        self.bars.set_probabilities(result["probabilities"], result["seq"])
        self._show_verdict()
        if self.show_why and result["seq"] == self._seq:
            self._schedule_why()

    # ----------------------------------------------------------------- "Show why"

    def _schedule_why(self) -> None:
        # Throttled, not debounced: while drawing, a map every WHY_INTERVAL_MS at most, and
        # always one for the drawing the stroke ends on.
        if not self._why_timer.isActive():
            self._why_timer.start()

    @Slot()
    def _ask_why(self) -> None:
        p = self._prediction
        if not self.show_why or p is None or p["seq"] != self._seq:
            return
        if not self.isVisible():
            # A newer answer (other weights, say) while hidden: the overlay on the canvas is
            # out of date, and ``showEvent`` asks again.
            self._why_seq = -1
            return
        if self._why_busy:
            self._why_dirty = True
            return
        self._why_busy, self._why_dirty = True, False
        request = self._why_request
        method = request["method"]
        if method == "gradcam" and not self._has_conv():
            method = "occlusion"  # Grad-CAM needs a convolution layer; occlusion works anywhere
        self.session.run_on_model(
            WHY_KIND,
            why.saliency_job,
            np.asarray(p["image"], np.float32),
            method,
            request.get("class_index"),
            bool(request.get("smooth", False)),
            (int(p["seq"]), int(p["label"])),
        )

    def _has_conv(self) -> bool:
        info = self.session.info or {}
        return any(layer.get("type") == "Conv2D" for layer in info.get("layers", []))

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: dict) -> None:
        if kind == READ_KIND:
            self._on_reading(result)
            return
        if kind != WHY_KIND:
            return
        self._why_busy = False
        seq, answer = result["tag"]
        if self.show_why and seq == self._seq:
            overlay = {
                "map": result["map"],
                "signed": result["signed"],
                "method": self._why_request["method"],
                "class_index": result["asked_class"],
                "smooth": result["smooth"],
            }
            self.session.show_overlay(overlay, why.caption(result, answer), seq)
        if self._why_dirty or (self.show_why and seq != self._seq):
            self._schedule_why()

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind != WHY_KIND:
            return
        self._why_busy = False
        self.statusReported.emit(f"Show why: {message}")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.show_why and (self.canvas.overlay is None or self._why_seq != self._seq):
            self._schedule_why()

    @Slot()
    def _on_session_stateChanged(self, *args: Any) -> None:
        self._show_verdict()

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self._calibration = Calibration.of((info or {}).get("metadata"))
        if self._digits:
            self._reading_key = None  # another network: read the number again
            self.refresh()
        self._show_verdict()

    @Slot(int)
    def _on_bars_predictionShown(self, seq: int) -> None:
        timing.mark("first_prediction")

    @Slot(bool)
    def _on_steps_toggled(self, shown: bool) -> None:
        self.actions["steps"].setChecked(shown)
        if shown:
            self.steps.show_steps(self._pre)

    @Slot(int)
    def _on_pen_slider_valueChanged(self, value: int) -> None:
        self.canvas.set_pen_width(value)
        self.pen_label.setText(f"{value} px")

    @Slot(str)
    def _on_io_started(self, kind: str) -> None:
        if kind == "mnist":
            self.actions["random"].setEnabled(False)
            self.statusReported.emit("Loading MNIST's test digits…")

    @Slot(str, object)
    def _on_io_finished(self, kind: str, result: dict) -> None:
        if kind == "image":
            self.canvas.set_picture(result["ink"], result["tag"])
            self.statusReported.emit(result["tag"]["source"])
        elif kind == "mnist":
            self._mnist = result
            self.actions["random"].setEnabled(True)
            self.show_test_digit(self._pending_index)

    @Slot(str, str, str)
    def _on_io_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "mnist":
            self.actions["random"].setEnabled(True)
            self.errorReported.emit("Could not load the test digits", message, details)
        else:
            self.errorReported.emit("Could not open the image", message, details)
