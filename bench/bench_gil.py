"""How long a training run keeps other Python threads (the UI thread) from running.

Usage: python bench/bench_gil.py [--preset default] [--limit 4000] [--epochs 1]

A ``Trainer`` runs in a background thread, as the Lab's fine-tuning does (the Train tab now
trains in a child process, see ``model/trainproc.py``). The main thread runs a watchdog that
sleeps 5 ms at a time and records how late it wakes: Python threads need the GIL to run,
so lateness well past a few milliseconds means another thread held the GIL that long (code in
C that did not release it). The UI thread of the app is delayed the same way, whatever it
does. Lateness is reported per phase: before the first batch (model build, compile, tracing
the train step), mid-epoch, and after the last batch. For comparison, the same watchdog runs
for a second while nothing trains. No target; it explained the Train tab's first-batch stall
(issue #5: 216-257 ms) and sized what moving training to another process removed.
"""

from __future__ import annotations

import argparse
import json
import threading
import time

from _common import ROOT, table, training_config

from model.data.mnist import load_mnist
from model.training.config import TrainingEvents
from model.training.trainer import Trainer

TICK_S = 0.005


def watch(until: threading.Event, marks: dict) -> list[tuple[float, float]]:
    """(time, lateness in ms) of each wake-up until ``until`` is set."""
    out = []
    last = time.perf_counter()
    while not until.is_set():
        time.sleep(TICK_S)
        now = time.perf_counter()
        out.append((now, (now - last - TICK_S) * 1000.0))
        last = now
    return out


def phase(t: float, marks: dict) -> str:
    if not marks["batches"] or t <= marks["batches"][0]:
        return "before first batch"
    if t <= marks["batches"][-1]:
        return "mid-epoch"
    return "after last batch"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--preset", default="default")
    p.add_argument("--limit", type=int, default=4000)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument(
        "--warm",
        choices=("none", "model"),
        default="model",
        help="before measuring: nothing, or load the shipped model and predict, as the app does "
        "at start-up (the default; in NumPy, so TensorFlow is first used by the run either way)",
    )
    args = p.parse_args()
    spec, cfg = training_config(args.preset, args.limit, args.epochs)
    data = load_mnist()
    if args.warm != "none":
        import numpy as np

        from model.network.predictor import Predictor
        from model.storage import load_model

        Predictor(load_model(ROOT / "resources" / "models" / "default.keras").model).predict(
            np.zeros((28, 28), np.float32)
        )

    idle_done = threading.Event()
    threading.Timer(1.0, idle_done.set).start()
    idle = watch(idle_done, {})

    marks: dict[str, list[float]] = {"batches": []}
    events = TrainingEvents(batch_ended=lambda _info: marks["batches"].append(time.perf_counter()))
    done = threading.Event()

    def train() -> None:
        try:
            Trainer(spec, cfg, data, events=events).run()
        finally:
            done.set()

    worker = threading.Thread(target=train, name="training")
    began = time.perf_counter()
    worker.start()
    samples = watch(done, marks)
    worker.join()
    seconds = time.perf_counter() - began

    rows, figures = [], {}
    groups = {"idle (nothing training)": [ms for _t, ms in idle]}
    for t, ms in samples:
        groups.setdefault(phase(t, marks), []).append(ms)
    for name, values in groups.items():
        values = sorted(values)
        worst, p99 = values[-1], values[int(0.99 * (len(values) - 1))]
        over = sum(v > 50 for v in values)
        rows.append((name, len(values), f"{p99:.1f}", f"{worst:.1f}", over))
        figures[name] = {"p99_ms": round(p99, 1), "max_ms": round(worst, 1), "over_50ms": over}
    print(
        f"preset {args.preset}, {args.limit:,} digits x {args.epochs} epochs in {seconds:.1f} s "
        f"(before it: {args.warm}); "
        f"a watchdog thread wakes every {TICK_S * 1000:.0f} ms and records how late it is"
    )
    print(table(rows, ("phase", "wake-ups", "p99 late ms", "max late ms", "> 50 ms")))
    print(json.dumps({"warm": args.warm, "gil_lateness": figures}))


if __name__ == "__main__":
    main()
