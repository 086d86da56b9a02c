"""The digits a run trains on, and the order and batches it sees them in.

The batches are our own (a ``tf.data`` pipeline of whole batches gathered by index) rather than
Keras's shuffle, because each epoch's order depends on the seed and the epoch number only:
a run resumed from a checkpoint sees the same batches as an uninterrupted one. Each batch is
distorted (``model.training.augment``) with a seed of its own for the same reason.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model.architectures import NUM_CLASSES
from model.backend import tensorflow as _tf
from model.data.mnist import MnistData, to_model_input
from model.errors import TrainingError
from model.i18n import translate
from model.training.augment import augment_batch, with_outliers
from model.training.config import TrainConfig


def training_labels(labels: np.ndarray, cfg: TrainConfig) -> np.ndarray:
    """Labels as ``compile_model``'s loss for ``cfg`` wants them: class numbers, or one-hot
    rows when the labels are smoothed (Keras's smoothing loss takes one-hot targets) or some
    digits are replaced by non-digits (whose target is no digit in particular)."""
    y = np.asarray(labels, np.int32)
    if cfg.label_smoothing > 0 or cfg.outliers > 0:
        return np.eye(NUM_CLASSES, dtype=np.float32)[y]
    return y


def split_training_data(data: MnistData, cfg: TrainConfig):
    """The run's training inputs and labels, and its validation pair (None without a split):
    the first ``cfg.limit`` digits, a seeded share of them held out for validation."""
    x, y = data.x_train, data.y_train
    if cfg.limit is not None:
        x, y = x[: cfg.limit], y[: cfg.limit]
    x = to_model_input(x)
    y = training_labels(y, cfg)
    if cfg.validation_split > 0:
        n_val = max(1, int(round(len(x) * cfg.validation_split)))
        if n_val >= len(x):
            raise TrainingError(
                translate("training.batches", "validation split leaves no training digits")
            )
        order = np.random.default_rng(cfg.seed).permutation(len(x))
        val, train = order[:n_val], order[n_val:]
        return x[train], y[train], (x[val], y[val])
    return x, y, None


def epoch_order(seed: int, epoch: int, n: int) -> np.ndarray:
    """The order in which epoch ``epoch`` visits ``n`` training digits.

    It depends on the seed and the epoch number only, never on a random state consumed by
    earlier epochs: that is what lets a run resumed from a checkpoint see the same batches as an
    uninterrupted one.
    """
    return np.random.default_rng([seed, epoch]).permutation(n).astype(np.int64)


def batch_dataset(
    x: np.ndarray, y: np.ndarray, cfg: TrainConfig, steps: int, initial_epoch: int
) -> Any:
    """The batches of the epochs still to run (from ``initial_epoch``), one epoch after the
    other, as a dataset of (images, labels), each batch augmented as ``cfg`` says."""
    tf = _tf()
    epochs = np.arange(initial_epoch, cfg.epochs, dtype=np.int64)
    orders = np.stack([epoch_order(cfg.seed, int(e), len(x)) for e in epochs])

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
            images = augment_batch(images, cfg, seed)
        if cfg.outliers > 0:
            images, labels = with_outliers(images, labels, cfg.outliers, seed + 7)
        return images, labels

    ds = tf.data.Dataset.zip((indices, data)).map(gather, num_parallel_calls=tf.data.AUTOTUNE)
    return ds.prefetch(tf.data.AUTOTUNE)
