"""What the screen-reader words cost: each picture's text equivalent is rebuilt whenever the
picture changes (every prediction while drawing), so it must stay far below a frame.

Usage: python bench/bench_readout.py [--calls N]

Times ``model.readout``'s functions on the shapes the app shows: the ten votes, the 28x28 input,
the default model's first conv layer (24 maps of 26x26) and a wide one (64 maps of 26x26).
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
from _common import table

from model.readout import image_text, maps_text, votes_text


def per_call_us(fn, calls: int) -> float:
    """The best of five runs of ``calls`` calls, in microseconds a call."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        best = min(best, (time.perf_counter() - start) / calls)
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    votes = rng.dirichlet(np.ones(10))
    image = rng.random((28, 28))
    rng_maps = (rng.standard_normal((24, 26, 26)), rng.standard_normal((64, 26, 26)))
    cases = {
        "votes_text (10 votes)": lambda: votes_text(votes),
        "image_text (28x28)": lambda: image_text(image),
        "maps_text (24x26x26)": lambda: maps_text(rng_maps[0]),
        "maps_text (64x26x26)": lambda: maps_text(rng_maps[1]),
    }
    results = {name: per_call_us(fn, args.calls) for name, fn in cases.items()}
    rows = [(name, f"{us:.1f}") for name, us in results.items()]
    print(table(rows, ("text equivalent", "us per call")))
    figures = {name: round(us, 1) for name, us in results.items()}
    print(json.dumps({"bench": "readout", "us_per_call": figures}))


if __name__ == "__main__":
    main()
