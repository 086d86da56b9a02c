"""Export what the Inspect tab shows as a picture: PNG, or SVG that stays sharp at any size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from gui.common.i18n import translate


def export_widget(widget: QWidget, path: str | Path) -> Path:
    """Write what ``widget`` shows to ``path``: PNG (``QWidget.grab``) or SVG (QSvgGenerator).

    Raises
    ------
    OSError
        If the file cannot be written.
    ValueError
        For a suffix other than .png or .svg.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(_cannot_write(path))
        return path
    if suffix != ".svg":
        raise ValueError(
            translate("inspect.export", "{name}: export as .png or .svg").format(name=path.name)
        )
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle("Convscope")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(_cannot_write(path))
    try:
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(_cannot_write(path))
    return path


def _cannot_write(path: Path) -> str:
    return translate("inspect.export", "cannot write {path}").format(path=path)
