"""Regenerate the README's screenshots from fixed inputs: ``python docs/make_screenshots.py``.

Every shot is the real main window, rendered offscreen (Qt's ``offscreen`` platform) at
1400x900 with in-memory settings and the shipped model, as ``python main.py screenshot`` does
(``gui.app.screenshot``); each gets a window of its own (the Train tab's two share one, and one
training run), so ``--only`` makes the same picture as a full run. The inputs are fixed: digits
drawn on the canvas as strokes (``tests/strokes.py``, the strokes the GUI tests draw) or MNIST
test digits chosen by index, and the widgets are driven through their public methods, waiting
for their background work to finish, not for a fixed time.

Each shot also checks what its README caption claims (the answer on a drawn digit, the CNN
keeping a moved 6 that the dense network loses, ...) and fails, naming the shot, if the model
no longer does what the caption says.

``train.png`` and ``train-evaluation.png`` show one real, seeded training run in the Train tab
(LeNet, 4 short epochs: about a minute on a 2-core CPU): paused half way through its third epoch,
then, once it has finished, its confusion matrix on the test digits with one cell opened. Its
run folder goes to a temporary folder (``CONVSCOPE_RUNS_DIR``), removed at the end.

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

from gui.app.screenshot import (  # noqa: E402
    DEFAULT_SIZE,
    ScreenshotError,
    _quiet_qt_messages,
    _wait_until,
    parse_size,
)
from gui.common.layouts import VerticalScrollArea  # noqa: E402
from model.words import with_article  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TIMEOUT_S = 180.0
# A test digit, a 6, that the shipped CNN still reads moved 3 px right and 1 px up, where the
# shipped plain dense network (mlp.keras) reads a 3.
MOVED_SIX = 21
# A fixed folder for the handwriting samples, so the path shown is the same on every run.
SAMPLES = Path(tempfile.gettempdir()) / "convscope-screenshots" / "my-digits"
# The Train tab's run folders (the tab reads CONVSCOPE_RUNS_DIR when it is built).
RUNS = SAMPLES.parent / "runs"


# --------------------------------------------------------------------------- the harness


class Shot:
    """One main window, as ``python main.py screenshot`` builds it, and ways to drive it.

    ``names`` are the shots wanted of it: usually one, taken once its function has returned;
    a function making several (the Train tab's two) takes the earlier ones itself (``take``).
    """

    def __init__(self, names: list[str], size: tuple[int, int]) -> None:
        from gui.app.paths import DEFAULT_MODEL
        from gui.app.window import MainWindow
        from gui.common.settings import SettingsStore

        self.wanted = list(names)
        # name -> (the window grabbed, perf_counter when it was)
        self.pictures: dict[str, tuple[object, float]] = {}
        self.window = MainWindow(DEFAULT_MODEL, SettingsStore(None), error_dialogs=False)
        self.errors: list[str] = []
        self.window.errorReported.connect(self.errors.append)
        self.window.resize(*size)
        self.window.show()
        self.session = self.window.session
        self.draw = self.window.draw_tab
        self.wait(lambda: self.session.info is not None and not self.session.loading, "the model")

    @property
    def name(self) -> str:
        """The shot being made: the first one wanted and not yet taken."""
        return next((n for n in self.wanted if n not in self.pictures), self.wanted[-1])

    def wants(self, name: str) -> bool:
        return name in self.wanted

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
        # matplotlib figures redraw at the next turn of the event loop (draw_idle).
        from gui.common.plots import PlotCanvas

        figures = [p for p in self.window.findChildren(PlotCanvas) if p.isVisible()]
        self.wait(lambda: all(f.up_to_date for f in figures), "the plots to be drawn")
        _wait_until(lambda: False, 0.05)

    def check(self, condition: bool, claim: str) -> None:
        """Fail the shot when what its caption says is no longer true."""
        if not condition:
            raise ScreenshotError(f"{self.name}: the caption's claim no longer holds: {claim}")

    # ----------------------------------------------------------------- the Draw tab

    def draw_digit(self, digit: int, canvas=None) -> None:
        """Draw ``digit``'s strokes (tests/strokes.py) on ``canvas`` (default: the Draw tab's),
        one stroke at a time, through the canvas's own stroke methods."""
        from tests.gui_support import digit_strokes

        canvas = canvas or self.draw.canvas
        for points in digit_strokes(canvas, digit):
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
                f"the network reads the {digit} as {with_article(prediction['label'])}",
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

    def take(self, name: str) -> None:
        """Grab the window, settled, as shot ``name`` (if it is wanted)."""
        if self.wants(name):
            self.settle()
            self.pictures[name] = (self.window.grab(), time.perf_counter())

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


def draw_number(shot: Shot) -> None:
    """A number, 2026, drawn across the canvas: each digit outlined and read, the third one
    picked, so the votes and the 28x28 input are its."""
    from PySide6.QtCore import QPointF

    from tests.strokes import stroke_points

    canvas = shot.draw.canvas
    rect = canvas.drawing_rect()
    for k, ch in enumerate("2026"):
        box = (0.06 + k * 0.225, 0.3, 0.18, 0.34)
        for stroke in stroke_points(int(ch), int(rect.width()), box):
            canvas.begin_stroke(QPointF(rect.x() + stroke[0][0], rect.y() + stroke[0][1]))
            for x, y in stroke[1:]:
                canvas.extend_stroke(QPointF(rect.x() + x, rect.y() + y))
            canvas.end_stroke()
    shot.wait(lambda: shot.draw.number is not None, "the number's reading")
    shot.draw.steps_expander.set_expanded(True)
    shot.draw.select_digit(2)
    shot.answered(2)
    shot.check(shot.draw.number == "2026", f"the number reads {shot.draw.number}")


def ruled_photo() -> np.ndarray:
    """A fixed "photo" of a 7 written on a ruled page: grey, unevenly lit, grainy, with ruled
    lines and a speck (uint8 RGB)."""
    from tests.strokes import render_digit

    ink = np.asarray(render_digit(7, 240, box=(0.3, 0.22, 0.4, 0.5), thickness=0.06)) / 255.0
    yy, xx = np.mgrid[0:240, 0:240] / 240.0
    paper = 0.9 - 0.35 * xx - 0.15 * yy
    lines = np.zeros_like(ink)
    for y in range(20, 240, 34):
        lines[y : y + 2] = 1.0
    page = np.stack([paper * (1 - 0.3 * lines)] * 3, -1) * np.array([1.0, 1.0, 1.05])
    page[..., 0] -= 0.12 * lines
    page[150:154, 40:44] *= 0.3
    page = (
        page * (1 - ink[..., None]) + np.array([0.1, 0.12, 0.4]) * paper[..., None] * ink[..., None]
    )
    grain = np.random.default_rng(7).normal(0, 0.02, page.shape)
    return (np.clip(page + grain, 0, 1) * 255).astype(np.uint8)


def draw_photo(shot: Shot) -> None:
    """A photo of a 7 on a ruled, shaded page, opened on the Draw tab: its cleaning steps
    lead the strip, the canvas holds the cleaned ink."""
    shot.draw.steps_expander.set_expanded(True)
    shot.draw.load_array(ruled_photo(), "A photo of a notebook page")
    shot.wait(lambda: shot.draw.canvas.source_tag() is not None, "the photo")
    shot.answered(7)
    keys = [stage.key for stage in shot.draw.preprocessed.stages]
    shot.check("paper" in keys and "cleaned" in keys, f"the photo's steps were {keys}")


def draw_why(shot: Shot) -> None:
    """ "Show why" on: Grad-CAM over a drawn 3 on the canvas."""
    shot.draw.set_show_why(True)
    shot.draw_digit(3)
    shot.answered(3)
    shot.wait(
        lambda: (shot.draw.canvas.overlay or (None, ""))[1] == "Grad-CAM: why 3",
        "the Grad-CAM overlay",
    )


def inspected(shot: Shot, digit: int):
    """Draw ``digit``, show the Inspect tab and wait for its maps of it; the tab."""
    shot.draw_digit(digit)
    shot.answered(digit)
    tab = shot.tab("inspect")
    ins = tab.inspector
    shot.wait(
        lambda: bool(ins.layers) and (ins.prediction or {}).get("seq") == shot.draw.seq,
        "the inspector's maps",
    )
    return tab


def inspect(shot: Shot) -> None:
    """The Inspect tab on a drawn 4: the first convolution, its strongest value taken apart."""
    ins = inspected(shot, 4).inspector
    conv = next(layer["name"] for layer in ins.layers if layer["type"] == "Conv2D")
    channel, row, col = ins.strongest(conv)
    ins.select_layer(conv, channel)
    ins.set_page("explain")
    ins.explain(row, col, channel)
    shot.wait(
        lambda: (
            (ins.last_result.get("inspect-explain") or {}).get("position") == (row, col)
            and ins.pages.explain_stack.currentWidget() is ins.pages.conv
        ),
        "the explanation of one value",
    )


def tour(shot: Shot) -> None:
    """The guided tour's step on pooling and shifts, on a drawn 4 moved 2 px right."""
    tab = inspected(shot, 4)
    ins = tab.inspector
    step = next(i for i, s in enumerate(tab.tour.steps) if s.key == "shift")
    tab.tour.go(step)
    shot.wait(lambda: ins.pages.shift.result is not None, "the shift demo")
    r = ins.pages.shift.result
    convs = [n for n, kind in r["kinds"].items() if kind == "conv"]
    pools = [n for n, kind in r["kinds"].items() if kind == "pool"]
    shot.check(r["shifted_label"] == r["label"], "the moved digit keeps its answer")
    shot.check(
        r["changes"][pools[-1]] < r["changes"][convs[-1]],
        "the last pooled maps change less than the convolution maps before them",
    )
    # Scrolled as a reader would, down to the table of how much each layer's maps changed.
    shot.settle()
    ins.pages.currentWidget().ensureWidgetVisible(ins.pages.shift.table, 0, 0)


def lab_why(shot: Shot) -> None:
    """Lab > Why this answer: Grad-CAM on a drawn 7."""
    shot.draw_digit(7)
    shot.answered(7)
    page = shot.lab_page("why")
    page.set_method("gradcam")
    page.set_class(None)
    shot.wait(lambda: page.result is not None and page.is_settled(), "the Grad-CAM map")
    shot.check(bool(np.any(page.result["map"])), "Grad-CAM finds something in the 7")


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
    from model.data.preprocess import preprocess
    from model.lab.handwriting.dataset import PersonalDataset
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
    ins = inspected(shot, 5).inspector  # read as a 5 by the end of the run
    ins.replay_bar.slider.setValue(REPLAYED)
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
    from model.data.mnist import load_mnist
    from model.presets import preset
    from model.training.config import TrainConfig, TrainingEvents
    from model.training.trainer import Trainer

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


# The Train tab's run: the lenet preset's settings but 4 epochs of 12,000 digits, a tenth held
# out to validate on (85 batches of 128 an epoch), seeded.
TRAINING = {"epochs": 4, "limit": 12000, "validation_split": 0.1, "seed": 0}
# Paused for the live shot once this many batches are done: half of the third epoch.
PAUSE_AFTER = 2 * 85 + 42
# The confusion matrix's cell opened (true digit, the network's answer): the run's most common
# mistake, as the README's caption says.
MISTAKE = (9, 4)


def train(shot: Shot) -> None:
    """The Train tab training LeNet: half way through its third epoch, the loss falling live
    (``train``); then, the run done and evaluated on the test digits, the confusion matrix with
    its most common mistake opened, the 9s read as 4 (``train-evaluation``)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from model.presets import preset
    from model.training.config import TrainConfig

    page = shot.tab("train")
    # Picked as a user picks it, in the "Start from" chooser: the preset's training settings
    # come with it; then this run's own.
    chooser = page.editor.preset_box
    chooser.setCurrentIndex(chooser.findData("lenet"))
    chooser.activated.emit(chooser.currentIndex())
    config = TrainConfig.from_dict({**preset("lenet").training, **TRAINING})
    page.form.set_config(config)
    shot.check(page.form.config() == config, "the Train tab shows the run's settings")
    plots = (page.loss_plot, page.epoch_plot)
    shot.wait(
        lambda: page.worker.ready and all(p.up_to_date for p in plots),
        "the training process",
    )
    shot.check(page.start(), "the Train tab starts the run")
    shot.wait(lambda: page.loss_plot.count >= PAUSE_AFTER, "the third epoch", timeout_s=600)
    # The training process paused after the batch under way, behind the tab's back: the tab
    # still shows the run going on (Pause, "Training…"), as it does between two batches. The
    # paused batch's points, sent at once, and the plots' redraws (on a 100 ms timer) catch up.
    page.worker.pause()
    seen = [page.loss_plot.count, time.monotonic()]

    def caught_up() -> bool:
        if page.loss_plot.count != seen[0]:
            seen[:] = [page.loss_plot.count, time.monotonic()]
        return time.monotonic() - seen[1] >= 0.3

    shot.wait(caught_up, "the paused run's last points")
    progress = page.run_card.progress_text.text()
    shot.check(
        progress.startswith("Epoch 3/4 · batch ") and "/85 · loss " in progress,
        f"the run is in its third epoch of 85 batches ({progress!r})",
    )
    batch = int(progress.removeprefix("Epoch 3/4 · batch ").split("/")[0])
    shot.check(40 <= batch <= 60, f"the third epoch is about half done (batch {batch} of 85)")
    shot.check(chooser.currentText() == "lenet" and page.editor.preset_name() == "lenet", "LeNet")
    x, loss = page.loss_plot.x, page.loss_plot.loss
    shot.check(
        float(loss[x > 2].mean()) < float(loss[x <= 1].mean()) / 2,
        "the third epoch's loss is under half of the first's",
    )
    history = page.epoch_plot.history
    shot.check(
        len(history.get("loss", [])) == 2 and len(history.get("val_loss", [])) == 2,
        "the epoch plot shows the first two epochs",
    )
    shot.take("train")
    if not shot.wants("train-evaluation"):
        return  # closing the window stops the run

    page.worker.resume()
    shot.wait(lambda: page.state == "idle", "the run and its evaluation", timeout_s=600)
    result = page.last_result or {}
    shot.check(result.get("status") == "completed", f"the run completes ({result.get('status')})")
    view = page.evaluation_view
    shot.check(view.evaluation is not None, "the run is evaluated on the test digits")
    page.views.setCurrentIndex(page.views.indexOf(view))
    shot.settle()  # laid out: the matrix has its size
    mistakes = np.array(view.evaluation["confusion"])
    np.fill_diagonal(mistakes, 0)
    true, read = MISTAKE
    most = np.unravel_index(int(np.argmax(mistakes)), mistakes.shape)
    shot.check(
        mistakes[true, read] == mistakes.max(),
        f"the {true}s read as {read} are the most common mistake (it is the {most[0]}s read as "
        f"{most[1]}: {mistakes.max()}, against {mistakes[true, read]})",
    )
    x, y = view.matrix.cell_centre(true, read)
    QTest.mouseClick(
        view.matrix,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(x), round(y)),
    )
    n = int(mistakes[true, read])
    shot.check(
        view.matrix.selected == MISTAKE
        and view.gallery.count() == min(n, view.gallery.MAX_SHOWN)
        and view.gallery_caption.text().startswith(f"{n} test digits {true} read as {read}"),
        f"the cell's {n} digits are shown",
    )


def inspect_view(shot: Shot, digit: int, key: str):
    """Draw ``digit``, open the Inspect tab's view ``key`` and wait for it; the view."""
    inspected(shot, digit)
    view = shot.tab("inspect").views.show_view(key)
    shot.wait(view.is_settled, f"the {key} view")
    return view


def inspect_digits(shot: Shot) -> None:
    """Two digits: a drawn 4 beside a drawn 9, through every layer."""
    view = inspect_view(shot, 4, "digits")
    view.set_mode("draw")
    shot.draw_digit(9, view.chooser.canvas)
    shot.wait(lambda: view.result is not None and view.is_settled(), "the two digits compared")
    p = view.result["probabilities"]
    shot.check(
        (int(np.argmax(p[0])), int(np.argmax(p[1]))) == (4, 9), "the two read as a 4 and a 9"
    )
    first, last = view.result["layers"][0].similarity, view.result["layers"][-1].similarity
    shot.check(
        last < 0.1 and first > 0.3 and "part most at" in view.sentence.text(),
        "partly alike in the pixels, their paths part and the output tells them apart",
    )


def inspect_networks(shot: Shot) -> None:
    """Two networks: the CNN and the dense network on 1,000 test digits, their disagreements."""
    view = inspect_view(shot, 4, "networks")
    shot.wait(lambda: shot.session.second.info is not None, "the dense network")
    shot.check(bool(view.refusal), "a CNN and a dense network have no feature maps in common")
    view.score(1000)
    shot.wait(lambda: view.evaluation.result is not None, "both networks scored")
    result = view.evaluation.result
    a, b = result["models"]["a"]["accuracy"], result["models"]["b"]["accuracy"]
    shot.check(a > b and result["disagreements"], "the CNN reads more, they disagree on some")
    scroll = view.findChild(VerticalScrollArea)
    _wait_until(lambda: False, 0.2)  # the results' layout first
    scroll.verticalScrollBar().setValue(view.evaluation.y())


def inspect_knows(shot: Shot) -> None:
    """What each layer knows, for the shipped model and a drawn 4."""
    view = inspect_view(shot, 4, "knows")
    shot.wait(lambda: view.read_outs is not None, "the read-outs", 120)
    accuracy = [e.accuracy for e in view.probes.layers]
    shot.check(accuracy[-1] > accuracy[0] + 0.05, "the output reads far better than the pixels")
    shot.check(int(np.argmax(view.read_outs[-1])) == 4, "the last read-out says 4")


def presenter(shot: Shot) -> None:
    """Presenter mode (F5) on the Draw tab reading a drawn 5: large type, the thick pen, no
    menu or status bar; as large as a 1400x900 screen has room for."""
    from PySide6.QtCore import QSize

    from gui.app.placement import TITLE_BAR

    size = shot.window.size()
    shot.window.presenter.room = QSize(size.width(), size.height() + TITLE_BAR)
    shot.window.presenter.set_enabled(True)
    shot.check(shot.window.presenter.factor >= 1.25, "the type is at least a quarter larger")
    draw(shot)


def high_contrast(shot: Shot) -> None:
    """The high-contrast theme on the Inspect tab (the drawn 4 of ``inspect``)."""
    shot.window.view.set_theme("high-contrast")
    inspect(shot)


def dark(shot: Shot) -> None:
    """The dark theme on the Draw tab: a drawn 2 and its preparation steps (``draw_steps``)."""
    shot.window.view.set_theme("dark")
    draw_steps(shot)


def draw_german(shot: Shot) -> None:
    """The Draw tab in German: a drawn 2 and its preparation steps."""
    draw_steps(shot)


def tour_spanish(shot: Shot) -> None:
    """The guided tour in Spanish (``tour``)."""
    tour(shot)


# Shots of the window in another language than English (the language is chosen before the
# window is built, as the app does).
LANGUAGE = {"draw-de": "de", "tour-es": "es"}

SHOTS: dict[str, Callable[[Shot], None]] = {
    "draw": draw,
    "draw-steps": draw_steps,
    "draw-why": draw_why,
    "draw-number": draw_number,
    "draw-photo": draw_photo,
    "inspect": inspect,
    "inspect-timeline": inspect_timeline,
    "tour": tour,
    "inspect-digits": inspect_digits,
    "inspect-networks": inspect_networks,
    "inspect-knows": inspect_knows,
    "lab-why": lab_why,
    "lab-robustness": lab_robustness,
    "lab-kernels": lab_kernels,
    "lab-neighbours": lab_neighbours,
    "lab-teach": lab_teach,
    "presenter": presenter,
    "high-contrast": high_contrast,
    "dark": dark,
    "draw-de": draw_german,
    "tour-es": tour_spanish,
    # One window, one training run, for both.
    "train": train,
    "train-evaluation": train,
}


# --------------------------------------------------------------------------- running


def make(names: list[str], out: Path, size: tuple[int, int]) -> dict[str, float]:
    """Render the shots ``names``, all made by one function in one window, to
    ``out/NAME.png``; the seconds each took (since the window opened or the shot before)."""
    from gui.app.startup import create_application

    create_application(language=LANGUAGE.get(names[0], "en"))
    began = time.perf_counter()
    shot = Shot(names, size)
    try:
        SHOTS[names[0]](shot)
        for name in names:
            if name not in shot.pictures:
                shot.take(name)
    finally:
        shot.close()
    seconds: dict[str, float] = {}
    for name, (picture, at) in sorted(shot.pictures.items(), key=lambda item: item[1][1]):
        path = out / f"{name}.png"
        if not picture.save(str(path), "PNG"):
            raise ScreenshotError(f"cannot write {path}")
        seconds[name], began = at - began, at
    return seconds


def groups(names: list[str]) -> list[list[str]]:
    """``names`` (without repeats, in order) grouped by the function making them."""
    made: dict[Callable[[Shot], None], list[str]] = {}
    for name in dict.fromkeys(names):
        made.setdefault(SHOTS[name], []).append(name)
    return list(made.values())


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

    from gui.app.startup import create_application

    _quiet_qt_messages()
    shutil.rmtree(RUNS, ignore_errors=True)
    os.environ["CONVSCOPE_RUNS_DIR"] = str(RUNS)
    app = create_application()
    size = parse_size(DEFAULT_SIZE)
    began = time.perf_counter()
    try:
        for names in groups(args.only or list(SHOTS)):
            for name, seconds in make(names, args.out, size).items():
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
