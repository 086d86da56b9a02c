"""Every bad input through the command line: exit code != 0, exactly one line on stderr, no
traceback, and nothing on disk changed (no output written, no input touched)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.corpus import (
    BAD_DATA,
    BAD_IMAGES,
    BAD_MODELS,
    good_model,
    png_bytes,
    snapshot,
    write_data_case,
    write_image_case,
    write_model_case,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The whole corpus in one folder: {(kind, case): path}, plus a good model and image."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = {"good model": good_model(folder / "good.keras")}
    paths["good image"] = folder / "seven.png"
    paths["good image"].write_bytes(png_bytes(7))
    for case in BAD_IMAGES:
        paths["image", case] = write_image_case(folder, case)
    for case in BAD_MODELS:
        paths["model", case] = write_model_case(folder, case, paths["good model"])
    for case in BAD_DATA:
        paths["data", case] = write_data_case(folder, case)
    return folder, paths


def _commands(kind):
    if kind == "image":
        return {"classify": lambda p, c: ("classify", p, "--model", c["good model"])}
    if kind == "model":
        return {
            "info": lambda p, c: ("info", p),
            "classify": lambda p, c: ("classify", c["good image"], "--model", p),
            "evaluate": lambda p, c: ("evaluate", "--model", p, "--limit", 10),
        }
    return {
        "train": lambda p, c: (
            "train",
            "--data",
            p,
            "--limit",
            10,
            "--epochs",
            1,
            "--out",
            "{out}",
        ),
        "evaluate": lambda p, c: ("evaluate", "--data", p, "--model", c["good model"]),
    }


CASES = [
    pytest.param(kind, case, command, id=f"{kind}: {case} via {command}")
    for kind, names in (("image", BAD_IMAGES), ("model", BAD_MODELS), ("data", BAD_DATA))
    for case in names
    for command in _commands(kind)
]


def run(args, cwd):
    return subprocess.run(
        [sys.executable, os.path.join(ROOT, "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


@pytest.mark.parametrize("kind, case, command", CASES)
def test_bad_input_gets_one_line_and_changes_nothing(corpus, tmp_path, kind, case, command):
    folder, paths = corpus
    out = tmp_path / "out.keras"
    args = [str(a).format(out=out) for a in _commands(kind)[command](paths[kind, case], paths)]
    before = snapshot(folder)
    proc = run(args, cwd=tmp_path)
    assert proc.returncode != 0, proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in proc.stderr + proc.stdout
    # The reason names the file it is about.
    assert os.path.basename(paths[kind, case]) in lines[0]
    assert snapshot(folder) == before
    assert list(tmp_path.iterdir()) == []  # no output, and the Lambda's payload did not run


def test_a_png_named_jpg_is_refused_as_mislabelled(corpus, tmp_path):
    """A file whose content is not the format its name promises is refused, with a reason
    that says what it really is; a genuine image under its own name is read."""
    _folder, paths = corpus
    path = tmp_path / "seven.jpg"
    path.write_bytes(png_bytes(7))
    before = snapshot(tmp_path)
    proc = run(["classify", path, "--model", paths["good model"], "--json"], cwd=tmp_path)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode != 0 and len(lines) == 1, proc.stderr
    assert "seven.jpg" in lines[0] and "mislabelled" in lines[0] and "PNG" in lines[0]
    assert snapshot(tmp_path) == before
    path.rename(tmp_path / "seven.png")
    proc = run(["classify", tmp_path / "seven.png", "--model", paths["good model"]], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
