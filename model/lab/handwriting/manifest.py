"""The samples folder's manifest: its format, the ``Sample`` entries it lists, and the
checks that refuse anything foreign or garbled before a sample is trusted (see the package's
docstring for the format)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from model.data.mnist import NUM_CLASSES
from model.errors import DataError
from model.i18n import translate

FORMAT = "convscope-handwriting"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"

SAMPLE_FILE = re.compile(r"^sample-(\d{6,})\.png$")
CANVAS_FILE = re.compile(r"^sample-(\d{6,})-canvas\.png$")
# Temporary files ``model.storage.atomic_write`` leaves only if the process died mid-write.
TEMP_FILE = re.compile(r"^\.(sample-\d{6,}(-canvas)?|manifest)\.tmp-.*\.(png|json)$")


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


def check_label(label: Any) -> int:
    """``label`` as an int 0-9; DataError (one line) for anything else, booleans included."""
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)):
        raise DataError(
            translate(
                "lab.handwriting.manifest", "a label must be a digit 0-9, not {label}"
            ).format(label=repr(label))
        )
    if not 0 <= int(label) < NUM_CLASSES:
        raise DataError(
            translate(
                "lab.handwriting.manifest", "a label must be a digit 0-9, not {label}"
            ).format(label=label)
        )
    return int(label)


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest, checked entry by entry; DataError (one line) for anything foreign."""
    where = f"{path.parent}: {MANIFEST}"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(
            translate("lab.handwriting.manifest", "{place} cannot be read: {reason}").format(
                place=where, reason=exc.strerror or exc
            )
        ) from None
    if len(raw) > 50_000_000:
        raise DataError(
            translate("lab.handwriting.manifest", "{place} is implausibly large").format(
                place=where
            )
        )
    try:
        manifest = json.loads(raw)
    except ValueError:
        raise DataError(
            translate(
                "lab.handwriting.manifest", "{place} is not valid JSON: not a handwriting dataset"
            ).format(place=where)
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DataError(
            translate(
                "lab.handwriting.manifest",
                "{place} belongs to something else, not a Convscope handwriting dataset",
            ).format(place=where)
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _garbled(where, translate("lab.handwriting.manifest", "no format version"))
    if version > FORMAT_VERSION:
        raise DataError(
            translate(
                "lab.handwriting.manifest",
                "{place} was written by a newer Convscope (format {version})",
            ).format(place=where, version=version)
        )
    rows = manifest.get("samples")
    if not isinstance(rows, list):
        raise _garbled(where, translate("lab.handwriting.manifest", "no sample list"))
    next_id = manifest.get("next_id", 1)
    if not isinstance(next_id, int) or isinstance(next_id, bool) or next_id < 1:
        raise _garbled(where, "next_id")
    samples, ids, files = [], set(), set()
    for n, row in enumerate(rows, 1):
        problem = _entry_problem(row)
        if problem is None:
            if row["id"] in ids:
                problem = translate("lab.handwriting.manifest", "id {id} appears twice").format(
                    id=row["id"]
                )
            elif row["file"] in files:
                problem = translate(
                    "lab.handwriting.manifest", "file {fname} appears twice"
                ).format(fname=row["file"])
        if problem:
            raise _garbled(
                where,
                translate("lab.handwriting.manifest", "sample {n}: {problem}").format(
                    n=n, problem=problem
                ),
            )
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


def _garbled(where: str, problem: str) -> DataError:
    """The error for a manifest that is damaged: where it is and what is wrong."""
    return DataError(
        translate("lab.handwriting.manifest", "{place} is garbled ({problem})").format(
            place=where, problem=problem
        )
    )


def _entry_problem(row: Any) -> str | None:
    def is_int(v: Any) -> bool:
        return isinstance(v, int) and not isinstance(v, bool)

    if not isinstance(row, dict):
        return translate("lab.handwriting.manifest", "not an object")
    if not is_int(row.get("id")) or row["id"] < 1:
        return translate("lab.handwriting.manifest", "no valid id")
    # Plain file names only: a manifest must never point outside its folder.
    if not isinstance(row.get("file"), str) or not SAMPLE_FILE.match(row["file"]):
        return translate("lab.handwriting.manifest", "no valid file name")
    if "canvas" in row and not (
        isinstance(row["canvas"], str) and CANVAS_FILE.match(row["canvas"])
    ):
        return translate("lab.handwriting.manifest", "invalid canvas file name")
    if not is_int(row.get("label")) or not 0 <= row["label"] < NUM_CLASSES:
        return translate("lab.handwriting.manifest", "label {label} is not a digit 0-9").format(
            label=repr(row.get("label"))
        )
    if not isinstance(row.get("held_out"), bool):
        return translate("lab.handwriting.manifest", "no held_out flag")
    return None
