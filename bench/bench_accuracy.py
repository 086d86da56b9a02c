"""Train presets on full MNIST and report test accuracy and wall time.

Usage: python bench/bench_accuracy.py [--presets mlp lenet default best] [--epochs N]
                                      [--limit N] [--save-dir DIR]

Targets: ``default`` >= 99.3 % within 60 s of training on a 2-core machine; ``best`` >= 99.6 %.
Each preset trains with the settings it declares (epochs, learning rate, schedule, augmentation).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _common import table

from model.architectures import summarize, total_params
from model.data.mnist import load_mnist
from model.evaluation import evaluate
from model.network.predictor import Predictor
from model.presets import PRESETS
from model.storage import save_model
from model.training.config import TrainConfig
from model.training.trainer import Trainer


def main() -> None:
    # As `python main.py train` runs: with the kernels a training process uses.
    from model.backend import prefer_training_kernels

    prefer_training_kernels()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--presets", nargs="+", default=list(PRESETS), choices=list(PRESETS))
    p.add_argument("--epochs", type=int, help="override every preset's epoch count")
    p.add_argument("--limit", type=int, help="train on the first N digits only")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--save-dir", help="save each trained model here as NAME.keras")
    args = p.parse_args()
    data = load_mnist()
    figures, rows = {}, []
    for name in args.presets:
        chosen = PRESETS[name]
        settings = {**chosen.training, "seed": args.seed, "limit": args.limit}
        if args.epochs:
            settings["epochs"] = args.epochs
        cfg = TrainConfig.from_dict(settings)
        result = Trainer(chosen.spec, cfg, data).run()
        acc = evaluate(Predictor(result.model), data.x_test, data.y_test).accuracy
        params = total_params(summarize(chosen.spec))
        figures[name] = {
            "test_accuracy": round(acc, 5),
            "train_seconds": round(result.seconds, 1),
            "epochs": result.epochs_completed,
            "params": params,
            "samples_per_second": round(result.samples_per_second, 1),
        }
        rows.append(
            (
                name,
                f"{params:,}",
                result.epochs_completed,
                "yes" if cfg.augment else "no",
                f"{result.seconds:.1f}",
                f"{result.seconds / max(1, result.epochs_completed):.1f}",
                f"{acc * 100:.2f}",
            )
        )
        print(f"{name}: {acc * 100:.2f}% in {result.seconds:.1f} s", flush=True)
        if args.save_dir:
            save_model(
                result.model,
                Path(args.save_dir) / f"{name}.keras",
                {"name": name, "preset": name, "test_accuracy": acc},
            )
    print(
        table(rows, ("preset", "params", "epochs", "augmented", "train s", "s/epoch", "test acc %"))
    )
    print(json.dumps({"presets": figures}))


if __name__ == "__main__":
    main()
