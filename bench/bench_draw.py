"""How fast the Draw tab is: launch to window, launch to first prediction, stroke to screen.

Launch figures come from real launches of ``python main.py screenshot`` (the real main window,
offscreen, loading the model and an image the usual way) with ``CONVSCOPE_TIMING=1``, which
makes the app print when its window was shown and when the first prediction was painted; they
are measured from just before the process is spawned, so they include Python's own start-up.

Stroke-to-screen latency is measured in-process on the real window: each mouse move with the
button held is sent to the canvas and the clock stops when the probability bars have painted
the prediction for that very drawing (their ``predictionShown`` signal, emitted at the end of
their paint). Segments are sent one at a time, so this is the latency of one update, not the
throughput of a queue. Offscreen rendering stands in for the screen.

Usage: python bench/bench_draw.py [--model FILE] [--segments 600] [--launches 3]
Ends with one JSON line: window_shown_s, first_prediction_s, stroke_update_ms_p50, _p99.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

TARGETS = {
    "window_shown_s": 1.0,
    "first_prediction_s": 5.0,
    "stroke_update_ms_p50": 5.0,
    "stroke_update_ms_p99": 16.0,
}


def launch_once(model: Path, image: Path, out: Path) -> dict[str, float]:
    """Spawn the app once; seconds from spawn to each timing event it printed."""
    env = dict(os.environ, CONVSCOPE_TIMING="1")
    began = time.time()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "screenshot",
            "--out",
            str(out),
            "--image",
            str(image),
            "--model",
            str(model),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise SystemExit(f"launch failed: {result.stderr.strip()}")
    events = {}
    for line in result.stderr.splitlines():
        if line.startswith("convscope-timing "):
            _, name, stamp = line.split()
            events[name] = float(stamp) - began
    return events


def stroke_latencies(model: Path, n_segments: int, warmup: int = 20) -> dict[str, list[float]]:
    """Milliseconds from each mouse move to the bars painting its prediction."""
    from PySide6.QtCore import QEvent, QEventLoop, QPointF, QTimer

    from gui.app import MainWindow, create_application
    from gui.screenshot import _wait_until
    from gui.settings import SettingsStore
    from tests.gui_support import send_mouse
    from tests.strokes import stroke_points

    app = create_application()
    window = MainWindow(model, SettingsStore(None), error_dialogs=False)
    window.resize(1400, 900)
    window.show()
    if not _wait_until(lambda: window.session.info is not None, 300):
        raise SystemExit("the model did not load")
    tab, canvas = window.draw_tab, window.draw_tab.canvas
    loop = QEventLoop()
    painted = {"seq": -1, "t": 0.0}
    inference: list[float] = []

    def on_painted(seq: int) -> None:
        painted["seq"], painted["t"] = seq, time.perf_counter()
        if seq == tab.seq and tab.is_up_to_date():
            loop.quit()

    tab.bars.predictionShown.connect(on_painted)
    window.session.predictionReady.connect(lambda r: inference.append(r["inference_ms"]))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)

    latencies: list[float] = []
    digit = 0
    while len(latencies) < n_segments + warmup:
        canvas.clear()
        rect = canvas.drawing_rect()
        for stroke in stroke_points(digit % 10, int(rect.width())):
            points = [QPointF(rect.x() + x, rect.y() + y) for x, y in _densify(stroke, 8.0)]
            send_mouse(canvas, QEvent.Type.MouseButtonPress, points[0])
            for point in points[1:]:
                before = tab.seq
                began = time.perf_counter()
                send_mouse(canvas, QEvent.Type.MouseMove, point)
                guard.start(5000)
                loop.exec()
                guard.stop()
                if painted["seq"] <= before:
                    raise SystemExit("no prediction was painted for a segment within 5 s")
                latencies.append((painted["t"] - began) * 1000.0)
            send_mouse(canvas, QEvent.Type.MouseButtonRelease, points[-1])
        digit += 1
    window.close()
    del app
    return {"stroke": latencies[warmup : warmup + n_segments], "inference": inference[warmup:]}


def _densify(points: list[tuple[int, int]], step: float) -> list[tuple[float, float]]:
    """Points at most ``step`` pixels apart along the polyline: what a mouse delivers."""
    out = [points[0]]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        n = max(1, int(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 / step))
        out += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1)]
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "resources" / "models" / "default.keras"))
    parser.add_argument("--segments", type=int, default=600)
    parser.add_argument(
        "--launches", type=int, default=3, help="app launches to time (0 skips them)"
    )
    args = parser.parse_args()
    model = Path(args.model)
    if not model.is_file():
        raise SystemExit(
            f"no model at {model}; train one with: python main.py train --preset "
            f"default --out {model}"
        )
    from tests.strokes import render_digit

    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "three.png"
        render_digit(3, 280).save(image)
        launches = [
            launch_once(model, image, Path(tmp) / f"shot{i}.png") for i in range(args.launches)
        ]
    nan = float("nan")
    launches = launches or [{"window_shown": nan, "first_prediction": nan, "model_loaded": nan}]
    measured = stroke_latencies(model, args.segments)
    stroke, inference = measured["stroke"], measured["inference"]

    figures = {
        "window_shown_s": statistics.median(r["window_shown"] for r in launches),
        "first_prediction_s": statistics.median(r["first_prediction"] for r in launches),
        "stroke_update_ms_p50": statistics.median(stroke),
        "stroke_update_ms_p99": percentile(stroke, 99),
    }
    model_loaded = statistics.median(r.get("model_loaded", float("nan")) for r in launches)
    print(
        f"Draw tab benchmark: model {model.name}, {len(launches)} launches, "
        f"{len(stroke)} stroke segments, {os.cpu_count()} CPUs"
    )
    print(f"{'measure':<38}{'value':>10}{'target':>10}  ok")
    rows = [
        ("launch -> window shown (s)", "window_shown_s"),
        ("launch -> first prediction painted (s)", "first_prediction_s"),
        ("stroke segment -> bars painted p50 (ms)", "stroke_update_ms_p50"),
        ("stroke segment -> bars painted p99 (ms)", "stroke_update_ms_p99"),
    ]
    for text, key in rows:
        ok = "yes" if figures[key] <= TARGETS[key] else "NO" if figures[key] > 0 else "-"
        print(f"{text:<38}{figures[key]:>10.3f}{TARGETS[key]:>10.3f}  {ok}")
    print(f"{'  launch -> model loaded (s)':<38}{model_loaded:>10.3f}")
    print(
        f"{'  per-launch first prediction (s)':<38}"
        + "  ".join(f"{r['first_prediction']:.2f}" for r in launches)
    )
    print(f"{'  stroke max (ms)':<38}{max(stroke):>10.3f}")
    print(f"{'  inference in worker, mean (ms)':<38}{statistics.fmean(inference):>10.3f}")
    print(json.dumps({k: None if v != v else round(v, 4) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
