"""The app under abuse, as scenarios on a real main window: very fast drawing, resizing,
switching tabs during training, dropping 1,000 files, loading models while others load.

Each scenario runs on a window and returns what happened: the facts the tests check (no
error, the newest drawing or model shown, the first dropped file loaded) and the figures
``bench/bench_abuse.py`` reports against its targets (the UI's longest stall, measured with a
5 ms heartbeat timer on the UI thread). Tests never assert the figures: shared machines are
too noisy for that.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.corpus import png_bytes
from tests.gui_support import digit_strokes, send_mouse

HEARTBEAT_MS = 5


class Heartbeat:
    """A 5 ms timer on the UI thread; the longest gap between its ticks is the longest stall."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    @property
    def longest_stall_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:])]
        return max(0.0, max(gaps, default=0.0) * 1000 - HEARTBEAT_MS)


def spin(until: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop (so the heartbeat ticks) until ``until()``; raise on the timeout."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def wait(seconds: float) -> None:
    end = time.monotonic() + seconds
    spin(lambda: time.monotonic() >= end, seconds + 5)


def very_fast_drawing(draw: Any, moves: int = 600, rounds: int = 3) -> dict[str, Any]:
    """Hundreds of mouse moves with no event processing between them, then the catch-up."""
    canvas = draw.canvas
    computed: list[int] = []
    draw.session.predictionReady.connect(lambda r: computed.append(r["seq"]))
    points = [p for stroke in digit_strokes(canvas, 8) for p in stroke]
    # Zig-zag over the digit's points until there are enough moves.
    path = ((points + points[::-1]) * (moves // (2 * len(points)) + 1))[:moves]
    per_move_ms, catch_up_ms, duplicates, up_to_date = [], [], 0, True
    for _round in range(rounds):
        canvas.clear()
        spin(draw.is_up_to_date)
        computed.clear()
        began = time.perf_counter()
        send_mouse(canvas, QEvent.Type.MouseButtonPress, path[0])
        for point in path[1:]:
            send_mouse(canvas, QEvent.Type.MouseMove, point)
        send_mouse(canvas, QEvent.Type.MouseButtonRelease, path[-1])
        per_move_ms.append((time.perf_counter() - began) * 1000 / len(path))
        with Heartbeat() as beat:
            spin(draw.is_up_to_date)
            wait(0.05)
        catch_up_ms.append(beat.longest_stall_ms)
        duplicates += len(computed) - len(set(computed))
        up_to_date = up_to_date and draw.current_prediction() is not None
    return {
        "per_move_ms": min(per_move_ms),
        "catch_up_stall_ms": min(catch_up_ms),
        "predictions_computed_twice": duplicates,
        "shows_the_last_drawing": up_to_date,
    }


def resizing(window: Any, tab: str, rounds: int = 3) -> dict[str, Any]:
    """Fifteen resizes, one every 30 ms as a dragged window edge delivers them, per round."""
    sizes = [(1400, 900), (900, 620), (1200, 800), (800, 600), (1600, 1000)] * 3
    window.select_tab(tab)
    wait(0.2)
    stalls = []
    for _round in range(rounds):
        pending = list(sizes)
        resizer = QTimer()
        resizer.setInterval(30)
        resizer.timeout.connect(lambda p=pending: p and window.resize(*p.pop()))
        with Heartbeat() as beat:
            resizer.start()
            spin(lambda p=pending: not p)
            wait(0.1)
        resizer.stop()
        stalls.append(beat.longest_stall_ms)
    window.resize(1200, 800)
    window.select_tab("draw")
    return {"longest_stall_ms": min(stalls), "rounds": stalls}


def switching_tabs_while_training(window: Any, data: Any, spec: list, config: Any) -> dict:
    """Flip between Draw, Inspect and Lab every 40 ms while the Train tab trains."""
    page = window.pages["train"]
    page.data_loader = lambda: data
    page.editor.set_spec(spec)
    page.form.set_config(config)
    keys = [k for k in ("draw", "inspect", "lab") if k in window.pages]
    shown: list[tuple[float, str]] = []

    def switch() -> None:
        key = keys[len(shown) % len(keys)]
        window.select_tab(key)
        shown.append((time.perf_counter(), key))

    flipper = QTimer()
    flipper.setInterval(40)
    flipper.timeout.connect(switch)
    page.last_result = None
    started = page.start()
    # From the first batch on: before it, the run is loading data and building the model.
    spin(lambda: page.loss_plot.count > 0, 60)
    flipper.start()
    with Heartbeat() as beat:
        spin(lambda: page.last_result is not None and page.state == "idle", 120)
    flipper.stop()
    gaps = [(b - a, a) for a, b in zip(beat.ticks, beat.ticks[1:])]
    # The stall that follows each switch: the longest heartbeat gap starting within 40 ms.
    per_switch = sorted(
        max([g for g, a in gaps if t - 0.001 <= a < t + 0.04], default=0.0) * 1000 - HEARTBEAT_MS
        for t, _key in shown
    )
    window.select_tab("draw")
    return {
        "started": started,
        "status": page.last_result["status"] if page.last_result else None,
        "switches": len(shown),
        "stall_after_switch_p90_ms": per_switch[int(0.9 * (len(per_switch) - 1))]
        if per_switch
        else 0.0,
        "longest_stall_ms": beat.longest_stall_ms,
    }


def dropping_files(draw: Any, folder: Path, count: int = 1000) -> dict[str, Any]:
    """Drop ``count`` image files on the canvas at once: the first is loaded."""
    (folder / "0000.png").write_bytes(png_bytes(3, 100))
    other = png_bytes(1, 100)
    for k in range(1, count):
        (folder / f"{k:04d}.png").write_bytes(other)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / f"{k:04d}.png")) for k in range(count)])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with Heartbeat() as beat:
        began = time.perf_counter()
        QApplication.sendEvent(
            draw.canvas,
            QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys),
        )
        QApplication.sendEvent(
            draw.canvas,
            QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, buttons, keys),
        )
        drop_ms = (time.perf_counter() - began) * 1000
        spin(lambda: draw.canvas.source_tag() is not None)
        spin(draw.is_up_to_date)
    prediction = draw.current_prediction()
    return {
        "source": draw.canvas.source_tag(),
        "label": prediction["label"] if prediction else None,
        "drop_ms": drop_ms,
        "longest_stall_ms": beat.longest_stall_ms,
    }


def loading_models_while_others_load(
    window: Any, paths: list[Path], last_name: str, rounds: int = 2
) -> dict:
    """Open each of ``paths`` 5 ms after the other; the last one (named ``last_name``) must
    end up current."""
    names: list[str] = []

    def changed(info: dict) -> None:
        names.append(info["name"])

    window.session.modelChanged.connect(changed)
    stalls, last_names = [], []
    try:
        for _round in range(rounds):
            names.clear()
            with Heartbeat() as beat:
                for path in paths:
                    window.open_model(path)
                    wait(0.005)
                spin(lambda: not window.session.loading and names[-1:] == [last_name], 60)
                wait(0.2)
            stalls.append(beat.longest_stall_ms)
            last_names.append((names[-1], window.session.info["name"]))
    finally:
        window.session.modelChanged.disconnect(changed)
    return {"longest_stall_ms": min(stalls), "shown": last_names}
