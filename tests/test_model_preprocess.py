"""Preprocessing: any picture of a digit -> what an MNIST network expects."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from model.data.framing import MNIST_CENTRE, stroke_width
from model.data.images import load_image
from model.data.preprocess import preprocess, preprocess_file
from model.errors import ImageError
from tests.strokes import render_digit

# (name, render keyword arguments): the ways people actually hand a digit over.
STYLES = [
    ("plain", {}),
    ("thick", {"thickness": 0.16}),
    ("thin", {"thickness": 0.025}),
    ("small off-centre", {"box": (0.05, 0.6, 0.18, 0.3)}),
    ("large", {"box": (0.02, 0.0, 0.96, 1.0)}),
    ("dark on light", {"dark_on_light": True}),
    ("tilted", {"angle": 10}),
    ("wide", {"box": (0.1, 0.3, 0.85, 0.45)}),
]


def _com(a):
    r = np.arange(a.shape[0])
    return (a.sum(1) * r).sum() / a.sum(), (a.sum(0) * r).sum() / a.sum()


def test_output_has_mnist_geometry():
    pre = preprocess(np.asarray(render_digit(7, 400, box=(0.6, 0.6, 0.3, 0.35))))
    assert not pre.blank
    assert pre.input.shape == (28, 28) and pre.input.dtype == np.float32
    assert pre.input.min() >= 0.0 and pre.input.max() == pytest.approx(1.0)
    assert max(pre.scaled.shape) == 20
    rows, _cols = np.nonzero(pre.input > 0.05)
    assert rows.max() - rows.min() + 1 <= 21
    assert _com(pre.input) == pytest.approx((MNIST_CENTRE, MNIST_CENTRE), abs=0.6)


def test_matches_mnist_statistics(mnist):
    """A rendered digit ends up with MNIST's ink mass and centre, not just its shape."""
    ours = np.mean([preprocess(np.asarray(render_digit(d, 280))).input.sum() for d in range(10)])
    theirs = (mnist.x_test[:1000] / 255.0).sum(axis=(1, 2)).mean()
    assert 0.5 * theirs < ours < 1.5 * theirs


def test_polarity_is_detected():
    light = preprocess(np.asarray(render_digit(3, dark_on_light=True)))
    dark = preprocess(np.asarray(render_digit(3)))
    assert light.inverted and not dark.inverted
    np.testing.assert_allclose(light.input, dark.input, atol=0.02)


@pytest.mark.parametrize(
    "image",
    [
        np.zeros((50, 80), np.uint8),
        np.full((280, 280), 255, np.uint8),
        np.full((30, 30, 3), 0.4, np.float32),
        np.zeros((1, 1), np.uint8),
    ],
)
def test_blank_is_reported_not_classified(image):
    pre = preprocess(image)
    assert pre.blank and not pre.input.any()


def test_faint_noise_is_blank():
    rng = np.random.default_rng(0)
    assert preprocess(rng.uniform(0, 0.03, (100, 100)).astype(np.float32)).blank


def test_intermediate_steps_and_mapping_back():
    im = np.asarray(render_digit(1, 300, box=(0.1, 0.2, 0.5, 0.6)))
    pre = preprocess(im)
    top, left, bottom, right = pre.bbox
    assert pre.cropped.shape == (bottom - top, right - left)
    assert im[top:bottom, left:right].max() == 255 and im[:top].max() == 0
    # The placed crop's top-left corner maps back to the bbox's top-left corner.
    assert pre.to_source(*pre.offset) == pytest.approx((top, left))


def test_mapping_back_inverts_crop_scale_and_centring_exactly():
    """A known answer: ink rows 30-99 and columns 50-82 of a 140x140 canvas (70 x 33 pixels).

    The longer side becomes 20 pixels (x 20/70); the shorter one 33 x 20/70 = 9.43, rounded to
    9 whole pixels: the columns are scaled by 9/33, not 20/70. Mapping a saliency map back
    with 20/70 on both axes put it up to half an input pixel (1.8 canvas pixels, ~7 on screen)
    beside the strokes.
    """
    image = np.zeros((140, 140), np.float32)
    image[30:100, 50:54] = 1.0  # a bar down the left of the box
    image[30:36, 76:83] = 1.0  # a small square in its top-right corner
    pre = preprocess(image)
    assert pre.bbox == (30, 50, 100, 83) and pre.scaled.shape == (20, 9)
    assert pre.axis_scales == (20 / 70, 9 / 33)
    # The placed crop's corners map back onto the ink's box exactly.
    r0, c0 = pre.offset
    assert pre.to_source(r0, c0) == pytest.approx((30, 50))
    assert pre.to_source(r0 + 20, c0 + 9) == pytest.approx((100, 83))
    top, left, height, width = pre.frame_in_source()
    assert (height, width) == pytest.approx((28 * 70 / 20, 28 * 33 / 9))
    assert (top, left) == pytest.approx((30 - r0 * 70 / 20, 50 - c0 * 33 / 9))
    assert pre.to_input(*pre.to_source(3.25, 17.5)) == pytest.approx((3.25, 17.5))
    # The square's centre of mass, measured in the 28x28 input, is where the mapping says.
    rows, cols = np.mgrid[0:28, 0:28] + 0.5  # pixel centres, in pixel-edge coordinates
    square = pre.input * (cols > c0 + 5)
    measured = ((square * rows).sum() / square.sum(), (square * cols).sum() / square.sum())
    assert pre.to_input(33.0, 79.5) == pytest.approx(measured, abs=0.1)


@pytest.mark.parametrize("target", [1.5, 2.8, 4.0])
def test_thickness_normalisation_moves_towards_target(target):
    thin = np.asarray(render_digit(4, 280, thickness=0.02))
    fat = np.asarray(render_digit(4, 280, thickness=0.2))
    for image in (thin, fat):
        free = stroke_width(preprocess(image).input)
        fixed = stroke_width(preprocess(image, thickness=target).input)
        assert abs(fixed - target) <= abs(free - target) + 0.25


def test_drawn_digits_classify_like_mnist(trained, mnist):
    """Digits drawn in many styles are read about as well as MNIST's own test digits."""
    _, predictor = trained
    from model.evaluation import evaluate

    mnist_acc = evaluate(predictor, mnist.x_test[:2000], mnist.y_test[:2000]).accuracy
    results = {}
    for name, kwargs in STYLES:
        for digit in range(10):
            pre = preprocess(np.asarray(render_digit(digit, 280, **kwargs)))
            results[(name, digit)] = predictor.predict(pre.input).label == digit
    drawn_acc = np.mean(list(results.values()))
    wrong = [key for key, ok in results.items() if not ok]
    assert mnist_acc > 0.95
    assert drawn_acc >= 0.9, f"drawn accuracy {drawn_acc:.2f}, wrong: {wrong}"


def test_naive_resizing_is_worse(trained):
    """The reason the pipeline exists: squashing a whole canvas to 28x28 reads far worse."""
    _, predictor = trained
    ours = naive = 0
    for _name, kwargs in STYLES[:5]:
        for digit in range(10):
            im = render_digit(digit, 280, **kwargs)
            ours += predictor.predict(preprocess(np.asarray(im)).input).label == digit
            small = np.asarray(im.resize((28, 28), Image.Resampling.BILINEAR), np.float32) / 255
            naive += predictor.predict(small).label == digit
    assert ours > naive


# --------------------------------------------------------------------------- files and modes


def _save(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "BMP", "GIF", "TIFF", "WEBP"])
def test_every_supported_format_reads_the_same_digit(fmt, trained):
    _, predictor = trained
    im = render_digit(2, 200, dark_on_light=True).convert("RGB")
    gray = load_image(_save(im, fmt))
    pre = preprocess(gray)
    assert pre.inverted and predictor.predict(pre.input).label == 2


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "RGB", "RGBA", "CMYK", "I;16", "I", "F"])
def test_odd_modes(mode):
    base = render_digit(5, 120, dark_on_light=True)
    if mode == "I;16":
        im = Image.fromarray(np.asarray(base, np.uint16) * 257)
        assert im.mode == "I;16"
    else:
        im = base.convert(mode)
    fmt = "TIFF" if mode in ("I;16", "I", "F", "CMYK") else "PNG"
    pre = preprocess(load_image(_save(im, fmt)))
    reference = preprocess(np.asarray(base))
    assert not pre.blank
    np.testing.assert_allclose(pre.input, reference.input, atol=0.08)


def test_transparent_strokes_survive_in_either_colour():
    for ink in (0, 255):
        alpha = np.asarray(render_digit(6, 100))  # stroke shape as alpha
        rgba = np.zeros((100, 100, 4), np.uint8)
        rgba[..., :3] = ink
        rgba[..., 3] = alpha
        pre = preprocess(load_image(_save(Image.fromarray(rgba, "RGBA"), "PNG")))
        assert not pre.blank
        ref = preprocess(alpha)
        np.testing.assert_allclose(pre.input, ref.input, atol=0.05)


def test_exif_rotation_is_applied():
    im = render_digit(7, 120, dark_on_light=True).convert("RGB")
    rotated = im.rotate(90, expand=True)  # stored sideways, EXIF says "rotate back"
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 CW to display
    upright = preprocess(load_image(_save(rotated, "JPEG", exif=exif.tobytes(), quality=95)))
    direct = preprocess(np.asarray(im))
    assert np.abs(upright.input - direct.input).mean() < 0.05


def test_sixteen_bit_array_and_rgb_floats():
    base = np.asarray(render_digit(0, 90), np.float32) / 255
    ref = preprocess(base).input
    np.testing.assert_allclose(preprocess((base * 65535).astype(np.uint16)).input, ref, atol=1e-3)
    np.testing.assert_allclose(preprocess(np.stack([base] * 3, -1)).input, ref, atol=1e-3)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"hello, I am text", "not an image"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "not an image"),
    ],
)
def test_bad_files_get_a_reason(tmp_path, content, words):
    path = tmp_path / "digit.png"
    path.write_bytes(content)
    with pytest.raises(ImageError, match=words):
        load_image(path)


def test_truncated_file(tmp_path):
    data = _save(render_digit(1, 200).convert("RGB"), "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImageError, match="cannot be decoded"):
        preprocess_file(path)


def test_decompression_bomb_is_refused(tmp_path):
    # A tiny file that claims 10,000 x 10,000 pixels.
    im = Image.new("1", (10000, 10000))
    path = tmp_path / "bomb.png"
    im.save(path)
    assert path.stat().st_size < 100_000
    with pytest.raises(ImageError, match="too (large|many pixels)"):
        load_image(path)


def test_missing_and_folder(tmp_path):
    with pytest.raises(ImageError, match="no such file"):
        load_image(tmp_path / "none.png")
    with pytest.raises(ImageError, match="folder"):
        load_image(tmp_path)


def test_bad_arrays():
    with pytest.raises(ImageError):
        preprocess(np.zeros((3, 3, 7)))
    with pytest.raises(ImageError):
        preprocess(np.zeros((0, 5)))


@pytest.mark.parametrize(
    "name, fmt, ok",
    [("d.jpg", "PNG", False), ("d.png", "JPEG", False), ("d.jpeg", "JPEG", True),
     ("d.TIF", "TIFF", True), ("d.gif", "BMP", False), ("digit", "PNG", True)],
)  # fmt: skip
def test_a_file_whose_name_promises_another_format_is_refused(tmp_path, name, fmt, ok):
    path = tmp_path / name
    render_digit(3).convert("RGB").save(path, format=fmt)
    if ok:
        assert load_image(path).shape == (280, 280)
    else:
        with pytest.raises(ImageError, match=f"mislabelled.*{fmt.lower().replace('jpeg', 'jpg')}"):
            load_image(path)
