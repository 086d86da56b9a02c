"""The layering rules, checked on the real import graph of a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every module of the core, found by walking the package: a new module is checked too.
CORE = ["model"] + sorted(
    "model." + ".".join(path.relative_to(ROOT / "model").with_suffix("").parts)
    for path in (ROOT / "model").rglob("*.py")
    if path.name != "__init__.py"
)


def _modules_after(imports: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in imports)
        + "print('\\n'.join(sys.modules))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(proc.stdout.split())


def test_core_imports_neither_qt_nor_gui_nor_tensorflow():
    assert len(CORE) > 20
    loaded = _modules_after(CORE)
    forbidden = ("PySide6", "gui", "shiboken6", "tensorflow", "keras")
    # TensorFlow is imported lazily, when a network is trained (or one NumPy cannot compute is
    # loaded); matplotlib's Qt backends would drag Qt in.
    assert not any(m.split(".")[0] in forbidden for m in loaded), sorted(
        m for m in loaded if m.split(".")[0] in forbidden
    )
    assert not any(m.startswith("matplotlib.backends.backend_qt") for m in loaded)


def test_the_gui_imports_no_tensorflow():
    loaded = _modules_after(["gui.app.startup", "gui.app.screenshot"])
    assert "tensorflow" not in loaded and "keras" not in loaded


def test_no_qt_import_in_core_sources():
    for path in (ROOT / "model").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "from gui" not in text and "import gui" not in text, path
