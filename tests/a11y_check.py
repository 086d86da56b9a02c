"""What a keyboard or screen-reader user cannot use in a window: controls with no accessible
name, and controls the keyboard cannot reach.

A control is what ``tests.layout_check.is_control`` says (buttons, sliders, fields, lists,
tab bars, and the app's own widgets that take clicks). Its name is what Qt's accessibility
interface gives a screen reader (``QAccessibleInterface.text(Name)``: its accessible name, or
its text, or its buddy label's); it is reachable from the keyboard when Tab can give it focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QHeaderView, QWidget

from tests.layout_check import describe, is_control


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ("" if none)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def tab_reachable(widget: QWidget) -> bool:
    """Whether Tab can give ``widget`` (or the widget it hands its focus to) the focus.

    A button of an exclusive group counts when another button of its group can have it: once
    the keyboard has been used Qt keeps one button of such a group in the Tab chain (the
    others lose ``TabFocus``), and the arrow keys move between the group's buttons.
    """
    target = widget.focusProxy() or widget
    if target.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    if group is not None and group.exclusive():
        return any(
            b.isVisible() and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
            for b in group.buttons()
        )
    return False


def is_part(widget: QWidget) -> bool:
    """A part of a larger control that a screen reader and the keyboard meet as that control:
    a spin box's or combo box's text field, a table's header (the table has the focus and
    the name)."""
    parent = widget.parentWidget()
    return isinstance(widget, QHeaderView) or isinstance(parent, (QAbstractSpinBox, QComboBox))


def inaccessible_controls(root: QWidget) -> list[str]:
    """Every shown, enabled control under ``root`` with no accessible name or that the
    keyboard cannot reach, each as "Class('text') in Parent: what is wrong"."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled() or not is_control(widget):
            continue
        if is_part(widget):
            continue
        if not accessible_name(widget):
            problems.append(f"{describe(widget)}: no accessible name")
        if not tab_reachable(widget):
            problems.append(f"{describe(widget)}: the keyboard cannot reach it")
    return problems
