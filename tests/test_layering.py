"""The layering rules, checked on the real import graph of a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = [
    "model",
    "model.data",
    "model.architectures",
    "model.preprocess",
    "model.evaluation",
    "model.storage",
    "model.inference",
    "model.training",
]


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
    loaded = _modules_after(CORE)
    assert not any(m.split(".")[0] in ("PySide6", "gui", "shiboken6") for m in loaded)
    # TensorFlow is imported lazily, when a network is actually built or loaded.
    assert "tensorflow" not in loaded


def test_no_qt_import_in_core_sources():
    for path in (ROOT / "model").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "from gui" not in text and "import gui" not in text, path
