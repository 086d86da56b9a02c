"""A window explanation as the command line prints it: JSON, or text with the arithmetic."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from model.explain.convolution import ConvExplanation
from model.explain.geometry import ReceptiveField
from model.explain.layers import INPUT_SIZE
from model.explain.pooling import PoolExplanation


def _nested(a: Any) -> Any:
    return np.round(np.asarray(a, np.float64), 6).tolist()


def to_dict(explanation: ConvExplanation | PoolExplanation, image: np.ndarray) -> dict[str, Any]:
    """The explanation as the command line's JSON object (plain lists and numbers).

    Conv layers give ``layer, position, channel, input, receptive_field, patch, kernel, bias,
    pre_activation, activation`` (``activation`` is the value after the activation function);
    pooling layers give ``layer, position, channel, input, window, winner, value``, with
    ``winner`` as [row, col] in the previous map (null for average pooling).
    """
    head = {
        "layer": explanation.layer,
        "position": list(explanation.position),
        "channel": explanation.channel,
        "input": _nested(np.asarray(image, np.float32).reshape(INPUT_SIZE, INPUT_SIZE)),
    }
    if isinstance(explanation, ConvExplanation):
        field = explanation.receptive_field
        return {
            **head,
            "receptive_field": {
                "top": field.top,
                "left": field.left,
                "height": field.height,
                "width": field.width,
            },
            "patch": _nested(explanation.patch),
            "kernel": _nested(explanation.kernel),
            "bias": round(explanation.bias, 6),
            "pre_activation": round(explanation.pre_activation, 6),
            "activation": round(explanation.value, 6),
        }
    return {
        **head,
        "window": _nested(explanation.values),
        "winner": list(explanation.winner) if explanation.winner is not None else None,
        "value": round(explanation.value, 6),
    }


def to_json(explanation: ConvExplanation | PoolExplanation, image: np.ndarray) -> str:
    """``to_dict`` as one line of JSON."""
    return json.dumps(to_dict(explanation, image))


def _grid(a: np.ndarray, mark: tuple[int, int] | None = None) -> list[str]:
    """Rows of numbers, the ``mark``ed cell in brackets."""
    lines = []
    for i, row in enumerate(np.asarray(a)):
        cells = [
            (f"[{v:.3f}]" if mark == (i, j) else f"{v:.3f} ").rjust(9) for j, v in enumerate(row)
        ]
        lines.append("  " + "".join(cells).rstrip())
    return lines


def _picture(image: np.ndarray, field: ReceptiveField) -> list[str]:
    """The 28x28 input as characters, the receptive field's background dotted."""
    image = np.asarray(image, np.float32).reshape(INPUT_SIZE, INPUT_SIZE)
    lines = []
    for r in range(INPUT_SIZE):
        chars = []
        for c in range(INPUT_SIZE):
            v = image[r, c]
            inside = (
                field.top <= r < field.top + field.height
                and field.left <= c < field.left + field.width
            )
            chars.append("#" if v > 0.5 else "+" if v > 0.1 else "." if inside else " ")
        lines.append("  |" + "".join(chars) + "|")
    return lines


def to_text(
    explanation: ConvExplanation | PoolExplanation, image: np.ndarray, max_channels: int = 3
) -> str:
    """A readable rendering: the input with the receptive field, then the window arithmetic.

    For a convolution, the grids of up to ``max_channels`` input channels (those adding most
    in size), then ``sum + bias = pre-activation -> activation -> value``.
    """
    e = explanation
    field = e.receptive_field
    where = f"{field.height}x{field.width} pixels at row {field.top}, column {field.left}"
    if field.clipped:
        where += " (cut off by the image border)"
    out = [
        f"layer {e.layer}, position ({e.position[0]}, {e.position[1]}), channel {e.channel}",
        f"input 28x28 ('.' marks the receptive field: {where}):",
        *_picture(image, field),
        "",
    ]
    if isinstance(e, ConvExplanation):
        kh, kw, cin = e.patch.shape
        out.append(
            f"{kh}x{kw} filter over {cin} input channel{'s' if cin > 1 else ''}; "
            "each input value is multiplied by the weight above it and all are added"
        )
        if e.padding.any():
            out.append("(zeros in the window are padding outside the map)")
        order = np.argsort(-np.abs(e.channel_sums), kind="stable")
        for k in order[:max_channels]:
            out += [
                "",
                f"input channel {k}: window",
                *_grid(e.patch[..., k]),
                "weights",
                *_grid(e.kernel[..., k]),
                f"sum of products: {e.channel_sums[k]:.4f}",
            ]
        if cin > max_channels:
            rest = float(e.channel_sums[order[max_channels:]].sum())
            out.append(f"... {cin - max_channels} more input channels add {rest:.4f}")
        sign = "+" if e.bias >= 0 else "-"
        out += [
            "",
            f"{e.total:.4f} {sign} {abs(e.bias):.4f} = {e.pre_activation:.4f} "
            f"-> {e.activation} -> {e.value:.4f}",
            "(sum + bias = pre-activation -> activation -> value)",
        ]
        return "\n".join(out)
    out.append(
        f"{e.kind} pooling over rows {e.top}..{e.top + e.height - 1}, columns "
        f"{e.left}..{e.left + e.width - 1} of the previous map:"
    )
    mark = None if e.winner is None else (e.winner[0] - e.top, e.winner[1] - e.left)
    out += _grid(e.values, mark)
    if e.winner is None:
        out.append(f"mean = {e.value:.4f}")
    else:
        out.append(f"max = {e.value:.4f} at row {e.winner[0]}, column {e.winner[1]} (in brackets)")
    return "\n".join(out)
