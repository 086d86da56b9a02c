"""Settings: a garbled file gives defaults, and writes replace the file atomically.

Qt's INI writer goes through QSaveFile (on Linux an O_TMPFILE linked over the old name, seen
with strace), so the previous file is never truncated in place: a failed write leaves it whole.
The test checks that property directly: a save gives the settings file a new inode, and a hard
link to the old one still holds the old, complete content.
"""

from __future__ import annotations

import dataclasses
import os

import pytest
from PySide6.QtCore import QSettings

from gui.common import settings as settings_module
from gui.common.settings import DrawingSettings, SettingsStore, WindowSettings
from tests.conftest import posix_only

SETTINGS_CLASSES = [
    cls
    for cls in vars(settings_module).values()
    if dataclasses.is_dataclass(cls) and isinstance(getattr(cls, "GROUP", None), str)
]


def _store(path):
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def _good_file(path):
    store = _store(path)
    store.save(DrawingSettings(pen_width=31))
    store.save(WindowSettings(tab="train"))
    return path


@pytest.mark.parametrize(
    "garble",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"\x00\xff\xfe" * 100,
        lambda data: b"",
        lambda data: data.replace(b"=", b"", 3),
        lambda data: b"[drawing]\npen_width=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10garbage)\n",
        lambda data: b"[drawing]\npen_width=-99999999999999999999\n[window]\ntab=\x07\n",
    ],
    ids=["truncated", "binary junk", "empty", "missing equals", "bad variant", "silly values"],
)
def test_garbled_settings_give_defaults(qapp, tmp_path, garble):
    path = _good_file(tmp_path / "convscope.ini")
    path.write_bytes(garble(path.read_bytes()))
    store = _store(path)
    for cls in SETTINGS_CLASSES:
        loaded = store.load(cls)  # never raises
        default = cls()
        for f in dataclasses.fields(cls):
            # Every field has its default's type: a garbled value never leaks through as junk.
            assert type(getattr(loaded, f.name)) is type(getattr(default, f.name)), (cls, f.name)


@posix_only
def test_a_save_replaces_the_file_rather_than_rewriting_it(qapp, tmp_path):
    path = _good_file(tmp_path / "convscope.ini")
    before = path.read_bytes()
    old = tmp_path / "old-inode.ini"
    os.link(path, old)
    inode = path.stat().st_ino
    _store(path).save(DrawingSettings(pen_width=12))
    assert path.stat().st_ino != inode  # a new file took the name in one step
    assert old.read_bytes() == before  # the previous file was never truncated or half-written
    assert _store(path).load(DrawingSettings).pen_width == 12
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("convscope.ini")] == [
        "convscope.ini"
    ]
