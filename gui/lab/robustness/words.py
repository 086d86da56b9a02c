"""The Robustness lab's changes in words: a slider's value ("+2.5 px", "10° anticlockwise")
and everything done to the digit ("moved 3 px right, turned 10° clockwise")."""

from __future__ import annotations

from gui.common.i18n import translate
from model import i18n


def value_text(key: str, value: float) -> str:
    """A slider's value in words: "+2.5 px", "10° anticlockwise", "120 %"."""
    if key in ("dx", "dy", "thickness"):
        return "0 px" if value == 0 else f"{i18n.formatted(value, '+g')} px"
    if key == "rotation":
        if value == 0:
            return "0°"
        if value > 0:
            return translate("lab.robustness.words", "{angle}° anticlockwise").format(
                angle=i18n.formatted(abs(value))
            )
        return translate("lab.robustness.words", "{angle}° clockwise").format(
            angle=i18n.formatted(abs(value))
        )
    if key == "scale":
        return f"{i18n.number(value * 100, 0)} %"
    return translate("lab.robustness.words", "none") if value == 0 else i18n.number(value, 2)


def _moved(dx: float, dy: float) -> str:
    """The move in words, one phrase ("" when the digit did not move)."""
    x, y = i18n.formatted(abs(dx)), i18n.formatted(abs(dy))
    if dx and dy:
        if dx > 0:
            text = (
                translate("lab.robustness.words", "moved {x} px right and {y} px down")
                if dy > 0
                else translate("lab.robustness.words", "moved {x} px right and {y} px up")
            )
        else:
            text = (
                translate("lab.robustness.words", "moved {x} px left and {y} px down")
                if dy > 0
                else translate("lab.robustness.words", "moved {x} px left and {y} px up")
            )
    elif dx:
        text = (
            translate("lab.robustness.words", "moved {x} px right")
            if dx > 0
            else translate("lab.robustness.words", "moved {x} px left")
        )
    elif dy:
        text = (
            translate("lab.robustness.words", "moved {y} px down")
            if dy > 0
            else translate("lab.robustness.words", "moved {y} px up")
        )
    else:
        return ""
    return text.format(x=x, y=y)


def describe_changes(params: dict[str, float]) -> str:
    """What was done to the digit, in words ("unchanged" when nothing was)."""
    parts = []
    moved = _moved(params.get("dx", 0.0), params.get("dy", 0.0))
    if moved:
        parts.append(moved)
    rotation = params.get("rotation")
    if rotation:
        angle = i18n.formatted(abs(rotation))
        if rotation > 0:
            parts.append(
                translate("lab.robustness.words", "turned {angle}° anticlockwise").format(
                    angle=angle
                )
            )
        else:
            parts.append(
                translate("lab.robustness.words", "turned {angle}° clockwise").format(angle=angle)
            )
    if params.get("scale", 1.0) != 1.0:
        pct = i18n.number(params["scale"] * 100, 0)
        parts.append(translate("lab.robustness.words", "resized to {pct} %").format(pct=pct))
    if params.get("thickness"):
        parts.append(
            translate("lab.robustness.words", "thicker")
            if params["thickness"] > 0
            else translate("lab.robustness.words", "thinner")
        )
    if params.get("noise"):
        parts.append(
            translate("lab.robustness.words", "noise {amount}").format(
                amount=i18n.number(params["noise"], 2)
            )
        )
    return ", ".join(parts) or translate("lab.robustness.words", "unchanged")
