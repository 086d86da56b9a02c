"""The inspector's painting widgets: colour-mapped grids of maps or numbers, and their legend.

``MapGrid`` shows a stack of 2-D arrays (feature maps, filters, a single window of numbers) as
tiles. The whole stack is colour-mapped with NumPy into one ``QImage`` per change and each tile
is a blit of part of it, so a layer with 64 maps repaints in about a millisecond. Signed arrays
use a diverging map (blue below zero, white at zero, red above); non-negative ones a dark-to-
bright map where zero is black. ``ColorLegend`` explains whichever is in use.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.common import style

# ----------------------------------------------------------------------------- colour maps


def _lut(anchors: list[str]) -> np.ndarray:
    """A 256-entry RGBA table interpolated between hex colour anchors."""
    rgb = np.array(
        [[QColor(a).red(), QColor(a).green(), QColor(a).blue()] for a in anchors], np.float64
    )
    x = np.linspace(0, 1, len(anchors))
    t = np.linspace(0, 1, 256)
    table = np.stack([np.interp(t, x, rgb[:, k]) for k in range(3)], axis=1)
    return np.concatenate([table, np.full((256, 1), 255.0)], axis=1).round().astype(np.uint8)


# Zero is black and strong responses bright yellow: "how strongly did this filter fire here".
SEQUENTIAL = _lut(["#000000", "#2a0b5e", "#8a226a", "#d9493b", "#f8a01c", "#fcf7a4"])
# Negative blue, zero white, positive red: weights and values that can go either way.
DIVERGING = _lut(["#1e3a8a", "#3b82f6", "#bfdbfe", "#ffffff", "#fecaca", "#ef4444", "#7f1d1d"])
PIXELS = _lut(["#000000", "#ffffff"])


class ColorScale:
    """How numbers become colours: a range and a colour table.

    Parameters
    ----------
    low, high
        The values at the ends of the table (for a signed scale, ``-high`` and ``high``).
    signed
        Diverging (zero in the middle, white) rather than sequential (zero black).
    """

    def __init__(self, low: float, high: float, signed: bool, table: np.ndarray | None = None):
        self.low, self.high, self.signed = float(low), float(high), signed
        self.table = table if table is not None else (DIVERGING if signed else SEQUENTIAL)

    @classmethod
    def for_values(cls, values: np.ndarray, force_signed: bool = False) -> ColorScale:
        """Signed if anything is negative (or ``force_signed``), symmetric around zero."""
        values = np.asarray(values, np.float64)
        finite = values[np.isfinite(values)] if values.size else np.zeros(1)
        if finite.size == 0:
            finite = np.zeros(1)
        if force_signed or finite.min() < 0:
            m = float(np.abs(finite).max()) or 1.0
            return cls(-m, m, True)
        return cls(0.0, float(finite.max()) or 1.0, False)

    @classmethod
    def pixels(cls) -> ColorScale:
        """0 black .. 1 white, the way the network's input is shown everywhere."""
        return cls(0.0, 1.0, False, PIXELS)

    def rgba(self, values: np.ndarray) -> np.ndarray:
        """``values`` (any shape) -> uint8 RGBA (..., 4); NaN becomes transparent grey."""
        v = np.asarray(values, np.float64)
        span = (self.high - self.low) or 1.0
        idx = np.clip((np.nan_to_num(v, nan=self.low) - self.low) / span * 255.0, 0, 255)
        out = self.table[idx.round().astype(np.intp)]
        if np.isnan(v).any():
            out = out.copy()
            out[np.isnan(v)] = (230, 233, 239, 255)
        return out

    def color(self, value: float) -> QColor:
        r, g, b, _ = self.rgba(np.array([value]))[0]
        return QColor(int(r), int(g), int(b))


def rgba_to_qimage(rgba: np.ndarray) -> QImage:
    """An (H, W, 4) uint8 array as a QImage that owns its own copy of the pixels."""
    rgba = np.ascontiguousarray(rgba)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, w * 4, QImage.Format.Format_RGBA8888).copy()


def fmt(value: float) -> str:
    """A number short enough for a cell: 3 significant digits."""
    if not math.isfinite(value):
        return "–"
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:.0e}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) < 0.01:
        return f"{value:.3f}" if abs(value) >= 0.0005 else "0.00"
    return f"{value:.2f}"


# ----------------------------------------------------------------------------- the grid


class MapGrid(QWidget):
    """A stack of 2-D arrays painted as colour-mapped tiles, laid out to fill the widget.

    Signals
    -------
    cellClicked(int, int, int)
        Tile, row and column of a click.
    cellHovered(int, int, int, float)
        Tile, row, column and value under the mouse.
    repainted()
        A paint finished (the benchmark's stop-watch).
    columnsChanged(int)
        The tiles now lie in this many columns (after new maps or a resize).
    """

    cellClicked = Signal(int, int, int)
    cellHovered = Signal(int, int, int, float)
    repainted = Signal()
    columnsChanged = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        gap: int = 4,
        numbers: bool = False,
        min_size: QSize | None = None,
        tile_names: str = "map",
    ) -> None:
        super().__init__(parent)
        self._maps = np.zeros((0, 1, 1))
        self._scale = ColorScale(0, 1, False)
        self._image: QImage | None = None
        self._gap = gap
        self._numbers = numbers
        self._titles: list[str] = []
        self._selected: tuple[int, int, int] | None = None
        self._selected_tile: int | None = None
        self._boxes: list[tuple[int, int, int, int, int, str]] = []
        self._marks: list[tuple[int, int, int, str]] = []
        self._reveal: int | None = None
        self._layout_cache: tuple | None = None
        self._columns: int | None = None  # forced by ``set_columns``; None: best fit
        self._reported_columns = 0
        self._decimals: int | None = None
        self.tile_names = tile_names
        self.painted = 0  # repaint counter: tests and the benchmark wait on it
        self.setMouseTracking(True)
        self.setMinimumSize(min_size or QSize(120, 80))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._largest_tile: float | None = None

    def follow_width(self, largest_tile: int) -> None:
        """Be as tall as the tiles need at the width given, each up to ``largest_tile`` wide.

        For a grid in a page that scrolls: its pictures grow with a wider window (the page
        gets longer) instead of staying at the height the rows beside it happen to have.
        """
        self._largest_tile = float(largest_tile)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return self._largest_tile is not None

    def heightForWidth(self, width: int) -> int:
        if self._largest_tile is None:
            return super().heightForWidth(width)
        n, h, w = self._maps.shape
        n = max(n, 1)
        # Wider than tall, as the page is: 24 tiles in 9 columns, 8 in 5, 1 in 1.
        cols = max(1, min(n, math.ceil(math.sqrt(n * 3))))
        rows = math.ceil(n / cols)
        top = 14 if self._titles else 0
        tile = min((width - 2 - (cols - 1) * self._gap) / cols, self._largest_tile)
        cell = tile / max(w, 1)
        height = rows * (h * cell + top) + (rows - 1) * self._gap + 2
        return max(self.minimumHeight(), min(self.maximumHeight(), math.ceil(height)))

    def sizeHint(self) -> QSize:
        if self._largest_tile is None:
            return super().sizeHint()
        side = max(self.minimumWidth(), 160)
        return QSize(side, self.heightForWidth(side))

    # ------------------------------------------------------------------ data

    @property
    def maps(self) -> np.ndarray:
        return self._maps

    @property
    def scale(self) -> ColorScale:
        return self._scale

    def set_maps(
        self, maps: np.ndarray, scale: ColorScale | None = None, titles: list[str] | None = None
    ) -> None:
        """Show ``maps`` (C, H, W) or one (H, W) map, coloured by ``scale`` (fitted if None)."""
        maps = np.asarray(maps, np.float64)
        if maps.ndim == 2:
            maps = maps[np.newaxis]
        shape = (self._maps.shape, bool(self._titles))
        self._maps = maps
        self._scale = scale or ColorScale.for_values(maps)
        self._titles = list(titles or [])
        self._image = None
        self._layout_cache = None
        if self._largest_tile is not None and (maps.shape, bool(self._titles)) != shape:
            self.updateGeometry()  # another number or shape of tiles: another height
        self.update()
        self._report_columns()

    def clear(self) -> None:
        self.set_maps(np.zeros((0, 1, 1)))

    def set_selected(self, cell: tuple[int, int, int] | None) -> None:
        """Outline one cell (tile, row, col); its tile gets a highlighted frame."""
        self._selected = cell
        self.update()

    def set_selected_tile(self, tile: int | None) -> None:
        self._selected_tile = tile
        self.update()

    def set_boxes(self, boxes: list[tuple[int, int, int, int, int, str]]) -> None:
        """Rectangles (tile, top, left, height, width, colour) drawn over the tiles."""
        self._boxes = list(boxes)
        self.update()

    def set_marks(self, marks: list[tuple[int, int, int, str]]) -> None:
        """Cells (tile, row, col, colour) drawn with a thick frame, e.g. a pooling winner."""
        self._marks = list(marks)
        self.update()

    def set_numbers(self, numbers: bool, decimals: int | None = None) -> None:
        """Write each value in its cell (when cells are large enough to read): with
        ``decimals`` fixed decimal places, else three significant digits (``fmt``)."""
        self._numbers = numbers
        self._decimals = decimals
        self.update()

    def set_columns(self, columns: int | None) -> None:
        """Lay the tiles in ``columns`` columns (e.g. another grid's, so that tile N sits in
        the same place in both); None picks whatever makes the tiles largest."""
        columns = None if columns is None or columns < 1 else int(columns)
        if columns != self._columns:
            self._columns = columns
            self._layout_cache = None
            self.update()
            self._report_columns()

    def columns(self) -> int:
        """How many columns the tiles lie in now."""
        return self._layout()[0]

    def _report_columns(self) -> None:
        columns = self.columns()
        if columns != self._reported_columns:
            self._reported_columns = columns
            self.columnsChanged.emit(columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._report_columns()

    def set_reveal(self, count: int | None) -> None:
        """Show only the first ``count`` cells of each tile (row by row); None shows all."""
        self._reveal = count
        self._image = None
        self.update()

    # ------------------------------------------------------------------ geometry

    def _layout(self) -> tuple[int, float, float, float]:
        """(columns, cell size, x offset, y offset) that make the tiles as large as possible."""
        key = (self.width(), self.height(), self._maps.shape)
        if self._layout_cache and self._layout_cache[0] == key:
            return self._layout_cache[1]
        n, h, w = self._maps.shape
        best = (1, 0.0)
        gap = self._gap
        top = 14 if self._titles else 0

        def cell_size(cols: int) -> float:
            rows = math.ceil(n / cols) if n else 1
            return min(
                (self.width() - 2 - (cols - 1) * gap) / (cols * w),
                (self.height() - 2 - (rows - 1) * (gap + top) - top) / (rows * h),
            )

        if self._columns is not None:
            best = (self._columns, cell_size(self._columns))
        else:
            for cols in range(1, max(n, 1) + 1):
                cell = cell_size(cols)
                if cell > best[1]:
                    best = (cols, cell)
        cols, cell = best
        cell = max(cell, 0.5)
        if cell >= 2:
            cell = math.floor(cell)  # whole pixels keep the cells crisp and even
        rows = math.ceil(n / cols) if n else 1
        used_w = cols * w * cell + (cols - 1) * gap
        used_h = rows * (h * cell + top) + (rows - 1) * gap
        result = (
            cols,
            cell,
            max((self.width() - used_w) / 2, 1),
            max((self.height() - used_h) / 2, 1),
        )
        self._layout_cache = (key, result)
        return result

    def tile_rect(self, tile: int) -> QRectF:
        cols, cell, x0, y0 = self._layout()
        _n, h, w = self._maps.shape
        top = 14 if self._titles else 0
        r, c = divmod(tile, cols)
        return QRectF(
            x0 + c * (w * cell + self._gap),
            y0 + r * (h * cell + top + self._gap) + top,
            w * cell,
            h * cell,
        )

    def cell_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """(tile, row, col) under a widget position, or None."""
        n, h, w = self._maps.shape
        if n == 0:
            return None
        cols, cell, x0, y0 = self._layout()
        top = 14 if self._titles else 0
        c = int((pos.x() - x0) // (w * cell + self._gap))
        r = int((pos.y() - y0) // (h * cell + top + self._gap))
        if c < 0 or c >= cols or r < 0:
            return None
        tile = r * cols + c
        if tile >= n:
            return None
        rect = self.tile_rect(tile)
        if not rect.contains(pos):
            return None
        return (
            tile,
            min(int((pos.y() - rect.top()) / cell), h - 1),
            min(int((pos.x() - rect.left()) / cell), w - 1),
        )

    def cell_center(self, tile: int, row: int, col: int) -> QPointF:
        """Where a cell is on screen, e.g. to click it in a test."""
        rect = self.tile_rect(tile)
        cell = self._layout()[1]
        return QPointF(rect.left() + (col + 0.5) * cell, rect.top() + (row + 0.5) * cell)

    # ------------------------------------------------------------------ painting

    def _render_image(self) -> QImage:
        n, h, w = self._maps.shape
        maps = self._maps
        if self._reveal is not None:
            maps = maps.copy().reshape(n, -1)
            maps[:, self._reveal :] = np.nan
            maps = maps.reshape(n, h, w)
        return rgba_to_qimage(self._scale.rgba(maps.reshape(n * h, w)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        n, h, w = self._maps.shape
        if n == 0:
            painter.end()
            return
        if self._image is None:
            self._image = self._render_image()
        _cols, cell, _x0, _y0 = self._layout()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, cell < 1)
        small = QFont(self.font())
        small.setPixelSize(10)
        painter.setFont(small)
        for t in range(n):
            rect = self.tile_rect(t)
            painter.drawImage(rect, self._image, QRectF(0, t * h, w, h))
            if self._titles:
                painter.setPen(QColor(style.MUTED))
                painter.drawText(
                    QRectF(rect.left(), rect.top() - 14, rect.width(), 13),
                    Qt.AlignmentFlag.AlignCenter,
                    self._titles[t],
                )
        if self._numbers and cell >= 26:
            self._paint_numbers(painter, cell)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._selected_tile is not None and self._selected_tile < n:
            painter.setPen(QPen(QColor(style.ACCENT), 2.5))
            painter.drawRect(self.tile_rect(self._selected_tile).adjusted(-2, -2, 2, 2))
        for tile, top, left, bh, bw, colour in self._boxes:
            if tile < n:
                rect = self.tile_rect(tile)
                painter.setPen(QPen(QColor(colour), 2))
                painter.drawRect(
                    QRectF(rect.left() + left * cell, rect.top() + top * cell, bw * cell, bh * cell)
                )
        for tile, row, col, colour in self._marks:
            if tile < n:
                rect = self.tile_rect(tile)
                painter.setPen(QPen(QColor(colour), 3))
                painter.drawRect(
                    QRectF(rect.left() + col * cell, rect.top() + row * cell, cell, cell).adjusted(
                        1, 1, -1, -1
                    )
                )
        if self._selected is not None and self._selected[0] < n:
            tile, row, col = self._selected
            rect = self.tile_rect(tile)
            box = QRectF(rect.left() + col * cell, rect.top() + row * cell, cell, cell)
            painter.setPen(QPen(QColor("#ffffff"), 3))
            painter.drawRect(box.adjusted(-1, -1, 1, 1))
            painter.setPen(QPen(QColor("#16a34a"), 2))
            painter.drawRect(box.adjusted(-1, -1, 1, 1))
        painter.end()
        self.painted += 1
        self.repainted.emit()

    def _paint_numbers(self, painter: QPainter, cell: float) -> None:
        n, h, w = self._maps.shape
        font = QFont(self.font())
        font.setPixelSize(max(9, min(13, int(cell / 3.6))))
        painter.setFont(font)
        for t in range(n):
            rect = self.tile_rect(t)
            for r in range(h):
                for c in range(w):
                    v = float(self._maps[t, r, c])
                    if not math.isfinite(v):
                        continue
                    bg = self._scale.color(v)
                    light = 0.299 * bg.red() + 0.587 * bg.green() + 0.114 * bg.blue() > 140
                    painter.setPen(QColor("#111827" if light else "#ffffff"))
                    text = fmt(v) if self._decimals is None else f"{v + 0.0:.{self._decimals}f}"
                    painter.drawText(
                        QRectF(rect.left() + c * cell, rect.top() + r * cell, cell, cell),
                        Qt.AlignmentFlag.AlignCenter,
                        text,
                    )

    # ------------------------------------------------------------------ mouse

    def value_at(self, tile: int, row: int, col: int) -> float:
        return float(self._maps[tile, row, col])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position())
        if hit is None:
            QToolTip.hideText()
            return
        tile, row, col = hit
        value = self.value_at(tile, row, col)
        self.cellHovered.emit(tile, row, col, value)
        which = f"{self.tile_names} {tile}, " if self._maps.shape[0] > 1 else ""
        QToolTip.showText(
            event.globalPosition().toPoint(), f"{which}row {row}, column {col}: {value:.4f}", self
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.cell_at(event.position())
        if hit is not None:
            self.cellClicked.emit(*hit)


class ColorLegend(QWidget):
    """A horizontal colour bar with its low end, zero and high end labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale: ColorScale | None = None
        self._caption = ""
        self.setFixedHeight(34)
        self.setMinimumWidth(200)

    def set_scale(self, scale: ColorScale | None, caption: str = "") -> None:
        self._scale, self._caption = scale, caption
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._scale is None:
            return
        s = self._scale
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        bar = QRectF(40, 2, min(220.0, self.width() * 0.45), 12)
        ramp = np.linspace(s.low, s.high, 256)[np.newaxis]
        painter.drawImage(bar, rgba_to_qimage(s.rgba(ramp)))
        painter.setPen(QColor(style.CARD_BORDER))
        painter.drawRect(bar)
        painter.setPen(QColor(style.MUTED))
        below = QRectF(0, 16, 0, 14)

        def tick(value: float, text: str) -> None:
            x = bar.left() + (value - s.low) / ((s.high - s.low) or 1) * bar.width()
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 3))
            painter.drawText(
                QRectF(x - 40, below.top(), 80, below.height()), Qt.AlignmentFlag.AlignCenter, text
            )

        tick(s.low, fmt(s.low))
        tick(s.high, fmt(s.high))
        if s.low < 0 < s.high:
            tick(0.0, "0")
        painter.drawText(
            QRectF(bar.right() + 14, 0, self.width() - bar.right() - 14, 30),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self._caption,
        )
        painter.end()


# ----------------------------------------------------------------------------- export


def export_widget(widget: QWidget, path: str | Path) -> Path:
    """Write what ``widget`` shows to ``path``: PNG (``QWidget.grab``) or SVG (QSvgGenerator).

    Raises
    ------
    OSError
        If the file cannot be written.
    ValueError
        For a suffix other than .png or .svg.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        return path
    if suffix != ".svg":
        raise ValueError(f"{path.name}: export as .png or .svg")
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle("Convscope")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"cannot write {path}")
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return path
