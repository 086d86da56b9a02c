"""The Train tab's "Draw and Inspect use the network while it trains": the check box, and which
network the other tabs read now (a snapshot of the run, or a model from a file).

While it is checked, every weight snapshot the run sends (every few hundred batches and at
each epoch's end) becomes the session's current model, so drawing reads the network as it
learns; the model worker builds the network the snapshots fill as the run starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.session import ModelSession
from gui.common.widgets import label

# As the run card's own rows (``Card.body``) are spaced.
SPACING = 8


class FollowRow(QWidget):
    """The check box and a line naming the network Draw and Inspect use.

    Signals
    -------
    statusReported(str)
        A snapshot became the current model.
    """

    statusReported = Signal(str)

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.follow = QCheckBox(
            translate("train.follow", "Draw and Inspect use the network while it trains")
        )
        self.follow.setToolTip(
            translate(
                "train.follow",
                "Every few hundred batches and at each epoch's end, a copy of "
                "the weights becomes the current model of the other tabs",
            )
        )
        self.snapshot_text = label("", "caption")
        self._on = True  # mirrors the box, for the training worker's thread
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        row.addWidget(self.follow)
        row.addWidget(self.snapshot_text, 1)
        self.follow.toggled.connect(self._on_follow_toggled)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        session.modelChanged.connect(self._on_session_modelChanged)

    def set_on(self, on: bool) -> None:
        """Check or uncheck the box."""
        self.follow.setChecked(on)
        self._on = on

    @Slot(object, object)
    def apply(self, weights: list, info: dict[str, Any]) -> None:
        """Make a run's snapshot (``TrainingWorker.snapshotTaken``) the current model, if the
        box is checked."""
        if self.follow.isChecked():
            self.session.apply_snapshot(
                info["spec"], weights, {k: v for k, v in info.items() if k != "spec"}
            )

    def prepare(self, spec: list[dict], run: int) -> None:
        """As run ``run`` starts (in the training worker's thread): let the model worker build
        and trace the network the snapshots will fill while the first batches train in the
        child process, so the first snapshot shows at once. Nothing waits for it."""
        if self._on:
            self.session.prepare_snapshot_model(spec, {"run": run})

    @Slot(bool)
    def _on_follow_toggled(self, on: bool) -> None:
        self._on = on

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        if "snapshot" in info:
            return  # a run's snapshot: snapshotApplied names it
        # A model from a file (Open, Open Default Model, "Use this model"): the run's
        # snapshot no longer is what Draw and Inspect show.
        name = info.get("name") or translate("train.follow", "a model")
        text = (
            translate("train.follow", "Draw and Inspect use “{name}” ({filename})").format(
                name=name, filename=Path(info["path"]).name
            )
            if info.get("path")
            else translate("train.follow", "Draw and Inspect use “{name}”").format(name=name)
        )
        self.snapshot_text.setText(text)

    @Slot(object)
    def _on_session_snapshotApplied(self, info: dict) -> None:
        text = translate("train.follow", "Draw and Inspect use run {runno}: {text}").format(
            runno=info.get("run", "?"), text=info["text"]
        )
        self.snapshot_text.setText(text)
        self.statusReported.emit(text)
