"""The saliency maps' notes in words: one or two sentences on what was computed (the layer, the
score, the noisy copies, the occluding squares), in the learner's language."""

from __future__ import annotations

from model import i18n, words
from model.i18n import translate


def gradcam_notes(logit: bool, layer: str, rows: int, cols: int, cls: int, empty: bool) -> str:
    """Grad-CAM's notes: the layer's maps (``rows`` x ``cols``) weighed by the gradient of the
    class's logit (``logit``) or output score; ``empty`` adds that the map is empty."""
    if logit:
        notes = translate(
            "lab.saliency_notes",
            "Maps of layer {lname} ({rows}x{cols}), weighed by the gradient of the "
            "pre-softmax score (logit) of class {cls}.",
        )
    else:
        notes = translate(
            "lab.saliency_notes",
            "Maps of layer {lname} ({rows}x{cols}), weighed by the gradient of the output "
            "score of class {cls}.",
        )
    notes = notes.format(lname=layer, rows=rows, cols=cols, cls=cls)
    if empty:
        notes += " " + translate(
            "lab.saliency_notes", "No place of these maps raises that score: the map is empty."
        )
    return notes


def gradient_notes(logit: bool, cls: int, copies: int) -> str:
    """The gradient map's notes: of the logit (``logit``) or the output score, plain or
    averaged over ``copies`` noisy copies (SmoothGrad)."""
    return _gradient_template(logit, copies).format(cls=cls, n=i18n.integer(copies))


def _gradient_template(logit: bool, copies: int) -> str:
    """The gradient map's notes, its fields ``{cls}`` and ``{n}`` (the noisy copies) unfilled:
    of the logit or of the output score, plain or averaged over one or more copies."""
    if logit:
        if copies == 0:
            return translate(
                "lab.saliency_notes",
                "How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel.",
            )
        if copies == 1:
            return translate(
                "lab.saliency_notes",
                "How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel, "
                "averaged over 1 noisy copy (SmoothGrad).",
            )
        return translate(
            "lab.saliency_notes",
            "How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel, "
            "averaged over {n} noisy copies (SmoothGrad).",
        )
    if copies == 0:
        return translate(
            "lab.saliency_notes",
            "How strongly the output score of class {cls} reacts to each pixel.",
        )
    if copies == 1:
        return translate(
            "lab.saliency_notes",
            "How strongly the output score of class {cls} reacts to each pixel, averaged over "
            "1 noisy copy (SmoothGrad).",
        )
    return translate(
        "lab.saliency_notes",
        "How strongly the output score of class {cls} reacts to each pixel, averaged over "
        "{n} noisy copies (SmoothGrad).",
    )


def occlusion_notes(cls: int, patch: int, squares: int, stride: int) -> str:
    """Occlusion's notes: the mean drop of the class's probability when a ``patch``-pixel square
    around each pixel is blanked (``squares`` of them on the digit, ``stride`` apart)."""
    if squares == 1:
        text = translate(
            "lab.saliency_notes",
            "Mean drop of the probability of class {cls} when {square}x{patch} square around "
            "each pixel is blanked (1 square on the digit, {stride} px apart, in one batch).",
        )
    else:
        text = translate(
            "lab.saliency_notes",
            "Mean drop of the probability of class {cls} when {square}x{patch} square around "
            "each pixel is blanked ({n} squares on the digit, {stride} px apart, in one batch).",
        )
    return text.format(
        cls=cls,
        square=words.with_article(patch),
        patch=patch,
        n=i18n.integer(squares),
        stride=stride,
    )
