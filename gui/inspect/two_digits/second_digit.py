"""Where the second digit of Inspect › Two digits comes from: one button per way, and under the
chosen one its controls.

"What it was confused with" (a note while the training digit is looked for), "Draw it" (a small
canvas), "A test digit" (another one at each click), "Yours, moved" (sliders that move and turn
your own digit). ``SecondDigitChooser`` only shows and reports; the view decides what to compare.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.canvas import DrawCanvas
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import CurrentPageStack, FlowLayout
from gui.common.widgets import label

# (key, button, tooltip) of the ways to get a second digit, in the order of their pages.
MODES = (
    (
        "confused",
        QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "What it was confused with"),
        QT_TRANSLATE_NOOP(
            "inspect.two_digits.second_digit",
            "The training digit of the network's second choice that it finds most like yours",
        ),
    ),
    (
        "draw",
        QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "Draw it"),
        QT_TRANSLATE_NOOP(
            "inspect.two_digits.second_digit", "Draw the second digit on a small canvas"
        ),
    ),
    (
        "test",
        QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "A test digit"),
        QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "A digit from MNIST's test set"),
    ),
    (
        "moved",
        QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "Yours, moved"),
        QT_TRANSLATE_NOOP(
            "inspect.two_digits.second_digit", "Your own digit, moved and turned by the sliders"
        ),
    ),
)
# (key, name, minimum, maximum, step) of the "Yours, moved" sliders.
MOVES = (
    ("dx", QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "Right"), -6, 6, 1),
    ("dy", QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "Down"), -6, 6, 1),
    ("turn", QT_TRANSLATE_NOOP("inspect.two_digits.second_digit", "Turn"), -45, 45, 5),
)


class MoveSlider(QWidget):
    """A named slider with its value beside it, in whole pixels or degrees."""

    def __init__(self, name: str, low: int, high: int, step: int, unit: str) -> None:
        super().__init__()
        self.unit = unit
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setSingleStep(step)
        self.slider.setPageStep(step)
        self.slider.setAccessibleName(name)
        self.value_label = label("", "muted")
        self.value_label.setFixedWidth(44)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        name_label = label(name)
        name_label.setMinimumWidth(44)  # a longer word (Derecha) widens it
        row.addWidget(name_label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._show)
        self._show()

    def value(self) -> int:
        return self.slider.value()

    def _show(self, *_args: Any) -> None:
        self.value_label.setText(f"{self.slider.value():+d} {self.unit}")


class SecondDigitChooser(QWidget):
    """A button per way to get the second digit (``MODES``), and that way's controls.

    Signals
    -------
    modeChosen(str)
        The user clicked the button of this mode.
    drawingChanged()
        The drawing on the small canvas changed ("Draw it").
    testRequested()
        The user asked for another test digit.
    movesChanged()
        A slider of "Yours, moved" moved.
    """

    modeChosen = Signal(str)
    drawingChanged = Signal()
    testRequested = Signal()
    movesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(300)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            label(translate("inspect.two_digits.second_digit", "The second digit"), "muted")
        )
        modes = FlowLayout(spacing=4)
        self.mode_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        for key, text, tip in MODES:
            button = QToolButton()
            button.setText(translate("inspect.two_digits.second_digit", text))
            button.setToolTip(translate("inspect.two_digits.second_digit", tip))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=key: self.modeChosen.emit(k))
            group.addButton(button)
            modes.addWidget(button)
            self.mode_buttons[key] = button
        column.addLayout(modes)
        self.mode_pages = CurrentPageStack()
        # In the order of ``MODES``.
        for page in (
            self._confused_page(),
            self._drawn_page(),
            self._test_page(),
            self._moved_page(),
        ):
            self.mode_pages.addWidget(page)
        column.addWidget(self.mode_pages)
        column.addStretch(1)

    def show_mode(self, key: str) -> None:
        """Check mode ``key``'s button and show its controls."""
        self.mode_buttons[key].setChecked(True)
        self.mode_pages.setCurrentIndex([m[0] for m in MODES].index(key))

    def moves(self) -> tuple[int, int, int]:
        """The "Yours, moved" sliders: pixels right, pixels down, degrees turned."""
        return tuple(self.sliders[k].value() for k in ("dx", "dy", "turn"))

    def _confused_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        self.confused_note = label("", "caption", wrap=True)
        box.addWidget(self.confused_note)
        box.addStretch(1)
        return page

    def _drawn_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 4, 0, 0)
        self.canvas = DrawCanvas(pen_width=16)
        self.canvas.setFixedSize(200, 200)
        clear = QPushButton(translate("inspect.two_digits.second_digit", "Clear"))
        clear.clicked.connect(self.canvas.clear)
        row.addWidget(self.canvas)
        row.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.canvas.drawingChanged.connect(self.drawingChanged)
        return page

    def _test_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 4, 0, 0)
        self.test_button = QPushButton(
            translate("inspect.two_digits.second_digit", "Another test digit")
        )
        self.test_button.clicked.connect(lambda: self.testRequested.emit())
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        return page

    def _moved_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 4, 0, 0)
        self.sliders: dict[str, MoveSlider] = {}
        for key, name, low, high, step in MOVES:
            slider = MoveSlider(
                translate("inspect.two_digits.second_digit", name),
                low,
                high,
                step,
                "°" if key == "turn" else "px",
            )
            slider.slider.valueChanged.connect(lambda _value: self.movesChanged.emit())
            box.addWidget(slider)
            self.sliders[key] = slider
        box.addStretch(1)
        return page
