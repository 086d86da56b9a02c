"""How fast the Inspect tab follows the canvas: from posting a drawing to repainted maps.

The real main window with the default model, offscreen, on the Inspect tab showing the first
convolution layer (its 24 maps of 26x26, the busiest grid). Each sample loads an MNIST test
digit into the Draw tab's canvas (the same path as drawing: preprocess, one forward pass with
every layer's activation in the model worker) and stops the clock when the feature-map grid
has painted the maps of that very drawing. Offscreen rendering stands in for the screen.

Usage: python bench/bench_inspect.py [--model FILE] [--samples 300]
Ends with one JSON line: inspect_refresh_ms_p50, inspect_refresh_ms_p99.
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
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bench._common import percentiles_ms, table  # noqa: E402

TARGETS = {"inspect_refresh_ms_p50": 16.0}


def refresh_latencies(model: Path, samples: int, warmup: int = 20) -> dict[str, list[float]]:
    """Milliseconds from loading a digit into the canvas to the maps grid repainting it."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.app.screenshot import _wait_until
    from gui.app.startup import create_application
    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore
    from model.data.mnist import load_mnist

    digits = load_mnist().x_test[: samples + warmup]
    app = create_application()
    window = MainWindow(model, SettingsStore(None), error_dialogs=False)
    window.resize(1400, 900)
    window.show()
    window.select_tab("inspect")
    if not _wait_until(lambda: window.session.info is not None, 300):
        raise SystemExit("the model did not load")
    draw, inspector = window.draw_tab, window.pages["inspect"].inspector
    if not _wait_until(lambda: bool(inspector.layers), 60):
        raise SystemExit("the inspector did not get the model's layers")
    conv = [layer["name"] for layer in inspector.layers if layer["type"] == "Conv2D"]
    inspector.select_layer(conv[0] if conv else "input")
    loop = QEventLoop()
    state = {"seq": -1, "t": 0.0}
    inference: list[float] = []

    def on_refreshed(seq: int) -> None:
        state["seq"] = seq

    def on_painted() -> None:
        if state["seq"] == draw.seq:
            state["t"] = time.perf_counter()
            loop.quit()

    inspector.refreshed.connect(on_refreshed)
    inspector.maps.repainted.connect(on_painted)
    window.session.predictionReady.connect(lambda r: inference.append(r["inference_ms"]))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    latencies: list[float] = []
    for i, image in enumerate(digits):
        state["t"] = 0.0
        began = time.perf_counter()
        draw.canvas.set_picture(image, {"source": f"MNIST test digit #{i}"})
        guard.start(5000)
        loop.exec()
        guard.stop()
        if not state["t"]:
            raise SystemExit("the inspector did not repaint within 5 s")
        latencies.append((state["t"] - began) * 1000.0)
    window.close()
    del app
    return {"refresh": latencies[warmup:], "inference": inference[warmup:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "resources/models/default.keras")
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    result = refresh_latencies(args.model, args.samples)
    p50, p99 = percentiles_ms([t / 1000.0 for t in result["refresh"]])
    i50, i99 = percentiles_ms([t / 1000.0 for t in result["inference"]])
    figures = {"inspect_refresh_ms_p50": round(p50, 2), "inspect_refresh_ms_p99": round(p99, 2)}
    rows = [
        (
            "canvas change -> maps repainted",
            f"{p50:.2f}",
            f"{p99:.2f}",
            f"p50 <= {TARGETS['inspect_refresh_ms_p50']:.0f}",
        ),
        ("  of which: forward pass with activations", f"{i50:.2f}", f"{i99:.2f}", ""),
    ]
    print(f"Inspect tab refresh, {len(result['refresh'])} digits, model {args.model.name}")
    print(table(rows, ("measure", "p50 ms", "p99 ms", "target")))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
