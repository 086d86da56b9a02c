"""TensorBoard logs of a training run, written with TensorFlow's own summary op.

Keras's ``TensorBoard`` callback needs the ``tensorboard`` package even to write a scalar; this
writes the same event files (scalars tagged for TensorBoard's scalar dashboard) with the core
``tf.summary.write``, so a run can be logged on a machine without it and viewed wherever
TensorBoard is installed: ``tensorboard --logdir FOLDER``.

Tags: ``batch/loss`` and ``batch/accuracy`` every ``every`` batches, the loss and accuracy of
that batch alone (step = batches trained since the run began, resumed runs included; see
``model.training.monitor.BatchValues``); ``epoch/<metric>`` (loss, accuracy, val_loss,
val_accuracy, learning_rate) at every epoch end (step = epochs completed).
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

from model.backend import keras as _keras
from model.backend import tensorflow as _tf
from model.training.monitor import BatchValues

BATCH_EVERY = 10


@functools.cache
def _scalar_metadata() -> Any:
    from tensorflow.core.framework import summary_pb2

    metadata = summary_pb2.SummaryMetadata()
    metadata.plugin_data.plugin_name = "scalars"
    metadata.data_class = summary_pb2.DATA_CLASS_SCALAR
    return metadata


class _TensorBoardLogMixin:
    def __init__(
        self,
        log_dir: Path,
        steps_per_epoch: int,
        initial_epoch: int,
        every: int,
        batch_size: int | None,
        n_train: int | None,
    ):
        super().__init__()
        tf = _tf()
        self.log_dir = Path(log_dir)
        self.every = max(1, int(every))
        self.step = initial_epoch * steps_per_epoch
        self.batch_size, self.n_train = batch_size, n_train
        self._batch_values = BatchValues()
        self._writer = tf.summary.create_file_writer(str(self.log_dir))

    def write(self, tag: str, value: float, step: int) -> None:
        tf = _tf()
        if not math.isfinite(value):
            return  # a diverged run's NaN would flatten every chart's scale
        with self._writer.as_default():
            tf.summary.write(
                tag, tf.constant(value, tf.float32), step=step, metadata=_scalar_metadata()
            )

    def on_epoch_begin(self, epoch, logs=None):
        self._batch_values.reset()

    def on_train_batch_end(self, batch, logs=None):
        self.step += 1
        if not logs:
            return
        # Every batch goes through the unroller, logged or not: it needs each running mean.
        values = dict(logs)
        if self.batch_size is not None and self.n_train is not None:
            size = min(self.batch_size, self.n_train - batch * self.batch_size)
            values = self._batch_values.batch(logs, size)
        if self.step % self.every == 0:
            for key in ("loss", "accuracy"):
                if key in values:
                    self.write(f"batch/{key}", float(values[key]), self.step)

    def on_epoch_end(self, epoch, logs=None):
        logs = dict(logs or {})
        optimizer = getattr(self.model, "optimizer", None)
        if "learning_rate" not in logs and optimizer is not None:
            # The rate the schedule has reached, which Keras does not always log.
            logs["learning_rate"] = float(optimizer.learning_rate)
        for key, value in logs.items():
            self.write(f"epoch/{key}", float(value), epoch + 1)
        self._writer.flush()

    def on_train_end(self, logs=None):
        self._writer.flush()
        self._writer.close()


@functools.cache
def _callback_class() -> type:
    # Built on first use, as model.training.trainer's monitor is: no TensorFlow at import time.
    return type("TensorBoardLog", (_TensorBoardLogMixin, _keras().callbacks.Callback), {})


def tensorboard_log(
    log_dir: str | Path,
    steps_per_epoch: int,
    initial_epoch: int = 0,
    every: int = BATCH_EVERY,
    *,
    batch_size: int | None = None,
    n_train: int | None = None,
):
    """A Keras callback that writes the run's metrics to ``log_dir`` (created if needed).

    With ``batch_size`` and ``n_train`` (the digits an epoch trains on) the batch scalars are
    each batch's own values; without, Keras's running means of the epoch so far.
    """
    Path(log_dir).mkdir(parents=True, exist_ok=True)
    return _callback_class()(
        Path(log_dir), steps_per_epoch, initial_epoch, every, batch_size, n_train
    )


def read_scalars(log_dir: str | Path) -> dict[str, list[tuple[int, float]]]:
    """Every scalar in the event files under ``log_dir``: ``{tag: [(step, value), ...]}``."""
    tf = _tf()  # first: the backend's import lock keeps two threads from importing TF at once
    from tensorflow.python.summary.summary_iterator import summary_iterator

    out: dict[str, list[tuple[int, float]]] = {}
    for path in sorted(Path(log_dir).rglob("events.out.tfevents.*")):
        for event in summary_iterator(str(path)):
            for value in event.summary.value:
                number = float(tf.make_ndarray(value.tensor))
                out.setdefault(value.tag, []).append((int(event.step), number))
    return out
