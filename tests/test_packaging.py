"""`pip install .` must give a working `convscope` command with the data and model inside."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_holds_code_data_model_and_entry_point(tmp_path):
    # Build from a copy: an in-tree build leaves build/ and *.egg-info in the checkout.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("main.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("model", "gui", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("convscope-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "main.py",
        "model/preprocess.py",
        "gui/app.py",
        "resources/data/mnist.npz",
        "resources/models/default.keras",
    ):
        assert needed in names, needed
    assert not any(n.startswith("tests/") for n in names)
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "convscope = main:entry_point" in zipfile.ZipFile(wheel).read(entry).decode()
