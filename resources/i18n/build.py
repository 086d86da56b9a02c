"""Bring the translation catalogs in step with the code, then compile them.

    python resources/i18n/build.py [AREA ...]           # lupdate the areas, then lrelease
    python resources/i18n/build.py --todo de AREA       # its strings as JSON, to translate
    python resources/i18n/build.py --fill de F.json AREA  # write them back, then lrelease
    python resources/i18n/build.py --check              # exit 1 if a translation is missing

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

# area -> the files and folders whose strings it holds ("!path" leaves a part out). One
# catalog per area and language, so that people translating different parts never edit the
# same file.
AREAS: dict[str, list[str]] = {
    "core": ["main.py", "model", "!model/explain", "!model/export", "!model/lab"],
    "explain": ["model/explain", "model/export"],
    "labcore": ["model/lab"],
    "app": ["gui/app", "gui/common"],
    "draw": ["gui/draw"],
    "train": ["gui/train"],
    "inspect": ["gui/inspect"],
    "lab": ["gui/lab", "!gui/lab/robustness", "!gui/lab/neighbours", "!gui/lab/why"],
    "lab2": ["gui/lab/robustness", "gui/lab/neighbours", "gui/lab/why"],
}


def sources(area: str) -> list[str]:
    """The Python files of ``area``, relative to the project's root."""
    files: list[Path] = []
    left_out = [ROOT / e[1:] for e in AREAS[area] if e.startswith("!")]
    for entry in AREAS[area]:
        if entry.startswith("!"):
            continue
        path = ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return [
        str(f.relative_to(ROOT))
        for f in files
        if "__pycache__" not in f.parts and not any(f.is_relative_to(o) for o in left_out)
    ]


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


def release(areas: list[str]) -> None:
    """Compile ``areas``' catalogs to the .qm files Qt loads."""
    for ts in sorted(HERE.glob("*.ts")):
        if ts.stem.rsplit("_", 1)[0] not in areas:
            continue
        subprocess.run(
            ["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def todo(area: str, lang: str) -> dict[str, dict[str, str]]:
    """``{context: {source: translation or ""}}`` of ``area``'s catalog in ``lang``, for a
    translator to fill in and give back to ``fill``."""
    import xml.etree.ElementTree as ET

    out: dict[str, dict[str, str]] = {}
    for context in ET.parse(HERE / f"{area}_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            done = node is not None and node.text and node.get("type") != "unfinished"
            out.setdefault(name, {})[message.findtext("source") or ""] = node.text if done else ""
    return out


def fill(area: str, lang: str, translations: dict[str, dict[str, str]]) -> int:
    """Write ``translations`` (as ``todo`` gives them) into the catalog; returns how many."""
    import xml.etree.ElementTree as ET

    path = HERE / f"{area}_{lang}.ts"
    tree = ET.parse(path)
    written = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = given.get(message.findtext("source") or "")
            if not text:
                continue
            node = message.find("translation")
            if node is None:
                node = ET.SubElement(message, "translation")
            node.text = text
            node.attrib.pop("type", None)
            written += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return written


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
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report; change nothing")
    parser.add_argument(
        "--todo", metavar="LANG", help="print the areas' catalog in LANG as JSON to fill in"
    )
    parser.add_argument(
        "--fill",
        nargs=2,
        metavar=("LANG", "JSON"),
        help="write the translations of a JSON file ({context: {source: translation}}) into "
        "the areas' catalogs in LANG, then compile them",
    )
    parser.add_argument("areas", nargs="*", help=f"areas to update (default: all): {list(AREAS)}")
    args = parser.parse_args()
    areas = args.areas or list(AREAS)
    if args.todo:
        merged: dict[str, dict[str, str]] = {}
        for area in areas:
            merged.update(todo(area, args.todo))
        print(json.dumps(merged, ensure_ascii=False, indent=1))
        return 0
    if args.fill:
        lang, source = args.fill
        given = json.loads(Path(source).read_text(encoding="utf-8"))
        for area in areas:
            print(f"{area}_{lang}.ts: {fill(area, lang, given)} translations written")
        release(areas)
    elif not args.check:
        for area in areas:
            update(area)
        release(areas)
    gaps = missing()
    for line in gaps:
        print(line)
    print(f"{len(gaps)} strings without a translation", file=sys.stderr)
    return 1 if gaps and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
