"""The "Robustness curves" card of the Robustness lab: measure both networks' accuracy on test
digits moved and turned further and further, and plot it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QProgressBar, QPushButton

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import Card, label
from gui.lab.robustness.plot import RobustnessPlot
from model import i18n

if TYPE_CHECKING:
    from gui.lab.robustness.page import RobustnessPage

SAMPLE_SIZES = (200, 500, 1000, 2000)

EXPLANATION = QT_TRANSLATE_NOOP(
    "lab.robustness.curves_card",
    "<b>Why the CNN copes better with moves.</b> A convolution filter is one small detector "
    "slid over every position of the picture, so a stroke moved two pixels still lights up "
    "the same filter, just two places further along. Max pooling then keeps only the strongest "
    "response in each small window, so a small move often changes nothing at all once pooled. "
    "A plain dense network has neither: each of its weights belongs to one fixed pixel, so a "
    "digit moved a few pixels lands on weights that never saw ink there in training. Large "
    "turns defeat both, because the strokes themselves point elsewhere: networks learn to "
    "tolerate those only from turned training digits (the <i>best</i> preset's augmentation).",
)


def build_curves_card(page: RobustnessPage) -> Card:
    """The card's parts, made attributes of ``page`` (which connects them): ``curve_button``,
    ``cancel_button``, ``sample_box`` (how many test digits), ``progress``, ``curve_status``,
    ``plot`` and ``explanation``."""
    card = Card(
        translate("lab.robustness.curves_card", "Robustness curves"),
        translate(
            "lab.robustness.curves_card",
            "A sample of MNIST test digits, moved further and further (each in its own random "
            "direction) and turned further and further: how many does each network still read "
            "correctly?",
        ),
    )
    card.body.addLayout(_run_row(page))
    page.plot = RobustnessPlot()
    # A small, finished figure: zooming and panning would only get in the way.
    page.plot.toolbar.setVisible(False)
    page.explanation = label(
        translate("lab.robustness.curves_card", EXPLANATION), "muted", wrap=True
    )
    page.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    style.on_zoom(
        page.explanation,
        lambda w: (w.setMinimumWidth(style.zoomed(260)), w.setMaximumWidth(style.zoomed(340))),
    )
    plot_row = QHBoxLayout()
    plot_row.setSpacing(16)
    plot_row.addWidget(page.plot, 1)
    plot_row.addWidget(page.explanation)
    card.body.addLayout(plot_row, 1)
    return card


def _run_row(page: RobustnessPage) -> QHBoxLayout:
    page.curve_button = QPushButton(
        translate("lab.robustness.curves_card", "Measure robustness curves")
    )
    page.curve_button.setObjectName("primary")
    page.cancel_button = QPushButton(translate("lab.robustness.curves_card", "Cancel"))
    page.cancel_button.setEnabled(False)
    page.sample_box = QComboBox()
    for n in SAMPLE_SIZES:
        page.sample_box.addItem(
            translate("lab.robustness.curves_card", "{n} test digits").format(n=i18n.integer(n)), n
        )
    sample = page.page_settings.sample
    page.sample_box.setCurrentIndex(
        SAMPLE_SIZES.index(sample) if sample in SAMPLE_SIZES else SAMPLE_SIZES.index(1000)
    )
    page.sample_box.setToolTip(
        translate("lab.robustness.curves_card", "More digits: smoother curves, a longer wait")
    )
    page.progress = QProgressBar()
    page.progress.setTextVisible(False)
    page.progress.setVisible(False)
    page.curve_status = label("", "muted")
    row = QHBoxLayout()
    row.addWidget(page.curve_button)
    row.addWidget(page.cancel_button)
    row.addWidget(page.sample_box)
    row.addWidget(page.progress)
    row.addWidget(page.curve_status, 1)
    return row
