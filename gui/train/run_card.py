"""The Train tab's "3 · Train" card: start, pause, stop or resume a run, evaluate, use or save
what it made, and follow it: a progress bar, a line of progress, a line of status.

The card only shows; the Train tab connects its buttons and tells it the run's state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from gui.common import style
from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.layouts import FlowLayout
from gui.common.widgets import Card, TextView, duration, label, push_button
from model.i18n import integer, number
from model.words import count

# How a run ended (``TrainingWorker.runFinished``'s status), in words.
STATUS_WORDS = {
    "completed": QT_TRANSLATE_NOOP("train.run_card", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("train.run_card", "Stopped"),
    "diverged": QT_TRANSLATE_NOOP("train.run_card", "Diverged"),
    "interrupted": QT_TRANSLATE_NOOP("train.run_card", "Interrupted"),
    "failed": QT_TRANSLATE_NOOP("train.run_card", "Failed"),
}

# The progress bar's steps for a whole run.
STEPS = 1000


class RunCard(Card):
    """The run's buttons and progress, above ``follow_row`` (``gui.train.follow``)."""

    def __init__(self, follow_row: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.start_button = push_button(
            translate("train.run_card", "Start"),
            translate("train.run_card", "Train this network on MNIST"),
            primary=True,
        )
        self.pause_button = push_button(
            translate("train.run_card", "Pause"),
            translate("train.run_card", "Pause after the current batch; press again to go on"),
        )
        self.stop_button = push_button(
            translate("train.run_card", "Stop"),
            translate("train.run_card", "Stop after the current batch; completed epochs are kept"),
        )
        self.resume_button = push_button(
            translate("train.run_card", "Resume last run"),
            translate(
                "train.run_card",
                "Continue the last run that was stopped or interrupted, from its last checkpoint",
            ),
        )
        self.use_button = push_button(
            translate("train.run_card", "Use this model"),
            translate("train.run_card", "Make the trained network the current model of every tab"),
        )
        self.save_button = push_button(
            translate("train.run_card", "Save model…"),
            translate(
                "train.run_card",
                "Save the trained network as a .keras file with its settings and history",
            ),
        )
        self.evaluate_button = push_button(
            translate("train.run_card", "Evaluate"),
            translate(
                "train.run_card", "Test the trained network on the {n} test digits it never saw"
            ).format(n=integer(10000)),
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        # The window's style keeps progress bars tiny for the status bar; this one spans the card.
        self.progress.setStyleSheet("QProgressBar { max-width: 16777215px; min-height: 8px; }")
        self.progress_text = TextView(1)
        self.status_text = TextView(2)
        self.start_reason = label("", wrap=True)
        self.start_reason.setStyleSheet(f"color: {style.BAD};")
        self.body.addLayout(self._button_rows())
        self.body.addWidget(self.start_reason)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.progress_text)
        self.body.addWidget(self.status_text)
        self.body.addWidget(follow_row)

    def _button_rows(self) -> FlowLayout:
        # The heading and two groups of buttons (run it; use what it made) share a line
        # when there is room for them, and wrap when there is not.
        buttons = FlowLayout(spacing=16)
        buttons.addWidget(label(translate("train.run_card", "3 · Train"), "heading"))
        for group in (
            (self.start_button, self.pause_button, self.stop_button, self.resume_button),
            (self.evaluate_button, self.use_button, self.save_button),
        ):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            for b in group:
                row.addWidget(b)
            buttons.addWidget(box)
        return buttons

    def show_controls(
        self, state: str, valid: bool, error: str, resumable: bool, trained: bool
    ) -> None:
        """Enable what can be done now.

        Parameters
        ----------
        state
            The run's: ``idle``, ``running``, ``paused`` or ``stopping``.
        valid, error
            Whether the architecture can be trained, and if not, why.
        resumable
            A stopped or interrupted run can be resumed.
        trained
            The last run trained at least one epoch (to evaluate, use or save).
        """
        idle = state == "idle"
        self.start_button.setEnabled(idle and valid)
        self.start_button.setToolTip(
            translate("train.run_card", "Train this network on MNIST")
            if valid
            else translate("train.run_card", "Cannot start: {error}").format(error=error)
        )
        self.start_reason.setVisible(not valid)
        if not valid:
            self.start_reason.setText(
                translate(
                    "train.run_card",
                    "Start is off until the architecture is fixed (see the highlighted layer).",
                )
            )
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(
            translate("train.run_card", "Resume")
            if state == "paused"
            else translate("train.run_card", "Pause")
        )
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.resume_button.setEnabled(idle and resumable)
        for b in (self.use_button, self.save_button, self.evaluate_button):
            b.setEnabled(trained)

    def say(self, text: str, colour: str = style.TEXT) -> None:
        """The status line: what is happening, or what went wrong."""
        self.status_text.set_text(text, colour)

    def show_preparing(self) -> None:
        """Busy until the first batch: data and TensorFlow are loading."""
        self.progress.setRange(0, 0)
        self.progress_text.set_text(
            translate("train.run_card", "Preparing: loading MNIST and TensorFlow…")
        )

    def show_started(self) -> None:
        """The run has started: its progress from zero."""
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)

    def show_batch(self, p: dict[str, Any]) -> None:
        """Progress as of batch info ``p`` (``epoch``, ``batch``, ``batches``, ``epochs``,
        ``loss``, ``samples_per_second``, ``eta_s``)."""
        done = (p["epoch"] + (p["batch"] + 1) / max(1, p["batches"])) / max(1, p["epochs"])
        self.progress.setValue(int(STEPS * min(1.0, done)))
        self.progress_text.set_text(
            translate(
                "train.run_card",
                "Epoch {ep}/{ep_total} · batch {batch}/{batches} · loss {lossnum} · "
                "{rate} digits/s · about {left} left",
            ).format(
                ep=p["epoch"] + 1,
                ep_total=p["epochs"],
                batch=p["batch"] + 1,
                batches=p["batches"],
                lossnum=number(p["loss"], 3),
                rate=integer(round(p["samples_per_second"])),
                left=duration(p["eta_s"]),
            )
        )

    def show_finished(self, result: dict[str, Any]) -> None:
        """How the run ended (``TrainingWorker.runFinished``'s result)."""
        status = result["status"]
        self.progress.setRange(0, STEPS)
        if status == "completed":
            self.progress.setValue(STEPS)
        rate = result["samples_per_second"]
        said = STATUS_WORDS.get(status)
        epochs = count(
            result["epochs_completed"],
            translate("train.run_card", "epoch"),
            translate("train.run_card", "epochs"),
        )
        self.progress_text.set_text(
            translate("train.run_card", "{status}: {ep_total} in {time} ({rate} digits/s)").format(
                status=translate("train.run_card", said) if said else status.capitalize(),
                ep_total=epochs,
                time=duration(result["seconds"]),
                rate=integer(round(rate)),
            )
        )

    def show_failed(self) -> None:
        """The run failed: the bar stops being busy."""
        self.progress.setRange(0, STEPS)
