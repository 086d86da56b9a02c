"""What the layer inspector asks the model worker to compute, as plain functions.

Each function has the ``run_on_model`` signature ``fn(network, predictor, *args)``, runs in the
``ModelWorker`` thread (which owns the network), and returns plain dicts of numbers and NumPy
arrays, one per explanation panel (``gui.inspect.layers.panels``). The arithmetic itself lives
in ``model.explain`` (and ``model.explain.moved_digit``); these functions only choose what to
ask and repackage it. Every layer's description is ``gui.inspect.shared_jobs.describe_layers``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model import explain
from model.data.transform import rotate, shift
from model.explain.moved_digit import compare_moved

# How many MNIST test digits the "what excites this filter" search looks through: enough for
# varied patches, small enough to take about a second on a slow CPU.
PATCH_SEARCH_IMAGES = 2000
_mnist_cache: dict[str, np.ndarray] = {}


def explain_value(
    model: Any,
    predictor: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer: str,
    row: int,
    col: int,
    channel: int,
) -> dict[str, Any]:
    """One value of a conv or pooling map taken apart (``model.explain.explain_position``).

    Returns
    -------
    dict
        ``kind`` ('conv' or 'pool'), ``layer``, ``position``, ``channel``, ``field`` (top,
        left, height, width on the 28x28 input) and, for a convolution, ``patch``, ``kernel``,
        ``products``, ``channel_sums``, ``padding``, ``total``, ``bias``, ``pre_activation``,
        ``activation`` (name), ``value``; for pooling ``pool_kind``, ``window`` (top, left,
        height, width in the previous map), ``values``, ``winner``, ``value``,
        ``source_layer`` (the layer whose map was pooled).
    """
    e = explain.explain_position(model, activations, image, layer, row, col, channel)
    field = e.receptive_field
    out: dict[str, Any] = {
        "layer": layer,
        "position": (row, col),
        "channel": channel,
        "field": (field.top, field.left, field.height, field.width),
    }
    if isinstance(e, explain.ConvExplanation):
        out.update(
            kind="conv",
            patch=e.patch,
            kernel=e.kernel,
            products=e.products,
            channel_sums=e.channel_sums,
            padding=e.padding,
            total=e.total,
            bias=e.bias,
            pre_activation=e.pre_activation,
            activation=e.activation,
            value=e.value,
        )
    else:
        names = model.layer_names
        index = names.index(layer)
        out.update(
            kind="pool",
            pool_kind=e.kind,
            window=(e.top, e.left, e.height, e.width),
            values=e.values,
            winner=e.winner,
            value=e.value,
            source_layer=names[index - 1] if index > 0 else None,
        )
    return out


def relu_maps(
    model: Any,
    predictor: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer: str,
    channel: int | None,
) -> dict[str, Any]:
    """One map of a convolution before and after its ReLU (``model.explain.relu_stage``).

    ``channel`` None picks the map where ReLU changes most: the one with the most negative
    values, so that before and after differ visibly.

    Returns
    -------
    dict
        ``layer``, ``channel``, ``picked`` (True when this function chose the channel),
        ``pre`` and ``post`` (the channel's map before and after), ``relu_layer`` (the layer
        applying ReLU, None if none does), ``negatives`` (per channel).
    """
    stage = explain.relu_stage(model, activations, image, layer)
    picked = channel is None
    if channel is None:
        channel = stage.most_negative_channel()
    return {
        "layer": layer,
        "channel": int(channel),
        "picked": picked,
        "pre": stage.before[..., channel],
        "post": stage.after[..., channel],
        "relu_layer": stage.relu_layer,
        "negatives": stage.negatives(),
    }


def decision(
    model: Any, predictor: Any, activations: dict[str, np.ndarray], image: np.ndarray
) -> dict[str, Any]:
    """How the flattened features became the answer (``model.explain.feature_contributions``).

    Returns
    -------
    dict
        ``flatten_layer``, ``source_layer``, ``source_shape``, ``features``, ``unit``,
        ``contributions``, ``constant``, ``scores``, ``probabilities``, ``hidden`` and
        ``by_map`` (each flattened map's share); or ``unsupported`` (a one-line reason) with
        ``scores`` and ``probabilities`` only, for a network whose dense layers do not split.
    """
    try:
        d = explain.feature_contributions(model, activations, image)
    except explain.ExplainError as exc:
        probabilities = np.asarray(activations[model.layer_names[-1]], np.float64)
        return {"unsupported": str(exc), "probabilities": probabilities}
    return {
        "flatten_layer": d.flatten_layer,
        "source_layer": d.source_layer,
        "source_shape": d.source_shape,
        "features": d.features,
        "unit": d.unit,
        "contributions": d.contributions,
        "constant": d.constant,
        "scores": d.scores,
        "probabilities": d.probabilities,
        "hidden": d.hidden,
        "by_map": d.by_map(),
    }


def shift_demo(
    model: Any, predictor: Any, image: np.ndarray, rows: int, cols: int
) -> dict[str, Any]:
    """Move the digit and compare: relative change of every conv and pooling map, the answer.

    Returns
    -------
    dict
        ``offset``, ``image`` and ``shifted`` (28x28), ``label``/``confidence`` before and
        after, ``changes`` (layer -> relative change for this shift), ``kinds`` (layer ->
        'conv' or 'pool'), ``maps`` (layer -> (before, after) of the strongest channel),
        ``report`` (over 1..3 px in four directions: mean change per layer, mean conv and
        pool change, fraction of shifts keeping the answer), ``tilt`` (0: a shift).
    """
    return _compare_moved(predictor, image, shift(image, cols, rows), (rows, cols))


def tilt_demo(model: Any, predictor: Any, image: np.ndarray, degrees: float) -> dict[str, Any]:
    """Like ``shift_demo``, for the digit tilted by ``degrees`` (anticlockwise) instead."""
    result = _compare_moved(predictor, image, rotate(image, degrees), (0, 0))
    result["tilt"] = float(degrees)
    return result


def _compare_moved(
    predictor: Any, image: np.ndarray, shifted: np.ndarray, offset: tuple[int, int]
) -> dict[str, Any]:
    report = explain.shift_tolerance(predictor, image)
    moved = compare_moved(predictor, image, shifted, report.layers)
    return {
        "offset": offset,
        "tilt": 0.0,
        "image": np.asarray(image, np.float32).reshape(28, 28),
        "shifted": shifted,
        "label": moved.label,
        "confidence": moved.confidence,
        "shifted_label": moved.moved_label,
        "shifted_confidence": moved.moved_confidence,
        "changes": moved.changes,
        "kinds": dict(report.kinds),
        "maps": moved.maps,
        "report": {
            "mean": {n: report.mean_change(n) for n in report.layers},
            "conv": report.mean_conv_change,
            "pool": report.mean_pool_change,
            "label_kept": report.label_kept,
            "shifts": len(report.shifts),
        },
    }


def _test_digits() -> np.ndarray:
    if "images" not in _mnist_cache:
        from model.data.mnist import load_mnist

        _mnist_cache["images"] = np.asarray(load_mnist().x_test[:PATCH_SEARCH_IMAGES])
    return _mnist_cache["images"]


def top_patches(model: Any, predictor: Any, layer: str, channel: int, k: int = 9) -> dict[str, Any]:
    """The MNIST test patches (receptive fields) that excite one filter most."""
    t = explain.top_activating_patches(predictor, _test_digits(), layer, channel, k)
    return {
        "layer": layer,
        "channel": channel,
        "values": t.values,
        "patches": t.patches,
        "images": t.image_indices,
        "searched": int(len(_test_digits())),
    }
