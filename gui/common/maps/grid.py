"""``MapGrid``: a stack of 2-D arrays (feature maps, filters, a window of numbers) as tiles.

The whole stack is colour-mapped with NumPy into one ``QImage`` per change (``colors``) and each
tile is a blit of part of it, so a layer with 64 maps repaints in about a millisecond. Cells can
be clicked and hovered, outlined, marked and revealed one by one (the sliding filter).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.common import style
from gui.common.a11y import KeyboardCursor, describe, set_text_equivalent
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.maps.colors import ColorScale, fmt, rgba_to_qimage
from model import i18n
from model.readout import maps_text

# What the tiles of a grid are (``MapGrid.tile_names``, in English as its callers name them):
# (one tile, the grid's accessible name), each translated where it is shown.
TILE_NAMES = {
    "map": (
        QT_TRANSLATE_NOOP("common.maps.grid", "map"),
        QT_TRANSLATE_NOOP("common.maps.grid", "Maps"),
    ),
    "filter": (
        QT_TRANSLATE_NOOP("common.maps.grid", "filter"),
        QT_TRANSLATE_NOOP("common.maps.grid", "Filters"),
    ),
    "input channel": (
        QT_TRANSLATE_NOOP("common.maps.grid", "input channel"),
        QT_TRANSLATE_NOOP("common.maps.grid", "Input channels"),
    ),
    "unit": (
        QT_TRANSLATE_NOOP("common.maps.grid", "unit"),
        QT_TRANSLATE_NOOP("common.maps.grid", "Units"),
    ),
    "channel": (
        QT_TRANSLATE_NOOP("common.maps.grid", "channel"),
        QT_TRANSLATE_NOOP("common.maps.grid", "Channels"),
    ),
    "row": (
        QT_TRANSLATE_NOOP("common.maps.grid", "row"),
        QT_TRANSLATE_NOOP("common.maps.grid", "Rows"),
    ),
}


def tile_name(names: str) -> str:
    """One tile of a grid of ``names`` ("filter"), in the learner's language."""
    known = TILE_NAMES.get(names)
    return translate("common.maps.grid", known[0]) if known else names


def tiles_title(names: str) -> str:
    """A grid of ``names`` ("filter") as its accessible name ("Filters")."""
    known = TILE_NAMES.get(names)
    return translate("common.maps.grid", known[1]) if known else f"{names.capitalize()}s"


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
        describe(self, tiles_title(tile_names), maps_text(None, tile_names))
        # The keyboard walks the cells of every tile as one tall grid: tile after tile.
        self.keys = KeyboardCursor(self, self._key_shape, self._on_key_activated, self._key_words)

    def _key_shape(self) -> tuple[int, int]:
        n, h, w = self._maps.shape
        return n * h, w

    def _key_cell(self) -> tuple[int, int, int]:
        row, col = self.keys.cell
        h = max(1, self._maps.shape[1])
        return (*divmod(row, h), col)

    def _on_key_activated(self, _row: int, _col: int) -> None:
        self.cellClicked.emit(*self._key_cell())
        self.update()

    def _key_words(self, _row: int, _col: int) -> str:
        tile, row, col = self._key_cell()
        self.update()  # the cursor moved
        return self._cell_words(tile, row, col, fmt(self.value_at(tile, row, col)))

    def _cell_words(self, tile: int, row: int, col: int, value: str) -> str:
        """ "filter 3, row 2, column 5: 0.42" (the tile only when there are several)."""
        if self._maps.shape[0] > 1:
            return translate(
                "common.maps.grid", "{tile} {n}, row {row}, column {col}: {number}"
            ).format(tile=tile_name(self.tile_names), n=tile, row=row, col=col, number=value)
        return translate("common.maps.grid", "row {row}, column {col}: {number}").format(
            row=row, col=col, number=value
        )

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
        set_text_equivalent(self, maps_text(maps, self.tile_names))
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
        if self.hasFocus():
            self._paint_key_cell(painter, cell)
        painter.end()
        self.painted += 1
        self.repainted.emit()

    def _paint_key_cell(self, painter: QPainter, cell: float) -> None:
        """The keyboard's cursor: the focus colour round the cell it is on."""
        tile, row, col = self._key_cell()
        if tile >= self._maps.shape[0]:
            return
        rect = self.tile_rect(tile)
        box = QRectF(rect.left() + col * cell, rect.top() + row * cell, cell, cell)
        painter.setPen(QPen(QColor(style.FOCUS), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(-2, -2, 2, 2))

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
                    text = (
                        fmt(v) if self._decimals is None else i18n.number(v + 0.0, self._decimals)
                    )
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
        QToolTip.showText(
            event.globalPosition().toPoint(),
            self._cell_words(tile, row, col, i18n.number(value, 4)),
            self,
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.cell_at(event.position())
        if hit is not None:
            self.cellClicked.emit(*hit)
