"""The one Keras callback inside ``fit``: reports progress, pauses, stops, guards against a
diverging loss, and writes a checkpoint after every epoch.

``BatchValues`` recovers each batch's own loss and accuracy from the running means Keras
reports; the callback, the divergence guard and the TensorBoard log read those.
"""

from __future__ import annotations

import functools
import math
import time
from typing import TYPE_CHECKING, Any

from model.backend import graph_lock
from model.backend import keras as _keras
from model.i18n import formatted, translate
from model.training.checkpoints import CHECKPOINT_NAME

# Batches whose values are kept before they are read (see on_train_batch_end): the live plot
# and the divergence guard are at most this many batches behind the run.
READ_EVERY = 8

if TYPE_CHECKING:
    from model.training.trainer import Trainer


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


@functools.cache
def monitor_class() -> type:
    """The callback's class, ``_MonitorMixin`` on ``keras.callbacks.Callback``."""
    # Built on first use: subclassing keras.callbacks.Callback at module level would make
    # ``import model.training.monitor`` (and so the trainer) load TensorFlow.
    return type("Monitor", (_MonitorMixin, _keras().callbacks.Callback), {})


def make_monitor(trainer: Trainer, steps: int, n_train: int):
    """The callback for one run of ``trainer``: ``steps`` batches an epoch of ``n_train``."""
    return monitor_class()(trainer, steps, n_train)


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
        self._pending: list[tuple[int, int, dict]] = []

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
        self._pending = []
        self._batch_values.reset()

    def on_train_batch_end(self, batch, logs=None):
        self.release_graph_lock()
        tr = self.trainer
        cfg = tr.config
        size = min(cfg.batch_size, self.n_train - batch * cfg.batch_size)
        self.samples_seen += size
        # Reading a batch's loss waits for the batch to finish on the device, which stops the
        # next batch from being queued behind it (4 % of a run here): the values are kept and
        # read a few batches at a time, when the ones read are long done.
        self._pending.append((batch, size, dict(logs or {})))
        snapshot_due = bool(
            tr.events.snapshot and cfg.snapshot_every and (batch + 1) % cfg.snapshot_every == 0
        )
        pausing = not tr._running.is_set() or tr._stop.is_set()
        if batch + 1 >= self.steps or snapshot_due or pausing:
            self._read_pending(len(self._pending))
        elif len(self._pending) >= READ_EVERY:
            # All but the newest two: reading the batch just queued would wait for it.
            self._read_pending(len(self._pending) - 2)
        if self.status == "diverged":
            return
        if snapshot_due:
            tr.events.snapshot(self.model.get_weights(), {"epoch": self.epoch, "batch": batch + 1})
        if not tr._running.is_set():
            paused_at = time.perf_counter()
            while not tr._running.wait(0.05):
                pass
            self._paused_time += time.perf_counter() - paused_at
        if tr._stop.is_set():
            self.status = "stopped"
            self.model.stop_training = True

    def _read_pending(self, n: int) -> None:
        """Report the oldest ``n`` batches kept, in order; stop at a diverged one."""
        pending, self._pending = self._pending[:n], self._pending[n:]
        for batch, size, logs in pending:
            own = self._batch_values.batch(logs, size)
            # The guard reads this batch's loss: a running mean hides a blow-up behind the
            # good batches before it.
            loss = own.get("loss", 0.0)
            if not math.isfinite(loss) or loss > 1e4:
                self._diverged(loss, batch)
                self._pending = []
                return
            self._report(batch, size, logs, own)

    def _diverged(self, loss: float, batch: int) -> None:
        self.status = "diverged"
        what = (
            "NaN"
            if math.isnan(loss)
            else translate("training.monitor", "infinite")
            if math.isinf(loss)
            else translate("training.monitor", "huge")
        )
        self.divergence_message = translate(
            "training.monitor",
            "the loss became {state} in epoch {n}, batch {batch}: training diverged "
            "(learning rate {lr} is probably too high); the last good weights were kept",
        ).format(
            state=what,
            n=self.epoch + 1,
            batch=batch + 1,
            lr=formatted(self.trainer.config.learning_rate),
        )
        self.model.stop_training = True

    def _report(self, batch: int, size: int, logs: dict, own: dict[str, float]) -> None:
        tr = self.trainer
        if not tr.events.batch_ended:
            return
        cfg = tr.config
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
                "loss": own.get("loss", 0.0),
                "accuracy": own.get("accuracy", 0.0),
                "epoch_loss": float(logs.get("loss", 0.0)),
                "epoch_accuracy": float(logs.get("accuracy", 0.0)),
                "samples_per_second": rate,
                "eta_s": max(0.0, remaining / rate) if rate > 0 else None,
            }
        )

    def on_epoch_end(self, epoch, logs=None):
        if self.status == "diverged":
            return
        logs = dict(logs or {})
        if any(not math.isfinite(float(v)) for v in logs.values()):
            self.status = "diverged"
            self.divergence_message = translate(
                "training.monitor",
                "the metrics became NaN at the end of epoch {n}: training diverged; "
                "the last good weights were kept",
            ).format(n=epoch + 1)
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
