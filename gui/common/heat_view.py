"""``HeatView``: one 28x28 saliency map on screen, alone or over the digit, pixel for pixel."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from gui.common import style, why
from gui.common.imageconv import gray_to_qimage
from gui.common.layouts import keep_square

VIEW_SIZE = 280
# The maps' smallest and largest sides: they grow with the window.
VIEW_MIN, VIEW_MAX = 150, 620


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
