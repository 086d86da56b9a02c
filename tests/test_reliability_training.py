"""Resuming from a checkpoint gives the run an uninterrupted one with the same seed gives."""

from __future__ import annotations

import numpy as np
import pytest

from model.training.checkpoints import CHECKPOINT_NAME
from model.training.config import TrainConfig, TrainingEvents
from model.training.trainer import Trainer

# Dropout is in: its random state must survive the checkpoint too.
SPEC = [
    {"type": "Conv2D", "filters": 4, "kernel_size": 3, "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Flatten"},
    {"type": "Dropout", "rate": 0.3},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]


@pytest.fixture(scope="module")
def small(mnist):
    # 300 digits in batches of 64: the last batch of each epoch is a partial one.
    return mnist.limited(300, 100)


def _cfg(**kw):
    base = dict(epochs=2, batch_size=64, learning_rate=3e-3, seed=3, schedule="cosine")
    return TrainConfig(**{**base, **kw})


def _assert_same_run(a, b):
    assert len(a.model.get_weights()) == len(b.model.get_weights())
    for wa, wb in zip(a.model.get_weights(), b.model.get_weights()):
        np.testing.assert_allclose(wa, wb, rtol=1e-5, atol=1e-6)
    assert a.history.keys() == b.history.keys()
    for key in a.history:
        np.testing.assert_allclose(a.history[key], b.history[key], rtol=1e-5, atol=1e-6)


def _stop_after_first_epoch():
    holder = {}

    def on_epoch(info):
        holder["trainer"].request_stop()

    return holder, TrainingEvents(epoch_ended=on_epoch)


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"optimizer": "sgd", "schedule": "step"},
        {"augment": True, "rotation": 15.0, "shift": 0.1, "zoom": 0.1},
        {"validation_split": 0.2},
    ],
    ids=["adam-cosine", "sgd-step", "augmented", "validation"],
)
def test_resume_equals_an_uninterrupted_run(small, tmp_path, change):
    whole = Trainer(SPEC, _cfg(**change), small).run()
    assert whole.status == "completed" and whole.epochs_completed == 2

    holder, events = _stop_after_first_epoch()
    first = holder["trainer"] = Trainer(SPEC, _cfg(**change), small, events, tmp_path)
    stopped = first.run()
    assert stopped.status == "stopped" and stopped.epochs_completed == 1
    resumed = Trainer.from_checkpoint(tmp_path / CHECKPOINT_NAME, small).run()
    assert resumed.status == "completed" and resumed.epochs_completed == 2
    _assert_same_run(whole, resumed)


def test_the_seed_still_matters(small):
    """The check above could pass by ignoring the data order; a new seed must change it."""
    a = Trainer(SPEC, _cfg(epochs=1), small).run()
    b = Trainer(SPEC, _cfg(epochs=1, seed=4), small).run()
    assert not all(np.allclose(x, y) for x, y in zip(a.model.get_weights(), b.model.get_weights()))


def test_each_epoch_sees_a_new_order(small):
    """Per-epoch order depends on the epoch: a run is not one epoch repeated."""
    from model.training.batches import epoch_order

    one, two = epoch_order(5, 0, 300), epoch_order(5, 1, 300)
    assert sorted(one) == list(range(300)) and sorted(two) == list(range(300))
    assert not np.array_equal(one, two)
    np.testing.assert_array_equal(one, epoch_order(5, 0, 300))
