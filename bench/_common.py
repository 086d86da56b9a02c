"""Small helpers shared by the benchmarks: paths, percentiles, tables."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before NumPy loads, as the app does (see model/__init__.py).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402


def percentiles_ms(seconds: list[float]) -> tuple[float, float]:
    """(p50, p99) of durations given in seconds, in milliseconds."""
    arr = np.asarray(seconds) * 1000.0
    return float(np.percentile(arr, 50)), float(np.percentile(arr, 99))


def table(rows: list[tuple], header: tuple) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def training_config(preset_name: str, limit: int, epochs: int):
    """(spec, TrainConfig) of a preset with its own settings, but ``epochs``, ``limit`` and no
    augmentation nor mixed-in non-digits (plain ``fit`` has neither): the like-for-like setup
    of the training-throughput benchmarks."""
    from model.presets import preset
    from model.training.config import TrainConfig

    chosen = preset(preset_name)
    train = {k: v for k, v in chosen.training.items() if k != "epochs"}
    cfg = TrainConfig.from_dict(
        {**train, "epochs": epochs, "limit": limit, "augment": False, "outliers": 0.0}
    )
    return chosen.spec, cfg


def plain_fit(spec, cfg, data) -> float:
    """Seconds that plain ``model.fit`` takes for this spec, settings and data: the baseline."""
    import math
    import time

    from model.architectures import build_model
    from model.data.mnist import to_model_input
    from model.training.batches import training_labels
    from model.training.optimizer import compile_model

    x = to_model_input(data.x_train[: cfg.limit])
    y = training_labels(data.y_train[: cfg.limit], cfg)
    model = build_model(spec, seed=cfg.seed)
    compile_model(model, cfg, math.ceil(len(x) / cfg.batch_size))
    t = time.perf_counter()
    model.fit(x, y, batch_size=cfg.batch_size, epochs=cfg.epochs, shuffle=True, verbose=0)
    return time.perf_counter() - t
