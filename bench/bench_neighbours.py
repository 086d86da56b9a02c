"""Nearest training digits: how fast the index is built and searched.

Usage: python bench/bench_neighbours.py [--model FILE] [--n N] [--queries N] [--batch N]

Prints embedding throughput (training digits per second through the network up to its last
hidden layer), the time to index all 60,000 at that rate, the memory the vectors take, and the
per-query latency (one digit embedded plus one matrix-vector product over the index) for the
network's features and for raw pixels. ``model.lab.neighbours.DEFAULT_SIZE`` is chosen from this.
"""

from __future__ import annotations

import argparse
import json
import time

from _common import ROOT, percentiles_ms, table

from model.data.mnist import load_mnist
from model.lab.neighbours import BATCH_SIZE, DEFAULT_SIZE, NeighbourIndex, training_subset
from model.storage import load_model


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=str(ROOT / "resources" / "models" / "default.keras"))
    p.add_argument("--n", type=int, default=DEFAULT_SIZE, help="training digits to index")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--batch", type=int, default=BATCH_SIZE)
    args = p.parse_args()

    model = load_model(args.model).model
    data = load_mnist()
    images, labels, _ = training_subset(data.x_train, data.y_train, args.n, seed=0)
    began = time.perf_counter()
    index = NeighbourIndex.build(model, images, labels, batch_size=args.batch)
    total = time.perf_counter() - began
    rate = len(index) / index.seconds
    print(f"model {args.model}: embedding layer {index.layer!r}, {index.vectors.shape[1]} values")
    print(
        f"indexed {len(index):,} digits in {total:.2f} s ({index.seconds:.2f} s embedding, "
        f"{total - index.seconds:.2f} s for the pixel vectors): {rate:,.0f} digits/s; "
        f"all 60,000 would take ~{60000 / rate:.1f} s"
    )
    print(
        f"memory: features {index.vectors.nbytes / 1e6:.1f} MB, "
        f"pixels {index.pixels.nbytes / 1e6:.1f} MB"
    )

    queries = data.x_test[: args.queries].astype("float32") / 255.0
    for q in queries[:5]:
        index.query(q)
    feature_times, pixel_times, agree = [], [], 0
    for q, label in zip(queries, data.y_test[: args.queries]):
        t = time.perf_counter()
        found = index.query(q, k=8)
        feature_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        index.query_pixels(q, k=8)
        pixel_times.append(time.perf_counter() - t)
        agree += int(found.majority()[0] == label)
    rows = []
    for name, times in (("network features", feature_times), ("raw pixels", pixel_times)):
        p50, p99 = percentiles_ms(times)
        rows.append((name, len(times), f"{p50:.2f}", f"{p99:.2f}"))
    print(table(rows, ("query (k=8)", "queries", "p50 ms", "p99 ms")))
    print(f"majority label of the 8 neighbours = true label: {agree / len(queries):.1%}")
    summary = {
        "n": len(index),
        "embed_per_s": round(rate),
        "all_60000_s": round(60000 / rate, 1),
        "query_p50_ms": round(percentiles_ms(feature_times)[0], 2),
        "pixel_query_p50_ms": round(percentiles_ms(pixel_times)[0], 2),
        "majority_right": round(agree / len(queries), 4),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
