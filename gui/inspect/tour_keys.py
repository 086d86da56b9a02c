"""The guided tour from the keyboard and a presenter's clicker, read out to a screen reader.

While the tour runs, Page Down and Page Up (what a presenter's clicker sends) go to the next
and previous step anywhere in the Inspect tab, and the arrow keys do the same while the focus
is in the tour's bar. Each step is announced (``QAccessibleAnnouncementEvent``) and becomes
the description of the Next button, where a keyboard user's focus is, so a screen reader
reads the step's title and text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gui.common.i18n import translate
from gui.inspect.tour import GuidedTour


class TourKeys(QObject):
    """Keys for ``tour`` (a ``GuidedTour``) in ``scope`` (the Inspect tab)."""

    def __init__(self, tour: GuidedTour, scope: QWidget) -> None:
        super().__init__(tour)
        self._tour = tour
        self._shortcuts: list[QShortcut] = []
        for keys, target, step in (
            (Qt.Key.Key_PageDown, scope, 1),
            (Qt.Key.Key_PageUp, scope, -1),
            (Qt.Key.Key_Right, tour, 1),
            (Qt.Key.Key_Left, tour, -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), target)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))
            shortcut.setEnabled(False)
            self._shortcuts.append(shortcut)
        tour.next.setAccessibleName(translate("inspect.tour_keys", "Next step"))
        tour.back.setAccessibleName(translate("inspect.tour_keys", "Previous step"))
        tour.stepChanged.connect(self._on_tour_stepChanged)

    def step(self, by: int) -> None:
        """Go ``by`` steps on (1) or back (-1), staying within the tour."""
        tour = self._tour
        if tour.index < 0:
            return
        target = min(max(tour.index + by, 0), len(tour.steps) - 1)
        if target != tour.index:
            tour.go(target)

    def _on_tour_stepChanged(self, index: int) -> None:
        running = index >= 0
        for shortcut in self._shortcuts:
            shortcut.setEnabled(running)
        if not running:
            return
        tour = self._tour
        words = f"{tour.title.text()}. {tour.text.text()} ({tour.counter.text()})"
        tour.next.setAccessibleDescription(words)
        tour.setAccessibleDescription(words)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(tour, words))
        focus = tour.window().focusWidget() if tour.window() else None
        if focus is None or not tour.isAncestorOf(focus) or not focus.isVisible():
            # Started from the (now hidden) start button, or from elsewhere: the keyboard
            # user's place is the tour's bar.
            (tour.next if tour.next.isEnabled() else tour.back).setFocus()
