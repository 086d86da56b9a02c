"""MNIST: find it, load it without pickles, check it is what it claims to be.

Sources, in order: a file the user names, the copy bundled in ``resources/data/mnist.npz``,
and Keras's download cache (``~/.keras/datasets/mnist.npz``). The bundled copy means the app
trains offline on a fresh machine.
"""

from __future__ import annotations

import os
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from model.errors import DataError
from model.i18n import translate

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_MNIST = PROJECT_ROOT / "resources" / "data" / "mnist.npz"
KERAS_CACHE_MNIST = Path(os.path.expanduser("~")) / ".keras" / "datasets" / "mnist.npz"

_KEYS = ("x_train", "y_train", "x_test", "y_test")
IMAGE_SHAPE = (28, 28)
NUM_CLASSES = 10


@dataclass(frozen=True)
class MnistData:
    """MNIST as Keras lays it out: uint8 images (N, 28, 28) white-on-black, uint8 labels (N,)."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    source: Path

    def limited(self, n_train: int | None = None, n_test: int | None = None) -> MnistData:
        """Return the first ``n_train`` training and ``n_test`` test digits (None keeps all)."""
        return MnistData(
            self.x_train[:n_train],
            self.y_train[:n_train],
            self.x_test[:n_test],
            self.y_test[:n_test],
            self.source,
        )


def mnist_sources(user_path: str | os.PathLike | None = None) -> list[Path]:
    """Candidate files in the order they are tried."""
    sources = [Path(user_path)] if user_path else []
    return sources + [BUNDLED_MNIST, KERAS_CACHE_MNIST]


_cache: dict[tuple, MnistData] = {}
_cache_lock = threading.Lock()


def load_mnist(path: str | os.PathLike | None = None) -> MnistData:
    """Load MNIST from ``path`` or, when it is None, the first source that exists.

    A file the user names is never silently replaced by another source: if it is wrong, the
    error says so. The arrays are read-only and shared: every part of the app that asks for
    the same unchanged file gets the same ~55 MB, not a copy of its own.

    Raises
    ------
    DataError
        With a one-line reason: missing file, not an ``.npz``, pickled content, wrong keys,
        shapes, dtypes, NaNs or labels out of range.
    """
    if path is not None:
        return _cached(Path(path))
    for candidate in mnist_sources():
        if candidate.is_file():
            return _cached(candidate)
    raise DataError(
        translate(
            "data.mnist",
            "no MNIST file found: looked for {first} and {second}; pass one with --data",
        ).format(first=BUNDLED_MNIST, second=KERAS_CACHE_MNIST)
    )


def _cached(path: Path) -> MnistData:
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return _load_npz(path)  # reports the problem in its own words
    with _cache_lock:
        data = _cache.get(key)
        if data is None:
            data = _load_npz(path)
            for array in (data.x_train, data.y_train, data.x_test, data.y_test):
                array.flags.writeable = False
            _cache.clear()  # a changed or other file replaces the one kept
            _cache[key] = data
    return data


def _load_npz(path: Path) -> MnistData:
    if not path.exists():
        raise DataError(translate("data.mnist", "{path}: no such file").format(path=path))
    if path.is_dir():
        raise DataError(
            translate("data.mnist", "{path}: is a folder, not an .npz file").format(path=path)
        )
    try:
        with np.load(path, allow_pickle=False) as npz:
            missing = [k for k in _KEYS if k not in npz.files]
            if missing:
                raise DataError(
                    translate(
                        "data.mnist", "{path}: not an MNIST file, missing {names} (has {present})"
                    ).format(
                        path=path,
                        names=", ".join(missing),
                        present=", ".join(npz.files) or translate("data.mnist", "nothing"),
                    )
                )
            arrays = {k: npz[k] for k in _KEYS}
    except DataError:
        raise
    except ValueError as exc:
        # numpy raises ValueError for object arrays when pickles are refused.
        if "pickle" in str(exc).lower():
            raise DataError(
                translate("data.mnist", "{path}: holds pickled objects, refused for safety").format(
                    path=path
                )
            ) from None
        raise DataError(
            translate("data.mnist", "{path}: unreadable .npz ({exc})").format(path=path, exc=exc)
        ) from None
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise DataError(
            translate("data.mnist", "{path}: not a readable .npz file ({name})").format(
                path=path, name=type(exc).__name__
            )
        ) from None
    validate_arrays(arrays, path)
    return MnistData(
        arrays["x_train"], arrays["y_train"], arrays["x_test"], arrays["y_test"], source=path
    )


def validate_arrays(arrays: dict[str, np.ndarray], path: Path | str = "data") -> None:
    """Check shapes, dtypes, finiteness and label range; raise DataError on the first fault."""
    for split in ("train", "test"):
        x, y = arrays[f"x_{split}"], arrays[f"y_{split}"]
        if x.ndim != 3 or x.shape[1:] != IMAGE_SHAPE:
            raise DataError(
                translate(
                    "data.mnist", "{path}: x_{split} has shape {shape}, expected (N, 28, 28)"
                ).format(path=path, split=split, shape=x.shape)
            )
        if y.ndim != 1 or y.shape[0] != x.shape[0]:
            raise DataError(
                translate(
                    "data.mnist",
                    "{path}: y_{split} has shape {shape}, expected ({n},) to match x_{split}",
                ).format(path=path, split=split, shape=y.shape, n=x.shape[0])
            )
        if x.shape[0] == 0:
            raise DataError(
                translate("data.mnist", "{path}: x_{split} is empty").format(path=path, split=split)
            )
        if not (np.issubdtype(x.dtype, np.integer) or np.issubdtype(x.dtype, np.floating)):
            raise DataError(
                translate(
                    "data.mnist", "{path}: x_{split} has dtype {dtype}, expected uint8"
                ).format(path=path, split=split, dtype=x.dtype)
            )
        if np.issubdtype(x.dtype, np.floating) and not np.isfinite(x).all():
            raise DataError(
                translate("data.mnist", "{path}: x_{split} contains NaN or infinite values").format(
                    path=path, split=split
                )
            )
        if x.min() < 0 or x.max() > 255:
            raise DataError(
                translate("data.mnist", "{path}: x_{split} values lie outside 0..255").format(
                    path=path, split=split
                )
            )
        if not np.issubdtype(y.dtype, np.integer):
            if np.issubdtype(y.dtype, np.floating) and not np.isfinite(y).all():
                raise DataError(
                    translate(
                        "data.mnist", "{path}: y_{split} contains NaN or infinite values"
                    ).format(path=path, split=split)
                )
            raise DataError(
                translate(
                    "data.mnist", "{path}: y_{split} has dtype {dtype}, expected integer labels"
                ).format(path=path, split=split, dtype=y.dtype)
            )
        if y.min() < 0 or y.max() >= NUM_CLASSES:
            raise DataError(
                translate(
                    "data.mnist", "{path}: y_{split} has labels {low}..{high}, expected 0..9"
                ).format(path=path, split=split, low=int(y.min()), high=int(y.max()))
            )


def to_model_input(images: np.ndarray) -> np.ndarray:
    """Images -> float32 (N, 28, 28, 1) in 0..1: integers are read as 0..255, floats as 0..1."""
    images = np.asarray(images)
    x = images.astype(np.float32)
    if np.issubdtype(images.dtype, np.integer):
        x /= 255.0
    return x.reshape(x.shape[0], 28, 28, 1)
