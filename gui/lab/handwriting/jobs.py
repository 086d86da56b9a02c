"""Small background jobs of "Your handwriting": the current model's reading of a drawing (in
the model worker), and opening or changing a samples folder (in the page's I/O worker: each
write is a few fsynced files, usually milliseconds, but a slow disk must not freeze the
canvas)."""

from __future__ import annotations

from typing import Any

import numpy as np


def read_sample(_model: Any, predictor: Any, seq: int, image: np.ndarray) -> tuple[int, np.ndarray]:
    """The current model's probabilities for one drawing (model worker, ~1 ms)."""
    return seq, predictor.probabilities(image[np.newaxis])[0]


def open_dataset(folder: str) -> Any:
    """Open (or create) a samples folder (I/O worker)."""
    from model.lab.handwriting.dataset import PersonalDataset

    return PersonalDataset.open(folder)


def change_samples(dataset: Any, action: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """Call ``dataset.<action>(*args, **kwargs)`` (I/O worker); the answer names the dataset,
    so a reply that arrives after another folder was opened can be told apart."""
    return {"dataset": dataset, "result": getattr(dataset, action)(*args, **kwargs)}
