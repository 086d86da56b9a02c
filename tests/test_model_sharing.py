"""A frozen copy rebuilds into an independent model with the same answers."""

import numpy as np

from model.architectures import build_model, preset_spec
from model.sharing import freeze, thaw


def test_thawed_copy_answers_alike_and_is_independent():
    model = build_model(preset_spec("lenet"), seed=0)
    frozen = freeze(model, {"name": "lenet"})
    copy = thaw(frozen)
    x = np.random.default_rng(0).random((4, 28, 28, 1), dtype=np.float32)
    np.testing.assert_allclose(copy(x).numpy(), model(x).numpy(), atol=1e-6)
    assert [layer.name for layer in copy.layers] == [layer.name for layer in model.layers]
    # Changing the copy's weights leaves the original (and the frozen data) untouched.
    copy.set_weights([np.zeros_like(w) for w in copy.get_weights()])
    assert not np.allclose(copy(x).numpy(), model(x).numpy())
    assert any(np.any(w != 0) for w in frozen.weights)
    assert frozen.metadata == {"name": "lenet"}
