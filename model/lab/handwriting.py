"""Your own handwriting as a dataset, and fine-tuning a network on it.

A personal dataset is a folder the user chooses: one PNG per sample (the 28x28 input the network
sees, 8-bit grey, white ink on black), optionally the canvas drawing it came from, and
``manifest.json`` listing every sample with its label::

    {"format": "convscope-handwriting", "format_version": 1, "preprocess_version": 1,
     "next_id": 4,
     "samples": [{"id": 1, "file": "sample-000001.png", "canvas": "sample-000001-canvas.png",
                  "label": 3, "created": "2026-11-25T18:50:37+00:00", "held_out": false}]}

The manifest is the truth. Every write is atomic (a temporary file in the folder, fsynced, then
``os.replace``d), and the manifest is written *after* a new sample's pictures, *before* a
deleted sample's pictures are removed: a crash in between leaves a picture the manifest does
not name, which the next ``open`` removes, never a manifest naming a missing picture.

Some samples of each digit are *held out*: never trained on, kept to measure honestly whether
fine-tuning helped. The choice is made when a sample is added and stored with it (the second
sample of each digit, then every fifth: 1 of 2-6 samples, 2 of 7-11, ...), so it never changes
afterwards and a sample cannot drift from the test side into training.

``fine_tune`` continues training a copy of a model on the user's training samples mixed into
MNIST (so it learns the new style without forgetting the old), through ``model.training.trainer``'s
``Trainer``, and measures accuracy before and after.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import math
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from model.data.mnist import NUM_CLASSES, MnistData
from model.data.preprocess import PREPROCESS_VERSION
from model.errors import DataError, StorageError, TrainingError
from model.storage import atomic_write, atomic_write_text

FORMAT = "convscope-handwriting"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SPLITS = ("train", "held_out", "all")
# Held out: the 2nd sample of a digit, then one more for every HOLD_OUT_EVERY samples.
HOLD_OUT_EVERY = 5
CANVAS_MAX_SIDE = 1024

_SAMPLE_FILE = re.compile(r"^sample-(\d{6,})\.png$")
_CANVAS_FILE = re.compile(r"^sample-(\d{6,})-canvas\.png$")
# Temporary files ``model.storage.atomic_write`` leaves only if the process died mid-write.
_TEMP_FILE = re.compile(r"^\.(sample-\d{6,}(-canvas)?|manifest)\.tmp-.*\.(png|json)$")


@dataclass(frozen=True)
class Sample:
    """One sample as the manifest records it."""

    id: int
    file: str
    label: int
    created: str
    held_out: bool
    canvas: str | None = None

    def to_json(self) -> dict[str, Any]:
        entry = asdict(self)
        if self.canvas is None:
            del entry["canvas"]
        return entry


@dataclass(frozen=True)
class DeletedSample:
    """What ``delete`` removed, enough to put it back (``restore``)."""

    sample: Sample
    image: np.ndarray
    canvas: np.ndarray | None = None


def held_out_target(n: int) -> int:
    """How many of a digit's ``n`` samples are held out: 0 for 0-1, 1 for 2-6, 2 for 7-11..."""
    return 0 if n < 2 else (n + HOLD_OUT_EVERY - 2) // HOLD_OUT_EVERY


def _as_uint8(image: np.ndarray, what: str) -> np.ndarray:
    a = np.asarray(image)
    if a.ndim != 2:
        raise DataError(f"{what} must be a 2-D grey image, not shape {a.shape}")
    if np.issubdtype(a.dtype, np.floating):
        if not np.all(np.isfinite(a)):
            raise DataError(f"{what} contains NaN or infinite values")
        return np.clip(np.rint(a * 255.0), 0, 255).astype(np.uint8)
    return np.clip(a, 0, 255).astype(np.uint8)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _write_png(path: Path, pixels: np.ndarray) -> None:
    atomic_write(path, lambda tmp: Image.fromarray(pixels, "L").save(tmp, format="PNG"))


def _read_png(path: Path, shape: tuple[int, int] | None) -> np.ndarray:
    """A grey PNG as uint8; raises DataError for anything else."""
    try:
        with Image.open(path) as im:
            if im.format != "PNG":
                raise DataError(f"{path.name} is not a PNG file")
            w, h = im.size
            if shape is not None and (h, w) != shape:
                raise DataError(f"{path.name} is {w}x{h}, not {shape[1]}x{shape[0]}")
            if max(w, h) > CANVAS_MAX_SIDE:
                raise DataError(f"{path.name} is implausibly large ({w}x{h})")
            return np.asarray(im.convert("L"), np.uint8).copy()
    except DataError:
        raise
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise DataError(f"{path.name} cannot be read ({type(exc).__name__})") from None


class PersonalDataset:
    """A folder of the user's own digit samples. Open it with ``PersonalDataset.open``.

    Safe to use from several threads (one lock guards the state); every write is atomic.

    Attributes
    ----------
    folder : the dataset's folder.
    warnings : one-line notes from opening it (unreadable pictures skipped, leftovers removed).
    """

    def __init__(self, folder: Path, manifest: dict[str, Any], writable: bool) -> None:
        self.folder = folder
        self.writable = writable
        self.warnings: list[str] = []
        self._lock = threading.RLock()
        self._next_id = int(manifest.get("next_id", 1))
        # Every sample the manifest keeps, in order; unreadable ones stay listed (the file may
        # be fixable) but are not offered for training or display.
        self._entries: list[Sample] = []
        self._images: dict[int, np.ndarray] = {}

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, folder: str | os.PathLike, *, create: bool = True) -> PersonalDataset:
        """Open the dataset in ``folder``.

        Parameters
        ----------
        folder
            The dataset's folder. With ``create``, a missing or empty folder becomes a new,
            empty dataset.
        create
            False opens an existing dataset read-only: nothing on disk changes (the command
            line uses this), and a folder without a manifest is an error.

        Raises
        ------
        DataError
            One line: the folder is not a dataset (a foreign or garbled manifest, or other
            files but no manifest), or it cannot be read or created.
        """
        folder = Path(folder).expanduser()
        manifest_path = folder / MANIFEST
        if folder.exists() and not folder.is_dir():
            raise DataError(f"{folder} is a file, not a folder")
        if not manifest_path.exists():
            if not create:
                raise DataError(f"{folder} holds no handwriting samples (no {MANIFEST})")
            return cls._create(folder)
        manifest = _read_manifest(manifest_path)
        dataset = cls(folder, manifest, writable=create)
        dataset._load(manifest)
        return dataset

    @classmethod
    def _create(cls, folder: Path) -> PersonalDataset:
        if folder.is_dir():
            others = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
            if others:
                raise DataError(
                    f"{folder} already holds other files and no {MANIFEST}: choose an empty "
                    "folder or one that holds your samples"
                )
        else:
            if not folder.parent.is_dir():
                raise DataError(f"cannot create {folder}: folder {folder.parent} does not exist")
            try:
                folder.mkdir()
            except OSError as exc:
                raise DataError(f"cannot create {folder}: {exc.strerror or exc}") from None
        dataset = cls(folder, {"next_id": 1}, writable=True)
        try:
            dataset._write_manifest(dataset._entries)
        except StorageError as exc:
            raise DataError(str(exc)) from None
        return dataset

    def _load(self, manifest: dict[str, Any]) -> None:
        entries = []
        missing = 0
        for sample in manifest["samples"]:
            path = self.folder / sample.file
            if not path.is_file():
                missing += 1
                continue
            try:
                self._images[sample.id] = _read_png(path, (28, 28))
            except DataError as exc:
                self.warnings.append(f"sample {sample.id} (digit {sample.label}) skipped: {exc}")
            entries.append(sample)
        self._entries = entries
        if missing:
            self.warnings.append(
                f"{missing} sample{'s' if missing != 1 else ''} listed in {MANIFEST} had no "
                "picture file and were left out"
            )
        known = {s.file for s in entries} | {s.canvas for s in entries if s.canvas}
        leftovers = [
            p
            for p in self.folder.iterdir()
            if p.is_file()
            and p.name not in known
            and (
                _SAMPLE_FILE.match(p.name) or _CANVAS_FILE.match(p.name) or _TEMP_FILE.match(p.name)
            )
        ]
        ids = [int(m.group(1)) for p in leftovers if (m := re.search(r"sample-(\d+)", p.name))]
        # Never reuse the number of a picture that is still on disk.
        self._next_id = max([self._next_id, *(i + 1 for i in ids), *(s.id + 1 for s in entries)])
        if not self.writable:
            if leftovers:
                self.warnings.append(
                    f"{len(leftovers)} unfinished sample file(s) not in {MANIFEST} were ignored"
                )
            return
        removed = 0
        for path in leftovers:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
        if removed:
            self.warnings.append(
                f"removed {removed} unfinished sample file(s) that {MANIFEST} did not list "
                "(left by an interrupted save or delete)"
            )
        if missing:
            with contextlib.suppress(StorageError):
                self._write_manifest(self._entries)

    # ----------------------------------------------------------------- reading

    @property
    def samples(self) -> list[Sample]:
        """The readable samples, oldest first."""
        with self._lock:
            return [s for s in self._entries if s.id in self._images]

    def sample(self, sample_id: int) -> Sample:
        """The sample ``sample_id``; KeyError if there is none."""
        with self._lock:
            for s in self._entries:
                if s.id == sample_id and s.id in self._images:
                    return s
        raise KeyError(sample_id)

    def image(self, sample_id: int) -> np.ndarray:
        """The 28x28 uint8 picture of sample ``sample_id`` (a copy)."""
        with self._lock:
            return self._images[sample_id].copy()

    def __len__(self) -> int:
        return len(self.samples)

    def counts(self, split: str = "all") -> np.ndarray:
        """Number of samples per digit (10,) in ``split``: "train", "held_out" or "all"."""
        _check_split(split)
        counts = np.zeros(NUM_CLASSES, np.int64)
        for s in self.samples:
            if _in_split(s, split):
                counts[s.label] += 1
        return counts

    def arrays(self, split: str = "all") -> tuple[np.ndarray, np.ndarray]:
        """Pictures (N, 28, 28) uint8 and labels (N,) uint8 of ``split``, oldest first."""
        _check_split(split)
        with self._lock:
            chosen = [s for s in self.samples if _in_split(s, split)]
            x = np.zeros((len(chosen), 28, 28), np.uint8)
            for i, s in enumerate(chosen):
                x[i] = self._images[s.id]
        return x, np.array([s.label for s in chosen], np.uint8)

    def readiness(self) -> str | None:
        """Why fine-tuning cannot start yet (one line), or None when it can.

        Every digit that has samples needs at least two: one to train on and one held out to
        measure the result with.
        """
        train, held = self.counts("train"), self.counts("held_out")
        total = train + held
        if not total.any():
            return "there are no samples yet: draw some digits first"
        short = [d for d in range(NUM_CLASSES) if total[d] and (not train[d] or not held[d])]
        if short:
            digits = ", ".join(str(d) for d in short)
            return (
                f"draw at least 2 samples of {digits}: one to learn from and one kept aside "
                "to test the result"
            )
        return None

    def summary(self) -> dict[str, Any]:
        """Plain facts for model metadata: folder, counts per digit and split."""
        return {
            "folder": str(self.folder.absolute()),
            "counts": self.counts("all").tolist(),
            "train": int(self.counts("train").sum()),
            "held_out": int(self.counts("held_out").sum()),
        }

    # ----------------------------------------------------------------- writing

    def add(
        self,
        image28: np.ndarray,
        label: int,
        *,
        canvas: np.ndarray | None = None,
        held_out: bool | None = None,
    ) -> int:
        """Save a new sample and return its id.

        Parameters
        ----------
        image28
            The 28x28 network input (floats 0..1 or uint8), white ink on black.
        label
            The digit it shows.
        canvas
            Optionally the drawing it was made from (grey, white on black), kept so the
            sample can be prepared again if preprocessing ever changes.
        held_out
            Whether it is kept aside for testing; None lets the dataset decide (see module).
        """
        label = _check_label(label)
        pixels = _as_uint8(image28, "a sample")
        if pixels.shape != (28, 28):
            raise DataError(f"a sample must be 28x28, not {pixels.shape[0]}x{pixels.shape[1]}")
        canvas_pixels = None if canvas is None else _as_uint8(canvas, "the canvas drawing")
        if canvas_pixels is not None and max(canvas_pixels.shape) > CANVAS_MAX_SIDE:
            raise DataError("the canvas drawing is too large to keep")
        with self._lock:
            self._check_writable()
            sample_id = self._next_id
            if held_out is None:
                n = sum(1 for s in self._entries if s.label == label)
                held = sum(1 for s in self._entries if s.label == label and s.held_out)
                held_out = held < held_out_target(n + 1)
            sample = Sample(
                id=sample_id,
                file=f"sample-{sample_id:06d}.png",
                label=label,
                created=_now(),
                held_out=bool(held_out),
                canvas=None if canvas_pixels is None else f"sample-{sample_id:06d}-canvas.png",
            )
            written: list[Path] = []
            try:
                _write_png(self.folder / sample.file, pixels)
                written.append(self.folder / sample.file)
                if canvas_pixels is not None:
                    _write_png(self.folder / sample.canvas, canvas_pixels)
                    written.append(self.folder / sample.canvas)
                self._write_manifest([*self._entries, sample], next_id=sample_id + 1)
            except Exception:
                # The manifest still lists only the old samples: take back the pictures too.
                for path in written:
                    with contextlib.suppress(OSError):
                        path.unlink()
                raise
            self._entries.append(sample)
            self._images[sample_id] = pixels
            self._next_id = sample_id + 1
            return sample_id

    def relabel(self, sample_id: int, label: int) -> None:
        """Change the digit sample ``sample_id`` shows (its held-out flag stays)."""
        label = _check_label(label)
        with self._lock:
            self._check_writable()
            index = self._index(sample_id)
            entries = list(self._entries)
            entries[index] = replace(entries[index], label=label)
            self._write_manifest(entries)
            self._entries = entries

    def delete(self, sample_id: int) -> DeletedSample:
        """Remove sample ``sample_id``; returns it with its pictures, so it can be restored."""
        with self._lock:
            self._check_writable()
            index = self._index(sample_id)
            sample = self._entries[index]
            canvas = None
            if sample.canvas:
                with contextlib.suppress(DataError):
                    canvas = _read_png(self.folder / sample.canvas, None)
            entries = self._entries[:index] + self._entries[index + 1 :]
            self._write_manifest(entries)
            self._entries = entries
            image = self._images.pop(sample_id, np.zeros((28, 28), np.uint8))
            for name in (sample.file, sample.canvas):
                if name:
                    with contextlib.suppress(OSError):
                        (self.folder / name).unlink()
            return DeletedSample(sample, image, canvas)

    def restore(self, deleted: DeletedSample) -> int:
        """Add a deleted sample back (under a new id, same label and held-out flag)."""
        return self.add(
            deleted.image,
            deleted.sample.label,
            canvas=deleted.canvas,
            held_out=deleted.sample.held_out,
        )

    # ----------------------------------------------------------------- internals

    def _index(self, sample_id: int) -> int:
        for i, s in enumerate(self._entries):
            if s.id == sample_id:
                return i
        raise DataError(f"there is no sample {sample_id} in {self.folder}")

    def _check_writable(self) -> None:
        if not self.writable:
            raise DataError(f"{self.folder} was opened read-only")

    def _write_manifest(self, entries: list[Sample], next_id: int | None = None) -> None:
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "preprocess_version": PREPROCESS_VERSION,
            "next_id": self._next_id if next_id is None else next_id,
            "samples": [s.to_json() for s in entries],
        }
        atomic_write_text(self.folder / MANIFEST, json.dumps(manifest, indent=1) + "\n")


def _check_split(split: str) -> None:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")


def _in_split(sample: Sample, split: str) -> bool:
    return split == "all" or (split == "held_out") == sample.held_out


def _check_label(label: Any) -> int:
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)):
        raise DataError(f"a label must be a digit 0-9, not {label!r}")
    if not 0 <= int(label) < NUM_CLASSES:
        raise DataError(f"a label must be a digit 0-9, not {label}")
    return int(label)


def _read_manifest(path: Path) -> dict[str, Any]:
    """The manifest, checked entry by entry; DataError (one line) for anything foreign."""
    where = f"{path.parent}: {MANIFEST}"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{where} cannot be read: {exc.strerror or exc}") from None
    if len(raw) > 50_000_000:
        raise DataError(f"{where} is implausibly large")
    try:
        manifest = json.loads(raw)
    except ValueError:
        raise DataError(f"{where} is not valid JSON: not a handwriting dataset") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DataError(f"{where} belongs to something else, not a Convscope handwriting dataset")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataError(f"{where} is garbled (no format version)")
    if version > FORMAT_VERSION:
        raise DataError(f"{where} was written by a newer Convscope (format {version})")
    rows = manifest.get("samples")
    if not isinstance(rows, list):
        raise DataError(f"{where} is garbled (no sample list)")
    next_id = manifest.get("next_id", 1)
    if not isinstance(next_id, int) or isinstance(next_id, bool) or next_id < 1:
        raise DataError(f"{where} is garbled (next_id)")
    samples, ids, files = [], set(), set()
    for n, row in enumerate(rows, 1):
        problem = _entry_problem(row)
        if problem is None:
            if row["id"] in ids:
                problem = f"id {row['id']} appears twice"
            elif row["file"] in files:
                problem = f"file {row['file']} appears twice"
        if problem:
            raise DataError(f"{where} is garbled (sample {n}: {problem})")
        ids.add(row["id"])
        files.add(row["file"])
        samples.append(
            Sample(
                id=row["id"],
                file=row["file"],
                label=row["label"],
                created=str(row.get("created", "")),
                held_out=row["held_out"],
                canvas=row.get("canvas"),
            )
        )
    return {"next_id": next_id, "samples": samples}


def _entry_problem(row: Any) -> str | None:
    def is_int(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)

    if not isinstance(row, dict):
        return "not an object"
    if not is_int(row.get("id")) or row["id"] < 1:
        return "no valid id"
    # Plain file names only: a manifest must never point outside its folder.
    if not isinstance(row.get("file"), str) or not _SAMPLE_FILE.match(row["file"]):
        return "no valid file name"
    if "canvas" in row and not (
        isinstance(row["canvas"], str) and _CANVAS_FILE.match(row["canvas"])
    ):
        return "invalid canvas file name"
    if not is_int(row.get("label")) or not 0 <= row["label"] < NUM_CLASSES:
        return f"label {row.get('label')!r} is not a digit 0-9"
    if not isinstance(row.get("held_out"), bool):
        return "no held_out flag"
    return None


# --------------------------------------------------------------------------- mixing into MNIST


def augment_digits(
    images: np.ndarray,
    rng: np.random.Generator,
    *,
    shift: float = 2.0,
    rotation: float = 10.0,
    zoom: float = 0.1,
) -> np.ndarray:
    """Lightly varied copies of 28x28 uint8 digits: each shifted, turned and scaled at random.

    The changes are small enough that every copy still plainly shows its digit: a few
    samples repeated many times would otherwise be memorised, pixel for pixel.
    """
    images = np.asarray(images, np.uint8)
    out = np.empty_like(images)
    n = len(images)
    angles = np.radians(rng.uniform(-rotation, rotation, n))
    scales = rng.uniform(1.0 - zoom, 1.0 + zoom, n)
    shifts = rng.uniform(-shift, shift, (n, 2))
    c = 13.5  # the centre of a 28x28 image in pixel-centre coordinates
    for i in range(n):
        # PIL wants the map from output to input pixels: the inverse of rotate-scale-shift.
        cos, sin = math.cos(angles[i]) / scales[i], math.sin(angles[i]) / scales[i]
        dx, dy = shifts[i]
        a, b, d, e = cos, sin, -sin, cos
        ox, oy = c + dx, c + dy
        coeffs = (a, b, c - a * ox - b * oy, d, e, c - d * ox - e * oy)
        im = Image.fromarray(images[i], "L").transform(
            (28, 28), Image.Transform.AFFINE, coeffs, Image.Resampling.BILINEAR, fillcolor=0
        )
        out[i] = np.asarray(im, np.uint8)
    return out


@dataclass(frozen=True)
class Mix:
    """Training digits with the user's samples spread evenly among MNIST's.

    ``is_copy`` marks the rows that are (augmented) copies of the user's samples.
    """

    x: np.ndarray
    y: np.ndarray
    is_copy: np.ndarray
    n_mnist: int
    n_copies: int
    n_samples: int

    @property
    def share(self) -> float:
        return self.n_copies / max(1, len(self.x))


def mix_samples(
    mnist_x: np.ndarray,
    mnist_y: np.ndarray,
    samples_x: np.ndarray,
    samples_y: np.ndarray,
    share: float,
    seed: int = 0,
) -> Mix:
    """MNIST training digits with augmented copies of the user's samples mixed in.

    Copies make up ``share`` of the result (every sample copied equally often, at least once)
    and sit evenly spaced among the MNIST digits, which keep their order: so any first N
    digits (``TrainConfig.limit``) and any shuffled batch hold about that share.
    """
    if not 0.0 <= share < 1.0:
        raise TrainingError("the share of your samples must be a fraction from 0 up to 1")
    n_m, n_s = len(mnist_x), len(samples_x)
    if n_s == 0:
        return Mix(np.asarray(mnist_x), np.asarray(mnist_y), np.zeros(n_m, bool), n_m, 0, 0)
    n_c = max(n_s, int(round(n_m * share / (1.0 - share)))) if share > 0 else n_s
    rng = np.random.default_rng(seed)
    which = rng.permutation(np.arange(n_c) % n_s)
    copies = augment_digits(np.asarray(samples_x)[which], rng)
    total = n_m + n_c
    slots = np.floor((np.arange(n_c) + 0.5) * total / n_c).astype(np.int64)
    is_copy = np.zeros(total, bool)
    is_copy[slots] = True
    x = np.empty((total, 28, 28), np.uint8)
    y = np.empty(total, np.uint8)
    x[is_copy], y[is_copy] = copies, np.asarray(samples_y, np.uint8)[which]
    x[~is_copy], y[~is_copy] = mnist_x, mnist_y
    return Mix(x, y, is_copy, n_m, n_c, n_s)


def mix_into_mnist(
    data: MnistData, dataset: PersonalDataset, share: float, seed: int = 0
) -> tuple[MnistData, dict[str, Any]]:
    """``data`` with ``dataset``'s training samples mixed into its training set (see
    ``mix_samples``), and a summary of what was added, for the model's metadata.

    Raises
    ------
    DataError
        The dataset has no training samples.
    """
    sx, sy = dataset.arrays("train")
    if len(sx) == 0:
        raise DataError(f"{dataset.folder} has no training samples to mix in")
    mix = mix_samples(data.x_train, data.y_train, sx, sy, share, seed)
    info = {
        **dataset.summary(),
        "share": round(mix.share, 4),
        "copies": mix.n_copies,
        "samples_used": mix.n_samples,
    }
    return MnistData(mix.x, mix.y, data.x_test, data.y_test, data.source), info


# --------------------------------------------------------------------------- fine-tuning


_NOT_INHERITED = frozenset(
    {
        "history",
        "snapshot",
        "snapshot_key",
        "command",
        "status",
        "train_seconds",
        "samples_per_second",
        "created",
    }
)


@dataclass
class Scores:
    """Accuracy on the user's held-out samples (None when there are none) and on MNIST test."""

    personal: float | None
    personal_correct: int
    personal_n: int
    mnist: float
    mnist_n: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FineTuneResult:
    """How fine-tuning went. ``model`` is the new model (the original is untouched).

    ``after`` is None when the run was stopped before it finished.
    """

    model: Any
    status: str
    before: Scores
    after: Scores | None
    epochs_completed: int
    history: dict[str, list[float]]
    seconds: float
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Everything but the model, as plain data."""
        return {
            "status": self.status,
            "before": self.before.to_dict(),
            "after": None if self.after is None else self.after.to_dict(),
            "epochs_completed": self.epochs_completed,
            "history": {k: list(v) for k, v in self.history.items()},
            "seconds": self.seconds,
            "metadata": self.metadata,
        }


def score(predictor: Any, dataset_x: np.ndarray, dataset_y: np.ndarray, mnist: MnistData, n: int):
    """``Scores`` of a predictor on held-out samples and the first ``n`` MNIST test digits."""
    from model.evaluation import evaluate

    if len(dataset_x):
        personal = evaluate(predictor, dataset_x, dataset_y)
        p_acc, p_ok = float(personal.accuracy), int(round(personal.accuracy * personal.n))
    else:
        p_acc, p_ok = None, 0
    m = evaluate(predictor, mnist.x_test[:n], mnist.y_test[:n])
    return Scores(p_acc, p_ok, len(dataset_x), float(m.accuracy), int(m.n))


def fine_tune(
    model_or_frozen: Any,
    dataset: PersonalDataset,
    mnist: MnistData,
    epochs: int = 3,
    mix_ratio: float = 0.25,
    learning_rate: float = 5e-4,
    seed: int = 0,
    events: Any = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    mnist_digits: int = 4000,
    eval_digits: int = 2000,
    batch_size: int = 64,
    spec: list[dict] | None = None,
) -> FineTuneResult:
    """Continue training a copy of a model on the user's samples mixed with MNIST digits.

    Parameters
    ----------
    model_or_frozen
        A Keras model or a ``model.network.sharing.FrozenModel``; it is copied, never changed.
    dataset
        The user's samples: the training ones are learnt, the held-out ones only measured.
    mnist
        MNIST; ``mnist_digits`` of its training digits (a seeded random choice) are mixed in
        so the network does not forget how others write, and the first ``eval_digits`` test
        digits measure whether it did.
    epochs, learning_rate, batch_size, seed
        The run's settings: a few epochs at a low rate nudge the weights without a rewrite.
    mix_ratio
        The share of each epoch (and so, on average, of each batch) that is copies of the
        user's samples, lightly augmented since they are few.
    events
        ``model.training.trainer.TrainingEvents`` for progress; ``message`` also names the stages.
    should_stop
        Polled after every batch; True stops the run (``status`` "stopped", no ``after``).
    spec
        The architecture, for a model whose metadata does not carry it.

    Raises
    ------
    DataError
        The dataset is not ready (see ``PersonalDataset.readiness``).
    TrainingError
        The model has no known architecture, or training failed.
    """
    from model.network.predictor import Predictor
    from model.network.sharing import FrozenModel, freeze, thaw_keras
    from model.training.trainer import TrainConfig, Trainer, TrainingEvents

    problem = dataset.readiness()
    if problem:
        raise DataError(problem[0].upper() + problem[1:])
    frozen = model_or_frozen if isinstance(model_or_frozen, FrozenModel) else None
    if frozen is None:
        from model.backend import graph_lock

        with graph_lock:
            frozen = freeze(model_or_frozen)
    meta = dict(frozen.metadata)
    spec = spec or meta.get("spec")
    if not spec:
        raise TrainingError(
            "this model does not record its architecture, so it cannot be fine-tuned here"
        )
    events = events or TrainingEvents()
    stop = should_stop or (lambda: False)

    def say(text: str) -> None:
        if events.message:
            events.message(text)

    started = time.perf_counter()
    model = thaw_keras(frozen)
    predictor = Predictor(model)
    hx, hy = dataset.arrays("held_out")
    say("measuring the network before fine-tuning")
    before = score(predictor, hx, hy, mnist, eval_digits)
    if stop():
        return FineTuneResult(model, "stopped", before, None, 0, {}, 0.0, meta)

    rng = np.random.default_rng(seed)
    n_m = min(mnist_digits, len(mnist.x_train))
    pick = np.sort(rng.choice(len(mnist.x_train), n_m, replace=False))
    data, extra = mix_into_mnist(
        MnistData(
            mnist.x_train[pick], mnist.y_train[pick], mnist.x_test, mnist.y_test, mnist.source
        ),
        dataset,
        mix_ratio,
        seed,
    )
    config = TrainConfig(
        epochs=epochs,
        batch_size=batch_size,
        learning_rate=learning_rate,
        seed=seed,
        snapshot_every=0,
    )

    trainer_box: list[Any] = []

    def batch_ended(info: dict) -> None:
        if stop():
            trainer_box[0].request_stop()
        if events.batch_ended:
            events.batch_ended(info)

    run_events = TrainingEvents(
        batch_ended=batch_ended,
        epoch_ended=events.epoch_ended,
        message=events.message,
    )
    trainer = Trainer(spec, config, data, run_events, initial_model=model)
    trainer_box.append(trainer)
    result = trainer.run()
    # Training changed the weights in place; the predictor's one-digit NumPy path holds copies
    # of the old ones, and would score a held-out set of one or two digits with them.
    predictor.weights_changed()
    if result.status == "diverged":
        raise TrainingError(result.message)
    seconds = time.perf_counter() - started
    fine = {
        "from": meta.get("name") or meta.get("preset") or "model",
        "epochs": epochs,
        "learning_rate": learning_rate,
        "mnist_digits": n_m,
        "eval_digits": eval_digits,
        "seed": seed,
        "personal_data": extra,
        "before": before.to_dict(),
    }
    if result.status != "completed" or stop():
        return FineTuneResult(
            model, "stopped", before, None, result.epochs_completed, result.history, seconds, meta
        )
    say("measuring the network after fine-tuning")
    after = score(predictor, hx, hy, mnist, eval_digits)
    fine["after"] = after.to_dict()
    name = meta.get("name") or "model"
    metadata = {
        # What described the original run (its command, timings) no longer describes this one.
        **{k: v for k, v in meta.items() if k not in _NOT_INHERITED},
        "name": name if name.endswith("+ you") else f"{name} + you",
        "spec": spec,
        "fine_tuned": fine,
        "test_accuracy": after.mnist,
        "test_n": after.mnist_n,
        "preprocess_version": PREPROCESS_VERSION,
    }
    return FineTuneResult(
        model,
        "completed",
        before,
        after,
        result.epochs_completed,
        result.history,
        time.perf_counter() - started,
        metadata,
    )
