"""The Inspect tab's comparison views: how fast they follow a new input, and how long the
read-outs of every layer take.

1. Two digits: the real main window with the shipped model (offscreen), a test digit on the
   canvas, the "Two digits" view open. Each sample switches the second digit to another test
   digit and stops the clock when every layer row on screen has repainted the new comparison
   (target: 100 ms); "every layer filled" is when all rows, on screen or not, hold it. The
   same for a move of the "Yours, moved" slider, and for a new drawing on the canvas (one
   forward pass for the drawing, then the comparison).
2. What each layer knows: from opening the view to the read-outs of the digit on screen, with
   the probes trained from scratch in the background (target: 30 s), then again with the same
   weights, from the cache.

Usage: python bench/bench_compare.py [--model FILE] [--samples 100] [--size 1920x1080]
Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bench._common import percentiles_ms, table  # noqa: E402

TARGETS = {"switch_ms_p50": 100.0, "readouts_s": 30.0}


def _wait(app, predicate: Callable[[], bool], timeout_s: float) -> float:
    """Run the event loop until ``predicate()``; the moment it held (perf_counter)."""
    deadline = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
    return time.perf_counter()


def _visible_grids(view) -> list:
    """The map grids of the layer rows the user can see now (inside the scroll area's view)."""
    grids = []
    for row in view.rows.values():
        if not row.visibleRegion().isEmpty():
            grids.extend(grid for grid in row.grids if not grid.visibleRegion().isEmpty())
    return grids


def _timed_switch(app, view, switch: Callable[[], None]) -> tuple[float, float, int]:
    """(ms to every visible row repainted, ms to every row filled, rows visible)."""
    grids = _visible_grids(view)
    painted = {id(g): g.painted for g in grids}
    filled = {"at": 0.0}
    target = view.request_count + 1

    def on_refreshed(seq: int) -> None:
        if seq >= target and not filled["at"]:
            filled["at"] = time.perf_counter()

    view.refreshed.connect(on_refreshed)
    began = time.perf_counter()
    switch()
    done = _wait(
        app,
        lambda: bool(filled["at"]) and all(g.painted > painted[id(g)] for g in grids),
        10.0,
    )
    view.refreshed.disconnect(on_refreshed)
    rows = sum(1 for r in view.rows.values() if not r.visibleRegion().isEmpty())
    return (done - began) * 1000.0, (filled["at"] - began) * 1000.0, rows


def two_digits(model: Path, samples: int, size: tuple[int, int]) -> dict:
    from gui.app.startup import create_application
    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore
    from model.data.mnist import load_mnist

    mnist = load_mnist()
    app = create_application()
    window = MainWindow(model, SettingsStore(None), error_dialogs=False)
    window.resize(*size)
    window.show()
    _wait(app, lambda: window.session.info is not None, 300)
    draw = window.draw_tab
    draw.canvas.set_picture(mnist.x_test[0], {"source": "MNIST test digit #0"})
    _wait(app, draw.is_up_to_date, 30)
    window.select_tab("inspect")
    view = window.pages["inspect"].views.show_view("digits")
    view.set_mode("test")
    _wait(app, view.is_settled, 60)
    figures: dict[str, list] = {"switch": [], "filled": [], "slider": [], "drawing": []}
    rows = 0
    for i in range(samples + 10):
        image = mnist.x_test[1 + i] / 255.0
        shown, filled, rows = _timed_switch(app, view, lambda im=image: view.set_second(im))
        if i >= 10:  # the first few warm the caches
            figures["switch"].append(shown)
            figures["filled"].append(filled)
    view.set_mode("moved")
    _wait(app, view.is_settled, 30)
    slider = view.chooser.sliders["dx"].slider
    for i in range(samples):
        value = (i % 12) - 6
        value = value + 1 if value == slider.value() else value
        shown, _filled, _rows = _timed_switch(app, view, lambda v=value: slider.setValue(v))
        figures["slider"].append(shown)
    for i in range(min(samples, 50)):
        picture = mnist.x_test[200 + i]
        shown, _filled, _rows = _timed_switch(
            app, view, lambda p=picture: draw.canvas.set_picture(p, {"source": "bench"})
        )
        figures["drawing"].append(shown)
    window.close()
    return {**figures, "rows_visible": rows, "rows": len(view.rows)}


def read_outs(model: Path) -> dict:
    from gui.app.startup import create_application
    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore
    from model.data.mnist import load_mnist

    mnist = load_mnist()
    app = create_application()
    window = MainWindow(model, SettingsStore(None), error_dialogs=False)
    window.resize(1400, 900)
    window.show()
    _wait(app, lambda: window.session.info is not None, 300)
    draw = window.draw_tab
    draw.canvas.set_picture(mnist.x_test[0], {"source": "MNIST test digit #0"})
    _wait(app, draw.is_up_to_date, 30)
    window.select_tab("inspect")
    views = window.pages["inspect"].views
    view = views.view("knows")
    shown = {"at": 0.0}
    view.readOutsShown.connect(lambda _seq: shown.update(at=time.perf_counter()))
    began = time.perf_counter()
    views.show_view("knows")
    _wait(app, lambda: bool(shown["at"]), 600)
    fresh = shown["at"] - began
    n, n_test = view.probes.n_train, view.probes.n_test
    trained_in = view.probes.seconds
    # The same weights again (as after an edit undone): the cache answers.
    shown["at"] = 0.0
    began = time.perf_counter()
    window.session.set_modified("bench: nothing changed")
    _wait(app, lambda: bool(shown["at"]), 60)
    cached = shown["at"] - began
    accuracy = {e.name: round(e.accuracy, 4) for e in view.probes.layers}
    window.close()
    return {
        "fresh_s": fresh,
        "trained_s": trained_in,
        "cached_s": cached,
        "n": n,
        "n_test": n_test,
        "accuracy": accuracy,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "resources/models/default.keras")
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--size", default="1920x1080", help="the window, WIDTHxHEIGHT")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.lower().split("x"))
    digits = two_digits(args.model, args.samples, size)
    probes = read_outs(args.model)

    def ms(key: str) -> tuple[float, float]:
        return percentiles_ms([t / 1000.0 for t in digits[key]])

    s50, s99 = ms("switch")
    f50, f99 = ms("filled")
    l50, l99 = ms("slider")
    d50, d99 = ms("drawing")
    rows = [
        ("another second digit -> visible rows repainted", f"{s50:.1f}", f"{s99:.1f}", "100"),
        ("  ... every layer's row filled", f"{f50:.1f}", f"{f99:.1f}", ""),
        ("'Yours, moved' slider -> visible rows repainted", f"{l50:.1f}", f"{l99:.1f}", ""),
        ("new drawing -> visible rows repainted", f"{d50:.1f}", f"{d99:.1f}", ""),
    ]
    print(
        f"Two digits, model {args.model.name}, window {args.size}: {digits['rows']} layer rows, "
        f"{digits['rows_visible']} on screen; {args.samples} switches"
    )
    print(table(rows, ("measure", "p50 ms", "p99 ms", "target ms")))
    print()
    print(
        f"What each layer knows: read-outs of {probes['n']:,} training digits, scored on "
        f"{probes['n_test']:,} test digits"
    )
    print(
        table(
            [
                ("asked -> read-outs on screen", f"{probes['fresh_s']:.1f}", "30"),
                ("  of which training the probes", f"{probes['trained_s']:.1f}", ""),
                ("same weights again (cache)", f"{probes['cached_s']:.2f}", ""),
            ],
            ("measure", "seconds", "target s"),
        )
    )
    print("accuracy by layer:", probes["accuracy"])
    figures = {
        "switch_ms_p50": round(s50, 2),
        "switch_ms_p99": round(s99, 2),
        "all_rows_filled_ms_p50": round(f50, 2),
        "slider_ms_p50": round(l50, 2),
        "drawing_ms_p50": round(d50, 2),
        "rows": digits["rows"],
        "rows_visible": digits["rows_visible"],
        "readouts_s": round(probes["fresh_s"], 2),
        "readouts_trained_s": round(probes["trained_s"], 2),
        "readouts_cached_s": round(probes["cached_s"], 3),
        "readouts_n": probes["n"],
        "readouts_n_test": probes["n_test"],
        "targets": TARGETS,
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
