"""Each training batch's loss and accuracy computed again, independently of Keras's metrics.

Given the weights a training step started from, the batch it trained on (``Trainer`` orders
each epoch by ``epoch_order``) goes through the model once more and the cross-entropy and the
share of right answers are computed with NumPy: what the "each batch" loss curve must show.
"""

from __future__ import annotations

import numpy as np

from model.architectures import build_model
from model.data.mnist import to_model_input
from model.training.batches import epoch_order
from model.training.config import TrainConfig

# Keras clips probabilities to [eps, 1 - eps] before taking the logarithm.
EPSILON = 1e-7


def weights_before_each_batch(
    initial: list[np.ndarray], snapshots: list[tuple[list[np.ndarray], dict]], steps: int
) -> dict[tuple[int, int], list[np.ndarray]]:
    """(epoch, batch) -> the weights that batch's step started from.

    ``snapshots`` are ``(weights, {"epoch", "batch"})`` pairs taken after every batch
    (``snapshot_every=1``): after batch b of epoch e they are tagged (e, b + 1).
    """
    before = {(0, 0): initial}
    for weights, info in snapshots:
        epoch, done = int(info["epoch"]), int(info["batch"])
        if done == 0:  # the epoch-end snapshot: the same weights as after its last batch
            continue
        if done < steps:
            before[(epoch, done)] = weights
        else:
            before[(epoch + 1, 0)] = weights
    return before


def batch_values(
    spec: list[dict], cfg: TrainConfig, x_train: np.ndarray, y_train: np.ndarray, points, before
) -> list[tuple[float, float]]:
    """(loss, accuracy) of every batch in ``points`` under the weights in ``before``."""
    model = build_model(spec, seed=cfg.seed)
    x, y = to_model_input(x_train), np.asarray(y_train, np.int64)
    out = []
    for p in points:
        epoch, batch = int(p["epoch"]), int(p["batch"])
        model.set_weights(before[(epoch, batch)])
        order = epoch_order(cfg.seed, epoch, len(x))
        idx = order[batch * cfg.batch_size : (batch + 1) * cfg.batch_size]
        probs = np.asarray(model(x[idx], training=True), np.float64)
        right = probs[np.arange(len(idx)), y[idx]]
        loss = float(-np.log(np.clip(right, EPSILON, 1 - EPSILON)).mean())
        accuracy = float((probs.argmax(axis=1) == y[idx]).mean())
        out.append((loss, accuracy))
    return out
