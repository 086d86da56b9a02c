"""The optimizer, learning-rate schedule, loss and metrics a run compiles its model with."""

from __future__ import annotations

from model.backend import keras as _keras
from model.training.config import TrainConfig


def learning_rate_schedule(cfg: TrainConfig, steps_per_epoch: int):
    """``cfg``'s learning rate: a number, or a Keras schedule over the run's steps."""
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
    """Compile ``model`` with ``cfg``'s optimizer and schedule, and the loss its labels need
    (one-hot when smoothed or mixed with non-digits: see ``batches.training_labels``)."""
    keras = _keras()

    lr = learning_rate_schedule(cfg, steps_per_epoch)
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
