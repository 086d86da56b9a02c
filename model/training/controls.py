"""The pause and stop flags of a training run, which any thread (or process) may set."""

from __future__ import annotations

import threading
from typing import Any


class RunControls:
    """The pause and stop flags of a run, for any thread to set.

    ``stop`` and ``running`` are ``threading.Event``s by default; ``multiprocessing.Event``s
    let another process set them (``model.training.process``).
    """

    def __init__(self, stop: Any = None, running: Any = None) -> None:
        self._stop = stop if stop is not None else threading.Event()
        self._running = running if running is not None else threading.Event()
        self._running.set()

    def request_stop(self) -> None:
        """Stop at the next batch boundary (also releases a pause)."""
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()
