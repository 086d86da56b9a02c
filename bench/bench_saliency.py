"""How long one saliency map takes: Grad-CAM, gradient, SmoothGrad and occlusion.

The shipped model, MNIST test digits, one map per call, in this one thread (as in the app's
model worker), on the NumPy network's own backward pass. "first call" is the one-off cost for a
new model (the geometry that spreads Grad-CAM's map over the input); the percentiles are the
calls after it, the cost the Lab page and the Draw tab's "Show why" pay per drawing. One plain
forward pass of one digit is the yardstick.

Usage: python bench/bench_saliency.py [--model FILE] [--samples 200]
Ends with one JSON line: <method>_ms_p50, <method>_ms_p99, <method>_first_ms per method.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from bench._common import percentiles_ms, table  # noqa: E402

# The page runs maps in the shared model worker only if a call stays this short (ms, p50).
TARGET_MS = 30.0

CASES = (
    ("gradcam", "Grad-CAM (last conv block)", {}),
    ("gradient", "gradient", {}),
    ("smoothgrad", "gradient, SmoothGrad x16", {"smooth": 16}),
    ("occlusion", "occlusion 6x6, stride 2", {}),
)


def measure(model_path: Path, samples: int) -> dict[str, dict[str, float | list[float]]]:
    """Per case: seconds of the first call and of each later call, and the squares batched."""
    from model.data.mnist import load_mnist
    from model.lab import occlusion, saliency
    from model.network.predictor import Predictor
    from model.storage import load_model

    model = load_model(model_path).model
    predictor = Predictor(model)
    images = load_mnist().x_test[:samples].astype("float32") / 255.0
    out: dict[str, dict] = {}
    forward = []
    for image in images:
        t = time.perf_counter()
        predictor.probabilities(image[None])
        forward.append(time.perf_counter() - t)
    out["forward"] = {"first": 0.0, "calls": forward}
    for key, _title, options in CASES:
        method = "gradient" if key == "smoothgrad" else key
        t = time.perf_counter()
        saliency.saliency(model, predictor, images[0], method, **options)
        first = time.perf_counter() - t
        calls = []
        for image in images:
            t = time.perf_counter()
            saliency.saliency(model, predictor, image, method, **options)
            calls.append(time.perf_counter() - t)
        out[key] = {"first": first, "calls": calls}
    squares = [
        sum(bool(image[r : r + 6, c : c + 6].any()) for r, c in occlusion.occlusion_boxes(6, 2))
        for image in images
    ]
    out["occlusion"]["squares"] = float(sum(squares) / len(squares))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "resources/models/default.keras")
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    result = measure(args.model, args.samples)
    rows, figures = [], {}
    f50, f99 = percentiles_ms(result["forward"]["calls"])
    rows.append(("one forward pass (Predictor), for scale", f"{f50:.2f}", f"{f99:.2f}", "", ""))
    for key, title, _options in CASES:
        p50, p99 = percentiles_ms(result[key]["calls"])
        first = result[key]["first"] * 1000.0
        verdict = "ok" if p50 <= TARGET_MS else "too slow for the model worker"
        rows.append((title, f"{p50:.2f}", f"{p99:.2f}", f"{first:.0f}", verdict))
        figures[f"{key}_ms_p50"] = round(p50, 2)
        figures[f"{key}_ms_p99"] = round(p99, 2)
        figures[f"{key}_first_ms"] = round(first, 1)
    figures["occlusion_squares_mean"] = round(result["occlusion"]["squares"], 1)
    print(
        f"Saliency maps, {len(result['gradcam']['calls'])} MNIST test digits, "
        f"model {args.model.name}; occlusion batched "
        f"{result['occlusion']['squares']:.0f} squares per digit on average (of 144)"
    )
    print(
        table(
            rows,
            ("method", "p50 ms", "p99 ms", "first call ms", f"p50 <= {TARGET_MS:.0f} ms"),
        )
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
