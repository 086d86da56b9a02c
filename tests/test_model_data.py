"""MNIST loading: sources, validation and one-line errors."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from model.data.mnist import BUNDLED_MNIST, load_mnist, mnist_sources, to_model_input
from model.errors import DataError
from tests.corpus import good_arrays as _good
from tests.corpus import write_npz as _write

X_TRAIN_SHA = "741c988805d008ac6e4c904b69001ba184c24b2c540a4ef403f4c71b676cf757"


def test_bundled_copy_is_genuine_mnist(mnist):
    assert mnist.source == BUNDLED_MNIST
    assert mnist.x_train.shape == (60000, 28, 28) and mnist.x_train.dtype == np.uint8
    assert mnist.x_test.shape == (10000, 28, 28)
    assert hashlib.sha256(mnist.x_train.tobytes()).hexdigest() == X_TRAIN_SHA
    assert set(np.unique(mnist.y_test)) == set(range(10))


def test_user_file_comes_first(tmp_path):
    path = _write(tmp_path / "mine.npz", **_good(7))
    assert mnist_sources(path)[0] == path
    data = load_mnist(path)
    assert data.source == path and len(data.x_train) == 7


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda a: a.pop("y_test"), "missing y_test"),
        (lambda a: a.update(x_train=np.zeros((5, 28, 27), np.uint8)), "shape"),
        (lambda a: a.update(y_train=np.full(5, 12, np.uint8)), "labels"),
        (lambda a: a.update(x_test=np.full((5, 28, 28), np.nan, np.float32)), "NaN"),
        (lambda a: a.update(y_train=np.zeros(4, np.uint8)), "to match"),
        (lambda a: a.update(y_test=np.zeros(5, np.float32)), "integer labels"),
    ],
)
def test_wrong_files_are_refused_with_a_reason(tmp_path, change, words):
    arrays = _good()
    change(arrays)
    path = _write(tmp_path / "bad.npz", **arrays)
    with pytest.raises(DataError, match=words) as info:
        load_mnist(path)
    assert "\n" not in str(info.value)


def test_pickled_npz_is_refused(tmp_path):
    arrays = _good()
    arrays["x_train"] = np.array([object()] * 5, dtype=object)
    path = _write(tmp_path / "pickled.npz", **arrays)
    with pytest.raises(DataError, match="pickle"):
        load_mnist(path)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04garbage"])
def test_non_npz_files_are_refused(tmp_path, content):
    path = tmp_path / "x.npz"
    path.write_bytes(content)
    with pytest.raises(DataError):
        load_mnist(path)


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        load_mnist(tmp_path / "nope.npz")


def test_to_model_input_scales_integers_only():
    ints = np.full((2, 28, 28), 255, np.uint8)
    floats = np.full((2, 28, 28), 0.5, np.float32)
    assert to_model_input(ints).shape == (2, 28, 28, 1)
    assert to_model_input(ints).max() == pytest.approx(1.0)
    assert to_model_input(floats).max() == pytest.approx(0.5)
