"""``PersonalDataset``: a samples folder opened, its samples added, relabelled, deleted and
restored atomically, and the held-out split (see the package's docstring)."""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from model.data.mnist import NUM_CLASSES
from model.data.preprocess import PREPROCESS_VERSION
from model.errors import DataError, StorageError
from model.i18n import translate
from model.lab.handwriting.manifest import (
    CANVAS_FILE,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SAMPLE_FILE,
    TEMP_FILE,
    Sample,
    check_label,
    read_manifest,
)
from model.lab.handwriting.pictures import CANVAS_MAX_SIDE, as_uint8, read_png, write_png
from model.storage import atomic_write_text

SPLITS = ("train", "held_out", "all")
# Held out: the 2nd sample of a digit, then one more for every HOLD_OUT_EVERY samples.
HOLD_OUT_EVERY = 5


@dataclass(frozen=True)
class DeletedSample:
    """What ``delete`` removed, enough to put it back (``restore``)."""

    sample: Sample
    image: np.ndarray
    canvas: np.ndarray | None = None


def held_out_target(n: int) -> int:
    """How many of a digit's ``n`` samples are held out: 0 for 0-1, 1 for 2-6, 2 for 7-11..."""
    return 0 if n < 2 else (n + HOLD_OUT_EVERY - 2) // HOLD_OUT_EVERY


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


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
            raise DataError(
                translate("lab.handwriting.dataset", "{dir} is a file, not a folder").format(
                    dir=folder
                )
            )
        if not manifest_path.exists():
            if not create:
                raise DataError(
                    translate(
                        "lab.handwriting.dataset",
                        "{dir} holds no handwriting samples (no {manifest})",
                    ).format(dir=folder, manifest=MANIFEST)
                )
            return cls._create(folder)
        manifest = read_manifest(manifest_path)
        dataset = cls(folder, manifest, writable=create)
        dataset._load(manifest)
        return dataset

    @classmethod
    def _create(cls, folder: Path) -> PersonalDataset:
        if folder.is_dir():
            others = [p.name for p in folder.iterdir() if not p.name.startswith(".")]
            if others:
                raise DataError(
                    translate(
                        "lab.handwriting.dataset",
                        "{dir} already holds other files and no {manifest}: choose an empty "
                        "folder or one that holds your samples",
                    ).format(dir=folder, manifest=MANIFEST)
                )
        else:
            if not folder.parent.is_dir():
                raise DataError(
                    translate(
                        "lab.handwriting.dataset",
                        "cannot create {dir}: folder {parent} does not exist",
                    ).format(dir=folder, parent=folder.parent)
                )
            try:
                folder.mkdir()
            except OSError as exc:
                raise DataError(
                    translate("lab.handwriting.dataset", "cannot create {dir}: {reason}").format(
                        dir=folder, reason=exc.strerror or exc
                    )
                ) from None
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
                self._images[sample.id] = read_png(path, (28, 28))
            except DataError as exc:
                self.warnings.append(
                    translate(
                        "lab.handwriting.dataset", "sample {id} (digit {num}) skipped: {problem}"
                    ).format(id=sample.id, num=sample.label, problem=exc)
                )
            entries.append(sample)
        self._entries = entries
        if missing:
            self.warnings.append(
                (
                    translate(
                        "lab.handwriting.dataset",
                        "1 sample listed in {manifest} had no picture file and were left out",
                    )
                    if missing == 1
                    else translate(
                        "lab.handwriting.dataset",
                        "{n} samples listed in {manifest} had no picture file and were left out",
                    )
                ).format(n=missing, manifest=MANIFEST)
            )
        known = {s.file for s in entries} | {s.canvas for s in entries if s.canvas}
        leftovers = [
            p
            for p in self.folder.iterdir()
            if p.is_file()
            and p.name not in known
            and (SAMPLE_FILE.match(p.name) or CANVAS_FILE.match(p.name) or TEMP_FILE.match(p.name))
        ]
        ids = [int(m.group(1)) for p in leftovers if (m := re.search(r"sample-(\d+)", p.name))]
        # Never reuse the number of a picture that is still on disk.
        self._next_id = max([self._next_id, *(i + 1 for i in ids), *(s.id + 1 for s in entries)])
        if not self.writable:
            if leftovers:
                self.warnings.append(
                    translate(
                        "lab.handwriting.dataset",
                        "{n} unfinished sample file(s) not in {manifest} were ignored",
                    ).format(n=len(leftovers), manifest=MANIFEST)
                )
            return
        removed = 0
        for path in leftovers:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
        if removed:
            self.warnings.append(
                translate(
                    "lab.handwriting.dataset",
                    "removed {n} unfinished sample file(s) that {manifest} did not list "
                    "(left by an interrupted save or delete)",
                ).format(n=removed, manifest=MANIFEST)
            )
        if missing:
            with contextlib.suppress(StorageError):
                self._write_manifest(self._entries)

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
            return translate(
                "lab.handwriting.dataset", "there are no samples yet: draw some digits first"
            )
        short = [d for d in range(NUM_CLASSES) if total[d] and (not train[d] or not held[d])]
        if short:
            digits = ", ".join(str(d) for d in short)
            return translate(
                "lab.handwriting.dataset",
                "draw at least 2 samples of {nums}: one to learn from and one kept aside "
                "to test the result",
            ).format(nums=digits)
        return None

    def summary(self) -> dict[str, Any]:
        """Plain facts for model metadata: folder, counts per digit and split."""
        return {
            "folder": str(self.folder.absolute()),
            "counts": self.counts("all").tolist(),
            "train": int(self.counts("train").sum()),
            "held_out": int(self.counts("held_out").sum()),
        }

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
        label = check_label(label)
        pixels = as_uint8(image28, "a sample")
        if pixels.shape != (28, 28):
            raise DataError(f"a sample must be 28x28, not {pixels.shape[0]}x{pixels.shape[1]}")
        canvas_pixels = None if canvas is None else as_uint8(canvas, "the canvas drawing")
        if canvas_pixels is not None and max(canvas_pixels.shape) > CANVAS_MAX_SIDE:
            raise DataError(
                translate("lab.handwriting.dataset", "the canvas drawing is too large to keep")
            )
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
                write_png(self.folder / sample.file, pixels)
                written.append(self.folder / sample.file)
                if canvas_pixels is not None:
                    write_png(self.folder / sample.canvas, canvas_pixels)
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
        label = check_label(label)
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
                    canvas = read_png(self.folder / sample.canvas, None)
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

    def _index(self, sample_id: int) -> int:
        for i, s in enumerate(self._entries):
            if s.id == sample_id:
                return i
        raise DataError(
            translate("lab.handwriting.dataset", "there is no sample {id} in {dir}").format(
                id=sample_id, dir=self.folder
            )
        )

    def _check_writable(self) -> None:
        if not self.writable:
            raise DataError(
                translate("lab.handwriting.dataset", "{dir} was opened read-only").format(
                    dir=self.folder
                )
            )

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
