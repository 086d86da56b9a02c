"""The app's three looks (light, dark, high contrast) and "system", which follows the platform.

A ``Theme`` names every colour the window's chrome uses, by role. ``gui.common.style`` builds
the palette and the style sheet from one of them and keeps the current theme's colours in its
module attributes (``style.ACCENT``...), which widgets read when they paint. The pictures of
data (feature maps, the 28x28 input, the canvas's white ink on black) keep their own colours
in every theme: they show numbers, not chrome.

Every theme's text and controls are checked against its backgrounds with the WCAG contrast
ratio (``model.colour.contrast_ratio``, tests/test_a11y_colour.py): 4.5:1 for text in light
and dark, 7:1 in high contrast.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.common.i18n import QT_TRANSLATE_NOOP

SYSTEM = "system"


@dataclass(frozen=True)
class Theme:
    """The colours of the window's chrome, by role (hex strings)."""

    name: str
    title: str
    window: str
    card: str
    card_border: str
    text: str
    muted: str
    accent: str
    accent_hover: str
    accent_soft: str
    on_accent: str
    bar_track: str
    bar_fill: str
    good: str
    bad: str
    warn_soft: str
    warn_border: str
    disabled: str
    disabled_border: str
    focus: str
    grid: str
    canvas_background: str = "#10131a"
    ink: str = "#f8fafc"
    # Width in pixels of borders round cards and controls, and of the focus ring.
    border_width: int = 1
    focus_width: int = 2

    def colours(self) -> dict[str, str]:
        """Every colour role and its value."""
        return {k: v for k, v in asdict(self).items() if isinstance(v, str) and v.startswith("#")}


LIGHT = Theme(
    name="light",
    title="Light",
    window="#eef1f5",
    card="#ffffff",
    card_border="#dce1e9",
    text="#1d2433",
    muted="#5d6678",
    accent="#2563eb",
    accent_hover="#1d4ed8",
    accent_soft="#dbe6fd",
    on_accent="#ffffff",
    bar_track="#eef1f6",
    bar_fill="#b7c1d1",
    good="#15803d",
    bad="#c2410c",
    warn_soft="#fff7ed",
    warn_border="#fed7aa",
    disabled="#8a93a5",
    disabled_border="#e6e9ef",
    focus="#1d4ed8",
    grid="#e5e8ee",
)

DARK = Theme(
    name="dark",
    title="Dark",
    window="#12161d",
    card="#1b212b",
    card_border="#343d4b",
    text="#e8ebf1",
    muted="#a3adbd",
    accent="#6b9bff",
    accent_hover="#8fb3ff",
    accent_soft="#243352",
    on_accent="#0b1020",
    bar_track="#272e39",
    bar_fill="#55607a",
    good="#4ade80",
    bad="#fb923c",
    warn_soft="#3a2614",
    warn_border="#7c4a1e",
    disabled="#7b8496",
    disabled_border="#2a313c",
    focus="#8fb3ff",
    grid="#2a313c",
    canvas_background="#05070a",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    title="High contrast",
    window="#000000",
    card="#000000",
    card_border="#ffffff",
    text="#ffffff",
    muted="#e6e6e6",
    accent="#ffd60a",
    accent_hover="#ffe566",
    accent_soft="#3d3300",
    on_accent="#000000",
    bar_track="#2b2b2b",
    bar_fill="#c8c8c8",
    good="#5dff9b",
    bad="#ff9e7a",
    warn_soft="#000000",
    warn_border="#ff9e7a",
    disabled="#b0b0b0",
    disabled_border="#808080",
    focus="#00e5ff",
    grid="#5a5a5a",
    canvas_background="#000000",
    ink="#ffffff",
    border_width=2,
    focus_width=3,
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
# What the View menu offers, in order: (key, menu text).
# The texts are translated where they are shown (context "common.themes").
CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("common.themes", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("common.themes", "Light")),
    ("dark", QT_TRANSLATE_NOOP("common.themes", "Dark")),
    ("high-contrast", QT_TRANSLATE_NOOP("common.themes", "High contrast")),
)
# Each choice's tooltip, by key.
TIPS = {
    SYSTEM: QT_TRANSLATE_NOOP("common.themes", "Light or dark, as the computer is set"),
    "light": QT_TRANSLATE_NOOP("common.themes", "Show Convscope in the light look"),
    "dark": QT_TRANSLATE_NOOP("common.themes", "Show Convscope in the dark look"),
    "high-contrast": QT_TRANSLATE_NOOP("common.themes", "Show Convscope in the high contrast look"),
}


def system_prefers_dark() -> bool:
    """Whether the platform's colour scheme is dark (``QStyleHints.colorScheme``)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> Theme:
    """The theme called ``name``; ``system`` (and anything unknown) follows the platform."""
    if name in THEMES:
        return THEMES[name]
    return DARK if system_prefers_dark() else LIGHT


def role_of(colour: str) -> str | None:
    """The role a colour plays in any theme (e.g. ``"#667085"`` -> None, ``"#2563eb"`` ->
    ``"accent"``), so a colour chosen under one theme can follow a switch to another."""
    colour = colour.lower()
    for theme in THEMES.values():
        for role, value in theme.colours().items():
            if value.lower() == colour:
                return role
    return None
