"""What the "why this answer" views share: the model-worker job and the heatmap colours.

The Lab's "Why this answer" page and the Draw tab's "Show why" both ask the model worker for a
saliency map through ``ModelSession.run_on_model`` with ``saliency_job`` (a few milliseconds
per map on the shipped model, ``bench/bench_saliency.py``; the traced functions stay cached per
model in ``model.lab.saliency``), and both paint the 28x28 result with ``heat_rgba``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtGui import QImage

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from gui.common.maps.colors import DIVERGING, SEQUENTIAL, ColorScale, rgba_to_qimage
from model.words import with_article

METHODS = ("gradcam", "gradient", "occlusion")
# Shown through ``translate("common.why", title)``.
METHOD_TITLES = {
    "gradcam": "Grad-CAM",
    "gradient": QT_TRANSLATE_NOOP("common.why", "Gradient"),
    "occlusion": QT_TRANSLATE_NOOP("common.why", "Occlusion"),
}
# SmoothGrad copies when the gradient is smoothed: ~7 ms a map on the shipped model.
SMOOTH_COPIES = 16


def saliency_job(
    model: Any,
    predictor: Any,
    image: np.ndarray,
    method: str,
    class_index: int | None,
    smooth: bool = False,
    tag: Any = None,
) -> dict[str, Any]:
    """One saliency map as plain data (runs in the model worker via ``run_on_model``).

    Returns
    -------
    dict
        ``map``, ``method``, ``class_index``, ``probability``, ``notes``, ``signed``,
        ``layer`` (see ``model.lab.saliency.Saliency``), plus ``tag`` (handed back unchanged, so
        the caller can tell which request this answers), ``asked_class`` (``class_index`` as
        asked, None for "the answer") and ``smooth``.
    """
    from model.lab import saliency

    options = {"smooth": SMOOTH_COPIES} if method == "gradient" and smooth else {}
    result = saliency.saliency(model, predictor, image, method, class_index, **options)
    return dict(result.to_dict(), tag=tag, asked_class=class_index, smooth=bool(options))


def scale_for(heat: np.ndarray, signed: bool) -> ColorScale:
    """The colours of a map: 0..1 dark to bright, or (occlusion) blue-white-red around zero,
    symmetric about the largest drop or rise."""
    if not signed:
        return ColorScale(0.0, 1.0, False, SEQUENTIAL)
    peak = float(np.abs(heat).max()) if heat.size else 0.0
    peak = peak if peak > 1e-6 else 1e-6
    return ColorScale(-peak, peak, True, DIVERGING)


def heat_rgba(heat: np.ndarray, signed: bool, overlay: bool = False) -> np.ndarray:
    """A map as (28, 28, 4) uint8 colours; ``overlay`` makes weak values see-through so the
    digit under them shows (opacity grows with the strength of the evidence)."""
    heat = np.asarray(heat, np.float32)
    scale = scale_for(heat, signed)
    rgba = scale.rgba(heat).copy()
    if overlay:
        # Weak evidence fades out entirely, so the digit stays readable where nothing happens.
        strength = np.nan_to_num(np.abs(heat) / (scale.high or 1.0))  # NaN: see-through
        lifted = np.clip((strength - 0.15) / 0.85, 0.0, 1.0) ** 1.3
        rgba[..., 3] = (235 * lifted).astype(np.uint8)
    return rgba


def heat_qimage(heat: np.ndarray, signed: bool, overlay: bool = False) -> QImage:
    """``heat_rgba`` as a QImage (it owns its pixels)."""
    return rgba_to_qimage(heat_rgba(heat, signed, overlay))


def caption(result: dict[str, Any], answer: int | None = None) -> str:
    """A short line naming what a map explains: "Grad-CAM: why 3", or for another class than
    the network's ``answer``, "Occlusion: what looks like an 8"."""
    method = translate(
        "common.why",
        METHOD_TITLES.get(result.get("method", ""), QT_TRANSLATE_NOOP("common.why", "Saliency")),
    )
    if result.get("method") == "gradient" and result.get("smooth"):
        method = translate("common.why", "Gradient, smoothed")
    cls = int(result["class_index"])
    if answer is None or cls == answer:
        return translate("common.why", "{method}: why {label}").format(method=method, label=cls)
    return translate("common.why", "{method}: what looks like {label}").format(
        method=method, label=with_article(cls)
    )
