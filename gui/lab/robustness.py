"""The Robustness lab: spoil your digit on purpose and watch two networks cope, or not.

Sliders move, turn, resize, thicken and spoil the digit the network saw; the spoiled 28x28 and
the answers of two networks update while a slider moves: the session's current model and a
comparison model (the shipped plain dense network, ``mlp.keras``, unless the user picks
another). A button measures whole robustness curves, accuracy against shift and rotation on a
sample of test digits, for both models, and plots them.

Three threads do the work, none of it on the UI thread:

- the session's model worker answers for the current model (a tiny ``run_on_model`` job per
  slider move, newest wins);
- this page's *live* worker owns the comparison model and spoils the digit for display;
- this page's *curve* worker measures curves on its own copies of both models (the current one
  through ``model.network.sharing.freeze``/``thaw``), so a curve never stalls live answers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from gui.common import style
from gui.common.layouts import ReflowRow
from gui.common.pixel_view import PixelView
from gui.common.plots import PlotCanvas, style_axes
from gui.common.probability_bars import ProbabilityBars
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.common.widgets import GRID, Card, TextView, label, percent
from gui.lab.tab import LabPage
from model.data.mnist import PROJECT_ROOT
from model.words import with_article

SHIPPED_COMPARISON = PROJECT_ROOT / "resources" / "models" / "mlp.keras"
MODEL_FILTER = "Keras models (*.keras);;All files (*)"
SAMPLE_SIZES = (200, 500, 1000, 2000)
CURRENT_COLOUR = style.ACCENT
COMPARISON_COLOUR = "#f97316"
NOISE_SEED = 0  # one fixed pattern of speckles: moving the noise slider scales it, nothing jumps

# (key, name, minimum, maximum, step, neutral value, tooltip)
SLIDERS = (
    ("dx", "Move right", -8.0, 8.0, 0.5, 0.0, "Move the digit left (−) or right (+), in pixels"),
    ("dy", "Move down", -8.0, 8.0, 0.5, 0.0, "Move the digit up (−) or down (+), in pixels"),
    ("rotation", "Turn", -90.0, 90.0, 1.0, 0.0, "Turn the digit about its centre of mass"),
    ("scale", "Size", 0.5, 1.5, 0.05, 1.0, "Shrink or enlarge the digit about its centre"),
    (
        "thickness",
        "Stroke",
        -2.0,
        3.0,
        0.25,
        0.0,
        "Thinner (−) or thicker (+) strokes, in pixels on each side",
    ),
    ("noise", "Noise", 0.0, 0.5, 0.01, 0.0, "Random speckles over the whole picture"),
)

EXPLANATION = (
    "<b>Why the CNN copes better with moves.</b> A convolution filter is one small detector "
    "slid over every position of the picture, so a stroke moved two pixels still lights up "
    "the same filter, just two places further along. Max pooling then keeps only the strongest "
    "response in each small window, so a small move often changes nothing at all once pooled. "
    "A plain dense network has neither: each of its weights belongs to one fixed pixel, so a "
    "digit moved a few pixels lands on weights that never saw ink there in training. Large "
    "turns defeat both, because the strokes themselves point elsewhere: networks learn to "
    "tolerate those only from turned training digits (the <i>best</i> preset's augmentation)."
)


@dataclass
class RobustnessSettings:
    """The Robustness lab's comparison model (empty: the shipped mlp.keras) and sample size."""

    GROUP: ClassVar[str] = "lab_robustness"
    comparison: str = ""
    sample: int = 1000


def value_text(key: str, value: float) -> str:
    """A slider's value in words: "+2.5 px", "10° anticlockwise", "120 %"."""
    if key in ("dx", "dy", "thickness"):
        return "0 px" if value == 0 else f"{value:+g} px"
    if key == "rotation":
        if value == 0:
            return "0°"
        return f"{abs(value):g}° {'anticlockwise' if value > 0 else 'clockwise'}"
    if key == "scale":
        return f"{value * 100:.0f} %"
    return "none" if value == 0 else f"{value:.2f}"


def describe_changes(params: dict[str, float]) -> str:
    """What was done to the digit, in words ("unchanged" when nothing was)."""
    parts = []
    dx, dy = params.get("dx", 0.0), params.get("dy", 0.0)
    moves = []
    if dx:
        moves.append(f"{abs(dx):g} px {'right' if dx > 0 else 'left'}")
    if dy:
        moves.append(f"{abs(dy):g} px {'down' if dy > 0 else 'up'}")
    if moves:
        parts.append("moved " + " and ".join(moves))
    if params.get("rotation"):
        parts.append("turned " + value_text("rotation", params["rotation"]))
    if params.get("scale", 1.0) != 1.0:
        parts.append(f"resized to {params['scale'] * 100:.0f} %")
    if params.get("thickness"):
        parts.append("thicker" if params["thickness"] > 0 else "thinner")
    if params.get("noise"):
        parts.append(f"noise {params['noise']:.2f}")
    return ", ".join(parts) or "unchanged"


# --------------------------------------------------------------------------- worker jobs


def _spoil(image: np.ndarray, params: dict[str, float]) -> np.ndarray:
    from model.data.transform import transform

    return transform(
        image,
        shift=(params["dx"], params["dy"]),
        rotation=params["rotation"],
        scale=params["scale"],
        thickness=params["thickness"],
        noise=params["noise"],
        seed=NOISE_SEED,
    )


def _current_answers(_model, predictor, image: np.ndarray, params: dict, seq: int) -> dict:
    """In the session's model worker: the current model on the digit and on its spoiled copy."""
    spoiled = _spoil(image, params)
    probs = predictor.probabilities(np.stack([image, spoiled]))
    return {"seq": seq, "original": probs[0], "spoiled": probs[1]}


class _Models:
    """What one of this page's workers keeps between jobs; touched only in that worker's thread.

    Each worker has its own, since a ``Predictor`` belongs to the thread that uses it.
    """

    def __init__(self) -> None:
        self.comparison: tuple[str, Any] | None = None  # (path, Predictor)
        self.current: tuple[dict, Any] | None = None  # (Keras config, Predictor)
        self.mnist = None

    def load_comparison(self, path: str) -> dict:
        from model.network.predictor import Predictor
        from model.storage import load_model

        if self.comparison is None or self.comparison[0] != path:
            loaded = load_model(path)
            self.comparison = (path, Predictor(loaded.model))
        return {"path": path, "name": Path(path).stem}

    def comparison_predictor(self, path: str) -> Any:
        self.load_comparison(path)
        return self.comparison[1]

    def current_predictor(self, frozen: Any) -> Any:
        from model.network.predictor import Predictor
        from model.network.sharing import thaw

        # Weights change without a new model (training snapshots, fine-tuning), so every
        # curve brings fresh weights; only a new architecture needs a new copy and a new trace.
        if self.current is not None and self.current[0] == frozen.config:
            self.current[1].set_weights(frozen.weights)
        else:
            self.current = None  # let the old copy go before building the new one
            self.current = (frozen.config, Predictor(thaw(frozen)))
        return self.current[1]


# --------------------------------------------------------------------------- widgets


class _ParamSlider(QWidget):
    """One named slider with its value in words; ``value`` in the parameter's own units."""

    def __init__(
        self,
        key: str,
        name: str,
        low: float,
        high: float,
        step: float,
        neutral: float,
        tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key, self.step, self.neutral = key, step, neutral
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(low / step), round(high / step))
        self.slider.setValue(round(neutral / step))
        self.slider.setPageStep(max(1, round((high - low) / step / 10)))
        self.slider.setToolTip(tip)
        self.slider.setAccessibleName(name)
        self.name = label(name)
        self.name.setFixedWidth(78)
        self.shown = label("", "muted")
        self.shown.setFixedWidth(124)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.name)
        row.addWidget(self.slider, 1)
        row.addWidget(self.shown)
        self.slider.valueChanged.connect(self.show_value)
        self.show_value()

    @property
    def value(self) -> float:
        return round(self.slider.value() * self.step, 6)

    def set_value(self, value: float) -> None:
        self.slider.setValue(round(value / self.step))

    def reset(self) -> None:
        self.set_value(self.neutral)

    def show_value(self, *_args) -> None:
        """Write the slider's value in words next to it."""
        self.shown.setText(value_text(self.key, self.value))


class _AnswerColumn(QWidget):
    """One network's answer on the spoiled digit: a heading, the verdict and ten bars."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.heading = TextView(1, 14, bold=True, colour=colour)
        self.verdict = TextView(1)
        self.bars = ProbabilityBars()
        self.bars.setMinimumSize(170, 200)
        self.bars.setMaximumHeight(210)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.heading)
        column.addWidget(self.verdict)
        column.addWidget(self.bars, 1)

    def show_answer(self, original: np.ndarray, spoiled: np.ndarray) -> None:
        before, after = int(np.argmax(original)), int(np.argmax(spoiled))
        same = before == after
        colour = style.GOOD if same else style.BAD
        words = "still" if same else "now"
        self.verdict.set_html(
            f"<b style='color:{colour}'>{words} {with_article(after)}</b> "
            f"({percent(float(spoiled[after]))})" + ("" if same else f" · was {before}")
        )
        self.bars.set_probabilities(spoiled)

    def show_message(self, text: str) -> None:
        self.verdict.set_text(text, style.MUTED)
        self.bars.set_probabilities(None)


class RobustnessPlot(PlotCanvas):
    """Accuracy against shift and against rotation, one line per model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6.0, 2.6, parent)
        self.canvas.setMinimumHeight(230)
        self.ax_shift, self.ax_rotation = self.figure.subplots(1, 2, sharey=True)
        self.set_margins(left=46, right=12, top=26, bottom=40, wspace=14)
        style_axes(
            self.ax_shift, "Moved further: accuracy", "shift (pixels, random direction)", "%"
        )
        style_axes(
            self.ax_rotation,
            "Turned further: accuracy",
            "rotation (degrees, + anticlockwise)",
            "",
        )
        self.lines: dict[tuple[str, str], Any] = {}
        for ax in (self.ax_shift, self.ax_rotation):
            ax.axhline(10, color=style.CARD_BORDER, linestyle="--", linewidth=1)
            ax.set_ylim(0, 102)
        self.ax_shift.text(0.1, 12, "guessing", fontsize=7, color=style.MUTED)
        for role, colour in (("current", CURRENT_COLOUR), ("comparison", COMPARISON_COLOUR)):
            for kind, ax in (("shift", self.ax_shift), ("rotation", self.ax_rotation)):
                (self.lines[role, kind],) = ax.plot(
                    [], [], "o-", color=colour, markersize=4, linewidth=1.8
                )
        self.result: dict | None = None
        self.names: dict[str, str] = {}
        self._version = 0

    def set_result(self, result: dict | None, names: dict[str, str] | None = None) -> None:
        """Show a ``robustness_curve`` result whose models are keyed "current"/"comparison"."""
        self.result, self.names = result, dict(names or {})
        self._version += 1
        self.mark_dirty()

    def line_data(self, role: str, kind: str) -> tuple[np.ndarray, np.ndarray]:
        """The (x, accuracy %) drawn for a model ("current"/"comparison") and kind."""
        x, y = self.lines[role, kind].get_data()
        return np.asarray(x), np.asarray(y)

    def update_artists(self) -> tuple:
        r = self.result or {"shifts": [], "rotations": [], "models": {}}
        for (role, kind), line in self.lines.items():
            curve = r["models"].get(role)
            if curve is None:
                line.set_data([], [])
                line.set_label("_hidden")
                continue
            y = np.asarray(curve[f"accuracy_vs_{kind}"], np.float64) * 100.0
            line.set_data(np.asarray(r[f"{kind}s"], np.float64), y)
            line.set_label(self.names.get(role, role))
        if r["shifts"]:
            self.ax_shift.set_xlim(min(r["shifts"]) - 0.2, max(r["shifts"]) + 0.2)
        if r["rotations"]:
            self.ax_rotation.set_xlim(min(r["rotations"]) - 3, max(r["rotations"]) + 3)
        legend = self.ax_shift.get_legend()
        if legend is not None:
            legend.remove()
        if r["models"]:
            self.ax_shift.legend(loc="upper right", fontsize=8, frameon=False)
        # A new result changes the legend and the axes: every change is a full redraw (rare).
        return (self._version,)


# --------------------------------------------------------------------------- the page


class RobustnessPage(LabPage):
    """Shift, turn, resize, thicken and spoil the digit; compare two networks' answers."""

    key = "robustness"
    title = "Robustness lab"

    # Emitted in the curve worker's thread; Qt queues it to the page in the UI thread.
    curveProgressed = Signal(int, int)

    def __init__(
        self, session: ModelSession, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.page_settings = settings.load(RobustnessSettings)
        self.comparison_path = self.page_settings.comparison or str(SHIPPED_COMPARISON)
        self.comparison_name = ""  # set once the comparison model has loaded
        self.spoiled: np.ndarray | None = None
        self.curve_result: dict | None = None
        self._seq = 0
        self._shown_seq = {"live": -1, "current": -1}
        self._curve_running = False
        self._curve_cancel = threading.Event()
        self._curve_names: dict[str, str] = {}
        self._comparison_requested = False
        self._comparison_loading = False

        self._live_models = _Models()
        self._curve_models = _Models()
        # The curve worker first: it may be mid-step when the app closes, while the live
        # worker's jobs take a few milliseconds, so it gets the first share of the time.
        self.curve_worker = self.add_worker(
            "convscope-robustness-curve", self._on_worker_finished, self._on_worker_errored
        )
        self.live_worker = self.add_worker(
            "convscope-robustness-live", self._on_worker_finished, self._on_worker_errored
        )
        self.curveProgressed.connect(self._on_curveProgressed)
        session.jobFinished.connect(self._on_session_jobFinished)
        session.jobFailed.connect(self._on_session_jobFailed)

        self._build()
        self._show_blank()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        controls = Card(
            "Spoil your digit",
            "Change the digit the network saw and watch both networks answer as you drag.",
        )
        self.sliders: dict[str, _ParamSlider] = {}
        for spec in SLIDERS:
            slider = _ParamSlider(*spec)
            slider.slider.valueChanged.connect(self._request_live)
            self.sliders[spec[0]] = slider
            controls.body.addWidget(slider)
        buttons = QHBoxLayout()
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Put every slider back: the digit as the network saw it")
        self.reset_button.clicked.connect(self.reset_sliders)
        self.send_button = QPushButton("Send to Draw")
        self.send_button.setToolTip(
            "Put the spoiled digit on the Draw tab's canvas. The Draw tab crops and centres "
            "every picture again, so a move disappears there; turns, sizes and strokes stay."
        )
        self.send_button.clicked.connect(self.send_to_draw)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        controls.body.addLayout(buttons)
        controls.body.addSpacing(6)
        controls.body.addWidget(
            label(
                "Try moving it 3 px to one side: the CNN usually keeps its answer, the plain "
                "network often does not. Then turn it 30°: both start to struggle.",
                "caption",
                wrap=True,
            )
        )
        controls.body.addStretch(1)
        controls.setMinimumWidth(320)
        controls.setMaximumWidth(440)

        answers = Card(
            "Two networks, one spoiled digit",
            "Green: the answer survived the change. Orange: the network changed its mind.",
        )
        self.view = PixelView(168, grid=True, minimum=140, maximum=280, follow_width=True)
        self.view.setToolTip(f"The spoiled digit, {GRID} pixels: what both networks are given")
        self.changes = label("", "caption", wrap=True)
        picture = QVBoxLayout()
        picture.setSpacing(4)
        picture.addWidget(label("What they see", "muted"))
        picture.addWidget(self.view)
        picture.addWidget(self.changes)
        picture.addStretch(1)
        self.current_column = _AnswerColumn(CURRENT_COLOUR)
        self.comparison_column = _AnswerColumn(COMPARISON_COLOUR)
        self.choose_button = QPushButton("Compare with…")
        self.choose_button.setToolTip("Choose another model file (.keras) to compare with")
        self.choose_button.clicked.connect(self.choose_comparison)
        comparison_box = QVBoxLayout()
        comparison_box.setSpacing(4)
        comparison_box.addWidget(self.comparison_column, 1)
        comparison_box.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        current_box = QVBoxLayout()
        current_box.setSpacing(4)
        current_box.addWidget(self.current_column, 1)
        self.go_draw_button = QPushButton("Go to Draw")
        self.go_draw_button.setToolTip("Draw or open a digit on the Draw tab")
        self.go_draw_button.clicked.connect(lambda: self.tabRequested.emit("draw"))
        current_box.addWidget(self.go_draw_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.setSpacing(18)
        # The picture takes a share of a wide window too, up to its largest.
        row.addLayout(picture, 2)
        row.addLayout(current_box, 3)
        row.addLayout(comparison_box, 3)
        answers.body.addLayout(row, 1)

        # Side by side when the window is wide enough, the sliders above the answers if not.
        top = ReflowRow([controls, answers], [0, 1])

        curves = Card(
            "Robustness curves",
            "A sample of MNIST test digits, moved further and further (each in its own random "
            "direction) and turned further and further: how many does each network still read "
            "correctly?",
        )
        run_row = QHBoxLayout()
        self.curve_button = QPushButton("Measure robustness curves")
        self.curve_button.setObjectName("primary")
        self.curve_button.clicked.connect(self.start_curve)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_curve)
        self.sample_box = QComboBox()
        for n in SAMPLE_SIZES:
            self.sample_box.addItem(f"{n:,} test digits", n)
        sample = self.page_settings.sample
        self.sample_box.setCurrentIndex(
            SAMPLE_SIZES.index(sample) if sample in SAMPLE_SIZES else SAMPLE_SIZES.index(1000)
        )
        self.sample_box.setToolTip("More digits: smoother curves, a longer wait")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.curve_status = label("", "muted")
        run_row.addWidget(self.curve_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.sample_box)
        run_row.addWidget(self.progress)
        run_row.addWidget(self.curve_status, 1)
        curves.body.addLayout(run_row)
        self.plot = RobustnessPlot()
        # A small, finished figure: zooming and panning would only get in the way.
        self.plot.toolbar.setVisible(False)
        self.explanation = label(EXPLANATION, "muted", wrap=True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setMinimumWidth(260)
        self.explanation.setMaximumWidth(340)
        plot_row = QHBoxLayout()
        plot_row.setSpacing(16)
        plot_row.addWidget(self.plot, 1)
        plot_row.addWidget(self.explanation)
        curves.body.addLayout(plot_row, 1)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(14)
        column.addWidget(top)
        column.addWidget(curves, 1)
        self.set_scrolling_content(content)
        self._show_model_names()

    # ----------------------------------------------------------------- LabPage

    def digit_changed(self, image: np.ndarray | None, prediction: dict[str, Any] | None) -> None:
        if image is None:
            self._show_blank()
            return
        self.go_draw_button.setVisible(False)
        self._request_live()

    def model_changed(self, info: dict[str, Any]) -> None:
        self._show_model_names()
        if self.active and self.image is not None:
            self._request_live()

    def activated(self) -> None:
        if not self._comparison_requested:
            self._load_comparison(self.comparison_path)

    def save_settings(self) -> None:
        self.page_settings.comparison = (
            "" if Path(self.comparison_path) == SHIPPED_COMPARISON else self.comparison_path
        )
        self.page_settings.sample = int(self.sample_box.currentData())
        self.settings.save(self.page_settings)

    def is_settled(self) -> bool:
        if self._comparison_loading:
            return False
        if self.image is None or not self.active:
            return True
        waiting_for_model = self.session.info is not None and self._shown_seq["current"] < self._seq
        return self._shown_seq["live"] >= self._seq and not waiting_for_model

    def shutdown(self, timeout_ms: int) -> bool:
        self._curve_cancel.set()
        return super().shutdown(timeout_ms)

    # ----------------------------------------------------------------- the live view

    @property
    def params(self) -> dict[str, float]:
        """The sliders' values: dx, dy (px), rotation (degrees), scale, thickness (px), noise."""
        return {key: slider.value for key, slider in self.sliders.items()}

    def reset_sliders(self) -> None:
        """Every slider back to "no change"; one update follows, not six."""
        for slider in self.sliders.values():
            slider.slider.blockSignals(True)
            slider.reset()
            slider.show_value()
            slider.slider.blockSignals(False)
        self._request_live()

    def _request_live(self, *_args) -> None:
        if not self.active or self.image is None:
            return
        self._seq += 1
        params = self.params
        image = np.array(self.image, np.float32, copy=True)
        self.live_worker.submit(
            "live", self._live_job, image, params, self.comparison_path, self._seq
        )
        if self.session.info is not None:
            self.session.run_on_model("robustness:live", _current_answers, image, params, self._seq)

    def _live_job(self, image: np.ndarray, params: dict, path: str, seq: int) -> dict:
        # In the live worker: the spoiled digit, and the comparison model's answers if it is
        # loaded (loading is a job of its own, so a bad file never hides the picture).
        spoiled = _spoil(image, params)
        result = {"seq": seq, "image": spoiled, "params": params, "probabilities": None}
        models = self._live_models
        if models.comparison is not None and models.comparison[0] == path:
            result["probabilities"] = models.comparison[1].probabilities(np.stack([image, spoiled]))
        return result

    def _show_live(self, r: dict) -> None:
        if r["seq"] < self._shown_seq["live"] or self.image is None:
            return
        self._shown_seq["live"] = r["seq"]
        self.spoiled = r["image"]
        self.view.set_array(r["image"])
        self.changes.setText(describe_changes(r["params"]).capitalize() + ".")
        probs = r["probabilities"]
        if probs is not None:
            self.comparison_column.show_answer(probs[0], probs[1])
        self.send_button.setEnabled(True)

    def _show_blank(self) -> None:
        self.spoiled = None
        self.view.set_array(None)
        self.changes.setText("")
        message = "Draw a digit on the Draw tab first."
        self.current_column.show_message(message if self.session.info else "No model loaded.")
        self.comparison_column.show_message(message)
        self.send_button.setEnabled(False)
        self.go_draw_button.setVisible(True)

    def _show_model_names(self) -> None:
        info = self.session.info
        name = info.get("name") if info else None
        self.current_column.heading.set_text(f"This model: {name}" if name else "This model")
        self.current_column.setToolTip("The model open in the app (Model ▸ Open Model… changes it)")
        shown = self.comparison_name or Path(self.comparison_path).stem
        self.comparison_column.heading.set_text(f"Compared with: {shown}")
        self.comparison_column.setToolTip(self.comparison_path)

    def send_to_draw(self) -> None:
        """Put the spoiled digit on the Draw tab's canvas; the sliders start again from it."""
        if self.spoiled is None:
            return
        words = describe_changes(self.params)
        self.session.offer_picture(self.spoiled, f"Your digit, {words} (Robustness lab)")
        self.reset_sliders()
        self.statusReported.emit("The spoiled digit is now on the Draw tab's canvas")

    # ----------------------------------------------------------------- the comparison model

    def choose_comparison(self) -> None:
        """Ask for another model file to compare with."""
        folder = str(Path(self.comparison_path).parent)
        path, _ = QFileDialog.getOpenFileName(
            self, "Compare with which model?", folder, MODEL_FILTER
        )
        if path:
            self.set_comparison(path)

    def set_comparison(self, path: str) -> None:
        """Compare with the model in ``path`` from now on (the old one stays if it fails)."""
        self._load_comparison(str(path))

    def _load_comparison(self, path: str) -> None:
        self._comparison_requested = True
        self._comparison_loading = True
        self.comparison_column.show_message("Loading the comparison model…")
        self.live_worker.submit("compare-load", self._live_models.load_comparison, path)

    # ----------------------------------------------------------------- curves

    def start_curve(self) -> None:
        """Measure both models' robustness curves in the background."""
        if self._curve_running:
            return
        if self.session.info is None:
            self._curve_failed("Load a model first: there is nothing to measure.")
            return
        self._curve_running = True
        self._curve_cancel.clear()
        self.curve_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.curve_status.setText("Copying the current model…")
        # Named now: the model may change while the curve is measured, and the curve belongs
        # to this one.
        info = self.session.info
        self._curve_names = {
            "current": f"this model ({info.get('name') or 'current'})",
            "comparison": f"compared with ({Path(self.comparison_path).stem})",
        }
        # A fresh copy every time (a few milliseconds): the weights may have changed since.
        self.request_model_copy("curve")

    def cancel_curve(self) -> None:
        """Stop a curve being measured (at its next step)."""
        if self._curve_running:
            self._curve_cancel.set()
            self.curve_status.setText("Cancelling…")

    def _submit_curve(self, frozen: Any) -> None:
        self.curve_status.setText("Loading the test digits and both models…")
        self.curve_worker.submit(
            "curve",
            self._curve_job,
            frozen,
            self.comparison_path,
            int(self.sample_box.currentData()),
        )

    def _curve_job(self, frozen: Any, path: str, n: int) -> dict:
        from model.data.mnist import load_mnist
        from model.lab.robustness import StopRequested, robustness_curve

        worker, models, cancel = self.curve_worker, self._curve_models, self._curve_cancel

        def should_stop() -> bool:
            worker.check_stopping()  # the app is closing: end quietly
            return cancel.is_set()

        if models.mnist is None:
            models.mnist = load_mnist()
        should_stop()
        current = models.current_predictor(frozen)
        worker.check_stopping()
        comparison = models.comparison_predictor(path)
        data = models.mnist
        try:
            result = robustness_curve(
                {"current": current, "comparison": comparison},
                data.x_test,
                data.y_test,
                n=n,
                seed=0,
                progress=self.curveProgressed.emit,
                should_stop=should_stop,
            )
        except StopRequested:
            return {"cancelled": True}
        result["comparison_path"] = path
        return result

    def _finish_curve(self, text: str) -> None:
        self._curve_running = False
        self.curve_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        self.curve_status.setText(text)

    def _curve_failed(self, message: str, details: str = "") -> None:
        self._finish_curve(message)
        self.errorReported.emit("Robustness curves failed", message, details)

    def _show_curve(self, result: dict) -> None:
        if result.get("cancelled"):
            self._finish_curve("Cancelled.")
            return
        names = dict(self._curve_names)
        names["comparison"] = f"compared with ({Path(result['comparison_path']).stem})"
        self.curve_result = result
        self.plot.set_result(result, names)
        shift_at = {s: i for i, s in enumerate(result["shifts"])}
        text = f"Measured on {result['n']:,} test digits."
        if 3.0 in shift_at:
            cur = result["models"]["current"]["accuracy_vs_shift"][shift_at[3.0]]
            cmp_ = result["models"]["comparison"]["accuracy_vs_shift"][shift_at[3.0]]
            text += (
                f" Moved 3 px: this model reads {cur * 100:.0f} %, "
                f"the comparison {cmp_ * 100:.0f} %."
            )
        self._finish_curve(text)

    # ----------------------------------------------------------------- signals

    @Slot(int, int)
    def _on_curveProgressed(self, done: int, total: int) -> None:
        if not self._curve_running:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.curve_status.setText(f"Measuring… step {done} of {total}")

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if kind == "live":
            self._show_live(result)
        elif kind == "compare-load":
            self._comparison_loading = False
            self.comparison_path = result["path"]
            self.comparison_name = result["name"]
            self._show_model_names()
            if self.image is None:
                self._show_blank()
            self._request_live()
        elif kind == "curve":
            self._show_curve(result)

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "compare-load":
            self._comparison_loading = False
            self.comparison_column.show_message("Could not load that model.")
            self.errorReported.emit("Cannot compare with that model", message, details)
            self._request_live()  # the previous comparison model, if any, answers again
        elif kind == "curve":
            self._curve_failed(message, details)
        else:
            self.errorReported.emit("The Robustness lab failed", message, details)

    @Slot(str, object)
    def _on_session_jobFinished(self, kind: str, result: Any) -> None:
        if kind != "robustness:live" or self.image is None:
            return
        if result["seq"] >= self._shown_seq["current"]:
            self._shown_seq["current"] = result["seq"]
            self.current_column.show_answer(result["original"], result["spoiled"])

    @Slot(str, str, str)
    def _on_session_jobFailed(self, kind: str, message: str, details: str) -> None:
        if kind == "robustness:live":
            self._shown_seq["current"] = self._seq  # nothing more will come for this digit
            self.current_column.show_message(message)

    def model_copied(self, tag: str, frozen: Any, model_key: int) -> None:
        if tag == "curve" and self._curve_running:
            self._submit_curve(frozen)

    def model_copy_failed(self, tag: str, message: str, details: str) -> None:
        if tag == "curve" and self._curve_running:
            self._curve_failed(message, details)
