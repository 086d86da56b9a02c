"""A digit and a moved copy through the network (``model.explain.moved_digit``): how many
pixels change, how much each map changes, and the answers, on a small NumPy network."""

from __future__ import annotations

import math

import numpy as np

from model.architectures import spec_config
from model.data.transform import shift
from model.explain.moved_digit import compare_moved, pixels_changed
from model.network.network import Network
from model.network.predictor import Predictor
from tests.specs import TINY_CNN


def _predictor(seed: int = 0, zero_biases: bool = False) -> Predictor:
    net = Network(spec_config(TINY_CNN))
    rng = np.random.default_rng(seed)
    weights = [rng.normal(0, 0.3, w.shape).astype(np.float32) for w in net.get_weights()]
    if zero_biases:
        weights = [w if w.ndim > 1 else np.zeros_like(w) for w in weights]
    net.set_weights(weights)
    return Predictor(net)


def _digit() -> np.ndarray:
    image = np.zeros((28, 28), np.float32)
    image[6:22, 12:16] = 1.0  # a thick vertical stroke: a 1
    image[6:9, 9:12] = 0.6
    return image


def test_pixels_changed_counts_only_noticeable_changes():
    image = np.zeros((28, 28), np.float32)
    assert pixels_changed(image, image) == 0
    image[10, 10] = 1.0
    assert pixels_changed(image, shift(image, 1, 0)) == 2  # left where it was, arrived beside
    faint = image.copy()
    faint[3, 3], faint[4, 4] = 0.2, 0.3  # below and above a quarter of the range
    assert pixels_changed(image, faint) == 1
    assert pixels_changed(image, faint, threshold=0.1) == 2


def test_a_digit_compared_with_itself_changes_nothing():
    predictor = _predictor()
    image = _digit()
    moved = compare_moved(predictor, image, image, ["conv1", "pool1"])
    assert moved.changes == {"conv1": 0.0, "pool1": 0.0}
    assert (moved.label, moved.confidence) == (moved.moved_label, moved.moved_confidence)
    before, after, _channel = moved.maps["conv1"]
    np.testing.assert_array_equal(before, after)


def test_the_change_is_relative_to_the_maps_before_and_the_busiest_channel_is_shown():
    predictor = _predictor()
    image, shifted = _digit(), shift(_digit(), 3, 0)
    moved = compare_moved(predictor, image, shifted, ["conv1", "pool1"])
    a = predictor.predict(image).activations["conv1"].astype(np.float64)
    b = predictor.predict(shifted).activations["conv1"].astype(np.float64)
    assert math.isclose(
        moved.changes["conv1"], np.linalg.norm(b - a) / np.linalg.norm(a), rel_tol=1e-9
    )
    assert moved.changes["conv1"] > 0.1  # three pixels move the conv maps a lot
    before, after, channel = moved.maps["conv1"]
    assert channel == int(np.argmax(a.sum(axis=(0, 1))))
    np.testing.assert_array_equal(before, a[..., channel])
    np.testing.assert_array_equal(after, b[..., channel])
    assert moved.moved_label == predictor.predict(shifted).label


def test_maps_that_were_all_zero_have_no_relative_change():
    # No bias and a blank image: every map is zero before the move, so no ratio exists.
    predictor = _predictor(zero_biases=True)
    blank = np.zeros((28, 28), np.float32)
    moved = compare_moved(predictor, blank, blank, ["conv1"])
    assert math.isnan(moved.changes["conv1"])
