"""PixelView: a grayscale array shown as a square of pixels (the 28x28 input, a feature map, a
training digit), with an optional grid, box and cross drawn over it."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common import style
from gui.common.a11y import describe, set_text_equivalent
from gui.common.i18n import translate
from gui.common.imageconv import gray_to_qimage
from gui.common.layouts import keep_square
from model.readout import image_text


class PixelView(QWidget):
    """A grayscale array shown as a square of pixels (nearest neighbour), with overlays.

    The picture is rendered once per change into a cached pixmap, so repaints (which happen
    whenever anything nearby changes) cost a single blit.

    Parameters
    ----------
    size
        Side in logical pixels (the preferred side, when it may resize).
    grid
        Draw faint lines between pixels when they are large enough to see.
    minimum, maximum
        Given, the view is a square that grows and shrinks between these sides with the room
        the layout offers (``gui.common.layouts.keep_square``); otherwise it is ``size`` square.
    follow_width
        With ``minimum``/``maximum``: as tall as it is wide, whatever the height available
        (for a page that scrolls, so its pictures grow with a wider window).
    """

    def __init__(
        self,
        size: int = 168,
        grid: bool = False,
        parent: QWidget | None = None,
        *,
        minimum: int | None = None,
        maximum: int | None = None,
        follow_width: bool = False,
    ) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._shape = (0, 0)
        self._grid = grid
        self._box: tuple[float, float, float, float] | None = None
        self._marker: tuple[float, float] | None = None
        self._size = size
        self._pixmap: QPixmap | None = None
        self._grid_cache = QPixmap()
        self._grid_key: tuple | None = None
        self._follow_width = follow_width
        if minimum is None and maximum is None:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.setFixedSize(size, size)
        elif follow_width:
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)
            self.setMinimumSize(minimum or size, minimum or size)
            self.setMaximumSize(maximum or size, maximum or size)
        else:
            keep_square(self, minimum or size, maximum or size)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        describe(self, translate("common.pixel_view", "Picture of pixels"), image_text(None))

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def hasHeightForWidth(self) -> bool:
        return self._follow_width

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), min(width, self.maximumHeight()))

    def set_array(self, array: np.ndarray | None) -> None:
        """Show ``array`` (2-D, floats 0..1 or uint8; white = ink), or nothing for None."""
        if array is None or np.asarray(array).size == 0:
            self._image, self._shape = None, (0, 0)
        else:
            self._image = gray_to_qimage(array)
            self._shape = np.asarray(array).shape
        # Its words for a screen reader: where the ink is (``model.readout``).
        set_text_equivalent(self, image_text(None if self._image is None else array))
        self._changed()

    def set_box(self, box: tuple[float, float, float, float] | None) -> None:
        """Outline (top, left, bottom, right) in array pixels, e.g. the ink's bounding box."""
        self._box = box
        self._changed()

    def set_marker(self, point: tuple[float, float] | None) -> None:
        """Mark (row, col) in array pixel-edge coordinates with a small cross."""
        self._marker = point
        self._changed()

    def _changed(self) -> None:
        self._pixmap = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        dpr = self.devicePixelRatioF()
        if (
            self._pixmap is None
            or self._pixmap.devicePixelRatio() != dpr
            or self._pixmap.deviceIndependentSize().toSize() != self.size()
        ):
            self._pixmap = self._render(dpr)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()

    def _grid_overlay(self, target: QRectF, w: int, h: int, dpr: float) -> QPixmap:
        # Raster line drawing is slow (milliseconds for a 28x28 grid), so the grid is drawn
        # once per geometry and blitted over each new picture.
        key = (target.width(), target.height(), w, h, dpr)
        if self._grid_key != key:
            overlay = QPixmap((target.size() * dpr).toSize())
            overlay.setDevicePixelRatio(dpr)
            overlay.fill(Qt.GlobalColor.transparent)
            painter = QPainter(overlay)
            painter.setPen(QPen(style.qcolor("#ffffff", 22), 1))
            cell = target.width() / w
            painter.drawLines(
                [QLineF(i * cell, 0, i * cell, target.height()) for i in range(1, w)]
                + [QLineF(0, i * cell, target.width(), i * cell) for i in range(1, h)]
            )
            painter.end()
            self._grid_cache, self._grid_key = overlay, key
        return self._grid_cache

    def _render(self, dpr: float) -> QPixmap:
        pixmap = QPixmap(self.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        side = min(self.width(), self.height())
        if self.width() == self.height():
            pixmap.fill(QColor("#000000"))
        else:
            # Wider or taller than square (a resizable view short of room): the picture
            # stays square, on the card's colour.
            pixmap.fill(QColor(style.CARD))
            with QPainter(pixmap) as painter:
                painter.fillRect(
                    QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side),
                    QColor("#000000"),
                )
        if self._image is None:
            return pixmap
        h, w = self._shape
        cell = side / max(h, w)
        target = QRectF(
            (self.width() - w * cell) / 2, (self.height() - h * cell) / 2, w * cell, h * cell
        )
        painter = QPainter(pixmap)
        # Upscaling shows the real pixels; downscaling (a big source) needs smoothing.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, cell < 1)
        painter.drawImage(target, self._image)
        if self._grid and cell >= 5:
            painter.drawPixmap(target.topLeft(), self._grid_overlay(target, w, h, dpr))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._box is not None:
            top, left, bottom, right = self._box
            painter.setPen(QPen(QColor("#60a5fa"), 1.5))
            painter.drawRect(
                QRectF(
                    target.left() + left * cell,
                    target.top() + top * cell,
                    (right - left) * cell,
                    (bottom - top) * cell,
                )
            )
        if self._marker is not None:
            row, col = self._marker
            centre = QPointF(target.left() + col * cell, target.top() + row * cell)
            arm = max(5.0, target.width() / 14)
            painter.setPen(QPen(QColor("#f97316"), 1.6))
            painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0))
            painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm))
        painter.end()
        return pixmap
