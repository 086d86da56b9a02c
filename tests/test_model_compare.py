"""What the comparison views compute: two digits layer by layer, corresponding layers from
layer descriptions, weight fingerprints, the probe cache and "the digit it was confused with"."""

from __future__ import annotations

import numpy as np
import pytest

from model.explain.compare import (
    CompareError,
    contrast,
    corresponding_layers,
    corresponding_summaries,
    layer_similarity,
    paths_sentence,
)
from model.explain.probes import ProbeCache
from model.network.network import network_summary
from model.network.sharing import fingerprint, freeze
from model.storage import load_model
from tests.conftest import ROOT

MODELS = ROOT / "resources" / "models"


@pytest.fixture(scope="module")
def cnn():
    return load_model(MODELS / "default.keras").model


@pytest.fixture(scope="module")
def mlp():
    return load_model(MODELS / "mlp.keras").model


def test_contrast_shows_both_digits_their_difference_and_similarity(cnn, mnist):
    four = mnist.x_test[np.flatnonzero(mnist.y_test == 4)[0]] / 255.0
    nine = mnist.x_test[np.flatnonzero(mnist.y_test == 9)[0]] / 255.0
    layers = contrast(cnn, four, nine)
    assert [c.name for c in layers] == ["input", *cnn.layer_names]
    assert layers[0].kind == "input"
    np.testing.assert_allclose(layers[0].a[..., 0], four, atol=1e-6)
    outputs = cnn.activations(np.stack([four, nine]).reshape(2, 28, 28, 1))
    for c, out in zip(layers[1:], outputs):
        np.testing.assert_allclose(c.a, out[0], atol=1e-6)
        np.testing.assert_allclose(c.difference, out[0] - out[1], atol=1e-6)
    assert [(c.name, c.similarity) for c in layers] == layer_similarity(cnn, four, nine)


def test_a_dropout_layer_repeats_the_one_before_and_is_left_out(mlp, mnist):
    image = mnist.x_test[0] / 255.0
    kinds = [layer.kind for layer in mlp.layers]
    names = [c.name for c in contrast(mlp, image, image)]
    assert len(names) == 1 + sum(kind != "Dropout" for kind in kinds)
    assert all(c.similarity == pytest.approx(1.0) for c in contrast(mlp, image, image, skip=()))


def test_the_sentence_says_where_paths_part_and_join():
    parted = [("input", 0.6), ("conv1", 0.5), ("dense1", 0.2), ("output", 0.05)]
    text = paths_sentence(parted)
    assert "0.60 alike" in text and "part most at dense1 (0.50 → 0.20)" in text
    assert "join again" not in text and "tells them apart" in text
    joined = [("input", 0.3), ("conv1", 0.25), ("pool1", 0.1), ("output", 0.97)]
    text = paths_sentence(joined)
    assert "part most at pool1 (0.25 → 0.10), then join again (0.10 → 0.97)" in text
    assert "nearly the same" in text
    alike = [("input", 0.9), ("conv1", 0.92), ("output", 0.95)]
    assert "part" not in paths_sentence(alike)
    assert "\n" not in text and paths_sentence([]) == ""


def test_layers_pair_from_their_descriptions_as_from_the_networks(cnn, mlp):
    direct = corresponding_layers(cnn, cnn.copy())
    described = corresponding_summaries(network_summary(cnn), network_summary(cnn.copy()))
    assert described == direct
    with pytest.raises(CompareError) as info:
        corresponding_summaries(network_summary(cnn), network_summary(mlp))
    assert "no feature maps in common" in str(info.value)


def test_a_fingerprint_names_a_set_of_weights(cnn):
    copy = cnn.copy()
    assert fingerprint(copy) == fingerprint(cnn) == fingerprint(freeze(cnn))
    copy.get_layer("conv1").kernel[0, 0, 0, 0] += 1e-3
    copy.weights_changed()
    assert fingerprint(copy) != fingerprint(cnn)
    copy.get_layer("conv1").kernel[0, 0, 0, 0] -= 1e-3
    # Back to the same numbers (float32 rounding allowing): the same name again.
    assert (fingerprint(copy) == fingerprint(cnn)) == np.array_equal(
        copy.get_layer("conv1").kernel, cnn.get_layer("conv1").kernel
    )


def test_the_probe_cache_keeps_the_most_recently_used():
    cache = ProbeCache(size=2)
    cache.put("a", "probes of a")
    cache.put("b", "probes of b")
    assert cache.get("a") == "probes of a"  # now the most recently used
    cache.put("c", "probes of c")
    assert "b" not in cache and "a" in cache and "c" in cache and len(cache) == 2
    assert cache.get("b") is None


def test_the_digit_it_was_confused_with_is_the_nearest_of_that_class(cnn, mnist):
    from model.lab.neighbours import NeighbourIndex, normalise

    images, labels = mnist.x_train[:600], mnist.y_train[:600]
    index = NeighbourIndex.build(cnn, images, labels, with_pixels=False)
    query = mnist.x_test[0] / 255.0
    at, similarity = index.nearest_of_class(query, 9)
    assert labels[at] == 9
    nines = np.flatnonzero(labels == 9)
    brute = normalise(index.embedder(images[nines])) @ index.embed(query)
    assert similarity == pytest.approx(float(brute.max()), abs=1e-5)
    assert at == nines[int(np.argmax(brute))]
