"""Regenerate the README's screenshots from fixed inputs: ``python docs/make_screenshots.py``.

Every shot is the real main window, rendered offscreen (Qt's ``offscreen`` platform) at
1400x900 with in-memory settings and the shipped model, as ``python main.py screenshot`` does
(``gui.screenshot``); each gets a window of its own, so ``--only`` makes the same picture as a
full run. The inputs are fixed: digits drawn on the canvas as strokes (``tests/strokes.py``, the
strokes the GUI tests draw) or MNIST test digits chosen by index, and the widgets are driven
through their public methods, waiting for their background work to finish, not for a fixed
time.

Each shot also checks what its README caption claims (the answer on a drawn digit, the CNN
keeping a moved 6 that the dense network loses, ...) and fails, naming the shot, if the model
no longer does what the caption says.

``train.png`` and ``train-evaluation.png`` are not made here: they show a real training run in
the Train tab (its third epoch, then the confusion matrix), which takes minutes of training and
differs from run to run.

Usage::

    python docs/make_screenshots.py [--only NAME ...] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# As the entry points do, before NumPy loads (see model/__init__.py).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from gui.screenshot import (  # noqa: E402
    DEFAULT_SIZE,
    ScreenshotError,
    _quiet_qt_messages,
    _wait_until,
    parse_size,
)

OUT = ROOT / "docs" / "screenshots"
TIMEOUT_S = 180.0
# A test digit, a 6, that the shipped CNN still reads moved 3 px right and 1 px up, where the
# shipped plain dense network (mlp.keras) reads a 3.
MOVED_SIX = 21
# A fixed folder for the handwriting samples, so the path shown is the same on every run.
SAMPLES = Path(tempfile.gettempdir()) / "convscope-screenshots" / "my-digits"


# --------------------------------------------------------------------------- the harness


class Shot:
    """One main window, as ``python main.py screenshot`` builds it, and ways to drive it."""

    def __init__(self, name: str, size: tuple[int, int]) -> None:
        from gui.app import DEFAULT_MODEL, MainWindow
        from gui.settings import SettingsStore

        self.name = name
        self.window = MainWindow(DEFAULT_MODEL, SettingsStore(None), error_dialogs=False)
        self.errors: list[str] = []
        self.window.errorReported.connect(self.errors.append)
        self.window.resize(*size)
        self.window.show()
        self.session = self.window.session
        self.draw = self.window.draw_tab
        self.wait(lambda: self.session.info is not None and not self.session.loading, "the model")

    # ----------------------------------------------------------------- waiting

    def wait(self, predicate: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
        """Run the event loop until ``predicate()`` holds; fail on an error or a timeout."""
        if not _wait_until(lambda: bool(self.errors) or predicate(), timeout_s):
            raise ScreenshotError(f"{self.name}: timed out after {timeout_s:.0f} s: {what}")
        if self.errors:
            raise ScreenshotError(f"{self.name}: {self.errors[0]}")

    def settle(self) -> None:
        """Wait until every job already given to the model worker has run (they run in
        order), then let posted layout and paint events through."""
        done: list[bool] = []

        def finished(kind: str, _result: object) -> None:
            if kind == "screenshot-sentinel":
                done.append(True)

        self.session.jobFinished.connect(finished)
        try:
            self.session.run_on_model("screenshot-sentinel", lambda _model, _predictor: None)
            self.wait(lambda: bool(done), "the model worker's jobs")
        finally:
            self.session.jobFinished.disconnect(finished)
        _wait_until(lambda: False, 0.1)
        # matplotlib figures redraw in steps over several turns of the event loop.
        from gui.plots import SteppedCanvas

        figures = self.window.findChildren(SteppedCanvas)
        self.wait(lambda: not any(f.redraw_due for f in figures), "the plots to be drawn")
        _wait_until(lambda: False, 0.05)

    def check(self, condition: bool, claim: str) -> None:
        """Fail the shot when what its caption says is no longer true."""
        if not condition:
            raise ScreenshotError(f"{self.name}: the caption's claim no longer holds: {claim}")

    # ----------------------------------------------------------------- the Draw tab

    def draw_digit(self, digit: int, canvas=None) -> None:
        """Draw ``digit``'s strokes (tests/strokes.py) on ``canvas`` (default: the Draw tab's),
        one stroke at a time, through the canvas's own stroke methods."""
        from PySide6.QtCore import QPointF

        from tests.strokes import stroke_points

        canvas = canvas or self.draw.canvas
        rect = canvas.drawing_rect()
        for stroke in stroke_points(digit, int(rect.width())):
            points = [QPointF(rect.x() + x, rect.y() + y) for x, y in stroke]
            if not canvas.begin_stroke(points[0]):
                raise ScreenshotError(f"{self.name}: the stroke starts outside the canvas")
            for point in points[1:]:
                canvas.extend_stroke(point)
            canvas.end_stroke()

    def answered(self, digit: int | None = None) -> dict:
        """Wait for the Draw tab's answer to the digit on the canvas; check it is ``digit``."""
        self.wait(
            lambda: self.draw.is_up_to_date() and self.draw.current_prediction() is not None,
            "the Draw tab's answer",
        )
        prediction = self.draw.current_prediction()
        if digit is not None:
            self.check(
                prediction["label"] == digit,
                f"the network reads the {digit} as a {prediction['label']}",
            )
        return prediction

    def test_digit(self, index: int) -> dict:
        """Put MNIST test digit ``index`` on the canvas; its answer."""
        self.draw.show_test_digit(index)
        self.wait(lambda: self.draw.canvas.source_tag() is not None, f"test digit #{index}")
        # "Loading MNIST's test digits…" is done: what a user sees a few seconds later.
        self.window.statusBar().clearMessage()
        return self.answered()

    # ----------------------------------------------------------------- other tabs

    def tab(self, key: str):
        """Show the tab ``key`` and return it (built now if it was not yet)."""
        page = self.window.pages[key]
        self.window.select_tab(key)
        return page

    def lab_page(self, key: str):
        """Show the Lab tab's page ``key`` and return it."""
        return self.tab("lab").show_page(key)

    def save(self, out: Path) -> None:
        self.settle()
        if not self.window.grab().save(str(out), "PNG"):
            raise ScreenshotError(f"cannot write {out}")

    def close(self) -> None:
        self.window.close()


# --------------------------------------------------------------------------- the shots


def draw(shot: Shot) -> None:
    """The Draw tab reading a drawn 5."""
    shot.draw_digit(5)
    shot.answered(5)


def draw_steps(shot: Shot) -> None:
    """A drawn 2 with "How your drawing became 28 x 28" open: the preprocessing steps."""
    shot.draw.steps_expander.set_expanded(True)
    shot.draw_digit(2)
    shot.answered(2)


def draw_why(shot: Shot) -> None:
    """ "Show why" on: Grad-CAM over a drawn 3 on the canvas."""
    shot.draw.set_show_why(True)
    shot.draw_digit(3)
    shot.answered(3)
    shot.wait(
        lambda: (shot.draw.canvas.overlay or (None, ""))[1] == "Grad-CAM: why 3",
        "the Grad-CAM overlay",
    )


def inspect(shot: Shot) -> None:
    """The Inspect tab on a drawn 4: the first convolution, its strongest value taken apart."""
    shot.draw_digit(4)
    shot.answered(4)
    ins = shot.tab("inspect").inspector
    shot.wait(
        lambda: bool(ins.layers) and (ins.prediction or {}).get("seq") == shot.draw.seq,
        "the inspector's maps",
    )
    conv = next(layer["name"] for layer in ins.layers if layer["type"] == "Conv2D")
    channel, row, col = ins.strongest(conv)
    ins.select_layer(conv, channel)
    ins.set_page("explain")
    ins.explain(row, col, channel)
    shot.wait(
        lambda: (
            (ins.last_result.get("inspect-explain") or {}).get("position") == (row, col)
            and ins.explain_stack.currentWidget() is ins.conv
        ),
        "the explanation of one value",
    )


def tour(shot: Shot) -> None:
    """The guided tour's step on pooling and shifts, on a drawn 4 moved 2 px right."""
    shot.draw_digit(4)
    shot.answered(4)
    tab = shot.tab("inspect")
    ins = tab.inspector
    shot.wait(
        lambda: bool(ins.layers) and (ins.prediction or {}).get("seq") == shot.draw.seq,
        "the inspector's maps",
    )
    step = next(i for i, s in enumerate(tab.tour.steps) if s.key == "shift")
    tab.tour.go(step)
    shot.wait(lambda: ins.shift.result is not None, "the shift demo")
    r = ins.shift.result
    convs = [n for n, kind in r["kinds"].items() if kind == "conv"]
    pools = [n for n, kind in r["kinds"].items() if kind == "pool"]
    shot.check(r["shifted_label"] == r["label"], "the moved digit keeps its answer")
    shot.check(
        r["changes"][pools[-1]] < r["changes"][convs[-1]],
        "the last pooled maps change less than the convolution maps before them",
    )
    # Scrolled as a reader would, down to the table of how much each layer's maps changed.
    shot.settle()
    ins.pages.currentWidget().ensureWidgetVisible(ins.shift.table, 0, 0)


def lab_why(shot: Shot) -> None:
    """Lab > Why this answer: Grad-CAM on a drawn 4."""
    shot.draw_digit(4)
    shot.answered(4)
    page = shot.lab_page("why")
    page.set_method("gradcam")
    page.set_class(None)
    shot.wait(lambda: page.result is not None and page.is_settled(), "the Grad-CAM map")
    shot.check(bool(np.any(page.result["map"])), "Grad-CAM finds something in the 4")


def lab_robustness(shot: Shot) -> None:
    """Lab > Robustness lab: a test 6 moved 3 px right and 1 px up; the CNN still reads it,
    the plain dense network does not; the robustness curves measured."""
    shot.test_digit(MOVED_SIX)
    page = shot.lab_page("robustness")

    def answers() -> tuple[int, int] | None:
        current = page.current_column.bars.probabilities
        comparison = page.comparison_column.bars.probabilities
        if current is None or comparison is None:
            return None
        return int(np.argmax(current)), int(np.argmax(comparison))

    shot.wait(lambda: page.is_settled() and answers() is not None, "both networks' answers")
    shot.check(answers() == (6, 6), "both networks read the test digit as a 6")
    page.sliders["dx"].set_value(3.0)
    page.sliders["dy"].set_value(-1.0)
    shot.wait(
        lambda: page.is_settled() and page.spoiled is not None and page.params["dy"] == -1.0,
        "the moved digit's answers",
    )
    shot.settle()
    current, comparison = answers()
    shot.check(current == 6, f"the CNN still reads the moved 6 (it reads {current})")
    shot.check(comparison != 6, "the dense network no longer reads the moved 6")
    page.start_curve()
    shot.wait(
        lambda: (
            page.curve_result is not None
            and len(page.plot.line_data("comparison", "rotation")[0]) > 0
        ),
        "the robustness curves",
    )


def lab_kernels(shot: Shot) -> None:
    """Lab > Kernel playground on a drawn 7: the busiest filter of conv1 switched off."""
    shot.draw_digit(7)
    shot.answered(7)
    page = shot.lab_page("kernels")
    shot.wait(lambda: page.is_settled() and shown(page.tiles), "the filter maps")
    maps = np.asarray(page.tiles.maps)
    busiest = int(np.argmax(maps.reshape(len(maps), -1).sum(axis=1)))
    page.select_filter(busiest)
    page.switch_off()
    shot.wait(
        lambda: (
            bool(page.edits)
            and page.is_settled()
            and shown(page.map_after)
            and not np.any(page.map_after.maps)
            and page.accuracy_after.text().endswith("%")
        ),
        "the network without that filter",
    )


def shown(grid) -> bool:
    """Whether a ``MapGrid`` shows maps (a cleared one holds one empty 1x1 slot)."""
    return grid.maps.shape[0] > 0 and grid.maps.shape[-1] > 1


def lab_neighbours(shot: Shot) -> None:
    """Lab > Nearest training digits of a drawn 9, by features and by raw pixels."""
    shot.draw_digit(9)
    shot.answered(9)
    page = shot.lab_page("neighbours")
    shot.wait(
        lambda: page.state == "ready" and page.result is not None and page.is_settled(),
        "the index of the training digits and the neighbours",
    )
    shot.check(page.result["network"]["majority"][0] == 9, "the nearest digits are mostly 9s")


def lab_teach(shot: Shot) -> None:
    """Lab > Your handwriting: 44 samples collected, a 7 on the canvas, a fine-tuning run
    done with its before and after."""
    make_samples(SAMPLES)
    page = shot.lab_page("teach")
    page.open_folder(SAMPLES)
    shot.wait(lambda: page.dataset is not None and page.is_settled(), "the samples folder")
    shot.check(page.prompt == 7, f"the page asks for a 7 next, not {page.prompt}")
    shot.draw_digit(7, page.canvas)
    shot.wait(lambda: "reads it as 7" in page.reads.text(), "the network's reading of the 7")
    results: list[dict] = []
    page.fineTuned.connect(results.append)
    page.fine_tune()
    shot.wait(lambda: bool(results), "the fine-tuning run", timeout_s=600)
    shot.check(results[0]["status"] == "completed", "the fine-tuning run completes")


def make_samples(folder: Path) -> None:
    """A samples folder as if collected on the page: 5 samples of 0-6, 3 of 7-9, each digit's
    strokes drawn with a seeded slant, pen width and size."""
    from model.personal import PersonalDataset
    from model.preprocess import preprocess
    from tests.strokes import render_digit

    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    dataset = PersonalDataset.open(folder)
    rng = np.random.default_rng(0)
    for round_ in range(5):
        for digit in range(10):
            if round_ >= 3 and digit >= 7:
                continue
            width, height = rng.uniform(0.55, 0.75), rng.uniform(0.65, 0.85)
            box = ((1 - width) / 2, (1 - height) / 2, width, height)
            drawing = np.asarray(
                render_digit(
                    digit,
                    140,
                    thickness=rng.uniform(0.06, 0.11),
                    box=box,
                    angle=rng.uniform(-12, 12),
                )
            )
            dataset.add(preprocess(drawing).input, digit, canvas=drawing)


def inspect_timeline(shot: Shot) -> None:
    """The Inspect tab replaying a short training run on a drawn 5: the first convolution's
    maps and filters 30 batches in, when the network still misreads the 5, and why."""
    spec, snapshots = training_snapshots()
    for weights, info in snapshots:
        shot.session.apply_snapshot(spec, weights, info)
    shot.wait(lambda: len(shot.session.timeline) == len(snapshots), "the run's snapshots")
    shot.draw_digit(5)
    shot.answered(5)  # by the end of the run
    ins = shot.tab("inspect").inspector
    shot.wait(
        lambda: bool(ins.layers) and (ins.prediction or {}).get("seq") == shot.draw.seq,
        "the inspector's maps",
    )
    ins.replay_slider.setValue(REPLAYED)
    shot.wait(
        lambda: (shot.session.snapshot_info or {}).get("replay") == REPLAYED,
        "the replayed snapshot",
    )
    shot.settle()  # the maps and the answer of that moment
    early = shot.draw.current_prediction()["label"]
    moment = shot.session.snapshot_info["text"]
    shot.check(early != 5, f"{moment}, the network still misreads the 5 (it reads a 5)")
    conv = next(layer["name"] for layer in ins.layers if layer["type"] == "Conv2D")
    ins.select_layer(conv)
    ins.set_page("decide")


# The moment replayed: the third snapshot of the run (snapshots every 10 batches).
REPLAYED = 2


def training_snapshots() -> tuple[list[dict], list[tuple[list[np.ndarray], dict]]]:
    """A short, seeded run of the default preset (12,000 digits, one epoch, ~10 s), its
    weights taken every 10 batches as the Train tab takes them: (spec, [(weights, info)])."""
    from model.architectures import preset
    from model.data import load_mnist
    from model.training import TrainConfig, Trainer, TrainingEvents

    chosen = preset("default")
    config = TrainConfig.from_dict(
        {**chosen.training, "epochs": 1, "limit": 12000, "seed": 0, "snapshot_every": 10}
    )
    taken: list[tuple[list[np.ndarray], dict]] = []
    events = TrainingEvents(
        snapshot=lambda weights, info: taken.append((weights, {**info, "run": 1}))
    )
    Trainer(chosen.spec, config, load_mnist(), events).run()
    return chosen.spec, taken


SHOTS: dict[str, Callable[[Shot], None]] = {
    "draw": draw,
    "draw-steps": draw_steps,
    "draw-why": draw_why,
    "inspect": inspect,
    "inspect-timeline": inspect_timeline,
    "tour": tour,
    "lab-why": lab_why,
    "lab-robustness": lab_robustness,
    "lab-kernels": lab_kernels,
    "lab-neighbours": lab_neighbours,
    "lab-teach": lab_teach,
}


# --------------------------------------------------------------------------- running


def make(name: str, out: Path, size: tuple[int, int]) -> float:
    """Render shot ``name`` to ``out/NAME.png``; the seconds it took."""
    began = time.perf_counter()
    shot = Shot(name, size)
    try:
        SHOTS[name](shot)
        shot.save(out / f"{name}.png")
    finally:
        shot.close()
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Regenerate the README's screenshots from fixed inputs (offscreen)."
    )
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", choices=list(SHOTS), help="make only these shots"
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default: {OUT})")
    args = parser.parse_args(argv)
    if not args.out.is_dir():
        parser.error(f"--out {args.out}: no such folder")

    from gui.app import create_application

    _quiet_qt_messages()
    app = create_application()
    size = parse_size(DEFAULT_SIZE)
    began = time.perf_counter()
    try:
        for name in args.only or list(SHOTS):
            seconds = make(name, args.out, size)
            print(f"{name + '.png':<24} {seconds:5.1f} s", flush=True)
    except ScreenshotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(SAMPLES.parent, ignore_errors=True)
    print(f"{'total':<24} {time.perf_counter() - began:5.1f} s")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
