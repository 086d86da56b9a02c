"""The Train tab: design a network, set its training, run it and watch it learn.

Left: the architecture editor (checked live, without TensorFlow) and the hyperparameters.
Right: run control with progress, the live plots, the evaluation (confusion matrix and its
digits), the runs of this session and a log. Training runs in a ``TrainingWorker``; its events
come back as signals, batch points in throttled bundles. While it trains, weight *snapshots*
(copies) go to the shared ``ModelSession`` so the Draw and Inspect tabs read the network as it
learns, without ever touching the weights being updated.
"""

from __future__ import annotations

import gc
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.confusion_matrix import ConfusionMatrixView
from gui.common.digit_gallery import DigitGallery
from gui.common.layouts import FlowLayout, VerticalScrollArea
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.tabs import ConvscopeTab
from gui.common.widgets import Card, TextView, label
from gui.train.curves import EpochPlot, LossPlot
from gui.train.editor import ArchitectureEditor
from gui.train.hyperparameters import OPTIMIZER_NAMES, HyperparameterForm
from gui.train.jobs import (
    CHECKPOINT,
    FINAL_MODEL,
    DataLoader,
    TrainingWorker,
    default_runs_dir,
    new_run_dir,
    resumable_run,
)
from gui.train.runs_table import RunsTable
from model.architectures import PRESETS, preset
from model.errors import ConvscopeError, TrainingError
from model.words import count, with_article

SPEC_FILTER = "Architecture (*.json);;All files (*)"
# Closing the window waits at most this long for the run to stop at a batch boundary.
SHUTDOWN_MS = 1800
# The settings column's starting width lies between these (the user may drag it).
SETTINGS_MIN_WIDTH, SETTINGS_MAX_WIDTH = 420, 560


@dataclass
class TrainingSettings:
    """The architecture and hyperparameters last shown in the Train tab."""

    GROUP: ClassVar[str] = "training"
    spec_json: str = ""
    config_json: str = ""
    preset: str = "default"
    follow: bool = True
    tensorboard_dir: str = ""
    # Runs whose folders (checkpoints) are kept; older ones are deleted as new runs start.
    keep_runs: int = 10


def duration(seconds: float | None) -> str:
    """``75`` -> ``1 min 15 s``."""
    if seconds is None:
        return "–"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class TrainTab(ConvscopeTab):
    """Design, train, watch and evaluate a CNN.

    Parameters
    ----------
    data_loader
        Returns the ``MnistData`` to train on (default ``model.data.mnist.load_mnist``); called
        once, in the training worker's thread. Tests pass a small one.
    runs_dir
        Where per-run folders with checkpoints go (default ``default_runs_dir()``).
    """

    key = "train"
    title = "Train"
    tooltip = "Design a network, train it on MNIST and watch it learn"

    def __init__(
        self,
        session: ModelSession,
        settings: SettingsStore,
        parent: QWidget | None = None,
        data_loader: DataLoader | None = None,
        runs_dir: str | Path | None = None,
    ) -> None:
        super().__init__(session, settings, parent)
        self.runs_dir = Path(runs_dir) if runs_dir else default_runs_dir()
        self.training_settings = settings.load(TrainingSettings)
        self.snapshot_every = 200
        self.state = "idle"  # idle, running, paused, stopping
        self.run_id = 0
        self.run_dir: Path | None = None
        self._run_dirs: dict[int, Path] = {}  # run id -> its folder, for the Runs table
        self.last_result: dict[str, Any] | None = None
        self.evaluation: dict[str, Any] | None = None
        self._run_config: dict[str, Any] = {}
        self._use_after_save = False
        self._resumable = resumable_run(self.runs_dir)
        self._warmed = False
        self._follow = True  # mirrors the checkbox, for the training worker's thread
        # What the training process can train on (model.training.distribute.devices), once it has
        # said.
        self.devices: dict[str, Any] | None = None

        self.editor = ArchitectureEditor()
        self.form = HyperparameterForm()
        self.loss_plot = LossPlot()
        self.epoch_plot = EpochPlot()
        self.matrix = ConfusionMatrixView()
        self.gallery = DigitGallery()
        self.runs = RunsTable()
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(2000)
        self._build_layout()

        self.worker = TrainingWorker(data_loader)
        self.worker.runStarted.connect(self._on_worker_runStarted)
        self.worker.batchesEnded.connect(self._on_worker_batchesEnded)
        self.worker.epochEnded.connect(self._on_worker_epochEnded)
        self.worker.snapshotTaken.connect(self._on_worker_snapshotTaken)
        self.worker.messageLogged.connect(self._on_worker_messageLogged)
        self.worker.runFinished.connect(self._on_worker_runFinished)
        self.worker.evaluated.connect(self._on_worker_evaluated)
        self.worker.modelSaved.connect(self._on_worker_modelSaved)
        self.worker.devicesFound.connect(self._on_worker_devicesFound)
        self.worker.errored.connect(self._on_worker_errored)
        self.worker.before_fit = self._prepare_snapshots
        self.worker.start()

        self.editor.validityChanged.connect(self._on_editor_validityChanged)
        self.editor.presetChosen.connect(self._on_editor_presetChosen)
        self.matrix.cellClicked.connect(self._on_matrix_cellClicked)
        self.gallery.digitChosen.connect(self._on_gallery_digitChosen)
        session.snapshotApplied.connect(self._on_session_snapshotApplied)
        session.modelChanged.connect(self._on_session_modelChanged)
        self.follow.toggled.connect(self._on_follow_toggled)
        self._restore_settings()
        self._update_controls()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warmed:
            # The user is now looking at the training settings: start the training process
            # meanwhile, so that Start does not wait for its TensorFlow import.
            self._warmed = True
            self.worker.warm_up()
            self._size_columns()

    def _size_columns(self) -> None:
        # A third of the width for the settings, within bounds: on a 1280 px screen the
        # run's heading and buttons still share one line, on a 1920 px one the layer table
        # and the settings read whole. The user may drag the divider from there.
        total = sum(self.splitter.sizes())
        left = max(SETTINGS_MIN_WIDTH, min(SETTINGS_MAX_WIDTH, round(total * 0.32)))
        self.splitter.setSizes([left, max(1, total - left)])

    @property
    def data_loader(self) -> DataLoader | None:
        return self.worker.data_loader

    @data_loader.setter
    def data_loader(self, loader: DataLoader | None) -> None:
        self.worker.data_loader = loader
        self.worker._data = None

    # ----------------------------------------------------------------- building

    def _button(self, text: str, tip: str, slot, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        load_spec = self._button(
            "Load…", "Load an architecture saved as JSON", self.choose_spec_to_load
        )
        save_spec = self._button("Save…", "Save this architecture as JSON", self.choose_spec_path)
        arch_card = Card(
            "1 · Architecture",
            "The layers the digit goes through, in order. "
            "Shapes and parameter counts update as you edit.",
        )
        arch_card.body.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(load_spec)
        row.addWidget(save_spec)
        arch_card.body.addLayout(row)
        hyper_card = Card("2 · Training settings", "Hover over a setting to see what it does.")
        hyper_card.body.addWidget(self.form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(12)
        left_layout.addWidget(arch_card, 1)
        left_layout.addWidget(hyper_card)
        # The settings scroll; the run, its curves and its buttons stay in view beside them.
        scroll = VerticalScrollArea(left)

        self.start_button = self._button(
            "Start", "Train this network on MNIST", self.start, primary=True
        )
        self.pause_button = self._button(
            "Pause", "Pause after the current batch; press again to go on", self.toggle_pause
        )
        self.stop_button = self._button(
            "Stop", "Stop after the current batch; completed epochs are kept", self.stop
        )
        self.resume_button = self._button(
            "Resume last run",
            "Continue the last run that was stopped or interrupted, from its last checkpoint",
            self.resume_last_run,
        )
        self.use_button = self._button(
            "Use this model",
            "Make the trained network the current model of every tab",
            self.use_trained_model,
        )
        self.save_button = self._button(
            "Save model…",
            "Save the trained network as a .keras file with its settings and history",
            self.choose_model_path,
        )
        self.evaluate_button = self._button(
            "Evaluate",
            "Test the trained network on the 10,000 test digits it never saw",
            self.evaluate,
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        # The window's style keeps progress bars tiny for the status bar; this one spans the card.
        self.progress.setStyleSheet("QProgressBar { max-width: 16777215px; min-height: 8px; }")
        self.progress_text = TextView(1)
        self.status_text = TextView(2)
        self.start_reason = label("", wrap=True)
        self.start_reason.setStyleSheet(f"color: {style.BAD};")
        self.follow = QCheckBox("Draw and Inspect use the network while it trains")
        self.follow.setToolTip(
            "Every few hundred batches and at each epoch's end, a copy of "
            "the weights becomes the current model of the other tabs"
        )
        self.snapshot_text = label("", "caption")

        # The heading and two groups of buttons (run it; use what it made) share a line
        # when there is room for them, and wrap when there is not.
        buttons = FlowLayout(spacing=16)
        buttons.addWidget(label("3 · Train", "heading"))
        for group in (
            (self.start_button, self.pause_button, self.stop_button, self.resume_button),
            (self.evaluate_button, self.use_button, self.save_button),
        ):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            for b in group:
                row.addWidget(b)
            buttons.addWidget(box)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow)
        follow_row.addWidget(self.snapshot_text, 1)
        run_card = Card()
        run_card.body.addLayout(buttons)
        run_card.body.addWidget(self.start_reason)
        run_card.body.addWidget(self.progress)
        run_card.body.addWidget(self.progress_text)
        run_card.body.addWidget(self.status_text)
        run_card.body.addLayout(follow_row)

        # Each plot's own export sits in its toolbar row: no row of its own to take height.
        self.loss_plot.add_button(
            self._button(
                "Export…",
                "Save the batch-loss plot as PNG or SVG",
                lambda: self.choose_plot_path(self.loss_plot, "loss"),
            )
        )
        self.epoch_plot.add_button(
            self._button(
                "Export…",
                "Save the epoch plot as PNG or SVG",
                lambda: self.choose_plot_path(self.epoch_plot, "epochs"),
            )
        )
        self.epoch_plot.add_button(
            self._button(
                "History CSV…", "Save each epoch's loss and accuracy as CSV", self.choose_csv_path
            )
        )
        curves = QWidget()
        curves_layout = QVBoxLayout(curves)
        curves_layout.setContentsMargins(8, 8, 8, 8)
        curves_layout.addWidget(self.loss_plot, 3)
        curves_layout.addWidget(self.epoch_plot, 2)

        self.accuracy_label = label("No evaluation yet.", "heading")
        self.per_class_label = label("", "muted", wrap=True)
        self.gallery_caption = label(
            "Click a cell of the matrix to see its digits.", "muted", wrap=True
        )
        evaluation = QWidget()
        ev_layout = QHBoxLayout(evaluation)
        ev_layout.setContentsMargins(8, 8, 8, 8)
        ev_left = QVBoxLayout()
        ev_left.addWidget(self.accuracy_label)
        ev_left.addWidget(self.per_class_label)
        ev_left.addWidget(self.matrix, 1)
        ev_right = QVBoxLayout()
        ev_right.addWidget(self.gallery_caption)
        ev_right.addWidget(self.gallery, 1)
        ev_layout.addLayout(ev_left, 1)
        ev_layout.addLayout(ev_right, 1)

        self.views = QTabWidget()
        self.views.addTab(curves, "Learning curves")
        self.views.addTab(evaluation, "Evaluation")
        self.keep_runs = QSpinBox()
        self.keep_runs.setRange(1, 100)
        self.keep_runs.setValue(max(1, min(100, self.training_settings.keep_runs)))
        self.keep_runs.setToolTip(
            "Each run keeps its checkpoints in a folder of its own; when a new run starts, "
            "the folders of older runs beyond this many are deleted"
        )
        self.keep_runs.valueChanged.connect(self._on_keep_runs_valueChanged)
        self.runs.deleteRequested.connect(self._on_runs_deleteRequested)
        keep_row = QHBoxLayout()
        keep_row.addWidget(label("Keep the checkpoints of the last", "muted"))
        keep_row.addWidget(self.keep_runs)
        keep_row.addWidget(label("runs", "muted"))
        keep_row.addStretch(1)
        runs_view = QWidget()
        runs_layout = QVBoxLayout(runs_view)
        runs_layout.setContentsMargins(8, 8, 8, 8)
        runs_layout.addLayout(keep_row)
        runs_layout.addWidget(
            label("Right-click a run to delete its checkpoints now.", "muted", wrap=True)
        )
        runs_layout.addWidget(self.runs, 1)
        self.views.addTab(runs_view, "Runs")
        self.views.addTab(self.log, "Log")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(12)
        right_layout.addWidget(run_card)
        right_layout.addWidget(self.views, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        # Fits a 1280x720 screen as it is; on a shorter one it scrolls rather than hide the
        # curves' lower half and the evaluation below the screen's edge.
        splitter.addWidget(VerticalScrollArea(right))
        # Dragged all the way, a side would vanish with its controls.
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([SETTINGS_MIN_WIDTH, 900])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 14)
        outer.addWidget(splitter)

    def _restore_settings(self) -> None:
        s = self.training_settings
        self.follow.setChecked(s.follow)
        self._follow = s.follow
        name = s.preset if s.preset in PRESETS else "default"
        try:
            spec = json.loads(s.spec_json) if s.spec_json else preset(name).spec
            config = json.loads(s.config_json) if s.config_json else preset(name).training
        except ValueError:
            spec, config = preset(name).spec, preset(name).training
        self.editor.set_spec(spec, preset=name)
        self.form.set_config(config)
        self.form.tensorboard_dir.setText(s.tensorboard_dir)

    def _prune_runs(self) -> None:
        """Keep the folders of the newest ``keep_runs`` runs (the one starting and the one
        that can be resumed always among them); delete the older ones."""
        from model.runstore import prune_runs

        protect = [p for p in (self.run_dir, self._resumable) if p is not None]
        for path in prune_runs(self.runs_dir, self.keep_runs.value(), protect):
            self._files_gone(path)

    def _files_gone(self, path: Path) -> None:
        for run, folder in self._run_dirs.items():
            if folder == path:
                self.runs.set_run(run, {"status": "files deleted"})

    @Slot(int)
    def _on_keep_runs_valueChanged(self, value: int) -> None:
        self.training_settings.keep_runs = int(value)

    @Slot(int)
    def _on_runs_deleteRequested(self, run: int) -> None:
        self.delete_run_files(run)

    def delete_run_files(self, run: int) -> bool:
        """Delete run ``run``'s folder (checkpoints, record); False, saying why, if it cannot
        be deleted (the run is under way, or it is gone already)."""
        from model.errors import StorageError
        from model.runstore import remove_run

        path = self._run_dirs.get(run)
        if path is None or not path.exists():
            self._say(f"Run {run} has no files left to delete.", style.MUTED)
            return False
        if self.state != "idle" and path == self.run_dir:
            self._say(f"Run {run} is under way: stop it before deleting its files.", style.BAD)
            return False
        try:
            remove_run(path, self.runs_dir)
        except StorageError as exc:
            self._say(str(exc), style.BAD)
            return False
        self._files_gone(path)
        if self._resumable == path:
            self._resumable = resumable_run(self.runs_dir)
            self._update_controls()
        self._say(f"Deleted the files of run {run} ({path.name}).")
        return True

    def save_settings(self) -> None:
        self.training_settings.spec_json = json.dumps(self.editor.spec())
        config = {**asdict(self.form.config()), "strategy": self.form.wanted_strategy}
        self.training_settings.config_json = json.dumps(config)
        self.training_settings.preset = self.editor.preset_box.currentData() or "default"
        self.training_settings.follow = self.follow.isChecked()
        self.training_settings.tensorboard_dir = self.form.log_dir() or ""
        self.training_settings.keep_runs = self.keep_runs.value()
        self.settings.save(self.training_settings)

    # ----------------------------------------------------------------- run control

    def start(self) -> bool:
        """Start training the edited network with the settings shown; False if it cannot."""
        if self.state != "idle":
            return False
        if not self.editor.valid:
            self._say(f"Cannot start: {self.editor.error}", style.BAD)
            return False
        config = self.form.config()
        config.snapshot_every = self.snapshot_every
        try:
            config.check()
            run_dir = new_run_dir(self.runs_dir)
        except (TrainingError, OSError) as exc:
            self._say(f"Cannot start: {exc}", style.BAD)
            return False
        self.run_id += 1
        self.run_dir = run_dir
        self._run_dirs[self.run_id] = run_dir
        self._prune_runs()
        name = self.editor.preset_name()
        # The name becomes the Keras model's name, which must be an identifier-like string.
        metadata = {"name": f"run_{self.run_id}", "preset": name}
        self._begin_run(f"{name or 'custom'}", config.epochs)
        self.worker.start_run(
            self.editor.spec(),
            config,
            run_dir,
            self.run_id,
            metadata,
            log_dir=self._log_dir(run_dir),
        )
        return True

    def _log_dir(self, run_dir: Path) -> Path | None:
        """The run's TensorBoard folder: a subfolder named as its run folder, so that
        TensorBoard lists the runs side by side (and a resumed run continues its own)."""
        root = self.form.log_dir()
        if root is None:
            return None
        path = Path(root).expanduser() / run_dir.name
        self.log.appendPlainText(
            f"TensorBoard logs: {path} (view with: tensorboard --logdir {Path(root).expanduser()})"
        )
        return path

    def resume_last_run(self) -> bool:
        """Continue the last interrupted run from its checkpoint, up to the epochs shown."""
        path = self._resumable
        if self.state != "idle" or path is None or not (path / CHECKPOINT).is_file():
            return False
        self.run_id += 1
        self.run_dir = path
        self._begin_run(f"resumed {path.name}", self.form.epochs.value())
        self.worker.resume_run(
            path,
            self.run_id,
            self.form.epochs.value(),
            log_dir=self._log_dir(path),
            strategy=self.form.config().strategy,
        )
        return True

    def _begin_run(self, architecture: str, epochs: int) -> None:
        self.state = "running"
        self.last_result = None
        # What is alive now (models, widgets, figures) outlives the run: out of the cyclic
        # collector's reach, so that no full collection walks it mid-run. Still needed without
        # TensorFlow in this process: a full collection of its ~110,000 objects takes 50-150
        # ms, and without the freeze a run's first batch stalled the window 74 ms
        # (bench_gui_training.py). Freezing is constant-time; only cyclic garbage that exists
        # at this moment is never reclaimed.
        gc.freeze()
        # The axes get the run's limits now: a change of limits costs a full redraw (~100-200 ms
        # of the UI thread), which must not happen mid-run (drawn below, before the run starts).
        self.loss_plot.clear()
        self.epoch_plot.clear()
        self.loss_plot.set_epochs(epochs)
        self.epoch_plot.set_epochs(epochs)
        self.progress.setRange(0, 0)  # busy until the first batch: data and TF loading
        self.progress_text.set_text("Preparing: loading MNIST and TensorFlow…")
        self._say("")
        self.log.appendPlainText(f"— run {self.run_id} ({architecture}) —")
        self.runs.set_run(
            self.run_id, {"run": self.run_id, "architecture": architecture, "status": "starting"}
        )
        self.views.setCurrentIndex(0)
        self._update_controls()
        if self.isVisible():
            # In answer to the click, before the training process's first message can arrive
            # (it is ready and answers within milliseconds).
            for plot in (self.loss_plot, self.epoch_plot):
                plot.redraw_now()

    def toggle_pause(self) -> None:
        if self.state == "running":
            self.worker.pause()
            self.state = "paused"
            self._say("Paused after the current batch. Press Resume to go on.")
        elif self.state == "paused":
            self.worker.resume()
            self.state = "running"
            self._say("Training…")
        self._update_controls()

    def stop(self) -> None:
        """Stop the run at the next batch boundary."""
        if self.state in ("running", "paused"):
            self.worker.request_stop()
            self.state = "stopping"
            self._say("Stopping after the current batch…")
            self._update_controls()

    def evaluate(self) -> None:
        self._say("Evaluating on the test digits…")
        self.worker.evaluate()

    def use_trained_model(self) -> None:
        """Save the trained model into its run folder and make it the session's model."""
        if self.last_result is None or self.run_dir is None:
            return
        self._use_after_save = True
        self.worker.save(self.run_dir / FINAL_MODEL, {"name": f"run_{self.last_result['run']}"})

    def save_model_to(self, path: str | Path) -> None:
        self.worker.save(path, {"name": Path(path).stem})

    def shutdown(self, timeout_ms: int) -> bool:
        """Stop the run at a batch boundary (its checkpoint stays) and end the thread."""
        self.loss_plot.stop_redrawing()
        self.epoch_plot.stop_redrawing()
        return self.worker.stop(min(timeout_ms, SHUTDOWN_MS))

    def _update_controls(self) -> None:
        idle = self.state == "idle"
        valid = self.editor.valid
        self.start_button.setEnabled(idle and valid)
        self.start_button.setToolTip(
            "Train this network on MNIST" if valid else f"Cannot start: {self.editor.error}"
        )
        self.start_reason.setVisible(not valid)
        if not valid:
            self.start_reason.setText(
                "Start is off until the architecture is fixed (see the highlighted layer)."
            )
        self.pause_button.setEnabled(self.state in ("running", "paused"))
        self.pause_button.setText("Resume" if self.state == "paused" else "Pause")
        self.stop_button.setEnabled(self.state in ("running", "paused"))
        self.resume_button.setEnabled(idle and self._resumable is not None)
        trained = (
            idle
            and self.last_result is not None
            and self.last_result.get("epochs_completed", 0) > 0
        )
        for b in (self.use_button, self.save_button, self.evaluate_button):
            b.setEnabled(trained)
        self.editor.setEnabled(idle)
        self.form.setEnabled(idle)

    def _say(self, text: str, colour: str = style.TEXT) -> None:
        self.status_text.set_text(text, colour)

    # ----------------------------------------------------------------- worker signals

    @Slot(object)
    def _on_worker_runStarted(self, info: dict) -> None:
        cfg = info["config"]
        self._run_config = cfg
        self.loss_plot.set_epochs(cfg["epochs"])
        self.epoch_plot.set_epochs(cfg["epochs"])
        self.run_dir = Path(info["run_dir"])
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self._say("Training…" if self.state == "running" else self.status_text.text())
        from model.architectures import summarize, total_params

        self.runs.set_run(
            info["run"],
            {
                "params": f"{total_params(summarize(info['spec'])):,}",
                "epochs": cfg["epochs"],
                "batch": cfg["batch_size"],
                "optimizer": OPTIMIZER_NAMES.get(cfg["optimizer"], cfg["optimizer"]),
                "lr": f"{cfg['learning_rate']:g}",
                "digits": f"{info['n_train']:,}",
                "status": "training",
            },
        )
        self.log.appendPlainText(f"run folder: {info['run_dir']}")

    @Slot(object)
    def _on_worker_batchesEnded(self, points: list) -> None:
        self.loss_plot.add_points(points)
        p = points[-1]
        done = (p["epoch"] + (p["batch"] + 1) / max(1, p["batches"])) / max(1, p["epochs"])
        self.progress.setValue(int(1000 * min(1.0, done)))
        self.progress_text.set_text(
            f"Epoch {p['epoch'] + 1}/{p['epochs']} · batch {p['batch'] + 1}/{p['batches']} · "
            f"loss {p['loss']:.3f} · {p['samples_per_second']:,.0f} digits/s · "
            f"about {duration(p['eta_s'])} left"
        )

    @Slot(object)
    def _on_worker_epochEnded(self, info: dict) -> None:
        self.epoch_plot.set_history(info["history"])
        parts = [
            f"epoch {info['epoch'] + 1}: loss {info.get('loss', float('nan')):.4f}",
            f"accuracy {info.get('accuracy', 0) * 100:.2f} %",
        ]
        if "val_accuracy" in info:
            parts.append(f"validation accuracy {info['val_accuracy'] * 100:.2f} %")
            self.runs.set_run(self.run_id, {"val acc": f"{info['val_accuracy'] * 100:.2f} %"})
        self.log.appendPlainText(", ".join(parts))

    @Slot(object, object)
    def _on_worker_snapshotTaken(self, weights: list, info: dict) -> None:
        if self.follow.isChecked():
            self.session.apply_snapshot(
                info["spec"], weights, {k: v for k, v in info.items() if k != "spec"}
            )

    def _prepare_snapshots(self, spec: list[dict], run: int) -> None:
        # Training worker's thread, as the run starts: the model worker builds and traces the
        # network the snapshots will fill while the first batches train in the child process,
        # so the first snapshot shows at once. Nothing waits for it.
        if self._follow:
            self.session.prepare_snapshot_model(spec, {"run": run})

    @Slot(bool)
    def _on_follow_toggled(self, on: bool) -> None:
        self._follow = on

    @Slot(object)
    def _on_session_modelChanged(self, info: dict) -> None:
        if "snapshot" in info:
            return  # a run's snapshot: snapshotApplied names it
        # A model from a file (Open, Open Default Model, "Use this model"): the run's
        # snapshot no longer is what Draw and Inspect show.
        where = f" ({Path(info['path']).name})" if info.get("path") else ""
        self.snapshot_text.setText(f"Draw and Inspect use “{info.get('name', 'a model')}”{where}")

    @Slot(object)
    def _on_session_snapshotApplied(self, info: dict) -> None:
        text = f"Draw and Inspect use run {info.get('run', '?')}: {info['text']}"
        self.snapshot_text.setText(text)
        self.statusReported.emit(text)

    @Slot(str)
    def _on_worker_messageLogged(self, text: str) -> None:
        self.log.appendPlainText(text)

    @Slot(object)
    def _on_worker_runFinished(self, result: dict) -> None:
        self.state = "idle"
        self.last_result = result
        status, message = result["status"], result["message"]
        self.epoch_plot.zoom_accuracy = True
        self.epoch_plot.set_history(result["history"])
        self.progress.setRange(0, 1000)
        if status == "completed":
            self.progress.setValue(1000)
        rate = result["samples_per_second"]
        self.progress_text.set_text(
            f"{status.capitalize()}: {count(result['epochs_completed'], 'epoch')} "
            f"in {duration(result['seconds'])} "
            f"({rate:,.0f} digits/s)"
        )
        colour = style.BAD if status == "diverged" else style.TEXT
        self._say(message[0].upper() + message[1:] if message else status, colour)
        self.log.appendPlainText(message)
        row: dict[str, Any] = {
            "status": status,
            "epochs": result["epochs_completed"],
            "time": duration(result["seconds"]),
        }
        history = result["history"]
        if history.get("val_accuracy"):
            row["val acc"] = f"{history['val_accuracy'][-1] * 100:.2f} %"
        self.runs.set_run(result["run"], row)
        self._resumable = (
            self.run_dir
            if status != "completed" and result["checkpoint"]
            else resumable_run(self.runs_dir)
            if status != "completed"
            else None
        )
        if "evaluation" in result:
            self._on_worker_evaluated(result["evaluation"])
        if status == "diverged":
            self.errorReported.emit("Training diverged", message, "")
        self._update_controls()

    @Slot(object)
    def _on_worker_evaluated(self, evaluation: dict) -> None:
        self.evaluation = evaluation
        acc = evaluation["accuracy"] * 100
        self.accuracy_label.setText(
            f"Test accuracy {acc:.2f} % on {count(evaluation['n'], 'digit')} it never saw"
        )
        per_class = evaluation["per_class_accuracy"]
        self.per_class_label.setText(
            "Per digit: "
            + "  ".join(
                f"{d}: {'–' if np.isnan(a) else f'{a * 100:.1f}%'}" for d, a in enumerate(per_class)
            )
        )
        self.matrix.set_matrix(evaluation["confusion"])
        self.gallery.clear()
        self.gallery_caption.setText("Click a cell of the matrix to see its digits.")
        if self.last_result is not None:
            self.runs.set_run(self.last_result["run"], {"test acc": f"{acc:.2f} %"})
        self._say(f"Test accuracy {acc:.2f} %. See the Evaluation tab for the mistakes.")

    @Slot(object)
    def _on_worker_devicesFound(self, info: dict) -> None:
        self.devices = info
        self.form.set_devices(info)
        if self.form.strategy_offered:
            names = ", ".join(d.removeprefix("/device:") for d in info.get("devices", []))
            workers = info.get("workers", 1)
            cluster = f"; a cluster of {workers} machines" if workers > 1 else ""
            self.log.appendPlainText(f"Devices for training: {names}{cluster}")

    @Slot(str)
    def _on_worker_modelSaved(self, path: str) -> None:
        self.log.appendPlainText(f"saved {path}")
        if self._use_after_save and Path(path).name == FINAL_MODEL:
            self._use_after_save = False
            self.session.open(path)
            self.statusReported.emit(f"The trained network is now the current model ({path}).")
        else:
            self.statusReported.emit(f"Saved the trained network to {path}.")

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        self.log.appendPlainText(f"error: {message}")
        if kind == "train":
            self.state = "idle"
            self.progress.setRange(0, 1000)
            self._say(f"Training failed: {message}", style.BAD)
            self.runs.set_run(self.run_id, {"status": "failed"})
            self._resumable = resumable_run(self.runs_dir)  # a crash keeps its checkpoint
            self._update_controls()
        self.errorReported.emit(
            {
                "train": "Training failed",
                "save": "Could not save the model",
                "evaluate": "Could not evaluate",
            }.get(kind, "Training"),
            message,
            details,
        )

    # ----------------------------------------------------------------- editor, evaluation

    @Slot(bool, str)
    def _on_editor_validityChanged(self, valid: bool, reason: str) -> None:
        self._update_controls()

    @Slot(str)
    def _on_editor_presetChosen(self, name: str) -> None:
        self.form.set_config(preset(name).training)

    @Slot(int, int)
    def _on_matrix_cellClicked(self, true: int, predicted: int) -> None:
        ev = self.evaluation
        if ev is None:
            return
        indices = np.flatnonzero((ev["labels"] == true) & (ev["predictions"] == predicted))
        what = "read correctly" if true == predicted else f"read as {predicted}"
        shown = min(len(indices), DigitGallery.MAX_SHOWN)
        self.gallery_caption.setText(
            f"{count(len(indices), 'test digit')} {true} {what}"
            + (f" (first {shown} shown)" if shown < len(indices) else "")
            + ". Click one to load it into the Draw and Inspect tabs."
        )
        self.gallery.show_digits(ev["images"], indices, f", {with_article(true)} {what}")

    @Slot(int)
    def _on_gallery_digitChosen(self, index: int) -> None:
        # The Draw tab owns the canvas; the window exposes it as ``draw_tab``.
        draw = getattr(self.window(), "draw_tab", None)
        if draw is None or not hasattr(draw, "show_test_digit"):
            self.statusReported.emit(f"Test digit #{index}: open the Draw tab to use it.")
            return
        draw.show_test_digit(index)
        self.tabRequested.emit("draw")

    # ----------------------------------------------------------------- file dialogs

    def choose_spec_to_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Load an architecture", "", SPEC_FILTER)
        if path:
            try:
                self.editor.load_json(path)
            except ConvscopeError as exc:
                self.errorReported.emit("Could not load the architecture", str(exc), "")

    def choose_spec_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the architecture", "architecture.json", SPEC_FILTER
        )
        if path:
            self._write(lambda: self.editor.save_json(path), "architecture", path)

    def choose_model_path(self) -> None:
        name = f"run{self.last_result['run']}.keras" if self.last_result else "model.keras"
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the trained model", name, "Keras models (*.keras)"
        )
        if path:
            self.save_model_to(path if path.endswith(".keras") else path + ".keras")

    def choose_plot_path(self, plot, stem: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the plot", f"{stem}.png", "PNG image (*.png);;SVG drawing (*.svg)"
        )
        if path:
            self._write(lambda: plot.export(path), "plot", path)

    def choose_csv_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the history", "history.csv", "CSV (*.csv)"
        )
        if path:
            from model.storage import atomic_write_text

            self._write(
                lambda: atomic_write_text(path, self.epoch_plot.history_csv()), "history", path
            )

    def _write(self, write, what: str, path: str) -> None:
        try:
            write()
        except (OSError, ConvscopeError, ValueError) as exc:
            self.errorReported.emit(f"Could not save the {what}", f"{path}: {exc}", "")
            return
        self.statusReported.emit(f"Saved the {what} to {path}.")
