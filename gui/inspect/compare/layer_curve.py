"""``LayerCurve``: one value per layer as points joined by a line, input first.

The similarity of two digits layer by layer (Two digits), a read-out's accuracy layer by layer
(What each layer knows), with an optional dashed baseline (the raw pixels' read-out). Painted
with QPainter, so a new curve for every stroke costs about a millisecond; a click on a point or
a name picks that layer.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.common import style
from gui.common.a11y import KeyboardCursor, describe, set_text_equivalent
from gui.common.i18n import translate
from model.i18n import formatted, number


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
        describe(self, y_label)
        self.keys = KeyboardCursor(
            self, lambda: (1, len(self.names)), self._activate, self._point_words
        )

    def _activate(self, _row: int, index: int) -> None:
        self.layerClicked.emit(index)

    def _point_words(self, _row: int, index: int) -> str:
        value = self.values[index] if index < len(self.values) else float("nan")
        if not math.isfinite(value):
            shown = translate("inspect.compare.layer_curve", "not yet")
        elif self.as_percent:
            shown = f"{number(value * 100, 1)} %"
        else:
            shown = formatted(value, ".3g")
        return f"{self.names[index]}: {shown}"

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
        set_text_equivalent(
            self, "; ".join(self._point_words(0, i) for i in range(len(self.names)))
        )
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
        return f"{number(value * 100, 1)} %" if self.as_percent else number(value, 2)

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
