"""Start-up timestamps for benchmarks: ``CONVSCOPE_TIMING=1`` prints them on stderr.

Each event is printed once, as ``convscope-timing <event> <unix time>``, so a parent process
that noted the time it launched the app can compute "launch to window" and "launch to first
prediction" without the app knowing anything about the benchmark.

A heartbeat timer runs from the window's first show (``start_heartbeat``): the longest gap
between its beats is the longest time the UI thread could not answer. It is printed as
``convscope-stall <span> <milliseconds> <seconds after the show when it began>`` when the first
prediction is painted (span ``to_first_prediction``) and ``HEARTBEAT_S`` after the show
(span ``startup``, which includes building the other tabs).
"""

from __future__ import annotations

import os
import sys
import time

_seen: set[str] = set()
HEARTBEAT_MS = 5
HEARTBEAT_S = 3.0


def enabled() -> bool:
    """True when the environment asks for timestamps."""
    return os.environ.get("CONVSCOPE_TIMING", "") not in ("", "0")


def mark(event: str) -> None:
    """Print ``event`` with the current time, the first time it happens in this process."""
    if event in _seen or not enabled():
        return
    _seen.add(event)
    print(f"convscope-timing {event} {time.time():.6f}", file=sys.stderr, flush=True)
    if event == "first_prediction" and _heart is not None:
        _heart.report("to_first_prediction")


class _Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.began = self.last = time.perf_counter()
        self.longest, self.longest_at = 0.0, 0.0
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.longest:
            self.longest, self.longest_at = gap, self.last - self.began
        self.last = now
        if now - self.began >= HEARTBEAT_S:
            self.timer.stop()
            self.report("startup")

    def report(self, span: str) -> None:
        self.beat_if_due()
        print(
            f"convscope-stall {span} {self.longest * 1000:.1f} {self.longest_at:.3f}",
            file=sys.stderr,
            flush=True,
        )

    def beat_if_due(self) -> None:
        # The gap that ends now counts too: the report may come at the end of a long step.
        now = time.perf_counter()
        gap = now - self.last
        if gap > self.longest:
            self.longest, self.longest_at = gap, self.last - self.began


_heart: _Heartbeat | None = None


def start_heartbeat() -> None:
    """Start measuring UI stalls (once, and only when timing is enabled)."""
    global _heart
    if _heart is None and enabled():
        _heart = _Heartbeat()
