"""Property-based checks: preprocessing survives any image of any size, dtype and mode."""

from __future__ import annotations

import io

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from model.data.images import load_image
from model.data.preprocess import preprocess
from model.errors import ImageError

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def images(draw):
    h = draw(st.integers(1, 300))
    w = draw(st.integers(1, 300))
    channels = draw(st.sampled_from([None, 1, 3, 4]))
    dtype = draw(st.sampled_from([np.uint8, np.uint16, np.float32, np.float64, np.bool_]))
    shape = (h, w) if channels is None else (h, w, channels)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    kind = draw(st.sampled_from(["noise", "blob", "constant"]))
    base = np.zeros(shape, np.float64)
    if kind == "noise":
        base = rng.random(shape)
    elif kind == "blob":
        r0, c0 = rng.integers(0, h), rng.integers(0, w)
        base[r0 : r0 + max(1, h // 4), c0 : c0 + max(1, w // 3)] = 1.0
    else:
        base[...] = rng.random()
    if dtype == np.bool_:
        arr = base > 0.5
    elif np.issubdtype(dtype, np.integer):
        arr = (base * np.iinfo(dtype).max).astype(dtype)
    else:
        arr = base.astype(dtype)
        if draw(st.booleans()):
            arr.flat[0] = np.nan
    return arr


@SETTINGS
@given(images())
def test_any_array_gives_a_valid_input_or_blank(arr):
    pre = preprocess(arr)
    assert pre.input.shape == (28, 28) and pre.input.dtype == np.float32
    assert np.isfinite(pre.input).all()
    assert pre.input.min() >= 0.0 and pre.input.max() <= 1.0
    if pre.blank:
        assert not pre.input.any()
    else:
        assert pre.input.max() == np.float32(1.0)
        assert max(pre.scaled.shape) == 20
        top, left, bottom, right = pre.bbox  # in ``ink`` pixels: a tiny picture is enlarged
        assert 0 <= top < bottom <= pre.ink.shape[0] and 0 <= left < right <= pre.ink.shape[1]
        top, left, bottom, right = pre.source_bbox
        assert 0 <= top < bottom <= arr.shape[0] and 0 <= left < right <= arr.shape[1]


MODES = ["1", "L", "LA", "P", "PA", "RGB", "RGBA", "CMYK", "I", "I;16", "F", "YCbCr", "LAB", "HSV"]


@SETTINGS
@given(
    st.sampled_from(MODES),
    st.integers(1, 120),
    st.integers(1, 120),
    st.sampled_from(["PNG", "TIFF", "BMP", "GIF", "WEBP", "JPEG"]),
    st.integers(0, 1000),
)
def test_any_mode_and_format_reads_or_refuses_cleanly(mode, w, h, fmt, seed):
    rng = np.random.default_rng(seed)
    im = Image.fromarray((rng.random((h, w)) * 255).astype(np.uint8), "L")
    try:
        im = im.convert(mode)
    except ValueError:
        return  # Pillow cannot make this mode from L: nothing to test
    buf = io.BytesIO()
    try:
        im.save(buf, fmt)
    except (OSError, ValueError, KeyError):
        return  # this format cannot store this mode
    try:
        gray = load_image(buf.getvalue())
    except ImageError as exc:
        assert "\n" not in str(exc)
        return
    assert gray.shape == (im.height, im.width) or gray.shape == (im.width, im.height)
    assert gray.dtype == np.float32 and np.isfinite(gray).all()
    assert preprocess(gray).input.shape == (28, 28)
