"""TensorBoard logs written without the tensorboard package (``model.training.tblog``)."""

from __future__ import annotations

import math

import pytest

from model.training.config import TrainConfig, TrainingEvents
from model.training.tblog import read_scalars
from model.training.trainer import Trainer
from tests.specs import TINY_CNN as TINY


@pytest.fixture(scope="module")
def small():
    from model.data.mnist import load_mnist

    return load_mnist().limited(640, 100)


def test_a_run_logs_batch_and_epoch_scalars(small, tmp_path):
    cfg = TrainConfig(epochs=2, batch_size=32, validation_split=0.25, schedule="cosine")
    points = []
    events = TrainingEvents(batch_ended=points.append)
    result = Trainer(TINY, cfg, small, events, log_dir=tmp_path / "tb").run()
    scalars = read_scalars(tmp_path / "tb")
    # 480 training digits, batch 32: 15 batches an epoch, a point every 10th batch.
    assert [step for step, _ in scalars["batch/loss"]] == [10, 20, 30]
    # Each logged point is that batch's own loss and accuracy, as the Train tab plots them.
    for key in ("loss", "accuracy"):
        logged = [v for _, v in scalars[f"batch/{key}"]]
        assert logged == pytest.approx([points[i][key] for i in (9, 19, 29)], rel=1e-5, abs=1e-6)
    for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
        logged = scalars[f"epoch/{key}"]
        assert [step for step, _ in logged] == [1, 2]
        assert [v for _, v in logged] == pytest.approx(result.history[key], rel=1e-5)
    rates = [v for _, v in scalars["epoch/learning_rate"]]
    assert rates[1] < rates[0] < cfg.learning_rate  # the cosine schedule, as it went


def test_a_resumed_run_continues_the_steps(small, tmp_path):
    cfg = TrainConfig(epochs=1, batch_size=64)
    (tmp_path / "ck").mkdir()
    Trainer(TINY, cfg, small, checkpoint_dir=tmp_path / "ck", log_dir=tmp_path / "tb").run()
    trainer = Trainer.from_checkpoint(
        tmp_path / "ck" / "checkpoint.keras", small, epochs=2, log_dir=tmp_path / "tb"
    )
    trainer.run()
    scalars = read_scalars(tmp_path / "tb")
    assert [step for step, _ in scalars["epoch/loss"]] == [1, 2]
    assert [step for step, _ in scalars["batch/loss"]] == [10, 20]  # 10 batches an epoch
    assert all(math.isfinite(v) for _, v in scalars["batch/loss"])
