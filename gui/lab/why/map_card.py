"""The map card of "Why this answer": a headline, the map over the digit and alone, and its
colour scale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from gui.common.heat_view import HeatView
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.maps.legend import ColorLegend
from gui.common.widgets import GRID, Card, label

if TYPE_CHECKING:
    from gui.lab.why.page import SaliencyPage

# What the colour scale measures, by method: {cls} is the digit being explained.
# Translated where they are shown: translate("lab.why.map_card", LEGEND[method]).
LEGEND = {
    "gradcam": QT_TRANSLATE_NOOP("lab.why.map_card", "how much it raised the score of {cls}"),
    "gradient": QT_TRANSLATE_NOOP("lab.why.map_card", "how much the score of {cls} reacts"),
    "occlusion": QT_TRANSLATE_NOOP("lab.why.map_card", "% points {cls} loses when hidden"),
}


def build_map_card(page: SaliencyPage) -> Card:
    """The card's parts, made attributes of ``page``: ``headline``, ``subline``,
    ``overlay_view`` (the map over the digit), ``map_view`` (the map alone) and ``legend``."""
    page.headline = label("", "heading")
    page.subline = label("", "muted", wrap=True)
    page.overlay_view = HeatView(over_digit=True)
    page.overlay_view.setToolTip(
        translate(
            "lab.why.map_card", "Your digit as the network sees it ({grid}), map on top"
        ).format(grid=GRID)
    )
    page.map_view = HeatView(over_digit=False)
    page.map_view.setToolTip(
        translate("lab.why.map_card", "The map alone, in the colours of the scale below")
    )
    page.legend = ColorLegend()
    views = QHBoxLayout()
    views.setSpacing(18)
    for view, words in (
        (
            page.overlay_view,
            translate("lab.why.map_card", "Your digit ({grid}) with the map on top").format(
                grid=GRID
            ),
        ),
        (page.map_view, translate("lab.why.map_card", "The map alone")),
    ):
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(view)
        caption = label(words, "caption")
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # under the centred map
        column.addWidget(caption)
        views.addLayout(column)
    card = Card()
    card.body.addWidget(page.headline)
    card.body.addWidget(page.subline)
    card.body.addLayout(views, 1)
    card.body.addWidget(page.legend)
    # Once the maps are as large as their width allows, the rest stays below them.
    card.body.addStretch(0)
    return card
