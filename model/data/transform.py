"""Moving, turning, zooming and spoiling a 28x28 digit: the one place such changes are made.

Moving, turning and zooming are one affine warp with bilinear interpolation: the output pixel
at (row, col) reads the input at the point the inverse transform sends it to, and anything
outside the frame is background. Composing them into a single warp blurs the digit once, not
once per step. Turning and zooming happen about the digit's centre of mass, so the digit stays
where it was; rotation angles are in degrees, positive counter-clockwise as seen on screen.
A move by whole pixels copies pixels exactly. Strokes are thickened or thinned on the pixel
grid, and noise comes last (``transform``). Everything is plain NumPy on 28x28 float images
(0 = background, 1 = ink): the Robustness lab, the inspector's shift and tilt demonstrations,
the comparison views and the command line all use these functions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from model.data.mnist import to_model_input
from model.errors import ConvscopeError
from model.i18n import translate

SIZE = 28


# --------------------------------------------------------------------------- helpers


def _as_image(image: np.ndarray) -> np.ndarray:
    arr = np.asarray(image)
    if arr.size != SIZE * SIZE:
        raise ConvscopeError(
            translate("data.transform", "a 28x28 image is needed, not shape {shape}").format(
                shape=arr.shape
            )
        )
    return as_batch(arr.reshape(1, SIZE, SIZE))[0]


def as_batch(images: np.ndarray) -> np.ndarray:
    """(N, 28, 28) float32 in 0..1: integers are read as 0..255, floats as 0..1."""
    arr = np.asarray(images)
    return to_model_input(arr.reshape(-1, SIZE, SIZE))[..., 0]


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(row, col) of the ink's centre of mass; the frame's centre (13.5, 13.5) if blank.

    Parameters
    ----------
    image
        A 28x28 image, floats 0..1 or uint8.

    Returns
    -------
    tuple of float
        Row and column in pixel-index coordinates (pixel (0, 0) is centred on (0, 0)).
    """
    return tuple(_centres(_as_image(image)[np.newaxis])[0])


def _centres(batch: np.ndarray) -> np.ndarray:
    """(N, 2) centres of mass (row, col) of a batch; the frame's centre for blank images."""
    idx = np.arange(SIZE, dtype=np.float64)
    mass = batch.sum(axis=(1, 2), dtype=np.float64)
    rows = (batch.sum(axis=2, dtype=np.float64) * idx).sum(axis=1)
    cols = (batch.sum(axis=1, dtype=np.float64) * idx).sum(axis=1)
    centre = (SIZE - 1) / 2.0
    safe = np.where(mass > 1e-9, mass, 1.0)
    return np.stack(
        [np.where(mass > 1e-9, rows / safe, centre), np.where(mass > 1e-9, cols / safe, centre)],
        axis=1,
    )


def _inverse_maps(
    centres: np.ndarray,
    shifts: np.ndarray,
    degrees: np.ndarray,
    factors: np.ndarray,
) -> np.ndarray:
    """(N, 2, 3) maps from output (row, col, 1) to the input point each output pixel reads.

    Forward, a point p moves to ``c + A (p - c) + t``, where ``A`` turns by ``degrees``
    (counter-clockwise on screen, rows pointing down) and zooms by ``factors`` about the centre
    ``c``, and ``t`` = (dy, dx). The inverse, ``c + A^-1 (q - c - t)``, is what sampling needs.
    """
    theta = np.deg2rad(degrees)
    cos, sin = np.cos(theta), np.sin(theta)
    # On screen (x right, y down), counter-clockwise by theta: x' = x cos + y sin,
    # y' = -x sin + y cos. In (row, col) = (y, x) the same turn is [[cos, -sin], [sin, cos]];
    # its inverse (the transpose) divided by the zoom undoes it.
    inv = np.empty((len(centres), 2, 3), np.float64)
    inv[:, 0, 0] = cos / factors
    inv[:, 0, 1] = sin / factors
    inv[:, 1, 0] = -sin / factors
    inv[:, 1, 1] = cos / factors
    moved = centres + shifts  # where the centre ends up
    lin = inv[:, :, :2]
    inv[:, :, 2] = centres - np.einsum("nij,nj->ni", lin, moved)
    return inv


def _warp(batch: np.ndarray, inv: np.ndarray) -> np.ndarray:
    """Sample every image of ``batch`` (N, 28, 28) through its map ``inv`` (N, 2, 3), bilinearly.

    Points outside the frame read background (0).
    """
    n = len(batch)
    rr, cc = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)
    src_r = inv[:, 0, 0, None, None] * rr + inv[:, 0, 1, None, None] * cc + inv[:, 0, 2, None, None]
    src_c = inv[:, 1, 0, None, None] * rr + inv[:, 1, 1, None, None] * cc + inv[:, 1, 2, None, None]
    r0 = np.floor(src_r)
    c0 = np.floor(src_c)
    fr = (src_r - r0).astype(np.float32)
    fc = (src_c - c0).astype(np.float32)
    # A zero border of one pixel: every index clipped into it reads background, so points far
    # outside the frame need no separate mask.
    side = SIZE + 2
    padded = np.zeros((n, side, side), np.float32)
    padded[:, 1:-1, 1:-1] = batch
    flat = padded.reshape(-1)
    base = (np.arange(n) * side * side)[:, None, None]
    pr0 = np.clip(r0 + 1, 0, side - 1).astype(np.int64)
    pr1 = np.clip(r0 + 2, 0, side - 1).astype(np.int64)
    pc0 = np.clip(c0 + 1, 0, side - 1).astype(np.int64)
    pc1 = np.clip(c0 + 2, 0, side - 1).astype(np.int64)
    top = (1 - fc) * flat[base + pr0 * side + pc0] + fc * flat[base + pr0 * side + pc1]
    bottom = (1 - fc) * flat[base + pr1 * side + pc0] + fc * flat[base + pr1 * side + pc1]
    out = (1 - fr) * top + fr * bottom
    return np.clip(out, 0.0, 1.0).astype(np.float32)


def warp_batch(
    images: np.ndarray,
    shifts: np.ndarray | Sequence[float] = (0.0, 0.0),
    degrees: np.ndarray | float = 0.0,
    factors: np.ndarray | float = 1.0,
) -> np.ndarray:
    """Move, turn and zoom many digits at once, each about its own centre of mass.

    Parameters
    ----------
    images
        (N, 28, 28) images, floats 0..1 or uint8.
    shifts
        (dx, dy) in pixels for all images, or an (N, 2) array of them (right and down are
        positive).
    degrees
        Rotation, counter-clockwise on screen; one value or one per image.
    factors
        Zoom (1 keeps the size); one value or one per image.

    Returns
    -------
    np.ndarray
        (N, 28, 28) float32 in 0..1.
    """
    batch = as_batch(images)
    n = len(batch)
    xy = np.broadcast_to(np.asarray(shifts, np.float64), (n, 2))
    dydx = xy[:, ::-1]
    deg = np.broadcast_to(np.asarray(degrees, np.float64), (n,))
    fac = np.broadcast_to(np.asarray(factors, np.float64), (n,))
    if np.any(fac <= 0) or not np.all(np.isfinite(fac)):
        raise ConvscopeError(
            translate("data.transform", "the zoom factor must be a positive number")
        )
    if not (np.all(np.isfinite(dydx)) and np.all(np.isfinite(deg))):
        raise ConvscopeError(
            translate("data.transform", "shifts and rotations must be finite numbers")
        )
    if not np.any(dydx) and not np.any(deg % 360.0) and np.all(fac == 1.0):
        # Nothing to do: the exact pixels, so "no change" measures exactly the plain accuracy.
        return np.clip(batch, 0.0, 1.0)
    return _warp(batch, _inverse_maps(_centres(batch), dydx, deg, fac))


# --------------------------------------------------------------------------- one digit


def shift(image: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """``image`` moved ``dx`` pixels right and ``dy`` pixels down (fractions allowed).

    What leaves the frame is lost; what comes in is background. Fractional moves interpolate
    between neighbouring pixels, which softens the strokes slightly.

    Returns
    -------
    np.ndarray
        (28, 28) float32 in 0..1.
    """
    return warp_batch(_as_image(image)[np.newaxis], (dx, dy))[0]


def rotate(image: np.ndarray, degrees: float) -> np.ndarray:
    """``image`` turned by ``degrees`` about its centre of mass, counter-clockwise on screen.

    Returns
    -------
    np.ndarray
        (28, 28) float32 in 0..1.
    """
    return warp_batch(_as_image(image)[np.newaxis], degrees=degrees)[0]


def scale(image: np.ndarray, factor: float) -> np.ndarray:
    """``image`` zoomed by ``factor`` about its centre of mass (2 doubles, 0.5 halves the size).

    Returns
    -------
    np.ndarray
        (28, 28) float32 in 0..1.
    """
    return warp_batch(_as_image(image)[np.newaxis], factors=factor)[0]


def _cross(image: np.ndarray, reduce: np.ufunc) -> np.ndarray:
    """``reduce`` (np.maximum or np.minimum) of each pixel and its four neighbours, outside the
    frame counting as background: grey-level dilation or erosion by a 3x3 cross."""
    padded = np.pad(image, 1)
    return reduce.reduce(
        [
            padded[1:-1, 1:-1],
            padded[:-2, 1:-1],
            padded[2:, 1:-1],
            padded[1:-1, :-2],
            padded[1:-1, 2:],
        ]
    )


def _dilate(image: np.ndarray) -> np.ndarray:
    """Each pixel takes the brightest of itself and its four neighbours: strokes grow by about
    a pixel on each side."""
    return _cross(image, np.maximum)


def _erode(image: np.ndarray) -> np.ndarray:
    """Each pixel takes the darkest of itself and its four neighbours: strokes lose about a
    pixel a side."""
    return _cross(image, np.minimum)


def thickness(image: np.ndarray, amount: float) -> np.ndarray:
    """Thicker (``amount`` > 0) or thinner (< 0) strokes, by about ``amount`` pixels a side.

    Whole steps are repeated grey-level dilations (or erosions) by a 3x3 cross; a fractional
    part blends the results of the two nearest whole steps, so a slider moves smoothly.

    Returns
    -------
    np.ndarray
        (28, 28) float32 in 0..1.
    """
    return _thicken(image, amount)


# ``transform``'s keyword arguments shadow the public names, so both call this one.
def _thicken(image: np.ndarray, amount: float) -> np.ndarray:
    img = np.clip(_as_image(image), 0.0, 1.0)
    amount = float(amount)
    if not math.isfinite(amount):
        raise ConvscopeError(
            translate("data.transform", "the thickness change must be a finite number")
        )
    if amount == 0:
        return img
    step = _dilate if amount > 0 else _erode
    whole, frac = divmod(abs(amount), 1.0)
    for _ in range(int(whole)):
        img = step(img)
    if frac > 1e-9:
        img = (1.0 - frac) * img + frac * step(img)
    return img.astype(np.float32)


def add_noise(
    image: np.ndarray, level: float, seed: int | np.random.Generator | None = 0
) -> np.ndarray:
    """``image`` with random speckles: Gaussian noise of standard deviation ``level``, clipped.

    Parameters
    ----------
    image
        A 28x28 image.
    level
        Standard deviation of the noise in brightness units (0 none, 0.3 heavy).
    seed
        The same seed gives the same speckles.

    Returns
    -------
    np.ndarray
        (28, 28) float32 in 0..1.
    """
    img = np.clip(_as_image(image), 0.0, 1.0)
    level = float(level)
    if not math.isfinite(level) or level < 0:
        raise ConvscopeError(
            translate("data.transform", "the noise level must be zero or a positive number")
        )
    if level == 0:
        return img
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
    noisy = img + rng.normal(0.0, level, img.shape)
    return np.clip(noisy, 0.0, 1.0).astype(np.float32)


def transform(
    image: np.ndarray,
    shift: tuple[float, float] = (0.0, 0.0),
    rotation: float = 0.0,
    scale: float = 1.0,
    thickness: float = 0.0,
    noise: float = 0.0,
    seed: int | None = 0,
) -> np.ndarray:
    """Every change at once, in a fixed order: strokes, then one warp, then noise.

    Stroke thickness changes first, on the original pixel grid (dilating after a warp would
    also thicken its interpolation blur); moving, turning and zooming then happen as one warp
    (one interpolation); noise comes last, on top of everything, as a dirty scan would.

    Parameters
    ----------
    image
        A 28x28 image, floats 0..1 or uint8.
    shift
        (dx, dy) in pixels, right and down positive.
    rotation
        Degrees, counter-clockwise on screen, about the centre of mass.
    scale
        Zoom factor about the centre of mass.
    thickness
        Pixels added to (or, negative, taken from) each side of the strokes.
    noise
        Standard deviation of added Gaussian noise.
    seed
        Seed of the noise.

    Returns
    -------
    np.ndarray
        (28, 28) float32 in 0..1.
    """
    img = _thicken(image, thickness)
    img = warp_batch(img[np.newaxis], shift, rotation, scale)[0]
    return add_noise(img, noise, seed)
