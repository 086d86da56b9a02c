"""Trainer: progress, pause/resume/stop, NaN guard, checkpoints and resume, augmentation."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from model.data.mnist import MnistData
from model.errors import SpecError, TrainingError
from model.training.checkpoints import CHECKPOINT_NAME
from model.training.config import TrainConfig, TrainingEvents
from model.training.trainer import Trainer
from tests.conftest import FIXTURE_SPEC
from tests.specs import TINY_CNN as SPEC


@pytest.fixture(scope="module")
def small(mnist):
    return mnist.limited(640, 200)


def _cfg(**kw):
    base = dict(epochs=1, batch_size=64, learning_rate=3e-3, seed=0, snapshot_every=3)
    return TrainConfig(**{**base, **kw})


def test_run_reports_progress_and_learns(small):
    batches, epochs, snaps = [], [], []
    events = TrainingEvents(
        batch_ended=batches.append,
        epoch_ended=epochs.append,
        snapshot=lambda w, info: snaps.append(info),
    )
    result = Trainer(SPEC, _cfg(epochs=2, validation_split=0.2), small, events).run()
    assert result.status == "completed" and result.epochs_completed == 2
    assert len(batches) == 2 * 8  # 512 training digits / 64
    assert batches[0]["batches"] == 8 and batches[-1]["eta_s"] == pytest.approx(0, abs=0.5)
    assert [e["epoch"] for e in epochs] == [0, 1]
    assert set(result.history) >= {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert result.history["loss"][1] < result.history["loss"][0]
    assert {"epoch": 1, "batch": 0} in snaps and {"epoch": 0, "batch": 3} in snaps
    assert result.samples_per_second > 0


def test_stop_at_a_batch_boundary(small):
    """A stop asked for while the run reports its batches ends it at the next batch boundary,
    mid-epoch: batches are reported a few at a time (``READ_EVERY``), and none after."""
    from model.training.monitor import READ_EVERY

    seen = []
    trainer = None

    def on_batch(info):
        seen.append(info["batch"])
        if len(seen) == 1:
            trainer.request_stop()

    # 512 digits in batches of 16: 32 batches an epoch, several reads.
    cfg = _cfg(epochs=5, batch_size=16)
    trainer = Trainer(SPEC, cfg, small, TrainingEvents(batch_ended=on_batch))
    result = trainer.run()
    assert result.status == "stopped" and result.epochs_completed == 0
    assert 1 <= len(seen) <= READ_EVERY and seen == list(range(len(seen)))
    assert result.history == {}


def test_pause_holds_training_until_resumed(small):
    from model.training.monitor import READ_EVERY

    events = []
    trainer = None

    def resume():
        events.append("resumed")
        trainer.resume()

    def on_batch(info):
        events.append(info["batch"])
        if info["batch"] == 1 and not getattr(trainer, "_paused_once", False):
            trainer._paused_once = True
            trainer.pause()
            threading.Timer(0.3, resume).start()

    # Batches of 16 (40 of them): the pause asked for while the first few are reported holds the run
    # at the next batch boundary, after them.
    trainer = Trainer(SPEC, _cfg(batch_size=16), small, TrainingEvents(batch_ended=on_batch))
    result = trainer.run()
    assert result.status == "completed"
    # No batch ended until the resume, and all of them after it.
    held = events.index("resumed")
    assert 2 <= held <= READ_EVERY and events[:held] == list(range(held))
    rest = events[held + 1 :]
    assert len(rest) > READ_EVERY and rest == list(range(held, held + len(rest)))


def test_nan_loss_stops_and_keeps_last_good_weights(small):
    bad = MnistData(
        np.full((256, 28, 28), np.nan, np.float32),
        small.y_train[:256],
        small.x_test,
        small.y_test,
        small.source,
    )
    snaps = []
    trainer = Trainer(
        SPEC, _cfg(epochs=3), bad, TrainingEvents(snapshot=lambda w, i: snaps.append(w))
    )
    result = trainer.run()
    assert result.status == "diverged" and "NaN" in result.message
    assert all(np.isfinite(w).all() for w in result.model.get_weights())
    assert result.epochs_completed == 0


def test_huge_learning_rate_diverges_cleanly(small):
    result = Trainer(SPEC, _cfg(epochs=3, optimizer="sgd", learning_rate=1e4), small).run()
    assert result.status == "diverged" and "learning rate" in result.message
    assert all(np.isfinite(w).all() for w in result.model.get_weights())


def test_exception_inside_training_is_reported(small):
    def boom(info):
        if info["batch"] == 2:
            raise RuntimeError("sensor exploded")

    with pytest.raises(TrainingError, match="sensor exploded"):
        Trainer(SPEC, _cfg(), small, TrainingEvents(batch_ended=boom)).run()


def test_checkpoint_and_resume(small, tmp_path):
    first = Trainer(
        SPEC, _cfg(epochs=1), small, checkpoint_dir=tmp_path, metadata={"name": "ck"}
    ).run()
    ckpt = tmp_path / CHECKPOINT_NAME
    assert first.checkpoint == ckpt and ckpt.exists()
    resumed = Trainer.from_checkpoint(ckpt, small, epochs=3)
    assert resumed._initial_epoch == 1
    result = resumed.run()
    assert result.status == "completed" and result.epochs_completed == 3
    assert len(result.history["loss"]) == 3
    assert result.history["loss"][0] == pytest.approx(first.history["loss"][0])


def test_augmented_training_runs(small):
    result = Trainer(SPEC, _cfg(augment=True, rotation=15, shift=0.1, zoom=0.1), small).run()
    assert result.status == "completed" and np.isfinite(result.history["loss"][0])


def test_the_default_distortions_and_non_digits_train(small):
    """The default preset's training data pipeline (every distortion, non-digits with the
    uniform target) runs and learns, on a few hundred digits."""
    from model.presets import preset

    chosen = {k: v for k, v in preset("default").training.items() if k not in ("epochs",)}
    result = Trainer(SPEC, _cfg(**chosen), small).run()
    assert result.status == "completed" and np.isfinite(result.history["loss"][0])


def _batch(n: int = 64):
    from model.data.mnist import load_mnist, to_model_input

    data = load_mnist()
    return to_model_input(data.x_train[:n]), np.eye(10, dtype=np.float32)[data.y_train[:n]]


def test_distortions_are_repeatable_and_leave_a_share_untouched():
    from model.backend import tensorflow
    from model.training.augment import augment_batch

    tf = tensorflow()
    x, _ = _batch(200)
    cfg = TrainConfig(
        augment=True, shear=15, aspect=0.15, thickness=0.7, elastic=1.5, augment_share=0.5
    )
    seed = tf.constant([3, 7], tf.int64)
    a = augment_batch(tf.constant(x), cfg, seed).numpy()
    b = augment_batch(tf.constant(x), cfg, seed).numpy()
    np.testing.assert_array_equal(a, b)  # stateless: the same batch, the same distortions
    untouched = np.all(np.isclose(a, x), axis=(1, 2, 3))
    assert 0.35 < untouched.mean() < 0.65
    assert a.shape == x.shape and a.min() >= 0 and a.max() <= 1.0 + 1e-6
    # Every distorted digit is still a digit's worth of ink, brightest pixel at 1 as
    # preprocessing leaves an input.
    peaks = a[~untouched].max(axis=(1, 2, 3))
    np.testing.assert_allclose(peaks, 1.0, atol=1e-5)


@pytest.mark.parametrize("amount, fatter", [(1.0, True), (-1.0, False)])
def test_stroke_thickness_fattens_or_thins(amount, fatter):
    from model.backend import tensorflow
    from model.data.framing import stroke_width
    from model.training.augment import stroke_thickness

    tf = tensorflow()
    x, _ = _batch(20)
    out = stroke_thickness(tf.constant(x), tf.fill([20], amount)).numpy()
    before = np.mean([stroke_width(i[..., 0], 0.3) for i in x])
    after = np.mean([stroke_width(i[..., 0], 0.3) for i in out])
    assert (after > before + 0.5) if fatter else (after < before - 0.5)


def test_non_digits_replace_their_share_with_no_digit_in_particular():
    from model.backend import tensorflow
    from model.training.augment import with_outliers

    tf = tensorflow()
    x, y = _batch(400)
    images, labels = with_outliers(
        tf.constant(x), tf.constant(y), 0.25, tf.constant([1, 2], tf.int64)
    )
    images, labels = images.numpy(), labels.numpy()
    replaced = np.all(np.isclose(labels, 0.1), axis=1)
    assert 0.18 < replaced.mean() < 0.32
    np.testing.assert_array_equal(labels[~replaced], y[~replaced])
    np.testing.assert_array_equal(images[~replaced], x[~replaced])
    assert not np.allclose(images[replaced], x[replaced])


def test_same_seed_same_result(small):
    a = Trainer(SPEC, _cfg(), small).run().model.get_weights()
    b = Trainer(SPEC, _cfg(), small).run().model.get_weights()
    c = Trainer(SPEC, _cfg(seed=5), small).run().model.get_weights()
    assert all(np.allclose(x, y, atol=1e-5) for x, y in zip(a, b))
    assert not all(np.allclose(x, y, atol=1e-5) for x, y in zip(a, c))


@pytest.mark.parametrize(
    "change, error",
    [
        (dict(epochs=0), TrainingError),
        (dict(learning_rate=-1.0), TrainingError),
        (dict(optimizer="magic"), TrainingError),
        (dict(validation_split=1.5), TrainingError),
        (dict(label_smoothing=1.0), TrainingError),
        (dict(schedule="sometimes"), TrainingError),
        (dict(shear=75.0), TrainingError),
        (dict(thickness=1.5), TrainingError),
        (dict(elastic=20.0), TrainingError),
        (dict(augment_share=0.0), TrainingError),
        (dict(outliers=0.6), TrainingError),
    ],
)
def test_bad_settings_are_refused(small, change, error):
    with pytest.raises(error):
        Trainer(SPEC, _cfg(**change), small)


def test_invalid_spec_cannot_start(small):
    with pytest.raises(SpecError):
        Trainer([{"type": "Dense", "units": 10}], _cfg(), small)


def test_schedules_build(small):
    for schedule in ("constant", "cosine", "step", "onecycle"):
        for optimizer in ("adam", "sgd"):
            r = Trainer(
                FIXTURE_SPEC, _cfg(schedule=schedule, optimizer=optimizer), small.limited(128)
            ).run()
            assert r.status == "completed"


def test_one_cycle_warms_up_then_ends_at_zero():
    from model.training.optimizer import learning_rate_schedule

    rate = learning_rate_schedule(
        TrainConfig(epochs=2, learning_rate=1e-2, schedule="onecycle"), 50
    )
    at = [float(rate(step)) for step in (0, 7, 15, 50, 99, 100)]
    assert at[0] == pytest.approx(1e-2 / 25)  # starts low
    assert at[0] < at[1] < at[2] == pytest.approx(1e-2)  # peaks at 15 % of the 100 steps
    assert at[2] > at[3] > at[4] > 0 and at[5] == pytest.approx(0.0, abs=1e-9)


def test_label_smoothing_trains_resumes_and_keeps_the_metric_names(small, tmp_path):
    cfg = _cfg(label_smoothing=0.1, validation_split=0.2, schedule="onecycle")
    first = Trainer(SPEC, cfg, small, checkpoint_dir=tmp_path).run()
    assert set(first.history) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    resumed = Trainer.from_checkpoint(tmp_path / CHECKPOINT_NAME, small, epochs=2).run()
    assert resumed.status == "completed" and len(resumed.history["accuracy"]) == 2
    # The loss is the smoothed one: the target puts 0.91 on the true digit and 0.01 on each
    # other, so no answer scores below that target's entropy (about 0.50).
    target = np.array([0.91] + [0.01] * 9)
    floor = float(-(target * np.log(target)).sum())
    assert min(first.history["loss"] + resumed.history["loss"]) >= floor - 1e-3


def test_short_runs_with_batch_norm_infer_well(mnist):
    """Batch-norm statistics must settle within a short run, or inference reads one digit."""
    from model.evaluation import evaluate
    from model.network.predictor import Predictor
    from model.presets import preset_spec

    cfg = TrainConfig(epochs=2, batch_size=64, learning_rate=3e-3, limit=3000, seed=0)
    result = Trainer(preset_spec("default"), cfg, mnist).run()
    acc = evaluate(Predictor(result.model), mnist.x_test[:500], mnist.y_test[:500]).accuracy
    assert acc > 0.85


def test_tensorflow_import_objects_are_out_of_the_collectors_reach():
    # Full collections walking TensorFlow's ~370k import-time objects stalled every thread
    # for 0.4-0.6 s in the middle of GUI training runs.
    import gc

    from model.backend import keras

    keras()
    assert gc.get_freeze_count() > 100_000


def test_each_batch_reports_its_own_loss_and_accuracy(small):
    """The "each batch" curve: every point is that batch's loss, not the epoch's running mean."""
    from model.architectures import build_model
    from tests.batch_check import batch_values, weights_before_each_batch

    # 600 digits in batches of 64: nine full batches and a last one of 24 per epoch.
    data = small.limited(600)
    cfg = _cfg(epochs=2, snapshot_every=1)
    model = build_model(SPEC, seed=cfg.seed)
    initial = model.get_weights()
    points, snaps = [], []
    events = TrainingEvents(
        batch_ended=points.append, snapshot=lambda w, info: snaps.append((w, info))
    )
    result = Trainer(SPEC, cfg, data, events, initial_model=model).run()
    assert result.status == "completed" and len(points) == 20
    assert [p["size"] for p in points[:10]] == [64] * 9 + [24]
    before = weights_before_each_batch(initial, snaps, steps=10)
    expected = batch_values(SPEC, cfg, data.x_train, data.y_train, points, before)
    for point, (loss, accuracy) in zip(points, expected):
        assert point["loss"] == pytest.approx(loss, rel=1e-3, abs=1e-4)
        assert point["accuracy"] == pytest.approx(accuracy, abs=1e-9)
    # Keras's running mean is still there, under its own name: the mean of the batches so far.
    sizes = np.array([p["size"] for p in points[10:]])
    losses = np.array([p["loss"] for p in points[10:]])
    assert points[-1]["epoch_loss"] == pytest.approx((sizes * losses).sum() / sizes.sum(), 1e-4)
    assert points[-1]["epoch_loss"] == pytest.approx(result.history["loss"][-1], 1e-5)


def test_the_divergence_guard_reads_each_batch_not_the_running_mean(small):
    from model.training.batches import epoch_order
    from model.training.monitor import BatchValues

    # Ten batches at 0.5, then the mean over eleven jumps to ~1000: the 11th batch alone was
    # 11,000, which is what the guard (and the curve) must see, not the diluted mean.
    values = BatchValues()
    seen = [values.batch({"loss": 0.5, "accuracy": 0.75}, 64) for _ in range(10)]
    assert all(v == pytest.approx({"loss": 0.5, "accuracy": 0.75}) for v in seen)
    blown = values.batch({"loss": (0.5 * 640 + 11_000 * 64) / 704}, 64)
    assert blown["loss"] == pytest.approx(11_000)
    values.reset()  # a new epoch: Keras's means start again
    assert values.batch({"loss": 0.25}, 64)["loss"] == pytest.approx(0.25)

    # In a run: the digits of the third batch are NaN; the guard stops there, naming it.
    data = small.limited(320)
    x = data.x_train.astype(np.float32)
    x[epoch_order(0, 0, 320)[128:192]] = np.nan
    bad = MnistData(x, data.y_train, data.x_test, data.y_test, data.source)
    points = []
    result = Trainer(SPEC, _cfg(epochs=2), bad, TrainingEvents(batch_ended=points.append)).run()
    assert result.status == "diverged" and "epoch 1, batch 3" in result.message
    assert [p["batch"] for p in points] == [0, 1]
    assert all(np.isfinite(p["loss"]) for p in points)
    assert all(np.isfinite(w).all() for w in result.model.get_weights())
