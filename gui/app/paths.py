"""Where the app finds what ships with it: the project's folder and the default model."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL = ROOT / "resources" / "models" / "default.keras"
