"""The NumPy network gives Keras's numbers: every layer, every preset, the shipped models, a few
hundred random architectures from the editor's vocabulary, gradients, and saved files."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from model.architectures import ACTIVATIONS, build_model, spec_config
from model.errors import SpecError
from model.network.network import Network
from model.presets import preset_spec
from tests.conftest import ROOT

# Relative to the largest value of the Keras output (at least 1): float32 sums in a different
# order differ by ~1e-7 of their scale.
TOLERANCE = 1e-5

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
    "valid pooling that drops a border, gelu": [
        {"type": "Conv2D", "filters": 3, "kernel_size": 4, "activation": "gelu"},
        {"type": "MaxPooling2D", "pool_size": 3},
        {"type": "AveragePooling2D", "pool_size": 2},
        {"type": "Flatten"},
        {"type": "Dropout", "rate": 0.5},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ],
}  # fmt: skip


def _randomise_batch_norm(model, rng) -> None:
    # Fresh BN layers are the identity; give them statistics so a test can fail.
    for layer in model.layers:
        if type(layer).__name__ == "BatchNormalization":
            n = layer.gamma.shape[0]
            layer.set_weights(
                [rng.uniform(0.5, 2, n), rng.normal(0, 1, n), rng.normal(0, 1, n),
                 rng.uniform(0.1, 3, n)]
            )  # fmt: skip


def _keras_outputs(model, x: np.ndarray) -> list[np.ndarray]:
    outs, h = [], x
    for layer in model.layers:
        h = layer(h, training=False)
        outs.append(np.asarray(h))
    return outs


def assert_matches_keras(net: Network, model, x: np.ndarray) -> None:
    ours = net.activations(x)
    theirs = _keras_outputs(model, x)
    assert [la.name for la in net.layers] == [la.name for la in model.layers]
    for layer, a, b in zip(net.layers, ours, theirs):
        assert a.shape == b.shape, layer.name
        scale = max(1.0, float(np.max(np.abs(b))))
        assert float(np.max(np.abs(a - b))) <= TOLERANCE * scale, layer.name
    keras_probs = np.asarray(model(x, training=False), np.float64)
    assert np.max(np.abs(net.probabilities(x) - keras_probs)) <= TOLERANCE


def _digits(mnist, rng, n_random: int = 2) -> np.ndarray:
    real = mnist.x_test[:3].astype(np.float32) / 255
    noise = rng.random((n_random, 28, 28), dtype=np.float32)
    return np.concatenate([real, noise, np.zeros((1, 28, 28), np.float32)])[..., None]


@pytest.mark.parametrize(
    "spec",
    [preset_spec("default"), preset_spec("best"), preset_spec("lenet"), preset_spec("mlp"),
     *SPECS.values()],
    ids=["default", "best", "lenet", "mlp", *SPECS],
)  # fmt: skip
def test_every_preset_matches_keras(spec, mnist):
    rng = np.random.default_rng(1)
    model = build_model(spec, seed=2)
    _randomise_batch_norm(model, rng)
    net = Network.from_keras(model)
    assert net.engine == "numpy"
    assert_matches_keras(net, model, _digits(mnist, rng))


@pytest.mark.parametrize("name", ["default", "mlp"])
def test_shipped_models_match_keras(name, mnist):
    from model.backend import keras
    from model.storage import load_model

    path = ROOT / "resources" / "models" / f"{name}.keras"
    net = load_model(path).model
    model = keras().saving.load_model(path, compile=False, safe_mode=True)
    assert net.engine == "numpy"
    for ours, theirs in zip(net.get_weights(), model.get_weights()):
        np.testing.assert_array_equal(ours, theirs)
    assert_matches_keras(net, model, _digits(mnist, np.random.default_rng(0), 5))


# --------------------------------------------------------------------------- random architectures


@st.composite
def architectures(draw):
    """A spec from the editor's vocabulary (``model.architectures.LAYER_TYPES``)."""
    spec = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["Conv2D", "MaxPooling2D", "AveragePooling2D"]))
        padding = draw(st.sampled_from(["valid", "same"]))
        if kind == "Conv2D":
            spec.append(
                {
                    "type": "Conv2D",
                    "filters": draw(st.integers(1, 5)),
                    "kernel_size": draw(st.integers(1, 5)),
                    "strides": draw(st.integers(1, 3)),
                    "padding": padding,
                    "activation": draw(st.sampled_from(ACTIVATIONS)),
                }
            )
        else:
            pool = draw(st.integers(1, 3))
            spec.append(
                {
                    "type": kind,
                    "pool_size": pool,
                    "strides": draw(st.one_of(st.none(), st.integers(1, 3))),
                    "padding": padding,
                }
            )
        extra = draw(st.sampled_from([None, "BatchNormalization", "Activation", "Dropout"]))
        if extra == "BatchNormalization":
            spec.append({"type": "BatchNormalization"})
        elif extra == "Activation":
            spec.append({"type": "Activation", "activation": draw(st.sampled_from(ACTIVATIONS))})
        elif extra == "Dropout":
            spec.append({"type": "Dropout", "rate": 0.3})
    spec.append({"type": "Flatten"})
    for _ in range(draw(st.integers(0, 2))):
        spec.append(
            {
                "type": "Dense",
                "units": draw(st.integers(1, 12)),
                "activation": draw(st.sampled_from(ACTIVATIONS)),
            }
        )
    spec.append({"type": "Dense", "units": 10, "activation": "softmax"})
    return spec


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(spec=architectures(), seed=st.integers(0, 2**16))
def test_random_architectures_match_keras(spec, seed):
    try:
        model = build_model(spec, seed=seed)
    except SpecError:
        assume(False)
    rng = np.random.default_rng(seed)
    _randomise_batch_norm(model, rng)
    # Dense layers scaled up so that saturating activations (sigmoid, tanh) are exercised too.
    net = Network.from_keras(model)
    x = rng.random((3, 28, 28, 1), dtype=np.float32) * 2 - 0.5
    assert_matches_keras(net, model, x)


def test_the_spec_config_builds_what_keras_builds():
    spec = SPECS["same padding, strides, average pooling"]
    model = build_model(spec, seed=0)
    net = Network.from_config(spec_config(spec), model.get_weights())
    assert [(la.name, la.kind, la.output_shape) for la in net.layers] == [
        (la.name, type(la).__name__, tuple(la.output.shape[1:])) for la in model.layers
    ]
    assert net.count_params() == model.count_params()
    assert_matches_keras(net, model, np.random.default_rng(0).random((2, 28, 28, 1), np.float32))


# --------------------------------------------------------------------------- gradients


def _keras_gradient(model, x, cls, at):
    import tensorflow as tf

    layers = model.layers
    xt = tf.constant(x)
    with tf.GradientTape() as tape:
        tape.watch(xt)
        h, watched = xt, xt
        for i, layer in enumerate(layers[:-1]):
            h = layer(h, training=False)
            if i == at:
                tape.watch(h)
                watched = h
        logits = tf.matmul(h, layers[-1].kernel) + layers[-1].bias
        score = tf.reduce_sum(logits[:, cls])
    return tape.gradient(score, watched).numpy()


@pytest.mark.parametrize("spec", [preset_spec("default"), preset_spec("lenet"), *SPECS.values()])
def test_gradients_match_tensorflow(spec, mnist):
    rng = np.random.default_rng(3)
    model = build_model(spec, seed=4)
    _randomise_batch_norm(model, rng)
    net = Network.from_keras(model)
    x = _digits(mnist, rng)
    for at in [None, *[i for i, la in enumerate(net.layers[:-1]) if len(la.output_shape) == 3]]:
        result = net.gradient(x, 3, at)
        theirs = _keras_gradient(model, x, 3, -1 if at is None else at)
        scale = max(1e-6, float(np.max(np.abs(theirs))))
        assert float(np.max(np.abs(result.grads - theirs))) <= 1e-4 * scale, at
    assert net.gradient(x[:1], -1).chosen == int(np.argmax(net.probabilities(x[:1])[0]))


# --------------------------------------------------------------------------- files


def test_a_saved_network_loads_in_keras_and_back(tmp_path, mnist):
    from model.backend import keras
    from model.storage import load_model, save_model

    rng = np.random.default_rng(5)
    model = build_model(preset_spec("default"), seed=1)
    _randomise_batch_norm(model, rng)
    net = Network.from_keras(model)
    path = tmp_path / "numpy.keras"
    save_model(net, path, {"name": "written by NumPy"})
    again = load_model(path)
    assert again.metadata["name"] == "written by NumPy"
    for a, b in zip(again.model.get_weights(), net.get_weights()):
        np.testing.assert_array_equal(a, b)
    theirs = keras().saving.load_model(path, compile=False, safe_mode=True)
    assert_matches_keras(again.model, theirs, _digits(mnist, rng))


def test_a_layer_numpy_does_not_compute_runs_on_tensorflow(tmp_path, mnist):
    from model.backend import keras as _keras
    from model.storage import load_model, save_model

    keras = _keras()
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Conv2D(4, 3, dilation_rate=2, activation="relu", name="dilated"),
            keras.layers.Flatten(name="flatten"),
            keras.layers.Dense(10, activation="softmax", name="output"),
        ]
    )
    path = tmp_path / "dilated.keras"
    save_model(model, path)
    loaded = load_model(path)
    assert loaded.model.engine == "tensorflow"
    assert "dilated" in loaded.metadata["engine_note"]
    x = _digits(mnist, np.random.default_rng(0))
    assert_matches_keras(loaded.model, model, x)
    # Weight edits reach the TensorFlow twin too.
    loaded.model.get_layer("dilated").kernel[...] = 0
    loaded.model.weights_changed()
    model.get_layer("dilated").kernel.assign(np.zeros((3, 3, 1, 4), np.float32))
    assert_matches_keras(loaded.model, model, x)


def test_reading_drawing_and_explaining_never_import_tensorflow(tmp_path):
    code = f"""
import sys, numpy as np
from model.storage import load_model, save_model
from model.network.predictor import Predictor
from model import explain
from model.lab import occlusion, saliency
loaded = load_model({str(ROOT / "resources" / "models" / "default.keras")!r})
p = Predictor(loaded.model)
image = np.zeros((28, 28), np.float32); image[6:22, 12:16] = 1
pred = p.predict(image)
explain.explain_position(p.model, pred.activations, image, "conv2", 3, 3, 0)
saliency.grad_cam(p.model, image); saliency.gradient(p.model, image, smooth=4)
occlusion.occlusion(p, image)
save_model(p.model, {str(tmp_path / "copy.keras")!r})
assert "tensorflow" not in sys.modules and "keras" not in sys.modules, "TensorFlow was imported"
print(pred.label)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() in {str(d) for d in range(10)}


# --------------------------------------------------------------------------- hostile weight files


@pytest.fixture
def small_file(tmp_path):
    """A valid small model file written without TensorFlow, and its network."""
    from model.storage import save_model

    spec = [
        {"type": "Conv2D", "filters": 2, "kernel_size": 3},
        {"type": "Flatten"},
        {"type": "Dense", "units": 10, "activation": "softmax"},
    ]
    net = Network(spec_config(spec, "small"))
    rng = np.random.default_rng(0)
    net.set_weights([rng.normal(0, 0.1, s).astype(np.float32) for s in net.weight_shapes()])
    path = tmp_path / "small.keras"
    save_model(net, path, {"name": "small"})
    return path


def _rewrite_weights(path, edit) -> None:
    """Apply ``edit(h5py.File)`` to the weights inside the model file at ``path``."""
    import io

    import h5py

    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    buffer = io.BytesIO(members["model.weights.h5"])
    with h5py.File(buffer, "r+") as f:
        edit(f)
    members["model.weights.h5"] = buffer.getvalue()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def _refused(path, monkeypatch) -> str:
    import h5py

    from model.errors import ModelFileError
    from model.storage import load_model

    reads = []
    original = h5py.Dataset.read_direct

    def spy(self, *args, **kwargs):
        reads.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(h5py.Dataset, "read_direct", spy)
    with pytest.raises(ModelFileError) as info:
        load_model(path)
    assert reads == [], "a refused file must not be read"
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_valid_small_file_loads(small_file):
    from model.storage import load_model

    assert load_model(small_file).model.count_params() == 2 * 9 + 2 + 26 * 26 * 2 * 10 + 10


def test_an_external_link_is_refused(small_file, monkeypatch, tmp_path):
    import h5py

    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f["x"] = np.zeros((10,), np.float32)

    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars/1"] = h5py.ExternalLink(str(other), "/x")

    _rewrite_weights(small_file, edit)
    assert "link to another file" in _refused(small_file, monkeypatch)


def test_a_soft_link_is_refused(small_file, monkeypatch):
    import h5py

    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars/1"] = h5py.SoftLink("/layers/conv2d/vars/1")

    _rewrite_weights(small_file, edit)
    assert "is a link to" in _refused(small_file, monkeypatch)


def test_a_virtual_dataset_is_refused(small_file, monkeypatch, tmp_path):
    import h5py

    other = tmp_path / "secret.h5"
    with h5py.File(other, "w") as f:
        f["data"] = np.ones((10,), np.float32)

    def edit(f):
        del f["layers/dense/vars/1"]
        layout = h5py.VirtualLayout(shape=(10,), dtype="f4")
        layout[:] = h5py.VirtualSource(str(other), "data", shape=(10,))
        f["layers/dense/vars"].create_virtual_dataset("1", layout)

    _rewrite_weights(small_file, edit)
    assert "virtual dataset" in _refused(small_file, monkeypatch)


def test_data_stored_in_another_file_is_refused(small_file, monkeypatch, tmp_path):
    raw = tmp_path / "raw.bin"
    raw.write_bytes(np.ones(10, np.float32).tobytes())

    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars"].create_dataset("1", (10,), "f4", external=[(str(raw), 0, 40)])

    _rewrite_weights(small_file, edit)
    assert "another file" in _refused(small_file, monkeypatch)


def test_a_shape_bomb_is_refused_before_reading(small_file, monkeypatch):
    def edit(f):
        del f["layers/dense/vars/0"]
        # Declared 40 GB, stored in a few bytes: reading it would allocate all of it.
        f["layers/dense/vars"].create_dataset(
            "0", (1_000_000_000, 10), "f4", chunks=(1024, 10), compression="gzip"
        )

    _rewrite_weights(small_file, edit)
    message = _refused(small_file, monkeypatch)
    assert "(1000000000, 10) in the file but (1352, 10) in its config" in message


def test_a_compound_dataset_is_refused(small_file, monkeypatch):
    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars"].create_dataset("1", (10,), np.dtype([("a", "f4"), ("b", "i4")]))

    _rewrite_weights(small_file, edit)
    assert "not numbers" in _refused(small_file, monkeypatch)


def test_a_weight_of_the_wrong_type_is_refused(small_file, monkeypatch):
    def edit(f):
        del f["layers/dense/vars/1"]
        f["layers/dense/vars"].create_dataset("1", (10,), "f8")

    _rewrite_weights(small_file, edit)
    assert "not float32" in _refused(small_file, monkeypatch)


def test_an_unexpected_or_missing_weight_is_refused(small_file, monkeypatch, tmp_path):
    import shutil

    extra = tmp_path / "extra.keras"
    shutil.copy(small_file, extra)
    _rewrite_weights(extra, lambda f: f.create_dataset("layers/dense/vars/2", data=np.ones(3)))
    assert "not a weight of this model" in _refused(extra, monkeypatch)
    _rewrite_weights(small_file, lambda f: f.__delitem__("layers/conv2d/vars/1"))
    assert "conv1's bias is missing" in _refused(small_file, monkeypatch)


def test_non_finite_weights_are_refused(small_file):
    from model.errors import ModelFileError
    from model.storage import load_model

    def edit(f):
        f["layers/dense/vars/1"][3] = np.nan

    _rewrite_weights(small_file, edit)
    with pytest.raises(ModelFileError, match="NaN or infinite"):
        load_model(small_file)


def test_an_oversized_weight_file_is_refused(small_file, monkeypatch):
    def edit(f):
        f.create_dataset("optimizer/vars/0", data=np.zeros(5_000_000, np.float32))

    _rewrite_weights(small_file, edit)
    assert "far larger than this model needs" in _refused(small_file, monkeypatch)


def test_garbage_instead_of_hdf5_is_refused(small_file, monkeypatch):
    with zipfile.ZipFile(small_file) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    members["model.weights.h5"] = b"not an HDF5 file at all" * 10
    with zipfile.ZipFile(small_file, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    assert "not an HDF5 file" in _refused(small_file, monkeypatch)
