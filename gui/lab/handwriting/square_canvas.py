"""``SquareCanvas``: the page's drawing canvas, as tall as it is wide."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common.canvas import DrawCanvas

CANVAS_MAX = 600


class SquareCanvas(DrawCanvas):
    """The drawing canvas, as tall as it is wide (up to ``CANVAS_MAX``): no empty bands above
    and below the square."""

    def __init__(self, parent: QWidget | None = None, pen_width: int = 22) -> None:
        super().__init__(parent, pen_width)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Up to a size that leaves the rest of the page on a large screen; wider than that,
        # the drawing square is centred.
        return min(width, CANVAS_MAX)
