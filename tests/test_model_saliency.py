"""Saliency maps: their shapes and ranges, and that what they point at really matters."""

from __future__ import annotations

import numpy as np
import pytest

from model.lab import occlusion, saliency
from model.lab.saliency import SaliencyError

# MNIST test digits the checks run on: two of each class, so no single shape decides.
DIGITS = 20
# The squares the "does it matter" check covers: side, and the least share of the ink in one.
WINDOW = 6
SHARE = 0.1


@pytest.fixture(scope="module")
def model(trained):
    return trained[1].model


@pytest.fixture(scope="module")
def predictor(trained):
    return trained[1]


@pytest.fixture(scope="module")
def digits(mnist):
    picked = []
    for label in range(10):
        picked += list(np.flatnonzero(mnist.y_test == label)[:2])
    images = mnist.x_test[picked].astype(np.float32) / 255.0
    return images, mnist.y_test[picked]


def _check_map(result, signed=False):
    heat = result.map
    assert heat.shape == (28, 28) and heat.dtype == np.float32
    assert np.isfinite(heat).all()
    if signed:
        assert heat.min() >= -1.0 and heat.max() <= 1.0
    elif result.method == "gradcam" and not heat.any():
        # Grad-CAM keeps only places that raise the score; there may be none, and it says so.
        assert "empty" in result.notes
    else:
        assert heat.min() >= 0.0 and heat.max() == pytest.approx(1.0)


@pytest.mark.parametrize("method", saliency.METHODS)
def test_every_method_gives_a_finite_28x28_map_of_the_predicted_class(
    model, predictor, digits, method
):
    images, _labels = digits
    for image in images[:4]:
        probabilities = predictor.probabilities(image[np.newaxis])[0]
        result = saliency.saliency(model, predictor, image, method)
        _check_map(result, signed=method == "occlusion")
        assert result.method == method
        assert result.class_index == int(np.argmax(probabilities))
        assert result.probability == pytest.approx(probabilities.max(), abs=1e-4)
        assert result.notes and "\n" not in result.notes


def test_another_class_gives_its_own_map_and_probability(model, predictor, digits):
    image = digits[0][0]
    probabilities = predictor.probabilities(image[np.newaxis])[0]
    other = int(np.argsort(probabilities)[-2])  # the runner-up
    own = saliency.grad_cam(model, image)
    why_not = saliency.grad_cam(model, image, class_index=other)
    assert why_not.class_index == other
    assert why_not.probability == pytest.approx(probabilities[other], abs=1e-5)
    assert not np.allclose(own.map, why_not.map)
    grad = saliency.gradient(model, image, class_index=other)
    assert grad.class_index == other and not np.allclose(
        grad.map, saliency.gradient(model, image).map
    )


def _windows(heat, image):
    """(mean saliency, top, left) of every WINDOW x WINDOW square holding a real part of the
    digit (SHARE of its ink or more), least salient first."""
    ink = float(image.sum())
    out = []
    for top in range(0, 28 - WINDOW + 1, 2):
        for left in range(0, 28 - WINDOW + 1, 2):
            block = image[top : top + WINDOW, left : left + WINDOW]
            if block.sum() >= SHARE * ink:
                out.append(
                    (float(heat[top : top + WINDOW, left : left + WINDOW].mean()), top, left)
                )
    return sorted(out)


def _blank_out(image, top, left):
    covered = image.copy()
    covered[top : top + WINDOW, left : left + WINDOW] = 0.0
    return covered


@pytest.mark.parametrize("method", saliency.METHODS)
def test_covering_the_most_salient_part_hurts_more_than_covering_a_dull_part(
    model, predictor, digits, method
):
    images, _labels = digits
    top_drops, low_drops = [], []
    for image in images:
        result = saliency.saliency(model, predictor, image, method)
        if not result.map.any():
            continue  # an empty Grad-CAM points nowhere; counted below
        windows = _windows(result.map, image)
        (_, lt, ll), (_, ht, hl) = windows[0], windows[-1]
        batch = np.stack([image, _blank_out(image, ht, hl), _blank_out(image, lt, ll)])
        p = predictor.probabilities(batch)[:, result.class_index]
        top_drops.append(p[0] - p[1])
        low_drops.append(p[0] - p[2])
    top, low = np.array(top_drops), np.array(low_drops)
    assert len(top) >= 0.8 * len(images)
    # On average the map points at what matters, by a wide margin...
    assert top.mean() > low.mean() + 0.05, (top, low)
    # ...and digit by digit: always for occlusion, which measures exactly this; more often
    # than not for the gradient methods (on a small network, Grad-CAM's coarse last layer and
    # the raw gradient's speckle can miss a vital stroke).
    wins = float((top > low).mean())
    assert wins >= (0.9 if method == "occlusion" else 0.6), (top, low)


def test_occlusion_is_exactly_zero_where_every_square_covers_only_background(predictor, digits):
    image = digits[0][0]
    result = occlusion.occlusion(predictor, image, patch=6, stride=2)
    boxes = occlusion.occlusion_boxes(6, 2)
    untouched = np.ones((28, 28), bool)  # pixels whose every covering square is blank
    for top, left in boxes:
        if image[top : top + 6, left : left + 6].any():
            untouched[top : top + 6, left : left + 6] = False
    assert untouched.any() and (~untouched).any()
    assert np.all(result.map[untouched] == 0.0)
    assert result.signed and np.abs(result.map[~untouched]).max() > 0


def test_occlusion_squares_reach_every_border_and_one_batch_holds_them(predictor, digits):
    boxes = occlusion.occlusion_boxes(6, 4)  # 0, 4, ..., 20, then 22 to reach the border
    starts = sorted({top for top, _ in boxes})
    assert starts == [0, 4, 8, 12, 16, 20, 22] and len(boxes) == 49
    calls = []

    class Counting:
        def probabilities(self, batch):
            calls.append(len(batch))
            return predictor.probabilities(batch)

    image = digits[0][0]
    occlusion.occlusion(Counting(), image, patch=6, stride=4)
    touching = [b for b in boxes if image[b[0] : b[0] + 6, b[1] : b[1] + 6].any()]
    assert 0 < len(touching) < len(boxes)
    # The untouched digit and every square that changes it, in one call.
    assert calls == [len(touching) + 1]
    with pytest.raises(SaliencyError):
        occlusion.occlusion_boxes(30, 2)


def test_smoothgrad_is_repeatable_and_differs_from_the_plain_gradient(model, digits):
    image = digits[0][0]
    plain = saliency.gradient(model, image)
    smooth = saliency.gradient(model, image, smooth=8, seed=3)
    again = saliency.gradient(model, image, smooth=8, seed=3)
    _check_map(smooth)
    np.testing.assert_array_equal(smooth.map, again.map)
    assert not np.allclose(plain.map, smooth.map)
    assert "SmoothGrad" in smooth.notes


def test_grad_cam_reads_the_last_conv_block_or_the_layer_asked_for(model, digits):
    image = digits[0][0]
    convs = [layer.name for layer in model.layers if type(layer).__name__ == "Conv2D"]
    result = saliency.grad_cam(model, image)
    assert result.layer == convs[-1]
    first = saliency.grad_cam(model, image, layer_name=convs[0])
    assert first.layer == convs[0] and "26x26" in first.notes
    _check_map(first)
    with pytest.raises(SaliencyError, match="no layer"):
        saliency.grad_cam(model, image, layer_name="nope")
    flatten = next(layer.name for layer in model.layers if type(layer).__name__ == "Flatten")
    with pytest.raises(SaliencyError, match="no 2-D"):
        saliency.grad_cam(model, image, layer_name=flatten)


def test_grad_cam_of_a_model_without_convolution_is_a_one_line_error(digits):
    from model.architectures import build_model
    from model.presets import preset_spec

    mlp = build_model(preset_spec("mlp"), seed=0)
    with pytest.raises(SaliencyError) as caught:
        saliency.grad_cam(mlp, digits[0][0])
    message = str(caught.value)
    assert "convolutional layer" in message and "\n" not in message
    assert isinstance(caught.value, saliency.ConvscopeError)
    # The other two methods work on any model.
    _check_map(saliency.gradient(mlp, digits[0][0]))
    _check_map(occlusion.occlusion(mlp, digits[0][0]), signed=True)


def test_bad_inputs_are_one_line_errors(model):
    with pytest.raises(SaliencyError, match="28x28"):
        saliency.gradient(model, np.zeros((10, 10)))
    with pytest.raises(SaliencyError, match="classes are 0 to 9"):
        saliency.grad_cam(model, np.zeros((28, 28)), class_index=10)
    with pytest.raises(SaliencyError, match="unknown saliency method"):
        saliency.saliency(model, None, np.zeros((28, 28)), "lime")


def test_the_engine_is_cached_per_model_and_follows_new_weights(model, digits):
    from model.network.sharing import freeze, thaw

    copy = thaw(freeze(model))
    engine = saliency.engine_for(copy)
    assert saliency.engine_for(copy) is engine
    image = digits[0][0]
    before = saliency.grad_cam(copy, image)
    copy.set_weights([w * 0.5 if w.ndim == 4 else w for w in copy.get_weights()])
    after = saliency.grad_cam(copy, image)
    assert saliency.engine_for(copy) is engine
    assert not np.allclose(before.map, after.map) or before.probability != after.probability
