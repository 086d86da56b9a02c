"""How well models read what people really write: drawn, photographed, scanned, typed.

Usage: python bench/bench_realworld.py [--models A.keras B.keras] [--n N] [--sets NAME ...]
                                      [--seed N] [--show DIR]

Every set is generated from a seed (``realworld_sets.py``: strokes traced through the app's
own canvas, pencil and ballpoint on paper with grain, uneven light, shadows, blur, JPEG,
specks and ruled lines, tiny and huge digits, slanted writing, fat markers and hairlines,
fonts, coloured ink, frames, edges, noise), plus ``drawn-in-app``, digits drawn through the
app and committed in ``bench/data/drawn``. Each image goes through ``model.preprocess`` exactly
as the app and ``classify`` do, then through every model. Nothing here is trained on.

Prints accuracy per set per model (and MNIST's test set for reference) and ends with one JSON
line: ``{"sets": {name: {model: accuracy}}, ...}``; ``uncertainty`` and ``numbers`` hold the
"not sure" and several-digit figures when the models support them.
"""

from __future__ import annotations

import argparse
import json
import time
import zlib
from pathlib import Path

import numpy as np
from _common import ROOT, table
from realworld_sets import DRAWN_DIR, SETS, drawn_in_app

from model.preprocess import preprocess


def _model_names(paths: list[Path]) -> list[str]:
    names: list[str] = []
    for path in paths:
        name, k = path.stem, 1
        while name in names:
            k += 1
            name = f"{path.stem}-{k}"
        names.append(name)
    return names


def set_seed(seed: int, name: str) -> int:
    """Each set's own seed: the same images whichever other sets run alongside."""
    return seed * 7919 + zlib.crc32(name.encode())


def preprocess_all(images: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, float]:
    """(inputs N x 28 x 28, blank flags, milliseconds per image)."""
    t = time.perf_counter()
    pres = [preprocess(im) for im in images]
    ms = (time.perf_counter() - t) * 1000 / max(1, len(images))
    return np.stack([p.input for p in pres]), np.array([p.blank for p in pres]), ms


def save_mistakes(folder: Path, name: str, images, labels, predicted, inputs) -> None:
    """A contact sheet of a set's misread images, each beside the 28x28 input it became."""
    from PIL import Image, ImageDraw

    wrong = np.flatnonzero(predicted != labels)[:60]
    if not len(wrong):
        return
    cell = 100
    sheet = Image.new("RGB", (cell * 2 * 6, cell * ((len(wrong) + 5) // 6)), "white")
    draw = ImageDraw.Draw(sheet)
    for k, i in enumerate(wrong):
        x, y = (k % 6) * cell * 2, (k // 6) * cell
        im = Image.fromarray(images[i]).convert("RGB")
        im.thumbnail((cell - 4, cell - 16))
        sheet.paste(im, (x + 2, y + 2))
        net = Image.fromarray((inputs[i] * 255).astype(np.uint8)).resize((cell - 16, cell - 16))
        sheet.paste(net.convert("RGB"), (x + cell + 2, y + 2))
        draw.text((x + 2, y + cell - 13), f"{labels[i]} read as {predicted[i]}", fill="red")
    sheet.save(folder / f"{name}.png")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--models", nargs="+", default=[str(ROOT / "resources" / "models" / "default.keras")]
    )
    p.add_argument("--n", type=int, default=500, help="images per generated set (default 500)")
    p.add_argument("--sets", nargs="+", help="only these sets")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--show", help="save a contact sheet of each set's mistakes in this folder")
    args = p.parse_args()

    from model.data import load_mnist
    from model.inference import Predictor
    from model.storage import load_model

    paths = [Path(m) for m in args.models]
    names = _model_names(paths)
    predictors = {name: Predictor(load_model(path).model) for name, path in zip(names, paths)}
    chosen = args.sets or [*SETS, "drawn-in-app", "mnist-test"]
    if "drawn-in-app" in chosen and not DRAWN_DIR.is_dir():
        print(f"(no {DRAWN_DIR}: the drawn-in-app set is left out)")
        chosen = [c for c in chosen if c != "drawn-in-app"]
    show = Path(args.show) if args.show else None
    if show:
        show.mkdir(parents=True, exist_ok=True)

    results: dict[str, dict[str, float]] = {}
    rows = []
    for name in chosen:
        t0 = time.perf_counter()
        if name == "mnist-test":
            data = load_mnist()
            inputs = data.x_test.astype(np.float32) / 255.0
            labels = data.y_test.astype(np.int64)
            blank = np.zeros(len(labels), bool)
            images, ms = None, 0.0
        else:
            if name == "drawn-in-app":
                images, labels = drawn_in_app()
            else:
                images, labels = SETS[name](args.n, set_seed(args.seed, name))
            inputs, blank, ms = preprocess_all(images)
        made = time.perf_counter() - t0
        results[name] = {}
        row = [name, len(labels), f"{ms:.1f}"]
        for model_name, predictor in predictors.items():
            predicted = predictor.probabilities(inputs).argmax(axis=1)
            predicted[blank] = -1  # a digit seen as blank is a digit missed
            acc = float(np.mean(predicted == labels))
            results[name][model_name] = round(acc, 5)
            row.append(f"{acc * 100:.2f}")
            if show and images is not None:
                save_mistakes(show, f"{name}--{model_name}", images, labels, predicted, inputs)
        rows.append(tuple(row))
        print(f"{name}: {len(labels)} images in {made:.1f} s", flush=True)
    print()
    print(table(rows, ("set", "n", "prep ms", *(f"{m} %" for m in predictors))))
    print(json.dumps({"sets": results, "n": args.n, "seed": args.seed}))


if __name__ == "__main__":
    main()
