"""How much memory the app holds: the window's own process, and every process of the app.

The real main window runs in this process (offscreen), as the app does: the shipped model
loads, a digit is drawn on the canvas, the Inspect tab shows its maps, then every Lab page is
opened and the Train tab trains one short run (in its training process, as always). The
resident memory (VmRSS) of this process and of each child is read from /proc after each step.

Usage: python bench/bench_memory.py [--train-digits 6000] [--epochs 1]
Ends with one JSON line: ui_drawing_inspecting_mb, ui_every_tab_mb, all_processes_after_run_mb.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

TARGETS = {"ui_drawing_inspecting_mb": 350.0, "all_processes_after_run_mb": 1200.0}


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def children(pid: int) -> list[int]:
    """Every descendant process of ``pid``."""
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        path = task / "children"
        if path.exists():
            for child in path.read_text().split():
                out.append(int(child))
                out += children(int(child))
    return out


def all_mb() -> tuple[float, dict[int, float]]:
    kids = {pid: rss_mb(pid) for pid in children(os.getpid())}
    return rss_mb() + sum(kids.values()), kids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-digits", type=int, default=6000)
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from gui.app.startup import create_application
    from model.training.config import TrainConfig
    from tests.gui_support import draw_digit, open_window

    app = create_application()
    window = open_window(ROOT / "resources" / "models" / "default.keras")

    def settle(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def until(condition, timeout: float = 600.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.02)

    rows = []

    def record(step: str) -> float:
        total, kids = all_mb()
        rows.append((step, rss_mb(), total, len(kids)))
        return rss_mb()

    record("window open, model loaded")
    draw_digit(window.draw_tab.canvas, 4)
    until(lambda: window.draw_tab.is_up_to_date())
    settle(0.5)
    record("a digit drawn")
    window.select_tab("inspect")
    settle(2.0)
    ui_inspect = record("Inspect tab showing its maps")
    lab = window.pages["lab"]
    window.select_tab("lab")
    for key in list(lab.buttons):
        lab.show_page(key)
        settle(3.0)
        until(lambda: all(page.is_settled() for page in lab._pages.values()), 300)
        record(f"  Lab page {key}")
    window.select_tab("train")
    settle(1.0)
    ui_every_tab = record("every tab and Lab page visited")
    train = window.pages["train"]
    until(lambda: train.worker.ready, 300)
    record("training process ready")
    train.form.set_config(TrainConfig(epochs=args.epochs, limit=args.train_digits))
    assert train.start(), "the run did not start"
    until(lambda: train.state == "idle", 900)
    settle(2.0)
    record("after one training run")
    total_after_run = rows[-1][2]

    print(f"Memory benchmark: resident memory (VmRSS), {os.cpu_count()} CPUs")
    print(f"{'step':<36}{'window MB':>11}{'all MB':>9}{'processes':>11}")
    for step, ui, total, kids in rows:
        print(f"{step:<36}{ui:>11.0f}{total:>9.0f}{kids + 1:>11}")
    figures = {
        "ui_drawing_inspecting_mb": round(ui_inspect, 1),
        "ui_every_tab_mb": round(ui_every_tab, 1),
        "all_processes_after_run_mb": round(total_after_run, 1),
    }
    for key, target in TARGETS.items():
        print(f"{key}: {figures[key]:.0f} MB (target <= {target:.0f}) "
              f"{'yes' if figures[key] <= target else 'NO'}")  # fmt: skip
    print("tensorflow in the window's process:", "tensorflow" in sys.modules)
    print(json.dumps(figures))
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
