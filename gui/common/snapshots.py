"""The weight snapshots of the last training run, kept so the inspector can replay training.

``ModelSession`` owns one ``SnapshotTimeline`` and adds every snapshot the Train tab hands it.
Memory stays bounded: every epoch-end snapshot is kept, and when there are more than ``cap``
snapshots the ones taken within epochs are thinned to every other one (and from then on only
every other new one is kept), so they stay evenly spread over the run. Weights are the copies
training already made; nothing here copies them again or touches TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from gui.common.i18n import translate

DEFAULT_CAP = 60


@dataclass(frozen=True)
class Snapshot:
    """One moment of a run: the architecture, the weights, and where it was taken."""

    spec: list[dict]
    weights: list[np.ndarray]
    info: dict[str, Any]
    arrival: int  # how many within-epoch snapshots of the run came before this one
    number: int  # how many snapshots of the run (kept or not) came before this one

    @property
    def epoch_end(self) -> bool:
        return int(self.info.get("batch", 0)) == 0

    def text(self) -> str:
        """Where it was taken, in words: "end of epoch 2", "epoch 3, batch 400"."""
        epoch, batch = int(self.info.get("epoch", 0)), int(self.info.get("batch", 0))
        # At an epoch's end ``epoch`` counts the epochs completed; within one it is 0-based.
        if batch == 0:
            return translate("common.snapshots", "end of epoch {n}").format(n=epoch)
        return translate("common.snapshots", "epoch {n}, batch {batch}").format(
            n=epoch + 1, batch=batch
        )


class SnapshotTimeline:
    """The last run's snapshots, oldest first, at most ``cap`` (see the module docstring)."""

    def __init__(self, cap: int = DEFAULT_CAP) -> None:
        self.cap = max(2, int(cap))
        self.run: Any = None
        self._entries: list[Snapshot] = []
        self._stride = 1  # keep every ``stride``-th within-epoch snapshot
        self._arrivals = 0
        self._numbers = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> Snapshot:
        return self._entries[index]

    def clear(self) -> None:
        self.run = None
        self._entries = []
        self._stride, self._arrivals, self._numbers = 1, 0, 0

    def add(self, spec: list[dict], weights: list[np.ndarray], info: dict[str, Any]) -> bool:
        """Record a snapshot; a snapshot of another run starts a new timeline.

        Returns True if the timeline changed (the snapshot was kept or a new run began).
        """
        run = info.get("run")
        began = run != self.run or not self._entries
        if began:
            self.clear()
            self.run = run
        snapshot = Snapshot(list(spec), list(weights), dict(info), self._arrivals, self._numbers)
        self._numbers += 1
        if not snapshot.epoch_end:
            self._arrivals += 1
            if snapshot.arrival % self._stride:
                return began
        self._entries.append(snapshot)
        while len(self._entries) > self.cap:
            self._thin()
        return True

    def index_of(self, number: int) -> int:
        """Index of snapshot ``number``, or of the newest one before it if it was thinned out."""
        before = [i for i, s in enumerate(self._entries) if s.number <= number]
        return before[-1] if before else 0

    def _thin(self) -> None:
        if sum(not s.epoch_end for s in self._entries) > 1:
            # Arrivals are multiples of the old stride: doubling it drops every other one.
            self._stride *= 2
            self._entries = [
                s for s in self._entries if s.epoch_end or s.arrival % self._stride == 0
            ]
        else:  # more epochs than ``cap``: every other snapshot, always keeping the newest
            self._entries = self._entries[::-1][::2][::-1]
