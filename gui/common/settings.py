"""What the app remembers between runs: one small dataclass per concern, persisted in one place.

Each dataclass names its ``QSettings`` group; ``SettingsStore`` reads and writes any of them
field by field, falling back to the field's default whenever a stored value is missing or
garbled (a settings file edited by hand must never stop the app from starting).
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_MODELS = 8


@dataclass
class WindowSettings:
    """Main window geometry and the tab that was open."""

    GROUP: ClassVar[str] = "window"
    geometry: bytes = b""
    tab: str = "draw"


@dataclass
class DrawingSettings:
    """The pen and the Draw tab's optional panels."""

    GROUP: ClassVar[str] = "drawing"
    pen_width: int = 22
    show_steps: bool = False
    show_why: bool = False


@dataclass
class ViewSettings:
    """How the window looks: its theme (``gui.common.themes.CHOICES``), its zoom and language."""

    GROUP: ClassVar[str] = "view"
    theme: str = "system"
    zoom: float = 1.0
    # "" follows the system's locale; else a code of ``model.i18n.LANGUAGES``.
    language: str = ""


@dataclass
class ModelSettings:
    """Recently opened model files (newest first) and the folders last used in file dialogs."""

    GROUP: ClassVar[str] = "models"
    recent: list[str] = field(default_factory=list)
    model_folder: str = ""
    image_folder: str = ""

    def remember(self, path: str) -> None:
        """Put ``path`` first in ``recent``, without duplicates, keeping at most a few."""
        path = os.path.abspath(path)
        self.recent = [path] + [p for p in self.recent if p != path]
        del self.recent[MAX_RECENT_MODELS:]


@dataclass
class TrainingSettings:
    """The architecture and hyperparameters last shown in the Train tab, and its runs."""

    GROUP: ClassVar[str] = "training"
    spec_json: str = ""
    config_json: str = ""
    preset: str = "default"
    follow: bool = True
    tensorboard_dir: str = ""
    # Runs whose folders (checkpoints) are kept; older ones are deleted as new runs start.
    keep_runs: int = 10


@dataclass
class LabSettings:
    """The Lab tab's open page."""

    GROUP: ClassVar[str] = "lab"
    page: str = "why"


@dataclass
class WhySettings:
    """The Lab's "Why this answer" page: the way of asking, and whether to smooth gradients."""

    GROUP: ClassVar[str] = "why"
    method: str = "gradcam"
    smooth: bool = False


@dataclass
class TeachSettings:
    """The Lab's "Your handwriting" page: the samples folder and how many of each digit."""

    GROUP: ClassVar[str] = "teach"
    folder: str = ""
    per_digit: int = 5
    epochs: int = 3


class SettingsStore:
    """Reads and writes settings dataclasses through ``QSettings``.

    Parameters
    ----------
    qsettings
        Where to persist; ``None`` keeps everything in memory for this run only (screenshots,
        benchmarks), so they neither read nor change the user's settings.
    """

    def __init__(self, qsettings: QSettings | None) -> None:
        self._qsettings = qsettings
        self._memory: dict[str, Any] = {}

    @classmethod
    def for_user(cls) -> SettingsStore:
        """The user's own settings (``CONVSCOPE_SETTINGS`` may name an .ini file instead)."""
        path = os.environ.get("CONVSCOPE_SETTINGS")
        if path:
            return cls(QSettings(path, QSettings.Format.IniFormat))
        return cls(QSettings("Convscope", "Convscope"))

    def load(self, cls: type[T]) -> T:
        """An instance of the dataclass ``cls`` with every stored field that is still valid."""
        values = {}
        for f in dataclasses.fields(cls):
            default = (
                f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            )
            raw = self._get(f"{cls.GROUP}/{f.name}")
            values[f.name] = default if raw is None else _convert(raw, default)
        return cls(**values)

    def save(self, settings: Any) -> None:
        """Persist every field of a settings dataclass."""
        for f in dataclasses.fields(settings):
            self._set(f"{settings.GROUP}/{f.name}", _encode(getattr(settings, f.name)))
        if self._qsettings is not None:
            self._qsettings.sync()

    def _get(self, key: str) -> Any:
        if self._qsettings is None:
            return self._memory.get(key)
        return self._qsettings.value(key)

    def _set(self, key: str, value: Any) -> None:
        if self._qsettings is None:
            self._memory[key] = value
        else:
            self._qsettings.setValue(key, value)


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return QByteArray(value)
    if isinstance(value, list):
        # INI files turn one-element lists into plain strings; JSON round-trips exactly.
        return json.dumps(value)
    return value


def _convert(raw: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if isinstance(raw, str):
                return raw.strip().lower() in ("true", "1", "yes")
            return bool(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            value = float(raw)
            return value if math.isfinite(value) else default
        if isinstance(default, bytes):
            return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
        if isinstance(default, list):
            value = json.loads(raw) if isinstance(raw, str) else raw
            return [str(v) for v in value] if isinstance(value, list) else default
        if isinstance(default, str):
            return str(raw)
    except (TypeError, ValueError):
        pass
    return default
