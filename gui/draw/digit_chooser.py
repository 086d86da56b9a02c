"""The Draw tab's digit buttons: one per digit of a number written on the canvas; the one
pressed is the digit every one-digit view follows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from gui.common.i18n import translate
from gui.common.widgets import label


class DigitChooser(QWidget):
    """The digits of a number read, one button each: the one pressed is the digit the
    one-digit views (the votes, the 28x28 input, Inspect, the Lab) show.

    Signals
    -------
    digitChosen(int)
        The user pressed digit ``index`` (from 0).
    """

    digitChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._caption = label(translate("draw.digit_chooser", "Digits:"), "muted")
        self._row.addWidget(self._caption)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self.digitChosen)
        self._buttons: list[QToolButton] = []
        self._row.addStretch(1)

    def show_digits(self, labels: list[str], uncertain: list[bool], selected: int) -> None:
        """One button per digit read (``labels``, "?" allowed), ``selected`` pressed."""
        while len(self._buttons) < len(labels):
            button = QToolButton()
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumWidth(30)
            self._group.addButton(button, len(self._buttons))
            self._row.insertWidget(len(self._buttons) + 1, button)
            self._buttons.append(button)
        for i, button in enumerate(self._buttons):
            shown = i < len(labels)
            button.setVisible(shown)
            if shown:
                button.setText(labels[i])
                tip = (
                    translate("draw.digit_chooser", "Show digit {n}, read as {num} (not sure)")
                    if uncertain[i]
                    else translate("draw.digit_chooser", "Show digit {n}, read as {num}")
                )
                button.setToolTip(tip.format(n=i + 1, num=labels[i]))
                button.setChecked(i == selected)
