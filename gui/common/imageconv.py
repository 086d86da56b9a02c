"""Copying pixels between ``QImage`` and NumPy arrays, and nothing more.

Qt pads every image row to 4 bytes, so a row-by-row view must drop the padding; every result
here is a fresh copy that owns its memory, safe to keep after the source changes or dies.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def gray_to_qimage(array: np.ndarray) -> QImage:
    """A 2-D array (floats 0..1 or uint8) as a ``Format_Grayscale8`` image."""
    a = np.asarray(array)
    if a.ndim != 2:
        raise ValueError(f"expected a 2-D array, not shape {a.shape}")
    if a.dtype != np.uint8:
        a = np.clip(np.nan_to_num(a.astype(np.float32)) * 255.0 + 0.5, 0, 255).astype(np.uint8)
    a = np.ascontiguousarray(a)
    height, width = a.shape
    return QImage(a.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def qimage_to_gray(image: QImage) -> np.ndarray:
    """A ``Format_Grayscale8`` image (converted if need be) as a uint8 (H, W) array."""
    if image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return _rows(image, 1)


def qimage_to_rgba(image: QImage) -> np.ndarray:
    """Any image as a uint8 (H, W, 4) RGBA array, transparency kept."""
    if image.format() != QImage.Format.Format_RGBA8888:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return _rows(image, 4).reshape(image.height(), image.width(), 4)


def _rows(image: QImage, channels: int) -> np.ndarray:
    height, width = image.height(), image.width()
    if height == 0 or width == 0:
        return np.zeros((height, width * channels), np.uint8)
    buffer = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return buffer.reshape(height, image.bytesPerLine())[:, : width * channels].copy()
