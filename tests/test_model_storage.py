"""Saving atomically with metadata; loading only what is data, not code."""

from __future__ import annotations

import errno
import zipfile

import numpy as np
import pytest

from model.architectures import build_model
from model.errors import ModelFileError, StorageError
from model.storage import load_model, read_metadata, save_model
from tests.corpus import rewrite_config as _rewrite_config

TINY = [
    {"type": "Conv2D", "filters": 2, "kernel_size": 3},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]


@pytest.fixture(scope="module")
def tiny():
    return build_model(TINY, seed=0)


@pytest.fixture
def saved(tiny, tmp_path):
    return save_model(
        tiny, tmp_path / "tiny.keras", {"name": "tiny", "spec": TINY, "test_accuracy": 0.5}
    )


def test_round_trip_keeps_weights_and_metadata(tiny, saved):
    loaded = load_model(saved)
    x = np.random.default_rng(0).random((3, 28, 28, 1)).astype(np.float32)
    np.testing.assert_allclose(loaded.model.probabilities(x), tiny.predict(x, verbose=0), atol=1e-6)
    assert loaded.metadata["spec"] == TINY and loaded.metadata["test_accuracy"] == 0.5
    assert loaded.metadata["format"] == "convscope-model" and "created" in loaded.metadata
    assert read_metadata(saved) == loaded.metadata
    assert loaded.name == "tiny"
    assert [p.name for p in saved.parent.iterdir()] == ["tiny.keras"]  # no temp files left


def test_failed_write_keeps_the_previous_file(tiny, saved, monkeypatch):
    before = saved.read_bytes()

    def full_disk(self, path, *a, **k):
        with open(path, "wb") as fh:
            fh.write(b"half a model")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(type(tiny), "save", full_disk)
    with pytest.raises(StorageError, match="No space left on device"):
        save_model(tiny, saved, {"name": "new"})
    assert saved.read_bytes() == before
    assert [p.name for p in saved.parent.iterdir()] == ["tiny.keras"]


def test_unwritable_targets(tiny, tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        save_model(tiny, tmp_path / "no" / "such" / "m.keras")
    with pytest.raises(StorageError, match=".keras"):
        save_model(tiny, tmp_path / "m.h5")


def test_optimizer_state_only_when_asked(tiny, tmp_path):
    from model.training.config import TrainConfig
    from model.training.optimizer import compile_model

    compile_model(tiny, TrainConfig(), 10)
    tiny.fit(np.zeros((4, 28, 28, 1)), np.zeros(4), verbose=0)
    small = save_model(tiny, tmp_path / "small.keras")
    full = save_model(tiny, tmp_path / "full.keras", include_optimizer=True)
    assert full.stat().st_size > small.stat().st_size


@pytest.mark.parametrize(
    "edit, words",
    [
        (
            lambda c: c["config"]["layers"].insert(
                1,
                {"module": "keras.layers", "class_name": "Lambda", "config": {"function": "exec"}},
            ),
            "Lambda",
        ),
        (lambda c: c["config"]["layers"][1].update(registered_name="Custom>Evil"), "custom object"),
        (lambda c: c["config"]["layers"][1].update(module="os"), "outside Keras"),
        (lambda c: c.update(class_name="Functional"), "only Sequential"),
        (
            lambda c: c["config"]["layers"][1]["config"].update(
                activation={"module": "builtins", "class_name": "function", "config": "eval"}
            ),
            "outside Keras",
        ),
        (lambda c: c["config"].update(layers=[]), "no layers"),
    ],
)
def test_hostile_configs_are_refused_before_keras_sees_them(saved, tmp_path, edit, words):
    bad = _rewrite_config(saved, tmp_path / "bad.keras", edit)
    with pytest.raises(ModelFileError, match=words):
        load_model(bad)


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("m.keras", b"just text", "not a valid .keras"),
        ("m.h5", b"\x89HDF\r\n\x1a\n", "HDF5"),
        ("m.pkl", b"\x80\x04", "not a .keras"),
    ],
)
def test_non_models_are_refused(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=words):
        load_model(path)


def test_zip_without_model_is_refused(tmp_path):
    path = tmp_path / "empty.keras"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(ModelFileError, match="not a Keras model"):
        load_model(path)


def test_missing_file(tmp_path):
    with pytest.raises(ModelFileError, match="no such file"):
        load_model(tmp_path / "gone.keras")


@pytest.mark.parametrize(
    "shape, classes, words",
    [
        ((32, 32, 1), 10, "expects inputs"),
        ((28, 28, 1), 5, "not 10 digit classes"),
    ],
)
def test_wrong_shapes_are_refused(tmp_path, shape, classes, words):
    import keras

    model = keras.Sequential(
        [
            keras.Input(shape),
            keras.layers.Flatten(),
            keras.layers.Dense(classes, activation="softmax"),
        ]
    )
    path = tmp_path / "odd.keras"
    model.save(path)
    with pytest.raises(ModelFileError, match=words):
        load_model(path)
