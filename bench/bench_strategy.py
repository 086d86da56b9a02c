"""Training time with no strategy vs ``tf.distribute`` strategies, same spec, data and settings.

Usage: python bench/bench_strategy.py [--preset default] [--limit 5000] [--epochs 1] [--rounds 3]
                                      [--multiworker]

Each run is a fresh process, as ``python main.py train`` is: logical CPU devices can only be
set up before TensorFlow initialises its devices. The settings, one process each, round-robin
so that load from elsewhere hits all alike:

- ``none``: no strategy, the CPU as one device (today's training);
- ``none, CPU split``: no strategy, the CPU split into two logical devices (what the split alone
  costs);
- ``mirrored``: ``MirroredStrategy`` over the two logical CPU devices;
- ``multiworker`` (with ``--multiworker``): two local worker processes (``TF_CONFIG`` on two
  localhost ports), each the CPU as one device; the figures are worker 0's.

A logical CPU device is not more hardware: both share one thread pool and the same two cores,
so mirrored on a CPU is expected to be no faster. The point is that the same spec runs unchanged
where there are real devices. Reported per setting: the fastest round's ``fit`` time (graph
building included), the steady throughput (from the end of the first batch to the end of the
last), the final training loss and accuracy and the test accuracy on the 10,000 test digits.
Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time

from _common import ROOT, table

SETTINGS = {
    "none": ("default", "1"),
    "none, CPU split": ("default", "2"),
    "mirrored": ("mirrored", "2"),
}


def child(strategy: str, preset_name: str, limit: int, epochs: int) -> dict:
    """One training run in this process; what it measured."""
    from _common import training_config

    from model.backend import prefer_training_kernels

    prefer_training_kernels()  # as `python main.py train` and the app's training process
    from model.data.mnist import load_mnist, to_model_input
    from model.training.config import TrainingEvents
    from model.training.distribute import make_strategy, replicas
    from model.training.trainer import Trainer

    spec, cfg = training_config(preset_name, limit, epochs)
    cfg.strategy = strategy
    data = load_mnist()
    ends: list[float] = []
    trainer = Trainer(
        spec, cfg, data, TrainingEvents(batch_ended=lambda _i: ends.append(time.perf_counter()))
    )
    result = trainer.run()
    assert result.status == "completed", result.message
    n = min(limit, len(data.x_train)) * epochs
    steady = (n - cfg.batch_size) / (ends[-1] - ends[0]) if len(ends) > 1 else float("nan")
    probabilities = result.model.predict(to_model_input(data.x_test), batch_size=1000, verbose=0)
    return {
        "fit_s": result.seconds,
        "steady_digits_per_s": steady,
        "loss": result.history["loss"][-1],
        "accuracy": result.history["accuracy"][-1],
        "test_accuracy": float((probabilities.argmax(1) == data.y_test).mean()),
        "replicas": replicas(make_strategy(strategy)),  # the run's own: one per process
    }


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TF_CONFIG", "CONVSCOPE_LOGICAL_CPUS")}
    return {**env, **extra}


def _command(strategy: str, args) -> list[str]:
    return [
        sys.executable,
        __file__,
        "--child",
        strategy,
        "--preset",
        args.preset,
        "--limit",
        str(args.limit),
        "--epochs",
        str(args.epochs),
    ]


def _last_json(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


def run_single(name: str, args) -> dict:
    strategy, cpus = SETTINGS[name]
    proc = subprocess.run(
        _command(strategy, args),
        capture_output=True,
        text=True,
        env=_env(CONVSCOPE_LOGICAL_CPUS=cpus),
        cwd=ROOT,
        timeout=1800,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{name}: {proc.stderr.strip()[-2000:]}")
    return _last_json(proc.stdout)


def run_two_workers(args) -> dict:
    sockets = [socket.socket() for _ in range(2)]
    for s in sockets:
        s.bind(("localhost", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    cluster = {"worker": [f"localhost:{p}" for p in ports]}
    procs = [
        subprocess.Popen(
            _command("multiworker", args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(
                TF_CONFIG=json.dumps({"cluster": cluster, "task": {"type": "worker", "index": i}})
            ),
            cwd=ROOT,
        )
        for i in range(2)
    ]
    outputs = [proc.communicate(timeout=1800) for proc in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        if proc.returncode != 0:
            raise SystemExit(f"multiworker: {err.strip()[-2000:]}")
    return _last_json(outputs[0][0])  # worker 0, the chief


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--preset", default="default")
    p.add_argument("--limit", type=int, default=5000)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--multiworker", action="store_true", help="also two local workers")
    p.add_argument("--child", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.preset, args.limit, args.epochs)))
        return

    names = list(SETTINGS) + (["multiworker"] if args.multiworker else [])
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for r in range(args.rounds):
        for name in names:
            result = run_two_workers(args) if name == "multiworker" else run_single(name, args)
            runs[name].append(result)
            print(f"round {r + 1}: {name}: fit {result['fit_s']:.2f} s", file=sys.stderr)

    summary = {}
    for name, results in runs.items():
        best = min(results, key=lambda x: x["fit_s"])
        summary[name] = {
            "fit_s": [round(x["fit_s"], 2) for x in results],
            "best_fit_s": round(best["fit_s"], 2),
            "median_fit_s": round(statistics.median(x["fit_s"] for x in results), 2),
            "best_steady_digits_per_s": round(max(x["steady_digits_per_s"] for x in results)),
            "loss": round(best["loss"], 4),
            "accuracy": round(best["accuracy"], 4),
            "test_accuracy": round(best["test_accuracy"], 4),
            "replicas": best["replicas"],
        }
    base = summary["none"]["best_fit_s"]
    rows = [
        (
            name,
            s["replicas"],
            " ".join(f"{t:.1f}" for t in s["fit_s"]),
            f"{s['best_fit_s']:.2f}",
            f"{base / s['best_fit_s']:.2f}x",
            f"{s['best_steady_digits_per_s']:,}",
            f"{s['loss']:.4f}",
            f"{s['accuracy'] * 100:.2f}",
            f"{s['test_accuracy'] * 100:.2f}",
        )
        for name, s in summary.items()
    ]
    print(
        f"preset {args.preset}, {args.limit:,} digits x {args.epochs} epoch(s), "
        f"{args.rounds} rounds, one fresh process per run"
    )
    print(
        table(
            rows,
            (
                "strategy",
                "replicas",
                "fit s (rounds)",
                "best s",
                "speed vs none",
                "steady digits/s",
                "loss",
                "train acc %",
                "test acc %",
            ),
        )
    )
    print(
        json.dumps(
            {
                "preset": args.preset,
                "limit": args.limit,
                "epochs": args.epochs,
                "rounds": args.rounds,
                "strategies": summary,
                "mirrored_speed_vs_none": round(base / summary["mirrored"]["best_fit_s"], 3),
            }
        )
    )


if __name__ == "__main__":
    main()
