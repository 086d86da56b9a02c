"""`pip install .` gives a working `convscope` command, with every module, the data and the
model inside one `convscope` package: nothing called main, model, gui or resources lands in
site-packages, where it would collide with another project's modules."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.strokes import render_digit

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Build from a copy: an in-tree build leaves build/ and *.egg-info in the checkout.
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("main.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("model", "gui", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(tmp), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return next(tmp.glob("convscope-*.whl"))


def test_the_wheel_holds_every_module_under_one_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = [
        path.relative_to(ROOT).as_posix()
        for folder in ("model", "gui")
        for path in (ROOT / folder).rglob("*.py")
    ]
    for needed in (
        "main.py",
        *sources,
        "resources/data/mnist.npz",
        "resources/models/default.keras",
        "resources/models/mlp.keras",
    ):
        assert f"convscope/{needed}" in names, needed
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"convscope"}
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "convscope = convscope.main:entry_point" in zipfile.ZipFile(wheel).read(entry).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="the venv's bin/ layout is POSIX here")
def test_the_installed_command_runs_in_a_fresh_environment(wheel, tmp_path):
    venv = tmp_path / "venv"
    # The venv sees the system's packages (TensorFlow, Qt: no download) but not this checkout.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "-q", "--disable-pip-version-check"]
        + [str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    work = tmp_path / "elsewhere"  # not the checkout, so nothing is imported from it
    work.mkdir()
    render_digit(7, 200).save(work / "seven.png")
    command = venv / "bin" / "convscope"
    help_ = subprocess.run([str(command), "--help"], capture_output=True, text=True, cwd=work)
    assert help_.returncode == 0 and "classify" in help_.stdout, help_.stderr
    proc = subprocess.run(
        [str(command), "classify", "seven.png", "--json"],
        capture_output=True,
        text=True,
        cwd=work,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"label": 7' in proc.stdout
    site = subprocess.run(
        [str(python), "-c", "import convscope.main as m; print(m.__file__)"],
        capture_output=True,
        text=True,
        cwd=work,
    )
    installed = Path(site.stdout.strip()).parent
    assert installed.name == "convscope" and str(venv) in str(installed)
    for name in ("model", "gui", "resources", "main.py"):
        assert not (installed.parent / name).exists(), name
