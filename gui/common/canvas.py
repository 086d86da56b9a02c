"""DrawCanvas: the square surface a digit is drawn on, with undo, eraser, tablet and drops.

The drawing is kept as a list of operations (strokes, pictures, clears; ``gui.common.drawing``)
in coordinates that are fractions of the square's side, and rendered into two images:

* the *display* image, sized to the widget times its device pixel ratio, so strokes stay crisp
  on HiDPI screens and after any resize (it is re-rendered from the operations);
* the *analysis* image, a fixed 140x140 white-on-black grayscale copy that ``to_array`` hands
  to preprocessing, so what the network sees does not depend on window size or screen.

A new stroke segment is painted incrementally into both; undo, redo and resizing re-render from
the operations since the last clear. What is painted over the drawing (a receptive field, the
digits of a number, a saliency map, the pen) is in ``gui.common.canvas_overlays``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common import style
from gui.common.canvas_overlays import (
    CornerMask,
    SaliencyOverlay,
    paint_digits,
    paint_edge,
    paint_focus_ring,
    paint_hint,
    paint_pen_outline,
    paint_region,
)
from gui.common.drawing import (
    ANALYSIS_SIZE,
    Clear,
    Operation,
    Picture,
    Stroke,
    colour,
    paint_segment,
    render,
    unit_painter,
)
from gui.common.imageconv import gray_to_qimage, qimage_to_gray
from gui.common.keyboard_pen import KeyboardPen, describe_canvas

MAX_PICTURE_SIDE = 1024
MIN_PEN, MAX_PEN = 4, 80
# Pressure 0 still draws a thin line: some pens report 0 on first contact.
_MIN_PRESSURE_SCALE = 0.35


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
        # A saliency map laid over the drawing (see ``show_overlay``).
        self._saliency = SaliencyOverlay()
        self._analysis = QImage(ANALYSIS_SIZE, ANALYSIS_SIZE, QImage.Format.Format_Grayscale8)
        self._analysis.fill(0)
        self._display = QImage()
        self._display_key: tuple[int, float] = (0, 0.0)
        self._corners = CornerMask()
        self.setMouseTracking(True)
        self.setTabletTracking(True)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints every pixel itself
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        describe_canvas(self)
        self.keyboard_pen = KeyboardPen(self)

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
        if not self._saliency.shown:
            return None
        return QRectF(self._saliency.rect), self._saliency.caption

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
        self._saliency.set(image, rect, caption)
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
            painter = unit_painter(image)
            paint_segment(painter, previous, point, colour(stroke.erase, display))
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
        render(image, ops, display)

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
        if self._saliency.shown:
            self._saliency.paint(painter, square, self.devicePixelRatioF())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(self._corners.path(square), QColor(style.CARD))
        if self.is_empty():
            paint_hint(painter, square)
        if self._region is not None:
            paint_region(painter, square, self._region)
        if self._digits:
            paint_digits(painter, square, self._digits, self._selected_digit)
        if self._saliency.caption and self._saliency.shown:
            self._saliency.paint_caption(painter, square)
        if self._hover is not None and square.contains(self._hover.toPoint()):
            paint_pen_outline(painter, self._hover, self._pen_width, self._eraser)
        if self.hasFocus():
            paint_focus_ring(painter, square)
        else:  # its edge, which a black card (high contrast) would otherwise hide
            paint_edge(painter, square)
        painter.end()

    def show_pen_at(self, pos: QPointF | None) -> None:
        """Show the pen's outline at ``pos`` (widget coordinates), or nowhere (None)."""
        self._set_hover(pos)

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


# --------------------------------------------------------------------------- helpers


def _dropped_file(mime) -> str | None:
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None
