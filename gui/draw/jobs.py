"""The Draw tab's background jobs, as plain functions: reading a picture as ink for the canvas
and loading MNIST's test digits (in its I/O worker), and reading the digits of a number (in the
model worker, through ``ModelSession.run_on_model``). Each returns a plain dict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from gui.common.i18n import translate
from model.data.segment import Digit
from model.i18n import integer
from model.uncertainty import Calibration


def ink_from_file(path: str, of: int = 1) -> dict[str, Any]:
    """Read an image file as white-on-black ink (runs in the I/O worker); ``of`` > 1 says it
    is the first of that many files dropped at once."""
    from model.data.canvas_ink import ink_for_canvas
    from model.data.images import load_image

    name = Path(path).name
    source = (
        translate(
            "draw.jobs", "Loaded from {name}, the first of {n} files dropped (one digit at a time)"
        ).format(name=name, n=integer(of))
        if of > 1
        else translate("draw.jobs", "Loaded from {name}").format(name=name)
    )
    ink, stages = ink_for_canvas(load_image(path))
    return {"ink": ink, "tag": {"source": source, "stages": stages}}


def ink_from_pixels(pixels: np.ndarray, source: str) -> dict[str, Any]:
    """Pixels (gray, RGB or RGBA) as white-on-black ink (runs in the I/O worker)."""
    from model.data.canvas_ink import ink_for_canvas

    ink, stages = ink_for_canvas(pixels)
    return {"ink": ink, "tag": {"source": source, "stages": stages}}


def read_digits_job(
    model: Any, predictor: Any, digits: list[Digit], calibration: Calibration, key: int
) -> dict[str, Any]:
    """Read the digits of a number (runs in the model worker via ``run_on_model``); ``key``
    names the drawing they were found in and comes back with the reading."""
    from model.data.segment import read_number

    reading = read_number(None, predictor.probabilities, calibration, digits, predictor.logits)
    return {"key": key, "reading": reading}


def mnist_test_set() -> dict[str, Any]:
    """MNIST's test images and labels (runs in the I/O worker; ~0.3 s)."""
    from model.data.mnist import load_mnist

    data = load_mnist()
    return {"images": data.x_test, "labels": data.y_test}
