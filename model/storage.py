"""Saving and loading models: atomically on the way out, suspiciously on the way in.

A Convscope model file is an ordinary Keras ``.keras`` zip with one extra member,
``convscope.json``, holding the metadata (spec, training settings, history, test accuracy,
preprocessing version, date, the command that made it). Keras ignores the extra member.

Loading treats the file as data, never as code, and needs no TensorFlow: ``config.json`` is
read from the zip and every object in it must be a Keras built-in of a layer type Convscope can
build; the network it describes must map 28x28x1 images to 10 classes; the weights are read
from ``model.weights.h5`` by ``model.network.weightfile``, which refuses links, virtual and external
datasets and any dataset the config does not imply before reading one. The result is a NumPy
``model.network.network.Network``; one with a layer NumPy does not reproduce computes on TensorFlow.
Processes that train load a Keras model instead (``load_keras``), after the same checks, with
Keras's ``safe_mode`` on.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from model.errors import ModelFileError, StorageError
from model.filecheck import check_config, check_io_shapes  # checks kept in their own module
from model.i18n import translate

METADATA_MEMBER = "convscope.json"
CONFIG_MEMBER = "config.json"
WEIGHTS_MEMBER = "model.weights.h5"
KERAS_METADATA_MEMBER = "metadata.json"
MAX_CONFIG_BYTES = 5_000_000


@dataclass
class LoadedModel:
    """A model with the metadata Convscope stored beside it (empty for foreign files).

    ``model`` is a ``model.network.network.Network`` from ``load_model``, a Keras model from
    ``load_keras``.
    """

    model: Any
    metadata: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def name(self) -> str:
        return self.metadata.get("name") or (self.path.stem if self.path else self.model.name)


# --------------------------------------------------------------------------- atomic writes


def atomic_write(path: str | os.PathLike, write) -> Path:
    """Write a file by calling ``write(temp_path)``, then move it over ``path`` in one step.

    The temporary file lives in the destination folder (so ``os.replace`` is atomic), is
    flushed to disk before the rename, and is removed if anything fails: the previous file, if
    any, is never damaged.

    Raises
    ------
    StorageError
        With the reason, e.g. "No space left on device" or "Permission denied".
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            translate("storage", "cannot save {path}: folder {dir} does not exist").format(
                path=path, dir=folder
            )
        )
    tmp = None
    try:
        # Same suffix as the target: Keras insists on ".keras", and tools sniff by suffix.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.tmp-", suffix=path.suffix, dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        write(tmp)
        # mkstemp creates the file private (0600); a saved model should be as readable as the
        # file it replaces, or as any new file.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        _fsync_folder(folder)
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError(
            translate("storage", "cannot save {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    except Exception as exc:  # Keras wraps OS errors in its own types
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StorageError(
            translate("storage", "cannot save {path}: {reason}").format(path=path, reason=reason)
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return path


def check_writable(path: str | os.PathLike) -> None:
    """Raise StorageError now if ``path`` could not be saved later; leave nothing behind.

    Creates and removes the same kind of temporary file ``atomic_write`` would, so a missing or
    read-only folder or a name too long for the file system is found before an hour of training
    rather than after it.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            translate("storage", "cannot save {path}: folder {dir} does not exist").format(
                path=path, dir=folder
            )
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.tmp-", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise StorageError(
            translate("storage", "cannot save {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, and not fatal.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    return atomic_write(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


# --------------------------------------------------------------------------- saving


def save_model(
    model,
    path: str | os.PathLike,
    metadata: dict[str, Any] | None = None,
    *,
    include_optimizer: bool = False,
) -> Path:
    """Save ``model`` with ``metadata`` to ``path`` (a ``.keras`` file), atomically.

    ``model`` is a ``model.network.network.Network`` (written without TensorFlow, in Keras's own
    layout) or a Keras model. Without ``include_optimizer`` a Keras model's optimizer state is
    dropped, which keeps shipped models small; checkpoints keep it so training can resume.
    """
    path = Path(path)
    if path.suffix != ".keras":
        raise StorageError(
            translate("storage", "cannot save {path}: model files must end in .keras").format(
                path=path
            )
        )
    meta = {
        "format": "convscope-model",
        "format_version": 1,
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        **(metadata or {}),
    }
    meta_json = json.dumps(meta, indent=1, default=_json_default)
    from model.network.network import Network

    if isinstance(model, Network):
        return atomic_write(path, lambda tmp: _write_network(model, tmp, meta_json))
    from model.backend import graph_lock

    with graph_lock:
        to_save = model if include_optimizer else _without_optimizer(model)

    def write(tmp: Path) -> None:
        with graph_lock:
            to_save.save(tmp)
        with zipfile.ZipFile(tmp, "a", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(METADATA_MEMBER, meta_json)

    return atomic_write(path, write)


def update_metadata(path: str | os.PathLike, changes: dict[str, Any]) -> Path:
    """Merge ``changes`` into a Convscope model file's metadata, atomically. Every other member
    is copied byte for byte, so the network is exactly the one that was there."""
    path = Path(path)
    meta = {**read_metadata(path), **changes}
    meta_json = json.dumps(meta, indent=1, default=_json_default)

    def write(tmp: Path) -> None:
        with _open_zip(path) as src, zipfile.ZipFile(tmp, "w") as dst:
            for info in src.infolist():
                if info.filename != METADATA_MEMBER:
                    dst.writestr(info, src.read(info.filename))
            dst.writestr(METADATA_MEMBER, meta_json, compress_type=zipfile.ZIP_DEFLATED)

    return atomic_write(path, write)


def _keras_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("keras")
    except metadata.PackageNotFoundError:
        return "3"


def _write_network(net: Any, tmp: Path, meta_json: str) -> None:
    """The members Keras writes for a model (its metadata, config, weights), then ours."""
    from model.network.weightfile import write_weights

    keras_meta = {
        "keras_version": _keras_version(),
        "date_saved": _dt.datetime.now().strftime("%Y-%m-%d@%H:%M:%S"),
    }
    weights = write_weights(net.layers, net.name)
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(KERAS_METADATA_MEMBER, json.dumps(keras_meta))
        zf.writestr(CONFIG_MEMBER, json.dumps(net.config))
        # Keras stores the weights uncompressed; so do we, so its reader meets what it expects.
        zf.writestr(WEIGHTS_MEMBER, weights, compress_type=zipfile.ZIP_STORED)
        zf.writestr(METADATA_MEMBER, meta_json)


def _without_optimizer(model):
    if getattr(model, "optimizer", None) is None:
        return model
    # Not keras.models.clone_model: it compiles the clone too, optimizer state and all.
    clone = type(model).from_config(model.get_config())
    clone.set_weights(model.get_weights())
    return clone


def _json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# --------------------------------------------------------------------------- loading


def _open_zip(path: Path) -> zipfile.ZipFile:
    if not path.exists():
        raise ModelFileError(translate("storage", "{path}: no such file").format(path=path))
    if path.is_dir():
        raise ModelFileError(
            translate("storage", "{path}: is a folder, not a model file").format(path=path)
        )
    if path.suffix.lower() in (".h5", ".hdf5"):
        raise ModelFileError(
            translate(
                "storage",
                "{path}: HDF5 (.h5) models are refused because they can carry code; "
                "re-save it as .keras",
            ).format(path=path)
        )
    if path.suffix.lower() != ".keras":
        raise ModelFileError(
            translate("storage", "{path}: not a .keras model file").format(path=path)
        )
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ModelFileError(
            translate("storage", "{path}: not a valid .keras file ({name})").format(
                path=path, name=type(exc).__name__
            )
        ) from None


def read_metadata(path: str | os.PathLike) -> dict[str, Any]:
    """The Convscope metadata of a model file, without loading TensorFlow ({} if absent)."""
    path = Path(path)
    with _open_zip(path) as zf:
        if METADATA_MEMBER not in zf.namelist():
            return {}
        if zf.getinfo(METADATA_MEMBER).file_size > MAX_CONFIG_BYTES:
            raise ModelFileError(
                translate("storage", "{path}: its metadata is implausibly large").format(path=path)
            )
        try:
            meta = json.loads(zf.read(METADATA_MEMBER))
        except (ValueError, zipfile.BadZipFile, OSError):
            raise ModelFileError(
                translate("storage", "{path}: its metadata is corrupt").format(path=path)
            ) from None
    return meta if isinstance(meta, dict) else {}


def read_config(path: str | os.PathLike) -> dict[str, Any]:
    """The Keras ``config.json`` of a model file, checked to hold nothing but known layers."""
    path = Path(path)
    with _open_zip(path) as zf:
        names = zf.namelist()
        if CONFIG_MEMBER not in names or "model.weights.h5" not in names:
            raise ModelFileError(
                translate(
                    "storage", "{path}: not a Keras model (no config.json or weights inside)"
                ).format(path=path)
            )
        info = zf.getinfo(CONFIG_MEMBER)
        if info.file_size > MAX_CONFIG_BYTES:
            raise ModelFileError(
                translate("storage", "{path}: its config.json is implausibly large").format(
                    path=path
                )
            )
        try:
            config = json.loads(zf.read(CONFIG_MEMBER))
        except (ValueError, zipfile.BadZipFile, OSError):
            raise ModelFileError(
                translate("storage", "{path}: its config.json is corrupt").format(path=path)
            ) from None
    check_config(config, path)
    return config


def read_network(path: str | os.PathLike) -> Any:
    """The ``model.network.network.Network`` a model file holds, checked, without TensorFlow.

    Raises
    ------
    ModelFileError
        With a one-line reason: a refused config, a network that does not read 28x28x1 images
        into 10 classes, or weights that are not exactly what the config implies.
    """
    from model.network.network import Network
    from model.network.weightfile import read_weights, size_limit

    path = Path(path)
    config = read_config(path)
    try:
        net = Network(config)
    except ModelFileError as exc:
        raise ModelFileError(f"{path}: {exc}") from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
        raise ModelFileError(
            translate("storage", "{path}: its config.json is malformed ({exc})").format(
                path=path, exc=exc
            )
        ) from None
    check_io_shapes(net, path)
    limit = size_limit(net.layers)
    with _open_zip(path) as zf:
        if zf.getinfo(WEIGHTS_MEMBER).file_size > limit:
            raise ModelFileError(
                translate(
                    "storage",
                    "{path}: its weights are refused: the weight file is far larger than "
                    "this model needs",
                ).format(path=path)
            )
        try:
            with zf.open(WEIGHTS_MEMBER) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ModelFileError(
                translate("storage", "{path}: its weights cannot be read ({exc})").format(
                    path=path, exc=exc
                )
            ) from None
    net.set_weights(read_weights(data, net.layers, str(path)))
    return net


def load_model(path: str | os.PathLike) -> LoadedModel:
    """Load a model file as a ``model.network.network.Network``, after checking every part of it.

    The network computes in NumPy, with no TensorFlow import, unless one of its layers is one
    NumPy does not reproduce: then it runs on TensorFlow and ``LoadedModel.metadata`` gets
    ``engine_note`` saying why.

    Raises
    ------
    ModelFileError
        With a one-line reason; nothing in the file is executed.
    """
    path = Path(path)
    net = read_network(path)
    metadata = read_metadata(path)
    if net.numpy_reason:
        metadata["engine_note"] = translate("storage", "runs on TensorFlow: {reason}").format(
            reason=net.numpy_reason
        )
        net.use_tensorflow()
    return LoadedModel(net, metadata, path)


def load_keras(path: str | os.PathLike, *, compile: bool = False) -> LoadedModel:
    """Load a model file as a Keras model (for training), after ``read_network``'s checks."""
    from model.backend import graph_lock
    from model.backend import keras as _keras

    path = Path(path)
    read_network(path)
    metadata = read_metadata(path)
    keras = _keras()
    try:
        with graph_lock:
            model = keras.saving.load_model(path, compile=compile, safe_mode=True)
    except Exception as exc:  # Keras raises many types for bad files; all mean the same here
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelFileError(
            translate("storage", "{path}: cannot be loaded ({reason})").format(
                path=path, reason=reason[:200]
            )
        ) from None
    return LoadedModel(model, metadata, path)
