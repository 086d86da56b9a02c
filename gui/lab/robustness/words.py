"""The Robustness lab's changes in words: a slider's value ("+2.5 px", "10° anticlockwise")
and everything done to the digit ("moved 3 px right, turned 10° clockwise")."""

from __future__ import annotations


def value_text(key: str, value: float) -> str:
    """A slider's value in words: "+2.5 px", "10° anticlockwise", "120 %"."""
    if key in ("dx", "dy", "thickness"):
        return "0 px" if value == 0 else f"{value:+g} px"
    if key == "rotation":
        if value == 0:
            return "0°"
        return f"{abs(value):g}° {'anticlockwise' if value > 0 else 'clockwise'}"
    if key == "scale":
        return f"{value * 100:.0f} %"
    return "none" if value == 0 else f"{value:.2f}"


def describe_changes(params: dict[str, float]) -> str:
    """What was done to the digit, in words ("unchanged" when nothing was)."""
    parts = []
    dx, dy = params.get("dx", 0.0), params.get("dy", 0.0)
    moves = []
    if dx:
        moves.append(f"{abs(dx):g} px {'right' if dx > 0 else 'left'}")
    if dy:
        moves.append(f"{abs(dy):g} px {'down' if dy > 0 else 'up'}")
    if moves:
        parts.append("moved " + " and ".join(moves))
    if params.get("rotation"):
        parts.append("turned " + value_text("rotation", params["rotation"]))
    if params.get("scale", 1.0) != 1.0:
        parts.append(f"resized to {params['scale'] * 100:.0f} %")
    if params.get("thickness"):
        parts.append("thicker" if params["thickness"] > 0 else "thinner")
    if params.get("noise"):
        parts.append(f"noise {params['noise']:.2f}")
    return ", ".join(parts) or "unchanged"
