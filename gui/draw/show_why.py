"""The Draw tab's "Show why": the parts of the drawing that pushed the network to its answer,
coloured over the canvas and kept up to date while you draw.

Each map is a job in the model worker (``gui.common.why.saliency_job``: Grad-CAM by default;
the Lab's "Why this answer" page can change the way of asking by showing its own map). Maps are
asked for at most every ``WHY_INTERVAL_MS`` while drawing, and always for the drawing a stroke
ends on; a map for an older drawing is not shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, QRectF, QTimer, Slot
from PySide6.QtGui import QAction

from gui.common import why
from gui.common.i18n import translate

if TYPE_CHECKING:
    from gui.draw.tab import DrawTab

WHY_KIND = "why-draw"
# "Show why" asks for a new map at most this often while drawing (ms): a map costs a few ms
# in the model worker, which also serves the live predictions.
WHY_INTERVAL_MS = 120


class ShowWhy(QObject):
    """The overlay's requests and results, for ``tab``; ``action`` turns it on and off.

    It reads the tab's drawing (``seq``, ``preprocessed``), its canvas and its session.
    """

    def __init__(self, tab: DrawTab, action: QAction) -> None:
        super().__init__(tab)
        self.tab = tab
        self.action = action
        # How the overlay is asked for (the Lab's Why page may change it by showing its own
        # map), and whether a request is out.
        self.request: dict[str, Any] = {"method": "gradcam", "class_index": None}
        self._answer: dict | None = None  # the newest prediction, which a map explains
        self._busy = False
        self._dirty = False
        self._seq = -1  # the drawing the overlay on the canvas explains
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WHY_INTERVAL_MS)
        self._timer.timeout.connect(self._ask)
        session = tab.session
        session.overlayShown.connect(self.show_overlay)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)

    @property
    def on(self) -> bool:
        """Whether the canvas shows why the network answers what it does."""
        return self.action.isChecked()

    @Slot(bool)
    def set_on(self, on: bool) -> None:
        """Turn the saliency overlay on the canvas on or off."""
        if self.action.isChecked() != bool(on):
            self.action.setChecked(bool(on))  # comes back here through toggled
            return
        self.tab.drawing_settings.show_why = bool(on)
        if on:
            self._schedule()
        else:
            self._timer.stop()
            self.tab.canvas.show_overlay(None)

    def answered(self, result: dict) -> None:
        """A prediction arrived (``ModelSession.predictionReady``): ask why, if it is the
        drawing's on screen."""
        self._answer = result
        if self.on and result["seq"] == self.tab.seq:
            self._schedule()

    def shown(self) -> None:
        """The tab is shown: an answer that changed while it was hidden needs a new map."""
        if self.on and (self.tab.canvas.overlay is None or self._seq != self.tab.seq):
            self._schedule()

    def _schedule(self) -> None:
        # Throttled, not debounced: while drawing, a map every WHY_INTERVAL_MS at most, and
        # always one for the drawing the stroke ends on.
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def _ask(self) -> None:
        p = self._answer
        if not self.on or p is None or p["seq"] != self.tab.seq:
            return
        if not self.tab.isVisible():
            # A newer answer (other weights, say) while hidden: the overlay on the canvas is
            # out of date, and ``shown`` asks again.
            self._seq = -1
            return
        if self._busy:
            self._dirty = True
            return
        self._busy, self._dirty = True, False
        request = self.request
        method = request["method"]
        if method == "gradcam" and not self._has_conv():
            method = "occlusion"  # Grad-CAM needs a convolution layer; occlusion works anywhere
        self.tab.session.run_on_model(
            WHY_KIND,
            why.saliency_job,
            np.asarray(p["image"], np.float32),
            method,
            request.get("class_index"),
            bool(request.get("smooth", False)),
            (int(p["seq"]), int(p["label"])),
        )

    def _has_conv(self) -> bool:
        info = self.tab.session.info or {}
        return any(layer.get("type") == "Conv2D" for layer in info.get("layers", []))

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: dict) -> None:
        if kind != WHY_KIND:
            return
        self._busy = False
        seq, answer = result["tag"]
        if self.on and seq == self.tab.seq:
            overlay = {
                "map": result["map"],
                "signed": result["signed"],
                "method": self.request["method"],
                "class_index": result["asked_class"],
                "smooth": result["smooth"],
            }
            self.tab.session.show_overlay(overlay, why.caption(result, answer), seq)
        if self._dirty or (self.on and seq != self.tab.seq):
            self._schedule()

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind != WHY_KIND:
            return
        self._busy = False
        self.tab.statusReported.emit(
            translate("draw.show_why", "Show why: {message}").format(message=message)
        )

    @Slot(object, str, int)
    def show_overlay(self, overlay: dict | None, caption: str = "", seq: int = -1) -> None:
        """Lay a saliency map over the part of the canvas the 28x28 input came from.

        ``overlay`` is ``ModelSession.overlayShown``'s dict (None removes the overlay); it is
        shown only while "Show why" is on, for the drawing on screen (``seq`` -1 or the
        current one). Its way of asking (method, class) becomes the one "Show why" uses
        while you draw on.
        """
        if overlay is not None:
            self.request = {
                "method": overlay.get("method", "gradcam"),
                "class_index": overlay.get("class_index"),
                "smooth": bool(overlay.get("smooth", False)),
            }
        pre, canvas = self.tab.preprocessed, self.tab.canvas
        if (
            overlay is None
            or not self.on
            or pre is None
            or pre.blank
            or seq not in (-1, self.tab.seq)
        ):
            if overlay is None or pre is None or pre.blank:
                canvas.show_overlay(None)
            return
        # The whole 28x28 frame mapped back through this drawing's crop, scale (per axis) and
        # centring, so each hot spot lies on the strokes it was computed from.
        top, left, height, width = pre.frame_in_source()
        image = why.heat_qimage(overlay["map"], bool(overlay.get("signed")), overlay=True)
        canvas.show_overlay(image, QRectF(left, top, width, height), caption)
        self._seq = self.tab.seq
