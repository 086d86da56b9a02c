"""Counts and articles (``model.words``): no "1 samples", no "a 8"."""

from __future__ import annotations

import numpy as np
import pytest

from model.words import article, count, with_article


@pytest.mark.parametrize(
    "number, expected",
    [
        (0, "a"), (1, "a"), (2, "a"), (7, "a"), (8, "an"), (9, "a"), (10, "a"), (11, "an"),
        (12, "a"), (17, "a"), (18, "an"), (19, "a"), (28, "a"), (80, "an"), (88, "an"),
        (100, "a"), (110, "a"), (118, "a"), (180, "a"), (800, "an"), (899, "an"),
        (1000, "a"), (8000, "an"), (11000, "an"), (18500, "an"), (80000, "an"),
        (110000, "a"), (800000, "an"), (1_800_000, "a"), (8_000_000, "an"),
        ("8x8", "an"), ("11×11", "an"), ("28x28", "a"), ("8,000", "an"), (8.5, "an"),
        (0.88, "a"), (np.int64(8), "an"), (np.int64(3), "a"),
    ],
)  # fmt: skip
def test_numbers_take_the_article_they_are_read_with(number, expected):
    assert article(number) == expected


def test_words_take_an_before_a_vowel():
    assert with_article("Activation") == "an Activation"
    assert with_article("InputLayer") == "an InputLayer"
    assert with_article("Conv2D") == "a Conv2D"
    assert with_article(8) == "an 8" and with_article(3) == "a 3"


def test_counts_agree_with_their_noun():
    assert count(1, "sample") == "1 sample"
    assert count(0, "sample") == "0 samples"
    assert count(2, "sample") == "2 samples"
    assert count(1, "batch", "batches") == "1 batch"
    assert count(12, "batch", "batches") == "12 batches"
    assert count(60000, "digit") == "60,000 digits"
    assert count(np.int64(1), "filter") == "1 filter"
    assert count(np.int64(1200), "filter") == "1,200 filters"
