"""The Inspect tab: the guided tour above one full-width view at a time.

The views (``gui.inspect.views``) are "Layers" (``gui.inspect.layers``: follow your digit
through the network, layer by layer) and three comparisons: "Two digits"
(``gui.inspect.two_digits``), "Two networks" (``gui.inspect.two_networks``) and "What each layer
knows" (``gui.inspect.knows``). The tour (``gui.inspect.tour``) walks through the ideas of a CNN
on the Layers view; "Export view…" saves the view shown as a picture (``gui.inspect.export``),
"Export for slides…" animations and the lesson handout (``gui.common.export_dialog``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from gui.common.export_dialog import ExportDialog
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.inspect.export import export_widget
from gui.inspect.layers.inspector import LayerInspector
from gui.inspect.tour import STEPS, GuidedTour
from gui.inspect.tour_keys import TourKeys
from gui.inspect.views import LAYERS, InspectViews


class InspectTab(ConvscopeTab):
    """The guided tour above the layer inspector, with export of what is shown."""

    key = "inspect"
    title = QT_TRANSLATE_NOOP("inspect.tab", "Inspect")
    tooltip = QT_TRANSLATE_NOOP(
        "inspect.tab", "Follow your drawing through the network, layer by layer"
    )

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.tour = GuidedTour()
        self.inspector = LayerInspector(session)
        # The layers and, beside them, the comparisons: one full-width view at a time.
        self.views = InspectViews(session, settings, self.inspector)
        self.export_button = QToolButton()
        self.export_button.setText(translate("inspect.tab", "Export view…"))
        self.export_button.setToolTip(
            translate("inspect.tab", "Save what the inspector shows as a PNG or SVG picture")
        )
        self.export_button.clicked.connect(self.choose_export)
        self.slides_button = QToolButton()
        self.slides_button.setText(translate("inspect.tab", "Export for slides…"))
        self.slides_button.setToolTip(
            translate(
                "inspect.tab",
                "Save an animation (the filter sliding, the training replay, a robustness sweep) "
                "or a one-page lesson handout",
            )
        )
        self.slides_button.clicked.connect(self.open_slides_export)
        self.slides_dialog: ExportDialog | None = None
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(self.views.button_row)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.slides_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tour)
        layout.addWidget(self.views, 1)
        self.tour.stepChanged.connect(self._on_tour_stepChanged)
        self.tour_keys = TourKeys(self.tour, self)
        self.inspector.errorReported.connect(self.errorReported)
        self.views.errorReported.connect(self.errorReported)
        self.views.statusReported.connect(self.statusReported)
        self.views.viewChanged.connect(self._on_views_viewChanged)
        session.modelChanged.connect(self._on_session_modelChanged)

    def export(self, path: str | Path) -> Path:
        """Write the view as shown (the layers, or a comparison) to ``path`` (.png or .svg)."""
        return export_widget(self.views.stack.currentWidget(), path)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("inspect.tab", "Export the view"),
            "convscope-inspect.png",
            translate("inspect.tab", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        try:
            saved = self.export(path)
            self.statusReported.emit(translate("inspect.tab", "Saved {path}").format(path=saved))
        except (OSError, ValueError) as exc:
            self.errorReported.emit(
                translate("inspect.tab", "Could not export the view"), str(exc), ""
            )

    def open_slides_export(self) -> ExportDialog:
        """Open "Export for slides…" (one dialog, kept between uses)."""
        if self.slides_dialog is None:
            self.slides_dialog = ExportDialog(self.session, self)
            self.slides_dialog.exported.connect(
                lambda path: self.statusReported.emit(
                    translate("inspect.tab", "Saved {path}").format(path=path)
                )
            )
        # The filter the inspector shows is the one to slide.
        self.slides_dialog.follow_filter(self.inspector.layer, self.inspector.channel)
        self.slides_dialog.show()
        self.slides_dialog.raise_()
        return self.slides_dialog

    @Slot(int)
    def _on_tour_stepChanged(self, index: int) -> None:
        if index < 0:
            self._on_views_viewChanged(self.views.current_key)
            return
        key = STEPS[index].key
        # "What each layer knows" has a view of its own; every other step is about the layers.
        self.views.show_view("knows" if key == "knows" else LAYERS)
        if key != "knows":
            self.inspector.show_tour_step(key)

    @Slot(str)
    def _on_views_viewChanged(self, key: str) -> None:
        # The tour is about the layers (and what they know): the comparisons get its room.
        self.tour.setVisible(key == LAYERS or (key == "knows" and self.tour.index >= 0))

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self.tour.set_has_conv(any(x["type"] == "Conv2D" for x in info.get("layers", [])))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Every layer's output costs ~3x a plain prediction: only while someone looks at them.
        self.session.set_activations_wanted(True)
        self.views.set_visible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.inspector.pages.conv.stop()
        self.session.set_activations_wanted(False)
        self.views.set_visible(False)

    def save_settings(self) -> None:
        self.views.save_settings()

    def shutdown(self, timeout_ms: int) -> bool:
        return self.views.shutdown(timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Shown as a window of its own (the tests do): its views' threads end with it, as the
        # main window's close ends them through ``shutdown``.
        self.views.shutdown(2000)
        super().closeEvent(event)
