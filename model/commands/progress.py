"""``train``'s progress: one line redrawn in place on a terminal, a line per epoch elsewhere."""

from __future__ import annotations

import sys
import time

from model.i18n import integer, number, translate


def format_seconds(s: float | None) -> str:
    """mm:ss, or XhYYm from an hour on; "--:--" when unknown."""
    if s is None:
        return "--:--"
    s = int(round(s))
    return f"{s // 60:02d}:{s % 60:02d}" if s < 3600 else f"{s // 3600}h{(s % 3600) // 60:02d}m"


class ProgressBar:
    """One line redrawn in place on a terminal; a line per epoch elsewhere (CI logs, pipes)."""

    def __init__(self, stream=sys.stdout) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last = 0.0

    def batch(self, info: dict) -> None:
        """``TrainingEvents.batch_ended``: redraw the bar at most ten times a second."""
        if not self.tty:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and info["batch"] + 1 < info["batches"]:
            return
        self._last = now
        frac = (info["batch"] + 1) / info["batches"]
        bar = "#" * int(frac * 24)
        # The epoch's running means, as Keras's own progress bar shows: steadier to read
        # than one batch's values.
        line = translate(
            "commands.progress",
            "epoch {n}/{total} [{bar}] loss {l} acc {a} {speed}/s ETA {eta}  ",
        ).format(
            n=info["epoch"] + 1,
            total=info["epochs"],
            bar=f"{bar:<24}",
            l=number(info["epoch_loss"], 4),
            a=number(info["epoch_accuracy"], 4),
            speed=integer(round(info["samples_per_second"])),
            eta=format_seconds(info["eta_s"]),
        )
        self.stream.write("\r" + line)
        self.stream.flush()

    def epoch(self, info: dict) -> None:
        """``TrainingEvents.epoch_ended``: the epoch's metrics on a line of their own."""
        parts = [
            translate("commands.progress", "epoch {n}/{total}").format(
                n=info["epoch"] + 1, total=info["epochs"]
            ),
            translate("commands.progress", "loss {x}").format(
                x=number(info.get("loss", float("nan")), 4)
            ),
            translate("commands.progress", "accuracy {x}").format(
                x=number(info.get("accuracy", float("nan")), 4)
            ),
        ]
        if "val_loss" in info:
            parts += [
                translate("commands.progress", "val_loss {x}").format(
                    x=number(info["val_loss"], 4)
                ),
                translate("commands.progress", "val_accuracy {x}").format(
                    x=number(info["val_accuracy"], 4)
                ),
            ]
        self.stream.write(("\r" if self.tty else "") + "  ".join(parts) + " " * 10 + "\n")
        self.stream.flush()
