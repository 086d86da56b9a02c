"""Which controls of a window a user can neither see nor scroll to, at a given window size.

A control (anything that takes clicks, typing or dragging) is reachable when every widget
around it shows it whole, except that a scroll area may hold it anywhere inside its scrollable
content: scrolling brings it into view. The window itself counts as only ``size`` large, so
a window that grew past that (its minimum size is larger) leaves its lower or right part out
of reach, as it would on a screen of that size.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
# A scroll area whose viewport is smaller than this (or than the control) in a direction it
# scrolls is a peephole: the control is "reachable" only in name.
MIN_VIEWPORT = 48


def handles_clicks(widget: QWidget) -> bool:
    """True for a widget of the app's own (or matplotlib's) that reacts to the mouse."""
    for cls in type(widget).__mro__:
        if cls.__module__.split(".")[0] in ("PySide6", "shiboken6", "builtins"):
            continue
        if "mousePressEvent" in vars(cls) or "mouseReleaseEvent" in vars(cls):
            return True
    return False


def is_control(widget: QWidget) -> bool:
    """Whether the user interacts with ``widget`` (a scroll area's own bars do not count)."""
    if isinstance(widget, QScrollBar):
        return False
    return isinstance(widget, CONTROLS) or handles_clicks(widget)


def describe(widget: QWidget) -> str:
    """A name a failing test can be read by: class, object name or text, and the parent."""
    text = ""
    for getter in ("text", "accessibleName", "objectName", "toolTip"):
        method = getattr(type(widget), getter, None)
        try:
            value = method(widget) if callable(method) else None
        except TypeError:  # a subclass's own ``text`` that needs arguments
            value = None
        if isinstance(value, str) and value:
            text = str(value).splitlines()[0][:40]
            break
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}" if parent is not None else ""
    return f"{type(widget).__name__}({text!r}){where}"


def _viewport_scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    if isinstance(parent, QScrollArea) and parent.viewport() is widget:
        return parent
    return None


def _scrolls(area: QScrollArea, orientation: Qt.Orientation) -> bool:
    policy = (
        area.horizontalScrollBarPolicy()
        if orientation == Qt.Orientation.Horizontal
        else area.verticalScrollBarPolicy()
    )
    return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def _within(inner: tuple[int, int], outer: tuple[int, int], slack: int = 1) -> bool:
    return inner[0] >= outer[0] - slack and inner[1] <= outer[1] + slack


def _shows_text(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    if isinstance(button, QToolButton) and not button.icon().isNull():
        return button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    return True


def _text_size(button: QAbstractButton) -> QSize:
    """The least size that shows a button's text (and a check box's box) whole."""
    metrics = button.fontMetrics()
    lines = button.text().replace("&&", "\0").replace("&", "").splitlines()
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if isinstance(button, (QCheckBox, QRadioButton)):
        style = button.style()
        width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button) + 4
    return QSize(width, metrics.height() + metrics.lineSpacing() * (len(lines) - 1))


def why_unreachable(widget: QWidget, window: QWidget, size: QSize) -> str | None:
    """Why the user cannot reach ``widget`` in a ``size`` window, or None when they can."""
    if widget.width() < 4 or widget.height() < 4:
        return f"squeezed to {widget.width()}x{widget.height()}"
    if isinstance(widget, QAbstractButton) and _shows_text(widget):
        needed = _text_size(widget)
        if widget.width() < needed.width() or widget.height() < needed.height():
            return (
                f"{widget.width()}x{widget.height()}, too small for its text "
                f"({needed.width()}x{needed.height()})"
            )
    rect = QRect(QPoint(0, 0), widget.size())
    if isinstance(widget, QTabBar) and widget.count():
        # A tab bar spans its whole parent: what must show is its tabs (all of them, unless
        # scroll arrows reach the rest).
        rect = widget.tabRect(0).united(widget.tabRect(widget.count() - 1))
        if widget.usesScrollButtons():
            rect = rect.intersected(widget.rect())
    child = widget
    while child is not window:
        parent = child.parentWidget()
        if parent is None:
            return "not inside the window"
        rect.translate(child.pos())
        area = _viewport_scroll_area(parent)
        view = parent.rect()
        if area is not None and area.widget() is not None:
            content = area.widget().geometry()
            for orientation, span, view_span, content_span in (
                (
                    Qt.Orientation.Horizontal,
                    (rect.left(), rect.right()),
                    (view.left(), view.right()),
                    (content.left(), content.right()),
                ),
                (
                    Qt.Orientation.Vertical,
                    (rect.top(), rect.bottom()),
                    (view.top(), view.bottom()),
                    (content.top(), content.bottom()),
                ),
            ):
                scrolls = _scrolls(area, orientation)
                if not _within(span, content_span if scrolls else view_span):
                    return f"outside what {describe(area)} can scroll to"
                extent = span[1] - span[0] + 1
                view_extent = view_span[1] - view_span[0] + 1
                if scrolls and view_extent < min(extent, MIN_VIEWPORT):
                    return f"in {describe(area)}, whose view is only {view_extent} px"
            # Scrolled to, it shows at the viewport's edge: go on from there.
            rect = QRect(view.topLeft(), rect.size()).intersected(view)
        elif not (
            _within((rect.left(), rect.right()), (view.left(), view.right()))
            and _within((rect.top(), rect.bottom()), (view.top(), view.bottom()))
        ):
            return f"cut off by {describe(parent)} ({view.width()}x{view.height()})"
        child = parent
    screen = QRect(QPoint(0, 0), size)
    if not screen.adjusted(-1, -1, 1, 1).contains(rect):
        return (
            f"at {rect.x()},{rect.y()} {rect.width()}x{rect.height()}, beyond a "
            f"{size.width()}x{size.height()} window (the window is "
            f"{window.width()}x{window.height()})"
        )
    return None


def unreachable_controls(window: QWidget, size: QSize) -> list[str]:
    """Every visible control of ``window`` a user cannot see or scroll to, with the reason."""
    problems = []
    for widget in window.findChildren(QWidget):
        # Unbound calls: a few widgets name an attribute ``window`` (a window of the input).
        if QWidget.window(widget) is not window or not QWidget.isVisible(widget):
            continue
        if not is_control(widget):
            continue
        reason = why_unreachable(widget, window, size)
        if reason:
            problems.append(f"{describe(widget)}: {reason}")
    return problems
