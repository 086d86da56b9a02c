"""Training runs under a ``tf.distribute`` strategy, for tests/test_model_distribute.py.

Logical CPU devices can only be set up before TensorFlow initialises its devices, so these runs
happen in a fresh process: ``python -m tests.distributed_runs mirrored`` (with
``CONVSCOPE_LOGICAL_CPUS=2``) prints one JSON object describing them; ``python -m
tests.distributed_runs worker DIR`` is one worker of a multi-worker run (``TF_CONFIG`` says
which) and writes what it saw to ``DIR/worker-<index>.json``.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import numpy as np

N_TRAIN = 1024
BATCH = 64  # 16 batches per epoch: 32 global steps in two epochs
STOP_AT = (1, 4)  # (epoch, batch) of the stop request in the interrupted run


def _data():
    from model.data.mnist import load_mnist

    return load_mnist().limited(N_TRAIN, 10)


def _config(**changes):
    from model.training.config import TrainConfig

    return TrainConfig(
        **{"epochs": 2, "batch_size": BATCH, "learning_rate": 3e-3, "seed": 0, **changes}
    )


def _weights_gap(a, b) -> float:
    return float(max(np.max(np.abs(x - y)) for x, y in zip(a, b, strict=True)))


def _local_batch(trainer) -> list[int]:
    """How many digits of the first global batch each of this process's replicas trains on:
    its share, not all of them (the losses alone cannot tell: every replica training on the
    whole batch would average to the same gradients)."""
    from model.training.batches import split_training_data

    x, y, _ = split_training_data(trainer.data, trainer.config)
    strategy = trainer._strategy()
    batches = trainer._batches(x, y, N_TRAIN // BATCH)
    images, _labels = next(iter(strategy.experimental_distribute_dataset(batches)))
    return [int(v.shape[0]) for v in strategy.experimental_local_results(images)]


def mirrored() -> dict:
    """Plain, mirrored and other-seed runs of one spec, a mirrored run stopped and resumed, and
    a mirrored run that diverges."""
    from model.training.config import TrainingEvents
    from model.training.distribute import make_strategy
    from model.training.trainer import Trainer
    from tests.specs import TINY_CNN

    data = _data()
    out: dict = {"replicas": make_strategy("mirrored").num_replicas_in_sync}
    runs = {
        "single": _config(),
        "mirrored": _config(strategy="mirrored"),
        "other_seed": _config(seed=1),
    }
    results = {name: Trainer(TINY_CNN, cfg, data).run() for name, cfg in runs.items()}
    for name, result in results.items():
        out[name] = {"history": result.history, "status": result.status}
    weights = {name: r.model.get_weights() for name, r in results.items()}
    out["weights_gap"] = _weights_gap(weights["single"], weights["mirrored"])
    out["local_batch"] = _local_batch(Trainer(TINY_CNN, runs["mirrored"], data))
    out["seed_weights_gap"] = _weights_gap(weights["single"], weights["other_seed"])

    # Stopped mid-epoch, then resumed from its checkpoint: the same run as "mirrored".
    run_dir = Path(sys.argv[2])
    seen: dict = {"batches": [], "snapshots": [], "messages": []}
    trainer = None

    def on_batch(info):
        seen["batches"].append([info["epoch"], info["batch"], info["loss"]])
        if (info["epoch"], info["batch"]) == STOP_AT:
            trainer.request_stop()

    events = TrainingEvents(
        batch_ended=on_batch,
        snapshot=lambda _w, info: seen["snapshots"].append(info),
        message=seen["messages"].append,
    )
    trainer = Trainer(
        TINY_CNN, _config(strategy="mirrored", snapshot_every=5), data, events, run_dir
    )
    stopped = trainer.run()
    resumed_trainer = Trainer.from_checkpoint(stopped.checkpoint, data)
    resumed = resumed_trainer.run()
    out["interrupted"] = {
        **seen,
        "status": stopped.status,
        "epochs_completed": stopped.epochs_completed,
        "resumed_strategy": resumed_trainer.config.strategy,
        "resumed_history": resumed.history,
        "resumed_weights_gap": _weights_gap(weights["mirrored"], resumed.model.get_weights()),
    }

    diverging = _config(strategy="mirrored", optimizer="sgd", learning_rate=1e4, epochs=1)
    diverged = Trainer(TINY_CNN, diverging, data).run()
    out["diverged"] = {
        "status": diverged.status,
        "finite": all(bool(np.isfinite(w).all()) for w in diverged.model.get_weights()),
    }
    return out


def worker() -> None:
    """One worker of a two-worker run; worker 0 asks to stop in the second epoch, alone, or
    with ``crash`` as the third argument, dies in the first."""
    import os

    from model.errors import TrainingError
    from model.training.config import TrainingEvents
    from model.training.distribute import read_tf_config
    from model.training.trainer import Trainer
    from tests.specs import TINY_CNN

    folder = Path(sys.argv[2])
    crash = sys.argv[3:] == ["crash"]
    index = read_tf_config()["task"]["index"]
    losses: list = []
    trainer = None

    def on_batch(info):
        losses.append([info["epoch"], info["batch"], info["loss"]])
        if crash and index == 0 and info["batch"] == 2:
            os._exit(3)
        if index == 0 and info["epoch"] == 1 and info["batch"] == 2:
            # Paused for a moment, then stopped: the other worker waits, then stops with it.
            trainer.pause()
            threading.Timer(0.3, trainer.request_stop).start()

    trainer = Trainer(
        TINY_CNN,
        _config(strategy="multiworker"),
        _data(),
        TrainingEvents(batch_ended=on_batch),
        folder / "checkpoints",
    )
    try:
        result = trainer.run()
    except TrainingError as exc:
        (folder / f"worker-{index}.json").write_text(json.dumps({"error": str(exc)}))
        return
    report = {
        "local_batch": _local_batch(trainer),
        "status": result.status,
        "epochs_completed": result.epochs_completed,
        "history": result.history,
        "batches": losses,
        "writes_files": trainer.writes_files,
        "replicas": trainer._strategy().num_replicas_in_sync,
    }
    (folder / f"worker-{index}.json").write_text(json.dumps(report))


if __name__ == "__main__":
    if sys.argv[1] == "mirrored":
        print(json.dumps(mirrored()))
    else:
        worker()
