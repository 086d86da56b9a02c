"""Several digits on the Draw tab's canvas: a number ("2026", a postcode).

``model.data.segment.find_digits`` finds them on the UI thread as the drawing changes, and
``model.data.several_digits`` says whether they make a number; once the pen lifts, a job in the
model worker reads them all (``gui.draw.jobs.read_digits_job``), cutting touching digits where
the network agrees. The canvas outlines each digit with its reading, a button per digit picks
the one the one-digit views follow (the first by default), and a reading for a drawing that
has changed since is dropped.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRectF, Signal, Slot

from gui.common.canvas import DrawCanvas
from gui.common.session import ModelSession
from gui.draw.digit_chooser import DigitChooser
from gui.draw.jobs import read_digits_job
from model.data.framing import Preprocessed
from model.data.segment import Digit, find_digits
from model.data.several_digits import holds_several, may_hold_several
from model.uncertainty import Calibration

READ_KIND = "read-digits"


class NumberReader(QObject):
    """The digits found on ``canvas``, the network's reading of them, and which one is chosen.

    Signals
    -------
    readingArrived(object)
        The network's reading of the drawing on screen came: the ``Preprocessed`` of the chosen
        digit as read (touching digits may have been cut differently than found).
    """

    readingArrived = Signal(object)

    def __init__(
        self,
        session: ModelSession,
        canvas: DrawCanvas,
        chooser: DigitChooser,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.canvas, self.chooser = session, canvas, chooser
        # The digits found on the canvas, the network's reading of them (from read_digits_job;
        # None until it comes), and which one the one-digit views show.
        self.digits: list[Digit] = []
        self.reading: Any = None
        self._key: int | None = None
        self.selected = 0
        # Whether the pen lifting should look again (``follow`` waited for it).
        self.look_again = False
        session.jobFinished.connect(self._on_session_jobFinished)

    @property
    def number(self) -> str | None:
        """The number read when the canvas holds several digits ("?" for a digit the network
        is not sure of), None for one digit or while the reading is on its way."""
        if self.reading is None or len(self.reading.digits) < 2:
            return None
        return "".join("?" if a.uncertain else str(a.label) for a in self.reading.assessments)

    def follow(
        self, array: np.ndarray, pre: Preprocessed, calibration: Calibration
    ) -> Preprocessed:
        """Look for several digits in the drawing ``array`` (preprocessed as one: ``pre``);
        return the preprocessing the one-digit views follow."""
        # This runs on every stroke segment: most drawings are one digit, and are let go
        # without looking further.
        digits = find_digits(array) if may_hold_several(pre) else []
        # One piece of ink is read as several digits on its width alone only once the pen
        # lifts: mid-stroke it must not send the one-digit views to half a digit, nor keep the
        # model worker cutting it on every segment.
        stroking = self.canvas.stroking
        self.look_again = stroking and bool(digits)
        if not holds_several(digits, finished=not stroking):
            self.digits, self.reading, self._key, self.selected = [], None, None, 0
            self.canvas.show_digits([])
            self.chooser.setVisible(False)
            return pre
        self.digits = digits
        # The drawing itself, not just the digits' boxes: a stroke inside a box (a 6's loop
        # drawn after its arc) changes the digit without moving the box.
        key = hash(array.tobytes())
        if key != self._key:
            # A new drawing: the last reading no longer fits it. Ask for one when the pen
            # lifts (the reading cuts and reads every digit: work a stroke's segments should
            # not wait behind); until it comes, the digits as found stand.
            self.reading = None
            if self.session.info is not None and not stroking:
                self._key = key
                self.session.run_on_model(READ_KIND, read_digits_job, digits, calibration, key)
        shown = self.reading.digits if self.reading is not None else digits
        self.selected = min(self.selected, len(shown) - 1)
        self.show_digits()
        return shown[self.selected].pre

    def choose(self, index: int) -> bool:
        """Make digit ``index`` the one followed; False if there is no such digit or it
        already is."""
        digits = self.reading.digits if self.reading is not None else self.digits
        if 0 <= index < len(digits) and index != self.selected:
            self.selected = int(index)
            return True
        return False

    def read_again(self) -> None:
        """Another network: the number is to be read again."""
        self._key = None

    def show_digits(self) -> None:
        """Outline the digits on the canvas and show their buttons."""
        if self.reading is not None:
            digits = self.reading.digits
            labels = [str(a.label) for a in self.reading.assessments]
            doubts = [a.uncertain for a in self.reading.assessments]
        else:
            digits, labels, doubts = (
                self.digits,
                ["…"] * len(self.digits),
                [False] * len(self.digits),
            )
        boxes = [
            (QRectF(d.box[1], d.box[0], d.box[3] - d.box[1], d.box[2] - d.box[0]), text)
            for d, text in zip(digits, labels)
        ]
        self.canvas.show_digits(boxes if len(digits) >= 2 else [], self.selected)
        self.chooser.show_digits(labels, doubts, self.selected)
        self.chooser.setVisible(len(digits) >= 2)

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: dict) -> None:
        if kind != READ_KIND:
            return
        reading = result["reading"]
        if result["key"] != self._key:
            return  # the drawing changed since: a newer reading is on its way
        self.reading = reading
        if not reading.digits:
            return
        self.selected = min(self.selected, len(reading.digits) - 1)
        self.readingArrived.emit(reading.digits[self.selected].pre)
