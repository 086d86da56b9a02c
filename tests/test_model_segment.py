"""Several digits at once: finding each digit of a number, cutting touching ones, reading it."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageChops

from model.data.preprocess import preprocess
from model.data.segment import find_digits, read_number
from tests.strokes import render_digit

HEIGHT = 120


def number(text: str, gap: float = 0.25, height: int = HEIGHT, **kwargs) -> tuple:
    """``text`` written left to right, white on black: the picture and each digit's box
    (top, left, bottom, right). ``gap`` is the space between digits as a fraction of their
    height (negative: they overlap)."""
    width = int(height * (0.6 + 0.5) * len(text) + height)
    picture = Image.new("L", (width, height * 2), 0)
    boxes, x = [], height * 0.3
    for ch in text:
        w = 0.6 * height
        tile = render_digit(int(ch), 2 * height, box=(0, 0.25, 0.3, 0.5), **kwargs)
        shifted = Image.new("L", picture.size, 0)
        shifted.paste(tile, (int(x), 0))
        picture = ImageChops.lighter(picture, shifted)
        ink = np.asarray(shifted) > 100
        rows, cols = np.flatnonzero(ink.any(1)), np.flatnonzero(ink.any(0))
        boxes.append((rows[0], cols[0], rows[-1] + 1, cols[-1] + 1))
        x += w + gap * height
    return np.asarray(picture), boxes


@pytest.mark.parametrize("text", ["42", "2026", "731", "90210", "123456"])
def test_each_digit_of_a_number_is_found_where_it_is(text):
    picture, boxes = number(text)
    digits = find_digits(picture)
    assert len(digits) == len(text)
    for digit, box in zip(digits, boxes):
        assert digit.box == pytest.approx(box, abs=3)
        # The digit's own preprocessing maps back into the whole picture.
        top, left = digit.pre.to_source(*digit.pre.offset)
        assert (top, left) == pytest.approx(box[:2], abs=3)


def test_the_parts_of_one_digit_stay_one_digit():
    """A 4 in two strokes and a 5 with its bar lifted off are each one digit: their pieces
    overlap left to right. (The separate segments of a display's 8 do not, and would be read
    as three; single-digit preprocessing keeps them together.)"""
    four = np.asarray(render_digit(4, 200)).copy()
    four[:, 118:124] = 0  # the stem cut from the bar
    five = np.asarray(render_digit(5, 200)).copy()
    five[30:44, 70:80] = 0  # the bar lifted off the downstroke
    for picture in (four, five):
        assert len(find_digits(picture)) == 1


def test_specks_are_not_digits():
    picture, _ = number("58")
    picture = picture.copy()
    picture[5:8, 5:8] = 255
    picture[-9:-6, -40:-37] = 255
    assert len(find_digits(picture)) == 2


def test_nothing_is_no_digits():
    assert find_digits(np.zeros((50, 80), np.uint8)) == []


def test_a_number_reads_as_its_digits_read_alone(trained):
    """Reading a number changes nothing about each digit: the number read is what the
    network reads for each digit drawn on its own."""
    _, predictor = trained
    for text in ("42", "2026", "7381", "59"):
        picture, _ = number(text)
        reading = read_number(picture, predictor.probabilities)
        alone = "".join(
            str(predictor.predict(preprocess(np.asarray(render_digit(int(ch), 240))).input).label)
            for ch in text
        )
        assert reading.text == alone
        assert [d["label"] for d in reading.to_list()] == [int(c) for c in alone]


def one_digit_wide(images: np.ndarray) -> np.ndarray:
    """A fake network that knows only how wide one digit is: sure of an input whose ink is
    at most 14 of the 28 pixels wide, unsure of a wider one (two digits squeezed into one)."""
    widths = np.array([np.ptp(np.flatnonzero((im > 0.3).any(axis=0))) + 1 for im in images])
    sure = np.where(widths <= 14, 0.97, 0.3)
    out = np.full((len(images), 10), 0.0)
    out[:, 0] = sure
    out[:, 1:] = ((1 - sure) / 9)[:, None]
    return out


def test_touching_digits_are_cut_where_the_ink_is_thin():
    """Two digits that touch are one piece of ink; tried as two, cut at the column with the
    least ink, each part is a digit the network is sure of, and the cut is kept."""
    picture, boxes = number("25", gap=-0.2, thickness=0.12)
    found = find_digits(picture)
    assert len(found) == 1
    reading = read_number(picture, one_digit_wide)
    assert len(reading.digits) == 2
    cut = reading.digits[0].box[3]
    assert boxes[1][1] - 3 <= cut <= boxes[0][3] + 3  # where the two overlap, not elsewhere


def test_digits_too_wide_to_be_one_are_cut_and_read(trained):
    _, predictor = trained
    picture, _ = number("25", gap=-0.2, thickness=0.12)
    wide = np.asarray(Image.fromarray(picture).resize((picture.shape[1] * 2, picture.shape[0])))
    digits = find_digits(wide)
    assert len(digits) == 1 and digits[0].box[3] - digits[0].box[1] > 1.2 * (
        digits[0].box[2] - digits[0].box[0]
    )
    assert read_number(wide, predictor.probabilities).text == "25"


@pytest.mark.parametrize("end", [(560, 130), (560, 330), (600, 40)])
def test_a_straight_stroke_is_one_mark_not_a_row_of_ones(trained, end):
    """A long line drawn across the canvas (diagonal or flat) is too wide to be one digit, but
    cutting it only makes "1"s: it stays one mark, while a 7 beside a 1 is still cut."""
    from PIL import ImageDraw

    _, predictor = trained
    picture = Image.new("L", (640, 400), 0)
    ImageDraw.Draw(picture).line([(40, 360), end], fill=255, width=22)
    reading = read_number(np.asarray(picture), predictor.probabilities)
    assert len(reading.digits) == 1
    touching, _ = number("71", gap=-0.1, thickness=0.12)
    assert len(read_number(touching, predictor.probabilities).digits) == 2


def test_one_wide_digit_is_not_cut(trained):
    """A round 0 as wide as it is tall is tried in two halves, and kept whole."""
    _, predictor = trained
    wide = np.asarray(render_digit(0, 200, box=(0.25, 0.3, 0.45, 0.45), thickness=0.12))
    assert len(find_digits(wide)) == 1
    reading = read_number(wide, predictor.probabilities)
    assert len(reading.digits) == 1
