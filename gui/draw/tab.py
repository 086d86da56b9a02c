"""The Draw tab: draw (or load) a digit and watch the network read it while you draw.

Data flow per canvas change: canvas -> 140x140 array -> ``model.data.preprocess`` (NumPy, ~1 ms, on
the UI thread) -> the ``ModelSession``'s worker, which keeps only the newest request ->
``predictionReady`` -> the 28x28 view, bars and verdict, repainted together. Without a model the
28x28 view follows the drawing at once. A result older than the last clear is dropped, so a
blank canvas never shows a stale answer.

This module keeps that update path and the tab's state; its parts: ``actions`` (the commands the
menus share), ``layout`` (the cards), ``verdict`` (the answer in words: "sure", "not sure", "this
may not be a digit"), ``number`` and ``digit_chooser`` (several digits; the one selected is what
every one-digit view follows), ``preparation_steps``, ``show_why`` (the saliency overlay),
``second_answer`` (the other network's answer), ``jobs`` (background work), ``texts``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from gui.common import timing
from gui.common.canvas import DrawCanvas
from gui.common.i18n import translate
from gui.common.imageconv import qimage_to_rgba
from gui.common.pixel_view import PixelView
from gui.common.probability_bars import ProbabilityBars
from gui.common.session import ModelSession
from gui.common.settings import DrawingSettings, ModelSettings, SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import label
from gui.common.workers import Worker
from gui.draw import layout
from gui.draw.actions import PEN_STEP, make_draw_actions
from gui.draw.digit_chooser import DigitChooser
from gui.draw.jobs import ink_from_file, ink_from_pixels, mnist_test_set
from gui.draw.number import NumberReader
from gui.draw.preparation_steps import PreprocessSteps
from gui.draw.second_answer import SecondAnswer
from gui.draw.show_why import ShowWhy
from gui.draw.texts import TITLE, TOOLTIP, image_filter
from gui.draw.verdict import PredictionSummary, Verdict
from model.data.framing import Preprocessed
from model.data.preprocess import preprocess
from model.uncertainty import Calibration, assess


class DrawTab(ConvscopeTab):
    """Canvas on the left; the network's verdict, its votes and its input on the right."""

    key = "draw"
    title, tooltip = TITLE, TOOLTIP

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
        # How the current model's probabilities become honest words.
        self._calibration = Calibration()

        self.canvas = DrawCanvas(pen_width=self.drawing_settings.pen_width)
        self.bars = ProbabilityBars()
        self.summary = PredictionSummary()
        self.chooser = DigitChooser()
        self.chooser.setVisible(False)
        self.network_view = PixelView(120, grid=True, minimum=120, maximum=240)
        self.steps = PreprocessSteps()
        self.steps_expander = layout.steps_expander(self.steps)
        self.actions = make_draw_actions(self, self._action_slots())
        self._build_layout()
        self.number_reader = NumberReader(session, self.canvas, self.chooser, self)
        self.why = ShowWhy(self, self.actions["why"])

        self.io = Worker("convscope-io")
        self.io.started.connect(self._on_io_started)
        self.io.finished.connect(self._on_io_finished)
        self.io.errored.connect(self._on_io_errored)
        self.io.start()
        self._connect()

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

    def _build_layout(self) -> None:
        self.pen_slider = layout.pen_slider(self.canvas.pen_width)
        self.pen_label = label(f"{self.canvas.pen_width} px", "muted")
        self.pen_label.setMinimumWidth(36)
        self.pen_slider.valueChanged.connect(self._on_pen_slider_valueChanged)
        self.draw_card = layout.draw_card(
            self.canvas,
            layout.tools_row(self.actions, self.pen_slider, self.pen_label),
            layout.sources_row(self.actions),
        )
        self.why_button = layout.why_button(self.actions["why"])
        self.second_answer = SecondAnswer(self.session)
        answer_card = layout.answer_card(
            self.second_answer, self.why_button, self.summary, self.chooser, self.bars
        )
        sees_card = layout.sees_card(self.network_view, self.steps_expander)
        self.side = layout.side_column(answer_card, sees_card)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.setSpacing(14)
        outer.addWidget(self.draw_card, 1)
        outer.addWidget(self.side, 1)

    def _connect(self) -> None:
        session = self.session
        self.canvas.drawingChanged.connect(self._on_canvas_drawingChanged)
        self.canvas.historyChanged.connect(self._on_canvas_historyChanged)
        self.canvas.fileDropped.connect(self._on_canvas_fileDropped)
        self.canvas.imageDropped.connect(self._on_canvas_imageDropped)
        self.bars.predictionShown.connect(self._on_bars_predictionShown)
        self.chooser.digitChosen.connect(self.select_digit)
        self.number_reader.readingArrived.connect(self._on_number_reader_readingArrived)
        self.steps_expander.toggled.connect(self._on_steps_toggled)
        session.predictionReady.connect(self._on_session_predictionReady)
        session.loadingStarted.connect(self._on_session_stateChanged)
        session.modelChanged.connect(self._on_session_modelChanged)
        session.loadFailed.connect(self._on_session_stateChanged)
        session.fieldShown.connect(self.show_region)
        session.pictureOffered.connect(self.load_array)

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
        width = max(card.minimumSizeHint().width(), width, rest - layout.SIDE_MAX_WIDTH)
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
            "uncertain": assess(p["probabilities"], self._calibration, p.get("logits")).uncertain,
        }
        if self.number is not None:
            out["number"] = self.number
        return out

    @property
    def number(self) -> str | None:
        """The number read when the canvas holds several digits ("?" for a digit the network
        is not sure of), None for one digit or while the reading is on its way."""
        return self.number_reader.number

    @property
    def selected_digit(self) -> int:
        """Which digit of a number (from 0) the one-digit views show."""
        return self.number_reader.selected

    @Slot(int)
    def select_digit(self, index: int) -> None:
        """Show digit ``index`` of the number on the canvas in the one-digit views."""
        if self.number_reader.choose(index):
            self.refresh()

    def is_up_to_date(self) -> bool:
        """True when the answer shown belongs to the drawing shown (or the canvas is blank)."""
        if self._pre is not None and self._pre.blank:
            return True
        return self._prediction is not None and self._prediction["seq"] == self._seq

    def choose_image(self) -> None:
        """Ask for an image file and load it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("draw.tab", "Open an image of a digit"),
            self.model_settings.image_folder,
            image_filter(),
        )
        if path:
            self.model_settings.image_folder = str(Path(path).parent)
            self.open_image(path)

    @Slot(str)
    def open_image(self, path: str, of: int = 1) -> None:
        """Load an image file into the canvas (in the background); ``of`` > 1: the first of
        that many files the user dropped."""
        name = Path(path).name
        self.statusReported.emit(translate("draw.tab", "Opening {name}…").format(name=name))
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
        return self.why.on

    @Slot(bool)
    def set_show_why(self, on: bool) -> None:
        """Turn the saliency overlay on the canvas on or off."""
        self.why.set_on(on)

    def paste(self) -> None:
        """Load the clipboard's image, or the image file it names."""
        mime = QGuiApplication.clipboard().mimeData()
        pasted = translate("draw.tab", "Pasted image")
        if (
            mime is not None
            and mime.hasImage()
            and self.load_qimage(QGuiApplication.clipboard().image(), pasted)
        ):
            return
        if mime is not None and mime.hasUrls():
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if files:
                self.open_image(files[0])
                return
        self.statusReported.emit(
            translate("draw.tab", "Nothing to paste: the clipboard holds no image.")
        )

    def show_test_digit(self, index: int | None = None) -> None:
        """Show MNIST test digit ``index`` (random if None) with its true label."""
        if self._mnist is None:
            self._pending_index = index
            self.io.submit("mnist", mnist_test_set)
            return
        images, labels = self._mnist["images"], self._mnist["labels"]
        i = int(self._rng.integers(len(images))) if index is None else int(index) % len(images)
        source = translate("draw.tab", "MNIST test digit #{i}").format(i=i)
        self.canvas.set_picture(images[i], {"source": source, "label": int(labels[i])})
        self.statusReported.emit(source)  # and "Loading MNIST's test digits…" is gone

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
        pre = self.number_reader.follow(array, pre, self._calibration)
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

    @Slot(object)
    def _on_number_reader_readingArrived(self, chosen: Preprocessed) -> None:
        if chosen is not self._pre:
            # Touching digits were cut: the one-digit views follow the digit as cut (its
            # 28x28 shown with the answer, as after a stroke).
            self._seq += 1
            self._pre = chosen
            self._view_stale = True
            self.session.predict(self._seq, chosen.input)
            if self.steps_expander.is_expanded():
                self.steps.show_steps(chosen)
        self.number_reader.show_digits()
        self._show_verdict()

    def _show_verdict(self) -> None:
        tag = self._tag or {}
        common = {"true_label": tag.get("label"), "source": tag.get("source", "")}
        if self._pre is None or self._pre.blank:
            state = "blank"
        elif self._prediction is not None:
            p = self._prediction
            self.summary.show_verdict(
                Verdict(
                    "prediction",
                    int(p["label"]),
                    p["probabilities"],
                    **common,
                    assessment=assess(p["probabilities"], self._calibration, p.get("logits")),
                    number=self.number,
                    selected=self.number_reader.selected,
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
        if self.number_reader.look_again and not self.canvas.stroking:
            self.refresh()  # a stroke ended on what may be a number: read it now
        self.actions["undo"].setEnabled(self.canvas.can_undo())
        self.actions["redo"].setEnabled(self.canvas.can_redo())
        self.actions["clear"].setEnabled(not self.canvas.is_empty())

    @Slot(QImage)
    def _on_canvas_imageDropped(self, image: QImage) -> None:
        self.load_qimage(image, translate("draw.tab", "Dropped image"))

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
        self.why.answered(result)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.why.shown()

    @Slot()
    def _on_session_stateChanged(self, *args: Any) -> None:
        self._show_verdict()

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self._calibration = Calibration.of((info or {}).get("metadata"))
        if self.number_reader.digits:
            self.number_reader.read_again()  # another network: read the number again
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
            self.statusReported.emit(translate("draw.tab", "Loading MNIST's test digits…"))

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
        title = translate("draw.tab", "Could not open the image")
        if kind == "mnist":
            self.actions["random"].setEnabled(True)
            title = translate("draw.tab", "Could not load the test digits")
        self.errorReported.emit(title, message, details)
