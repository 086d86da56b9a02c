"""The app's look: one palette of named colours and one style sheet, applied once, and again
whenever the theme or the zoom changes.

The colours are the current theme's (``gui.common.themes``), kept in this module's attributes
(``style.ACCENT``...): widgets that paint themselves (canvas, bars, pixel views) read them
when they paint, so they follow a change of theme at their next repaint. A widget with a
style sheet of its own that names theme colours registers it with ``themed_style_sheet``, so it
is rebuilt when the theme changes.

The zoom scales the application font and every font size of the style sheet; widgets that
set a pixel size of their own (``TextView``) multiply it by ``zoomed``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from gui.common import themes
from gui.common.themes import Theme
from gui.common.wheel import WheelStyle

MIN_ZOOM, MAX_ZOOM = 0.7, 2.5
BASE_POINT_SIZE = 10.0

# The current theme's colours by role; ``_set_colours`` replaces them.
WINDOW = CARD = CARD_BORDER = TEXT = MUTED = ACCENT = ACCENT_HOVER = ACCENT_SOFT = ""
ON_ACCENT = BAR_TRACK = BAR_FILL = GOOD = BAD = WARN_SOFT = WARN_BORDER = ""
DISABLED = DISABLED_BORDER = FOCUS = GRID = CANVAS_BACKGROUND = INK = ""
THEME: Theme = themes.LIGHT
THEME_CHOICE = "light"
ZOOM = 1.0
STYLE_SHEET = ""


def _set_colours(theme: Theme) -> None:
    global THEME
    THEME = theme
    for role, value in theme.colours().items():
        globals()[role.upper()] = value


def zoomed(pixels: float) -> int:
    """A size in pixels (a font's, a row's) at the current zoom."""
    return max(1, round(pixels * ZOOM))


def recolour(colour: str) -> str:
    """``colour`` as the current theme has it, if it is one of a theme's roles (a colour
    chosen under another theme); any other colour unchanged."""
    role = themes.role_of(colour)
    return getattr(THEME, role) if role else colour


def style_sheet(theme: Theme, zoom: float = 1.0) -> str:
    """The application's style sheet for ``theme`` with font sizes at ``zoom``."""
    t, bw, fw = theme, theme.border_width, theme.focus_width

    def px(size: float) -> str:
        return f"{max(1, round(size * zoom))}px"

    # A focused button's ring is wider than its border; its padding shrinks by the
    # difference so that focus moves nothing.
    pad_v, pad_h = 5 - (fw - bw), 12 - (fw - bw)
    return f"""
QMainWindow, QDialog {{ background: {t.window}; }}
QWidget {{ color: {t.text}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; color: {t.muted}; padding: 8px 18px; margin-right: 4px;
    border: none; border-bottom: 2px solid transparent; font-weight: 600;
}}
QTabBar::tab:selected {{ color: {t.accent}; border-bottom: 2px solid {t.accent}; }}
QTabBar::tab:hover:!selected {{ color: {t.text}; }}
QTabBar:focus {{ background: {t.accent_soft}; }}
QFrame#card {{ background: {t.card}; border: {bw}px solid {t.card_border}; border-radius: 10px; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel#heading {{ font-size: {px(15)}; font-weight: 700; }}
QLabel#muted {{ color: {t.muted}; }}
QLabel#verdict {{ font-size: {px(20)}; font-weight: 700; }}
QLabel#bigDigit {{ font-size: {px(64)}; font-weight: 800; color: {t.accent}; }}
QLabel#caption {{ color: {t.muted}; font-size: {px(11)}; }}
QPushButton, QToolButton {{
    background: {t.card}; border: {bw}px solid {t.card_border}; border-radius: 6px;
    padding: 5px 12px; min-height: 18px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {t.accent}; }}
QPushButton:focus, QToolButton:focus {{
    border: {fw}px solid {t.focus}; padding: {pad_v}px {pad_h}px;
}}
QPushButton:pressed, QToolButton:pressed {{ background: {t.accent_soft}; }}
QPushButton:checked, QToolButton:checked {{
    background: {t.accent}; color: {t.on_accent}; border-color: {t.accent};
}}
QPushButton:checked:focus, QToolButton:checked:focus {{ border-color: {t.focus}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {t.disabled}; border-color: {t.disabled_border};
}}
QPushButton#primary {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; }}
QPushButton#primary:focus {{ border-color: {t.focus}; }}
QPushButton#primary:hover {{ background: {t.accent_hover}; }}
QPushButton#primary:disabled {{
    background: {t.accent_soft}; color: {t.disabled}; border-color: {t.accent_soft};
}}
QToolButton#layerChip {{ padding: 4px 5px; }}
QToolButton#layerChip:focus {{ padding: {4 - (fw - bw)}px {5 - (fw - bw)}px; }}
QToolButton#expander {{
    border: none; background: transparent; font-weight: 600; padding: 2px 0px;
    color: {t.accent};
}}
QToolButton#expander:focus {{ background: {t.accent_soft}; }}
QFocusFrame {{ border: {fw}px solid {t.focus}; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {t.accent_soft}; }}
QSlider::groove:horizontal {{ height: 4px; background: {t.card_border}; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: {t.card}; border: 2px solid {t.accent}; width: 12px; height: 12px;
    margin: -6px 0; border-radius: 8px;
}}
QSlider::handle:horizontal:focus {{ background: {t.focus}; border-color: {t.focus}; }}
QStatusBar {{ background: {t.card}; border-top: 1px solid {t.card_border}; color: {t.muted}; }}
QStatusBar QLabel {{ color: {t.muted}; padding: 0px 6px; }}
QProgressBar {{
    border: none; background: {t.bar_track}; border-radius: 3px; max-height: 6px;
    min-width: 90px; max-width: 90px;
}}
QProgressBar::chunk {{ background: {t.accent}; border-radius: 3px; }}
QMenu::item:selected {{ background: {t.accent_soft}; color: {t.text}; }}
QToolTip {{
    background: {t.text}; color: {t.card}; border: 1px solid {t.card_border}; padding: 4px 6px;
}}
"""


def qcolor(name: str, alpha: int = 255) -> QColor:
    """A palette colour as a ``QColor`` with an optional alpha."""
    color = QColor(name)
    color.setAlpha(alpha)
    return color


_app_style: WheelStyle | None = None
_base_point_size: float | None = None
_themed: weakref.WeakKeyDictionary[QWidget, Callable[[], str]] = weakref.WeakKeyDictionary()


def is_applied() -> bool:
    """Whether ``apply_style`` has given the application Convscope's look (the app always
    has; a test may run widgets without it)."""
    return _app_style is not None


_on_zoom: weakref.WeakKeyDictionary[QWidget, Callable[[QWidget], None]] = (
    weakref.WeakKeyDictionary()
)


def on_zoom(widget: QWidget, fit: Callable[[QWidget], None]) -> None:
    """Call ``fit(widget)`` now and after every change of the zoom: it sizes ``widget`` with
    ``zoomed`` (sizes in pixels that hold text)."""
    _on_zoom[widget] = fit
    fit(widget)


def zoomed_fixed_size(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Fix ``widget``'s width and/or height to so many pixels at zoom 1, scaled with the zoom
    now and after every change of it (a column of labels, a row of two-line chips)."""

    def fit(w: QWidget) -> None:
        if width is not None:
            w.setFixedWidth(zoomed(width))
        if height is not None:
            w.setFixedHeight(zoomed(height))

    on_zoom(widget, fit)


def themed_style_sheet(widget: QWidget, make: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``make()`` returns, now and after every theme change
    (``make`` reads ``style.X`` colours when it is called)."""
    _themed[widget] = make
    widget.setStyleSheet(make())


def _palette(app: QApplication, t: Theme) -> QPalette:
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, t.window),
        (QPalette.ColorRole.Base, t.card),
        (QPalette.ColorRole.AlternateBase, t.window),
        (QPalette.ColorRole.Text, t.text),
        (QPalette.ColorRole.WindowText, t.text),
        (QPalette.ColorRole.Button, t.card),
        (QPalette.ColorRole.ButtonText, t.text),
        (QPalette.ColorRole.Highlight, t.accent),
        (QPalette.ColorRole.HighlightedText, t.on_accent),
        (QPalette.ColorRole.ToolTipBase, t.text),
        (QPalette.ColorRole.ToolTipText, t.card),
        (QPalette.ColorRole.PlaceholderText, t.muted),
        (QPalette.ColorRole.Link, t.accent),
        (QPalette.ColorRole.Mid, t.card_border),
    ):
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled))
    return palette


def apply_style(app: QApplication, theme: str = "light", zoom: float = 1.0) -> None:
    """Give ``app`` the Fusion style (with the wheel guard, ``gui.common.wheel``), the palette
    and style sheet of ``theme`` (a key of ``themes.CHOICES``) and fonts at ``zoom``.

    The defaults are the app's standard look, whatever was applied before (a test's window
    may have changed it): ``gui.app.view_controls`` then applies what the user chose."""
    global _app_style, THEME_CHOICE, ZOOM, STYLE_SHEET
    THEME_CHOICE = theme
    ZOOM = min(MAX_ZOOM, max(MIN_ZOOM, float(zoom)))
    _set_colours(themes.resolve(THEME_CHOICE))
    # A new one each time: whatever style the app had (someone may have set another since)
    # is replaced, and every widget is polished again, guard and all. Kept here as well as
    # by the app so that its Python side lives as long as it does.
    _app_style = WheelStyle(QStyleFactory.create("Fusion"))
    app.setStyle(_app_style)
    app.setPalette(_palette(app, THEME))
    font = app.font()
    global _base_point_size
    if _base_point_size is None:  # the platform's size, at least 10 points, is zoom 1
        _base_point_size = max(BASE_POINT_SIZE, font.pointSizeF())
    font.setPointSizeF(_base_point_size * ZOOM)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    STYLE_SHEET = style_sheet(THEME, ZOOM)
    app.setStyleSheet(STYLE_SHEET)
    for widget, fit in list(_on_zoom.items()):
        if shiboken6.isValid(widget):
            fit(widget)
        else:
            _on_zoom.pop(widget, None)
    for widget, make in list(_themed.items()):
        if shiboken6.isValid(widget):
            widget.setStyleSheet(make())
        else:  # its window was closed and deleted
            _themed.pop(widget, None)
    # Widgets that paint themselves read the new colours at their next paint; those with a
    # font size of their own take the zoom (Qt sends no font event to a widget under a style
    # sheet).
    for widget in app.allWidgets():
        follow = getattr(widget, "follow_zoom", None)
        if callable(follow):
            follow()
        widget.update()


_set_colours(themes.LIGHT)
STYLE_SHEET = style_sheet(themes.LIGHT)
