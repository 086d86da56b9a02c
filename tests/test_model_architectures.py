"""Architecture specs: presets, checking in words, shapes and parameter counts."""

from __future__ import annotations

import pytest

from model.architectures import build_model, summarize, total_params
from model.errors import SpecError
from model.presets import PRESETS, preset_spec

C = {"type": "Conv2D", "filters": 4, "kernel_size": 3, "activation": "relu"}
F = {"type": "Flatten"}
OUT = {"type": "Dense", "units": 10, "activation": "softmax"}


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_build_and_match_keras_counts(name):
    spec = preset_spec(name)
    summary = summarize(spec)
    model = build_model(spec)
    assert [layer.name for layer in model.layers] == [s.name for s in summary]
    for layer, s in zip(model.layers, summary):
        assert tuple(layer.output.shape[1:]) == s.output_shape, layer.name
        assert layer.count_params() == s.params, layer.name
    assert model.count_params() == total_params(summary)
    assert summary[-1].output_shape == (10,)


def test_required_presets_exist():
    assert {"mlp", "lenet", "default", "best"} <= set(PRESETS)
    assert not any(layer["type"] == "Conv2D" for layer in PRESETS["mlp"].spec)
    assert any(layer["type"] == "BatchNormalization" for layer in PRESETS["best"].spec)
    assert PRESETS["best"].training.get("augment") is True


def test_shapes_follow_padding_and_strides():
    spec = [
        {"type": "Conv2D", "filters": 8, "kernel_size": 5, "strides": 2, "padding": "same"},
        {"type": "Conv2D", "filters": 8, "kernel_size": [3, 2]},
        {"type": "MaxPooling2D", "pool_size": 3, "strides": 2},
        F,
        OUT,
    ]
    shapes = [s.output_shape for s in summarize(spec)]
    assert shapes[:3] == [(14, 14, 8), (12, 13, 8), (5, 6, 8)]
    assert summarize(spec)[1].params == (3 * 2 * 8 + 1) * 8


@pytest.mark.parametrize(
    "spec, index, words",
    [
        ([], None, "no layers"),
        ([{"type": "Conv2D", "filters": 4, "kernel_size": 29}, F, OUT], 0, "larger than its 28x28"),
        ([C, C, C, C, C, C, C, C, C, C, C, C, C, C, F, OUT], 13, "larger than"),
        ([{"type": "Dense", "units": 10, "activation": "softmax"}], 0, "add a Flatten"),
        ([F, C, OUT], 1, "before Flatten"),
        ([F, F, OUT], 1, "already flat"),
        ([C, F, {"type": "Dense", "units": 7, "activation": "softmax"}], 2, "10 units"),
        ([C, F, {"type": "Dense", "units": 10, "activation": "relu"}], 2, "softmax"),
        ([{"type": "Conv3D"}, F, OUT], 0, "unknown type"),
        ([{"type": "Conv2D", "filters": 0}, F, OUT], 0, "at least 1"),
        ([{"type": "Conv2D", "kernel_size": 3, "colour": "red"}, F, OUT], 0, "unknown setting"),
        ([{"type": "Dropout", "rate": 1.5}, F, OUT], 0, "fraction"),
        ([{"type": "Conv2D", "activation": "sparkle"}, F, OUT], 0, "activation"),
        (
            [
                {"type": "MaxPooling2D", "pool_size": 2, "strides": 50, "padding": "same"},
                {"type": "MaxPooling2D", "pool_size": 2},
                F,
                OUT,
            ],
            1,
            "larger than",
        ),
    ],
)
def test_problems_are_explained_at_their_layer(spec, index, words):
    with pytest.raises(SpecError, match=words) as info:
        summarize(spec)
    assert info.value.layer == index


def test_names_are_readable_and_unique():
    names = [s.name for s in summarize(preset_spec("default"))]
    assert names[0] == "conv1" and names[-1] == "output" and "flatten" in names
    assert len(set(names)) == len(names)
    dup = [dict(C, name="a"), dict(C, name="a"), F, OUT]
    with pytest.raises(SpecError, match="twice"):
        summarize(dup)


def test_presets_are_copied_not_shared():
    spec = preset_spec("default")
    spec[0]["filters"] = 999
    assert PRESETS["default"].spec[0]["filters"] != 999
