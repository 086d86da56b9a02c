"""Qt's X11 plugin and its system libraries: a missing one is one line naming the apt command,
not Qt's abort; nothing is checked where Qt would not use that plugin."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest

from gui.app import qtlibs

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibweird.so.9 => not found
"""
X11 = {"DISPLAY": ":0"}


def test_ldd_output_names_the_missing_libraries_once_each():
    assert qtlibs.missing_libraries(LDD_MISSING) == [
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libweird.so.9",
    ]
    assert qtlibs.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_apt_command_names_the_packages_of_known_libraries():
    command = qtlibs.apt_command(["libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libweird.so.9"])
    assert command == "sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0"
    assert qtlibs.apt_command(["libweird.so.9"]) == ""


@pytest.fixture
def fake_ldd(monkeypatch, tmp_path):
    """Linux, a plugin file and an ``ldd`` printing ``fake.output`` (calls: ``fake.calls``)."""
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(qtlibs, "xcb_plugin", lambda: plugin)
    fake = SimpleNamespace(output=LDD_MISSING, calls=[])

    def run(args, **kwargs):
        fake.calls.append(args)
        return subprocess.CompletedProcess(args, 0, stdout=fake.output, stderr="")

    monkeypatch.setattr(qtlibs.subprocess, "run", run)
    return fake


def test_a_missing_library_is_one_line_with_the_command_that_fixes_it(fake_ldd):
    with pytest.raises(qtlibs.MissingLibrariesError) as info:
        qtlibs.check_xcb(X11)
    message = str(info.value)
    assert "\n" not in message
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0, libweird.so.9" in message
    assert message.endswith("sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0")
    assert fake_ldd.calls and fake_ldd.calls[0][0] == "ldd"


def test_nothing_is_said_when_every_library_is_there(fake_ldd):
    fake_ldd.output = "\tlibxcb-cursor.so.0 => /lib/libxcb-cursor.so.0 (0x1)\n"
    qtlibs.check_xcb(X11)


@pytest.mark.parametrize(
    "env",
    [
        {},  # no X display: check_display says so
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},  # another plugin was chosen
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"},  # Qt prefers Wayland there
    ],
)
def test_no_check_where_qt_would_not_use_the_x11_plugin(fake_ldd, env):
    qtlibs.check_xcb(env)
    assert fake_ldd.calls == []


def test_when_ldd_cannot_run_qt_is_left_to_try(fake_ldd, monkeypatch):
    def broken(*args, **kwargs):
        raise FileNotFoundError("ldd")

    monkeypatch.setattr(qtlibs.subprocess, "run", broken)
    qtlibs.check_xcb(X11)


def test_this_machine_s_plugin_has_its_libraries():
    # The real ldd on the real plugin: the libraries the app needs are installed here.
    plugin = qtlibs.xcb_plugin()
    if plugin is None or not sys.platform.startswith("linux"):
        pytest.skip("no xcb plugin here")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    assert qtlibs.missing_libraries(out.stdout) == []


def test_the_app_says_it_in_one_line_and_stops(tmp_path):
    # The whole path: `python main.py` on an X display whose system lacks a library (an ldd
    # that says so) prints one line and exits, before Qt could abort.
    import os

    from gui.app.paths import ROOT

    if qtlibs.xcb_plugin() is None or not sys.platform.startswith("linux"):
        pytest.skip("no xcb plugin here")
    fake = tmp_path / "ldd"
    fake.write_text("#!/bin/sh\nprintf '\\tlibxcb-cursor.so.0 => not found\\n'\n")
    fake.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":987", PATH=f"{tmp_path}{os.pathsep}{env.get('PATH', '')}")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor.so.0" in lines[0]
    assert lines[0].endswith("sudo apt-get install -y libxcb-cursor0")
