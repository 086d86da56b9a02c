"""Run folders and fine-tuned models do not pile up: the newest are kept, nothing else touched."""

from __future__ import annotations

import os

import pytest

from model.errors import StorageError
from model.runstore import prune, prune_runs, remove_run, run_folders


def _runs(folder, n):
    paths = []
    for i in range(n):
        path = folder / f"run-2026120{i}-120000"
        path.mkdir(parents=True)
        (path / "checkpoint.keras").write_bytes(b"x")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))  # run i is newer than run i - 1
        paths.append(path)
    return paths


def test_the_newest_runs_are_kept_and_protected_ones_never_deleted(tmp_path):
    runs = _runs(tmp_path, 6)
    (tmp_path / "notes.txt").write_text("mine")  # not a run: never touched
    other = tmp_path / "my-folder"
    other.mkdir()
    removed = prune_runs(tmp_path, keep=3, protect=[runs[0]])
    assert sorted(removed) == sorted(runs[1:3])
    assert run_folders(tmp_path) == [runs[5], runs[4], runs[3], runs[0]]
    assert (tmp_path / "notes.txt").exists() and other.exists()


def test_one_run_is_removed_on_request_and_nothing_outside_the_runs(tmp_path):
    runs = _runs(tmp_path / "runs", 2)
    remove_run(runs[0], tmp_path / "runs")
    assert not runs[0].exists() and runs[1].exists()
    outside = tmp_path / "run-elsewhere"
    outside.mkdir()
    with pytest.raises(StorageError, match="not a training run's folder"):
        remove_run(outside, tmp_path / "runs")
    with pytest.raises(StorageError):
        remove_run(tmp_path / "runs" / "..", tmp_path / "runs")
    assert outside.exists()


def test_fine_tuned_models_keep_the_newest_and_the_one_in_use(tmp_path):
    files = []
    for i in range(8):
        path = tmp_path / f"fine-tuned-2026120{i}.keras"
        path.write_bytes(b"m")
        os.utime(path, (2_000_000 + i, 2_000_000 + i))
        files.append(path)
    (tmp_path / "kept.keras").write_bytes(b"mine")
    removed = prune(tmp_path, "fine-tuned-*.keras", 5, [files[0]])
    assert sorted(removed) == sorted(files[1:3])
    assert files[0].exists() and all(p.exists() for p in files[3:])
    assert (tmp_path / "kept.keras").exists()
