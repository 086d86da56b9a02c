"""The bar above the layer strip that replays the last training run on your digit.

After a run on the Train tab the session keeps snapshots of its weights
(``gui.common.snapshots``); dragging the slider shows the maps, the filters and the answer as
they were at that moment, "Latest" goes back to the newest weights. Hidden until there is a run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QSlider, QToolButton, QWidget

from gui.common.i18n import translate
from gui.common.session import ModelSession
from gui.common.widgets import label


class ReplayBar(QWidget):
    """Where in the run the weights shown are from, a slider over the run's snapshots and a
    Latest button; it follows the session's timeline and asks the session for a snapshot."""

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.label = label("", "muted")
        self.label.setMinimumWidth(280)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setToolTip(
            translate(
                "inspect.layers.replay_bar",
                "Drag to see the maps and filters as they were at that moment of the last "
                "training run, for the digit you drew",
            )
        )
        self.latest_button = QToolButton()
        self.latest_button.setText(translate("inspect.layers.replay_bar", "Latest"))
        self.latest_button.setToolTip(
            translate("inspect.layers.replay_bar", "Back to the newest weights of the run")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(10)
        row.addWidget(self.label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.latest_button)
        self.slider.valueChanged.connect(self._on_slider_valueChanged)
        self.latest_button.clicked.connect(self._on_latest_button_clicked)
        session.timelineChanged.connect(self.show_timeline)

    @Slot()
    def show_timeline(self) -> None:
        """Show the session's run: its snapshots, the one shown being ``replaying`` (None: the
        latest weights); hidden when there is none. (Call it once the bar is in its window:
        a widget shown before it has a parent opens as a window of its own.)"""
        timeline, replaying = self.session.timeline, self.session.replaying
        self.setVisible(len(timeline) > 0)
        if not len(timeline):
            return
        index = len(timeline) - 1 if replaying is None else replaying
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(timeline) - 1)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        if replaying is not None:
            text = translate("inspect.layers.replay_bar", "Replay training: {moment}")
        else:
            text = translate("inspect.layers.replay_bar", "Replay training: {moment} (latest)")
        self.label.setText(text.format(moment=timeline[index].text()))
        self.latest_button.setEnabled(replaying is not None)

    @Slot(int)
    def _on_slider_valueChanged(self, index: int) -> None:
        self.session.show_snapshot(index)

    @Slot()
    def _on_latest_button_clicked(self) -> None:
        self.session.show_latest()
