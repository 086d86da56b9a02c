"""What is drawn on a ``DrawCanvas``, and how it is painted.

A drawing is a list of operations (strokes, pictures, clears) in coordinates that are fractions
of the canvas's side, so it can be painted at any size: into the canvas's on-screen image and
into the fixed 140x140 image the network's preprocessing reads. Painting the same operations
segment by segment, as they were drawn, gives the same pixels every time, so undo and resizing
never change what the network saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from gui.common import style

# The side of the image the network's preprocessing reads (``DrawCanvas.to_array``), in pixels.
ANALYSIS_SIZE = 140


@dataclass
class Stroke:
    """Points (x, y, width) as fractions of the square's side; ``erase`` paints background."""

    erase: bool
    points: list[tuple[float, float, float]] = field(default_factory=list)


@dataclass
class Picture:
    """An image placed over a cleared canvas, scaled to fit: white ink on black grayscale."""

    image: QImage
    tag: dict = field(default_factory=dict)


@dataclass
class Clear:
    """Wipes everything drawn before it (kept as an operation so that it can be undone)."""


Operation = Stroke | Picture | Clear


def render(image: QImage, ops: list[Operation], display: bool) -> None:
    """Paint ``ops`` into ``image`` from scratch: in the screen's colours if ``display``, else
    white ink on black (what the network reads)."""
    start = 0
    for i, op in enumerate(ops):
        if isinstance(op, (Clear, Picture)):
            start = i  # nothing before a clear or a picture can show
    painter = unit_painter(image)
    painter.fillRect(QRectF(0, 0, 1, 1), colour(True, display))
    for op in ops[start:]:
        if isinstance(op, Picture):
            paint_picture(painter, op.image, display)
        elif isinstance(op, Stroke):
            paint_stroke(painter, op, display)
    painter.end()


def unit_painter(image: QImage) -> QPainter:
    """A painter on ``image`` whose unit is the image's side: operations paint at any size."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    side = image.width() / image.devicePixelRatio()
    painter.scale(side, side)
    return painter


def colour(erase: bool, display: bool) -> QColor:
    """The colour of ink (or of the eraser) on screen, or in the network's image."""
    if display:
        return QColor(style.CANVAS_BACKGROUND if erase else style.INK)
    return QColor(0, 0, 0) if erase else QColor(255, 255, 255)


def paint_segment(painter: QPainter, a: tuple | None, b: tuple, colour: QColor) -> None:
    """One stroke segment from point ``a`` to point ``b`` (x, y, width), or a dot at ``b``."""
    if a is None:  # a single press leaves a round dot
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(b[0], b[1]), b[2] / 2, b[2] / 2)
        return
    painter.setPen(
        QPen(
            colour, b[2], Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
    )
    painter.drawLine(QPointF(a[0], a[1]), QPointF(b[0], b[1]))


def paint_stroke(painter: QPainter, stroke: Stroke, display: bool) -> None:
    """A whole stroke."""
    # Segment by segment, exactly as while drawing: undo and resizing then reproduce the
    # very pixels the network saw, and pressure can change the width along the stroke.
    ink = colour(stroke.erase, display)
    previous = None
    for point in stroke.points:
        paint_segment(painter, previous, point, ink)
        previous = point


def paint_picture(painter: QPainter, image: QImage, display: bool) -> None:
    """A picture, centred and scaled to fit the square, its aspect kept."""
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        return
    fit_w, fit_h = (1.0, h / w) if w >= h else (w / h, 1.0)
    target = QRectF((1 - fit_w) / 2, (1 - fit_h) / 2, fit_w, fit_h)
    if display:
        # Ink is white on black: "lighten" keeps the canvas colour where the image is dark.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Lighten)
    painter.drawImage(target, image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
