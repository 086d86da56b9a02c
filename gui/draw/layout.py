"""How the Draw tab is laid out: the "Draw a digit" card (its tools above the canvas, other
sources of a digit below) on the left; on the right, in a column that scrolls on a short
screen, "The network's answer" card above "What the network sees".

Each function builds one part from widgets the tab owns and returns it; the tab keeps the
widgets it talks to (the canvas, the summary, the bars...) and puts the parts together.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from gui.common.canvas import MAX_PEN, MIN_PEN
from gui.common.i18n import translate
from gui.common.layouts import FlowLayout, VerticalScrollArea
from gui.common.widgets import GRID, Card, Expander, label
from model.i18n import integer

# The answer panel's widest: wider, its bars would only get longer.
SIDE_MAX_WIDTH = 760


def tool_button(action: QAction, text: str | None = None) -> QToolButton:
    """A flat text button for ``action``, titled ``text`` rather than the menu's text.

    Not the action's own button (``setDefaultAction``): that takes the action's text back
    whenever the action changes (enabled again once MNIST has loaded, "Random Test Digit").
    It follows the action's enabled and checked state and triggers it."""
    button = QToolButton()
    button.setText(text or action.text())
    button.setToolTip(action.toolTip())
    button.setCheckable(action.isCheckable())
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setCursor(Qt.CursorShape.PointingHandCursor)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setChecked(action.isChecked())

    follow()
    action.changed.connect(follow)
    button.clicked.connect(lambda _checked=False: action.trigger())
    return button


def pen_slider(width: int) -> QSlider:
    """The pen's width, set to ``width`` pixels."""
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(MIN_PEN, min(MAX_PEN, 60))
    slider.setValue(width)
    slider.setMinimumWidth(52)
    slider.setMaximumWidth(120)
    slider.setToolTip(translate("draw.layout", "Pen width ([ and ] change it too)"))
    slider.setAccessibleName(translate("draw.layout", "Pen width"))
    return slider


def tools_row(actions: dict[str, QAction], slider: QSlider, width_label: QLabel) -> QWidget:
    """Undo, Redo, Clear, Eraser and the pen's width, above the canvas; the row wraps onto a
    second line where the buttons' words are too long for the card (German, Spanish)."""
    row = QWidget()
    tools = FlowLayout(row, spacing=4)
    for key, text in (
        ("undo", translate("draw.layout", "Undo")),
        ("redo", translate("draw.layout", "Redo")),
        ("clear", translate("draw.layout", "Clear")),
        ("eraser", translate("draw.layout", "Eraser")),
    ):
        tools.addWidget(tool_button(actions[key], text))
    pen = QWidget()  # the pen's label, slider and width stay together
    pen_row = QHBoxLayout(pen)
    pen_row.setContentsMargins(6, 0, 0, 0)
    pen_row.setSpacing(4)
    pen_row.addWidget(label(translate("draw.layout", "Pen"), "muted"))
    slider.setFixedWidth(96)
    pen_row.addWidget(slider)
    pen_row.addWidget(width_label)
    tools.addWidget(pen)
    return row


def sources_row(actions: dict[str, QAction]) -> QWidget:
    """The row below the canvas: "Or try:" an image file, the clipboard, a random test digit
    (wrapping like the tools' row)."""
    row = QWidget()
    sources = FlowLayout(row, spacing=6)
    sources.addWidget(label(translate("draw.layout", "Or try:"), "muted"))
    for key, text in (
        ("open", translate("draw.layout", "Open image…")),
        ("paste", translate("draw.layout", "Paste")),
        ("random", translate("draw.layout", "Random test digit")),
    ):
        sources.addWidget(tool_button(actions[key], text))
    return row


def draw_card(canvas: QWidget, tools: QWidget, sources: QWidget) -> Card:
    """The "Draw a digit" card: the tools, the canvas (which takes the height) and the
    sources."""
    card = Card(
        translate("draw.layout", "Draw a digit"),
        translate(
            "draw.layout",
            "Use the mouse or a pen; the right button erases. "
            "Every stroke updates the network's answer.",
        ),
    )
    card.body.addWidget(tools)
    card.body.addWidget(canvas, 1)
    card.body.addWidget(sources)
    return card


def why_button(action: QAction) -> QToolButton:
    """The "Show why" button, checked whenever ``action`` is (and checking it)."""
    # Not the action's own button: that would retitle it "Show Why" on every toggle.
    button = QToolButton()
    button.setText(translate("draw.layout", "Show why"))
    button.setCheckable(True)
    button.setToolTip(action.toolTip())
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.toggled.connect(action.setChecked)
    action.toggled.connect(button.setChecked)
    return button


def answer_card(
    second_answer: QWidget, why: QToolButton, summary: QWidget, chooser: QWidget, bars: QWidget
) -> Card:
    """The card "The network's answer": its heading row, the verdict, the digits of a number
    and the votes (which take the height to spare)."""
    head = QHBoxLayout()
    head.addWidget(label(translate("draw.layout", "The network's answer"), "heading"), 1)
    # The other network's answer (Inspect › Two networks), while there is one, and "Show
    # why", which explains the answer (it colours the canvas): in the heading's row, so they
    # cost no height on a small screen.
    head.addWidget(second_answer)
    head.addWidget(why)
    card = Card()
    card.body.addLayout(head)
    card.body.addWidget(summary)
    card.body.addWidget(chooser)
    card.body.addWidget(bars, 1)
    return card


def steps_expander(steps: QWidget) -> Expander:
    """The "How your drawing became 28 × 28" header, opening onto the preparation ``steps``."""
    hint = label(
        translate(
            "draw.layout",
            "Four steps: find the ink, crop it, shrink it to 20 pixels, centre it by its mass.",
        ),
        "caption",
        wrap=True,
    )
    hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # The hint holds the steps' place while they are closed: opening them moves nothing.
    return Expander(
        translate("draw.layout", "How your drawing became {grid}").format(grid=GRID),
        steps,
        placeholder=hint,
    )


def sees_card(network_view: QWidget, expander: QWidget) -> Card:
    """The "What the network sees" card: the 28x28 input beside the steps that made it."""
    card = Card(
        translate("draw.layout", "What the network sees"),
        translate(
            "draw.layout",
            "Your drawing is cropped, shrunk and centred "
            "into a {grid} grid of brightness values, like the {mnist} MNIST "
            "digits the network learned from. These {pixels} numbers are all it gets.",
        ).format(grid=GRID, mnist=integer(70000), pixels=integer(784)),
    )
    network_view.setAccessibleName(translate("draw.layout", "What the network sees, 28 by 28"))
    # The row is as tall as the card allows; the input and the steps (open or not) fill
    # it, so opening the steps changes nothing else.
    row = QHBoxLayout()
    row.setSpacing(18)
    row.addWidget(network_view, 1)
    row.addWidget(expander, 3)
    card.body.addLayout(row, 1)
    return card


def side_column(answer: Card, sees: Card) -> VerticalScrollArea:
    """The answer above what the network sees, scrolling on a short screen."""
    right = QWidget()
    column = QVBoxLayout(right)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(14)
    # Height to spare goes mostly to the bars, some to the 28x28 input.
    column.addWidget(answer, 2)
    column.addWidget(sees, 1)
    # On a short screen the answer and the 28x28 input scroll; the canvas never does.
    side = VerticalScrollArea(right)
    side.setMaximumWidth(SIDE_MAX_WIDTH)
    return side
