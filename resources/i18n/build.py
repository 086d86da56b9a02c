"""Bring the translation catalogs in step with the code, then compile them.

    python resources/i18n/build.py            # lupdate every area, then lrelease
    python resources/i18n/build.py --check    # exit 1 if a catalog lacks a string or a translation

Each area of the code has its own catalog per language, ``<area>_<lang>.ts`` (so that people
translating different screens never edit the same file); ``pyside6-lupdate`` adds the strings
marked with ``translate(...)`` / ``tr(...)`` and marks vanished ones, and ``pyside6-lrelease``
writes the ``.qm`` files the desktop app loads. ``model.i18n`` reads the ``.ts`` files directly.
Translations are written in the ``.ts`` files (Qt Linguist, or any editor).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from model import i18n  # noqa: E402

# area -> the files and folders whose strings it holds.
AREAS: dict[str, list[str]] = {
    "core": ["main.py", "model"],
    "app": ["gui/app", "gui/common"],
    "draw": ["gui/draw"],
    "train": ["gui/train"],
    "inspect": ["gui/inspect"],
    "lab": ["gui/lab"],
}


def sources(area: str) -> list[str]:
    """The Python files of ``area``, relative to the project's root."""
    files: list[Path] = []
    for entry in AREAS[area]:
        path = ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [str(f.relative_to(ROOT)) for f in files if "__pycache__" not in f.parts]


def languages() -> list[str]:
    return [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]


def update(area: str) -> None:
    """lupdate ``area``'s catalogs, dropping strings the code no longer has."""
    for lang in languages():
        ts = HERE / f"{area}_{lang}.ts"
        subprocess.run(
            ["pyside6-lupdate", "-no-obsolete", "-locations", "none", "-target-language", lang]
            + sources(area)
            + ["-ts", str(ts)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def release() -> None:
    for ts in sorted(HERE.glob("*.ts")):
        subprocess.run(
            ["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def missing() -> list[str]:
    """A line per string some catalog lacks a finished translation of."""
    import xml.etree.ElementTree as ET

    out = []
    for ts in sorted(HERE.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or not node.text or node.get("type") == "unfinished":
                    out.append(f"{ts.name}: [{name}] {message.findtext('source')!r}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report; change nothing")
    parser.add_argument("areas", nargs="*", help=f"areas to update (default: all): {list(AREAS)}")
    args = parser.parse_args()
    if not args.check:
        for area in args.areas or AREAS:
            update(area)
        release()
    gaps = missing()
    for line in gaps:
        print(line)
    print(f"{len(gaps)} strings without a translation", file=sys.stderr)
    return 1 if gaps and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
