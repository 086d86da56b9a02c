"""Nearest training digits: which digits the network itself thinks yours looks like.

Every training digit is run through the network once and described by the values of its last
hidden layer, the vector the final ``Dense`` layer turns into ten scores (``embedding_layer``).
That vector is the network's own summary of a digit: the features it found (a loop here, a
stroke there), already arranged so that one weighted sum per class separates the digits. Two
digits with similar vectors are digits the network finds alike, whatever their exact pixels. In
raw pixel space, by contrast, "alike" means "ink on the same pixels": the same 4 moved three
pixels to the right shares little ink with itself, so its pixel neighbours are whatever digits
happen to cover the same spot (``pixel_vectors`` is offered for that comparison).

Vectors are scaled to length 1, so the cosine similarity of a query with every stored digit is
one matrix-vector product; 1.0 means "the same direction", 0 "nothing in common" (ReLU features
are never negative, so neither are these similarities).

Nothing here imports Qt or TensorFlow: the network runs in NumPy (``model.network.network``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.errors import ConvscopeError
from model.i18n import translate
from model.words import count

# Embedding more at once is no faster on a 2-core CPU and needs more memory.
BATCH_SIZE = 500
# The training digits indexed by default. The default model embeds ~6,400 digits/s on the
# 2-core development machine (bench/bench_neighbours.py), so all 60,000 take ~9 s and ~220 MB
# with the pixel copy; 20,000 take ~3 s and ~75 MB and already hold ~2,000 of each digit,
# plenty to find close look-alikes.
DEFAULT_SIZE = 20000


class NeighbourError(ConvscopeError):
    """A model or image the index cannot work with; the message says why."""


class BuildStopped(NeighbourError):
    """``NeighbourIndex.build`` was asked to stop (``should_stop`` returned True)."""


def _class_names(layer: Any) -> list[str]:
    return [cls.__name__ for cls in type(layer).__mro__]


def embedding_layer(model: Any) -> str:
    """The layer whose output is the embedding: the one feeding the model's last ``Dense``.

    For a Sequential model that is the layer just before the last ``Dense`` (a ``Flatten`` of
    the last feature maps, a hidden ``Dense``, or a ``Dropout`` that passes one through
    unchanged at inference). A model without a ``Dense`` after its first layer has no clear
    "last hidden layer"; the layer before the last one is used then.
    """
    layers = list(model.layers)
    if len(layers) < 2:
        raise NeighbourError(
            translate(
                "lab.neighbours",
                "the model has a single layer: there is no hidden layer to compare",
            )
        )
    dense = [i for i, layer in enumerate(layers) if "Dense" in _class_names(layer)]
    if dense and dense[-1] >= 1:
        return layers[dense[-1] - 1].name
    return layers[-2].name


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (float32); an all-zero row stays zero."""
    v = np.asarray(vectors, np.float32)
    v = v.reshape(len(v), -1)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms > 0, norms, 1.0).astype(np.float32)


def pixel_vectors(images: np.ndarray) -> np.ndarray:
    """Images as unit-length rows of their 784 pixel values (0..1): the naive comparison."""
    from model.data.mnist import to_model_input

    return normalise(to_model_input(np.asarray(images)).reshape(len(images), -1))


class PixelRows:
    """Digits as rows of their 784 raw pixels, for cosine similarity with a query.

    Kept as the 8-bit pixels and one norm per row rather than unit float32 rows: a quarter of
    the memory (20,000 digits: 16 MB instead of 63 MB), and the similarity is the same.
    """

    CHUNK = 4096

    def __init__(self, images: np.ndarray) -> None:
        rows = np.asarray(images).reshape(len(images), -1)
        self.scale = np.float32(1 / 255.0) if rows.dtype == np.uint8 else np.float32(1.0)
        self.rows = rows if rows.dtype == np.uint8 else rows.astype(np.float32)
        norms = np.sqrt(
            np.concatenate(
                [
                    np.square(self.rows[i : i + self.CHUNK], dtype=np.float32).sum(axis=1)
                    for i in range(0, len(self.rows), self.CHUNK)
                ]
            )
        )
        self.inverse_norms = np.where(norms > 0, 1.0 / np.maximum(norms, 1e-12), 0.0).astype(
            np.float32
        )

    def __len__(self) -> int:
        return len(self.rows)

    def similarities(self, unit_vector: np.ndarray) -> np.ndarray:
        """Cosine similarity (N,) of every row with a unit-length 784-vector."""
        q = np.asarray(unit_vector, np.float32)
        dots = np.concatenate(
            [
                self.rows[i : i + self.CHUNK].astype(np.float32) @ q
                for i in range(0, len(self.rows), self.CHUNK)
            ]
        )
        return dots * self.inverse_norms


class Embedder:
    """Runs a network's layers up to ``layer`` and flattens the result: the digit's features.

    Build and call it in one thread (the one owning the network, usually a private copy).
    """

    def __init__(self, model: Any, layer: str | None = None) -> None:
        from model.network.predictor import as_network

        self.net = as_network(model)
        self.layer = layer or embedding_layer(self.net)
        names = self.net.layer_names
        if self.layer not in names:
            raise NeighbourError(
                translate("lab.neighbours", "the model has no layer {lname}").format(
                    lname=repr(self.layer)
                )
            )
        self._index = names.index(self.layer)
        self.size = int(np.prod(self.net.layers[self._index].output_shape))

    def __call__(self, images: np.ndarray) -> np.ndarray:
        """(N, size) float32 embeddings, not normalised, of (N, 28, 28[, 1]) images."""
        from model.data.mnist import to_model_input

        x = to_model_input(np.asarray(images))
        return self.net.forward(x, upto=self._index).reshape(len(x), -1)


@dataclass(frozen=True)
class Neighbours:
    """The ``k`` stored digits closest to a query, most similar first.

    Attributes
    ----------
    indices : (k,) positions in the images the index was built from.
    similarities : (k,) cosine similarities, 1.0 = same direction.
    labels : (k,) their true labels.
    """

    indices: np.ndarray
    similarities: np.ndarray
    labels: np.ndarray

    def majority(self) -> tuple[int, int]:
        """The most common label among the neighbours and how many carry it (ties: the
        closer digit wins)."""
        counts = np.bincount(self.labels, minlength=10)
        best = int(counts.max())
        for label in self.labels:  # nearest first, so ties go to the closer digit
            if counts[label] == best:
                return int(label), best
        return 0, 0


def _top_k(similarities: np.ndarray, k: int) -> np.ndarray:
    k = max(1, min(int(k), len(similarities)))
    # argpartition finds the k best in linear time; only those k get sorted.
    part = np.argpartition(-similarities, k - 1)[:k]
    return part[np.argsort(-similarities[part], kind="stable")]


class NeighbourIndex:
    """Unit-length embeddings of a set of digits, searched by cosine similarity.

    Use ``NeighbourIndex.build``; then ``query`` (network features) or ``query_pixels`` (raw
    pixels) as often as the drawing changes, in the thread that built it.

    Attributes
    ----------
    vectors : (N, D) float32, unit rows.
    labels : (N,) the digits' labels.
    layer : the layer the vectors come from.
    pixels : the raw pixels as ``PixelRows``, or None.
    seconds : how long embedding took.
    """

    def __init__(
        self,
        vectors: np.ndarray,
        labels: np.ndarray,
        embedder: Embedder | None,
        pixels: PixelRows | None = None,
        seconds: float = 0.0,
    ) -> None:
        self.vectors = np.asarray(vectors, np.float32)
        self.labels = np.asarray(labels, np.int64)
        self.embedder = embedder
        self.layer = embedder.layer if embedder is not None else ""
        self.pixels = pixels
        self.seconds = seconds

    def __len__(self) -> int:
        return len(self.labels)

    @classmethod
    def build(
        cls,
        predictor_or_model: Any,
        images: np.ndarray,
        labels: np.ndarray,
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        *,
        layer: str | None = None,
        with_pixels: bool = True,
        batch_size: int = BATCH_SIZE,
    ) -> NeighbourIndex:
        """Embed ``images`` with the network (a ``Predictor`` or a Keras model).

        Parameters
        ----------
        predictor_or_model
            Anything with ``.model`` (a ``Predictor``) or a Keras Sequential model. It must
            not be used by another thread meanwhile: give the index a copy
            (``model.network.sharing``) when the original serves live predictions.
        images, labels
            (N, 28, 28) digits (uint8 0..255 or floats 0..1) and their labels.
        progress
            Called as ``progress(done, total)`` after each batch.
        should_stop
            Polled between batches; returning True raises ``BuildStopped``.
        layer
            Embed this layer's output instead of ``embedding_layer``'s.
        with_pixels
            Also keep the unit-length raw pixels, for ``query_pixels``.
        """
        import time

        model = getattr(predictor_or_model, "model", predictor_or_model)
        images = np.asarray(images)
        labels = np.asarray(labels)
        if images.ndim not in (3, 4) or images.shape[1:3] != (28, 28):
            raise NeighbourError(f"expected 28x28 digits, not shape {images.shape}")
        if len(images) != len(labels):
            raise NeighbourError(f"{count(len(images), 'digit')} but {count(len(labels), 'label')}")
        if len(images) == 0:
            raise NeighbourError(translate("lab.neighbours", "there are no digits to index"))
        began = time.perf_counter()
        embedder = Embedder(model, layer)
        vectors = np.empty((len(images), embedder.size), np.float32)
        for start in range(0, len(images), batch_size):
            if should_stop is not None and should_stop():
                raise BuildStopped("stopped before the index was complete")
            stop = min(start + batch_size, len(images))
            vectors[start:stop] = normalise(embedder(images[start:stop]))
            if progress is not None:
                progress(stop, len(images))
        seconds = time.perf_counter() - began
        pixels = PixelRows(images) if with_pixels else None
        return cls(vectors, labels, embedder, pixels, seconds)

    def embed(self, image: np.ndarray) -> np.ndarray:
        """The unit-length embedding (D,) of one 28x28 image (floats 0..1)."""
        if self.embedder is None:
            raise NeighbourError("this index has no model to embed new digits with")
        x = np.asarray(image, np.float32)
        if x.size != 28 * 28:
            raise NeighbourError(f"expected one 28x28 image, not shape {x.shape}")
        return normalise(self.embedder(x.reshape(1, 28, 28)))[0]

    def search(self, vector: np.ndarray, k: int = 8) -> Neighbours:
        """The ``k`` stored vectors most similar to the unit-length ``vector``."""
        similarities = self.vectors @ np.asarray(vector, np.float32)
        best = _top_k(similarities, k)
        return Neighbours(best, similarities[best].astype(np.float64), self.labels[best])

    def query(self, image: np.ndarray, k: int = 8) -> Neighbours:
        """The ``k`` digits the network finds most like ``image`` (28x28, floats 0..1)."""
        return self.search(self.embed(image), k)

    def nearest_of_class(self, image: np.ndarray, label: int) -> tuple[int, float]:
        """The stored digit of class ``label`` the network finds most like ``image``:
        (its position in the images the index was built from, the cosine similarity).

        "The digit it was confused with": for a 4 that also looked a little like a 9, the
        9 the network finds closest to it.
        """
        members = np.flatnonzero(self.labels == int(label))
        if len(members) == 0:
            raise NeighbourError(
                translate("lab.neighbours", "the index holds no digit {num}").format(num=int(label))
            )
        similarities = self.vectors[members] @ self.embed(image)
        best = int(np.argmax(similarities))
        return int(members[best]), float(similarities[best])

    def query_pixels(self, image: np.ndarray, k: int = 8) -> Neighbours:
        """The ``k`` digits with the most similar raw pixels (for comparison)."""
        if self.pixels is None:
            raise NeighbourError("this index was built without pixel vectors")
        x = np.asarray(image, np.float32)
        if x.size != 28 * 28:
            raise NeighbourError(f"expected one 28x28 image, not shape {x.shape}")
        vector = normalise(x.reshape(1, -1))[0]
        similarities = self.pixels.similarities(vector)
        best = _top_k(similarities, k)
        return Neighbours(best, similarities[best].astype(np.float64), self.labels[best])


def training_subset(
    images: np.ndarray, labels: np.ndarray, n: int | None = DEFAULT_SIZE, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A seeded random ``n`` of the training digits: (images, labels, their indices).

    ``n`` None (or at least the set's size) keeps all, in order.
    """
    images, labels = np.asarray(images), np.asarray(labels)
    if n is None or n >= len(images):
        return images, labels, np.arange(len(images))
    order = np.sort(np.random.default_rng(seed).choice(len(images), size=int(n), replace=False))
    return images[order], labels[order], order
