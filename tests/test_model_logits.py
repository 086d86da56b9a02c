"""The class scores before the softmax, and "not sure" judged on their largest (max logit):
what they are for every way a network can end, how they are fitted and stored, and that they
see what the top probability cannot."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from model import uncertainty as U
from model.architectures import spec_config
from model.network.network import Network
from model.network.predictor import Predictor

CNN = [
    {"type": "Conv2D", "filters": 2, "kernel_size": 3, "activation": "relu"},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]
DENSE = [{"type": "Flatten"}, {"type": "Dense", "units": 10, "activation": "softmax"}]


def _softmax_apart(config):
    """The same network with its softmax as an ``Activation`` layer after a linear Dense (as
    a Keras user may write it; the architecture editor never does)."""
    layers = config["config"]["layers"]
    layers[-1]["config"]["activation"] = "linear"
    layers.append(
        {
            "module": "keras.layers",
            "class_name": "Activation",
            "config": {"name": "softmax", "trainable": True, "activation": "softmax"},
        }
    )
    return config


def _no_softmax(config):
    config["config"]["layers"][-1]["config"]["activation"] = "linear"
    return config


ENDINGS = {
    "dense softmax after convolution": spec_config(CNN, "logits"),
    "dense softmax on the raw pixels": spec_config(DENSE, "logits"),
    "softmax as a layer of its own": _softmax_apart(spec_config(CNN, "logits")),
    "no softmax at all": _no_softmax(spec_config(CNN, "logits")),
}


@pytest.fixture
def mnist_file(tmp_path, mnist):
    """A small MNIST in Keras's format: the calibrate command reads any such file."""
    path = tmp_path / "small-mnist.npz"
    np.savez(
        path,
        x_train=mnist.x_train[:100],
        y_train=mnist.y_train[:100],
        x_test=mnist.x_test[:600],
        y_test=mnist.y_test[:600],
    )
    return path


def random_network(config, seed: int = 0) -> Network:
    net = Network(config)
    rng = np.random.default_rng(seed)
    net.set_weights([rng.normal(0, 0.3, s).astype(np.float32) for s in net.weight_shapes()])
    return net


def images(n: int, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).random((n, 28, 28, 1), dtype=np.float32)


@pytest.mark.parametrize("ending", ENDINGS)
def test_the_softmax_of_the_logits_is_the_answer(ending):
    net = random_network(ENDINGS[ending])
    x = images(5)
    z = net.logits(x)
    assert z.shape == (5, 10)
    e = np.exp(z - z.max(1, keepdims=True))
    np.testing.assert_allclose(e / e.sum(1, keepdims=True), net.probabilities(x), atol=1e-5)
    # Shifting every score by the same amount leaves the probabilities, so they are not
    # simply log-probabilities: the largest score carries what the softmax loses.
    assert not np.allclose(z, np.log(net.probabilities(x)), atol=1e-3)
    p_once, z_once = net.probabilities_and_logits(x)
    np.testing.assert_allclose(p_once, net.probabilities(x), atol=1e-7)
    np.testing.assert_allclose(z_once, z, atol=1e-6)


@pytest.mark.parametrize("ending", ENDINGS)
def test_one_prediction_carries_the_same_logits_as_a_batch(ending):
    net = random_network(ENDINGS[ending], seed=3)
    x = images(3, seed=4)
    predictor = Predictor(net)
    for i in range(3):
        p = predictor.predict(x[i, :, :, 0])
        np.testing.assert_allclose(p.logits, predictor.logits(x)[i], rtol=1e-5, atol=1e-5)
        assert p.to_dict()["logits"] == [round(float(v), 4) for v in p.logits]
    assert predictor.logits(np.zeros((0, 28, 28))).shape == (0, 10)


def test_max_logit_tells_weak_evidence_from_strong_where_probabilities_cannot():
    weak = np.array([2.0, 0.0] + [-1.0] * 8)
    strong = weak + 18.0  # the same softmax, ten times the evidence
    p = np.exp(weak) / np.exp(weak).sum()
    cal = U.Calibration(temperature=1.0, threshold=0.5, logit_threshold=5.0)
    assert U.assess(p, cal, weak).uncertain
    assert not U.assess(p, cal, strong).uncertain
    flags = U.uncertain(np.stack([p, p]), cal, np.stack([weak, strong]))
    assert flags.tolist() == [True, False]


def test_fitting_with_logits_sets_a_threshold_that_flags_the_share_asked_for():
    rng = np.random.default_rng(5)
    z = rng.normal(0, 1, (4000, 10))
    labels = rng.integers(0, 10, 4000)
    z[np.arange(4000), labels] += rng.uniform(1, 8, 4000)
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    cal = U.fit(p[:2000], labels[:2000], 0.03, "fake", z[:2000])
    assert cal.logit_threshold is not None
    assert cal.false_alarm == pytest.approx(0.03, abs=0.002)
    assert U.uncertain(p[2000:], cal, z[2000:]).mean() == pytest.approx(0.03, abs=0.012)
    # Stored and read back, threshold and all; a damaged one is ignored, not trusted.
    assert U.Calibration.of({"calibration": cal.to_dict()}) == cal
    broken = {**cal.to_dict(), "logit_threshold": "high"}
    assert U.Calibration.of({"calibration": broken}).logit_threshold is None


def test_without_a_logit_threshold_the_top_probability_decides():
    cal = U.Calibration(temperature=1.0, threshold=0.6)
    p = np.array([0.5, 0.45] + [0.05 / 8] * 8)
    assert U.assess(p, cal, np.full(10, 50.0)).uncertain  # scores ignored: nothing fitted


def test_calibrate_stores_thresholds_checked_on_unseen_digits(trained, mnist):
    _, predictor = trained
    x = mnist.x_test[:2000].astype(np.float32)[..., None] / 255.0
    stored = U.calibrate(predictor, x, mnist.y_test[:2000], 0.05, "first 1000")
    assert stored["n"] == 1000 and stored["held_out_n"] == 1000
    assert stored["logit_threshold"] is not None
    assert 0.01 <= stored["held_out_false_alarm"] <= 0.12


def test_the_calibrate_command_rewrites_only_the_metadata(tmp_path, mnist_file):
    from main import main
    from model.storage import read_metadata, save_model

    net = random_network(ENDINGS["dense softmax after convolution"])
    path = tmp_path / "m.keras"
    save_model(net, path, {"name": "m", "test_accuracy": 0.5})
    before = {n: zipfile.ZipFile(path).read(n) for n in zipfile.ZipFile(path).namelist()}
    assert main(["calibrate", str(path), "--data", str(mnist_file), "--json"]) == 0
    after = {n: zipfile.ZipFile(path).read(n) for n in zipfile.ZipFile(path).namelist()}
    assert before.keys() == after.keys()
    changed = [n for n in before if before[n] != after[n]]
    assert changed == ["convscope.json"]
    meta = read_metadata(path)
    assert meta["test_accuracy"] == 0.5 and meta["name"] == "m"
    assert U.Calibration.of(meta).logit_threshold == meta["calibration"]["logit_threshold"]
    assert json.loads(after["config.json"]) == json.loads(before["config.json"])


def test_calibrate_refuses_a_silly_false_alarm_in_one_line(tmp_path, capsys, mnist_file):
    from main import main
    from model.storage import save_model

    path = tmp_path / "m.keras"
    save_model(random_network(ENDINGS["dense softmax after convolution"]), path, {})
    assert main(["calibrate", str(path), "--false-alarm", "0.9", "--data", str(mnist_file)]) != 0
    err = capsys.readouterr().err.strip()
    assert "--false-alarm" in err and len(err.splitlines()) == 1
