"""The Lab's "Why this answer" page: which pixels of your digit pushed the network's answer.

Three ways of asking (``model.lab.saliency``): Grad-CAM, the gradient (optionally smoothed) and
occlusion, for the network's answer or for any other digit ("what looks like a 7 here?"). The
map is shown over the 28x28 input and alone, with its colour scale and, in plain words, how to
read it and where it misleads.

Maps are computed in the session's model worker (``ModelSession.run_on_model`` with
``gui.common.why.saliency_job``): on the shipped model a map takes 1.6 ms (Grad-CAM), 2 ms
(gradient),
7 ms (smoothed) or 11 ms (occlusion, ~90 squares in one batch) at the median
(``bench/bench_saliency.py``), too little to be worth a copy of the model in a thread of its
own; each method's first map on a new model traces its function once (~0.2 s). One request is
in flight at a time and the newest digit wins, so nothing queues up. Every map also goes to
``ModelSession.show_overlay``, so the Draw tab's "Show why" paints the same one on the canvas.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common import style, why
from gui.common.imageconv import gray_to_qimage
from gui.common.layouts import FlowLayout, keep_square
from gui.common.maps import ColorLegend
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore, WhySettings
from gui.common.widgets import GRID, Card, label, percent
from gui.lab.tab import LabPage
from model.words import with_article

KIND = "why-page"
VIEW_SIZE = 280
# The maps' smallest and largest sides: they grow with the window.
VIEW_MIN, VIEW_MAX = 150, 620

# How to read each map, and where it misleads: {cls} is the digit being explained.
READING = {
    "gradcam": (
        "Bright places are where the network's last convolution layer found the shapes that "
        "raised the score of {cls}. It looks through that layer's own coarse grid, so the "
        "picture is blurry: it tells you roughly where, not which stroke.",
        "It shows only what pushed the score up. When nothing in that layer did (often for "
        "a digit the network does not see), the map stays dark.",
    ),
    "gradient": (
        "Bright pixels are the ones where a tiny change of brightness would change the score "
        "of {cls} the most. It is sharp, pixel by pixel.",
        "It measures sensitivity, not importance: it is speckled and can light up empty paper "
        "next to a stroke. Smoothing averages it over noisy copies of your digit.",
    ),
    "occlusion": (
        "Each part of your digit was hidden under a small black square, one at a time, and "
        "the network asked again. Red: hiding it lowers the probability of {cls}, so it was "
        "evidence for it. Blue: hiding it raises it.",
        "When the network is very sure, hiding one small square barely moves it, and the "
        "colours show tiny changes (read the scale). Squares, not strokes: it is coarse.",
    ),
}
LEGEND = {
    "gradcam": "how much it raised the score of {cls}",
    "gradient": "how much the score of {cls} reacts",
    "occlusion": "% points {cls} loses when hidden",
}


class HeatView(QWidget):
    """A 28x28 saliency map, alone or over the digit, pixel for pixel.

    Parameters
    ----------
    over_digit
        Paint the digit (dimmed) with the map on top, the map's weak values see-through;
        otherwise the map alone, opaque, in the colours of the legend.
    """

    def __init__(
        self, over_digit: bool, size: int = VIEW_SIZE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.over_digit = over_digit
        self._digit: QImage | None = None
        self._heat: QImage | None = None
        self._pixmap: QPixmap | None = None
        self._size = size
        # Large on a large screen, and still 28 clear pixel rows on a small one.
        keep_square(self, VIEW_MIN, VIEW_MAX)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def has_map(self) -> bool:
        return self._heat is not None

    def set_maps(self, digit: np.ndarray | None, heat: np.ndarray | None, signed: bool) -> None:
        """Show ``heat`` (28x28) over ``digit`` (28x28, 0..1) or alone; None clears."""
        if digit is None:
            self._digit = None
        else:
            # Dimmed so the colours on top stay readable over white ink.
            self._digit = gray_to_qimage(np.asarray(digit, np.float32) * 0.6)
        self._heat = None if heat is None else why.heat_qimage(heat, signed, self.over_digit)
        self._pixmap = None
        self.update()

    def _square(self) -> QRectF:
        # The widget may be wider than tall (the height ran out): the map stays square.
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, 0, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        dpr = self.devicePixelRatioF()
        square = self._square()
        if (
            self._pixmap is None
            or self._pixmap.devicePixelRatio() != dpr
            or self._pixmap.deviceIndependentSize() != square.size()
        ):
            self._pixmap = self._render(dpr, square)
        painter = QPainter(self)
        painter.drawPixmap(square.topLeft(), self._pixmap)
        painter.end()

    def _render(self, dpr: float, square: QRectF) -> QPixmap:
        pixmap = QPixmap((square.size() * dpr).toSize())
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(QColor(style.CANVAS_BACKGROUND))
        painter = QPainter(pixmap)
        target = QRectF(0, 0, square.width(), square.height())
        if self.over_digit and self._digit is not None:
            painter.drawImage(target, self._digit)
        if self._heat is not None:
            painter.drawImage(target, self._heat)
        painter.end()
        return pixmap


def _segment(texts: list[tuple[str, str]], parent: QWidget) -> tuple[QButtonGroup, list]:
    """Exclusive checkable buttons side by side: (key, text) each; the key is a property."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons = []
    for key, text in texts:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setProperty("key", key)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        group.addButton(button)
        buttons.append(button)
    return group, buttons


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
        self.method_group, method_buttons = _segment(
            [(m, why.METHOD_TITLES[m]) for m in why.METHODS], self
        )
        self.method_buttons = {b.property("key"): b for b in method_buttons}
        tips = {
            "gradcam": "Where the last convolution layer found evidence (blurry, steady)",
            "gradient": "Which pixels the score is most sensitive to (sharp, speckled)",
            "occlusion": "Hide each part of the digit and see the answer change (slowest)",
        }
        for key, button in self.method_buttons.items():
            button.setToolTip(tips[key])
            button.setMinimumWidth(96)
            button.clicked.connect(lambda _=False, k=key: self.set_method(k))
        self.smooth_box = QCheckBox("Smooth it")
        self.smooth_box.setToolTip(
            f"Average the gradient over {why.SMOOTH_COPIES} copies of your digit with a little "
            "noise added (SmoothGrad): less speckle"
        )
        self.smooth_box.setChecked(self.smooth)
        self.smooth_box.toggled.connect(self.set_smooth)

        self.class_group, class_buttons = _segment([(d, str(d)) for d in range(10)], self)
        self.class_buttons = class_buttons
        for digit, button in enumerate(class_buttons):
            button.setFixedWidth(36)
            button.setToolTip(f"Explain what in your digit looks like {with_article(digit)}")
            button.clicked.connect(lambda _=False, d=digit: self.set_class(d))
        self.answer_button = QToolButton()
        self.answer_button.setText("Back to the answer")
        self.answer_button.setToolTip("Explain the network's own answer again, whatever it is")
        self.answer_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.answer_button.clicked.connect(lambda: self.set_class(None))
        self.answer_label = label("", "muted")

        method_row = QHBoxLayout()
        method_row.setSpacing(6)
        method_row.addWidget(_row_title("Way of asking"))
        for button in method_buttons:
            method_row.addWidget(button)
        method_row.addSpacing(12)
        method_row.addWidget(self.smooth_box)
        method_row.addStretch(1)
        digits = QWidget()
        digits_row = QHBoxLayout(digits)
        digits_row.setContentsMargins(0, 0, 0, 0)
        digits_row.setSpacing(4)
        digits_row.addWidget(_row_title("Explain digit"))
        for button in class_buttons:
            digits_row.addWidget(button)
        # The answer and "Back to the answer" go below the digits in a narrow window.
        class_row = FlowLayout(spacing=12)
        class_row.addWidget(digits)
        class_row.addWidget(self.answer_button)
        class_row.addWidget(self.answer_label)
        ask_card = Card(
            "Why this answer",
            "Colour marks the parts of your digit that pushed the network towards a digit. "
            "Choose a way of asking, and which digit to ask about: its answer, or another "
            "one (what here looks like a 7?).",
        )
        ask_card.body.addLayout(method_row)
        ask_card.body.addLayout(class_row)

        self.headline = label("", "heading")
        self.subline = label("", "muted", wrap=True)
        self.overlay_view = HeatView(over_digit=True)
        self.overlay_view.setToolTip(f"Your digit as the network sees it ({GRID}), map on top")
        self.map_view = HeatView(over_digit=False)
        self.map_view.setToolTip("The map alone, in the colours of the scale below")
        self.legend = ColorLegend()
        views = QHBoxLayout()
        views.setSpacing(18)
        for view, words in (
            (self.overlay_view, f"Your digit ({GRID}) with the map on top"),
            (self.map_view, "The map alone"),
        ):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(view)
            caption = label(words, "caption")
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # under the centred map
            column.addWidget(caption)
            views.addLayout(column)
        map_card = Card()
        map_card.body.addWidget(self.headline)
        map_card.body.addWidget(self.subline)
        map_card.body.addLayout(views, 1)
        map_card.body.addWidget(self.legend)
        # Once the maps are as large as their width allows, the rest stays below them.
        map_card.body.addStretch(0)

        self.reading = label("", wrap=True)
        self.caveat = label("", "muted", wrap=True)
        self.notes = label("", "caption", wrap=True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        read_card = Card("How to read it")
        read_card.body.addWidget(self.reading)
        read_card.body.addWidget(self.caveat)
        read_card.body.addWidget(self.notes)

        read_card.body.addStretch(1)
        # The text reads well at this width; the maps take the rest of a wide window.
        read_card.setMinimumWidth(240)
        read_card.setMaximumWidth(420)
        below = QHBoxLayout()
        below.setSpacing(14)
        below.addWidget(map_card, 1)
        below.addWidget(read_card, 0)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(ask_card)
        column.addLayout(below, 1)
        self.set_scrolling_content(content)
        self._sync_controls()

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
        self._show_empty(f"No map: {message}")
        self.statusReported.emit(f"Why this answer: {message}")
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
            "Where the last convolution layer found evidence (blurry, steady)"
            if self.has_conv
            else "Grad-CAM needs a convolutional layer, and this model has none"
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
        self.answer_label.setText("" if answer is None else f"The network's answer: {answer}")

    def _show_empty(self, reason: str | None = None) -> None:
        self.overlay_view.set_maps(self.image, None, False)
        self.map_view.set_maps(None, None, False)
        self.legend.set_scale(None)
        if reason is not None:
            self.headline.setText("No map for this digit")
            self.subline.setText(reason)
        elif self.session.info is None:
            self.headline.setText("No model yet")
            self.subline.setText("Open a model (Model menu) or train one in the Train tab.")
        elif self.image is None:
            self.headline.setText("Nothing to explain yet")
            self.subline.setText(
                "Draw a digit in the Draw tab (or load one); its map appears here."
            )
        else:
            self.headline.setText("Working out the map…")
            self.subline.setText("")
        self._show_reading(self.effective_method(), None, "")

    def _show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        heat, signed, cls = result["map"], bool(result["signed"]), int(result["class_index"])
        self.overlay_view.set_maps(self.image, heat, signed)
        self.map_view.set_maps(None, heat, signed)
        # Occlusion's scale in percentage points: a drop of 0.004 reads better as 0.4.
        scale = why.scale_for(heat * 100.0 if signed else heat, signed)
        self.legend.set_scale(scale, LEGEND[result["method"]].format(cls=cls))
        answer = self._answer()
        caption = why.caption(result, answer)
        self.headline.setText(caption)
        probability = float(result["probability"])
        if answer is None or answer == cls:
            self.subline.setText(f"The network answers {cls}, {percent(probability)} sure.")
        else:
            self.subline.setText(
                f"The network answers {answer}; it gives {cls} {percent(probability)}."
            )
        if result["method"] == "gradcam" and not np.any(heat):
            self.subline.setText(
                self.subline.text() + " Nothing in the last convolution layer raised this "
                "score, so the map is dark: try occlusion."
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
        digit = "the digit" if cls is None else str(cls)
        self.reading.setText(how.format(cls=digit))
        self.caveat.setText(f"Careful: {caveat}")
        extra = ""
        if self.method == "gradcam" and not self.has_conv:
            extra = "Grad-CAM needs a convolutional layer and this model has none: "
            extra += "showing the gradient instead. "
        self.notes.setText(extra + notes)


def _row_title(text: str) -> QWidget:
    words = label(text, "muted")
    words.setFixedWidth(104)
    return words
