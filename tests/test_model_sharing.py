"""A frozen copy rebuilds into an independent network (NumPy, or Keras for training) with the
same answers."""

import numpy as np

from model.architectures import build_model
from model.network.sharing import freeze, thaw, thaw_keras
from model.presets import preset_spec


def test_thawed_copy_answers_alike_and_is_independent():
    model = build_model(preset_spec("lenet"), seed=0)
    frozen = freeze(model, {"name": "lenet"})
    copy = thaw(frozen)
    x = np.random.default_rng(0).random((4, 28, 28, 1), dtype=np.float32)
    np.testing.assert_allclose(copy.probabilities(x), model(x).numpy(), atol=1e-6)
    assert [layer.name for layer in copy.layers] == [layer.name for layer in model.layers]
    # Changing the copy's weights leaves the original (and the frozen data) untouched.
    copy.set_weights([np.zeros_like(w) for w in copy.get_weights()])
    assert not np.allclose(copy.probabilities(x), model(x).numpy())
    assert any(np.any(w != 0) for w in frozen.weights)
    assert frozen.metadata == {"name": "lenet"}


def test_a_keras_copy_of_a_network_trains_independently():
    model = build_model(preset_spec("mlp"), seed=0)
    net = thaw(freeze(model))
    twin = thaw_keras(freeze(net, {"name": "mlp"}))
    x = np.random.default_rng(1).random((3, 28, 28, 1), dtype=np.float32)
    np.testing.assert_allclose(twin(x).numpy(), net.probabilities(x), atol=1e-6)
    twin.set_weights([w + 1 for w in twin.get_weights()])
    assert not np.allclose(twin(x).numpy(), net.probabilities(x))
