"""Colour for everyone: the colour maps under simulated colour-vision deficiencies, perceptual
uniformity, and the contrast of every theme's text (model.colour, gui.common.themes)."""

from __future__ import annotations

import numpy as np
import pytest

from gui.common.themes import THEMES
from model.colour import (
    DIVERGING,
    SEQUENTIAL,
    contrast_ratio,
    delta_e,
    hex_to_rgb,
    lab,
    lookup_table,
    simulate_cvd,
)

DEFICIENCIES = ("deuteranopia", "protanopia", "tritanopia")


def test_the_simulation_matches_machado_on_known_colours():
    # Pure red and green, which a person with deuteranopia confuses: both become yellowish
    # browns much closer to each other than they were.
    red, green = hex_to_rgb("#ff0000"), hex_to_rgb("#00ff00")
    seen_red, seen_green = simulate_cvd(red, "deuteranopia"), simulate_cvd(green, "deuteranopia")
    assert delta_e(seen_red, seen_green) < 0.5 * delta_e(red, green)
    # Greys are greys to everyone (each matrix row sums to 1).
    grey = np.full(3, 0.5)
    for kind in DEFICIENCIES:
        assert np.allclose(simulate_cvd(grey, kind), grey, atol=1e-3)
    # Blue stays blue for a deuteranope, but not for a tritanope.
    blue = hex_to_rgb("#0000ff")
    assert delta_e(simulate_cvd(blue, "deuteranopia"), blue) < delta_e(
        simulate_cvd(blue, "tritanopia"), blue
    )
    with pytest.raises(ValueError):
        simulate_cvd(blue, "monochromacy")


@pytest.mark.parametrize("kind", DEFICIENCIES)
def test_the_diverging_maps_two_ends_stay_apart(kind):
    table = lookup_table(DIVERGING)[:, :3] / 255.0
    low, high = simulate_cvd(table[0], kind), simulate_cvd(table[-1], kind)
    assert delta_e(low, high) > 20  # clearly different colours, not one shade
    # And so do the mid-strength values either side of zero (a quarter of the way out).
    q = len(table) // 4
    assert delta_e(simulate_cvd(table[q], kind), simulate_cvd(table[-1 - q], kind)) > 20


def test_the_diverging_map_is_equally_light_either_side_of_zero():
    lightness = lab(lookup_table(DIVERGING)[:, :3] / 255.0)[:, 0]
    assert np.abs(lightness - lightness[::-1]).max() < 6
    middle = len(lightness) // 2
    assert (np.diff(lightness[:middle]) > 0).all() and (np.diff(lightness[middle + 1 :]) < 0).all()


@pytest.mark.parametrize("kind", (None, *DEFICIENCIES))
def test_the_sequential_map_rises_evenly_in_lightness(kind):
    table = lookup_table(SEQUENTIAL)[:, :3] / 255.0
    if kind:
        table = simulate_cvd(table, kind)
    lightness = lab(table)[:, 0]
    steps = np.diff(lightness)
    assert (steps > 0).all()  # stronger always looks brighter, to everyone
    assert lightness[-1] - lightness[0] > 90
    anchors = lab(hex_to_rgb(SEQUENTIAL))[:, 0]
    assert np.diff(anchors).std() / np.diff(anchors).mean() < 0.25  # even steps


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_theme_text_stands_out_from_its_backgrounds(name):
    t = THEMES[name]
    need = 7.0 if name == "high-contrast" else 4.5
    for text, background in (
        (t.text, t.window),
        (t.text, t.card),
        (t.muted, t.card),
        (t.muted, t.window),
        (t.on_accent, t.accent),
        (t.accent, t.card),
        (t.good, t.card),
        (t.bad, t.card),
    ):
        assert contrast_ratio(text, background) >= need, (name, text, background)
    # The focus ring must be seen against the card (WCAG's 3:1 for what is not text).
    assert contrast_ratio(t.focus, t.card) >= 3.0
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
