"""Nearest training digits: a digit finds itself, and neighbours share the network's idea of it."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.transform import shift
from model.lab import neighbours as nb


@pytest.fixture(scope="module")
def index(trained, mnist):
    images, labels, order = nb.training_subset(mnist.x_train, mnist.y_train, 3000, seed=1)
    return nb.NeighbourIndex.build(trained[1], images, labels), images, labels, order


def test_shapes_and_unit_length(index, trained):
    idx, images, _labels, order = index
    assert len(idx) == 3000 and idx.vectors.shape == (3000, 800)  # 5x5x32 flattened
    assert idx.layer == "flatten" or idx.layer.startswith("flatten")
    np.testing.assert_allclose(np.linalg.norm(idx.vectors, axis=1), 1.0, atol=1e-5)
    assert len(idx.pixels) == 3000 and idx.pixels.rows.dtype == np.uint8  # a quarter of float32
    some = nb.pixel_vectors(images[:50])
    np.testing.assert_allclose(idx.pixels.similarities(some[7])[:50], some @ some[7], atol=1e-5)
    assert np.all(np.diff(order) > 0) and order.max() < 60000
    found = idx.query(images[0] / 255.0, k=12)
    assert found.indices.shape == found.similarities.shape == found.labels.shape == (12,)
    assert np.all(np.diff(found.similarities) <= 1e-7)  # most similar first


def test_a_training_digit_is_its_own_nearest_neighbour(index):
    idx, images, labels, _ = index
    for i in (0, 17, 2999):
        found = idx.query(images[i].astype(np.float32) / 255.0, k=8)
        assert found.indices[0] == i
        assert found.similarities[0] == pytest.approx(1.0, abs=1e-4)
        assert found.labels[0] == labels[i]
        pixels = idx.query_pixels(images[i].astype(np.float32) / 255.0, k=3)
        assert pixels.indices[0] == i and pixels.similarities[0] == pytest.approx(1.0, abs=1e-5)


def test_neighbours_of_test_digits_mostly_share_their_label(index, mnist):
    idx = index[0]
    test = mnist.x_test[:60].astype(np.float32) / 255.0
    labels = mnist.y_test[:60]
    shared = [np.mean(idx.query(x, k=8).labels == y) for x, y in zip(test, labels)]
    majority = [idx.query(x, k=8).majority()[0] == y for x, y in zip(test, labels)]
    assert np.mean(shared) > 0.85
    assert np.mean(majority) > 0.9


def test_a_shifted_digit_keeps_its_network_neighbours_better_than_its_pixel_ones(index, mnist):
    """The teaching point: moved three pixels, a digit shares little ink with its look-alikes,
    while the network's features (after pooling) still recognise it."""
    idx = index[0]
    features = pixels = 0
    for x, y in zip(mnist.x_test[:60].astype(np.float32) / 255.0, mnist.y_test[:60]):
        moved = shift(x, 3, 3)
        features += idx.query(moved, k=8).majority()[0] == y
        pixels += idx.query_pixels(moved, k=8).majority()[0] == y
    assert features > pixels + 5


def test_the_embedding_layer_is_the_input_of_the_last_dense():
    from model.architectures import build_model
    from model.presets import preset_spec

    assert nb.embedding_layer(build_model(preset_spec("default"))).startswith("dense")
    mlp = build_model(preset_spec("mlp"))
    assert nb.embedding_layer(mlp) == mlp.layers[-2].name  # the Dropout after the hidden layer
    no_dense = build_model(
        [
            {"type": "Conv2D", "filters": 4, "kernel_size": 3},
            {"type": "Flatten"},
            {"type": "Dense", "units": 10, "activation": "softmax"},
        ]
    )
    assert nb.embedding_layer(no_dense) == no_dense.layers[1].name


def test_build_reports_progress_and_stops_when_asked(trained, mnist):
    seen: list[tuple[int, int]] = []
    images, labels = mnist.x_train[:1200], mnist.y_train[:1200]
    nb.NeighbourIndex.build(
        trained[1], images, labels, progress=lambda d, t: seen.append((d, t)), batch_size=500
    )
    assert seen == [(500, 1200), (1000, 1200), (1200, 1200)]
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(nb.BuildStopped):
        nb.NeighbourIndex.build(trained[1], images, labels, should_stop=stop, batch_size=500)


def test_bad_input_gives_one_line_errors(trained, mnist):
    with pytest.raises(nb.NeighbourError, match="28x28"):
        nb.NeighbourIndex.build(trained[1], np.zeros((5, 10, 10)), np.zeros(5))
    with pytest.raises(nb.NeighbourError, match="labels"):
        nb.NeighbourIndex.build(trained[1], mnist.x_train[:5], mnist.y_train[:4])


def test_training_subset_is_seeded(mnist):
    a = nb.training_subset(mnist.x_train, mnist.y_train, 500, seed=3)
    b = nb.training_subset(mnist.x_train, mnist.y_train, 500, seed=3)
    assert np.array_equal(a[2], b[2]) and np.array_equal(a[0], mnist.x_train[a[2]])
    assert len(nb.training_subset(mnist.x_train, mnist.y_train, None)[2]) == 60000
