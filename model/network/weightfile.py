"""Reading and writing ``model.weights.h5``, the weights inside a ``.keras`` file, without Keras.

The file is hostile until proven otherwise. Keras hardened its own reader after HDF5 attacks
(external links reading other files, CVE-2026-1669; virtual datasets mapping other files,
CVE-2026-12480; shape bombs that allocate terabytes, CVE-2026-0897); reading the file directly
must refuse the same, and more, *before reading a byte of any dataset*:

- the file is read from the zip into memory (at most ``max_bytes``) and opened from there, so
  HDF5 never opens a path of the attacker's choosing;
- every link is walked without being followed: soft and external links are refused;
- every dataset must be one the allow-listed config implies, by name, with the exact shape and
  a 4-byte float type (compound, variable-length and other types are refused), stored in the
  file itself (virtual datasets and external raw storage are refused);
- the optimizer state a checkpoint carries is checked the same way and never read.

The layout is Keras 3's (``keras.src.saving.saving_lib``): ``layers/<snake_case class>[_N]/vars/
<i>`` for each layer of ``model.layers`` in order, numbered per class name, and ``vars`` for the
model itself. ``write_weights`` writes that layout, which Keras loads.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from model.errors import ModelFileError
from model.i18n import integer, translate
from model.network.layers.base import Layer
from model.network.layers.registry import WEIGHT_GROUP_STEMS

# Checkpoints carry the optimizer's state (Adam: twice the weights) besides the weights.
SIZE_FACTOR = 4
SIZE_SLACK = 4 * 1024 * 1024
MAX_BYTES = 1024 * 1024 * 1024


def weight_paths(layers: list[Layer]) -> list[tuple[Layer, str]]:
    """Each layer with the group Keras files its weights under (``layers/conv2d_1``)."""
    used: dict[str, int] = {}
    paths = []
    for layer in layers:
        stem = WEIGHT_GROUP_STEMS[layer.kind]
        if stem in used:
            used[stem] += 1
            name = f"{stem}_{used[stem]}"
        else:
            used[stem] = 0
            name = stem
        paths.append((layer, f"layers/{name}"))
    return paths


def expected_datasets(layers: list[Layer]) -> dict[str, tuple[int, ...]]:
    """Every dataset path the config implies, with its shape."""
    expected = {}
    for layer, path in weight_paths(layers):
        for i, shape in enumerate(layer.weight_shapes()):
            expected[f"{path}/vars/{i}"] = tuple(shape)
    return expected


def size_limit(layers: list[Layer]) -> int:
    """The largest weight file a network of these layers can honestly need."""
    shapes = expected_datasets(layers).values()
    weight_bytes = 4 * sum(int(np.prod(s, dtype=np.int64)) for s in shapes)
    return min(MAX_BYTES, SIZE_FACTOR * weight_bytes + SIZE_SLACK)


def _refuse(source: str, why: str) -> ModelFileError:
    return ModelFileError(
        translate("network.weightfile", "{source}: its weights are refused: {reason}").format(
            source=source, reason=why
        )
    )


def _check_dataset(ds: Any, path: str, source: str) -> None:
    if ds.is_virtual:
        raise _refuse(
            source,
            translate(
                "network.weightfile", "{path} is a virtual dataset (it would read other files)"
            ).format(path=path),
        )
    plist = ds.id.get_create_plist()
    if plist.get_external_count() > 0:
        raise _refuse(
            source,
            translate("network.weightfile", "{path} keeps its data in another file").format(
                path=path
            ),
        )
    dtype = ds.dtype
    if dtype.fields is not None or dtype.kind not in "fiub" or dtype.hasobject:
        raise _refuse(
            source,
            translate("network.weightfile", "{path} holds {dtype} values, not numbers").format(
                path=path, dtype=dtype
            ),
        )


def _walk(group: Any, prefix: str, found: dict[str, Any], source: str) -> None:
    import h5py

    for name in group:
        path = f"{prefix}{name}"
        link = group.get(name, getlink=True)
        if isinstance(link, h5py.ExternalLink):
            raise _refuse(
                source,
                translate("network.weightfile", "{path} is a link to another file").format(
                    path=path
                ),
            )
        if isinstance(link, h5py.SoftLink):
            raise _refuse(
                source,
                translate("network.weightfile", "{path} is a link to {target}").format(
                    path=path, target=link.path
                ),
            )
        kind = group.get(name, getclass=True)
        if kind is h5py.Group:
            _walk(group[name], f"{path}/", found, source)
        elif kind is h5py.Dataset:
            ds = group[name]
            _check_dataset(ds, path, source)
            found[path] = ds
        else:
            raise _refuse(
                source,
                translate("network.weightfile", "{path} is not a group or a dataset").format(
                    path=path
                ),
            )


def _checked(
    found: dict[str, Any], expected: dict[str, tuple], layers: list[Layer], source: str
) -> list[tuple[Any, tuple, str]]:
    """Every expected dataset, checked (present, of its shape, float32) before any is read:
    (dataset, shape, what to call it)."""
    by_path = {group: layer for layer, group in weight_paths(layers)}
    checked = []
    # Every dataset is checked before any is read: a file refused reads nothing.
    for path, shape in expected.items():
        ds = found.get(path)
        layer = by_path[path.rsplit("/vars/", 1)[0]]
        what = layer.weight_names[int(path.rsplit("/", 1)[1])]
        if ds is None:
            raise _refuse(
                source,
                translate("network.weightfile", "{name}'s {part} is missing").format(
                    name=layer.name, part=what
                ),
            )
        if tuple(ds.shape) != shape:
            raise _refuse(
                source,
                translate(
                    "network.weightfile",
                    "{name}'s {part} has shape {shape} in the file but {shape2} in its config",
                ).format(name=layer.name, part=what, shape=tuple(ds.shape), shape2=shape),
            )
        if ds.dtype.kind != "f" or ds.dtype.itemsize != 4:
            raise _refuse(
                source,
                translate("network.weightfile", "{name}'s {part} is {dtype}, not float32").format(
                    name=layer.name, part=what, dtype=ds.dtype
                ),
            )
        named = translate("network.weightfile", "{name}'s {part}")
        checked.append((ds, shape, named.format(name=layer.name, part=what)))
    return checked


def read_weights(data: bytes, layers: list[Layer], source: str = "model") -> list[np.ndarray]:
    """The weights of ``layers`` (Keras's order) from the bytes of ``model.weights.h5``.

    Raises
    ------
    ModelFileError
        One line naming what is wrong, e.g. "dense1's kernel has shape (100000000, 10) in the
        file but (128, 10) in its config"; nothing of a refused file is read.
    """
    import h5py

    expected = expected_datasets(layers)
    if len(data) > size_limit(layers):
        raise _refuse(
            source,
            translate(
                "network.weightfile", "the weight file is {n} bytes, far more than it needs"
            ).format(n=integer(len(data))),
        )
    try:
        handle = h5py.File(io.BytesIO(data), "r")
    except (OSError, ValueError):
        raise _refuse(
            source, translate("network.weightfile", "model.weights.h5 is not an HDF5 file")
        ) from None
    with handle as f:
        found: dict[str, Any] = {}
        try:
            _walk(f, "", found, source)
        except (KeyError, OSError, RuntimeError, ValueError) as exc:
            raise _refuse(
                source,
                translate("network.weightfile", "its structure cannot be read ({exc})").format(
                    exc=exc
                ),
            ) from None
        for path in found:
            if path.startswith("optimizer/"):
                continue  # a checkpoint's optimizer state: checked above, never read
            if path not in expected:
                raise _refuse(
                    source,
                    translate("network.weightfile", "{path} is not a weight of this model").format(
                        path=path
                    ),
                )
        checked = _checked(found, expected, layers, source)
        weights = []
        for ds, shape, what in checked:
            out = np.empty(shape, np.float32)
            try:
                if out.size:
                    ds.read_direct(out)
            except (OSError, TypeError, ValueError) as exc:
                raise _refuse(
                    source,
                    translate("network.weightfile", "{part} cannot be read ({exc})").format(
                        part=what, exc=exc
                    ),
                ) from None
            if not np.all(np.isfinite(out)):
                raise _refuse(
                    source,
                    translate("network.weightfile", "{part} holds NaN or infinite values").format(
                        part=what
                    ),
                )
            weights.append(out)
    return weights


def write_weights(layers: list[Layer], model_name: str) -> bytes:
    """``model.weights.h5`` for these layers in Keras 3's layout, as bytes."""
    import h5py

    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as f:
        for layer, path in weight_paths(layers):
            group = f.create_group(f"{path}/vars")
            group.attrs["name"] = layer.name
            for i, value in enumerate(layer.get_weights()):
                group.create_dataset(str(i), data=np.asarray(value, np.float32))
        f.create_group("vars").attrs["name"] = model_name
    return buffer.getvalue()
