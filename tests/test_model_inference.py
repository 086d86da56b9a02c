"""Predictor: one forward pass, every layer's activation, no retracing, matches Keras."""

from __future__ import annotations

import numpy as np
import pytest

from model.architectures import build_model
from model.network.predictor import Predictor, softmax
from model.presets import preset_spec


@pytest.fixture(scope="module")
def lenet():
    model = build_model(preset_spec("lenet"), seed=3)
    return model, Predictor(model)


def test_probabilities_and_activations_match_keras(lenet, mnist):
    model, predictor = lenet
    x = mnist.x_test[:1].astype(np.float32) / 255
    pred = predictor.predict(x[0])
    expected = model.predict(x[..., None], verbose=0)[0]
    np.testing.assert_allclose(pred.probabilities, expected, atol=1e-5)
    assert pred.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert list(pred.activations) == [layer.name for layer in model.layers]
    for layer in model.layers:
        assert pred.activations[layer.name].shape == tuple(layer.output.shape[1:])
    assert pred.label == int(np.argmax(expected))
    assert pred.confidence == pytest.approx(float(expected.max()), abs=1e-5)


def test_edits_to_the_network_show_at_once(lenet, mnist):
    from model.network.network import Network

    model, _ = lenet
    predictor = Predictor(Network.from_keras(model))
    x = mnist.x_test[0].astype(np.float32) / 255
    before = predictor.predict(x)
    predictor.model.get_layer("output").bias[:] = np.arange(10, dtype=np.float32) * 100
    predictor.weights_changed()
    after = predictor.predict(x)
    assert after.label == 9 and before.probabilities[9] < 0.99
    assert predictor.uses_numpy


def test_batch_probabilities_agree_with_single(lenet, mnist):
    _, predictor = lenet
    x = mnist.x_test[:30].astype(np.float32) / 255
    batch = predictor.probabilities(x, batch_size=8)
    single = np.stack([predictor.predict(i).probabilities for i in x])
    np.testing.assert_allclose(batch, single, atol=1e-5)
    assert predictor.probabilities(x[:0]).shape == (0, 10)


def test_snapshot_weights_change_the_answer(lenet, mnist):
    model, _ = lenet
    predictor = Predictor(build_model(preset_spec("lenet"), seed=99))
    x = mnist.x_test[0].astype(np.float32) / 255
    before = predictor.predict(x).probabilities
    predictor.set_weights(model.get_weights())
    after = predictor.predict(x).probabilities
    assert not np.allclose(before, after)
    np.testing.assert_allclose(after, model.predict(x[None, ..., None], verbose=0)[0], atol=1e-5)


def test_logit_models_get_softmax():
    spec = preset_spec("mlp")
    model = build_model(spec, seed=1)
    model.layers[-1].activation = __import__("keras").activations.linear
    predictor = Predictor(model)
    x = np.random.default_rng(0).random((28, 28)).astype(np.float32)
    probs = predictor.predict(x).probabilities
    logits = predictor.predict(x).activations["output"]
    np.testing.assert_allclose(probs, softmax(logits.astype(np.float64)), atol=1e-6)
