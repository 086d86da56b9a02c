"""The Draw tab's "How your drawing became 28 × 28": the four preprocessing steps as small
pictures with captions (find the ink, crop, shrink to 20 px, centre by mass), after a photo's
cleaning steps when a photo is on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.pixel_view import PixelView
from gui.common.widgets import GRID, TextView, label

# Where preprocessing puts the centre of mass, in pixel-edge coordinates of the 28x28 frame
# (model.data.preprocess.MNIST_CENTRE is a pixel index; its pixel's centre is half a pixel further).
_CENTRE_MARK = 14.5
# The sides of the four step pictures: smallest and largest.
STEP_MIN, STEP_MAX = 48, 96


class PreprocessSteps(QWidget):
    """The four steps from drawing to network input, as small pictures with captions."""

    STEPS = (
        (
            QT_TRANSLATE_NOOP("draw.preparation_steps", "1 · Your ink"),
            QT_TRANSLATE_NOOP(
                "draw.preparation_steps",
                "The drawing as ink intensity; the blue box is the ink's extent.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("draw.preparation_steps", "2 · Cropped"),
            QT_TRANSLATE_NOOP(
                "draw.preparation_steps",
                "Everything outside the box is cut away, so position does not matter.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("draw.preparation_steps", "3 · Scaled"),
            QT_TRANSLATE_NOOP(
                "draw.preparation_steps",
                "The longer side is shrunk to 20 pixels, keeping the shape.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("draw.preparation_steps", "4 · Centred"),
            QT_TRANSLATE_NOOP(
                "draw.preparation_steps",
                "Placed in {grid} so its centre of mass (orange cross) is in the "
                "middle, exactly as the MNIST digits were prepared.",
            ),
        ),
    )

    # A photo's or a scan's extra steps (``model.data.preprocess.Stage``), shown above the four.
    MAX_STAGES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # They shrink for a small window and grow for a large one; the last shows the grid.
        # Their preferred size is their least: how tall the steps are never depends on
        # whether they were shown yet, so opening them moves nothing around them.
        self.views = [
            PixelView(STEP_MIN, grid=(i == 3), minimum=STEP_MIN, maximum=STEP_MAX) for i in range(4)
        ]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.stages = QWidget()
        stage_row = QHBoxLayout(self.stages)
        stage_row.setContentsMargins(0, 2, 0, 0)
        stage_row.setSpacing(6)
        self.stage_views: list[tuple[PixelView, object]] = []
        for _ in range(self.MAX_STAGES):
            column = QVBoxLayout()
            column.setSpacing(4)
            view = PixelView(STEP_MIN, minimum=STEP_MIN, maximum=STEP_MAX)
            caption = label("", "caption")
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(caption)
            stage_row.addLayout(column)
            self.stage_views.append((view, caption))
        stage_row.addStretch(1)
        self.stages.setVisible(False)
        outer.addWidget(self.stages)
        steps = QWidget()
        outer.addWidget(steps)
        grid = QGridLayout(steps)
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(4)
        for i, (view, (title, tip)) in enumerate(zip(self.views, self.STEPS)):
            tip = translate("draw.preparation_steps", tip).format(grid=GRID)
            view.setToolTip(tip)
            caption = label(translate("draw.preparation_steps", title), "caption")
            caption.setToolTip(tip)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(view, 0, 2 * i)
            grid.addWidget(caption, 1, 2 * i)
            grid.setColumnStretch(2 * i, 1)
            if i < 3:
                arrow = label("→", "muted")
                grid.addWidget(arrow, 0, 2 * i + 1, Qt.AlignmentFlag.AlignCenter)
        self.note = TextView(2, 11, colour=style.MUTED)
        grid.addWidget(self.note, 2, 0, 1, 8)
        # Once the pictures reach their largest, the rest of the width stays empty at the right.
        grid.setColumnStretch(7, 1)

    def show_steps(self, pre) -> None:
        """Show a ``model.data.preprocess.Preprocessed`` (or nothing, for None)."""
        stages = () if pre is None else pre.stages[: self.MAX_STAGES]
        for i, (view, caption) in enumerate(self.stage_views):
            shown = i < len(stages)
            view.setVisible(shown)
            caption.setVisible(shown)
            if shown:
                view.set_array(stages[i].image)
                caption.setText(f"{chr(ord('a') + i)} · {stages[i].title}")
                view.setToolTip(stages[i].caption)
                caption.setToolTip(stages[i].caption)
        self.stages.setVisible(bool(stages))
        if pre is None or pre.blank:
            for view in self.views:
                view.set_array(None)
                view.set_box(None)
                view.set_marker(None)
            self.note.set_text(
                translate("draw.preparation_steps", "Nothing to prepare: the canvas is empty.")
            )
            return
        self.views[0].set_array(pre.ink)
        self.views[0].set_box(pre.bbox)
        self.views[1].set_array(pre.cropped)
        self.views[2].set_array(pre.scaled)
        self.views[3].set_array(pre.input)
        self.views[3].set_marker((_CENTRE_MARK, _CENTRE_MARK))
        h, w = pre.cropped.shape
        sh, sw = pre.scaled.shape
        note = translate(
            "draw.preparation_steps",
            "Crop {w} × {h} px → scaled to {sw} × {sh} → placed at row {row}, "
            "column {column} of {grid}.",
        ).format(w=w, h=h, sw=sw, sh=sh, row=pre.offset[0], column=pre.offset[1], grid=GRID)
        if pre.inverted:
            note += " " + translate(
                "draw.preparation_steps",
                "Dark ink on light paper was inverted first: the network expects white "
                "ink on black.",
            )
        self.note.set_text(note)
