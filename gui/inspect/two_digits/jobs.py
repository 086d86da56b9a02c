"""What Inspect › Two digits asks other threads to compute, as plain functions.

``two_digits`` has the ``run_on_model`` signature ``fn(network, predictor, *args)`` and runs in
the model worker, which owns the current network. ``ConfusionIndex`` ("the digit it was
confused with") and ``test_digits`` run in the view's own worker, the index on a copy of the
network. The arithmetic lives in ``model.explain.compare``, ``model.data.transform`` and
``model.lab.neighbours``; these only choose what to ask and repackage it as plain data.
"""

from __future__ import annotations

from typing import Any

import numpy as np

# The training digits "the digit it was confused with" is looked for among: about 600 of each
# digit, embedded in about a second (bench/bench_neighbours.py's rate).
CONFUSION_SEARCH = 6000


def second_image(image_a: np.ndarray, second: tuple) -> np.ndarray:
    """The second digit: ``("image", pixels)`` as it is, or ``("moved", dx, dy, degrees)``
    applied to ``image_a`` (``model.data.transform.transform``)."""
    a = np.asarray(image_a, np.float32).reshape(28, 28)
    if second[0] == "moved":
        from model.data.transform import transform

        _kind, dx, dy, degrees = second
        return transform(a, shift=(float(dx), float(dy)), rotation=float(degrees))
    return np.asarray(second[1], np.float32).reshape(28, 28)


def two_digits(
    model: Any, predictor: Any, image_a: np.ndarray, second: tuple, seq: int
) -> dict[str, Any]:
    """Both digits through the network (``model.explain.compare.contrast``) and both answers.

    Returns
    -------
    dict
        ``seq``, ``image_a``, ``image_b`` (28x28), ``layers`` (``LayerContrast`` per layer,
        the pixels first), ``probabilities`` (2, 10) and ``sentence`` (where the paths part).
    """
    from model.explain.compare import contrast, paths_sentence

    a = np.asarray(image_a, np.float32).reshape(28, 28)
    b = second_image(a, second)
    layers = contrast(model, a, b)
    probabilities = predictor.probabilities(np.stack([a, b]))
    return {
        "seq": int(seq),
        "image_a": a,
        "image_b": b,
        "layers": layers,
        "probabilities": np.asarray(probabilities, np.float64),
        # Batch normalisation rescales each map and shifts its zero: that moves the cosine
        # without making the digits more or less alike, so it never "parts" them in words.
        "sentence": paths_sentence(
            [(c.name, c.similarity) for c in layers if c.kind != "BatchNormalization"]
        ),
    }


class ConfusionIndex:
    """The training digits "the digit it was confused with" is looked for among, embedded by
    one set of weights; lives in (and is touched only by) one view's worker."""

    def __init__(self) -> None:
        self.key: Any = None
        self.index: Any = None
        self.images: np.ndarray | None = None
        self.positions: np.ndarray | None = None

    def build(self, frozen: Any, key: Any, should_stop: Any) -> None:
        from model.data.mnist import load_mnist
        from model.lab.neighbours import NeighbourIndex, training_subset
        from model.network.sharing import thaw

        mnist = load_mnist()
        images, labels, positions = training_subset(
            mnist.x_train, mnist.y_train, CONFUSION_SEARCH, seed=0
        )
        self.index = None  # let the old one go first
        self.index = NeighbourIndex.build(
            thaw(frozen), images, labels, should_stop=should_stop, with_pixels=False
        )
        self.key, self.images, self.positions = key, images, positions

    def nearest(self, image: np.ndarray, label: int) -> dict[str, Any]:
        """The training digit of class ``label`` the network finds most like ``image``."""
        at, similarity = self.index.nearest_of_class(image, label)
        return {
            "image": np.asarray(self.images[at], np.float32) / 255.0,
            "label": int(label),
            "position": int(self.positions[at]),
            "similarity": similarity,
        }


def runner_up(probabilities: np.ndarray) -> int:
    """The class with the second-highest probability: what the digit was nearly read as."""
    order = np.argsort(np.asarray(probabilities))[::-1]
    return int(order[1])


def test_digits() -> dict[str, np.ndarray]:
    """MNIST's test images and labels (in the view's worker)."""
    from model.data.mnist import load_mnist

    data = load_mnist()
    return {"images": data.x_test, "labels": data.y_test}
