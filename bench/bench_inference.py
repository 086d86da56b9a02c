"""Per-call latency of one-digit inference: Predictor vs model.predict vs model(x), and batches.

Usage: python bench/bench_inference.py [--model FILE] [--calls N]

The Predictor returns the probabilities *and* every layer's activation; the others return the
probabilities only. The Predictor runs the NumPy network (``model.network.network``); the same
network
on its TensorFlow engine (what a model NumPy cannot compute gets) is timed too, and the Keras
model loaded from the same file. A batch of 1,000 digits compares throughput. Target:
Predictor p50 <= 1 ms with the default model.
"""

from __future__ import annotations

import argparse
import json
import time

from _common import ROOT, percentiles_ms, table

from model.data.mnist import load_mnist, to_model_input
from model.network.predictor import Predictor
from model.storage import load_keras, load_model


def timed(fn, xs, warmup=5):
    for x in xs[:warmup]:
        fn(x)
    out = []
    for x in xs:
        t = time.perf_counter()
        fn(x)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default=str(ROOT / "resources" / "models" / "default.keras"))
    p.add_argument("--calls", type=int, default=500)
    args = p.parse_args()
    net = load_model(args.model).model
    model = load_keras(args.model).model
    predictor = Predictor(net)
    tf_net = net.copy()
    tf_net.use_tensorflow()
    tf_predictor = Predictor(tf_net)
    x = to_model_input(load_mnist().x_test[: args.calls])
    slow_n = max(20, args.calls // 10)  # model.predict is ~50x slower: fewer calls suffice
    results = {
        "Predictor.predict (probs + all activations)": timed(lambda i: predictor.predict(i), x),
        "Predictor, TensorFlow path (probs + all activations)": timed(
            lambda i: tf_predictor.predict(i), x
        ),
        "Predictor.probabilities (probs only)": timed(
            lambda i: predictor.probabilities(i[None]), x
        ),
        "model.predict_on_batch": timed(lambda i: model.predict_on_batch(i[None]), x),
        "model(x) eager": timed(lambda i: model(i[None], training=False), x),
        "model.predict": timed(lambda i: model.predict(i[None], verbose=0), x[:slow_n]),
    }
    batch = to_model_input(load_mnist().x_test[:1000])
    batches = {
        "NumPy network, 1,000 digits": timed(lambda b: predictor.probabilities(b), [batch] * 4, 1),
        "model.predict, 1,000 digits": timed(
            lambda b: model.predict(b, batch_size=256, verbose=0), [batch] * 4, 1
        ),
    }
    rows = []
    figures = {}
    for name, times in results.items():
        p50, p99 = percentiles_ms(times)
        rows.append((name, len(times), f"{p50:.3f}", f"{p99:.3f}"))
        figures[name] = (p50, p99)
    print(f"model {args.model}: {net.count_params():,} parameters, {len(net.layers)} layers")
    print(f"Predictor single-digit path: {'NumPy' if predictor.uses_numpy else 'TensorFlow'}")
    print(table(rows, ("path", "calls", "p50 ms", "p99 ms")))
    batch_ms = {name: percentiles_ms(times)[0] for name, times in batches.items()}
    for name, ms in batch_ms.items():
        print(f"{name}: {ms:.0f} ms ({ms / 1000:.3f} ms a digit)")
    pred50, pred99 = figures["Predictor.predict (probs + all activations)"]
    predict50 = figures["model.predict"][0]
    print(
        f"Predictor is {predict50 / pred50:.0f}x faster than model.predict at the median; "
        f"target p50 <= 1 ms: {'met' if pred50 <= 1.0 else 'NOT met'}"
    )
    print(
        json.dumps(
            {
                "predictor_ms_p50": round(pred50, 4),
                "predictor_ms_p99": round(pred99, 4),
                "predictor_tf_path_ms_p50": round(
                    figures["Predictor, TensorFlow path (probs + all activations)"][0], 4
                ),
                "predict_on_batch_ms_p50": round(figures["model.predict_on_batch"][0], 4),
                "model_call_ms_p50": round(figures["model(x) eager"][0], 4),
                "model_predict_ms_p50": round(predict50, 4),
                "speedup_vs_predict": round(predict50 / pred50, 1),
                "numpy_batch_1000_ms": round(batch_ms["NumPy network, 1,000 digits"], 1),
                "predict_batch_1000_ms": round(batch_ms["model.predict, 1,000 digits"], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
