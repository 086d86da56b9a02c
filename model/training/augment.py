"""Distorted training digits, and non-digits, made batch by batch in TensorFlow.

``augment_batch`` turns, zooms, moves, slants, squeezes, thickens or thins and wobbles each
digit the ways real writing differs from MNIST; ``with_outliers`` replaces a share of a batch
by things that are not one digit, trained towards no digit in particular. Both use stateless
randomness seeded by (run seed, batch number), so a batch is distorted the same way whichever
thread or resumed run computes it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from model.architectures import NUM_CLASSES
from model.backend import tensorflow as _tf

if TYPE_CHECKING:
    from model.training.config import TrainConfig


def augment_batch(images, cfg: TrainConfig, seed):
    """Randomly distort a batch (N x 28 x 28 x 1) with stateless randomness.

    Every digit gets its own rotation, zoom, shift and (when set) shear, aspect, stroke
    thickness and elastic wobble; ``augment_share`` of them are distorted at all, the rest
    pass unchanged. ``seed`` is a pair of integers, (run seed, global batch number): the same
    batch of the same run always gets the same distortions, whichever thread or resumed run
    computes it. Keras's Random* layers keep their state in variables instead, which neither
    parallel input pipelines nor checkpoints reproduce. All of it is a handful of batched
    TensorFlow ops, cheap beside a training step.
    """
    tf = _tf()
    n = tf.shape(images)[0]
    u = tf.random.stateless_uniform([n, 8], seed=seed, minval=-1.0, maxval=1.0)
    out = images
    if cfg.thickness > 0:
        out = stroke_thickness(out, u[:, 6] * cfg.thickness)
    angle = u[:, 0] * (cfg.rotation * math.pi / 180.0)
    scale = 1.0 + u[:, 1] * cfg.zoom
    size = tf.cast(tf.shape(images)[1], tf.float32)
    dx, dy = u[:, 2] * cfg.shift * size, u[:, 3] * cfg.shift * size
    # Each output pixel p reads the input at c + scale * R(angle) S (p - c) - d, c the
    # centre, S = [[a, k], [0, 1/a]] squeezing (a) and slanting (k) the digit.
    a = 1.0 + u[:, 4] * cfg.aspect
    k = tf.tan(u[:, 5] * (cfg.shear * math.pi / 180.0))
    c = (size - 1.0) / 2.0
    cos, sin = tf.cos(angle), tf.sin(angle)
    m00, m01 = scale * cos * a, scale * (cos * k - sin / a)
    m10, m11 = scale * sin * a, scale * (sin * k + cos / a)
    zero = tf.zeros_like(m00)
    transforms = tf.stack(
        [m00, m01, c - m00 * c - m01 * c - dx, m10, m11, c - m10 * c - m11 * c - dy, zero, zero],
        axis=1,
    )
    if cfg.elastic > 0:
        # One resampling for both: two in a row would blur the strokes twice.
        out = _warp(out, transforms, cfg.elastic, tf.stack([seed[0] + 1, seed[1]]))
    else:
        out = tf.raw_ops.ImageProjectiveTransformV3(
            images=out,
            transforms=transforms,
            output_shape=tf.shape(images)[1:3],
            fill_value=0.0,
            interpolation="BILINEAR",
            fill_mode="CONSTANT",
        )
    if cfg.thickness > 0 or cfg.elastic > 0:
        # As preprocessing leaves every input: its brightest pixel at 1 (a thinned stroke
        # is thinner, not fainter).
        peak = tf.reduce_max(out, axis=[1, 2, 3], keepdims=True)
        out = out / tf.maximum(peak, 1e-3)
    if cfg.augment_share < 1:
        chosen = (u[:, 7] + 1.0) / 2.0 < cfg.augment_share
        out = tf.where(chosen[:, None, None, None], out, images)
    return out


def stroke_thickness(images, amount):
    """Strokes fattened (``amount`` > 0) or thinned (< 0) by up to one pixel per digit: a
    blend towards the 3x3 grey-level dilation or erosion, so any fraction of a pixel works."""
    tf = _tf()
    # Nine shifted copies: a 3x3 max pool on one channel is several times slower here.
    h, w = tf.shape(images)[1], tf.shape(images)[2]
    padded = tf.pad(images, [[0, 0], [1, 1], [1, 1], [0, 0]])
    shifted = [padded[:, r : r + h, c : c + w] for r in range(3) for c in range(3)]
    fat = tf.reduce_max(tf.stack(shifted), axis=0)
    padded = tf.pad(images, [[0, 0], [1, 1], [1, 1], [0, 0]], constant_values=1.0)
    shifted = [padded[:, r : r + h, c : c + w] for r in range(3) for c in range(3)]
    thin = tf.reduce_min(tf.stack(shifted), axis=0)
    t = amount[:, None, None, None]
    return tf.where(t > 0, images + t * (fat - images), images - t * (thin - images))


def _warp(images, transforms, pixels: float, seed):
    """Resample each image at its affine ``transforms`` (ImageProjectiveTransform's layout)
    plus a smooth random displacement of up to about ``pixels``: a 4x4 grid of random offsets
    enlarged bicubically to the image. The wobble bends strokes the way a hand does, which
    no affine transform can. Bilinear sampling; outside the image is background."""
    tf = _tf()
    n, h, w = tf.shape(images)[0], tf.shape(images)[1], tf.shape(images)[2]
    coarse = tf.random.stateless_uniform([n, 4, 4, 2], seed=seed, minval=-1.0, maxval=1.0)
    field = tf.image.resize(coarse, tf.stack([h, w]), method="bicubic") * pixels
    y = tf.cast(tf.range(h), tf.float32)[None, :, None]
    x = tf.cast(tf.range(w), tf.float32)[None, None, :]
    t = [tf.reshape(transforms[:, i], [-1, 1, 1]) for i in range(6)]
    cols = t[0] * x + t[1] * y + t[2] + field[..., 1]
    rows = t[3] * x + t[4] * y + t[5] + field[..., 0]
    r0, c0 = tf.floor(rows), tf.floor(cols)
    fr, fc = rows - r0, cols - c0
    flat = tf.reshape(images, [n, -1])
    hf, wf = tf.cast(h, tf.float32), tf.cast(w, tf.float32)

    def tap(r, c):
        inside = (r >= 0) & (r <= hf - 1) & (c >= 0) & (c <= wf - 1)
        index = tf.cast(
            tf.clip_by_value(r, 0, hf - 1) * wf + tf.clip_by_value(c, 0, wf - 1), tf.int32
        )
        value = tf.gather(flat, tf.reshape(index, [n, -1]), batch_dims=1)
        return tf.where(inside, tf.reshape(value, tf.shape(rows)), 0.0)

    out = (
        tap(r0, c0) * (1 - fr) * (1 - fc)
        + tap(r0, c0 + 1) * (1 - fr) * fc
        + tap(r0 + 1, c0) * fr * (1 - fc)
        + tap(r0 + 1, c0 + 1) * fr * fc
    )
    return out[..., None]


def with_outliers(images, labels, share: float, seed):
    """Replace about ``share`` of a batch by non-digits built from the batch itself, with the
    uniform target "no digit more than another": two different digits on top of each other,
    a digit turned on its side and mirrored (a 0, a 1 and an 8 stay digits that way, so those
    are overlaid instead), or blobs of smooth noise in the middle of the frame, where
    preprocessing puts any ink. The benchmark's non-digits (letters, scribbles traced on the
    canvas, noise, smudges) are none of these; ``bench_realworld.py`` measures whether the
    network learns the general idea. (Mirrored digits and random zig-zags as further kinds
    did no better there, and cost a little accuracy.)"""
    tf = _tf()
    n = tf.shape(images)[0]
    u = tf.random.stateless_uniform([n, 2], seed=seed)
    overlaid = tf.maximum(images, tf.image.flip_left_right(tf.roll(images, 1, axis=0)))
    sideways = tf.transpose(images, [0, 2, 1, 3])
    symmetric = tf.reduce_any(tf.equal(tf.argmax(labels, axis=1)[:, None], [0, 1, 8]), axis=1)
    coarse = tf.random.stateless_uniform([n, 5, 5, 1], seed=seed + 1)
    size = tf.shape(images)[1]
    blobs = tf.clip_by_value((tf.image.resize(coarse, [size, size], "bicubic") - 0.55) * 4, 0, 1)
    middle = tf.cast(tf.abs(tf.range(size) - size // 2) < 10, tf.float32)
    blobs = blobs * middle[None, :, None, None] * middle[None, None, :, None]
    kind = u[:, 1]
    turned = (kind >= 0.4) & (kind < 0.8) & ~symmetric
    fake = tf.where(
        (kind >= 0.8)[:, None, None, None],
        blobs,
        tf.where(turned[:, None, None, None], sideways, overlaid),
    )
    pick = u[:, 0] < share
    images = tf.where(pick[:, None, None, None], fake, images)
    uniform = tf.fill(tf.shape(labels), 1.0 / NUM_CLASSES)
    labels = tf.where(pick[:, None], uniform, labels)
    return images, labels
