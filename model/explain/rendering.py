"""A window explanation as the command line prints it: JSON, or text with the arithmetic."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from model.explain.convolution import ConvExplanation
from model.explain.geometry import ReceptiveField
from model.explain.layers import INPUT_SIZE
from model.explain.pooling import PoolExplanation
from model.i18n import number, translate


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
            (f"[{number(v, 3)}]" if mark == (i, j) else f"{number(v, 3)} ").rjust(9)
            for j, v in enumerate(row)
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


def _head(e: ConvExplanation | PoolExplanation, image: np.ndarray) -> list[str]:
    """Which value, and the input with its receptive field."""
    field = e.receptive_field
    if field.clipped:
        where = translate(
            "explain.rendering",
            "{height}x{width} pixels at row {top}, column {left} (cut off by the image border)",
        )
    else:
        where = translate(
            "explain.rendering", "{height}x{width} pixels at row {top}, column {left}"
        )
    where = where.format(height=field.height, width=field.width, top=field.top, left=field.left)
    return [
        translate(
            "explain.rendering", "layer {name}, position ({row}, {col}), channel {channel}"
        ).format(name=e.layer, row=e.position[0], col=e.position[1], channel=e.channel),
        translate(
            "explain.rendering", "input 28x28 ('.' marks the receptive field: {box}):"
        ).format(box=where),
        *_picture(image, field),
        "",
    ]


def _conv_lines(e: ConvExplanation, max_channels: int) -> list[str]:
    """A convolution's arithmetic: the strongest channels' windows, weights and sums."""
    kh, kw, cin = e.patch.shape
    if cin == 1:
        over = translate(
            "explain.rendering",
            "{kh}x{kw} filter over 1 input channel; each input value is multiplied by the weight "
            "above it and all are added",
        )
    else:
        over = translate(
            "explain.rendering",
            "{kh}x{kw} filter over {cin} input channels; each input value is multiplied by the "
            "weight above it and all are added",
        )
    out = [over.format(kh=kh, kw=kw, cin=cin)]
    if e.padding.any():
        out.append(
            translate("explain.rendering", "(zeros in the window are padding outside the map)")
        )
    order = np.argsort(-np.abs(e.channel_sums), kind="stable")
    for k in order[:max_channels]:
        out += [
            "",
            translate("explain.rendering", "input channel {k}: window").format(k=k),
            *_grid(e.patch[..., k]),
            translate("explain.rendering", "weights"),
            *_grid(e.kernel[..., k]),
            translate("explain.rendering", "sum of products: {sum}").format(
                sum=number(e.channel_sums[k], 4)
            ),
        ]
    if cin > max_channels:
        rest = float(e.channel_sums[order[max_channels:]].sum())
        out.append(
            translate("explain.rendering", "... {n} more input channels add {sum}").format(
                n=cin - max_channels, sum=number(rest, 4)
            )
        )
    sign = "+" if e.bias >= 0 else "-"
    out += [
        "",
        f"{number(e.total, 4)} {sign} {number(abs(e.bias), 4)} = {number(e.pre_activation, 4)} "
        f"-> {e.activation} -> {number(e.value, 4)}",
        translate("explain.rendering", "(sum + bias = pre-activation -> activation -> value)"),
    ]
    return out


def _pool_lines(e: PoolExplanation) -> list[str]:
    """A pooling window, its values and its maximum or mean."""
    if e.kind == "max":
        head = translate(
            "explain.rendering",
            "max pooling over rows {top}..{bottom}, columns {left}..{right} of the previous map:",
        )
    else:
        head = translate(
            "explain.rendering",
            "average pooling over rows {top}..{bottom}, columns {left}..{right} of the previous "
            "map:",
        )
    out = [
        head.format(top=e.top, bottom=e.top + e.height - 1, left=e.left, right=e.left + e.width - 1)
    ]
    mark = None if e.winner is None else (e.winner[0] - e.top, e.winner[1] - e.left)
    out += _grid(e.values, mark)
    if e.winner is None:
        out.append(translate("explain.rendering", "mean = {x}").format(x=number(e.value, 4)))
    else:
        out.append(
            translate(
                "explain.rendering", "max = {x} at row {row}, column {col} (in brackets)"
            ).format(x=number(e.value, 4), row=e.winner[0], col=e.winner[1])
        )
    return out


def to_text(
    explanation: ConvExplanation | PoolExplanation, image: np.ndarray, max_channels: int = 3
) -> str:
    """A readable rendering: the input with the receptive field, then the window arithmetic.

    For a convolution, the grids of up to ``max_channels`` input channels (those adding most
    in size), then ``sum + bias = pre-activation -> activation -> value``.
    """
    out = _head(explanation, image)
    if isinstance(explanation, ConvExplanation):
        out += _conv_lines(explanation, max_channels)
    else:
        out += _pool_lines(explanation)
    return "\n".join(out)
