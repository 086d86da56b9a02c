"""The Model menu: which model is current, Open…, Open Recent, Open Default Model,
Save Model As… and Model Info….

Opening and saving go through the shared ``ModelSession`` (in the background); the menu
remembers the models opened or saved (``ModelSettings.recent``) and the folder last used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from gui.app.model_info import model_summary, show_model_info
from gui.app.paths import DEFAULT_MODEL
from gui.common.actions import make_action
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.session import ModelSession
from gui.common.settings import ModelSettings

MODEL_FILTER = QT_TRANSLATE_NOOP("app.model_menu", "Keras models (*.keras);;All files (*)")
# Open Recent lists this many models, numbered 1 to 9.
RECENT_SHOWN = 9


class ModelMenu(QMenu):
    """The main window's Model menu.

    Parameters
    ----------
    window
        The main window: the file dialogs' parent, and its status bar says what happens.
    session
        Opens and saves the models.
    settings
        The recent models and the folder of the last model opened or saved.
    """

    def __init__(self, window: QMainWindow, session: ModelSession, settings: ModelSettings) -> None:
        super().__init__(translate("app.model_menu", "&Model"), window)
        self._window = window
        self.session = session
        self.settings = settings
        self.setToolTipsVisible(True)
        # A read-only line naming the current model, kept up to date by ``modelChanged``.
        self.current_model_action = self.addAction(model_summary(None))
        self.current_model_action.setEnabled(False)
        self.addSeparator()
        self.addAction(
            make_action(
                window,
                translate("app.model_menu", "&Open Model…"),
                translate("app.model_menu", "Load a .keras model file (Ctrl+Shift+O)"),
                ["Ctrl+Shift+O"],
                self.choose_model,
            )
        )
        self.recent_menu = self.addMenu(translate("app.model_menu", "Open &Recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.addAction(
            make_action(
                window,
                translate("app.model_menu", "Open &Default Model"),
                translate("app.model_menu", "Load the model shipped with Convscope"),
                slot=lambda: session.open(DEFAULT_MODEL),
            )
        )
        self.addSeparator()
        self.save_action = make_action(
            window,
            translate("app.model_menu", "&Save Model As…"),
            translate("app.model_menu", "Save the current model to a new file (Ctrl+Shift+S)"),
            ["Ctrl+Shift+S"],
            self.choose_save_path,
        )
        self.save_action.setEnabled(False)
        self.addAction(self.save_action)
        self.addSeparator()
        self.addAction(
            make_action(
                window,
                translate("app.model_menu", "Model &Info…"),
                translate(
                    "app.model_menu",
                    "Name, preset, size, accuracy and layers of the current model (Ctrl+I)",
                ),
                ["Ctrl+I"],
                lambda: show_model_info(window, session.info),
            )
        )
        self.rebuild_recent()
        session.modelChanged.connect(self._on_session_modelChanged)
        session.modelSaved.connect(self._on_session_modelSaved)

    def rebuild_recent(self) -> None:
        """List the recent models under Open Recent (or say there are none)."""
        self.recent_menu.clear()
        for i, path in enumerate(self.settings.recent[:RECENT_SHOWN], start=1):
            action = self.recent_menu.addAction(f"&{i}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.session.open(p))
        if not self.settings.recent:
            self.recent_menu.addAction(translate("app.model_menu", "No recent models")).setEnabled(
                False
            )
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(translate("app.model_menu", "Clear Recent"), self._clear_recent)

    def choose_model(self) -> None:
        """Ask for a model file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("app.model_menu", "Open a model"),
            self._folder(),
            translate("app.model_menu", MODEL_FILTER),
        )
        if path:
            self.settings.model_folder = str(Path(path).parent)
            self.session.open(path)

    def choose_save_path(self) -> None:
        """Ask where to save the current model (``.keras`` added if missing) and save it."""
        info = self.session.info or {}
        suggestion = str(Path(self._folder()) / f"{info.get('name') or 'model'}.keras")
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            translate("app.model_menu", "Save the model as"),
            suggestion,
            translate("app.model_menu", MODEL_FILTER),
        )
        if path:
            if not path.endswith(".keras"):
                path += ".keras"
            self.settings.model_folder = str(Path(path).parent)
            self._window.statusBar().showMessage(
                translate("app.model_menu", "Saving the model to {path}…").format(path=path)
            )
            self.session.save_as(path)

    def _folder(self) -> str:
        return self.settings.model_folder or str(DEFAULT_MODEL.parent)

    def _clear_recent(self) -> None:
        self.settings.recent = []
        self.rebuild_recent()

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        self.current_model_action.setText(model_summary(info))
        self.save_action.setEnabled(True)
        if info.get("path"):
            self.settings.remember(info["path"])
            self.rebuild_recent()

    @Slot(str)
    def _on_session_modelSaved(self, path: str) -> None:
        self.settings.remember(path)
        self.rebuild_recent()
