"""How well models read what people really write: drawn, photographed, scanned, typed.

Usage: python bench/bench_realworld.py [--models A.keras B.keras] [--n N] [--sets NAME ...]
                                      [--seed N] [--show DIR]

Every set is generated from a seed (``realworld_sets.py``: strokes traced through the app's
own canvas, pencil and ballpoint on paper with grain, uneven light, shadows, blur, JPEG,
specks and ruled lines, tiny and huge digits, slanted writing, fat markers and hairlines,
fonts, coloured ink, frames, edges, noise), plus ``drawn-in-app``, digits drawn through the
app and committed in ``bench/data/drawn``. Each image goes through ``model.data.preprocess`` exactly
as the app and ``classify`` do, then through every model. Nothing here is trained on.

Prints accuracy per set per model (and MNIST's test set for reference), then each model's
"not sure" flags (``model.uncertainty``, with the calibration in the model's file, or the
default for a model without one) on MNIST's test digits and on generated non-digits (letters
that look like no digit, scribbles traced on the canvas, noise, smudges), and the share of
generated 2-6 digit numbers read entirely right (``model.data.segment``). Ends with one JSON line:
``{"sets": {name: {model: accuracy}}, "uncertainty": {model: ...}, "numbers": {model: ...}}``.
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

from model.commands.common import model_names
from model.data.preprocess import preprocess


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
    p.add_argument("--n-nondigits", type=int, default=1000, help="generated non-digits")
    p.add_argument(
        "--no-extras", action="store_true", help="skip the 'not sure' and several-digit figures"
    )
    args = p.parse_args()

    from model.data.mnist import load_mnist
    from model.network.predictor import Predictor
    from model.storage import load_model
    from model.uncertainty import Calibration

    paths = [Path(m) for m in args.models]
    names = model_names(paths)
    predictors, calibrations = {}, {}
    for name, path in zip(names, paths):
        loaded = load_model(path)
        predictors[name] = Predictor(loaded.model)
        calibrations[name] = Calibration.of(loaded.metadata)
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
    figures = {"sets": results, "n": args.n, "seed": args.seed}
    if not args.no_extras:
        figures["uncertainty"] = uncertainty_figures(predictors, calibrations, args)
        figures["numbers"] = number_figures(predictors, calibrations, args)
    print(json.dumps(figures))


def uncertainty_figures(predictors, calibrations, args) -> dict:
    """Each model's "not sure" flags (its own calibration) on MNIST's test digits (all, and
    the half its calibration did not see) and on generated non-digits, by kind."""
    from handwriting import LOOKALIKES
    from realworld_sets import non_digits, typed_digit

    from model.data.mnist import load_mnist
    from model.uncertainty import uncertain

    data = load_mnist()
    x_test = data.x_test.astype(np.float32) / 255.0
    images, kinds = non_digits(args.n_nondigits, set_seed(args.seed, "non-digits"))
    x_odd, blank, _ = preprocess_all(images)
    kinds = np.array(kinds)
    # For information: letters left out of the non-digits because they look like digits.
    rng = np.random.default_rng(set_seed(args.seed, "lookalikes"))
    from realworld_sets import _fonts

    looks = [
        typed_digit(0, rng, font, size=100, height=0.6, text=ch)
        for ch in LOOKALIKES
        for font in _fonts()[::4]
    ]
    x_look, blank_look, _ = preprocess_all(looks)
    out, rows = {}, []
    print()
    for name, predictor in predictors.items():
        cal = calibrations[name]

        def flags(x, predictor=predictor, cal=cal):
            probabilities, logits = predictor.probabilities_and_logits(x)
            return uncertain(probabilities, cal, logits)

        digits = flags(x_test)
        half = len(x_test) // 2
        odd = flags(x_odd) | blank
        look = flags(x_look) | blank_look
        out[name] = {
            "calibrated": cal.fitted_on != "",
            "temperature": cal.temperature,
            "threshold": cal.threshold,
            "logit_threshold": cal.logit_threshold,
            "mnist_test_flagged": round(float(digits.mean()), 5),
            "mnist_test_held_out_flagged": round(float(digits[half:].mean()), 5),
            "non_digits_flagged": round(float(odd.mean()), 5),
            "by_kind": {k: round(float(odd[kinds == k].mean()), 4) for k in sorted(set(kinds))},
            "lookalike_letters_flagged": round(float(look.mean()), 4),
            "n_non_digits": int(len(odd)),
        }
        rows.append(
            (
                name,
                "yes" if cal.fitted_on else "no (default)",
                f"{digits.mean() * 100:.2f}",
                f"{digits[half:].mean() * 100:.2f}",
                f"{odd.mean() * 100:.1f}",
                " ".join(f"{k} {v * 100:.0f}" for k, v in out[name]["by_kind"].items()),
                f"{look.mean() * 100:.0f}",
            )
        )
    print(
        table(
            rows,
            (
                "model",
                "calibrated",
                "MNIST flagged %",
                "held-out half %",
                "non-digits flagged %",
                "by kind %",
                "lookalikes %",
            ),
        )
    )
    return out


def number_figures(predictors, calibrations, args) -> dict:
    """Each model's share of generated 2-6 digit numbers read entirely right."""
    from realworld_sets import numbers_on_canvas, numbers_on_paper

    from model.data.segment import read_number

    out, rows = {}, []
    sets = {
        "numbers-canvas": numbers_on_canvas(args.n, set_seed(args.seed, "numbers-canvas")),
        "numbers-paper": numbers_on_paper(args.n, set_seed(args.seed, "numbers-paper")),
    }
    print()
    for name, predictor in predictors.items():
        out[name] = {}
        for set_name, (images, truths) in sets.items():
            texts = [
                read_number(im, predictor.probabilities, calibrations[name]).text for im in images
            ]
            right = np.array([t == truth for t, truth in zip(texts, truths)])
            by_length = {
                str(k): round(float(right[[len(t) == k for t in truths]].mean()), 4)
                for k in range(2, 7)
            }
            out[name][set_name] = {"read": round(float(right.mean()), 5), "by_length": by_length}
            rows.append((name, set_name, len(images), f"{right.mean() * 100:.1f}", by_length))
    print(table(rows, ("model", "set", "n", "read entirely right %", "by length")))
    return out


if __name__ == "__main__":
    main()
