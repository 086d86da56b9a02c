"""The Kernel playground's bottom card, "Switch off a filter of the network": a banner saying
whether the network is changed, the chosen layer's filters as tiles, the chosen filter's
weights with Switch off / Use these weights / Undo / Undo all, and the network before and
after (the filter's map, the answer, the test accuracy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.layouts import ReflowRow
from gui.common.maps.grid import MapGrid
from gui.common.widgets import Card, label
from gui.lab.kernels.kernel_grid import KernelGrid
from gui.lab.kernels.widgets import framed
from model.i18n import integer

if TYPE_CHECKING:
    from gui.lab.kernels.page import KernelPage

# The largest side of a filter's tile, and the sides of the before/after maps.
TILE_MAX = 96
COMPARE_MIN, COMPARE_MAX = 80, 170


def banner_style(modified: bool) -> str:
    """The banner's look: a warning while the network is modified (the theme's colours)."""
    if modified:
        return (
            f"color: {style.BAD}; font-weight: 600; background: {style.WARN_SOFT}; "
            f"border: 1px solid {style.WARN_BORDER}; border-radius: 6px; padding: 6px 8px;"
        )
    return (
        f"color: {style.MUTED}; background: {style.WINDOW}; "
        f"border: 1px solid {style.CARD_BORDER}; border-radius: 6px; padding: 6px 8px;"
    )


def build_knockout_card(page: KernelPage) -> Card:
    """The card's parts, made attributes of ``page`` (which connects them): ``banner``,
    ``layer_box``, ``tiles`` and ``tiles_caption`` (choosing a filter), ``filter_title``,
    ``filter_grid``, ``filter_note``, ``off_button``, ``apply_button``, ``undo_button``,
    ``undo_all_button`` and ``status`` (changing it), ``map_before``, ``map_after``,
    ``answer_before``, ``answer_after``, ``accuracy_before``, ``accuracy_after`` and
    ``compare_note`` (before and after); ``knockout_panel`` holds all but the banner, and
    ``no_conv`` says why there is nothing to switch off."""
    card = Card(
        translate("lab.kernels.knockout_card", "Switch off a filter of the network"),
        translate(
            "lab.kernels.knockout_card",
            "Each filter of a trained convolution learned to find one pattern. Switch one off "
            "(all its weights become 0, so its feature map goes dark) or give it your own "
            "weights, and see what the network loses: its answer for your digit, and its "
            "accuracy on {n} test digits.",
        ).format(n=integer(page.accuracy_digits)),
    )
    # Always shown, saying whether the network is changed, with room for two lines of
    # either message: a banner that came and went (or changed height) with each change
    # and Undo moved everything below it up and down.
    page.banner = label("", None, wrap=True)
    bold = QFont(page.banner.font())
    bold.setWeight(QFont.Weight.DemiBold)
    # 6 px padding and a 1 px border above and below, and a little to spare.
    page.banner.setMinimumHeight(2 * QFontMetrics(bold).lineSpacing() + 20)
    picker = _picker(page)
    edit_and_compare = QWidget()
    pair = QHBoxLayout(edit_and_compare)
    pair.setContentsMargins(0, 0, 0, 0)
    pair.setSpacing(18)
    pair.addWidget(_editor(page))
    pair.addLayout(_comparison(page), 1)
    # The filters beside the editor when there is room, above it when not.
    page.knockout_panel = ReflowRow([picker, edit_and_compare], [3, 4], spacing=18)
    page.no_conv = label("", "muted", wrap=True)
    card.body.addWidget(page.banner)
    card.body.addWidget(page.knockout_panel)
    card.body.addWidget(page.no_conv)
    return card


def _picker(page: KernelPage) -> QWidget:
    """The layer to choose from, and its filters' maps on the digit as tiles to click."""
    page.layer_box = QComboBox()
    page.layer_box.setToolTip(
        translate("lab.kernels.knockout_card", "Which convolution layer's filters to choose from")
    )
    page.layer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    page.tiles = MapGrid(min_size=QSize(240, 120), tile_names="filter")
    page.tiles.follow_width(TILE_MAX)
    page.tiles_caption = label("", "caption", wrap=True)
    picker = QVBoxLayout()
    picker.setSpacing(6)
    layer_row = QHBoxLayout()
    layer_row.addWidget(label(translate("lab.kernels.knockout_card", "Layer"), "muted"))
    layer_row.addWidget(page.layer_box)
    layer_row.addStretch(1)
    picker.addLayout(layer_row)
    picker.addWidget(page.tiles, 1)
    picker.addWidget(page.tiles_caption)
    box = QWidget()
    box.setLayout(picker)
    picker.setContentsMargins(0, 0, 0, 0)
    return box


def _editor(page: KernelPage) -> QWidget:
    """The chosen filter's weights, and the buttons that change the network."""
    page.filter_title = label("", "labTitle")
    page.filter_grid = KernelGrid(3, cell=46)
    page.filter_note = label("", "caption", wrap=True)
    page.off_button = QPushButton(translate("lab.kernels.knockout_card", "Switch off"))
    page.off_button.setObjectName("primary")
    # The app's style sheet gives primary buttons no disabled look of their own.
    style.themed_style_sheet(
        page.off_button,
        lambda: (
            f"QPushButton#primary:disabled {{ background: {style.DISABLED_BORDER}; "
            f"border-color: {style.DISABLED_BORDER}; color: {style.DISABLED}; }}"
        ),
    )
    page.off_button.setToolTip(
        translate("lab.kernels.knockout_card", "Set every weight and the bias of this filter to 0")
    )
    page.apply_button = QPushButton(translate("lab.kernels.knockout_card", "Use these weights"))
    page.apply_button.setToolTip(
        translate("lab.kernels.knockout_card", "Give this filter the weights typed in the grid")
    )
    page.undo_button = QPushButton(translate("lab.kernels.knockout_card", "Undo"))
    page.undo_button.setToolTip(
        translate("lab.kernels.knockout_card", "Take back the last change to the network")
    )
    page.undo_all_button = QPushButton(translate("lab.kernels.knockout_card", "Undo all"))
    page.undo_all_button.setToolTip(
        translate(
            "lab.kernels.knockout_card", "Give the network back every filter as it was trained"
        )
    )
    editor = QVBoxLayout()
    editor.setSpacing(6)
    editor.addWidget(page.filter_title)
    editor.addWidget(page.filter_grid, 0, Qt.AlignmentFlag.AlignLeft)
    editor.addWidget(page.filter_note)
    buttons = QGridLayout()
    buttons.setSpacing(6)
    buttons.addWidget(page.off_button, 0, 0)
    buttons.addWidget(page.apply_button, 0, 1)
    buttons.addWidget(page.undo_button, 1, 0)
    buttons.addWidget(page.undo_all_button, 1, 1)
    editor.addLayout(buttons)
    page.status = label("", "caption", wrap=True)
    editor.addWidget(page.status)
    editor.addStretch(1)
    box = QWidget()
    box.setLayout(editor)
    style.zoomed_fixed_size(box, width=280)
    return box


def _comparison(page: KernelPage) -> QVBoxLayout:
    """The network as trained beside the network now: the filter's map, answer, accuracy."""
    page.map_before = MapGrid(min_size=QSize(COMPARE_MIN, COMPARE_MIN), gap=0)
    page.map_after = MapGrid(min_size=QSize(COMPARE_MIN, COMPARE_MIN), gap=0)
    for view in (page.map_before, page.map_after):
        view.follow_width(COMPARE_MAX)
    page.answer_before = label("–", "verdict")
    page.answer_after = label("–", "verdict")
    for answer in (page.answer_before, page.answer_after):
        answer.setTextFormat(Qt.TextFormat.RichText)
    page.accuracy_before = label("–", "labTitle")
    page.accuracy_after = label("–", "labTitle")
    grid = QGridLayout()
    grid.setHorizontalSpacing(18)
    grid.setVerticalSpacing(4)
    heads = (
        (1, translate("lab.kernels.knockout_card", "As trained")),
        (2, translate("lab.kernels.knockout_card", "Now")),
    )
    for col, text in heads:
        head = label(text, "labTitle")
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(head, 0, col)
    grid.addWidget(
        label(translate("lab.kernels.knockout_card", "This filter's map\non your digit"), "muted"),
        1,
        0,
    )
    grid.addWidget(framed(page.map_before), 1, 1)
    grid.addWidget(framed(page.map_after), 1, 2)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(2, 1)
    grid.addWidget(label(translate("lab.kernels.knockout_card", "Answer"), "muted"), 2, 0)
    grid.addWidget(page.answer_before, 2, 1, Qt.AlignmentFlag.AlignCenter)
    grid.addWidget(page.answer_after, 2, 2, Qt.AlignmentFlag.AlignCenter)
    digits = translate("lab.kernels.knockout_card", "Accuracy on\n{n} test digits").format(
        n=integer(page.accuracy_digits)
    )
    grid.addWidget(label(digits, "muted"), 3, 0)
    grid.addWidget(page.accuracy_before, 3, 1, Qt.AlignmentFlag.AlignCenter)
    grid.addWidget(page.accuracy_after, 3, 2, Qt.AlignmentFlag.AlignCenter)
    page.compare_note = label("", "caption", wrap=True)
    box = QVBoxLayout()
    box.addLayout(grid)
    box.addWidget(page.compare_note)
    box.addStretch(1)
    return box
