"""How the Train tab is laid out: the settings on the left ("1 · Architecture", "2 · Training
settings"), which scroll, and the run on the right ("3 · Train" above the Learning curves,
Evaluation, Runs and Log views), side by side in a splitter the user can drag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.layouts import VerticalScrollArea
from gui.common.widgets import Card

# The settings column's starting width lies between these (the user may drag it).
SETTINGS_MIN_WIDTH, SETTINGS_MAX_WIDTH = 420, 560


def settings_column(architecture: QWidget, form: QWidget) -> QWidget:
    """The architecture card above the training settings' card."""
    hyper_card = Card(
        translate("train.layout", "2 · Training settings"),
        translate("train.layout", "Hover over a setting to see what it does."),
    )
    hyper_card.body.addWidget(form)
    left = QWidget()
    layout = QVBoxLayout(left)
    layout.setContentsMargins(0, 0, 6, 0)
    layout.setSpacing(12)
    layout.addWidget(architecture, 1)
    layout.addWidget(hyper_card)
    return left


def run_views(views: list[tuple[QWidget, str]]) -> QTabWidget:
    """The run's views, one tab each: (view, title)."""
    tabs = QTabWidget()
    for view, title in views:
        tabs.addTab(view, title)
    return tabs


def run_column(run_card: QWidget, views: QTabWidget) -> QWidget:
    """The run card above its views, which take the height to spare."""
    right = QWidget()
    layout = QVBoxLayout(right)
    layout.setContentsMargins(6, 0, 0, 0)
    layout.setSpacing(12)
    layout.addWidget(run_card)
    layout.addWidget(views, 1)
    return right


def side_by_side(tab: QWidget, left: QWidget, right: QWidget) -> QSplitter:
    """Lay ``left`` and ``right`` out in ``tab``, in a splitter, each scrolling on its own."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    # The settings scroll; the run, its curves and its buttons stay in view beside them.
    splitter.addWidget(VerticalScrollArea(left))
    # Fits a 1280x720 screen as it is; on a shorter one it scrolls rather than hide the
    # curves' lower half and the evaluation below the screen's edge.
    splitter.addWidget(VerticalScrollArea(right))
    # Dragged all the way, a side would vanish with its controls.
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([SETTINGS_MIN_WIDTH, 900])
    outer = QVBoxLayout(tab)
    outer.setContentsMargins(16, 14, 16, 14)
    outer.addWidget(splitter)
    return splitter


def size_columns(splitter: QSplitter) -> None:
    """Give the settings their starting share of the width."""
    # A third of the width for the settings, within bounds: on a 1280 px screen the
    # run's heading and buttons still share one line, on a 1920 px one the layer table
    # and the settings read whole. The user may drag the divider from there.
    total = sum(splitter.sizes())
    left = max(SETTINGS_MIN_WIDTH, min(SETTINGS_MAX_WIDTH, round(total * 0.32)))
    splitter.setSizes([left, max(1, total - left)])
