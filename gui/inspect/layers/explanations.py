"""The tabs on the right of Inspect › Layers, each one step of a CNN taken apart on your digit.

Tab title -> key -> panel (``gui.inspect.layers.panels``):

- "This value" -> ``explain``: ``conv_value`` (a convolution's value: window × weights, sum,
  bias, activation), ``pool_value`` (a pooled value: its window and winner), or ``layer_info``
  (a sentence about a layer with nothing to click);
- "ReLU" -> ``relu``; "Shift" -> ``shift``; "Top patches" -> ``patches``; "Decide" ->
  ``decide``; "Pixels in a row" -> ``unroll``.

``ExplanationTabs`` builds them, each in a page that scrolls up and down only; the layer
inspector hands them what the model worker computed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.common.i18n import translate
from gui.common.layouts import CurrentPageStack, VerticalScrollArea
from gui.common.maps.colors import ColorScale
from gui.inspect.layers.panels.conv_value import ConvExplanationPanel
from gui.inspect.layers.panels.decide import DecisionPanel
from gui.inspect.layers.panels.layer_info import InfoPanel
from gui.inspect.layers.panels.pixels_in_a_row import UnrollPanel
from gui.inspect.layers.panels.pool_value import PoolExplanationPanel
from gui.inspect.layers.panels.relu import ReluPanel
from gui.inspect.layers.panels.shift import ShiftDemoPanel
from gui.inspect.layers.panels.top_patches import TopPatchesPanel
from gui.inspect.layers.stories import relu_note


class ExplanationTabs(QTabWidget):
    """The six explanation tabs; ``page()`` is the key of the one shown (see above)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = InfoPanel()
        self.conv = ConvExplanationPanel()
        self.pool = PoolExplanationPanel()
        # As tall as the explanation shown: a short one does not scroll as far as the longest.
        self.explain_stack = CurrentPageStack()
        for page in (self.info, self.conv, self.pool):
            self.explain_stack.addWidget(page)
        self.relu = ReluPanel()
        self.shift = ShiftDemoPanel()
        self.patches = TopPatchesPanel()
        self.decide = DecisionPanel()
        self.unroll = UnrollPanel()
        self.setDocumentMode(True)
        # Six tabs in a half-width panel: with the app's wide tab padding the last ones hid
        # behind scroll arrows at 1400 px.
        self.setStyleSheet("QTabBar::tab { padding: 8px 9px; margin-right: 2px; }")
        for key, widget, title in (
            ("explain", self.explain_stack, translate("inspect.layers.explanations", "This value")),
            ("relu", self.relu, "ReLU"),
            ("shift", self.shift, translate("inspect.layers.explanations", "Shift")),
            ("patches", self.patches, translate("inspect.layers.explanations", "Top patches")),
            ("decide", self.decide, translate("inspect.layers.explanations", "Decide")),
            ("unroll", self.unroll, translate("inspect.layers.explanations", "Pixels in a row")),
        ):
            # Up and down only: a sideways scroll bar hid the right end of the explanations.
            scroll = VerticalScrollArea(widget)
            scroll.setObjectName(key)
            self.addTab(scroll, title)

    def page(self) -> str:
        """The key of the tab shown (see ``PAGES``)."""
        return self.currentWidget().objectName()

    def set_page(self, key: str) -> None:
        """Show the tab ``key``."""
        for i in range(self.count()):
            if self.widget(i).objectName() == key:
                self.setCurrentIndex(i)
                return

    def show_info(self, heading: str, text: str) -> None:
        """Make "This value" a heading and a paragraph (for a layer with nothing to click)."""
        self.explain_stack.setCurrentWidget(self.info)
        self.info.show_text(heading, text)

    def show_conv_value(
        self,
        r: dict[str, Any],
        image: np.ndarray,
        source: str,
        feature_map: np.ndarray | None,
        scale: ColorScale,
    ) -> None:
        """Show a convolution's value taken apart (``jobs.explain_value``); ``source`` is the
        layer it reads, ``feature_map`` the whole map it belongs to (in ``scale``)."""
        if feature_map is not None and not self.conv.slide_button.isChecked():
            self.conv.set_feature_map(feature_map, scale)
        self.conv.show_result(r, image, source)
        self.explain_stack.setCurrentWidget(self.conv)

    def show_pool_value(self, r: dict[str, Any], previous: np.ndarray, pooled: np.ndarray) -> None:
        """Show a pooled value (``jobs.explain_value``) with the channel's map before and after."""
        self.pool.show_result(r, previous, pooled)
        self.explain_stack.setCurrentWidget(self.pool)

    def show_relu(self, r: dict[str, Any]) -> None:
        """Show a map before and after ReLU (``jobs.relu_maps``)."""
        note = relu_note(r["layer"], r["relu_layer"])
        self.relu.show_maps(r["layer"], r["channel"], r["pre"], r["post"], note)
