"""The NumPy one-digit pass gives Keras's numbers for every layer type a spec can hold."""

from __future__ import annotations

import numpy as np
import pytest

from model.architectures import build_model, preset_spec
from model.fastpath import FastForward
from model.inference import Predictor

SPECS = {
    "same padding, strides, average pooling": [
        {"type": "Conv2D", "filters": 4, "kernel_size": 5, "strides": 2, "padding": "same",
         "activation": "tanh"},
        {"type": "AveragePooling2D", "pool_size": 3, "strides": 2, "padding": "same"},
        {"type": "Conv2D", "filters": 6, "kernel_size": 2, "activation": "elu"},
        {"type": "MaxPooling2D", "pool_size": 2, "strides": 1, "padding": "same"},
        {"type": "BatchNormalization"},
        {"type": "Flatten"},
        {"type": "Dense", "units": 12, "activation": "sigmoid"},
        {"type": "Activation", "activation": "swish"},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ],
    "valid pooling that drops a border": [
        {"type": "Conv2D", "filters": 3, "kernel_size": 4, "activation": "relu"},
        {"type": "MaxPooling2D", "pool_size": 3},
        {"type": "AveragePooling2D", "pool_size": 2},
        {"type": "Flatten"},
        {"type": "Dropout", "rate": 0.5},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ],
}  # fmt: skip


def _randomise_batch_norm(model, rng) -> None:
    # Fresh BN layers are the identity; give them statistics so the test can fail.
    for layer in model.layers:
        if type(layer).__name__ == "BatchNormalization":
            n = layer.gamma.shape[0]
            layer.set_weights(
                [rng.uniform(0.5, 2, n), rng.normal(0, 1, n), rng.normal(0, 1, n),
                 rng.uniform(0.1, 3, n)]
            )  # fmt: skip


@pytest.mark.parametrize(
    "spec", [preset_spec("default"), preset_spec("best"), preset_spec("lenet"),
             preset_spec("mlp"), *SPECS.values()],
    ids=["default", "best", "lenet", "mlp", *SPECS],
)  # fmt: skip
def test_every_layer_matches_keras(spec, mnist):
    rng = np.random.default_rng(1)
    model = build_model(spec, seed=2)
    _randomise_batch_norm(model, rng)
    fast = FastForward.for_model(model)
    assert fast is not None
    images = np.concatenate(
        [mnist.x_test[:3].astype(np.float32) / 255, rng.random((2, 28, 28), dtype=np.float32)]
    )[..., None]
    x = images
    expected = {}
    for layer in model.layers:
        x = layer(x, training=False)
        expected[layer.name] = np.asarray(x)
    for i, image in enumerate(images):
        got = fast.forward(image)
        assert list(got) == [layer.name for layer in model.layers]
        for name, value in got.items():
            np.testing.assert_allclose(value, expected[name][i], rtol=1e-4, atol=1e-5)


def test_the_predictor_uses_it_and_sees_new_weights(mnist):
    model = build_model(preset_spec("lenet"), seed=0)
    predictor = Predictor(model)
    assert predictor.uses_numpy
    x = mnist.x_test[0].astype(np.float32) / 255
    other = build_model(preset_spec("lenet"), seed=5).get_weights()
    predictor.set_weights(other)
    np.testing.assert_allclose(
        predictor.predict(x).probabilities,
        model(x[None, ..., None], training=False).numpy()[0],
        atol=1e-5,
    )
    # A weight changed in place is seen once the predictor is told.
    conv = model.layers[0]
    conv.kernel.assign(np.zeros(conv.kernel.shape, np.float32))
    predictor.weights_changed()
    assert np.all(predictor.predict(x).activations[conv.name] == np.maximum(conv.bias.numpy(), 0))


def test_unsupported_layers_fall_back_to_tensorflow(mnist):
    spec = [
        {"type": "Flatten"},
        {"type": "Dense", "units": 16, "activation": "gelu"},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ]
    model = build_model(spec, seed=0)
    assert FastForward.for_model(model) is None
    predictor = Predictor(model)
    assert not predictor.uses_numpy
    x = mnist.x_test[0].astype(np.float32) / 255
    assert predictor.predict(x).probabilities.shape == (10,)


def test_a_disagreeing_numpy_pass_is_refused():
    model = build_model(preset_spec("lenet"), seed=0)

    def wrong(batch):
        return [
            np.zeros((len(batch),) + tuple(layer.output.shape[1:])) + 1 for layer in model.layers
        ]

    assert FastForward.for_model(model, check=wrong) is None
