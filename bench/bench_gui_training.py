"""Training through the Train tab vs plain ``model.fit``: throughput and UI responsiveness.

Usage: python bench/bench_gui_training.py [--preset default] [--limit 8000] [--epochs 1]
       [--rounds 2]

The same model, data and settings are trained with plain ``model.fit`` and through the real
main window's Train tab (offscreen, live plots and weight snapshots on), alternating the order
each round because the machine is noisy; each side's best round counts. While the tab trains, a
5 ms ``QTimer`` heartbeat on the UI thread measures the longest stall of the event loop.
Targets: GUI throughput >= 0.95x plain fit; longest UI stall <= 50 ms.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import table

from model.architectures import build_model, preset
from model.data import load_mnist, to_model_input
from model.training import TrainConfig, compile_model

HEARTBEAT_MS = 5


def plain_fit(spec, cfg, data) -> float:
    x = to_model_input(data.x_train[: cfg.limit])
    y = data.y_train[: cfg.limit].astype("int32")
    model = build_model(spec, seed=cfg.seed)
    compile_model(model, cfg, math.ceil(len(x) / cfg.batch_size))
    t = time.perf_counter()
    model.fit(x, y, batch_size=cfg.batch_size, epochs=cfg.epochs, shuffle=True, verbose=0)
    return time.perf_counter() - t


def gui_fit(window, spec, cfg) -> tuple[float, float, int]:
    """(fit seconds, longest UI stall in ms, plot redraws) of one run through the Train tab."""
    from PySide6.QtCore import QEventLoop, QTimer

    page = window.pages["train"]
    page.editor.set_spec(spec)
    page.form.set_config(cfg)
    ticks: list[float] = []
    measuring = [False]
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: measuring[0] and ticks.append(time.perf_counter()))
    loop = QEventLoop()

    def first_batch(_points) -> None:
        measuring[0] = True

    page.worker.batchesEnded.connect(first_batch)
    page.worker.runFinished.connect(lambda _r: QTimer.singleShot(0, loop.quit))
    page.worker.errored.connect(lambda *_a: QTimer.singleShot(0, loop.quit))
    redraws = page.loss_plot.redraws
    heartbeat.start()
    assert page.start(), "the Train tab refused to start"
    loop.exec()
    heartbeat.stop()
    page.worker.batchesEnded.disconnect(first_batch)
    result = page.last_result
    assert result is not None and result["status"] == "completed", result
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    stall_ms = max(0.0, (max(gaps) if gaps else 0.0) * 1000.0 - HEARTBEAT_MS)
    return result["seconds"], stall_ms, page.loss_plot.redraws - redraws


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--preset", default="default")
    p.add_argument("--limit", type=int, default=8000)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--rounds", type=int, default=2)
    args = p.parse_args()
    chosen = preset(args.preset)
    train = {k: v for k, v in chosen.training.items() if k != "epochs"}
    cfg = TrainConfig.from_dict(
        {**train, "epochs": args.epochs, "limit": args.limit, "augment": False}
    )
    data = load_mnist()

    from gui.app import MainWindow, create_application
    from gui.settings import SettingsStore

    app = create_application()
    runs = tempfile.mkdtemp(prefix="convscope-bench-runs-")
    os.environ["CONVSCOPE_RUNS_DIR"] = runs
    window = MainWindow(None, SettingsStore(None), error_dialogs=False)
    window.resize(1400, 900)
    window.show()
    window.select_tab("train")
    window.pages["train"].data_loader = lambda: data
    app.processEvents()

    samples = args.epochs * min(args.limit, len(data.x_train))
    fit_times, gui_times, stalls, redraws = [], [], [], []
    for r in range(args.rounds):
        order = ("fit", "gui") if r % 2 == 0 else ("gui", "fit")
        for which in order:
            if which == "fit":
                fit_times.append(plain_fit(chosen.spec, cfg, data))
            else:
                seconds, stall, n = gui_fit(window, chosen.spec, cfg)
                gui_times.append(seconds)
                stalls.append(stall)
                redraws.append(n)
    window.close()
    best_fit, best_gui = min(fit_times), min(gui_times)
    ratio = best_fit / best_gui
    max_stall = max(stalls)
    rows = [
        (
            "model.fit",
            " ".join(f"{t:.1f}" for t in fit_times),
            f"{samples / best_fit:,.0f}",
            "–",
            "–",
        ),
        (
            "Train tab",
            " ".join(f"{t:.1f}" for t in gui_times),
            f"{samples / best_gui:,.0f}",
            " ".join(f"{s:.0f}" for s in stalls),
            " ".join(map(str, redraws)),
        ),
    ]
    print(
        f"preset {args.preset}, {args.limit:,} digits x {args.epochs} epochs, batch "
        f"{cfg.batch_size}, {args.rounds} rounds alternating the order"
    )
    print(
        table(
            rows,
            ("path", "seconds per round", "digits/s (best)", "UI stall ms", "loss-plot redraws"),
        )
    )
    print(
        f"Train tab / fit throughput: {ratio:.3f} (target >= 0.95: "
        f"{'met' if ratio >= 0.95 else 'NOT met'}); longest UI stall {max_stall:.1f} ms "
        f"(target <= 50: {'met' if max_stall <= 50 else 'NOT met'})"
    )
    print(
        json.dumps(
            {"gui_vs_fit_throughput_ratio": round(ratio, 4), "max_ui_stall_ms": round(max_stall, 1)}
        )
    )


if __name__ == "__main__":
    main()
