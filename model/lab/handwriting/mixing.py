"""The user's samples mixed into MNIST's training digits, as lightly varied copies.

Used by fine-tuning and by ``train --extra-data``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from model.data.mnist import MnistData
from model.errors import DataError, TrainingError
from model.i18n import translate
from model.lab.handwriting.dataset import PersonalDataset


def augment_digits(
    images: np.ndarray,
    rng: np.random.Generator,
    *,
    shift: float = 2.0,
    rotation: float = 10.0,
    zoom: float = 0.1,
) -> np.ndarray:
    """Lightly varied copies of 28x28 uint8 digits: each shifted, turned and scaled at random.

    The changes are small enough that every copy still plainly shows its digit: a few
    samples repeated many times would otherwise be memorised, pixel for pixel.
    """
    images = np.asarray(images, np.uint8)
    out = np.empty_like(images)
    n = len(images)
    angles = np.radians(rng.uniform(-rotation, rotation, n))
    scales = rng.uniform(1.0 - zoom, 1.0 + zoom, n)
    shifts = rng.uniform(-shift, shift, (n, 2))
    c = 13.5  # the centre of a 28x28 image in pixel-centre coordinates
    for i in range(n):
        # PIL wants the map from output to input pixels: the inverse of rotate-scale-shift.
        cos, sin = math.cos(angles[i]) / scales[i], math.sin(angles[i]) / scales[i]
        dx, dy = shifts[i]
        a, b, d, e = cos, sin, -sin, cos
        ox, oy = c + dx, c + dy
        coeffs = (a, b, c - a * ox - b * oy, d, e, c - d * ox - e * oy)
        im = Image.fromarray(images[i], "L").transform(
            (28, 28), Image.Transform.AFFINE, coeffs, Image.Resampling.BILINEAR, fillcolor=0
        )
        out[i] = np.asarray(im, np.uint8)
    return out


@dataclass(frozen=True)
class Mix:
    """Training digits with the user's samples spread evenly among MNIST's.

    ``is_copy`` marks the rows that are (augmented) copies of the user's samples.
    """

    x: np.ndarray
    y: np.ndarray
    is_copy: np.ndarray
    n_mnist: int
    n_copies: int
    n_samples: int

    @property
    def share(self) -> float:
        return self.n_copies / max(1, len(self.x))


def mix_samples(
    mnist_x: np.ndarray,
    mnist_y: np.ndarray,
    samples_x: np.ndarray,
    samples_y: np.ndarray,
    share: float,
    seed: int = 0,
) -> Mix:
    """MNIST training digits with augmented copies of the user's samples mixed in.

    Copies make up ``share`` of the result (every sample copied equally often, at least once)
    and sit evenly spaced among the MNIST digits, which keep their order: so any first N
    digits (``TrainConfig.limit``) and any shuffled batch hold about that share.
    """
    if not 0.0 <= share < 1.0:
        raise TrainingError(
            translate(
                "lab.handwriting.mixing",
                "the share of your samples must be a fraction from 0 up to 1",
            )
        )
    n_m, n_s = len(mnist_x), len(samples_x)
    if n_s == 0:
        return Mix(np.asarray(mnist_x), np.asarray(mnist_y), np.zeros(n_m, bool), n_m, 0, 0)
    n_c = max(n_s, int(round(n_m * share / (1.0 - share)))) if share > 0 else n_s
    rng = np.random.default_rng(seed)
    which = rng.permutation(np.arange(n_c) % n_s)
    copies = augment_digits(np.asarray(samples_x)[which], rng)
    total = n_m + n_c
    slots = np.floor((np.arange(n_c) + 0.5) * total / n_c).astype(np.int64)
    is_copy = np.zeros(total, bool)
    is_copy[slots] = True
    x = np.empty((total, 28, 28), np.uint8)
    y = np.empty(total, np.uint8)
    x[is_copy], y[is_copy] = copies, np.asarray(samples_y, np.uint8)[which]
    x[~is_copy], y[~is_copy] = mnist_x, mnist_y
    return Mix(x, y, is_copy, n_m, n_c, n_s)


def mix_into_mnist(
    data: MnistData, dataset: PersonalDataset, share: float, seed: int = 0
) -> tuple[MnistData, dict[str, Any]]:
    """``data`` with ``dataset``'s training samples mixed into its training set (see
    ``mix_samples``), and a summary of what was added, for the model's metadata.

    Raises
    ------
    DataError
        The dataset has no training samples.
    """
    sx, sy = dataset.arrays("train")
    if len(sx) == 0:
        raise DataError(
            translate("lab.handwriting.mixing", "{dir} has no training samples to mix in").format(
                dir=dataset.folder
            )
        )
    mix = mix_samples(data.x_train, data.y_train, sx, sy, share, seed)
    info = {
        **dataset.summary(),
        "share": round(mix.share, 4),
        "copies": mix.n_copies,
        "samples_used": mix.n_samples,
    }
    return MnistData(mix.x, mix.y, data.x_test, data.y_test, data.source), info
