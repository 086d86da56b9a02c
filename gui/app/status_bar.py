"""The window's status bar: passing messages, and at its right what it knows of the model: a
busy bar while one loads, "Modified: …" while the Lab has changed its weights, and its name,
size and accuracy (Model ▸ Model Info… says more)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from gui.app.model_info import model_summary
from gui.common import style
from gui.common.i18n import translate
from gui.common.session import ModelSession
from model import i18n


class StatusBar(QStatusBar):
    """A status bar that follows the session's model: loading, loaded, saved, modified."""

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setSizeGripEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setToolTip(
            translate("app.status_bar", "Loading in the background; the app stays usable")
        )
        self.busy.hide()
        self.model_label = QLabel(model_summary(None))
        self.model_label.setToolTip(
            translate(
                "app.status_bar", "The model the Draw tab asks (Model ▸ Model Info… for more)"
            )
        )
        # Shown for as long as the current model's weights are edited in place (Lab ▸ Kernel
        # playground): every tab and a Save As use the edited weights.
        self.modified_label = QLabel()
        self.modified_label.setStyleSheet(f"color: {style.BAD}; font-weight: 600;")
        self.modified_label.setToolTip(
            translate(
                "app.status_bar",
                "The current model's weights were changed in the Lab. Every tab uses the changed "
                "network, and Save Model As… saves it as it is now. Undo the change there, or "
                "open the model again, to get the original back.",
            )
        )
        self.modified_label.hide()
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.modified_label)
        self.addPermanentWidget(self.model_label)
        session.loadingStarted.connect(self._on_session_loadingStarted)
        session.modelChanged.connect(self._on_session_modelChanged)
        session.loadFailed.connect(self._on_session_loadFailed)
        session.modelSaved.connect(self._on_session_modelSaved)
        session.modifiedChanged.connect(self._on_session_modifiedChanged)

    @Slot(str)
    def _on_session_loadingStarted(self, path: str) -> None:
        self.busy.show()
        self.showMessage(
            translate("app.status_bar", "Loading the model {name}…").format(name=Path(path).name)
        )

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self.busy.setVisible(self.session.loading)
        self.model_label.setText(model_summary(info))
        self.model_label.setToolTip(info.get("path", ""))
        if info.get("engine") == "tensorflow":
            # Rare: a file made elsewhere with a layer option NumPy does not reproduce.
            note = info.get("engine_note") or translate("app.status_bar", "runs on TensorFlow")
            self.showMessage(
                translate(
                    "app.status_bar", "Model “{name}” ready; it {note}, so it answers more slowly."
                ).format(name=info["name"], note=note),
                15000,
            )
        else:
            self.showMessage(
                translate("app.status_bar", "Model “{name}” ready (loaded in {seconds} s).").format(
                    name=info["name"], seconds=i18n.number(info["wall_seconds"], 1)
                ),
                8000,
            )

    @Slot(str, str, str)
    def _on_session_loadFailed(self, path: str, message: str, details: str) -> None:
        self.busy.setVisible(self.session.loading)

    @Slot(str)
    def _on_session_modelSaved(self, path: str) -> None:
        if self.session.modified:
            self.showMessage(
                translate(
                    "app.status_bar",
                    "Saved the modified model to {path}: its weights include your change "
                    "({change}).",
                ).format(path=path, change=self.session.modified),
                12000,
            )
        else:
            self.showMessage(
                translate("app.status_bar", "Saved the model to {path}.").format(path=path), 8000
            )

    @Slot(str)
    def _on_session_modifiedChanged(self, text: str) -> None:
        self.modified_label.setText(
            translate("app.status_bar", "Modified: {change}").format(change=text) if text else ""
        )
        self.modified_label.setVisible(bool(text))
