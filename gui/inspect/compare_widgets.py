"""Widgets the comparison views share: a curve over the layers, small read-out bars, and a
row of feature-map grids for one layer.

``LayerCurve`` paints one value per layer, input first (the similarity of two digits, a
read-out's accuracy), with an optional dashed baseline; it is painted with QPainter, so a new
curve for every stroke costs about a millisecond. ``MiniBars`` are ten small bars for one
read-out. ``MapsRow`` shows one layer's output as grids side by side (two inputs and their
difference, or two networks), with one shared colour scale where the grids are to be compared.
``AnswerColumn`` is one network's answer: its name, the answer in words and ten bars.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from gui.common import style
from gui.common.maps import ColorScale, MapGrid
from gui.common.probability_bars import ProbabilityBars
from gui.common.widgets import Card, TextView, label, percent
from model.words import with_article

# The largest tile of a row's grids: a wide window gives larger maps, up to this.
LARGEST_TILE = 120


def tiles(values: np.ndarray) -> np.ndarray:
    """A layer's output for one digit as (C, H, W) tiles: its maps (H, W, C), one picture
    (H, W), or a vector wrapped into one near-square tile (the empty end padded with NaN,
    shown grey)."""
    values = np.asarray(values, np.float64)
    if values.ndim == 3:
        return np.moveaxis(values, 2, 0)
    if values.ndim == 2:  # one picture (a saliency map, say)
        return values[np.newaxis]
    vector = values.reshape(-1)
    width = vector.size if vector.size <= 16 else math.ceil(math.sqrt(vector.size * 4))
    rows = math.ceil(vector.size / width)
    padded = np.full(rows * width, np.nan)
    padded[: vector.size] = vector
    return padded.reshape(1, rows, width)


# Layer types in a word, where a row has little room ("bn2 · batch-norm").
SHORT_KINDS = {
    "Conv2D": "conv",
    "MaxPooling2D": "max-pool",
    "AveragePooling2D": "avg-pool",
    "BatchNormalization": "batch-norm",
    "Flatten": "flatten",
    "Dropout": "dropout",
    "Dense": "dense",
    "Activation": "activation",
    "Rescaling": "rescaling",
    "Reshape": "reshape",
}


def shape_text(shape: tuple[int, ...] | list[int]) -> str:
    """(26, 26, 24) -> "26×26×24"."""
    return "×".join(str(int(d)) for d in shape)


class LayerCurve(QWidget):
    """One value per layer as points joined by a line, layer names along the bottom.

    Signals
    -------
    layerClicked(int)
        The index (in ``names``) of the layer whose point or name was clicked.
    """

    layerClicked = Signal(int)
    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 14, 12, 40

    def __init__(
        self, y_label: str, as_percent: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.y_label = y_label
        self.as_percent = as_percent
        self.names: list[str] = []
        self.values: list[float] = []
        self.baseline: float | None = None
        self.baseline_label = ""
        self.selected: int | None = None
        self.low, self.high = 0.0, 1.0
        self.setMinimumSize(260, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(420, 210)

    def set_values(
        self,
        names: list[str],
        values: list[float] | None,
        baseline: float | None = None,
        baseline_label: str = "",
    ) -> None:
        """Show ``values`` (one per name; None: none yet) and a dashed ``baseline``."""
        self.names = list(names)
        self.values = [] if values is None else [float(v) for v in values]
        self.baseline, self.baseline_label = baseline, baseline_label
        shown = self.values + ([baseline] if baseline is not None else [])
        finite = [v for v in shown if math.isfinite(v)]
        # Whole tenths (whole twentieths for percentages near the top) keep the axis steady
        # while the values move a little with every stroke.
        step = 0.05 if self.as_percent else 0.1
        self.low = min([0.0 if not self.as_percent else 1.0] + [v for v in finite])
        self.low = math.floor(self.low / step - 1e-9) * step if finite else 0.0
        self.low = min(self.low, 1.0 - step)
        self.high = 1.0
        self.update()

    def set_selected(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def _plot_rect(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            self.MARGIN_TOP,
            max(10.0, self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT),
            max(10.0, self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM),
        )

    def point(self, index: int, value: float | None = None) -> QPointF:
        """Where the point of layer ``index`` (or ``value`` at its place) is drawn."""
        rect = self._plot_rect()
        n = max(1, len(self.names) - 1)
        x = rect.left() + rect.width() * (index / n if len(self.names) > 1 else 0.5)
        v = self.values[index] if value is None else value
        span = (self.high - self.low) or 1.0
        y = rect.bottom() - (min(max(v, self.low), self.high) - self.low) / span * rect.height()
        return QPointF(x, y)

    def _text(self, value: float) -> str:
        return f"{value * 100:.1f} %" if self.as_percent else f"{value:.2f}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._plot_rect()
        small = QFont(self.font())
        small.setPixelSize(10)
        painter.setFont(small)
        self._paint_axes(painter, rect)
        if self.baseline is not None:
            y = self.point(0, self.baseline).y()
            painter.setPen(QPen(QColor(style.MUTED), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            if self.baseline_label:
                painter.drawText(
                    QRectF(rect.left() + 4, y - 15, rect.width() - 8, 13),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    self.baseline_label,
                )
        if self.values:
            points = [self.point(i) for i in range(len(self.values))]
            painter.setPen(QPen(QColor(style.ACCENT), 2))
            painter.drawPolyline(QPolygonF(points))
            painter.setBrush(QColor(style.ACCENT))
            for i, p in enumerate(points):
                radius = 5.0 if i == self.selected else 3.5
                painter.drawEllipse(p, radius, radius)
        painter.end()

    def _paint_axes(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(style.CARD_BORDER), 1))
        # Few, round ticks: the axis is a frame, the points are the message.
        if self.as_percent:
            step = 0.05 if self.high - self.low <= 0.3 else 0.1
        else:
            step = 0.25 if self.high - self.low <= 1.0 else 0.5
        ticks = np.arange(self.high, self.low - 1e-9, -step)
        for value in ticks:
            y = self.point(0, float(value)).y()
            painter.setPen(QPen(QColor(style.CARD_BORDER), 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(QColor(style.MUTED))
            text = f"{value * 100:.0f}" if self.as_percent else f"{value:.2f}".rstrip("0")
            text = text.rstrip(".") if not self.as_percent else text
            painter.drawText(
                QRectF(0, y - 7, rect.left() - 6, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.save()
        painter.translate(10, rect.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-rect.height() / 2, -8, rect.height(), 14),
            Qt.AlignmentFlag.AlignCenter,
            self.y_label,
        )
        painter.restore()
        # Names under their points; when they do not all fit, every other one.
        n = len(self.names)
        room = rect.width() / max(1, n - 1) if n > 1 else rect.width()
        every = 1 if room >= 44 else 2 if room >= 22 else 3
        for i, name in enumerate(self.names):
            if i % every and i != n - 1:
                continue
            x = self.point(i, self.low).x()
            bold = i == self.selected
            font = QFont(painter.font())
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(QColor(style.TEXT if bold else style.MUTED))
            width = max(40.0, room * every)
            # The first and last names stay inside the widget, whatever their length.
            left = min(max(x - width / 2, 0.0), self.width() - width)
            painter.drawText(
                QRectF(left, rect.bottom() + 6, width, 14),
                Qt.AlignmentFlag.AlignCenter,
                painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(width)),
            )
        painter.setFont(QFont(self.font()))

    def index_at(self, pos: QPointF) -> int | None:
        """The layer nearest to ``pos`` along the curve, or None outside the plot."""
        if not self.names:
            return None
        rect = self._plot_rect().adjusted(-12, -12, 12, self.MARGIN_BOTTOM - 4)
        if not rect.contains(pos):
            return None
        xs = [self.point(i, self.low).x() for i in range(len(self.names))]
        return int(np.argmin([abs(x - pos.x()) for x in xs]))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is None or index >= len(self.values):
            QToolTip.hideText()
            return
        QToolTip.showText(
            event.globalPosition().toPoint(),
            f"{self.names[index]}: {self._text(self.values[index])}",
            self,
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.index_at(event.position())
        if index is not None:
            self.layerClicked.emit(index)


class MiniBars(QWidget):
    """Ten small vertical bars, 0 to 9, for one read-out; the highest in the accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.probabilities: np.ndarray | None = None
        self.setMinimumSize(150, 40)
        self.setMaximumHeight(48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 44)

    def set_probabilities(self, probabilities: np.ndarray | None) -> None:
        self.probabilities = None if probabilities is None else np.asarray(probabilities)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        small = QFont(self.font())
        small.setPixelSize(10)
        painter.setFont(small)
        slot = self.width() / 10
        label_h = 13
        top, bottom = 2.0, self.height() - label_h
        p = self.probabilities
        best = None if p is None else int(np.argmax(p))
        for d in range(10):
            x = d * slot
            bar = QRectF(x + slot * 0.18, top, slot * 0.64, bottom - top)
            painter.fillRect(bar, QColor(style.BAR_TRACK))
            if p is not None:
                h = (bottom - top) * float(np.clip(p[d], 0.0, 1.0))
                colour = style.ACCENT if d == best else style.BAR_FILL
                painter.fillRect(QRectF(bar.left(), bottom - h, bar.width(), h), QColor(colour))
            painter.setPen(QColor(style.TEXT if d == best else style.MUTED))
            painter.drawText(QRectF(x, bottom, slot, label_h), Qt.AlignmentFlag.AlignCenter, str(d))
        painter.end()


class MapsRow(Card):
    """One layer's output as grids side by side, each under a fixed caption.

    The title and captions are set once (``set_title``); what changes with every digit goes
    through ``fill``: a one-line note beside the title and each grid's values and scale
    (values are one digit's output of the layer: maps or a vector, see ``tiles``).
    """

    def __init__(self, captions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.body.setContentsMargins(12, 8, 12, 10)
        self.body.setSpacing(4)
        self.title = label("", "heading", wrap=True)
        self.note = TextView(1, bold=True, align=Qt.AlignmentFlag.AlignRight)
        self.note.setFixedWidth(190)
        self.caption = label("", "caption", wrap=True)
        self.caption.setVisible(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.note)
        self.body.addLayout(head)
        self.body.addWidget(self.caption)
        row = QHBoxLayout()
        row.setSpacing(14)
        self.grids: list[MapGrid] = []
        self.captions: list[QLabel] = []
        for text in captions:
            column = QVBoxLayout()
            column.setSpacing(2)
            caption = label(text, "muted", wrap=True)
            grid = MapGrid(min_size=QSize(90, 24))
            grid.follow_width(LARGEST_TILE)
            column.addWidget(caption)
            column.addWidget(grid)
            column.addStretch(1)
            row.addLayout(column, 1)
            self.grids.append(grid)
            self.captions.append(caption)
        self.body.addLayout(row)

    def set_title(self, title: str, caption: str = "") -> None:
        """The row's heading, and a line under it (none if empty)."""
        self.title.setText(title)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    def fill(self, note: str, grids: list[tuple[np.ndarray, ColorScale]]) -> None:
        """Show ``note`` beside the title and each grid's values in its scale."""
        self.note.set_text(note)
        for grid, (values, scale) in zip(self.grids, grids):
            grid.set_maps(tiles(values), scale)
            grid.set_numbers(np.size(values) <= 10)

    def fill_grid(self, index: int, values: np.ndarray, scale: ColorScale) -> None:
        """Show one grid's values (the others keep theirs)."""
        self.grids[index].set_maps(tiles(values), scale)
        self.grids[index].set_numbers(np.size(values) <= 10)

    def clear(self) -> None:
        self.note.set_text("")
        for grid in self.grids:
            grid.clear()


class AnswerColumn(QWidget):
    """One network's name, its answer in words and its ten bars."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextView(1, 14, bold=True, colour=colour)
        self.verdict = TextView(1)
        self.bars = ProbabilityBars()
        # Fixed heights on this scrolling page: a scroll area gives its content the least
        # height it needs, and a picture that would like more than its minimum took it from
        # the panels below.
        self.bars.setMinimumWidth(220)
        self.bars.setFixedHeight(190)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.verdict)
        column.addWidget(self.bars, 1)

    def show_answer(self, probabilities: np.ndarray | None, message: str = "") -> None:
        self.bars.set_probabilities(probabilities)
        if probabilities is None:
            self.verdict.set_text(message, style.MUTED)
            return
        best = int(np.argmax(probabilities))
        self.verdict.set_html(
            f"reads <b>{with_article(best)}</b> ({percent(float(probabilities[best]))})"
        )
