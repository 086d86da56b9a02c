"""Training: ``model.fit`` with progress, pause/stop, a NaN guard, checkpoints and resume.

The ``Trainer`` adds nothing to the hot loop but one small Keras callback, so it runs at the
speed of plain ``model.fit`` (bench/bench_training.py checks it). The outside world (the command
line's progress bar, the GUI's signals) listens through ``TrainingEvents``: plain callables,
called on the training thread.
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from model.architectures import NUM_CLASSES, build_model, summarize
from model.backend import graph_lock
from model.backend import keras as _keras
from model.backend import tensorflow as _tf
from model.data.mnist import MnistData, to_model_input
from model.data.preprocess import PREPROCESS_VERSION
from model.errors import ConvscopeError, TrainingError
from model.training.distribute import (
    STRATEGIES,
    is_chief,
    make_strategy,
    read_tf_config,
    stop_agreement,
)
from model.training.distribute import scope as strategy_scope
from model.words import count

OPTIMIZERS = ("adam", "sgd")
SCHEDULES = ("constant", "cosine", "step", "onecycle")
CHECKPOINT_NAME = "checkpoint.keras"
# What TensorFlow raises in a multi-worker run when another worker has gone (Ctrl-C, a crash);
# its own first line says only "Graph execution error:".
_PEER_LOST = ("UnavailableError", "CancelledError", "DeadlineExceededError", "AbortedError")


@dataclass
class TrainConfig:
    """Hyperparameters of one run. ``asdict`` of it is stored in model metadata."""

    epochs: int = 5
    batch_size: int = 128
    optimizer: str = "adam"
    learning_rate: float = 1e-3
    momentum: float = 0.9
    schedule: str = "constant"
    validation_split: float = 0.0
    augment: bool = False
    shift: float = 0.1
    rotation: float = 10.0
    zoom: float = 0.1
    # Further distortions of an augmented digit (0: none): shear (degrees of slant), aspect
    # (a fraction: narrower or wider), thickness (a fraction of one pixel's dilation or
    # erosion: fatter or thinner strokes), elastic (pixels of smooth, local wobble); and the
    # share of each batch that is augmented at all.
    shear: float = 0.0
    aspect: float = 0.0
    thickness: float = 0.0
    elastic: float = 0.0
    augment_share: float = 1.0
    # The share of each batch replaced by things that are not one digit (two digits on top of
    # each other, a digit's quarters shuffled, blobs), trained towards no digit in particular:
    # the network learns to say so ("outlier exposure"). 0: none.
    outliers: float = 0.0
    label_smoothing: float = 0.0
    limit: int | None = None
    seed: int = 0
    snapshot_every: int = 200
    strategy: str = "default"

    def check(self) -> None:
        """Raise TrainingError naming the first setting that makes no sense."""
        if not isinstance(self.epochs, int) or self.epochs < 1:
            raise TrainingError("epochs must be at least 1")
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise TrainingError("batch size must be at least 1")
        if self.optimizer not in OPTIMIZERS:
            raise TrainingError(f"optimizer must be one of {', '.join(OPTIMIZERS)}")
        if self.schedule not in SCHEDULES:
            raise TrainingError(f"schedule must be one of {', '.join(SCHEDULES)}")
        if not (self.learning_rate > 0 and math.isfinite(self.learning_rate)):
            raise TrainingError("learning rate must be a positive number")
        if not 0 <= self.label_smoothing < 1:
            raise TrainingError("label smoothing must be a fraction from 0 up to 1")
        if not 0 <= self.validation_split < 1:
            raise TrainingError("validation split must be a fraction from 0 up to 1")
        if self.limit is not None and self.limit < 1:
            raise TrainingError("training-set size must be at least 1")
        if not (0 <= self.shift < 1 and 0 <= self.rotation <= 180 and 0 <= self.zoom < 1):
            raise TrainingError("augmentation: shift and zoom are fractions, rotation degrees")
        if self.strategy not in STRATEGIES:
            raise TrainingError(f"strategy must be one of {', '.join(STRATEGIES)}")
        if not (0 <= self.shear < 60 and 0 <= self.aspect < 1 and 0 <= self.elastic <= 8):
            raise TrainingError(
                "augmentation: shear is degrees under 60, aspect a fraction, elastic at most 8 px"
            )
        if not (0 <= self.thickness <= 1 and 0 < self.augment_share <= 1):
            raise TrainingError("augmentation: thickness and the augmented share are fractions")
        if not 0 <= self.outliers < 0.5:
            raise TrainingError("the share of non-digits must be a fraction under 0.5")

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> TrainConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass
class TrainingEvents:
    """What a Trainer reports. Each is optional and called on the training thread.

    ``batch_ended(info)`` with epoch, batch, batches, size (digits in the batch), loss and
    accuracy (of this batch alone), epoch_loss and epoch_accuracy (the mean over the epoch so
    far, what Keras reports), samples_per_second, eta_s;
    ``epoch_ended(info)`` with the epoch's metrics and the history so far;
    ``snapshot(weights, info)`` with a copy of the weights safe to use on another thread;
    ``message(text)`` for a log line.
    """

    batch_ended: Callable[[dict], None] | None = None
    epoch_ended: Callable[[dict], None] | None = None
    snapshot: Callable[[list[np.ndarray], dict], None] | None = None
    message: Callable[[str], None] | None = None


@dataclass
class TrainResult:
    """How a run ended. ``status`` is "completed", "stopped" or "diverged"."""

    model: Any
    status: str
    epochs_completed: int
    history: dict[str, list[float]]
    seconds: float
    samples_per_second: float
    message: str = ""
    checkpoint: Path | None = None
    config: TrainConfig = field(default_factory=TrainConfig)


def training_labels(labels: np.ndarray, cfg: TrainConfig) -> np.ndarray:
    """Labels as ``compile_model``'s loss for ``cfg`` wants them: class numbers, or one-hot
    rows when the labels are smoothed (Keras's smoothing loss takes one-hot targets) or some
    digits are replaced by non-digits (whose target is no digit in particular)."""
    y = np.asarray(labels, np.int32)
    if cfg.label_smoothing > 0 or cfg.outliers > 0:
        return np.eye(NUM_CLASSES, dtype=np.float32)[y]
    return y


def _split(data: MnistData, cfg: TrainConfig):
    x, y = data.x_train, data.y_train
    if cfg.limit is not None:
        x, y = x[: cfg.limit], y[: cfg.limit]
    x = to_model_input(x)
    y = training_labels(y, cfg)
    if cfg.validation_split > 0:
        n_val = max(1, int(round(len(x) * cfg.validation_split)))
        if n_val >= len(x):
            raise TrainingError("validation split leaves no training digits")
        order = np.random.default_rng(cfg.seed).permutation(len(x))
        val, train = order[:n_val], order[n_val:]
        return x[train], y[train], (x[val], y[val])
    return x, y, None


def _epoch_order(seed: int, epoch: int, n: int) -> np.ndarray:
    """The order in which epoch ``epoch`` visits ``n`` training digits.

    It depends on the seed and the epoch number only, never on a random state consumed by
    earlier epochs: that is what lets a run resumed from a checkpoint see the same batches as an
    uninterrupted one.
    """
    return np.random.default_rng([seed, epoch]).permutation(n).astype(np.int64)


def _augment_batch(images, cfg: TrainConfig, seed):
    """Randomly distort a batch (N x 28 x 28 x 1) with stateless randomness.

    Every digit gets its own rotation, zoom, shift and (when set) shear, aspect, stroke
    thickness and elastic wobble; ``augment_share`` of them are distorted at all, the rest
    pass unchanged. ``seed`` is a pair of integers, (run seed, global batch number): the same
    batch of the same run always gets the same distortions, whichever thread or resumed run
    computes it. Keras's Random* layers keep their state in variables instead, which neither
    parallel input pipelines nor checkpoints reproduce. All of it is a handful of batched
    TensorFlow ops, cheap beside a training step.
    """
    tf = _tf()
    n = tf.shape(images)[0]
    u = tf.random.stateless_uniform([n, 8], seed=seed, minval=-1.0, maxval=1.0)
    out = images
    if cfg.thickness > 0:
        out = _stroke_thickness(out, u[:, 6] * cfg.thickness)
    angle = u[:, 0] * (cfg.rotation * math.pi / 180.0)
    scale = 1.0 + u[:, 1] * cfg.zoom
    size = tf.cast(tf.shape(images)[1], tf.float32)
    dx, dy = u[:, 2] * cfg.shift * size, u[:, 3] * cfg.shift * size
    # Each output pixel p reads the input at c + scale * R(angle) S (p - c) - d, c the
    # centre, S = [[a, k], [0, 1/a]] squeezing (a) and slanting (k) the digit.
    a = 1.0 + u[:, 4] * cfg.aspect
    k = tf.tan(u[:, 5] * (cfg.shear * math.pi / 180.0))
    c = (size - 1.0) / 2.0
    cos, sin = tf.cos(angle), tf.sin(angle)
    m00, m01 = scale * cos * a, scale * (cos * k - sin / a)
    m10, m11 = scale * sin * a, scale * (sin * k + cos / a)
    zero = tf.zeros_like(m00)
    transforms = tf.stack(
        [m00, m01, c - m00 * c - m01 * c - dx, m10, m11, c - m10 * c - m11 * c - dy, zero, zero],
        axis=1,
    )
    if cfg.elastic > 0:
        # One resampling for both: two in a row would blur the strokes twice.
        out = _warp(out, transforms, cfg.elastic, tf.stack([seed[0] + 1, seed[1]]))
    else:
        out = tf.raw_ops.ImageProjectiveTransformV3(
            images=out,
            transforms=transforms,
            output_shape=tf.shape(images)[1:3],
            fill_value=0.0,
            interpolation="BILINEAR",
            fill_mode="CONSTANT",
        )
    if cfg.thickness > 0 or cfg.elastic > 0:
        # As preprocessing leaves every input: its brightest pixel at 1 (a thinned stroke
        # is thinner, not fainter).
        peak = tf.reduce_max(out, axis=[1, 2, 3], keepdims=True)
        out = out / tf.maximum(peak, 1e-3)
    if cfg.augment_share < 1:
        chosen = (u[:, 7] + 1.0) / 2.0 < cfg.augment_share
        out = tf.where(chosen[:, None, None, None], out, images)
    return out


def _stroke_thickness(images, amount):
    """Strokes fattened (``amount`` > 0) or thinned (< 0) by up to one pixel per digit: a
    blend towards the 3x3 grey-level dilation or erosion, so any fraction of a pixel works."""
    tf = _tf()
    # Nine shifted copies: a 3x3 max pool on one channel is several times slower here.
    h, w = tf.shape(images)[1], tf.shape(images)[2]
    padded = tf.pad(images, [[0, 0], [1, 1], [1, 1], [0, 0]])
    shifted = [padded[:, r : r + h, c : c + w] for r in range(3) for c in range(3)]
    fat = tf.reduce_max(tf.stack(shifted), axis=0)
    padded = tf.pad(images, [[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=1.0)
    shifted = [padded[:, r : r + h, c : c + w] for r in range(3) for c in range(3)]
    thin = tf.reduce_min(tf.stack(shifted), axis=0)
    t = amount[:, None, None, None]
    return tf.where(t > 0, images + t * (fat - images), images - t * (thin - images))


def _warp(images, transforms, pixels: float, seed):
    """Resample each image at its affine ``transforms`` (ImageProjectiveTransform's layout)
    plus a smooth random displacement of up to about ``pixels``: a 4x4 grid of random offsets
    enlarged bicubically to the image. The wobble bends strokes the way a hand does, which
    no affine transform can. Bilinear sampling; outside the image is background."""
    tf = _tf()
    n, h, w = tf.shape(images)[0], tf.shape(images)[1], tf.shape(images)[2]
    coarse = tf.random.stateless_uniform([n, 4, 4, 2], seed=seed, minval=-1.0, maxval=1.0)
    field = tf.image.resize(coarse, tf.stack([h, w]), method="bicubic") * pixels
    y = tf.cast(tf.range(h), tf.float32)[None, :, None]
    x = tf.cast(tf.range(w), tf.float32)[None, None, :]
    t = [tf.reshape(transforms[:, i], [-1, 1, 1]) for i in range(6)]
    cols = t[0] * x + t[1] * y + t[2] + field[..., 1]
    rows = t[3] * x + t[4] * y + t[5] + field[..., 0]
    r0, c0 = tf.floor(rows), tf.floor(cols)
    fr, fc = rows - r0, cols - c0
    flat = tf.reshape(images, [n, -1])
    hf, wf = tf.cast(h, tf.float32), tf.cast(w, tf.float32)

    def tap(r, c):
        inside = (r >= 0) & (r <= hf - 1) & (c >= 0) & (c <= wf - 1)
        index = tf.cast(
            tf.clip_by_value(r, 0, hf - 1) * wf + tf.clip_by_value(c, 0, wf - 1), tf.int32
        )
        value = tf.gather(flat, tf.reshape(index, [n, -1]), batch_dims=1)
        return tf.where(inside, tf.reshape(value, tf.shape(rows)), 0.0)

    out = (
        tap(r0, c0) * (1 - fr) * (1 - fc)
        + tap(r0, c0 + 1) * (1 - fr) * fc
        + tap(r0 + 1, c0) * fr * (1 - fc)
        + tap(r0 + 1, c0 + 1) * fr * fc
    )
    return out[..., None]


def _with_outliers(images, labels, share: float, seed):
    """Replace about ``share`` of a batch by non-digits built from the batch itself, with the
    uniform target "no digit more than another": two different digits on top of each other,
    a digit turned on its side and mirrored (a 0, a 1 and an 8 stay digits that way, so those
    are overlaid instead), or blobs of smooth noise in the middle of the frame, where
    preprocessing puts any ink. The benchmark's non-digits (letters, scribbles traced on the
    canvas, noise, smudges) are none of these; ``bench_realworld.py`` measures whether the
    network learns the general idea. (Mirrored digits and random zig-zags as further kinds
    did no better there, and cost a little accuracy.)"""
    tf = _tf()
    n = tf.shape(images)[0]
    u = tf.random.stateless_uniform([n, 2], seed=seed)
    overlaid = tf.maximum(images, tf.image.flip_left_right(tf.roll(images, 1, axis=0)))
    sideways = tf.transpose(images, [0, 2, 1, 3])
    symmetric = tf.reduce_any(tf.equal(tf.argmax(labels, axis=1)[:, None], [0, 1, 8]), axis=1)
    coarse = tf.random.stateless_uniform([n, 5, 5, 1], seed=seed + 1)
    size = tf.shape(images)[1]
    blobs = tf.clip_by_value((tf.image.resize(coarse, [size, size], "bicubic") - 0.55) * 4, 0, 1)
    middle = tf.cast(tf.abs(tf.range(size) - size // 2) < 10, tf.float32)
    blobs = blobs * middle[None, :, None, None] * middle[None, None, :, None]
    kind = u[:, 1]
    turned = (kind >= 0.4) & (kind < 0.8) & ~symmetric
    fake = tf.where(
        (kind >= 0.8)[:, None, None, None],
        blobs,
        tf.where(turned[:, None, None, None], sideways, overlaid),
    )
    pick = u[:, 0] < share
    images = tf.where(pick[:, None, None, None], fake, images)
    uniform = tf.fill(tf.shape(labels), 1.0 / NUM_CLASSES)
    labels = tf.where(pick[:, None], uniform, labels)
    return images, labels


def _learning_rate(cfg: TrainConfig, steps_per_epoch: int):
    keras = _keras()

    total = max(1, cfg.epochs * steps_per_epoch)
    if cfg.schedule == "cosine":
        return keras.optimizers.schedules.CosineDecay(cfg.learning_rate, total, alpha=0.01)
    if cfg.schedule == "onecycle":
        # Rise linearly from lr/25 to lr over the first 15 % of the run, then cosine to zero.
        warm = int(round(0.15 * total))
        return keras.optimizers.schedules.CosineDecay(
            cfg.learning_rate / 25,
            max(1, total - warm),
            alpha=0.0,
            warmup_target=cfg.learning_rate,
            warmup_steps=warm,
        )
    if cfg.schedule == "step":
        # Halve the rate every third of the run.
        step = max(1, total // 3)
        return keras.optimizers.schedules.PiecewiseConstantDecay(
            [step, 2 * step], [cfg.learning_rate, cfg.learning_rate / 2, cfg.learning_rate / 4]
        )
    return cfg.learning_rate


def compile_model(model, cfg: TrainConfig, steps_per_epoch: int) -> None:
    keras = _keras()

    lr = _learning_rate(cfg, steps_per_epoch)
    if cfg.optimizer == "sgd":
        opt = keras.optimizers.SGD(lr, momentum=cfg.momentum, nesterov=True)
    else:
        opt = keras.optimizers.Adam(lr)
    if cfg.label_smoothing > 0 or cfg.outliers > 0:
        loss = keras.losses.CategoricalCrossentropy(label_smoothing=cfg.label_smoothing)
        metric = keras.metrics.CategoricalAccuracy(name="accuracy")
        model.compile(opt, loss, metrics=[metric])
    else:
        model.compile(opt, "sparse_categorical_crossentropy", metrics=["accuracy"])


class RunControls:
    """The pause and stop flags of a run, for any thread to set.

    ``stop`` and ``running`` are ``threading.Event``s by default; ``multiprocessing.Event``s
    let another process set them (``model.training.process``).
    """

    def __init__(self, stop: Any = None, running: Any = None) -> None:
        self._stop = stop if stop is not None else threading.Event()
        self._running = running if running is not None else threading.Event()
        self._running.set()

    def request_stop(self) -> None:
        """Stop at the next batch boundary (also releases a pause)."""
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()


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
            raise TrainingError(f"{path}: not a Convscope checkpoint (no spec or settings)")
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
        _set_seed_states(loaded.model, meta.get("random_state", {}))
        trainer._initial_epoch = int(meta.get("epochs_completed", 0))
        trainer._history = {k: list(v) for k, v in meta.get("history", {}).items()}
        return trainer

    # -- the run
    def run(self) -> TrainResult:
        """Train; returns how it ended. Raises TrainingError for a failure to even start."""
        cfg = self.config
        x, y, val = _split(self.data, cfg)
        steps = math.ceil(len(x) / cfg.batch_size)
        strategy = self._strategy()
        if not self.writes_files:
            # The chief writes checkpoints and logs for the cluster; the workers hold the same
            # weights, and two writers of one shared folder would race.
            self.checkpoint_dir = self.log_dir = None
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
        model = self._model
        if self._initial_epoch >= cfg.epochs:
            return self._result("completed", self._initial_epoch, 0.0, 0, "already complete")
        monitor = _Monitor(self, steps, len(x))
        callbacks = [monitor]
        if self.log_dir is not None:
            from model.training.tblog import tensorboard_log

            try:
                callbacks.append(
                    tensorboard_log(
                        self.log_dir,
                        steps,
                        self._initial_epoch,
                        batch_size=cfg.batch_size,
                        n_train=len(x),
                    )
                )
            except OSError as exc:
                raise TrainingError(
                    f"cannot write TensorBoard logs to {self.log_dir}: {exc.strerror or exc}"
                ) from exc
        fit_args: dict[str, Any] = dict(
            epochs=cfg.epochs,
            initial_epoch=self._initial_epoch,
            verbose=0,
            callbacks=callbacks,
            validation_data=val,
        )
        # Our own batches, ordered per epoch, rather than Keras's shuffle: see _epoch_order.
        fit_args.update(x=self._batches(x, y, steps), steps_per_epoch=steps, shuffle=False)
        where = (
            f", split over {strategy.num_replicas_in_sync} devices ({cfg.strategy})"
            if strategy is not None
            else ""
        )
        self._message(
            f"training on {count(len(x), 'digit')}, {count(steps, 'batch', 'batches')} per epoch"
            f"{where}"
        )
        requested_stop = self._stop
        if cfg.strategy == "multiworker":
            # Every worker must stop after the same batch, so the run reads the stop the
            # workers agreed on (model.training.distribute.AgreedFlag), not this worker's own
            # request.
            agreement = stop_agreement(requested_stop, strategy)
            callbacks.insert(0, agreement)
            self._stop = agreement.flag
        start = time.perf_counter()
        try:
            model.fit(**fit_args)
        except ConvscopeError:
            raise
        except Exception as exc:
            if monitor.status == "diverged":
                pass  # Keras can raise on NaNs after our stop; the guard already handled it
            else:
                monitor.restore()
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                if cfg.strategy == "multiworker" and type(exc).__name__ in _PEER_LOST:
                    reason = "another worker of the cluster stopped or cannot be reached"
                raise TrainingError(
                    f"training failed in epoch {monitor.epoch + 1}: "
                    f"{type(exc).__name__}{': ' + reason[:200] if reason else ''}"
                ) from exc
        finally:
            monitor.release_graph_lock()
            self._stop = requested_stop
        seconds = time.perf_counter() - start
        if monitor.status == "diverged":
            monitor.restore()
        status = monitor.status
        done = monitor.epochs_completed
        message = {
            "completed": f"finished {count(done, 'epoch')}",
            "stopped": f"stopped after {count(done, 'complete epoch')}",
            "diverged": monitor.divergence_message,
        }[status]
        self._message(message)
        return self._result(status, done, seconds, monitor.samples_seen, message)

    @property
    def writes_files(self) -> bool:
        """False for the workers of a multi-worker run other than its chief."""
        return self.config.strategy != "multiworker" or is_chief(read_tf_config())

    def _strategy(self) -> Any:
        """The run's ``tf.distribute`` strategy (None for one device)."""
        strategy = make_strategy(self.config.strategy)
        if strategy is not None and self._compile_given:
            raise TrainingError(
                f"the {self.config.strategy} strategy needs a model the trainer builds itself; "
                "a model handed to it trains on one device"
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
        tf = _tf()
        cfg = self.config
        epochs = np.arange(self._initial_epoch, cfg.epochs, dtype=np.int64)
        orders = np.stack([_epoch_order(cfg.seed, int(e), len(x)) for e in epochs])

        def epoch_batches(epoch, order):
            batches = tf.data.Dataset.from_tensor_slices(order).batch(cfg.batch_size)
            return batches.enumerate().map(lambda i, idx: (epoch * steps + i, idx))

        # Gathering whole batches by index, as Keras does for arrays, beats slicing digit by digit.
        data = tf.data.Dataset.from_tensors((x, y)).repeat()
        indices = tf.data.Dataset.from_tensor_slices((epochs, orders)).flat_map(epoch_batches)

        def gather(step_and_idx, xy):
            step, idx = step_and_idx
            images, labels = tf.gather(xy[0], idx), tf.gather(xy[1], idx)
            seed = tf.stack([tf.constant(cfg.seed, tf.int64), step])
            if cfg.augment:
                images = _augment_batch(images, cfg, seed)
            if cfg.outliers > 0:
                images, labels = _with_outliers(images, labels, cfg.outliers, seed + 7)
            return images, labels

        ds = tf.data.Dataset.zip((indices, data)).map(gather, num_parallel_calls=tf.data.AUTOTUNE)
        return ds.prefetch(tf.data.AUTOTUNE)

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
            "random_state": _seed_states(self._model) if self._model is not None else {},
        }


class BatchValues:
    """Each batch's own loss and metrics, recovered from the running means Keras reports.

    After every batch Keras 3 hands callbacks the mean of the epoch so far, not the batch's
    own value: a loss curve drawn from it drops at each epoch start (the mean restarts) and
    lags the network's real progress. Keras weights each batch's value by its number of
    digits, so the batch's own value is exact arithmetic on two successive means::

        value_k = (mean_k * seen_k - mean_(k-1) * seen_(k-1)) / size_k

    Call ``reset`` at each epoch start (where Keras resets its means) and ``batch`` after each
    batch with Keras's logs and the batch's size.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._seen = 0
        self._sums: dict[str, float] = {}

    def batch(self, logs: dict[str, Any], size: int) -> dict[str, float]:
        """This batch's own value of every metric in ``logs`` (the epoch's running means)."""
        size = max(1, int(size))
        seen = self._seen + size
        values = {}
        for key, mean in logs.items():
            try:
                total = float(mean) * seen
            except (TypeError, ValueError):
                continue
            value = (total - self._sums.get(key, 0.0)) / size
            if key.endswith("accuracy") and math.isfinite(value):
                # A count of right answers: snap away the float32 rounding of Keras's means.
                value = round(value * size) / size
            values[key] = value
            self._sums[key] = total
        self._seen = seen
        return values


def _seed_states(model) -> dict[str, list[int]]:
    """Where each layer's random numbers (Dropout's masks) have got to, by layer name.

    Keras saves weights and optimizer state but not these, so a checkpoint keeps them in its
    metadata: a resumed run then drops the same units an uninterrupted one would.
    """
    states = {}
    for layer in model.layers:
        generator = getattr(layer, "seed_generator", None)
        if generator is not None:
            states[layer.name] = [int(v) for v in np.asarray(generator.state.numpy()).ravel()]
    return states


def _set_seed_states(model, states: dict[str, list[int]]) -> None:
    for layer in model.layers:
        generator = getattr(layer, "seed_generator", None)
        value = states.get(layer.name) if isinstance(states, dict) else None
        if generator is not None and isinstance(value, list) and len(value) == 2:
            generator.state.assign(np.asarray(value, dtype=generator.state.dtype))


@functools.cache
def _monitor_class() -> type:
    # Built on first use: subclassing keras.callbacks.Callback at module level would make
    # ``import model.training.trainer`` load TensorFlow.
    return type("Monitor", (_MonitorMixin, _keras().callbacks.Callback), {})


def _Monitor(trainer: Trainer, steps: int, n_train: int):
    return _monitor_class()(trainer, steps, n_train)


class _MonitorMixin:
    """The one callback inside ``fit``: reports, pauses, stops, guards against NaN, checkpoints."""

    def __init__(self, trainer: Trainer, steps: int, n_train: int) -> None:
        super().__init__()
        self.trainer = trainer
        self.steps = steps
        self.n_train = n_train
        self.status = "completed"
        self.epoch = trainer._initial_epoch
        self.epochs_completed = trainer._initial_epoch
        self.samples_seen = 0
        self.divergence_message = ""
        self._good_weights = None
        self._t0 = 0.0
        self._paused_time = 0.0
        self._holding = 0
        self._batch_values = BatchValues()

    # The graph lock is held for the span of each batch (see model.backend.graph_lock).
    def _hold(self, *_args, **_kwargs):
        graph_lock.acquire()
        self._holding += 1

    def release_graph_lock(self, *_args, **_kwargs):
        while self._holding:
            self._holding -= 1
            graph_lock.release()

    on_train_batch_begin = on_test_batch_begin = _hold
    on_test_batch_end = release_graph_lock

    def on_train_begin(self, logs=None):
        self._good_weights = self.model.get_weights()
        self._t0 = time.perf_counter()

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch
        self._batch_values.reset()

    def on_train_batch_end(self, batch, logs=None):
        self.release_graph_lock()
        tr = self.trainer
        cfg = tr.config
        size = min(cfg.batch_size, self.n_train - batch * cfg.batch_size)
        self.samples_seen += size
        logs = dict(logs or {})
        own = self._batch_values.batch(logs, size)
        # The guard reads this batch's loss: a running mean hides a blow-up behind the good
        # batches before it.
        loss = own.get("loss", 0.0)
        if not math.isfinite(loss) or loss > 1e4:
            self.status = "diverged"
            lr = cfg.learning_rate
            what = "NaN" if math.isnan(loss) else "infinite" if math.isinf(loss) else "huge"
            self.divergence_message = (
                f"the loss became {what} "
                f"in epoch {self.epoch + 1}, batch {batch + 1}: training diverged "
                f"(learning rate {lr:g} is probably too high); the last good weights were kept"
            )
            self.model.stop_training = True
            return
        if tr.events.batch_ended:
            elapsed = time.perf_counter() - self._t0 - self._paused_time
            rate = self.samples_seen / elapsed if elapsed > 0 else 0.0
            remaining = (cfg.epochs - self.epoch) * self.n_train - (batch + 1) * cfg.batch_size
            tr.events.batch_ended(
                {
                    "epoch": self.epoch,
                    "epochs": cfg.epochs,
                    "batch": batch,
                    "batches": self.steps,
                    "size": size,
                    "loss": loss,
                    "accuracy": own.get("accuracy", 0.0),
                    "epoch_loss": float(logs.get("loss", 0.0)),
                    "epoch_accuracy": float(logs.get("accuracy", 0.0)),
                    "samples_per_second": rate,
                    "eta_s": max(0.0, remaining / rate) if rate > 0 else None,
                }
            )
        if tr.events.snapshot and cfg.snapshot_every and (batch + 1) % cfg.snapshot_every == 0:
            tr.events.snapshot(self.model.get_weights(), {"epoch": self.epoch, "batch": batch + 1})
        if not tr._running.is_set():
            paused_at = time.perf_counter()
            while not tr._running.wait(0.05):
                pass
            self._paused_time += time.perf_counter() - paused_at
        if tr._stop.is_set():
            self.status = "stopped"
            self.model.stop_training = True

    def on_epoch_end(self, epoch, logs=None):
        if self.status == "diverged":
            return
        logs = dict(logs or {})
        if any(not math.isfinite(float(v)) for v in logs.values()):
            self.status = "diverged"
            self.divergence_message = (
                f"the metrics became NaN at the end of epoch {epoch + 1}: training diverged; "
                "the last good weights were kept"
            )
            self.model.stop_training = True
            return
        if self.status == "stopped" and self.trainer._stop.is_set():
            # An epoch cut short by a stop is not a complete epoch: do not record it.
            return
        tr = self.trainer
        for key, value in logs.items():
            if key == "learning_rate":
                continue
            tr._history.setdefault(key, []).append(float(value))
        self.epochs_completed = epoch + 1
        self._good_weights = self.model.get_weights()
        if tr.checkpoint_dir is not None:
            from model.storage import save_model

            save_model(
                self.model,
                tr.checkpoint_dir / CHECKPOINT_NAME,
                tr.checkpoint_metadata(epoch + 1),
                include_optimizer=True,
            )
        info = {
            "epoch": epoch,
            "epochs": tr.config.epochs,
            **{k: float(v) for k, v in logs.items() if k != "learning_rate"},
            "history": {k: list(v) for k, v in tr._history.items()},
        }
        if tr.events.epoch_ended:
            tr.events.epoch_ended(info)
        if tr.events.snapshot:
            tr.events.snapshot(self._good_weights, {"epoch": epoch + 1, "batch": 0})

    def restore(self) -> None:
        if self._good_weights is not None:
            self.model.set_weights(self._good_weights)
