"""What each layer knows (linear probes), and comparisons of digits and networks."""

from __future__ import annotations

import json

import numpy as np
import pytest

from model.data.transform import shift
from model.explain.compare import CompareError, compare_on, corresponding_layers, layer_similarity
from model.explain.probes import fit_probe, pool_features, train_probes
from model.storage import load_model
from tests.conftest import ROOT
from tests.test_cli import run


@pytest.fixture(scope="module")
def probes(trained, mnist):
    return train_probes(trained[1].model, mnist, n=800, n_test=500, seed=3)


def test_read_outs_beat_chance_and_rise_from_pixels_to_output(probes, trained):
    names = [entry.name for entry in probes.layers]
    assert names == ["input", *trained[1].model.layer_names]
    accuracy = [entry.accuracy for entry in probes.layers]
    assert min(accuracy) > 0.5  # chance is 0.1
    assert accuracy[-1] > accuracy[0] + 0.03  # the output reads far better than the pixels
    assert max(accuracy[1:]) >= accuracy[-1]  # no layer's read-out is lost later for good
    assert all(e.probe_features <= 1024 for e in probes.layers)


def test_a_digit_is_read_out_at_every_layer(probes, trained, mnist):
    image = mnist.x_test[0].astype(np.float32) / 255
    prediction = trained[1].predict(image)
    table = probes.read_out(image, prediction.activations)
    assert table.shape == (len(probes.layers), 10)
    np.testing.assert_allclose(table.sum(axis=1), 1.0, atol=1e-6)
    assert int(table[-1].argmax()) == prediction.label


def test_a_probe_learns_a_separable_problem():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 600)
    features = np.eye(10)[labels] * 3 + rng.normal(0, 0.3, (600, 10))
    probe = fit_probe(features[:400], labels[:400])
    assert probe.accuracy(features[400:], labels[400:]) > 0.98


def test_maps_are_pooled_to_a_few_numbers_per_filter():
    maps = np.arange(2 * 26 * 26 * 24, dtype=np.float32).reshape(2, 26, 26, 24)
    pooled = pool_features(maps, limit=1024)
    assert pooled.shape == (2, 4 * 4 * 24)
    # Each pooled number is the mean of its square of one filter's map.
    np.testing.assert_allclose(pooled[:, 0], maps[:, :6, :6, 0].mean(axis=(1, 2)))  # 6,7,7,6
    np.testing.assert_allclose(pool_features(maps[:, :1, :1, :1], 1024), maps[:, 0, 0, :1])


def test_a_digit_is_entirely_like_itself_and_parts_from_another(trained, mnist):
    net = trained[1].model
    four = mnist.x_test[np.flatnonzero(mnist.y_test == 4)[0]]
    nine = mnist.x_test[np.flatnonzero(mnist.y_test == 9)[0]]
    same = layer_similarity(net, four, four)
    assert [name for name, _ in same] == ["input", *net.layer_names]
    assert all(value == pytest.approx(1.0) for _, value in same)
    other = dict(layer_similarity(net, four, nine))
    assert other["input"] < 1.0 and other[net.layer_names[-1]] < 0.9
    moved = dict(layer_similarity(net, four, shift(four / 255.0, 2, 0) * 255))
    assert moved[net.layer_names[-1]] > moved["input"]  # the network joins what pixels part


def test_layers_that_do_not_correspond_are_refused_with_a_sentence():
    cnn = load_model(ROOT / "resources" / "models" / "default.keras").model
    mlp = load_model(ROOT / "resources" / "models" / "mlp.keras").model
    pairs = corresponding_layers(cnn, cnn.copy())
    assert [p.name_a for p in pairs] == cnn.layer_names
    with pytest.raises(CompareError) as info:
        corresponding_layers(cnn, mlp)
    assert "\n" not in str(info.value) and "no feature maps in common" in str(info.value)


def test_two_networks_are_scored_on_the_same_digits(mnist):
    cnn = load_model(ROOT / "resources" / "models" / "default.keras").model
    broken = cnn.copy()
    broken.get_layer("output").bias[:] = np.where(np.arange(10) == 3, 50.0, 0.0)
    broken.weights_changed()
    result = compare_on({"cnn": cnn, "threes": broken}, mnist.x_test[:200], mnist.y_test[:200])
    not_three = np.flatnonzero(result["predictions"]["cnn"] != 3)
    assert result["disagreements"] == [int(i) for i in not_three]
    assert result["models"]["threes"]["accuracy"] == pytest.approx(
        float((mnist.y_test[:200] == 3).mean())
    )
    same = compare_on({"a": cnn, "b": cnn.copy()}, mnist.x_test[:50], mnist.y_test[:50])
    assert same["agreement"] == 1.0 and same["disagreements"] == []


def test_probes_and_compare_on_the_command_line():
    proc = run("probes", "--n", "300", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["n"] == 300 and out["layers"][0]["name"] == "input"
    assert {"name", "kind", "features", "probe_accuracy"} <= set(out["layers"][1])
    models = ROOT / "resources" / "models"
    proc = run("compare", models / "default.keras", models / "mlp.keras", "--n", "200", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"n", "models", "agreement", "disagreements"}
    assert set(out["models"]) == {"default", "mlp"} and out["n"] == 200
    proc = run("compare", models / "default.keras", "missing.keras")
    assert proc.returncode != 0 and len(proc.stderr.strip().splitlines()) == 1
