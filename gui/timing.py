"""Start-up timestamps for benchmarks: ``CONVSCOPE_TIMING=1`` prints them on stderr.

Each event is printed once, as ``convscope-timing <event> <unix time>``, so a parent process
that noted the time it launched the app can compute "launch to window" and "launch to first
prediction" without the app knowing anything about the benchmark.
"""

from __future__ import annotations

import os
import sys
import time

_seen: set[str] = set()


def enabled() -> bool:
    """True when the environment asks for timestamps."""
    return os.environ.get("CONVSCOPE_TIMING", "") not in ("", "0")


def mark(event: str) -> None:
    """Print ``event`` with the current time, the first time it happens in this process."""
    if event in _seen or not enabled():
        return
    _seen.add(event)
    print(f"convscope-timing {event} {time.time():.6f}", file=sys.stderr, flush=True)
