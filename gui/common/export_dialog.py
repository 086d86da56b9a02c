""" "Export for slides…": the three animations and the lesson handout, for the digit shown.

The dialog asks what to export ("Slide the filter", the training replay, a robustness sweep
or the lesson handout) and its few options, asks where to save, and runs the export in the
model's worker (``gui.common.export_jobs``), which draws with ``model.export``: what the app
saves is exactly what ``python main.py export-animation`` / ``export-handout`` would.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.common import export_jobs
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.session import ModelSession
from gui.common.widgets import label

JOB = "export-for-slides"
STRONGEST = -1  # the filter spin box's "the strongest on this digit"
FILTERS_ROLE = Qt.ItemDataRole.UserRole + 1  # a layer item's number of filters


@dataclass(frozen=True)
class Choice:
    """One thing the dialog exports: its key, its name, a sentence, and the file it writes."""

    key: str
    name: str
    text: str
    animated: bool


CHOICES = (
    Choice(
        "slide",
        QT_TRANSLATE_NOOP("common.export_dialog", "Slide the filter (animation)"),
        QT_TRANSLATE_NOOP(
            "common.export_dialog",
            "A filter slides over your digit and builds its feature map, value by value.",
        ),
        True,
    ),
    Choice(
        "replay",
        QT_TRANSLATE_NOOP("common.export_dialog", "Training replay (animation)"),
        QT_TRANSLATE_NOOP(
            "common.export_dialog",
            "Your digit seen by the network at each saved moment of the last training run: "
            "its first filters, their maps and its answer.",
        ),
        True,
    ),
    Choice(
        "sweep",
        QT_TRANSLATE_NOOP("common.export_dialog", "Robustness sweep (animation)"),
        QT_TRANSLATE_NOOP(
            "common.export_dialog",
            "Your digit is moved, turned, resized, thickened or spoiled step by step while the "
            "networks answer.",
        ),
        True,
    ),
    Choice(
        "handout",
        QT_TRANSLATE_NOOP("common.export_dialog", "Lesson handout (HTML page)"),
        QT_TRANSLATE_NOOP(
            "common.export_dialog",
            "One page with pictures inside: the layers, the accuracy, the confusion matrix, "
            "your digit through every layer and the first filters. Print it or save it as PDF "
            "from a browser.",
        ),
        False,
    ),
)
SWEEPS = (
    ("turn", QT_TRANSLATE_NOOP("common.export_dialog", "Turn")),
    ("move", QT_TRANSLATE_NOOP("common.export_dialog", "Move sideways")),
    ("size", QT_TRANSLATE_NOOP("common.export_dialog", "Size")),
    ("stroke", QT_TRANSLATE_NOOP("common.export_dialog", "Stroke thickness")),
    ("noise", QT_TRANSLATE_NOOP("common.export_dialog", "Noise")),
)


class ExportDialog(QDialog):
    """Choose an export, its options and a file; the export runs in the model's worker.

    Signals
    -------
    exported(str)
        A file was written (its path).
    """

    exported = Signal(str)

    def __init__(self, session: ModelSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.running = False
        # Where the sweep starts from (the Robustness lab's sliders) and what it compares with.
        self.sweep_base: dict[str, float] = {}
        self.comparison = str(export_jobs.SHIPPED_COMPARISON)
        self.setWindowTitle(translate("common.export_dialog", "Export for slides"))
        self.setMinimumWidth(460)
        self.what = QComboBox()
        for choice in CHOICES:
            self.what.addItem(translate("common.export_dialog", choice.name), choice.key)
        self.what.setAccessibleName(translate("common.export_dialog", "What to export"))
        self.about = label("", "caption", wrap=True)
        self.status = label("", "muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("common.export_dialog", "What to export:")))
        layout.addWidget(self.what)
        layout.addWidget(self.about)
        layout.addLayout(self._build_options())
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(self._build_buttons())
        self.what.currentIndexChanged.connect(self._on_what_currentIndexChanged)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)
        self._fill_layers()
        self._on_what_currentIndexChanged()

    def _build_options(self) -> QFormLayout:
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(
            translate("common.export_dialog", "The convolution layer whose filter slides")
        )
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_currentIndexChanged)
        self.filter_box = QSpinBox()
        self.filter_box.setRange(STRONGEST, 1023)
        self.filter_box.setSpecialValueText(
            translate("common.export_dialog", "the strongest on this digit")
        )
        self.filter_box.setValue(STRONGEST)
        self.filter_box.setToolTip(
            translate("common.export_dialog", "Which filter of the layer slides")
        )
        self.sweep_box = QComboBox()
        for key, name in SWEEPS:
            self.sweep_box.addItem(translate("common.export_dialog", name), key)
        self.sweep_box.setToolTip(
            translate("common.export_dialog", "What changes from one frame to the next")
        )
        self.compare_box = QCheckBox(
            translate("common.export_dialog", "Compare with the plain dense network (mlp.keras)")
        )
        self.compare_box.setToolTip(
            translate("common.export_dialog", "Show a second network's answers beside this one's")
        )
        self.compare_box.setChecked(True)
        self.frames_box = QSpinBox()
        self.frames_box.setRange(10, 200)
        self.frames_box.setValue(60)
        self.frames_box.setToolTip(
            translate(
                "common.export_dialog", "More frames: a smoother, longer and larger animation"
            )
        )
        self.format_box = QComboBox()
        self.format_box.addItem(translate("common.export_dialog", "GIF (plays everywhere)"), ".gif")
        self.format_box.addItem(
            translate("common.export_dialog", "WebP (smaller, sharper)"), ".webp"
        )
        form = QFormLayout()
        form.addRow(translate("common.export_dialog", "Layer:"), self.layer_box)
        form.addRow(translate("common.export_dialog", "Filter:"), self.filter_box)
        form.addRow(translate("common.export_dialog", "Change:"), self.sweep_box)
        form.addRow("", self.compare_box)
        form.addRow(translate("common.export_dialog", "Frames:"), self.frames_box)
        form.addRow(translate("common.export_dialog", "Format:"), self.format_box)
        self.form = form
        return form

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(translate("common.export_dialog", "Save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_file)
        close = QPushButton(translate("common.export_dialog", "Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        return row

    # ----------------------------------------------------------------- state

    @property
    def choice(self) -> Choice:
        return CHOICES[max(0, self.what.currentIndex())]

    def select(self, key: str) -> None:
        """Show the export ``key`` ("slide", "replay", "sweep" or "handout")."""
        index = self.what.findData(key)
        if index >= 0:
            self.what.setCurrentIndex(index)

    def follow_filter(self, layer: str, channel: int) -> None:
        """Slide ``layer``'s filter ``channel`` (the one the inspector shows), if it is a
        convolution layer of the current network."""
        index = self.layer_box.findData(layer)
        if index >= 0:
            self.layer_box.setCurrentIndex(index)
            self.filter_box.setValue(int(channel))

    def sweep_from(self, params: dict[str, float], comparison: str) -> None:
        """Start the sweep from the digit as ``params`` change it (the other sliders stay
        where they are) and compare with the model file ``comparison``."""
        self.sweep_base = dict(params)
        self.comparison = str(comparison)
        name = Path(comparison).name
        self.compare_box.setText(
            translate("common.export_dialog", "Compare with {name}").format(name=name)
        )

    def _fill_layers(self) -> None:
        layers = (self.session.info or {}).get("layers", [])
        chosen, filter_chosen = self.layer_box.currentData(), self.filter_box.value()
        # Refilled quietly: the emptied box must not clamp the filter chosen to "none".
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for layer in layers:
            if layer["type"] == "Conv2D":
                self.layer_box.addItem(layer["name"], layer["name"])
                # Its filters, for the filter box's range: one per map.
                self.layer_box.setItemData(
                    self.layer_box.count() - 1, int(layer["output_shape"][-1]), FILTERS_ROLE
                )
        # The layer chosen stays chosen while the network still has it.
        self.layer_box.setCurrentIndex(max(0, self.layer_box.findData(chosen)))
        self.layer_box.blockSignals(False)
        self._on_layer_box_currentIndexChanged(self.layer_box.currentIndex())
        self.filter_box.setValue(filter_chosen)

    def _image(self) -> Any:
        prediction = self.session.last_prediction
        return None if prediction is None else prediction.get("image")

    def problem(self) -> str:
        """Why the chosen export cannot be made now, in a sentence; "" if it can."""
        if self.session.info is None:
            return translate("common.export_dialog", "Load a model first.")
        if self._image() is None:
            return translate(
                "common.export_dialog", "Draw a digit on the Draw tab first: every export shows it."
            )
        key = self.choice.key
        if key == "slide" and self.layer_box.count() == 0:
            return translate(
                "common.export_dialog",
                "This network has no convolution layer, so no filter slides over the digit.",
            )
        if key == "replay" and not len(self.session.timeline):
            return translate(
                "common.export_dialog",
                "There is no training run to replay yet: train a model on the Train tab.",
            )
        return ""

    @Slot(int)
    def _on_layer_box_currentIndexChanged(self, index: int) -> None:
        filters = self.layer_box.itemData(index, FILTERS_ROLE) if index >= 0 else None
        self.filter_box.setMaximum(int(filters) - 1 if filters else STRONGEST)

    @Slot()
    def _on_what_currentIndexChanged(self, *_args: Any) -> None:
        choice = self.choice
        self.about.setText(translate("common.export_dialog", choice.text))
        shown = {
            self.layer_box: choice.key == "slide",
            self.filter_box: choice.key == "slide",
            self.sweep_box: choice.key == "sweep",
            self.compare_box: choice.key == "sweep",
            self.frames_box: choice.key in ("slide", "sweep"),
            self.format_box: choice.animated,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self._show_problem()

    def _show_problem(self) -> None:
        problem = self.problem()
        self.status.setText(problem)
        self.save_button.setEnabled(not problem and not self.running)

    # ----------------------------------------------------------------- exporting

    def choose_file(self) -> None:
        """Ask where to save, then export there."""
        choice = self.choice
        if choice.animated:
            suffix = self.format_box.currentData()
            if suffix == ".gif":
                kind = translate("common.export_dialog", "GIF animation (*.gif)")
            else:
                kind = translate("common.export_dialog", "WebP animation (*.webp)")
        else:
            suffix, kind = ".html", translate("common.export_dialog", "Web page (*.html)")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("common.export_dialog", "Export for slides"),
            f"convscope-{choice.key}{suffix}",
            kind,
        )
        if path:
            if not Path(path).suffix:
                path += suffix
            self.export(path)

    def export(self, path: str | Path) -> None:
        """Export the chosen thing to ``path`` in the model's worker; ``exported`` follows,
        or the reason it failed is shown."""
        problem = self.problem()
        if problem:
            self.status.setText(problem)
            return
        image = self._image()
        key, path = self.choice.key, str(path)
        if key == "slide":
            layer = self.layer_box.currentData()
            channel = None if self.filter_box.value() == STRONGEST else self.filter_box.value()
            args = (export_jobs.slide_job, image, layer, channel, self.frames_box.value(), path)
        elif key == "replay":
            timeline = self.session.timeline
            snapshots = [(timeline[i].text(), timeline[i].weights) for i in range(len(timeline))]
            args = (export_jobs.replay_job, snapshots, image, path)
        elif key == "sweep":
            comparison = self.comparison if self.compare_box.isChecked() else None
            names = (self._model_name(), Path(self.comparison).stem)
            sweep = self.sweep_box.currentData()
            frames = self.frames_box.value()
            args = (export_jobs.sweep_job, image, sweep, frames, names, comparison, path)
            args += (self.sweep_base,)
        else:
            info = self.session.info or {}
            source = Path(info.get("path") or "").name
            metadata = dict(info.get("metadata") or {})
            args = (export_jobs.handout_job, image, self._model_name(), metadata, source, path)
        self.running = True
        self.save_button.setEnabled(False)
        self.status.setText(translate("common.export_dialog", "Exporting…"))
        self.session.run_on_model(JOB, *args)

    def _model_name(self) -> str:
        return str(
            (self.session.info or {}).get("name")
            or translate("common.export_dialog", "this network")
        )

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if kind != JOB:
            return
        self.running = False
        if result.get("frames"):
            text = translate("common.export_dialog", "Saved {path}, {frames} frames.")
        else:
            text = translate("common.export_dialog", "Saved {path}.")
        self.status.setText(text.format(path=result["path"], frames=result.get("frames")))
        self.save_button.setEnabled(not self.problem())
        self.exported.emit(result["path"])

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind != JOB:
            return
        self.running = False
        self.status.setText(
            translate("common.export_dialog", "Could not export: {message}").format(message=message)
        )
        self.save_button.setEnabled(not self.problem())

    def showEvent(self, event: Any) -> None:
        # The model or the digit may have changed since the dialog was last open.
        self._fill_layers()
        self._show_problem()
        super().showEvent(event)
