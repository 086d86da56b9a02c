"""Mouse-wheel manners: scrolling a panel never changes a value by accident.

A spin box, combo box or slider takes wheel events whenever the pointer is over it, so
scrolling a panel of settings with the wheel silently changed whichever value slid under the
pointer (Epochs went from 10 to 2). Here a value control inside a scrolling panel reacts to the
wheel only once the user has given it focus (a click or Tab); until then the wheel scrolls the
panel, as it does everywhere else. Controls outside any scrolling panel keep the wheel: nothing
there scrolls, so nothing can change by accident.

One ``WheelStyle`` for the whole application (``gui.common.style.apply_style`` installs it) sees
every
widget as it is polished, before it is first shown, so controls built later (a Lab page opened
for the first time, a layer added in the Train tab's editor) are covered too, and only these
controls carry an event filter: every other event of the app stays in C++.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """True for the value controls the wheel must not change without focus."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def scrolling_panel(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area ``widget`` sits in (its viewport's content), or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The event filter on each guarded control: an unfocused control inside a scrolling
    panel passes the wheel to the panel instead of changing its value."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        panel = scrolling_panel(watched)
        if panel is None:
            return False
        viewport = panel.viewport()
        position = viewport.mapFromGlobal(event.globalPosition())
        QApplication.sendEvent(
            viewport,
            QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
                event.pointingDevice(),
            ),
        )
        return True


def guard(widget: QWidget, guard_filter: WheelGuard) -> None:
    """Make ``widget`` (a value control) take the wheel only with focus; a no-op otherwise."""
    if not is_guarded(widget):
        return
    # With Qt's default WheelFocus the wheel itself would hand the control focus before the
    # filter could look; a click or Tab still does.
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(guard_filter)  # installing twice keeps one


_guard: WheelGuard | None = None


def wheel_guard() -> WheelGuard:
    """The one guard every control shares; it outlives any style that installed it."""
    global _guard
    if _guard is None:
        _guard = WheelGuard()
    return _guard


class WheelStyle(QProxyStyle):
    """The application's style with the wheel guard put on every value control it polishes."""

    def __init__(self, base: QStyle | str) -> None:
        super().__init__(base)
        self.guard_filter = wheel_guard()

    def polish(self, target: Any) -> Any:
        # Qt overloads polish for a widget, a palette and the application: pass all through.
        if isinstance(target, QWidget):
            guard(target, self.guard_filter)
        return super().polish(target)
