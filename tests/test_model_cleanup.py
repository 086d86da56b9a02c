"""Photos and scans: paper, light, grain, ruled lines, specks, frames and tiny pictures.

Each case is built from a clean rendering of a digit whose right answer is known, then
spoiled one way; preprocessing must give (nearly) what the clean rendering gives.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from model.data import cleanup
from model.data.components import components, label
from model.data.preprocess import preprocess
from tests.preprocess_v1 import input_v1
from tests.strokes import render_digit

SIZE = 200


def clean(digit: int = 3, **kwargs) -> np.ndarray:
    """Ink of a digit, 0..1, white on black (1 = ink)."""
    return np.asarray(render_digit(digit, SIZE, **kwargs), np.float32) / 255.0


def on_paper(ink: np.ndarray, paper: np.ndarray | float = 0.9, ink_level: float = 0.15):
    """The ink written on ``paper`` (brightness, scalar or per pixel), dark on light, uint8."""
    page = np.broadcast_to(np.asarray(paper, np.float32), ink.shape)
    out = page * (1 - ink) + ink_level * page * ink
    return (np.clip(out, 0, 1) * 255).astype(np.uint8)


def box_of(a: np.ndarray, level: float = 0.1) -> tuple[int, int, int, int]:
    rows, cols = np.flatnonzero((a > level).any(1)), np.flatnonzero((a > level).any(0))
    return rows[0], cols[0], rows[-1] + 1, cols[-1] + 1


def close_to(a, b, mean=0.03):
    """Whether two 28x28 inputs differ by at most ``mean`` per pixel, allowing the one-pixel
    shift a rounded centre of mass can make."""
    best = min(
        float(np.abs(np.roll(a, (dr, dc), (0, 1)) - b).mean())
        for dr in (-1, 0, 1)
        for dc in (-1, 0, 1)
    )
    return best <= mean


# --------------------------------------------------------------------------- components


def flood_fill_labels(mask: np.ndarray) -> np.ndarray:
    """The slow, obvious way: a breadth-first flood fill from each unlabelled ink pixel."""
    out = np.zeros(mask.shape, int)
    n = 0
    for start in zip(*np.nonzero(mask)):
        if out[start]:
            continue
        n += 1
        out[start] = n
        queue = [start]
        while queue:
            r, c = queue.pop()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    rr, cc = r + dr, c + dc
                    inside = 0 <= rr < mask.shape[0] and 0 <= cc < mask.shape[1]
                    if inside and mask[rr, cc] and not out[rr, cc]:
                        out[rr, cc] = n
                        queue.append((rr, cc))
    return out


def test_labelling_matches_a_flood_fill():
    rng = np.random.default_rng(3)
    for _ in range(40):
        mask = rng.random((int(rng.integers(1, 30)), int(rng.integers(1, 30)))) < 0.45
        labels, n = label(mask)
        truth = flood_fill_labels(mask)
        assert n == truth.max()
        # The same partition: each of our labels is exactly one of theirs.
        pairs = set(zip(labels[mask].tolist(), truth[mask].tolist()))
        assert len(pairs) == n


def test_components_describe_their_pieces():
    mask = np.zeros((20, 30), bool)
    mask[2:5, 3:10] = True  # 21 px
    mask[10:19, 25:30] = True  # touches the right edge
    _, pieces = components(mask)
    assert [p.area for p in pieces] == [21, 45]
    assert pieces[0].box == (2, 3, 5, 10) and not pieces[0].touches_border
    assert pieces[1].touches_border


# --------------------------------------------------------------------------- light and paper


def test_a_clean_drawing_is_exactly_what_version_1_made_of_it():
    for digit in range(10):
        for kwargs in ({}, {"thickness": 0.2}, {"box": (0.05, 0.6, 0.2, 0.3)}):
            image = np.asarray(render_digit(digit, 140, **kwargs))
            pre = preprocess(image)
            assert pre.stages == ()
            np.testing.assert_array_equal(pre.input, input_v1(image))
            inverted = 255 - image
            np.testing.assert_array_equal(preprocess(inverted).input, input_v1(inverted))


def test_uneven_light_and_a_shadow_divide_out():
    ink = clean(5)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE] / SIZE
    light = 0.95 - 0.5 * xx  # bright on the left, dim on the right
    light = np.where(yy + 0.3 * xx > 0.7, light * 0.55, light)  # and a hard shadow
    photo = on_paper(ink, light)
    pre = preprocess(photo)
    assert "paper" in [s.key for s in pre.stages]
    reference = preprocess(on_paper(ink))
    assert pre.bbox == pytest.approx(reference.bbox, abs=3)
    assert close_to(pre.input, reference.input)


def test_one_global_threshold_would_keep_the_shadow():
    """What the paper estimate is for: version 1 crops to the shadow, not the digit."""
    ink = clean(5)
    yy, _ = np.mgrid[0:SIZE, 0:SIZE] / SIZE
    photo = on_paper(ink, np.where(yy > 0.6, 0.45, 0.9), ink_level=0.1)
    truth = preprocess(on_paper(ink)).input
    assert not close_to(input_v1(photo), truth, 0.05)
    assert close_to(preprocess(photo).input, truth)


@pytest.mark.parametrize("paper, ink_level", [(0.5, 0.5), (0.8, 0.75), (0.35, 0.1)])
def test_grey_paper_and_faint_ink(paper, ink_level):
    ink = clean(7)
    pre = preprocess(on_paper(ink, paper, ink_level))
    assert close_to(pre.input, preprocess(on_paper(ink)).input)


def test_grain_is_removed_and_strokes_stay():
    rng = np.random.default_rng(1)
    ink = clean(2)
    photo = on_paper(ink).astype(np.float32) + rng.normal(0, 25, ink.shape)
    salt = rng.random(ink.shape) < 0.02
    photo[salt] = rng.choice([0, 255], int(salt.sum()))
    pre = preprocess(np.clip(photo, 0, 255).astype(np.uint8))
    assert "grain" in [s.key for s in pre.stages]
    assert close_to(pre.input, preprocess(on_paper(ink)).input, 0.05)


# --------------------------------------------------------------------------- clutter


def ruled(shape, spacing=31, offset=9, width=2, level=0.55):
    rows = np.zeros(shape, np.float32)
    for y in range(offset, shape[0], spacing):
        rows[y : y + width] = level
    return rows


def grainy(photo: np.ndarray, seed: int = 2) -> np.ndarray:
    """A photo's grain on a rendering (a clean rendering is taken for a drawing, which has
    no ruled paper or table to remove)."""
    noise = np.random.default_rng(seed).normal(0, 4, photo.shape)
    return np.clip(photo + noise, 0, 255).astype(np.uint8)


def test_ruled_lines_go_and_the_strokes_they_cross_stay():
    ink = clean(4)
    lined = np.maximum(ink, ruled(ink.shape))
    pre = preprocess(grainy(on_paper(lined)))
    assert "cleaned" in [s.key for s in pre.stages]
    assert close_to(pre.input, preprocess(on_paper(ink)).input, 0.02)
    # Where a line crossed the 4's stem, the stem is whole: no row of it went dark.
    x = int((0.15 + 0.62 * 0.7) * SIZE)  # the stem (tests.strokes, default box)
    top, _, bottom, _ = box_of(ink[:, x - 2 : x + 3])
    assert (pre.ink[top:bottom, x - 2 : x + 3].max(axis=1) > 0.3).all()


def test_a_hairline_survives_ruled_lines_and_specks():
    hair = np.asarray(render_digit(6, SIZE, thickness=0.008), np.float32) / 255.0
    rng = np.random.default_rng(4)
    dirt = np.zeros_like(hair)
    for y, x in rng.integers(5, SIZE - 5, (12, 2)):
        dirt[y - 1 : y + 2, x - 1 : x + 2] = 1.0
    dirt[box_of(hair)[0] - 4 : box_of(hair)[2] + 4, box_of(hair)[1] - 4 : box_of(hair)[3] + 4] = 0
    spoiled = np.maximum(np.maximum(hair, ruled(hair.shape, level=0.3, width=1)), dirt)
    pre = preprocess(grainy(on_paper(spoiled)))
    kept = pre.ink > 0.1
    assert kept[hair > 0.5].mean() > 0.9  # the hairline is still there
    assert not kept[dirt > 0.5].any()  # the specks are not
    assert pre.bbox == pytest.approx(box_of(hair), abs=2)


def test_a_tight_crop_keeps_its_long_bar():
    """A 7 cropped to its ink: the bar spans the picture like a ruled line would, but it is
    as thick and as dark as the rest of the digit, and the digit's own."""
    ink = clean(7, thickness=0.1)
    top, left, bottom, right = box_of(ink)
    tight = on_paper(ink[top:bottom, left:right])
    pre = preprocess(tight)
    assert "cleaned" not in [s.key for s in pre.stages]
    assert close_to(pre.input, preprocess(on_paper(ink)).input, 0.02)


def test_a_box_drawn_round_the_digit_and_the_table_round_the_page_go():
    ink = clean(9, box=(0.3, 0.25, 0.4, 0.5))
    frame = np.zeros_like(ink)
    frame[20:24, 20:180] = frame[176:180, 20:180] = 1.0
    frame[20:180, 20:24] = frame[20:180, 176:180] = 1.0
    reference = preprocess(on_paper(ink)).input
    boxed = preprocess(on_paper(np.maximum(ink, frame)))
    assert close_to(boxed.input, reference)
    table = np.zeros_like(ink)
    table[:, :25] = table[-18:, :] = 1.0
    photo = grainy(on_paper(np.maximum(ink, table)))
    assert close_to(preprocess(photo).input, reference)


def test_specks_apart_go_but_the_parts_of_a_digit_stay():
    """A speck far from the digit is dropped; the separate segments of a seven-segment 8
    are each as heavy as a speck is light, and all stay."""
    seg = np.zeros((SIZE, SIZE), np.float32)
    x0, x1, y0, y1, y2, t = 70, 130, 40, 100, 160, 8
    for y in (y0, y1, y2):
        seg[y - t // 2 : y + t // 2, x0 + 6 : x1 - 6] = 1.0  # three bars
    for x in (x0, x1):
        seg[y0 + 6 : y1 - 6, x - t // 2 : x + t // 2] = 1.0  # four uprights, apart
        seg[y1 + 6 : y2 - 6, x - t // 2 : x + t // 2] = 1.0
    assert len(components(seg > 0.5)[1]) == 7
    specked = seg.copy()
    specked[180:183, 10:13] = 1.0
    pre = preprocess(on_paper(specked))
    assert pre.bbox == pytest.approx(box_of(seg), abs=2)
    assert (pre.ink > 0.1)[seg > 0.5].mean() > 0.95


# --------------------------------------------------------------------------- size


def test_a_tiny_picture_is_enlarged_first():
    big = render_digit(8, 280, dark_on_light=True)
    tiny = np.asarray(big.resize((14, 14), Image.Resampling.BOX))
    pre = preprocess(tiny)
    assert pre.zoom > 1 and "enlarged" in [s.key for s in pre.stages]
    assert max(pre.ink.shape) >= cleanup.MIN_WORK_SIDE
    top, left, bottom, right = pre.source_bbox
    assert 0 <= top < bottom <= 14 and 0 <= left < right <= 14
    assert close_to(pre.input, preprocess(np.asarray(big)).input, 0.1)
    # Mapping back lands in the small picture's own pixels.
    assert pre.to_source(*pre.offset) == pytest.approx((top, left), abs=1)


def test_a_small_photo_is_cleaned_at_a_workable_size():
    """48 x 48 pixels of grey, unevenly lit paper with a speck and a small digit in a corner:
    enlarged, its paper evened out and its speck dropped, the crop is the digit's."""
    ink = (
        np.asarray(render_digit(2, 48, box=(0.55, 0.5, 0.3, 0.4), thickness=0.12), np.float32)
        / 255.0
    )
    ink[6:8, 8:10] = 1.0  # a speck, far from the digit
    _, xx = np.mgrid[0:48, 0:48] / 48
    photo = on_paper(ink, 0.85 - 0.35 * xx, ink_level=0.3)
    pre = preprocess(photo)
    assert [s.key for s in pre.stages][:2] == ["enlarged", "paper"]
    digit = box_of(ink[10:, 10:])
    digit = (digit[0] + 10, digit[1] + 10, digit[2] + 10, digit[3] + 10)
    assert pre.source_bbox == pytest.approx(digit, abs=1)
    truth = preprocess(np.asarray(render_digit(2, 280, thickness=0.12))).input
    assert close_to(pre.input, truth, 0.08)


def test_a_huge_picture_is_reduced():
    big = np.asarray(render_digit(1, 400).resize((2400, 2400)))
    pre = preprocess(big)
    assert pre.zoom < 1 and max(pre.ink.shape) <= cleanup.MAX_WORK_SIDE
    assert close_to(pre.input, preprocess(np.asarray(render_digit(1, 400))).input, 0.03)
