"""A training run's settings (``TrainConfig``), what it reports while it runs
(``TrainingEvents``) and how it ended (``TrainResult``): plain data, no TensorFlow."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from model.errors import TrainingError
from model.i18n import translate
from model.training.distribute import STRATEGIES

OPTIMIZERS = ("adam", "sgd")
SCHEDULES = ("constant", "cosine", "step", "onecycle")


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
            raise TrainingError(translate("training.config", "epochs must be at least 1"))
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise TrainingError(translate("training.config", "batch size must be at least 1"))
        if self.optimizer not in OPTIMIZERS:
            raise TrainingError(
                translate("training.config", "optimizer must be one of {names}").format(
                    names=", ".join(OPTIMIZERS)
                )
            )
        if self.schedule not in SCHEDULES:
            raise TrainingError(
                translate("training.config", "schedule must be one of {names}").format(
                    names=", ".join(SCHEDULES)
                )
            )
        if not (self.learning_rate > 0 and math.isfinite(self.learning_rate)):
            raise TrainingError(
                translate("training.config", "learning rate must be a positive number")
            )
        if not 0 <= self.label_smoothing < 1:
            raise TrainingError(
                translate("training.config", "label smoothing must be a fraction from 0 up to 1")
            )
        if not 0 <= self.validation_split < 1:
            raise TrainingError(
                translate("training.config", "validation split must be a fraction from 0 up to 1")
            )
        if self.limit is not None and self.limit < 1:
            raise TrainingError(
                translate("training.config", "training-set size must be at least 1")
            )
        if not (0 <= self.shift < 1 and 0 <= self.rotation <= 180 and 0 <= self.zoom < 1):
            raise TrainingError(
                translate(
                    "training.config",
                    "augmentation: shift and zoom are fractions, rotation degrees",
                )
            )
        if self.strategy not in STRATEGIES:
            raise TrainingError(
                translate("training.config", "strategy must be one of {names}").format(
                    names=", ".join(STRATEGIES)
                )
            )
        if not (0 <= self.shear < 60 and 0 <= self.aspect < 1 and 0 <= self.elastic <= 8):
            raise TrainingError(
                translate(
                    "training.config",
                    "augmentation: shear is degrees under 60, aspect a fraction, elastic at "
                    "most 8 px",
                )
            )
        if not (0 <= self.thickness <= 1 and 0 < self.augment_share <= 1):
            raise TrainingError(
                translate(
                    "training.config",
                    "augmentation: thickness and the augmented share are fractions",
                )
            )
        if not 0 <= self.outliers < 0.5:
            raise TrainingError(
                translate("training.config", "the share of non-digits must be a fraction under 0.5")
            )

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
