"""A few words beside the Draw tab's heading: what the other network says of the same drawing.

Shown only while there is another network to compare with (chosen in Inspect › Two
networks, ``gui.common.second_network``); it asks for its answers only while it is on screen. The
whole sentence is its tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.session import ModelSession
from gui.common.widgets import TextView, html_escape, percent
from model.words import with_article


class SecondAnswer(QWidget):
    """ "mlp reads a 7 (64 %): not the same answer", with a button to stop comparing."""

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.second = session.second
        self.text = TextView(1, align=Qt.AlignmentFlag.AlignRight)
        self.text.setMinimumWidth(60)
        self.stop_button = QToolButton()
        self.stop_button.setText("✕")
        self.stop_button.setToolTip(
            translate("draw.second_answer", "Stop comparing with the other network")
        )
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

    def sizeHint(self) -> QSize:
        # Room for "mlp reads 7 · differs" where the row has it; on a narrow window it gives
        # way (a shorter form, a name cut with "…") rather than widen the window.
        return QSize(250, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(100, super().minimumSizeHint().height())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.second.want("draw", True)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.second.want("draw", False)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show()  # the name is shortened to the width there is

    @Slot(object)
    def _on_second_changed(self, info: dict | None) -> None:
        self.setVisible(info is not None)
        if info is not None:
            self.setToolTip(
                translate(
                    "draw.second_answer", "Compared with {name} (Inspect › Two networks)"
                ).format(name=info["name"])
            )
            self._show()

    @Slot(object)
    def _on_session_predictionReady(self, _result: dict) -> None:
        self._show()  # the other network may have answered this drawing first

    @Slot(int)
    def _on_session_digitCleared(self, _seq: int) -> None:
        self._show()

    @Slot(object)
    def _on_second_answered(self, _answer: dict) -> None:
        self._show()

    def _show(self) -> None:
        info, answer = self.second.info, self.second.last_answer
        current = self.session.last_prediction
        if info is None:
            return
        if current is None or answer is None:
            rest = translate("draw.second_answer", ": no digit yet")
            self.text.set_text(self._name(info["name"], rest) + rest, style.MUTED)
            return
        if answer["seq"] != current["seq"]:
            return  # its answer to this drawing is on its way
        label, confidence = int(answer["label"]), percent(float(answer["confidence"]))
        same = label == int(current["label"])
        colour = style.GOOD if same else style.BAD
        verdict = (
            translate("draw.second_answer", "same")
            if same
            else translate("draw.second_answer", "differs")
        )
        reads = translate("draw.second_answer", " reads {num} · ")
        rest = reads.format(num=label) + verdict
        if self._room(rest) < 24:  # too narrow for the sentence: "mlp: 7 ≠"
            verdict, rest = ("✓" if same else "≠"), f": {label} {'✓' if same else '≠'}"
            middle = f": {label} "
        else:
            middle = reads.format(num=label)
        name = html_escape(self._name(info["name"], rest))
        self.text.set_html(f"<b>{name}</b>{middle}<span style='color:{colour}'>{verdict}</span>")
        tip = (
            translate(
                "draw.second_answer",
                "Compared with {name} (Inspect › Two networks): it reads {num} "
                "({confidence}), the same answer.",
            )
            if same
            else translate(
                "draw.second_answer",
                "Compared with {name} (Inspect › Two networks): it reads {num} "
                "({confidence}), not the same answer.",
            )
        )
        self.setToolTip(
            tip.format(name=info["name"], num=with_article(label), confidence=confidence)
        )

    def _room(self, rest: str) -> int:
        """The width left for the name beside ``rest`` (bold text is a little wider)."""
        return self.text.width() - self.text.fontMetrics().horizontalAdvance(rest) - 14

    def _name(self, name: str, rest: str) -> str:
        """``name`` shortened with "…" so that it and ``rest`` fit the line."""
        metrics = self.text.fontMetrics()
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(12, self._room(rest)))
