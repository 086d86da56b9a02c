"""The Train tab's "1 · Architecture" card: the layer editor, with Load… and Save… for the
architecture as a JSON file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QWidget

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.widgets import Card, push_button
from gui.train.editor import ArchitectureEditor
from gui.train.saving import save_file
from model.errors import ConvscopeError

SPEC_FILTER = QT_TRANSLATE_NOOP("train.architecture_card", "Architecture (*.json);;All files (*)")


class ArchitectureCard(Card):
    """The layer editor in its card, with its file buttons.

    Signals
    -------
    errorReported(str, str, str)
        Title, message and details of a file that could not be read or written.
    statusReported(str)
        A file was saved.
    """

    errorReported = Signal(str, str, str)
    statusReported = Signal(str)

    def __init__(self, editor: ArchitectureEditor, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("train.architecture_card", "1 · Architecture"),
            translate(
                "train.architecture_card",
                "The layers the digit goes through, in order. "
                "Shapes and parameter counts update as you edit.",
            ),
            parent,
        )
        self.editor = editor
        self.body.addWidget(editor, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(
            push_button(
                translate("train.architecture_card", "Load…"),
                translate("train.architecture_card", "Load an architecture saved as JSON"),
                self.choose_spec_to_load,
            )
        )
        row.addWidget(
            push_button(
                translate("train.architecture_card", "Save…"),
                translate("train.architecture_card", "Save this architecture as JSON"),
                self.choose_spec_path,
            )
        )
        self.body.addLayout(row)

    def choose_spec_to_load(self) -> None:
        """Ask for an architecture file and show it in the editor."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("train.architecture_card", "Load an architecture"),
            "",
            translate("train.architecture_card", SPEC_FILTER),
        )
        if path:
            try:
                self.editor.load_json(path)
            except ConvscopeError as exc:
                self.errorReported.emit(
                    translate("train.architecture_card", "Could not load the architecture"),
                    str(exc),
                    "",
                )

    def choose_spec_path(self) -> None:
        """Ask where to save the editor's architecture, and save it."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("train.architecture_card", "Save the architecture"),
            "architecture.json",
            translate("train.architecture_card", SPEC_FILTER),
        )
        if path:
            save_file(self, lambda: self.editor.save_json(path), "architecture", path)
