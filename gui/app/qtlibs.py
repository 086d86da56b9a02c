"""Whether Qt's X11 platform plugin can load here, and which apt command fixes it if not.

On a minimal Debian or Ubuntu desktop the pip-installed Qt lacks system libraries its ``xcb``
plugin links against (libxcb-cursor0 and friends). Qt then aborts the process with several
lines about "platform plugins" that do not name what is missing. ``check_xcb`` asks ``ldd``
which of the plugin's libraries cannot be found, before any ``QApplication`` exists, and
turns the answer into one line with the command to run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from model.errors import ConvscopeError
from model.i18n import translate

# The Debian/Ubuntu package of each library the xcb plugin (and Qt's xcb support) needs.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
LDD_TIMEOUT_S = 10


class MissingLibrariesError(ConvscopeError):
    """Qt's X11 plugin cannot load: system libraries are missing (the message says which)."""


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the installed PySide6, if there is one."""
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reported as "not found", in its order, without repeats."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def apt_command(libraries: list[str]) -> str:
    """The apt command that installs ``libraries`` (sonames; unknown ones are left out)."""
    packages = sorted({PACKAGES[name] for name in libraries if name in PACKAGES})
    return "sudo apt-get install -y " + " ".join(packages) if packages else ""


def check_xcb(environ: dict[str, str] | None = None) -> None:
    """Raise ``MissingLibrariesError`` (one line) if the X11 plugin lacks a library.

    Only where Qt would use that plugin: on Linux, with an X display and no
    ``QT_QPA_PLATFORM`` chosen. If ``ldd`` cannot tell, say nothing and let Qt try.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return
    if not env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return
    plugin = xcb_plugin()
    if plugin is None:
        return
    try:
        result = subprocess.run(
            ["ldd", str(plugin)],
            capture_output=True,
            text=True,
            timeout=LDD_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return
    missing = missing_libraries(result.stdout)
    if not missing:
        return
    command = apt_command(missing)
    # Said before Qt starts: in the language of the command line (``model.i18n``).
    if command:
        fix = translate("app.qtlibs", "install them with: {command}").format(command=command)
    else:
        fix = translate("app.qtlibs", "install them with your package manager")
    raise MissingLibrariesError(
        translate(
            "app.qtlibs", "Qt cannot open a window: the system lacks {libraries}; {fix}"
        ).format(libraries=", ".join(missing), fix=fix)
    )
