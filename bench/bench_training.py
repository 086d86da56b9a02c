"""Trainer throughput vs plain ``model.fit``: same model, data and settings, one process.

Usage: python bench/bench_training.py [--preset default] [--limit 20000] [--epochs 2] [--rounds 2]

Runs alternate (fit, Trainer, fit, Trainer, ...) so that load from elsewhere on the machine hits
both alike; each side's best round counts. Target: Trainer >= 0.95x the throughput of fit.
"""

from __future__ import annotations

import argparse
import json
import time

from _common import plain_fit, table, training_config

from model.data.mnist import load_mnist
from model.training.config import TrainingEvents
from model.training.trainer import Trainer


def trainer_fit(spec, cfg, data) -> float:
    # The events a GUI would listen to, so the measured overhead is the real one.
    sink = []
    events = TrainingEvents(
        batch_ended=sink.append, epoch_ended=sink.append, snapshot=lambda w, info: sink.append(info)
    )
    trainer = Trainer(spec, cfg, data, events)
    t = time.perf_counter()
    result = trainer.run()
    elapsed = time.perf_counter() - t
    assert result.status == "completed"
    return elapsed


def main() -> None:
    # As `python main.py train` and the app's training process run.
    from model.backend import prefer_training_kernels

    prefer_training_kernels()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--preset", default="default")
    p.add_argument("--limit", type=int, default=20000)
    p.add_argument("--epochs", type=int, default=2)
    p.add_argument("--rounds", type=int, default=2)
    args = p.parse_args()
    spec, cfg = training_config(args.preset, args.limit, args.epochs)
    data = load_mnist()
    samples = args.epochs * min(args.limit, len(data.x_train))
    fit_times, trainer_times = [], []
    for _ in range(args.rounds):
        fit_times.append(plain_fit(spec, cfg, data))
        trainer_times.append(trainer_fit(spec, cfg, data))
    best_fit, best_trainer = min(fit_times), min(trainer_times)
    ratio = best_fit / best_trainer
    rows = [
        ("model.fit", " ".join(f"{t:.1f}" for t in fit_times), f"{samples / best_fit:,.0f}"),
        ("Trainer", " ".join(f"{t:.1f}" for t in trainer_times), f"{samples / best_trainer:,.0f}"),
    ]
    print(
        f"preset {args.preset}, {args.limit:,} digits x {args.epochs} epochs, "
        f"batch {cfg.batch_size}, {args.rounds} alternating rounds"
    )
    print(table(rows, ("path", "seconds per round", "digits/s (best)")))
    print(
        f"Trainer / fit throughput: {ratio:.3f} (target >= 0.95: "
        f"{'met' if ratio >= 0.95 else 'NOT met'})"
    )
    print(
        json.dumps(
            {
                "trainer_vs_fit_throughput_ratio": round(ratio, 4),
                "fit_samples_per_s": round(samples / best_fit, 1),
                "trainer_samples_per_s": round(samples / best_trainer, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
