"""The app's look: one palette of named colours and one style sheet, applied once.

Widgets that paint themselves (canvas, bars, pixel views) take their colours from here too, so
the whole window stays one palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from gui.common.wheel import WheelStyle

WINDOW = "#eef1f5"
CARD = "#ffffff"
CARD_BORDER = "#dce1e9"
TEXT = "#1d2433"
MUTED = "#667085"
ACCENT = "#2563eb"
ACCENT_HOVER = "#1d4ed8"
ACCENT_SOFT = "#dbe6fd"
BAR_TRACK = "#eef1f6"
BAR_FILL = "#b7c1d1"
GOOD = "#15803d"
BAD = "#c2410c"
CANVAS_BACKGROUND = "#10131a"
INK = "#f8fafc"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QWidget {{ color: {TEXT}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; color: {MUTED}; padding: 8px 18px; margin-right: 4px;
    border: none; border-bottom: 2px solid transparent; font-weight: 600;
}}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; }}
QTabBar::tab:hover:!selected {{ color: {TEXT}; }}
QFrame#card {{ background: {CARD}; border: 1px solid {CARD_BORDER}; border-radius: 10px; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel#heading {{ font-size: 15px; font-weight: 700; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#verdict {{ font-size: 20px; font-weight: 700; }}
QLabel#bigDigit {{ font-size: 64px; font-weight: 800; color: {ACCENT}; }}
QLabel#caption {{ color: {MUTED}; font-size: 11px; }}
QPushButton, QToolButton {{
    background: {CARD}; border: 1px solid {CARD_BORDER}; border-radius: 6px;
    padding: 5px 12px; min-height: 18px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {ACCENT_SOFT}; }}
QPushButton:checked, QToolButton:checked {{
    background: {ACCENT}; color: white; border-color: {ACCENT};
}}
QPushButton:disabled, QToolButton:disabled {{ color: #a0a8b8; border-color: #e6e9ef; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#primary:hover {{ background: {ACCENT_HOVER}; }}
QPushButton#primary:disabled {{
    background: {ACCENT_SOFT}; color: #7f9bd6; border-color: {ACCENT_SOFT};
}}
QToolButton#layerChip {{ padding: 4px 5px; }}
QToolButton#expander {{
    border: none; background: transparent; font-weight: 600; padding: 2px 0px; color: {ACCENT};
}}
QSlider::groove:horizontal {{ height: 4px; background: {CARD_BORDER}; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: white; border: 2px solid {ACCENT}; width: 12px; height: 12px;
    margin: -6px 0; border-radius: 8px;
}}
QStatusBar {{ background: {CARD}; border-top: 1px solid {CARD_BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0px 6px; }}
QProgressBar {{
    border: none; background: {BAR_TRACK}; border-radius: 3px; max-height: 6px;
    min-width: 90px; max-width: 90px;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
QToolTip {{ background: {TEXT}; color: white; border: none; padding: 4px 6px; }}
"""


def qcolor(name: str, alpha: int = 255) -> QColor:
    """A palette colour as a ``QColor`` with an optional alpha."""
    color = QColor(name)
    color.setAlpha(alpha)
    return color


_app_style: WheelStyle | None = None


def apply_style(app: QApplication) -> None:
    """Give ``app`` the Fusion style (with the wheel guard, ``gui.common.wheel``), a light palette
    and Convscope's style sheet."""
    global _app_style
    # A new one each time: whatever style the app had (someone may have set another since)
    # is replaced, and every widget is polished again, guard and all. Kept here as well as
    # by the app so that its Python side lives as long as it does.
    _app_style = WheelStyle(QStyleFactory.create("Fusion"))
    app.setStyle(_app_style)
    palette = app.palette()
    for role, colour in (
        (QPalette.ColorRole.Window, WINDOW),
        (QPalette.ColorRole.Base, CARD),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Button, CARD),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, TEXT),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
