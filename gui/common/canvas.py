"""DrawCanvas: the square surface a digit is drawn on, with undo, eraser, tablet and drops.

The drawing is kept as a list of operations (strokes, pictures, clears) in coordinates that are
fractions of the square's side, and rendered into two images:

* the *display* image, sized to the widget times its device pixel ratio, so strokes stay crisp
  on HiDPI screens and after any resize (it is re-rendered from the operations);
* the *analysis* image, a fixed 140x140 white-on-black grayscale copy that ``to_array`` hands
  to preprocessing, so what the network sees does not depend on window size or screen.

A new stroke segment is painted incrementally into both; undo, redo and resizing re-render from
the operations since the last clear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common import style
from gui.common.imageconv import gray_to_qimage, qimage_to_gray

ANALYSIS_SIZE = 140
MAX_PICTURE_SIDE = 1024
MIN_PEN, MAX_PEN = 4, 80
_CORNER = 12.0
REGION = "#22c55e"  # the inspector's receptive-field green
# Pressure 0 still draws a thin line: some pens report 0 on first contact.
_MIN_PRESSURE_SCALE = 0.35


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


class DrawCanvas(QWidget):
    """A square, antialiased drawing surface backed by QImages.

    Signals
    -------
    drawingChanged()
        After every stroke segment, undo, redo, clear or new picture.
    historyChanged()
        Undo or redo may have become (un)available.
    fileDropped(str), imageDropped(QImage)
        A file or raw image data was dropped on the canvas; the owner decides what to load.
    """

    drawingChanged = Signal()
    historyChanged = Signal()
    fileDropped = Signal(str, int)
    imageDropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None, pen_width: int = 22) -> None:
        super().__init__(parent)
        self._ops: list[Operation] = []
        self._redo: list[Operation] = []
        self._current: Stroke | None = None
        self._stroke_button: Qt.MouseButton | None = None
        self._pen_width = int(np.clip(pen_width, MIN_PEN, MAX_PEN))
        self._eraser = False
        self._hover: QPointF | None = None
        self._region: QRectF | None = None
        # The digits of a number read from the drawing: boxes (in to_array pixels), the
        # digit read in each, and which one the one-digit views show.
        self._digits: list[tuple[QRectF, str]] = []
        self._selected_digit = 0
        # A saliency map laid over the drawing (see ``show_overlay``) and its scaled copy.
        self._overlay: QImage | None = None
        self._overlay_rect: QRectF | None = None
        self._overlay_caption = ""
        self._overlay_pixmap = QPixmap()
        self._overlay_key: tuple | None = None
        self._analysis = QImage(ANALYSIS_SIZE, ANALYSIS_SIZE, QImage.Format.Format_Grayscale8)
        self._analysis.fill(0)
        self._display = QImage()
        self._display_key: tuple[int, float] = (0, 0.0)
        self._corners_key: QRect | None = None
        self._corners = QPainterPath()
        self.setMouseTracking(True)
        self.setTabletTracking(True)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel itself
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.setToolTip(
            "Draw a digit with the mouse or a pen. Right-click (or the eraser) "
            "erases; drop an image file here to load it."
        )

    # ----------------------------------------------------------------- properties

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    @property
    def pen_width(self) -> int:
        """Pen diameter in logical pixels of the screen."""
        return self._pen_width

    def set_pen_width(self, width: int) -> None:
        self._pen_width = int(np.clip(width, MIN_PEN, MAX_PEN))
        self.update()

    @property
    def eraser(self) -> bool:
        """Whether the left button erases instead of drawing."""
        return self._eraser

    def set_eraser(self, on: bool) -> None:
        self._eraser = bool(on)
        self.update()

    def drawing_rect(self) -> QRectF:
        """The square drawing area in widget coordinates (the widget may be wider or taller)."""
        return QRectF(self._square())

    @property
    def region(self) -> QRectF | None:
        """The outlined region in ``to_array`` pixels, if any (see ``show_region``)."""
        return None if self._region is None else QRectF(self._region)

    def show_region(self, rect: QRectF | None) -> None:
        """Outline ``rect`` (in ``to_array`` pixels) over the drawing; None removes it.

        The outline is painted over the widget, not into the drawing, so undo and predictions
        never see it; the next stroke, clear, undo or picture removes it.
        """
        self._region = None if rect is None or rect.isEmpty() else QRectF(rect)
        self.update()

    @property
    def digit_boxes(self) -> list[tuple[QRectF, str]]:
        """The boxes shown round the digits of a number (``show_digits``), with their labels."""
        return [(QRectF(r), t) for r, t in self._digits]

    def show_digits(self, boxes: list[tuple[QRectF, str]], selected: int = 0) -> None:
        """Outline each digit of a number read from the drawing, its reading above it, the
        ``selected`` one highlighted; boxes in ``to_array`` pixels, [] removes them.

        Painted over the widget like the region outline, never into the drawing.
        """
        digits = [(QRectF(r), str(t)) for r, t in boxes]
        if digits == self._digits and int(selected) == self._selected_digit:
            return  # unchanged (the usual case while drawing one digit): no repaint
        self._digits = digits
        self._selected_digit = int(selected)
        self.update()

    @property
    def overlay(self) -> tuple[QRectF, str] | None:
        """Where the overlay lies, in ``to_array`` pixels, and its caption; None if none."""
        if self._overlay is None or self._overlay_rect is None:
            return None
        return QRectF(self._overlay_rect), self._overlay_caption

    def show_overlay(
        self, image: QImage | None, rect: QRectF | None = None, caption: str = ""
    ) -> None:
        """Lay ``image`` (e.g. a coloured 28x28 saliency map with alpha) over ``rect`` of the
        drawing, in ``to_array`` pixels, with a short ``caption``; None removes it.

        Like the region outline it is painted over the widget, never into the drawing; unlike
        it, it stays while the drawing changes, until its owner replaces or removes it, so it
        can follow a drawing under way. It is scaled once per change, then each repaint is one
        blit.
        """
        if image is None or image.isNull() or rect is None or rect.isEmpty():
            self._overlay, self._overlay_rect, self._overlay_caption = None, None, ""
        else:
            # Premultiplied: Qt scales it three times faster than straight RGBA (2.6 vs 8.5 ms
            # to fill a large canvas), and this scaling is the overlay's whole cost.
            self._overlay = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            self._overlay_rect = QRectF(rect)
            self._overlay_caption = caption
        self._overlay_key = None
        self.update()

    @property
    def stroking(self) -> bool:
        """True while a stroke is being drawn (between press and release)."""
        return self._current is not None

    def is_empty(self) -> bool:
        """True when nothing has been drawn or loaded since the last clear."""
        return self._current is None and (not self._ops or isinstance(self._ops[-1], Clear))

    def can_undo(self) -> bool:
        return bool(self._ops) and self._current is None

    def can_redo(self) -> bool:
        return bool(self._redo) and self._current is None

    def source_tag(self) -> dict | None:
        """The tag of the picture on the canvas, if it is untouched since it was loaded."""
        if self._current is None and self._ops and isinstance(self._ops[-1], Picture):
            return self._ops[-1].tag
        return None

    def to_array(self) -> np.ndarray:
        """The drawing as a uint8 (140, 140) array, white ink on black."""
        return qimage_to_gray(self._analysis)

    # ----------------------------------------------------------------- editing API

    def begin_stroke(self, pos: QPointF, erase: bool | None = None, pressure: float = 1.0) -> bool:
        """Start a stroke at ``pos`` (widget coordinates); False if it is outside the square."""
        square = self._square()
        if self._current is not None or not QRectF(square).contains(pos):
            return False
        was_empty, had_region = self.is_empty(), self._region is not None
        self._current = Stroke(self._eraser if erase is None else bool(erase))
        self._region = None  # it described the drawing before this stroke
        if was_empty or had_region:
            # The hint (painted only while the canvas is empty) and the region outline lie
            # outside the segment's own rectangle, which is all a stroke repaints: repaint the
            # whole canvas once, or they stay on screen under the drawing.
            self.update()
        self._add_point(pos, pressure)
        return True

    def extend_stroke(self, pos: QPointF, pressure: float = 1.0) -> None:
        """Continue the current stroke to ``pos``: one segment, drawn at once."""
        if self._current is None:
            return
        side = max(self._square().width(), 1)
        x0, y0, _ = self._current.points[-1]
        x, y = self._to_unit(pos)
        if abs(x - x0) * side < 0.5 and abs(y - y0) * side < 0.5:
            return  # less than half a pixel: nothing new to draw or to predict
        self._add_point(pos, pressure)

    def end_stroke(self) -> None:
        """Finish the current stroke; it becomes one undo step."""
        if self._current is None:
            return
        self._push(self._current)
        self._current = None
        self._stroke_button = None
        self.historyChanged.emit()

    def undo(self) -> bool:
        """Take back the last operation; False if there is none (or a stroke is under way)."""
        if not self.can_undo():
            return False
        self._redo.append(self._ops.pop())
        self._rerender()
        return True

    def redo(self) -> bool:
        """Put back the last undone operation."""
        if not self.can_redo():
            return False
        self._ops.append(self._redo.pop())
        self._rerender()
        return True

    def clear(self) -> bool:
        """Wipe the canvas (undoable); False if it was already empty."""
        if self._current is not None:
            self.end_stroke()
        if self.is_empty():
            return False
        self._push(Clear())
        self._rerender()
        return True

    def set_picture(self, ink: np.ndarray, tag: dict | None = None) -> None:
        """Replace the drawing with an image of ink (floats 0..1 or uint8, white = ink).

        The image is scaled to fit the square, keeping its aspect; ``tag`` (e.g. the true label
        of a test digit) stays available through ``source_tag`` until the drawing is edited.
        """
        if self._current is not None:
            self.end_stroke()
        image = gray_to_qimage(ink)
        if max(image.width(), image.height()) > MAX_PICTURE_SIDE:
            image = image.scaled(
                MAX_PICTURE_SIDE,
                MAX_PICTURE_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self._push(Picture(image, dict(tag or {})))
        self._rerender()

    # ----------------------------------------------------------------- rendering

    def _square(self) -> QRect:
        side = min(self.width(), self.height())
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def _to_unit(self, pos: QPointF) -> tuple[float, float]:
        square = self._square()
        side = max(square.width(), 1)
        return (pos.x() - square.x()) / side, (pos.y() - square.y()) / side

    def _add_point(self, pos: QPointF, pressure: float) -> None:
        side = max(self._square().width(), 1)
        scale = _MIN_PRESSURE_SCALE + (1.0 - _MIN_PRESSURE_SCALE) * float(np.clip(pressure, 0, 1))
        x, y = self._to_unit(pos)
        point = (x, y, self._pen_width * scale / side)
        stroke = self._current
        previous = stroke.points[-1] if stroke.points else None
        stroke.points.append(point)
        for image, display in ((self._analysis, False), (self._live_display(), True)):
            if image is None:
                continue
            painter = self._unit_painter(image)
            _paint_segment(painter, previous, point, _colour(stroke.erase, display))
            painter.end()
        self._update_around(previous or point, point)
        self.drawingChanged.emit()

    def _live_display(self) -> QImage | None:
        # Painting into a display image of the wrong size is wasted: the next paint rebuilds it.
        return None if self._display_key != self._wanted_display_key() else self._display

    def _wanted_display_key(self) -> tuple[int, float]:
        dpr = self.devicePixelRatioF()
        return round(self._square().width() * dpr), dpr

    def _ensure_display(self) -> None:
        key = self._wanted_display_key()
        if key == self._display_key and not self._display.isNull():
            return
        side_px, dpr = key
        self._display = QImage(max(side_px, 1), max(side_px, 1), QImage.Format.Format_RGB32)
        self._display.setDevicePixelRatio(dpr)
        self._display_key = key
        self._render(self._display, display=True)

    def _render(self, image: QImage, display: bool) -> None:
        ops = self._ops + ([self._current] if self._current is not None else [])
        start = 0
        for i, op in enumerate(ops):
            if isinstance(op, (Clear, Picture)):
                start = i  # nothing before a clear or a picture can show
        painter = self._unit_painter(image)
        painter.fillRect(QRectF(0, 0, 1, 1), _colour(True, display))
        for op in ops[start:]:
            if isinstance(op, Picture):
                _paint_picture(painter, op.image, display)
            elif isinstance(op, Stroke):
                _paint_stroke(painter, op, display)
        painter.end()

    def _rerender(self) -> None:
        self._region = None
        self._render(self._analysis, display=False)
        if not self._display.isNull():
            self._display_key = (0, 0.0)  # rebuilt at the next paint, at the current size
        self.update()
        self.drawingChanged.emit()
        self.historyChanged.emit()

    def _push(self, op: Operation) -> None:
        self._ops.append(op)
        self._redo.clear()

    @staticmethod
    def _unit_painter(image: QImage) -> QPainter:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        side = image.width() / image.devicePixelRatio()
        painter.scale(side, side)
        return painter

    def _update_around(self, a: tuple[float, float, float], b: tuple[float, float, float]) -> None:
        square = self._square()
        side = square.width()
        pad = max(a[2], b[2]) * side / 2 + 2
        left, right = sorted((a[0] * side, b[0] * side))
        top, bottom = sorted((a[1] * side, b[1] * side))
        rect = QRectF(
            square.x() + left - pad,
            square.y() + top - pad,
            right - left + 2 * pad,
            bottom - top + 2 * pad,
        )
        self.update(rect.toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_display()
        square = self._square()
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(style.CARD))
        painter.drawImage(square.topLeft(), self._display)
        if self._overlay is not None:
            self._paint_overlay(painter, square)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(self._corner_mask(square), QColor(style.CARD))
        if self.is_empty():
            self._paint_hint(painter, square)
        if self._region is not None:
            self._paint_region(painter, square)
        if self._digits:
            self._paint_digits(painter, square)
        if self._overlay_caption and self._overlay is not None:
            self._paint_overlay_caption(painter, square)
        if self._hover is not None and square.contains(self._hover.toPoint()):
            self._paint_pen_outline(painter, self._hover)
        painter.end()

    def _corner_mask(self, square: QRect) -> QPainterPath:
        # The image is square; rounding its corners by painting the card colour over them is
        # cheaper than clipping and stays antialiased.
        if self._corners_key != square:
            outer, inner = QPainterPath(), QPainterPath()
            outer.addRect(QRectF(square))
            inner.addRoundedRect(QRectF(square), _CORNER, _CORNER)
            self._corners = outer.subtracted(inner)
            self._corners_key = QRect(square)
        return self._corners

    def _paint_hint(self, painter: QPainter, square: QRect) -> None:
        painter.setPen(style.qcolor("#8a94a6"))
        font = painter.font()
        font.setPointSizeF(max(11.0, square.width() / 32))
        painter.setFont(font)
        painter.drawText(
            square.adjusted(0, -square.height() // 12, 0, 0),
            Qt.AlignmentFlag.AlignCenter,
            "Draw a digit here",
        )
        font.setPointSizeF(max(9.0, square.width() / 52))
        painter.setFont(font)
        painter.setPen(style.qcolor("#5d6677"))
        # Wrapped: a small canvas (Inspect's second digit) is narrower than the line.
        painter.drawText(
            square.adjusted(8, square.height() // 10, -8, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            "one digit, 0 to 9, as large as you like",
        )

    def _paint_region(self, painter: QPainter, square: QRect) -> None:
        k = square.width() / ANALYSIS_SIZE
        r = self._region
        rect = QRectF(square.x() + r.x() * k, square.y() + r.y() * k, r.width() * k, r.height() * k)
        painter.setPen(QPen(style.qcolor(REGION), 2.0))
        painter.setBrush(style.qcolor(REGION, 50))
        painter.drawRect(rect)

    def _paint_digits(self, painter: QPainter, square: QRect) -> None:
        k = square.width() / ANALYSIS_SIZE
        font = painter.font()
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        for i, (r, text) in enumerate(self._digits):
            chosen = i == self._selected_digit
            colour = style.qcolor(style.ACCENT if chosen else "#94a3b8")
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

    def _paint_overlay(self, painter: QPainter, square: QRect) -> None:
        k = square.width() / ANALYSIS_SIZE
        r = self._overlay_rect
        target = QRectF(
            square.x() + r.x() * k, square.y() + r.y() * k, r.width() * k, r.height() * k
        )
        dpr = self.devicePixelRatioF()
        key = (target.width(), target.height(), dpr)
        if self._overlay_key != key:
            # Scaled smoothly once per map or size: every later repaint (one per stroke
            # segment) is a plain blit.
            size = (target.size() * dpr).toSize()
            self._overlay_pixmap = QPixmap.fromImage(
                self._overlay.scaled(
                    max(size.width(), 1),
                    max(size.height(), 1),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self._overlay_pixmap.setDevicePixelRatio(dpr)
            self._overlay_key = key
        painter.save()
        painter.setClipRect(square)
        painter.drawPixmap(target.topLeft(), self._overlay_pixmap)
        painter.restore()

    def _paint_overlay_caption(self, painter: QPainter, square: QRect) -> None:
        font = painter.font()
        font.setPixelSize(12)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        text = self._overlay_caption
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

    def _paint_pen_outline(self, painter: QPainter, pos: QPointF) -> None:
        radius = self._pen_width / 2
        pen = QPen(style.qcolor("#ffffff", 170), 1.2)
        if self._eraser:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(pos, radius, radius)

    def _set_hover(self, pos: QPointF | None) -> None:
        old = self._hover
        self._hover = pos
        pad = self._pen_width / 2 + 3
        for p in (old, pos):
            if p is not None:
                self.update(QRectF(p.x() - pad, p.y() - pad, 2 * pad, 2 * pad).toAlignedRect())

    # ----------------------------------------------------------------- input events

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if self._current is None and button in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            erase = True if button == Qt.MouseButton.RightButton else None
            if self.begin_stroke(event.position(), erase):
                self._stroke_button = button
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hover(event.position())
        if (
            self._current is not None
            and self._stroke_button is not None
            and event.buttons() & self._stroke_button
        ):
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.button() == self._stroke_button:
            self.end_stroke()

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind, pos = event.type(), event.position()
        eraser_end = event.pointerType() == QPointingDevice.PointerType.Eraser
        if kind == QTabletEvent.Type.TabletPress and self._current is None:
            erase = True if eraser_end or event.button() == Qt.MouseButton.RightButton else None
            self.begin_stroke(pos, erase, event.pressure())
        elif kind == QTabletEvent.Type.TabletMove:
            self._set_hover(pos)
            if self._current is not None:
                self.extend_stroke(pos, event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()  # no synthesized mouse events: the stroke already has the pressure

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if _dropped_file(mime) or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        path = _dropped_file(mime)
        if path:
            # The canvas holds one picture: the first file, with how many came, so the user
            # can be told the rest were left out.
            count = sum(1 for url in mime.urls() if url.isLocalFile())
            self.fileDropped.emit(path, count)
        elif mime.hasImage():
            self.imageDropped.emit(QImage(mime.imageData()))
        else:
            return
        event.acceptProposedAction()


# --------------------------------------------------------------------------- painting helpers


def _colour(erase: bool, display: bool) -> QColor:
    if display:
        return QColor(style.CANVAS_BACKGROUND if erase else style.INK)
    return QColor(0, 0, 0) if erase else QColor(255, 255, 255)


def _paint_segment(painter: QPainter, a: tuple | None, b: tuple, colour: QColor) -> None:
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


def _paint_stroke(painter: QPainter, stroke: Stroke, display: bool) -> None:
    # Segment by segment, exactly as while drawing: undo and resizing then reproduce the
    # very pixels the network saw, and pressure can change the width along the stroke.
    colour = _colour(stroke.erase, display)
    previous = None
    for point in stroke.points:
        _paint_segment(painter, previous, point, colour)
        previous = point


def _paint_picture(painter: QPainter, image: QImage, display: bool) -> None:
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


def _dropped_file(mime) -> str | None:
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None
