"""What a ``DrawCanvas`` paints over the drawing, never into it: the rounded corners, the hint on
an empty canvas, a receptive field's outline, the boxes round the digits of a number, a saliency
map with its caption, and the pen's outline under the pointer.

None of it is part of the drawing, so undo and the network's input never see it. Positions
given in the drawing's pixels (``DrawCanvas.to_array``, ``ANALYSIS_SIZE`` a side) are scaled to
the square the canvas shows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen, QPixmap

from gui.common import style
from gui.common.drawing import ANALYSIS_SIZE
from gui.common.i18n import translate

CORNER = 12.0
REGION = "#22c55e"  # the inspector's receptive-field green


def _scaled(square: QRect, r: QRectF) -> QRectF:
    """``r`` in the drawing's pixels, in the widget's coordinates."""
    k = square.width() / ANALYSIS_SIZE
    return QRectF(square.x() + r.x() * k, square.y() + r.y() * k, r.width() * k, r.height() * k)


class CornerMask:
    """The card-coloured corners painted over the square image to round it."""

    def __init__(self) -> None:
        self._key: QRect | None = None
        self._path = QPainterPath()

    def path(self, square: QRect) -> QPainterPath:
        """The four corners outside a rounded ``square`` (built once per square)."""
        # Painting the card colour over the corners is cheaper than clipping the image and
        # stays antialiased.
        if self._key != square:
            outer, inner = QPainterPath(), QPainterPath()
            outer.addRect(QRectF(square))
            inner.addRoundedRect(QRectF(square), CORNER, CORNER)
            self._path = outer.subtracted(inner)
            self._key = QRect(square)
        return self._path


def paint_hint(painter: QPainter, square: QRect) -> None:
    """The invitation to draw, on an empty canvas."""
    painter.setPen(style.qcolor("#8a94a6"))
    font = painter.font()
    font.setPointSizeF(max(11.0, square.width() / 32))
    painter.setFont(font)
    painter.drawText(
        square.adjusted(0, -square.height() // 12, 0, 0),
        Qt.AlignmentFlag.AlignCenter,
        translate("common.canvas_overlays", "Draw a digit here"),
    )
    font.setPointSizeF(max(9.0, square.width() / 52))
    painter.setFont(font)
    painter.setPen(style.qcolor("#5d6677"))
    # Wrapped: a small canvas (Inspect's second digit) is narrower than the line.
    painter.drawText(
        square.adjusted(8, square.height() // 10, -8, 0),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        translate("common.canvas_overlays", "one digit, 0 to 9, as large as you like"),
    )


def paint_region(painter: QPainter, square: QRect, region: QRectF) -> None:
    """Outline ``region`` (e.g. a receptive field) in the inspector's green."""
    painter.setPen(QPen(style.qcolor(REGION), 2.0))
    painter.setBrush(style.qcolor(REGION, 50))
    painter.drawRect(_scaled(square, region))


def paint_digits(
    painter: QPainter, square: QRect, digits: list[tuple[QRectF, str]], selected: int
) -> None:
    """A box round each digit of a number with its reading above it; ``selected``'s stands
    out."""
    font = painter.font()
    font.setPixelSize(14)
    font.setBold(True)
    painter.setFont(font)
    for i, (r, text) in enumerate(digits):
        chosen = i == selected
        colour = style.qcolor(style.ACCENT if chosen else "#94a3b8")
        k = square.width() / ANALYSIS_SIZE
        rect = QRectF(
            square.x() + r.x() * k - 3,
            square.y() + r.y() * k - 3,
            r.width() * k + 6,
            r.height() * k + 6,
        )
        painter.setPen(QPen(colour, 2.5 if chosen else 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(colour)
        painter.drawText(
            QRectF(rect.x(), rect.y() - 20, rect.width(), 18),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            text,
        )


def paint_focus_ring(painter: QPainter, square) -> None:
    """The keyboard focus's ring round the drawing square (the theme's focus colour)."""
    width = style.THEME.focus_width + 1
    pen = QPen(style.qcolor(style.FOCUS), width)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    painter.drawRoundedRect(QRectF(square).adjusted(inset, inset, -inset, -inset), 8, 8)


def paint_edge(painter: QPainter, square) -> None:
    """The drawing square's edge in the theme's border colour."""
    width = style.THEME.border_width
    painter.setPen(QPen(style.qcolor(style.CARD_BORDER), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    painter.drawRoundedRect(QRectF(square).adjusted(inset, inset, -inset, -inset), 8, 8)


def paint_pen_outline(painter: QPainter, pos: QPointF, width: float, eraser: bool) -> None:
    """The pen's size under the pointer (dashed for the eraser)."""
    radius = width / 2
    pen = QPen(style.qcolor("#ffffff", 170), 1.2)
    if eraser:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(pos, radius, radius)


class SaliencyOverlay:
    """A saliency map laid over part of the drawing, with a caption.

    Scaled once per map or size; every later repaint (one per stroke segment) is one blit.
    """

    def __init__(self) -> None:
        self.image: QImage | None = None
        self.rect: QRectF | None = None
        self.caption = ""
        self._pixmap = QPixmap()
        self._key: tuple | None = None

    @property
    def shown(self) -> bool:
        return self.image is not None

    def set(self, image: QImage | None, rect: QRectF | None, caption: str) -> None:
        """Lay ``image`` over ``rect`` (drawing pixels); None or an empty one removes it."""
        if image is None or image.isNull() or rect is None or rect.isEmpty():
            self.image, self.rect, self.caption = None, None, ""
        else:
            # Premultiplied: Qt scales it three times faster than straight RGBA (2.6 vs 8.5 ms
            # to fill a large canvas), and this scaling is the overlay's whole cost.
            self.image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            self.rect = QRectF(rect)
            self.caption = caption
        self._key = None

    def paint(self, painter: QPainter, square: QRect, dpr: float) -> None:
        """The map over its part of the drawing, clipped to the square."""
        target = _scaled(square, self.rect)
        key = (target.width(), target.height(), dpr)
        if self._key != key:
            size = (target.size() * dpr).toSize()
            self._pixmap = QPixmap.fromImage(
                self.image.scaled(
                    max(size.width(), 1),
                    max(size.height(), 1),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self._pixmap.setDevicePixelRatio(dpr)
            self._key = key
        painter.save()
        painter.setClipRect(square)
        painter.drawPixmap(target.topLeft(), self._pixmap)
        painter.restore()

    def paint_caption(self, painter: QPainter, square: QRect) -> None:
        """The caption in a dark rounded box at the square's bottom left."""
        font = painter.font()
        font.setPixelSize(12)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        text = self.caption
        box = QRectF(
            square.x() + 10,
            square.bottom() - 10 - (metrics.height() + 8),
            metrics.horizontalAdvance(text) + 16,
            metrics.height() + 8,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor("#000000", 150))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(style.qcolor("#ffffff", 230))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
