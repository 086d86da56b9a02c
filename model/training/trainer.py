"""Training: ``model.fit`` with progress, pause/stop, a NaN guard, checkpoints and resume.

The ``Trainer`` adds nothing to the hot loop but one small Keras callback
(``model.training.monitor``), so it runs at the speed of plain ``model.fit``
(bench/bench_training.py checks it). The outside world (the command line's progress bar, the
GUI's signals) listens through ``TrainingEvents``: plain callables, called on the training
thread. The pieces of a run have modules of their own in this package: its settings
(``config``), the batches it sees (``batches``, distorted by ``augment``), the optimizer
(``optimizer``), the callback (``monitor``), checkpoints (``checkpoints``), pause and stop
(``controls``) and ``tf.distribute`` strategies (``distribute``).
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from model.architectures import build_model, summarize
from model.backend import graph_lock
from model.backend import keras as _keras
from model.data.mnist import MnistData
from model.data.preprocess import PREPROCESS_VERSION
from model.errors import ConvscopeError, TrainingError
from model.i18n import translate
from model.training.batches import batch_dataset, split_training_data
from model.training.checkpoints import CHECKPOINT_NAME, seed_states, set_seed_states
from model.training.config import TrainConfig, TrainingEvents, TrainResult
from model.training.controls import RunControls
from model.training.distribute import is_chief, make_strategy, read_tf_config, stop_agreement
from model.training.distribute import scope as strategy_scope
from model.training.monitor import make_monitor
from model.training.optimizer import compile_model
from model.words import count

# What TensorFlow raises in a multi-worker run when another worker has gone (Ctrl-C, a crash);
# its own first line says only "Graph execution error:".
_PEER_LOST = ("UnavailableError", "CancelledError", "DeadlineExceededError", "AbortedError")


class Trainer(RunControls):
    """Runs one training job; ``run`` blocks, the control methods may be called from any thread.

    Parameters
    ----------
    spec : the architecture (see ``model.architectures``).
    config : hyperparameters.
    data : MNIST (or any data of its layout).
    events : progress listeners.
    checkpoint_dir : if given, the model is saved there after every epoch and can be resumed.
    metadata : extra metadata stored in checkpoints (preset name, command line, ...).
    initial_model : if given, training continues from this Keras model (fine-tuning) instead
        of a fresh one built from ``spec``, which must describe it; it is compiled with
        ``config``'s optimizer and trained in place.
    log_dir : if given, the run's metrics are also written there as TensorBoard event files
        (see ``model.training.tblog``).
    """

    def __init__(
        self,
        spec: list[dict],
        config: TrainConfig,
        data: MnistData,
        events: TrainingEvents | None = None,
        checkpoint_dir: str | Path | None = None,
        metadata: dict[str, Any] | None = None,
        initial_model: Any | None = None,
        log_dir: str | Path | None = None,
    ) -> None:
        summarize(spec)  # refuse an invalid spec before any heavy work
        config.check()
        self.spec = spec
        self.config = config
        self.data = data
        self.events = events or TrainingEvents()
        self.checkpoint_dir = Path(checkpoint_dir) if checkpoint_dir else None
        self.metadata = dict(metadata or {})
        self.log_dir = Path(log_dir) if log_dir else None
        super().__init__()
        self._model = initial_model
        # A model handed in has no optimizer for this run yet; a checkpoint's keeps its own.
        self._compile_given = initial_model is not None
        self._initial_epoch = 0
        self._history: dict[str, list[float]] = {}

    def share_controls(self, stop: Any, running: Any) -> None:
        """Take the stop and run flags from outside (e.g. ``multiprocessing.Event``s another
        process sets): ``stop`` set ends the run at a batch boundary, ``running`` clear pauses."""
        self._stop, self._running = stop, running

    # -- resuming
    @classmethod
    def from_checkpoint(
        cls,
        path: str | Path,
        data: MnistData,
        events: TrainingEvents | None = None,
        checkpoint_dir: str | Path | None = None,
        epochs: int | None = None,
        log_dir: str | Path | None = None,
        strategy: str | None = None,
    ) -> Trainer:
        """A Trainer that continues the run saved in checkpoint ``path``, under ``strategy``
        (by default the one the run was started with; see ``model.training.distribute``)."""
        from model.storage import load_keras, read_metadata

        # The strategy must be known before the checkpoint's variables are created: they are
        # mirrored only if they are born in its scope.
        recorded = read_metadata(path).get("training")
        if strategy is None and isinstance(recorded, dict):
            strategy = recorded.get("strategy")
        strategy = strategy or "default"
        with strategy_scope(make_strategy(strategy)):
            loaded = load_keras(path, compile=True)
        meta = loaded.metadata
        if "spec" not in meta or "training" not in meta:
            raise TrainingError(
                translate(
                    "training.trainer", "{path}: not a Convscope checkpoint (no spec or settings)"
                ).format(path=path)
            )
        config = TrainConfig.from_dict(meta["training"])
        config.strategy = strategy
        if epochs is not None:
            config.epochs = epochs
        trainer = cls(
            meta["spec"],
            config,
            data,
            events,
            checkpoint_dir or Path(path).parent,
            {k: v for k, v in meta.items() if k not in ("history", "training")},
            log_dir=log_dir,
        )
        trainer._model = loaded.model
        set_seed_states(loaded.model, meta.get("random_state", {}))
        trainer._initial_epoch = int(meta.get("epochs_completed", 0))
        trainer._history = {k: list(v) for k, v in meta.get("history", {}).items()}
        return trainer

    # -- the run
    def run(self) -> TrainResult:
        """Train; returns how it ended. Raises TrainingError for a failure to even start."""
        cfg = self.config
        x, y, val = split_training_data(self.data, cfg)
        steps = math.ceil(len(x) / cfg.batch_size)
        strategy = self._strategy()
        if not self.writes_files:
            # The chief writes checkpoints and logs for the cluster; the workers hold the same
            # weights, and two writers of one shared folder would race.
            self.checkpoint_dir = self.log_dir = None
        self._prepare_model(strategy, steps)
        if self._initial_epoch >= cfg.epochs:
            return self._result(
                "completed",
                self._initial_epoch,
                0.0,
                0,
                translate("training.trainer", "already complete"),
            )
        monitor = make_monitor(self, steps, len(x))
        callbacks = [monitor, *self._tensorboard(steps, len(x))]
        fit_args: dict[str, Any] = dict(
            epochs=cfg.epochs,
            initial_epoch=self._initial_epoch,
            verbose=0,
            callbacks=callbacks,
            validation_data=val,
        )
        # Our own batches, ordered per epoch, rather than Keras's shuffle: see
        # model.training.batches.
        fit_args.update(x=self._batches(x, y, steps), steps_per_epoch=steps, shuffle=False)
        self._message(self._starting_text(len(x), steps, strategy))
        seconds = self._fit(fit_args, monitor, strategy)
        if monitor.status == "diverged":
            monitor.restore()
        status = monitor.status
        done = monitor.epochs_completed
        message = {
            "completed": lambda: translate("training.trainer", "finished {count}").format(
                count=count(
                    done,
                    translate("training.trainer", "epoch"),
                    translate("training.trainer", "epochs"),
                )
            ),
            "stopped": lambda: translate("training.trainer", "stopped after {count}").format(
                count=count(
                    done,
                    translate("training.trainer", "complete epoch"),
                    translate("training.trainer", "complete epochs"),
                )
            ),
            "diverged": lambda: monitor.divergence_message,
        }[status]()
        self._message(message)
        return self._result(status, done, seconds, monitor.samples_seen, message)

    def _prepare_model(self, strategy: Any, steps: int) -> None:
        """Build and compile a fresh model, or get the one handed in (or resumed) ready."""
        cfg = self.config
        if self._model is None:
            # Under a strategy, the model's and the optimizer's variables must be born in its
            # scope to be mirrored on every device; compile creates the optimizer's lazily.
            with strategy_scope(strategy):
                self._model = build_model(
                    self.spec, name=self.metadata.get("name", "convscope"), seed=cfg.seed
                )
                with graph_lock:
                    compile_model(self._model, cfg, steps)
        else:
            _keras().utils.set_random_seed(cfg.seed + self._initial_epoch)
            if self._compile_given:
                with graph_lock:
                    compile_model(self._model, cfg, steps)

    def _tensorboard(self, steps: int, n_train: int) -> list[Any]:
        """The TensorBoard logging callback, when the run has a log folder."""
        if self.log_dir is None:
            return []
        from model.training.tblog import tensorboard_log

        try:
            return [
                tensorboard_log(
                    self.log_dir,
                    steps,
                    self._initial_epoch,
                    batch_size=self.config.batch_size,
                    n_train=n_train,
                )
            ]
        except OSError as exc:
            raise TrainingError(
                translate(
                    "training.trainer", "cannot write TensorBoard logs to {log_dir}: {reason}"
                ).format(log_dir=self.log_dir, reason=exc.strerror or exc)
            ) from exc

    def _fit(self, fit_args: dict[str, Any], monitor: Any, strategy: Any) -> float:
        """Run ``fit``; returns its seconds. A failure inside it becomes one TrainingError
        naming the epoch, the last good weights put back."""
        cfg = self.config
        requested_stop = self._stop
        if cfg.strategy == "multiworker":
            # Every worker must stop after the same batch, so the run reads the stop the
            # workers agreed on (model.training.distribute.AgreedFlag), not this worker's own
            # request.
            agreement = stop_agreement(requested_stop, strategy)
            fit_args["callbacks"].insert(0, agreement)
            self._stop = agreement.flag
        start = time.perf_counter()
        try:
            self._model.fit(**fit_args)
        except ConvscopeError:
            raise
        except Exception as exc:
            if monitor.status == "diverged":
                pass  # Keras can raise on NaNs after our stop; the guard already handled it
            else:
                monitor.restore()
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                if cfg.strategy == "multiworker" and type(exc).__name__ in _PEER_LOST:
                    reason = translate(
                        "training.trainer",
                        "another worker of the cluster stopped or cannot be reached",
                    )
                raise TrainingError(
                    translate(
                        "training.trainer", "training failed in epoch {n}: {name}{detail}"
                    ).format(
                        n=monitor.epoch + 1,
                        name=type(exc).__name__,
                        detail=": " + reason[:200] if reason else "",
                    )
                ) from exc
        finally:
            monitor.release_graph_lock()
            self._stop = requested_stop
        return time.perf_counter() - start

    @property
    def writes_files(self) -> bool:
        """False for the workers of a multi-worker run other than its chief."""
        return self.config.strategy != "multiworker" or is_chief(read_tf_config())

    def _strategy(self) -> Any:
        """The run's ``tf.distribute`` strategy (None for one device)."""
        strategy = make_strategy(self.config.strategy)
        if strategy is not None and self._compile_given:
            raise TrainingError(
                translate(
                    "training.trainer",
                    "the {strategy} strategy needs a model the trainer builds itself; a "
                    "model handed to it trains on one device",
                ).format(strategy=self.config.strategy)
            )
        return strategy

    def _result(self, status, done, seconds, samples, message) -> TrainResult:
        ckpt = self.checkpoint_dir / CHECKPOINT_NAME if self.checkpoint_dir else None
        return TrainResult(
            self._model,
            status,
            done,
            self._history,
            seconds,
            samples / seconds if seconds > 0 else 0.0,
            message,
            ckpt if ckpt is not None and ckpt.exists() else None,
            self.config,
        )

    def _batches(self, x, y, steps: int):
        """The batches of the epochs still to run, one epoch after the other, as a dataset."""
        return batch_dataset(x, y, self.config, steps, self._initial_epoch)

    def _starting_text(self, n: int, steps: int, strategy: Any) -> str:
        """What the run says as it starts: how many digits, batches and devices."""
        text = translate("training.trainer", "training on {count}, {batches} per epoch").format(
            count=count(
                n, translate("training.trainer", "digit"), translate("training.trainer", "digits")
            ),
            batches=count(
                steps,
                translate("training.trainer", "batch"),
                translate("training.trainer", "batches"),
            ),
        )
        if strategy is not None:
            text += translate("training.trainer", ", split over {n} devices ({strategy})").format(
                n=strategy.num_replicas_in_sync, strategy=self.config.strategy
            )
        return text

    def _message(self, text: str) -> None:
        if self.events.message:
            self.events.message(text)

    def checkpoint_metadata(self, epochs_completed: int) -> dict[str, Any]:
        return {
            **self.metadata,
            "spec": self.spec,
            "training": asdict(self.config),
            "history": self._history,
            "epochs_completed": epochs_completed,
            "preprocess_version": PREPROCESS_VERSION,
            "random_state": seed_states(self._model) if self._model is not None else {},
        }
