"""How long "Export for slides" takes: each 60-frame animation and the handout, end to end.

Each figure is the wall time from the network and the digit to the file written, as the app's
model worker and ``python main.py export-animation`` / ``export-handout`` spend it: drawing
the frames (NumPy + Pillow, ``model/export``) and encoding them (Pillow's GIF or WebP). The
median of ``--repeats`` runs is reported. Targets (issue #21, 2 cores): a 60-frame animation
<= 5 s, the handout <= 10 s (it measures accuracy on the 10,000 MNIST test digits).

The baseline, measured in the same process: the other way to make frames, grabbing the real
Inspect tab offscreen (``QWidget.grab``) 60 times and handing the pictures to Pillow; it does
not even move the filter between grabs, so it is a lower bound of that way's cost. ``--no-qt``
skips it.

Usage: nice -n 10 python bench/bench_export.py [--repeats 3] [--frames 60] [--no-qt]
Ends with one JSON line: each export's seconds, the baseline's, and whether the targets hold.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._common import table  # noqa: E402

TARGETS = {"animation_s": 5.0, "handout_s": 10.0}
MODELS = ROOT / "resources" / "models"


def _digit():
    from model.data.mnist import load_mnist

    # A real test digit, as a teacher's drawing would arrive: floats 0..1.
    return load_mnist().x_test[18].astype("float32") / 255.0


def _snapshots(network, n: int):
    """``n`` weight sets from noise to the trained weights: a run's snapshots, stood in for."""
    import numpy as np

    rng = np.random.default_rng(0)
    trained = network.get_weights()
    noise = [rng.normal(0, 0.05, w.shape).astype(np.float32) if w.ndim > 1 else w for w in trained]
    return [
        (f"snapshot {k}", [t * k / (n - 1) + z * (1 - k / (n - 1)) for t, z in zip(trained, noise)])
        for k in range(n)
    ]


def exports(frames: int, folder: Path) -> dict[str, callable]:
    """Name -> a function doing that export once, end to end, into ``folder``."""
    from model.export.handout import handout_html, measure, write_handout
    from model.export.replay import training_replay_frames
    from model.export.slide import slide_filter_frames
    from model.export.sweep import robustness_sweep_frames
    from model.export.writer import write_animation
    from model.network.predictor import Predictor
    from model.storage import load_model

    cnn, mlp = load_model(MODELS / "default.keras"), load_model(MODELS / "mlp.keras")
    image = _digit()
    snapshots = _snapshots(cnn.model, frames)
    pair = {"default": Predictor(cnn.model), "mlp": Predictor(mlp.model)}

    def handout() -> None:
        test = measure(cnn.model, None, cnn.metadata)
        write_handout(handout_html(cnn.model, image, "default", test), folder / "h.html")

    return {
        "slide_gif": lambda: write_animation(
            slide_filter_frames(cnn.model, image, frames=frames), folder / "s.gif"
        ),
        "slide_webp": lambda: write_animation(
            slide_filter_frames(cnn.model, image, frames=frames), folder / "s.webp"
        ),
        "replay_gif": lambda: write_animation(
            training_replay_frames(cnn.model, snapshots, image), folder / "r.gif"
        ),
        "sweep_gif": lambda: write_animation(
            robustness_sweep_frames(pair, image, "turn", frames), folder / "w.gif"
        ),
        "sweep_webp": lambda: write_animation(
            robustness_sweep_frames(pair, image, "turn", frames), folder / "w.webp"
        ),
        "handout": handout,
    }


def qt_grabs(frames: int, folder: Path) -> float:
    """Seconds to grab the real Inspect tab ``frames`` times and write them as a GIF."""
    from PIL import Image
    from PySide6.QtGui import QImage

    from gui.app.screenshot import _wait_until
    from gui.app.startup import create_application
    from gui.app.window import MainWindow
    from gui.common.settings import SettingsStore
    from model.export.writer import write_animation

    create_application()
    window = MainWindow(MODELS / "default.keras", SettingsStore(None), error_dialogs=False)
    window.resize(1280, 720)
    window.show()
    window.select_tab("inspect")
    if not _wait_until(lambda: window.session.info is not None, 300):
        raise SystemExit("the model did not load")
    window.session.predict(1, _digit())
    inspect = window.pages["inspect"]
    _wait_until(lambda: inspect.inspector.prediction is not None, 300)
    view = inspect.views.stack.currentWidget()
    began = time.perf_counter()
    pictures = []
    for _ in range(frames):
        grabbed = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        w, h = grabbed.width(), grabbed.height()
        data = bytes(grabbed.constBits())[: grabbed.bytesPerLine() * h]
        pictures.append(Image.frombytes("RGB", (w, h), data, "raw", "RGB", grabbed.bytesPerLine()))
    write_animation(pictures, folder / "qt.gif")
    seconds = time.perf_counter() - began
    window.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--frames", type=int, default=60)
    parser.add_argument("--no-qt", action="store_true", help="skip the Qt grab baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results: dict[str, float] = {}
        for name, run in exports(args.frames, folder).items():
            times = []
            for _ in range(args.repeats):
                began = time.perf_counter()
                run()
                times.append(time.perf_counter() - began)
            results[name] = statistics.median(times)
        sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
        if not args.no_qt:
            results["qt_grab_gif"] = qt_grabs(args.frames, folder)
    rows = [(name, f"{seconds:.2f}") for name, seconds in results.items()]
    print(f"{args.frames}-frame animations and the handout, median of {args.repeats} runs")
    print(table(rows, ("export", "seconds")))
    print("file sizes (bytes):", ", ".join(f"{k} {v:,}" for k, v in sorted(sizes.items())))
    animations = [v for k, v in results.items() if k != "handout" and k != "qt_grab_gif"]
    summary = {
        "frames": args.frames,
        **{f"{k}_s": round(v, 3) for k, v in results.items()},
        "animation_target_met": max(animations) <= TARGETS["animation_s"],
        "handout_target_met": results["handout"] <= TARGETS["handout_s"],
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
