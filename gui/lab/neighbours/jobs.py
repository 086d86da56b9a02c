"""What the page's worker runs: indexing a sample of the training digits with a copy of the
current model (``build_job``), and finding the nearest ones to a digit (``query_job``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from gui.common.workers import Worker
from model.lab import neighbours as nb


class Engine:
    """The page worker's state between jobs (touched only in the worker thread, but for
    ``wanted``, which the UI thread sets)."""

    def __init__(self) -> None:
        self.index: nb.NeighbourIndex | None = None
        self.images: np.ndarray | None = None
        self.order: np.ndarray | None = None
        self.generation = -1
        # The generation the page wants built; a build of any other stops at its next batch
        # (the user pressed Stop, or the model changed: its features would be of no use).
        self.wanted = -1


def build_job(
    engine: Engine,
    worker: Worker,
    progressed: Callable[[int, int, int], None],
    frozen: Any,
    generation: int,
    n: int,
) -> dict[str, Any]:
    """Index ``n`` training digits with ``frozen`` thawed, reporting ``progressed(generation,
    done, total)``; stops early when the app closes or the page wants another generation."""
    from model.data.mnist import load_mnist
    from model.network.sharing import thaw

    engine.index = None
    data = load_mnist()
    images, labels, order = nb.training_subset(data.x_train, data.y_train, n, seed=0)
    worker.check_stopping()
    model = thaw(frozen)

    def should_stop() -> bool:
        return worker.stopping or engine.wanted != generation

    def progress(done: int, total: int) -> None:
        progressed(generation, done, total)

    try:
        index = nb.NeighbourIndex.build(model, images, labels, progress, should_stop)
    except nb.BuildStopped:
        return {"generation": generation, "cancelled": True}
    engine.index, engine.images, engine.order, engine.generation = index, images, order, generation
    return {
        "generation": generation,
        "cancelled": False,
        "n": len(index),
        "seconds": index.seconds,
        "layer": index.layer,
        "size": int(index.vectors.shape[1]),
    }


def query_job(
    engine: Engine, generation: int, seq: int, image: np.ndarray, k: int, pixels: bool
) -> dict[str, Any] | None:
    """The ``k`` training digits nearest to ``image`` by the network's features (and by raw
    pixels if ``pixels``); None if the index is of another generation."""
    index = engine.index
    if index is None or engine.generation != generation:
        return None

    def pack(found: nb.Neighbours) -> dict[str, Any]:
        return {
            "indices": engine.order[found.indices],
            "labels": found.labels.astype(int),
            "similarities": found.similarities,
            "images": engine.images[found.indices],
            "majority": found.majority(),
        }

    result = {"generation": generation, "seq": seq, "network": pack(index.query(image, k))}
    result["pixels"] = pack(index.query_pixels(image, k)) if pixels else None
    return result
