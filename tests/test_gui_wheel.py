"""The wheel guard (``gui.common.wheel``): scrolling a panel never changes a value by accident."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.common.style import apply_style


@pytest.fixture(autouse=True)
def styled(qapp):
    apply_style(qapp)  # what create_application does for the app


def wheel(widget: QWidget, notches: int = -1) -> None:
    """A synthetic wheel turn over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def panel(qtbot):
    """A scrolling panel, taller than its window, with one control of each kind."""
    content = QWidget()
    layout = QVBoxLayout(content)
    spin, double, combo = QSpinBox(), QDoubleSpinBox(), QComboBox()
    slider = QSlider(Qt.Orientation.Horizontal)
    spin.setRange(0, 100)
    spin.setValue(10)
    double.setValue(0.5)
    combo.addItems(["adam", "sgd", "other"])
    slider.setRange(0, 100)
    slider.setValue(50)
    for widget in (spin, double, combo, slider):
        layout.addWidget(widget)
        layout.addSpacing(300)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.resize(300, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.setFocus()  # showing the window focused its first control
    return area, {"spin": spin, "double": double, "combo": combo, "slider": slider}


def values(controls: dict) -> dict:
    return {
        "spin": controls["spin"].value(),
        "double": controls["double"].value(),
        "combo": controls["combo"].currentIndex(),
        "slider": controls["slider"].value(),
    }


def test_an_unfocused_control_passes_the_wheel_to_its_panel(qtbot, panel):
    area, controls = panel
    before = values(controls)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    for name, widget in controls.items():
        assert not widget.hasFocus()
        position = bar.value()
        if position == bar.maximum():
            bar.setValue(0)
            position = 0
        wheel(widget)
        assert values(controls) == before, f"the {name} changed without focus"
        assert bar.value() > position, f"the wheel over the {name} did not scroll the panel"


def test_a_click_focuses_the_control_and_then_the_wheel_changes_it(qtbot, panel):
    area, controls = panel
    for widget in controls.values():
        # A click still focuses it: the policy is StrongFocus, no longer WheelFocus.
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    spin = controls["spin"]
    area.ensureWidgetVisible(spin)
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    assert spin.hasFocus()
    position = area.verticalScrollBar().value()
    wheel(spin, notches=1)
    assert spin.value() == 11 and area.verticalScrollBar().value() == position


def test_controls_outside_a_scrolling_panel_keep_the_wheel(qtbot):
    spin = QSpinBox()
    spin.setValue(5)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    wheel(spin, notches=1)
    assert spin.value() == 6  # nothing around it scrolls: nothing to change by accident


def test_the_train_settings_survive_scrolling(qtbot, tmp_path):
    """The issue as reported: scrolling the Train tab's settings changed Epochs."""
    from gui.common.session import ModelSession
    from gui.common.settings import SettingsStore
    from gui.train.tab import TrainTab

    session = ModelSession()
    tab = TrainTab(session, SettingsStore(None), data_loader=None, runs_dir=tmp_path / "runs")
    qtbot.addWidget(tab)
    tab.resize(1100, 560)
    tab.show()
    qtbot.waitExposed(tab)
    try:
        form = tab.form
        controls = [w for w in form.findChildren(QWidget) if isinstance(w, (QSpinBox, QComboBox))]
        assert form.epochs in controls and len(controls) > 4
        before = [w.value() if isinstance(w, QSpinBox) else w.currentIndex() for w in controls]
        for widget in controls:
            widget.clearFocus()  # as when the pointer merely passes over it
            wheel(widget)
            wheel(widget, notches=1)
        after = [w.value() if isinstance(w, QSpinBox) else w.currentIndex() for w in controls]
        assert after == before
    finally:
        tab.shutdown(5000)
        session.shutdown(5000)
