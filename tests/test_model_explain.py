"""The layer inspector's arithmetic: every number it shows is the number Keras computed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from model.architectures import build_model
from model.errors import ConvscopeError
from model.explain import (
    ConvExplanation,
    ExplainError,
    PoolExplanation,
    conv_pre_activations,
    conv_window_sum,
    dense_contributions,
    explain_position,
    feature_contributions,
    flattened,
    layer_input,
    layer_outputs,
    pool_window,
    receptive_field,
    relu_stage,
    round_to_add_up,
    shift_tolerance,
    to_dict,
    to_text,
    top_activating_patches,
)
from model.network.predictor import Predictor
from tests.strokes import render_digit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = [{"type": "Flatten"}, {"type": "Dense", "units": 10, "activation": "softmax"}]

# Between them: 'same' and 'valid' padding, strides 1 and 2, kernels 3 and 5, one and several
# input channels, a linear conv followed by BatchNormalization, max and average pooling with
# and without padding, overlapping pooling windows.
SPEC_A = [
    {"type": "Conv2D", "filters": 4, "kernel_size": 5, "padding": "same", "activation": "relu"},
    {"type": "Conv2D", "filters": 3, "kernel_size": 3, "strides": 2, "activation": "tanh"},
    {
        "type": "Conv2D",
        "filters": 5,
        "kernel_size": 3,
        "strides": 2,
        "padding": "same",
        "activation": "linear",
    },
    {"type": "BatchNormalization"},
    {"type": "Activation", "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 2, "padding": "same"},
    *HEAD,
]
SPEC_B = [
    {"type": "Conv2D", "filters": 3, "kernel_size": 3, "activation": "gelu"},
    {"type": "AveragePooling2D", "pool_size": 2},
    {
        "type": "Conv2D",
        "filters": 4,
        "kernel_size": 5,
        "strides": 2,
        "padding": "same",
        "activation": "swish",
    },
    {"type": "MaxPooling2D", "pool_size": 3, "strides": 1, "padding": "same"},
    {"type": "AveragePooling2D", "pool_size": 2, "padding": "same"},
    *HEAD,
]


def _conv(k: int, **kw) -> dict:
    return {"type": "Conv2D", "filters": 2, "kernel_size": k, "activation": "relu", **kw}


def _pool(k: int = 2, **kw) -> dict:
    return {"type": "MaxPooling2D", "pool_size": k, **kw}


@pytest.fixture(scope="module")
def random_models():
    """Two random (untrained) models, each with a Predictor and one random image's pass."""
    rng = np.random.default_rng(7)
    out = {}
    for name, spec, seed in (("a", SPEC_A, 1), ("b", SPEC_B, 2)):
        model = build_model(spec, seed=seed)
        # Non-trivial normalisation statistics, so "pre-activation = conv output" means
        # something when a BatchNormalization layer follows.
        for layer in model.layers:
            if type(layer).__name__ == "BatchNormalization":
                c = layer.get_weights()[0].shape[0]
                layer.set_weights(
                    [
                        rng.uniform(0.5, 2, c),
                        rng.normal(0, 0.5, c),
                        rng.normal(0, 0.3, c),
                        rng.uniform(0.5, 2, c),
                    ]
                )
        image = rng.random((28, 28)).astype(np.float32)
        predictor = Predictor(model)
        out[name] = (model, predictor, image, predictor.predict(image).activations)
    return out


def _positions(height: int, width: int, rng, n: int = 12) -> list[tuple[int, int]]:
    corners = [(0, 0), (0, width - 1), (height - 1, 0), (height - 1, width - 1)]
    return corners + [(int(rng.integers(height)), int(rng.integers(width))) for _ in range(n)]


# --------------------------------------------------------------------------- convolution


@pytest.mark.parametrize("which", ["a", "b"])
def test_conv_window_sum_equals_keras(random_models, which):
    model, _, image, acts = random_models[which]
    rng = np.random.default_rng(0)
    convs = [layer for layer in model.layers if type(layer).__name__ == "Conv2D"]
    for layer in convs:
        kernel, bias = layer.get_weights()
        out = acts[layer.name]
        for row, col in _positions(out.shape[0], out.shape[1], rng):
            for ch in range(out.shape[2]):
                e = conv_window_sum(model, acts, image, layer.name, row, col, ch)
                assert e.value == pytest.approx(float(out[row, col, ch]), abs=1e-4)
                np.testing.assert_allclose(e.kernel, kernel[..., ch])
                assert e.bias == pytest.approx(float(bias[ch]))
                np.testing.assert_allclose(e.products, e.patch * e.kernel)
                np.testing.assert_allclose(e.channel_sums, e.products.sum(axis=(0, 1)))
                assert e.total == pytest.approx(float(e.channel_sums.sum()))
                assert e.pre_activation == pytest.approx(e.total + e.bias)
                assert not e.patch[e.padding].any()
                assert e.patch.shape == kernel.shape[:3]


def test_linear_conv_before_batchnorm_exposes_its_output(random_models):
    model, _, image, acts = random_models["a"]
    out = acts["conv3"]
    assert not np.allclose(out, acts["bn1"], atol=1e-3)  # BN really changes the values
    for row, col in [(0, 0), (3, 4), (6, 6)]:
        for ch in range(out.shape[2]):
            e = conv_window_sum(model, acts, image, "conv3", row, col, ch)
            assert e.activation == "linear"
            assert e.pre_activation == pytest.approx(float(out[row, col, ch]), abs=1e-4)
            assert e.value == pytest.approx(e.pre_activation)


def test_relu_keeps_the_negative_pre_activation(random_models):
    model, _, image, acts = random_models["a"]
    out = acts["conv1"]
    seen = set()
    for row in range(0, 28, 3):
        for col in range(0, 28, 3):
            e = conv_window_sum(model, acts, image, "conv1", row, col, 0)
            assert e.activation == "relu"
            assert e.value == pytest.approx(max(e.pre_activation, 0.0), abs=1e-6)
            assert e.value == pytest.approx(float(out[row, col, 0]), abs=1e-4)
            seen.add(e.pre_activation < 0)
    assert seen == {True, False}


@pytest.mark.parametrize("which", ["a", "b"])
def test_all_pre_activations_at_once_equal_each_window_sum(random_models, which):
    # 'same' and 'valid' padding, strides 1 and 2, kernels 3 and 5, one and several channels.
    model, _, image, acts = random_models[which]
    for layer in [x for x in model.layers if type(x).__name__ == "Conv2D"]:
        pre = conv_pre_activations(model, acts, image, layer.name)
        assert pre.shape == acts[layer.name].shape
        for row, col in _positions(pre.shape[0], pre.shape[1], np.random.default_rng(1), n=6):
            for ch in range(pre.shape[2]):
                e = conv_window_sum(model, acts, image, layer.name, row, col, ch)
                assert pre[row, col, ch] == pytest.approx(e.pre_activation, abs=1e-9)


def test_relu_stage_shows_what_relu_receives_and_gives(random_models):
    import tensorflow as tf

    model, _, image, acts = random_models["a"]
    # A ReLU convolution: before = its sums, computed here by TensorFlow; after = its output.
    stage = relu_stage(model, acts, image, "conv1")
    kernel, bias = model.get_layer("conv1").get_weights()
    sums = tf.nn.conv2d(image.reshape(1, 28, 28, 1), kernel, 1, "SAME").numpy()[0] + bias
    assert stage.relu_layer == "conv1"
    np.testing.assert_allclose(stage.before, sums, atol=1e-5)
    np.testing.assert_allclose(stage.after, acts["conv1"], atol=1e-5)
    negatives = (sums < 0).sum(axis=(0, 1))
    np.testing.assert_array_equal(stage.negatives(), negatives)
    assert stage.most_negative_channel() == int(np.argmax(negatives))
    # A linear convolution, batch normalisation, then an Activation layer: ReLU receives the
    # normalised map, not the convolution's own sums.
    stage = relu_stage(model, acts, image, "conv3")
    assert stage.relu_layer == "act1"
    np.testing.assert_allclose(stage.before, acts["bn1"], atol=1e-6)
    np.testing.assert_allclose(stage.after, acts["act1"], atol=1e-6)
    np.testing.assert_allclose(stage.after, np.maximum(stage.before, 0), atol=1e-5)
    # No ReLU after a tanh convolution.
    assert relu_stage(model, acts, image, "conv2").relu_layer is None


def test_same_padding_is_shown_as_zeros(random_models):
    model, _, image, acts = random_models["a"]
    e = conv_window_sum(model, acts, image, "conv1", 0, 27, 1)
    assert (e.top, e.left) == (-2, 25)
    expected = np.zeros((5, 5), bool)
    expected[:2, :] = True
    expected[:, 3:] = True
    np.testing.assert_array_equal(e.padding, expected)
    np.testing.assert_allclose(e.patch[2:, :3, 0], image[:3, 25:])
    inner = conv_window_sum(model, acts, image, "conv1", 10, 10, 1)
    assert not inner.padding.any()


def test_layer_input_is_the_previous_activation_or_the_image(random_models):
    model, _, image, acts = random_models["a"]
    np.testing.assert_array_equal(layer_input(model, acts, image, "conv1"), image[..., None])
    np.testing.assert_array_equal(layer_input(model, acts, image, "conv2"), acts["conv1"])
    np.testing.assert_array_equal(layer_input(model, acts, image, "output"), acts["flatten"])
    np.testing.assert_array_equal(flattened(acts, "pool1"), acts["pool1"].reshape(-1))


# --------------------------------------------------------------------------- pooling


@pytest.mark.parametrize("which", ["a", "b"])
def test_pool_window_equals_keras(random_models, which):
    model, _, image, acts = random_models[which]
    pools = [layer for layer in model.layers if "Pooling" in type(layer).__name__]
    for layer in pools:
        out = acts[layer.name]
        previous = layer_input(model, acts, image, layer.name)
        for row in range(out.shape[0]):
            for col in range(out.shape[1]):
                for ch in range(out.shape[2]):
                    e = pool_window(model, acts, image, layer.name, row, col, ch)
                    assert e.value == pytest.approx(float(out[row, col, ch]), abs=1e-5)
                    np.testing.assert_array_equal(
                        e.values, previous[e.top : e.top + e.height, e.left : e.left + e.width, ch]
                    )
                    assert e.top >= 0 and e.top + e.height <= previous.shape[0]
                    if e.kind == "max":
                        assert e.values.max() == e.value
                        assert previous[e.winner[0], e.winner[1], ch] == e.value
                    else:
                        assert e.winner is None


def test_pool_window_honours_strides_and_padding(random_models):
    model, _, image, acts = random_models["a"]
    # pool1: 2x2 windows with stride 2 over a 7x7 map, 'same': the last one hangs off the edge.
    e = pool_window(model, acts, image, "pool1", 1, 2, 0)
    assert (e.top, e.left, e.height, e.width) == (2, 4, 2, 2)
    edge = pool_window(model, acts, image, "pool1", 3, 3, 0)
    assert (edge.top, edge.left, edge.height, edge.width) == (6, 6, 1, 1)
    assert edge.full == (6, 6, 2, 2)
    model, _, image, acts = random_models["b"]
    # pool2 of B: 3x3 windows with stride 1, 'same', so neighbouring windows overlap.
    e = pool_window(model, acts, image, "pool2", 3, 3, 0)
    assert (e.top, e.left, e.height, e.width) == (2, 2, 3, 3)


# --------------------------------------------------------------------------- receptive field


@pytest.mark.parametrize(
    "spec, layer, at, full, clipped",
    [
        ([_conv(3), _conv(3)], "conv2", (4, 6), (4, 6, 5, 5), None),
        ([_conv(3), _pool(), _conv(3)], "conv2", (2, 3), (4, 6, 8, 8), None),
        ([_conv(3), _pool(), _conv(3), _pool()], "pool2", (1, 2), (4, 8, 10, 10), None),
        ([_conv(5, padding="same")], "conv1", (10, 11), (8, 9, 5, 5), None),
        ([_conv(5, padding="same")], "conv1", (0, 27), (-2, 25, 5, 5), (0, 25, 3, 3)),
        ([_conv(3, strides=2), _conv(3)], "conv2", (3, 1), (6, 2, 7, 7), None),
        # 'same' with stride 2 on 28 pixels pads 1 in total, and TensorFlow puts none before.
        ([_conv(3, strides=2, padding="same"), _conv(3)], "conv2", (0, 0), (0, 0, 7, 7), None),
        (
            [_conv(5, padding="same"), _pool(3, strides=2), _conv(3)],
            "conv2",
            (0, 0),
            (-2, -2, 11, 11),
            (0, 0, 9, 9),
        ),
        # The stride-2 'valid' conv never reads the pooled map's last row and column (pixels 26
        # and 27), so the field stops short of the border although its full box goes past it.
        (
            [_conv(3, padding="same"), _pool(), _conv(3, strides=2), _conv(5, padding="same")],
            "conv3",
            (5, 5),
            (11, 11, 24, 24),
            (11, 11, 16, 16),
        ),
        (
            [
                _conv(3),
                {"type": "BatchNormalization"},
                {"type": "Activation", "activation": "relu"},
                {"type": "Dropout"},
            ],
            "dropout1",
            (5, 5),
            (5, 5, 3, 3),
            None,
        ),
    ],
)
def test_receptive_field_of_stacked_layers(spec, layer, at, full, clipped):
    model = build_model(spec + HEAD, seed=0)
    field = receptive_field(model, layer, *at)
    assert field.full == full
    assert tuple(field) == (clipped or full)
    assert (field.top, field.left, field.height, field.width) == tuple(field)
    assert field.clipped == (clipped is not None)


def _influence(model, layer: str, row: int, col: int, channel: int, base: np.ndarray):
    """How much each input pixel changes one output when it alone is raised by 1."""
    bumped = np.repeat(base[None], 28 * 28 + 1, axis=0)
    for i in range(28 * 28):
        bumped[i + 1].flat[i] += 1.0
    out = layer_outputs(model, bumped, layer, channel)[:, row, col]
    return np.abs(out[1:] - out[0]).reshape(28, 28)


def test_receptive_field_matches_the_pixels_that_matter():
    # Linear filters and average pooling: every pixel of the field reaches the output.
    spec = [
        _conv(3, padding="same", activation="linear"),
        {"type": "AveragePooling2D", "pool_size": 2},
        _conv(3, strides=2, activation="linear"),
        _conv(5, padding="same", activation="linear"),
        *HEAD,
    ]
    model = build_model(spec, seed=3)
    base = np.random.default_rng(1).random((28, 28)).astype(np.float32)
    for row, col in [(0, 0), (2, 3), (5, 5)]:
        field = receptive_field(model, "conv3", row, col)
        inside = np.zeros((28, 28), bool)
        inside[field.top : field.top + field.height, field.left : field.left + field.width] = True
        np.testing.assert_array_equal(_influence(model, "conv3", row, col, 1, base) > 1e-5, inside)


def test_perturbing_outside_the_field_changes_nothing(random_models):
    model, _, image, acts = random_models["a"]
    rng = np.random.default_rng(5)
    out = acts["pool1"]
    for row, col in [(1, 1), (0, 3), (2, 2)]:
        ch = int(np.argmax(out[row, col]))
        assert out[row, col, ch] > 0
        top, left, height, width = receptive_field(model, "pool1", row, col)
        inside = np.zeros((28, 28), bool)
        inside[top : top + height, left : left + width] = True
        noise = rng.random((28, 28)).astype(np.float32)
        batch = np.stack([image, np.where(inside, image, noise), np.where(inside, noise, image)])
        values = layer_outputs(model, batch, "pool1")[:, row, col, ch]
        assert values[1] == pytest.approx(values[0], abs=1e-6)
        assert abs(values[2] - values[0]) > 1e-4


def test_receptive_field_crop_pads_with_zeros(random_models):
    model, _, image, _ = random_models["a"]
    field = receptive_field(model, "conv1", 0, 1)
    assert field.full == (-2, -1, 5, 5) and tuple(field) == (0, 0, 3, 4) and field.clipped
    crop = field.crop(image)
    assert crop.shape == (5, 5)
    assert not crop[:2].any() and not crop[:, 0].any()
    np.testing.assert_array_equal(crop[2:, 1:], image[:3, :4])


# --------------------------------------------------------------------------- dense and errors


def test_dense_contributions_add_up_to_the_winning_score(random_models):
    model, predictor, image, acts = random_models["a"]
    d = dense_contributions(model, acts, image)
    assert d.layer == "output" and d.unit == predictor.predict(image).label
    assert np.all(np.diff(d.contributions) <= 0)
    assert d.contributions.sum() + d.bias == pytest.approx(d.pre_activation, abs=1e-6)
    assert d.value == pytest.approx(float(acts["output"][d.unit]), abs=1e-5)
    np.testing.assert_allclose(d.contributions, d.weights * d.inputs)
    assert d.source_layer == "pool1"
    for (r, c, ch), x in zip(d.positions[:5], d.inputs[:5]):
        assert acts["pool1"][r, c, ch] == pytest.approx(x)
    assert d.top(3) == [(int(i), float(c)) for i, c in zip(d.indices[:3], d.contributions[:3])]
    other = dense_contributions(model, acts, image, "output", unit=(d.unit + 1) % 10)
    assert other.unit == (d.unit + 1) % 10


def test_explain_position_dispatches_and_renders(random_models):
    model, _, image, acts = random_models["a"]
    conv = explain_position(model, acts, image, "conv2", 1, 2, 2)
    pool = explain_position(model, acts, image, "pool1", 1, 2, 2)
    assert isinstance(conv, ConvExplanation) and isinstance(pool, PoolExplanation)
    text = to_text(conv, image)
    assert f"-> tanh -> {conv.value:.4f}" in text and f"= {conv.pre_activation:.4f}" in text
    assert "max =" in to_text(pool, image)
    d = to_dict(pool, image)
    assert list(d) == ["layer", "position", "channel", "input", "window", "winner", "value"]
    assert d["winner"] == list(pool.winner) and np.shape(d["window"]) == pool.values.shape


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda m, a, i: explain_position(m, a, i, "conv9", 0, 0), "its layers are: conv1"),
        (lambda m, a, i: explain_position(m, a, i, "conv2", 13, 0), "13x13"),
        (lambda m, a, i: explain_position(m, a, i, "conv2", 0, -1), "13x13"),
        (lambda m, a, i: explain_position(m, a, i, "conv2", 0, 0, 3), "has 3 channels"),
        (lambda m, a, i: explain_position(m, a, i, "pool1", 0, 0, 5), "has 5 channels"),
        (lambda m, a, i: explain_position(m, a, i, "bn1", 0, 0), "conv1, conv2, conv3, pool1"),
        (lambda m, a, i: explain_position(m, a, i, "flatten", 0, 0), "conv1, conv2, conv3, pool1"),
        (lambda m, a, i: receptive_field(m, "output", 0, 0), "flatten"),
        (lambda m, a, i: conv_window_sum(m, a, i, "pool1", 0, 0, 0), "not a Conv2D"),
        (lambda m, a, i: pool_window(m, a, i, "conv1", 0, 0, 0), "not a pooling layer"),
        (lambda m, a, i: dense_contributions(m, a, i, "output", unit=10), "10 units"),
    ],
)
def test_errors_are_one_sentence_convscope_errors(random_models, call, message):
    model, _, image, acts = random_models["a"]
    with pytest.raises(ExplainError, match=message) as info:
        call(model, acts, image)
    assert isinstance(info.value, ConvscopeError) and "\n" not in str(info.value)


def test_importing_explain_does_not_load_tensorflow():
    code = "import sys, model.explain\nassert 'tensorflow' not in sys.modules\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


# --------------------------------------------------------------------------- trained network


@pytest.fixture(scope="module")
def digit(mnist):
    return mnist.x_test[0].astype(np.float32) / 255


def test_a_whole_pixel_move_copies_pixels_and_fills_with_zeros_not_wraparound():
    from model.data.transform import shift

    image = np.arange(1, 28 * 28 + 1, dtype=np.float32).reshape(28, 28) / (28 * 28)
    moved = shift(image, -3, 2)  # 3 px left, 2 px down
    assert not moved[:2].any() and not moved[:, -3:].any()
    np.testing.assert_allclose(moved[2:, :-3], image[:-2, 3:], atol=1e-6)


def test_shift_tolerance_pooling_changes_less_and_the_answer_holds(trained, digit):
    _, predictor = trained
    report = shift_tolerance(predictor, digit)
    assert report.layers == ("conv1", "pool1", "conv2", "pool2")
    assert len(report.shifts) == 12  # 4 directions x 3 distances
    assert {s.offset for s in report.shifts} >= {(0, 1), (0, -3), (2, 0), (-1, 0)}
    for s in report.shifts:
        assert 0 <= s.confidence <= 1
        assert all(0 < v < 2 for v in s.changes.values())
    assert report.label == 7  # MNIST's first test digit
    assert all(s.label == 7 for s in report.shifts if max(map(abs, s.offset)) == 1)
    assert report.label_kept >= 0.75
    assert report.mean_pool_change < report.mean_conv_change
    assert report.mean_change("pool1") < report.mean_change("conv1")
    with pytest.raises(ExplainError, match="blank"):
        shift_tolerance(predictor, np.zeros((28, 28), np.float32))


def test_top_activating_patches(trained, mnist):
    _, predictor = trained
    images = mnist.x_test[:300]
    top = top_activating_patches(predictor, images, "conv2", 3, k=9)
    assert len(top.values) == len(top.image_indices) == len(top.fields) == 9
    assert top.patches.shape == (9, 8, 8)  # conv3-pool2-conv3 sees 8x8 pixels
    assert np.all(np.diff(top.values) <= 0)
    assert len(set(top.image_indices.tolist())) == 9
    for value, index, (row, col), field, patch in list(
        zip(top.values, top.image_indices, top.positions, top.fields, top.patches)
    )[:3]:
        image = images[index].astype(np.float32) / 255
        acts = predictor.predict(image).activations
        assert acts["conv2"][row, col, 3] == pytest.approx(value, abs=1e-4)
        assert acts["conv2"][:, :, 3].max() == pytest.approx(value, abs=1e-4)
        np.testing.assert_allclose(patch, field.crop(image))
    every = top_activating_patches(predictor, images, "conv2", 3, k=4, one_per_image=False)
    assert every.values[0] == pytest.approx(top.values[0])
    assert np.all(np.diff(every.values) <= 0)


# --------------------------------------------------------------------------- command line


def run(*args):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, os.path.join(ROOT, "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )


def test_cli_explain_json_matches_the_library(trained, tmp_path):
    from model.data.preprocess import preprocess_file

    path, predictor = trained
    png = tmp_path / "seven.png"
    render_digit(7, 200).save(png)
    proc = run(
        "explain",
        png,
        "--layer",
        "conv2",
        "--at",
        "4,5",
        "--channel",
        "6",
        "--model",
        path,
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    image = preprocess_file(png).input
    acts = predictor.predict(image).activations
    want = to_dict(conv_window_sum(predictor.model, acts, image, "conv2", 4, 5, 6), image)
    assert list(got) == [
        "layer",
        "position",
        "channel",
        "input",
        "receptive_field",
        "patch",
        "kernel",
        "bias",
        "pre_activation",
        "activation",
    ]
    assert (
        got["receptive_field"]
        == want["receptive_field"]
        == {"top": 8, "left": 10, "height": 8, "width": 8}
    )
    for key in ("input", "patch", "kernel", "bias", "pre_activation", "activation"):
        np.testing.assert_allclose(got[key], want[key], atol=1e-5)
    assert got["activation"] == pytest.approx(acts["conv2"][4, 5, 6], abs=1e-4)


def test_cli_explain_unknown_layer_is_one_line(trained, tmp_path):
    path, _ = trained
    png = tmp_path / "three.png"
    render_digit(3, 120).save(png)
    proc = run("explain", png, "--layer", "nope", "--at", "0,0", "--model", path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "Traceback" not in proc.stderr and "conv1" in lines[0]


def test_rounded_numbers_add_up_to_the_rounded_sum():
    rng = np.random.default_rng(3)
    for _ in range(500):
        values = rng.normal(0, 0.3, rng.integers(1, 40))
        decimals = int(rng.integers(1, 4))
        step = 10.0**-decimals
        shown = round_to_add_up(values, decimals)
        units = np.round(shown / step)
        assert np.allclose(shown / step, units)  # whole steps: shown exactly as printed
        assert units.sum() == np.round(values.sum() / step)  # they add up to the rounded sum
        assert np.all(np.abs(shown - values) < step + 1e-12)  # none moves a whole step
        # Or to a given total (the channel's share as already shown).
        target = np.round(values.sum() / step) * step + rng.integers(-2, 3) * step
        assert round_to_add_up(values, decimals, target).sum() == pytest.approx(target)
    # The case: nine products shown to 3 decimals add up to the sum shown.
    products = np.array([0.2311, 0.1523, 0.0214, -0.0011, 0.0, 0.0, 0.0004, 0.0004, 0.0004])
    shown = round_to_add_up(products, 3)
    assert f"{shown.sum():.3f}" == f"{products.sum():.3f}" == "0.405"


@pytest.mark.parametrize("preset", ["mlp", "lenet", "default", "best"])
def test_the_winner_s_score_splits_exactly_into_each_feature_s_share(preset):
    """Through Dense, ReLU, batch normalisation and dropout, a score is, for one input, a
    weighted sum of the flattened features plus a constant: the shares add up to it."""
    import tensorflow as tf

    from model.presets import preset_spec

    model = build_model(preset_spec(preset), seed=3)
    rng = np.random.default_rng(5)
    for layer in model.layers:  # batch normalisation that does something
        if type(layer).__name__ == "BatchNormalization":
            c = layer.get_weights()[0].shape[0]
            layer.set_weights(
                [rng.uniform(0.5, 2, c), rng.normal(0, 0.5, c), rng.normal(0, 0.3, c),
                 rng.uniform(0.5, 2, c)]
            )  # fmt: skip
    image = np.asarray(render_digit(3, 280).resize((28, 28)), np.float32) / 255
    acts = Predictor(model).predict(image).activations
    d = feature_contributions(model, acts, image)
    # The scores are Keras's own pre-softmax scores (logits).
    head = tf.keras.Model(model.inputs, model.layers[-1].output)
    probabilities = head(image.reshape(1, 28, 28, 1)).numpy()[0]
    np.testing.assert_allclose(d.probabilities, probabilities, atol=1e-5)
    assert d.unit == int(np.argmax(probabilities))
    assert d.contributions.sum() + d.constant == pytest.approx(d.scores[d.unit], abs=1e-4)
    assert d.by_map().sum() == pytest.approx(d.contributions.sum(), abs=1e-6)
    assert d.features.size == int(np.prod(d.source_shape))
    assert (d.source_layer is None) == (preset == "mlp")
    # Another digit's score splits too.
    other = feature_contributions(model, acts, image, unit=(d.unit + 1) % 10)
    assert other.contributions.sum() + other.constant == pytest.approx(
        d.scores[(d.unit + 1) % 10], abs=1e-4
    )
