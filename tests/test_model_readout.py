"""The words a screen reader says for the app's pictures (model.readout)."""

from __future__ import annotations

import numpy as np

from model.readout import curve_text, image_text, maps_text, percent, votes_text


def test_votes_name_the_winner_then_the_runner_up():
    p = np.full(10, 0.086 / 8)
    p[5], p[7] = 0.90, 0.014
    assert votes_text(p) == "5: 90 %, next 7: 1.4 %"
    assert votes_text(p, runners_up=2).startswith("5: 90 %, next 7: 1.4 %, next ")
    assert votes_text(None) == votes_text([np.nan] * 10) == "no answer yet"


def test_percentages_never_say_0_or_100():
    assert percent(0.0) == "< 0.1 %" and percent(1.0) == "> 99.9 %"
    assert percent(0.5) == "50 %" and percent(0.014) == "1.4 %"


def test_the_input_says_where_the_ink_is():
    image = np.zeros((28, 28))
    image[4:24, 12:15] = 1.0  # a "1"
    text = image_text(image)
    assert "rows 4 to 23" in text and "columns 12 to 14" in text
    assert f"{60 / 784 * 100:.0f} %" in text
    assert image_text(np.zeros((28, 28))).endswith("empty") and image_text(None) == "empty"


def test_maps_name_the_strongest_value_and_the_silent_maps():
    maps = np.zeros((4, 5, 6))
    maps[2, 3, 1] = 7.5
    maps[0, 0, 0] = 1.0
    text = maps_text(maps, "filter")
    assert text.startswith("4 filters of 5 by 6")
    assert "strongest 7.5 at filter 2, row 3, column 1" in text
    assert "2 of 4 silent" in text
    assert maps_text(maps[2]) == "1 map of 5 by 6; strongest 7.5 at row 3, column 1"


def test_a_curve_gives_its_last_lowest_and_highest_value():
    text = curve_text("loss", [1, 2, 3], [2.0, 0.5, 0.7])
    assert text == "loss: 0.7 at 3, lowest 0.5, highest 2"
    assert curve_text("loss", [], []) == "loss: no values yet"
