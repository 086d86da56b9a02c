"""The Train tab: design a network, set its training, run it and watch it learn.

Left: the architecture editor (checked live, without TensorFlow) and the hyperparameters.
Right: run control with progress, the live plots, the evaluation (confusion matrix and its
digits), the runs of this session and a log. Training runs in a ``TrainingWorker``; its events
come back as signals, batch points in throttled bundles. While it trains, weight *snapshots*
(copies) go to the shared ``ModelSession`` so the Draw and Inspect tabs read the network as it
learns, without ever touching the weights being updated.

Each part has a module of its own in ``gui.train``: ``architecture_card`` (with ``editor``),
``hyperparameters``, ``run_card`` and ``follow`` (the run's buttons and progress), ``curves``
(the live plots), ``evaluation_view``, ``runs_view``, ``run_log``, ``layout`` (the two
columns), and ``jobs`` (the training worker and the run folders). This module puts them
together and runs the runs.
"""

from __future__ import annotations

import gc
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.common import style
from gui.common.i18n import translate
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore, TrainingSettings
from gui.common.tabs import ConvscopeTab, show_test_digit
from gui.train import texts
from gui.train.architecture_card import ArchitectureCard
from gui.train.curves import EpochPlot, LearningCurves, LossPlot
from gui.train.editor import ArchitectureEditor
from gui.train.evaluation_view import EvaluationView
from gui.train.follow import FollowRow
from gui.train.hyperparameters import HyperparameterForm
from gui.train.jobs import (
    CHECKPOINT,
    FINAL_MODEL,
    DataLoader,
    TrainingWorker,
    default_runs_dir,
    new_run_dir,
    resumable_run,
)
from gui.train.layout import run_column, run_views, settings_column, side_by_side, size_columns
from gui.train.run_card import RunCard
from gui.train.run_log import RunLog
from gui.train.runs_view import RunsTable, RunsView
from gui.train.texts import ERROR_TITLES, TITLE, TOOLTIP, TRAINING
from model.errors import TrainingError
from model.i18n import number
from model.presets import PRESETS, preset
from model.words import sentence

# Closing the window waits at most this long for the run to stop at a batch boundary.
SHUTDOWN_MS = 1800


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
    title, tooltip = TITLE, TOOLTIP

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
        self.last_result: dict[str, Any] | None = None
        self._use_after_save = False
        self._resumable = resumable_run(self.runs_dir)
        self._warmed = False
        # What the training process can train on (model.training.distribute.devices), once it has
        # said.
        self.devices: dict[str, Any] | None = None

        self.editor = ArchitectureEditor()
        self.form = HyperparameterForm()
        self.follow_row = FollowRow(session)
        self.run_card = RunCard(self.follow_row)
        self.loss_plot = LossPlot()
        self.epoch_plot = EpochPlot()
        self.evaluation_view = EvaluationView()
        self.runs = RunsTable()
        self.runs.setAccessibleName(translate("train.tab", "Training runs"))
        self.worker = TrainingWorker(data_loader)
        # Connected first: a run's lines are logged before anything else reacts to them.
        self.log = RunLog(self.worker)
        self.log.setAccessibleName(translate("train.tab", "Training log"))
        self._build_layout()
        self._connect_run_card()

        self.worker.runStarted.connect(self._on_worker_runStarted)
        self.worker.batchesEnded.connect(self._on_worker_batchesEnded)
        self.worker.epochEnded.connect(self._on_worker_epochEnded)
        self.worker.snapshotTaken.connect(self.follow_row.apply)
        self.worker.runFinished.connect(self._on_worker_runFinished)
        self.worker.evaluated.connect(self._on_worker_evaluated)
        self.worker.modelSaved.connect(self._on_worker_modelSaved)
        self.worker.devicesFound.connect(self._on_worker_devicesFound)
        self.worker.errored.connect(self._on_worker_errored)
        self.worker.before_fit = self.follow_row.prepare
        self.worker.start()

        self.editor.validityChanged.connect(self._on_editor_validityChanged)
        self.editor.presetChosen.connect(self._on_editor_presetChosen)
        self.evaluation_view.digitChosen.connect(self._on_evaluation_digitChosen)
        self.runs_view.keep_runs.valueChanged.connect(self._on_keep_runs_valueChanged)
        self.runs.deleteRequested.connect(self._on_runs_deleteRequested)
        self.runs_view.said.connect(self.run_card.say)
        self._restore_settings()
        self._update_controls()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._warmed:
            # The user is now looking at the training settings: start the training process
            # meanwhile, so that Start does not wait for its TensorFlow import.
            self._warmed = True
            self.worker.warm_up()
            size_columns(self.splitter)

    @property
    def data_loader(self) -> DataLoader | None:
        return self.worker.data_loader

    @data_loader.setter
    def data_loader(self, loader: DataLoader | None) -> None:
        self.worker.data_loader = loader
        self.worker._data = None

    # ----------------------------------------------------------------- building

    def _build_layout(self) -> None:
        arch_card = ArchitectureCard(self.editor)
        curves = LearningCurves(self.loss_plot, self.epoch_plot)
        self.runs_view = RunsView(self.runs, self.runs_dir, self.training_settings.keep_runs)
        self.views = run_views(
            [
                (curves, translate("train.tab", "Learning curves")),
                (self.evaluation_view, translate("train.tab", "Evaluation")),
                (self.runs_view, translate("train.tab", "Runs")),
                (self.log, translate("train.tab", "Log")),
            ]
        )
        for part in (arch_card, curves, self.follow_row):
            part.statusReported.connect(self.statusReported)
        for part in (arch_card, curves):
            part.errorReported.connect(self.errorReported)
        self.splitter = side_by_side(
            self,
            settings_column(arch_card, self.form),
            run_column(self.run_card, self.views),
        )

    def _connect_run_card(self) -> None:
        card = self.run_card
        card.start_button.clicked.connect(self.start)
        card.pause_button.clicked.connect(self.toggle_pause)
        card.stop_button.clicked.connect(self.stop)
        card.resume_button.clicked.connect(self.resume_last_run)
        card.use_button.clicked.connect(self.use_trained_model)
        card.save_button.clicked.connect(self.choose_model_path)
        card.evaluate_button.clicked.connect(self.evaluate)

    def _restore_settings(self) -> None:
        s = self.training_settings
        self.follow_row.set_on(s.follow)
        name = s.preset if s.preset in PRESETS else "default"
        try:
            spec = json.loads(s.spec_json) if s.spec_json else preset(name).spec
            config = json.loads(s.config_json) if s.config_json else preset(name).training
        except ValueError:
            spec, config = preset(name).spec, preset(name).training
        self.editor.set_spec(spec, preset=name)
        self.form.set_config(config)
        self.form.tensorboard_dir.setText(s.tensorboard_dir)

    def save_settings(self) -> None:
        self.training_settings.spec_json = json.dumps(self.editor.spec())
        config = {**asdict(self.form.config()), "strategy": self.form.wanted_strategy}
        self.training_settings.config_json = json.dumps(config)
        self.training_settings.preset = self.editor.preset_box.currentData() or "default"
        self.training_settings.follow = self.follow_row.follow.isChecked()
        self.training_settings.tensorboard_dir = self.form.log_dir() or ""
        self.training_settings.keep_runs = self.runs_view.keep_runs.value()
        self.settings.save(self.training_settings)

    # ----------------------------------------------------------------- run folders

    @Slot(int)
    def _on_keep_runs_valueChanged(self, value: int) -> None:
        self.training_settings.keep_runs = int(value)

    @Slot(int)
    def _on_runs_deleteRequested(self, run: int) -> None:
        self.delete_run_files(run)

    def delete_run_files(self, run: int) -> bool:
        """Delete run ``run``'s folder (checkpoints, record); False, saying why, if it cannot
        be deleted (the run is under way, or it is gone already)."""
        path = self.runs_view.delete_files(run, self.run_dir if self.state != "idle" else None)
        if path is None:
            return False
        if self._resumable == path:
            self._resumable = resumable_run(self.runs_dir)
            self._update_controls()
        self.run_card.say(texts.files_deleted(run, path.name))
        return True

    def _log_dir(self, run_dir: Path) -> Path | None:
        """The run's TensorBoard folder: a subfolder named as its run folder, so that
        TensorBoard lists the runs side by side (and a resumed run continues its own)."""
        root = self.form.log_dir()
        if root is None:
            return None
        path = Path(root).expanduser() / run_dir.name
        self.log.tensorboard(path, Path(root).expanduser())
        return path

    # ----------------------------------------------------------------- run control

    def start(self) -> bool:
        """Start training the edited network with the settings shown; False if it cannot."""
        if self.state != "idle":
            return False
        if not self.editor.valid:
            self.run_card.say(texts.cannot_start(self.editor.error), style.BAD)
            return False
        config = self.form.config()
        config.snapshot_every = self.snapshot_every
        try:
            config.check()
            run_dir = new_run_dir(self.runs_dir)
        except (TrainingError, OSError) as exc:
            self.run_card.say(texts.cannot_start(exc), style.BAD)
            return False
        self.run_id += 1
        self.run_dir = run_dir
        self.runs_view.add_folder(self.run_id, run_dir)
        self.runs_view.prune([p for p in (self.run_dir, self._resumable) if p is not None])
        name = self.editor.preset_name()
        # The name becomes the Keras model's name, which must be an identifier-like string.
        metadata = {"name": f"run_{self.run_id}", "preset": name}
        self._begin_run(name or translate("train.tab", "custom"), config.epochs)
        self.worker.start_run(
            self.editor.spec(),
            config,
            run_dir,
            self.run_id,
            metadata,
            log_dir=self._log_dir(run_dir),
        )
        return True

    def resume_last_run(self) -> bool:
        """Continue the last interrupted run from its checkpoint, up to the epochs shown."""
        path = self._resumable
        if self.state != "idle" or path is None or not (path / CHECKPOINT).is_file():
            return False
        self.run_id += 1
        self.run_dir = path
        resumed = translate("train.tab", "resumed {dirname}").format(dirname=path.name)
        self._begin_run(resumed, self.form.epochs.value())
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
        self.run_card.show_preparing()
        self.run_card.say("")
        self.log.begin_run(self.run_id, architecture)
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
            self.run_card.say(
                translate("train.tab", "Paused after the current batch. Press Resume to go on.")
            )
        elif self.state == "paused":
            self.worker.resume()
            self.state = "running"
            self.run_card.say(translate("train.tab", "Training…"))
        self._update_controls()

    def stop(self) -> None:
        """Stop the run at the next batch boundary."""
        if self.state in ("running", "paused"):
            self.worker.request_stop()
            self.state = "stopping"
            self.run_card.say(translate("train.tab", "Stopping after the current batch…"))
            self._update_controls()

    def evaluate(self) -> None:
        self.run_card.say(translate("train.tab", "Evaluating on the test digits…"))
        self.worker.evaluate()

    def use_trained_model(self) -> None:
        """Save the trained model into its run folder and make it the session's model."""
        if self.last_result is None or self.run_dir is None:
            return
        self._use_after_save = True
        self.worker.save(self.run_dir / FINAL_MODEL, {"name": f"run_{self.last_result['run']}"})

    def save_model_to(self, path: str | Path) -> None:
        self.worker.save(path, {"name": Path(path).stem})

    def choose_model_path(self) -> None:
        name = f"run{self.last_result['run']}.keras" if self.last_result else "model.keras"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("train.tab", "Save the trained model"),
            name,
            translate("train.tab", "Keras models (*.keras)"),
        )
        if path:
            self.save_model_to(path if path.endswith(".keras") else path + ".keras")

    def shutdown(self, timeout_ms: int) -> bool:
        """Stop the run at a batch boundary (its checkpoint stays) and end the thread."""
        self.loss_plot.stop_redrawing()
        self.epoch_plot.stop_redrawing()
        return self.worker.stop(min(timeout_ms, SHUTDOWN_MS))

    def _update_controls(self) -> None:
        idle = self.state == "idle"
        trained = (
            idle
            and self.last_result is not None
            and self.last_result.get("epochs_completed", 0) > 0
        )
        self.run_card.show_controls(
            self.state, self.editor.valid, self.editor.error, self._resumable is not None, trained
        )
        self.editor.setEnabled(idle)
        self.form.setEnabled(idle)

    # ----------------------------------------------------------------- worker signals

    @Slot(object)
    def _on_worker_runStarted(self, info: dict) -> None:
        cfg = info["config"]
        self.loss_plot.set_epochs(cfg["epochs"])
        self.epoch_plot.set_epochs(cfg["epochs"])
        self.run_dir = Path(info["run_dir"])
        self.run_card.show_started()
        status = self.run_card.status_text.text()
        self.run_card.say(
            translate("train.tab", "Training…") if self.state == "running" else status
        )
        self.runs.show_started(info)

    @Slot(object)
    def _on_worker_batchesEnded(self, points: list) -> None:
        self.loss_plot.add_points(points)
        self.run_card.show_batch(points[-1])

    @Slot(object)
    def _on_worker_epochEnded(self, info: dict) -> None:
        self.epoch_plot.set_history(info["history"])
        if "val_accuracy" in info:
            val = f"{number(info['val_accuracy'] * 100, 2)} %"
            self.runs.set_run(self.run_id, {"val acc": val})

    @Slot(object)
    def _on_worker_runFinished(self, result: dict) -> None:
        self.state = "idle"
        self.last_result = result
        status, message = result["status"], result["message"]
        self.epoch_plot.zoom_accuracy = True
        self.epoch_plot.set_history(result["history"])
        self.run_card.show_finished(result)
        colour = style.BAD if status == "diverged" else style.TEXT
        self.run_card.say(sentence(message) if message else status, colour)
        self.log.appendPlainText(message)
        self.runs.show_finished(result)
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
            self.errorReported.emit(translate("train.tab", "Training diverged"), message, "")
        self._update_controls()

    @Slot(object)
    def _on_worker_evaluated(self, evaluation: dict) -> None:
        self.evaluation_view.show_evaluation(evaluation)
        acc = number(evaluation["accuracy"] * 100, 2)
        if self.last_result is not None:
            self.runs.set_run(self.last_result["run"], {"test acc": f"{acc} %"})
        self.run_card.say(texts.test_accuracy(acc))

    @Slot(object)
    def _on_worker_devicesFound(self, info: dict) -> None:
        self.devices = info
        self.form.set_devices(info)
        if self.form.strategy_offered:
            self.log.devices(info)

    @Slot(str)
    def _on_worker_modelSaved(self, path: str) -> None:
        if self._use_after_save and Path(path).name == FINAL_MODEL:
            self._use_after_save = False
            self.session.open(path)
            said = translate("train.tab", "The trained network is now the current model ({path}).")
        else:
            said = translate("train.tab", "Saved the trained network to {path}.")
        self.statusReported.emit(said.format(path=path))

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "train":
            self.state = "idle"
            self.run_card.show_failed()
            failed = translate("train.tab", "Training failed: {message}").format(message=message)
            self.run_card.say(failed, style.BAD)
            self.runs.set_run(self.run_id, {"status": "failed"})
            self._resumable = resumable_run(self.runs_dir)  # a crash keeps its checkpoint
            self._update_controls()
        title = translate("train.texts", ERROR_TITLES.get(kind, TRAINING))
        self.errorReported.emit(title, message, details)

    # ----------------------------------------------------------------- editor, evaluation

    @Slot(bool, str)
    def _on_editor_validityChanged(self, valid: bool, reason: str) -> None:
        self._update_controls()

    @Slot(str)
    def _on_editor_presetChosen(self, name: str) -> None:
        self.form.set_config(preset(name).training)

    @Slot(int)
    def _on_evaluation_digitChosen(self, index: int) -> None:
        if not show_test_digit(self, index):
            self.statusReported.emit(texts.no_draw_tab(index))
            return
        self.tabRequested.emit("draw")
