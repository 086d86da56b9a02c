"""A corpus of bad inputs, built by the tests themselves, and helpers to check nothing changed.

Each builder writes one file into a folder and returns its path. The cases mirror what users
(or attackers) actually hand over: empty, cut-off and mislabelled files, formats Pillow should
not touch, decompression bombs, model files that carry code or do not fit Convscope, and data
files with pickles, NaNs or nonsense labels.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from tests.strokes import render_digit

# The smallest network Convscope accepts: 28x28x1 in, 10 classes out.
TINY_SPEC = [
    {"type": "Conv2D", "filters": 2, "kernel_size": 3},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]

# --------------------------------------------------------------------------- images


def png_bytes(digit: int = 7, size: int = 120) -> bytes:
    buf = io.BytesIO()
    render_digit(digit, size).save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png_bytes(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG of a few dozen bytes whose header claims ``width`` x ``height`` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )


EPS_BYTES = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 28 28\n"
    b"newpath 4 4 moveto 24 24 lineto stroke showpage\n%%EOF\n"
)

# name -> (file name, bytes); each is refused when read as an image.
BAD_IMAGES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "zero-byte": ("empty.png", lambda: b""),
    "truncated PNG": ("cut.png", lambda: png_bytes()[: len(png_bytes()) // 2]),
    "text renamed .png": ("notes.png", lambda: b"shopping list: eggs, milk\n"),
    "EPS": ("drawing.eps", lambda: EPS_BYTES),
    "EPS renamed .png": ("drawing.png", lambda: EPS_BYTES),
    "decompression bomb PNG": ("bomb.png", bomb_png_bytes),
}


def write_image_case(folder: Path, case: str) -> Path:
    name, build = BAD_IMAGES[case]
    path = Path(folder) / name
    path.write_bytes(build())
    return path


# --------------------------------------------------------------------------- models


def rewrite_config(src: Path, dst: Path, edit: Callable[[dict], None]) -> Path:
    """Copy the .keras zip ``src`` to ``dst`` with ``edit`` applied to its config.json."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "config.json":
                config = json.loads(data)
                edit(config)
                data = json.dumps(config).encode()
            zout.writestr(item, data)
    return dst


def _add_lambda(config: dict) -> None:
    config["config"]["layers"].insert(
        1,
        {
            "module": "keras.layers",
            "class_name": "Lambda",
            "config": {
                "name": "evil",
                "function": {
                    "module": "builtins",
                    "class_name": "function",
                    "config": "__import__('os').system('touch PWNED')",
                },
            },
        },
    )


def _add_custom_object(config: dict) -> None:
    config["config"]["layers"][1]["registered_name"] = "Custom>Evil"


def good_model(path: Path) -> Path:
    """A real Convscope model file of TINY_SPEC."""
    from model.architectures import build_model
    from model.storage import save_model

    return save_model(build_model(TINY_SPEC, seed=0), path, {"name": path.stem})


def _plain_keras(path: Path, shape, classes: int) -> Path:
    from model.backend import keras

    k = keras()
    model = k.Sequential(
        [k.Input(shape), k.layers.Flatten(), k.layers.Dense(classes, activation="softmax")]
    )
    model.save(path)
    return path


def _h5_model(path: Path) -> Path:
    from model.architectures import build_model

    build_model(TINY_SPEC, seed=0).save(path)  # Keras's legacy HDF5 format
    return path


# name -> (file name, builder(path, good_model_path) -> path); each is refused when loaded.
BAD_MODELS: dict[str, tuple[str, Callable[[Path, Path], Path]]] = {
    "Lambda layer": ("lambda.keras", lambda p, good: rewrite_config(good, p, _add_lambda)),
    "custom object": ("custom.keras", lambda p, good: rewrite_config(good, p, _add_custom_object)),
    "wrong input shape": ("input32.keras", lambda p, good: _plain_keras(p, (32, 32, 1), 10)),
    "wrong output classes": ("five.keras", lambda p, good: _plain_keras(p, (28, 28, 1), 5)),
    "HDF5 .h5 file": ("legacy.h5", lambda p, good: _h5_model(p)),
    "text renamed .keras": ("text.keras", lambda p, good: (p.write_text("not a zip"), p)[1]),
}


def write_model_case(folder: Path, case: str, good: Path) -> Path:
    name, build = BAD_MODELS[case]
    return build(Path(folder) / name, good)


# --------------------------------------------------------------------------- data


def good_arrays(n: int = 5) -> dict[str, np.ndarray]:
    """A valid MNIST-layout set of ``n`` blank digits."""
    return dict(
        x_train=np.zeros((n, 28, 28), np.uint8),
        y_train=np.arange(n, dtype=np.uint8) % 10,
        x_test=np.zeros((n, 28, 28), np.uint8),
        y_test=np.arange(n, dtype=np.uint8) % 10,
    )


def write_npz(path: Path, **arrays: np.ndarray) -> Path:
    np.savez(path, **arrays)
    return path


def _changed(**changes) -> Callable[[], dict]:
    def build():
        arrays = good_arrays()
        for key, value in changes.items():
            if value is None:
                arrays.pop(key)
            else:
                arrays[key] = value
        return arrays

    return build


# name -> builder of the arrays; each is refused when loaded as MNIST.
BAD_DATA: dict[str, Callable[[], dict]] = {
    "pickled .npz": _changed(x_train=np.array([object()] * 5, dtype=object)),
    "NaN pixels": _changed(x_test=np.full((5, 28, 28), np.nan, np.float32)),
    "labels out of range": _changed(y_train=np.full(5, 12, np.uint8)),
    "missing keys": _changed(y_test=None),
    "wrong image shape": _changed(x_train=np.zeros((5, 28, 27), np.uint8)),
}


def write_data_case(folder: Path, case: str) -> Path:
    name = case.replace(" ", "_").replace(".", "")
    return write_npz(Path(folder) / f"{name}.npz", **BAD_DATA[case]())


# --------------------------------------------------------------------------- checking the disk


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder``: relative path -> (sha256, mtime in ns)."""
    out = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            out[str(path.relative_to(folder))] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                path.stat().st_mtime_ns,
            )
    return out


# --------------------------------------------------------------------------- failing writes

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def read_only(folder: Path, monkeypatch):
    """Within the block, ``folder`` refuses new files, for real when possible.

    ``chmod`` does not stop root, so as root the refusal is simulated where Convscope creates
    files there: ``tempfile.mkstemp`` (every atomic write starts with it) raises EACCES for that
    folder.
    """
    folder = Path(folder)
    if not RUNNING_AS_ROOT:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)
        return
    real = tempfile.mkstemp

    def refuse(*args, **kwargs):
        where = kwargs.get("dir")
        if where is not None and Path(where).resolve() == folder.resolve():
            raise PermissionError(errno.EACCES, "Permission denied", str(where))
        return real(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", refuse)
        yield


def long_name(suffix: str = ".keras") -> str:
    """A file name longer than the 255 bytes Linux file systems allow."""
    return "m" * 300 + suffix


def disk_full(monkeypatch, target=os, name: str = "fsync") -> None:
    """Make ``target.name`` fail as a full disk does."""

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(target, name, full)


# A sitecustomize module for subprocesses: the same faults, switched on by an environment
# variable, so the command line can be tested against a full disk or a read-only folder.
FAULT_SITECUSTOMIZE = """
import errno, os, tempfile
_fault = os.environ.get("CONVSCOPE_TEST_FAULT", "")
if _fault == "enospc":
    def _full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")
    os.fsync = _full
elif _fault.startswith("readonly:"):
    _folder = os.path.realpath(_fault.split(":", 1)[1])
    _mkstemp = tempfile.mkstemp
    def _refuse(*a, **k):
        if k.get("dir") is not None and os.path.realpath(k["dir"]) == _folder:
            raise PermissionError(errno.EACCES, "Permission denied", k["dir"])
        return _mkstemp(*a, **k)
    tempfile.mkstemp = _refuse
"""


def fault_env(folder: Path, fault: str) -> dict[str, str]:
    """Environment for a subprocess with ``fault`` ("enospc", "readonly:<folder>") switched on."""
    site = Path(folder) / "faults"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(FAULT_SITECUSTOMIZE)
    path = os.environ.get("PYTHONPATH", "")
    return {
        "PYTHONPATH": str(site) + (os.pathsep + path if path else ""),
        "CONVSCOPE_TEST_FAULT": fault,
    }


# --------------------------------------------------------------------------- the app
