"""The kernel playground's maths equals Keras, and filter knock-out is seen and fully undone."""

from __future__ import annotations

import numpy as np
import pytest

from model.errors import SpecError
from model.lab import filter_surgery as surgery
from model.lab import kernels as pg


def _digit(mnist, i: int = 0) -> np.ndarray:
    return mnist.x_test[i].astype(np.float32) / 255.0


def _keras_conv(image: np.ndarray, kernel: np.ndarray, bias: float, padding: str) -> np.ndarray:
    from model.backend import keras

    k = keras()
    side = kernel.shape[0]
    layer = k.layers.Conv2D(1, side, padding=padding)
    layer.build((None, 28, 28, 1))
    layer.set_weights([kernel.reshape(side, side, 1, 1), np.array([bias], np.float32)])
    return np.asarray(layer(image.reshape(1, 28, 28, 1)))[0, :, :, 0]


@pytest.mark.parametrize(
    ("side", "padding"), [(3, "valid"), (3, "same"), (5, "valid"), (5, "same")]
)
def test_convolve_equals_keras_conv2d(mnist, side, padding):
    rng = np.random.default_rng(side)
    kernel = rng.normal(size=(side, side)).astype(np.float32)
    image = _digit(mnist, side)
    ours = pg.convolve(image, kernel, padding, bias=0.25)
    theirs = _keras_conv(image, kernel, 0.25, padding)
    assert ours.shape == theirs.shape == ((28, 28) if padding == "same" else (29 - side,) * 2)
    np.testing.assert_allclose(ours, theirs, atol=1e-5)


def test_the_kernel_is_not_flipped():
    # Cross-correlation: a single weight at the top left reads the pixel at the window's top left.
    image = np.zeros((28, 28), np.float32)
    image[10, 10] = 1.0
    kernel = np.zeros((3, 3), np.float32)
    kernel[0, 0] = 1.0
    out = pg.convolve(image, kernel)
    assert out[10, 10] == 1.0 and out.sum() == 1.0


def test_identity_kernel_returns_the_input(mnist):
    image = _digit(mnist)
    identity = pg.KERNELS["identity"]
    np.testing.assert_array_equal(pg.convolve(image, identity), image[1:-1, 1:-1])
    np.testing.assert_array_equal(pg.convolve(image, identity, "same"), image)


def test_vertical_edge_kernel_sees_a_vertical_bar_and_not_a_horizontal_one():
    vertical = np.zeros((28, 28), np.float32)
    vertical[:, 12:16] = 1.0
    horizontal = vertical.T.copy()
    kernel = pg.KERNELS["vertical edge"]
    on_vertical = pg.convolve(vertical, kernel)
    assert on_vertical.max() == pytest.approx(4.0)  # dark-to-ink edge: red
    assert on_vertical.min() == pytest.approx(-4.0)  # ink-to-dark edge: blue
    assert np.abs(pg.convolve(horizontal, kernel)).max() == 0.0
    assert np.abs(pg.convolve(vertical, pg.KERNELS["horizontal edge"])).max() == 0.0


def test_every_named_kernel_is_3x3_or_5x5_with_a_note():
    assert len(pg.KERNELS) >= 10
    for name, kernel in pg.KERNELS.items():
        assert kernel.shape in ((3, 3), (5, 5)), name
        assert pg.kernel_note(name), name
        np.testing.assert_allclose(pg.parse_kernel(pg.format_kernel(kernel)), kernel, atol=1e-4)
    assert {k.shape for k in pg.KERNELS.values()} == {(3, 3), (5, 5)}


def test_parse_kernel_reads_lines_semicolons_commas_and_fractions():
    want = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], np.float32)
    np.testing.assert_array_equal(pg.parse_kernel("1 0 -1; 2 0 -2; 1 0 -1"), want)
    np.testing.assert_array_equal(pg.parse_kernel("1,0,-1\n2, 0, -2\n\n 1 0 -1 \n"), want)
    np.testing.assert_allclose(pg.parse_kernel("1/9 1/9 1/9;" * 3), np.full((3, 3), 1 / 9))
    assert pg.parse_kernel("; ".join(["1 2 3 4 5"] * 5)).shape == (5, 5)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("  ;\n ", "empty"),
        ("1 2 3; 4 5; 6 7 8", "different lengths"),
        ("1 2 x; 4 5 6; 7 8 9", "'x' is not a number"),
        ("1 2 3; 4 5 6; 7 8 1/0", "not a number"),
        ("1 2; 3 4", "2x2"),
        ("1 2 3; 4 5 6", "2x3"),
        (";".join(["1 1 1 1 1 1 1"] * 7), "7x7"),
        ("1 2 nan; 1 1 1; 1 1 1", "between"),
        ("1 2 1e9; 1 1 1; 1 1 1", "between"),
    ],
)
def test_parse_errors_are_one_line_spec_errors(text, words):
    with pytest.raises(SpecError) as caught:
        pg.parse_kernel(text)
    message = str(caught.value)
    assert words in message and "\n" not in message


def test_max_pool_keeps_the_largest_of_each_window_and_drops_a_ragged_edge():
    x = np.arange(25, dtype=np.float32).reshape(5, 5)
    pooled = pg.max_pool(x, 2)
    np.testing.assert_array_equal(pooled, [[6, 8], [16, 18]])
    assert pg.max_pool(np.zeros((26, 26)), 2).shape == (13, 13)
    assert pg.pool_winner(x, 1, 1) == (3, 3)
    with pytest.raises(SpecError):
        pg.max_pool(np.zeros((1, 1)), 2)


def test_relu_zeroes_negatives_only():
    np.testing.assert_array_equal(pg.relu(np.array([-2.0, 0.0, 3.0])), [0.0, 0.0, 3.0])


def test_pipeline_stages_and_sizes(mnist):
    image = _digit(mnist)
    stages = pg.pipeline(image, pg.KERNELS["vertical edge"])
    assert stages["input"].shape == (28, 28)
    assert stages["convolved"].shape == stages["relu"].shape == (26, 26)
    assert stages["pooled"].shape == (13, 13)
    assert stages["convolved"].min() < 0 and stages["relu"].min() == 0
    np.testing.assert_array_equal(stages["relu"], np.maximum(stages["convolved"], 0))
    assert stages["peak"] == pytest.approx(np.abs(stages["convolved"]).max())
    assert 0 < stages["negative_share"] < 1
    same = pg.pipeline(image, pg.KERNELS["blur 5x5"], "same")
    assert same["convolved"].shape == (28, 28) and same["pooled"].shape == (14, 14)
    window = pg.window_products(image, pg.KERNELS["vertical edge"], 10, 7)
    assert window["value"] == pytest.approx(float(stages["convolved"][10, 7]), abs=1e-5)


# ----------------------------------------------------------------------------- knock-out


@pytest.fixture
def fresh(trained):
    """A private copy of the trained fixture model and its Predictor: tests edit it in place."""
    from model.network.predictor import Predictor
    from model.storage import load_model

    model = load_model(trained[0]).model
    return model, Predictor(model)


def test_knock_out_zeroes_the_filter_map_and_restore_gives_back_identical_weights(fresh, mnist):
    model, predictor = fresh
    conv = surgery.conv_layers(model)[0]
    image = _digit(mnist, 3)
    before = predictor.predict(image)
    assert before.activations[conv][..., 5].max() > 0
    weights = [w.copy() for w in model.get_weights()]

    token = surgery.knock_out(model, conv, 5, predictor)
    after = predictor.predict(image)
    assert after.activations[conv][..., 5].max() == 0.0
    np.testing.assert_array_equal(after.activations[conv][..., 4], before.activations[conv][..., 4])
    assert not np.allclose(after.probabilities, before.probabilities)
    assert token.what == f"filter 5 of {conv} switched off"

    surgery.restore(model, token, predictor)
    for old, new in zip(weights, model.get_weights()):
        np.testing.assert_array_equal(old, new)
    np.testing.assert_allclose(predictor.predict(image).probabilities, before.probabilities)


def test_the_traced_tensorflow_function_sees_an_in_place_edit(fresh, mnist):
    """Keras variables are captured by reference: a batch through the already-traced function
    after an edit equals a Predictor traced afresh on the edited model."""
    from model.network.predictor import Predictor

    model, predictor = fresh
    batch = mnist.x_test[:64].astype(np.float32) / 255.0
    before = predictor.probabilities(batch)
    conv = surgery.conv_layers(model)[0]
    tokens = [surgery.knock_out(model, conv, i, predictor) for i in range(8)]
    after = predictor.probabilities(batch)
    assert np.abs(after - before).max() > 1e-3
    np.testing.assert_allclose(after, Predictor(model).probabilities(batch), atol=1e-6)
    for token in reversed(tokens):
        surgery.restore(model, token, predictor)
    np.testing.assert_allclose(predictor.probabilities(batch), before, atol=1e-6)


def test_set_filter_writes_new_weights_and_checks_them(fresh):
    model, predictor = fresh
    first, second = surgery.conv_layers(model)[:2]
    token = surgery.set_filter(
        model, first, 2, pg.KERNELS["vertical edge"], 0.5, predictor=predictor
    )
    now = surgery.filters_of(model, first)
    np.testing.assert_array_equal(now["kernel"][..., 0, 2], pg.KERNELS["vertical edge"])
    assert now["bias"][2] == 0.5 and token.old_bias != 0.5
    with pytest.raises(pg.PlaygroundError, match="3x3x16"):
        surgery.set_filter(model, second, 0, np.zeros((3, 3)))
    with pytest.raises(pg.PlaygroundError, match="filters 0 to 15"):
        surgery.knock_out(model, first, 16)
    with pytest.raises(pg.PlaygroundError, match="not a convolution"):
        surgery.knock_out(model, model.layers[1].name, 0)
    with pytest.raises(pg.PlaygroundError, match="no layer"):
        surgery.knock_out(model, "nope", 0)
    # A deeper layer can be knocked out even though its weights cannot be typed in.
    surgery.restore(model, surgery.knock_out(model, second, 31, predictor), predictor)


def test_fixed_subset_is_reproducible(mnist):
    a, la = surgery.fixed_subset(mnist.x_test, mnist.y_test, 300, seed=4)
    b, lb = surgery.fixed_subset(mnist.x_test, mnist.y_test, 300, seed=4)
    assert a.shape == (300, 28, 28) and np.array_equal(a, b) and np.array_equal(la, lb)
    assert len(set(la.tolist())) == 10


def test_filter_lab_measures_the_damage_on_its_own_copies(trained, mnist):
    from model.network.sharing import freeze

    model = trained[1].model
    weights = [w.copy() for w in model.get_weights()]
    images, labels = surgery.fixed_subset(mnist.x_test, mnist.y_test, 300)
    lab = surgery.FilterLab(freeze(model), images, labels)
    conv = lab.layers[0]
    before, same = lab.accuracy()
    assert before == same > 0.9
    # Every first-layer filter off: nothing reaches the rest of the network.
    edits = []
    for i in range(16):
        edits.append(surgery.knock_out(lab.edited.model, conv, i, lab.edited))
    lab.set_edits(edits)
    result = lab.compare(_digit(mnist, 7), conv)
    assert result["maps_after"].shape == (16, 26, 26) and result["maps_after"].max() == 0.0
    assert result["maps_before"].max() > 0
    assert lab.accuracy()[1] < 0.5
    lab.set_edits([])
    assert lab.accuracy() == (before, before)
    # The model it was frozen from was never touched.
    for old, new in zip(weights, model.get_weights()):
        np.testing.assert_array_equal(old, new)
