"""Small helpers shared by the benchmarks: paths, percentiles, tables."""

from __future__ import annotations

import sys
from pathlib import Path

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
