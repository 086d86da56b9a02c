"""One line under the Draw tab's answer: what the other network says of the same drawing.

Shown only while there is another network to compare with (chosen in Inspect › Two
networks, ``gui.second_network``); it asks for its answers only while it is on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from gui import style
from gui.session import ModelSession
from gui.widgets import TextView, percent
from model.words import with_article


class SecondAnswer(QWidget):
    """ "mlp reads a 7 (64 %): not the same answer", with a button to stop comparing."""

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.second = session.second
        self.text = TextView(1)
        self.stop_button = QToolButton()
        self.stop_button.setText("✕")
        self.stop_button.setToolTip("Stop comparing with the other network")
        self.stop_button.clicked.connect(self.second.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.text, 1)
        row.addWidget(self.stop_button)
        self.second.changed.connect(self._on_second_changed)
        self.second.answered.connect(self._on_second_answered)
        session.predictionReady.connect(self._on_session_predictionReady)
        session.digitCleared.connect(self._on_session_digitCleared)
        self._on_second_changed(self.second.info)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.second.want("draw", True)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.second.want("draw", False)

    @Slot(object)
    def _on_second_changed(self, info: dict | None) -> None:
        self.setVisible(info is not None)
        if info is not None:
            self.text.set_text(f"{info['name']}: waiting for a digit", style.MUTED)

    @Slot(object)
    def _on_session_predictionReady(self, result: dict) -> None:
        answer = self.second.last_answer
        if answer is None or answer["seq"] != result["seq"]:
            self._show()

    @Slot(int)
    def _on_session_digitCleared(self, _seq: int) -> None:
        if self.second.info is not None:
            self.text.set_text(f"{self.second.info['name']}: waiting for a digit", style.MUTED)

    @Slot(object)
    def _on_second_answered(self, answer: dict) -> None:
        self._show()

    def _show(self) -> None:
        info, answer = self.second.info, self.second.last_answer
        current = self.session.last_prediction
        if info is None or answer is None or current is None:
            return
        if answer["seq"] != current["seq"]:
            return  # its answer to this drawing is on its way
        label, confidence = int(answer["label"]), percent(float(answer["confidence"]))
        same = label == int(current["label"])
        colour = style.GOOD if same else style.BAD
        verdict = "the same answer" if same else "not the same answer"
        self.text.set_html(
            f"Compared with <b>{info['name']}</b>: it reads {with_article(label)} "
            f"({confidence}), <span style='color:{colour}'>{verdict}</span>"
        )
