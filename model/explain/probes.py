"""What each layer already knows: a linear read-out ("probe") of every layer's activations.

For every layer of a network (and for the raw pixels, the baseline) a multinomial logistic
regression is trained on the layer's output for a fixed, seeded sample of training digits and
scored on test digits: "if the network stopped here and a straight line had to read the
digit off what it has computed so far, how often would it be right?" (Alain and Bengio, 2016,
"Understanding intermediate layers using linear classifier probes"). Accuracy usually rises
from the pixels to the output: each layer makes the digit easier to read off.

A convolution's output is large (the default model's first one: 26x26x24 = 16,224 numbers),
so a layer's maps are first averaged over small squares, down to at most ``MAX_FEATURES``
numbers a digit (``probe_features``): the probe reads what each filter found and roughly
where. Features are standardised; the regression starts from the least-squares fit to the
one-hot labels and is refined by gradient steps on the cross-entropy with a little L2. All in
NumPy, in a few seconds a layer; nothing here imports Qt or TensorFlow.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.data.mnist import NUM_CLASSES, to_model_input
from model.errors import ConvscopeError
from model.i18n import translate

MAX_FEATURES = 1024
DEFAULT_TRAIN = 4000
DEFAULT_TEST = 2000
L2 = 1e-3
STEPS = 120
LEARNING_RATE = 0.05


class ProbeError(ConvscopeError):
    """A probe that cannot be trained; the message says why."""


class ProbesStopped(ProbeError):
    """Training the probes was asked to stop."""


def pooled_size(shape: tuple[int, ...], limit: int = MAX_FEATURES) -> tuple[int, int]:
    """The (rows, cols) grid a map of ``shape`` (H, W, C) is averaged down to."""
    height, width, channels = shape
    rows, cols = height, width
    while rows * cols * channels > limit and (rows > 1 or cols > 1):
        rows, cols = max(1, math.ceil(rows / 2)), max(1, math.ceil(cols / 2))
    return rows, cols


def pool_features(values: np.ndarray, limit: int = MAX_FEATURES) -> np.ndarray:
    """(N, ...) activations as (N, D) probe features: 2-D maps averaged over squares so that
    D <= ``limit``; vectors as they are (a vector longer than ``limit`` keeps its first part
    of each chunk's mean, which never happens for Convscope's layers)."""
    values = np.asarray(values, np.float32)
    n = len(values)
    if values.ndim == 4:
        height, width, channels = values.shape[1:]
        rows, cols = pooled_size((height, width, channels), limit)
        if (rows, cols) == (height, width):
            return values.reshape(n, -1)
        # Each output cell averages its share of the map (edges may get one cell fewer).
        r_edges = np.linspace(0, height, rows + 1).round().astype(int)
        c_edges = np.linspace(0, width, cols + 1).round().astype(int)
        out = np.empty((n, rows, cols, channels), np.float32)
        for i in range(rows):
            for j in range(cols):
                cell = values[:, r_edges[i] : r_edges[i + 1], c_edges[j] : c_edges[j + 1]]
                out[:, i, j] = cell.mean(axis=(1, 2))
        return out.reshape(n, -1)
    flat = values.reshape(n, -1)
    if flat.shape[1] <= limit:
        return flat
    parts = np.array_split(np.arange(flat.shape[1]), limit)
    return np.stack([flat[:, p].mean(axis=1) for p in parts], axis=1)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass
class LinearProbe:
    """A multinomial logistic regression on standardised features."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # (D + 1, 10): the last row is the bias

    def logits(self, features: np.ndarray) -> np.ndarray:
        x = (np.asarray(features, np.float32) - self.mean) / self.scale
        return x @ self.weights[:-1] + self.weights[-1]

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        return _softmax(self.logits(features).astype(np.float64))

    def accuracy(self, features: np.ndarray, labels: np.ndarray) -> float:
        return float((self.logits(features).argmax(axis=1) == np.asarray(labels)).mean())


def fit_probe(
    features: np.ndarray, labels: np.ndarray, steps: int = STEPS, l2: float = L2
) -> LinearProbe:
    """Train a ``LinearProbe`` on (N, D) features and their labels."""
    x = np.asarray(features, np.float32)
    y = np.asarray(labels, np.int64)
    if len(x) != len(y) or len(x) == 0:
        raise ProbeError(
            translate(
                "explain.probes", "a probe needs as many labels as digits, and at least one digit"
            )
        )
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale = np.where(scale > 1e-6, scale, 1.0).astype(np.float32)
    xs = np.concatenate([(x - mean) / scale, np.ones((len(x), 1), np.float32)], axis=1)
    onehot = np.eye(NUM_CLASSES, dtype=np.float32)[y]
    # A good start: the least-squares fit to the one-hot labels (ridge), then cross-entropy.
    gram = xs.T @ xs
    gram[np.diag_indices_from(gram)] += l2 * len(xs) + 1e-3
    w = np.linalg.solve(gram.astype(np.float64), (xs.T @ (onehot - 0.1)).astype(np.float64))
    w = (w * 4.0).astype(np.float32)  # least squares gives timid logits; softmax wants larger
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    beta1, beta2 = 0.9, 0.999
    for t in range(1, steps + 1):
        p = _softmax(xs @ w)
        grad = xs.T @ (p - onehot) / len(xs) + l2 * w
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        m_hat = m / (1 - beta1**t)
        v_hat = v / (1 - beta2**t)
        w -= LEARNING_RATE * m_hat / (np.sqrt(v_hat) + 1e-8)
    return LinearProbe(mean, scale, w)


@dataclass
class LayerProbe:
    """One layer's read-out: its name, kind, sizes and accuracy on the test digits."""

    name: str
    kind: str
    features: int
    probe_features: int
    accuracy: float
    probe: LinearProbe = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "features": self.features,
            "probe_features": self.probe_features,
            "probe_accuracy": round(self.accuracy, 4),
        }


@dataclass
class Probes:
    """Every layer's probe, the input pixels first."""

    layers: list[LayerProbe]
    n_train: int
    n_test: int
    seed: int
    seconds: float

    def read_out(self, image: np.ndarray, activations: dict[str, np.ndarray]) -> np.ndarray:
        """(layers, 10) probabilities each layer's probe gives one digit, pixels first.

        ``activations`` are the digit's, as ``Predictor.predict`` returns them (no batch axis).
        """
        rows = []
        for entry in self.layers:
            value = image if entry.kind == "input" else activations[entry.name]
            features = pool_features(np.asarray(value, np.float32)[np.newaxis])
            rows.append(entry.probe.probabilities(features)[0])
        return np.stack(rows)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n_train,
            "n_test": self.n_test,
            "seed": self.seed,
            "seconds": round(self.seconds, 2),
            "layers": [entry.to_dict() for entry in self.layers],
        }


class ProbeCache:
    """The newest few ``Probes``, each under the fingerprint of the weights it reads
    (``model.network.sharing.fingerprint``), so going back to earlier weights (a replayed snapshot,
    an edit undone) finds its read-outs again instead of training them anew.

    Parameters
    ----------
    size
        How many sets of probes are kept; the least recently used goes first.
    """

    def __init__(self, size: int = 6) -> None:
        self.size = max(1, int(size))
        self._entries: OrderedDict[str, Probes] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def get(self, key: str) -> Probes | None:
        """The probes kept under ``key`` (now the most recently used), or None."""
        probes = self._entries.get(key)
        if probes is not None:
            self._entries.move_to_end(key)
        return probes

    def put(self, key: str, probes: Probes) -> None:
        """Keep ``probes`` under ``key``, dropping the least recently used beyond ``size``."""
        self._entries[key] = probes
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)


def _sample(n: int, size: int, seed: int) -> np.ndarray:
    if n >= size:
        return np.arange(size)
    return np.sort(np.random.default_rng(seed).choice(size, n, replace=False))


def _features(net: Any, images: np.ndarray, should_stop: Callable[[], bool]) -> list[np.ndarray]:
    """Pooled features of the pixels and of every layer, in steps of 256 digits."""
    x = to_model_input(images)
    parts: list[list[np.ndarray]] = [[] for _ in range(len(net.layers) + 1)]
    for start in range(0, len(x), 256):
        if should_stop():
            raise ProbesStopped(
                translate("explain.probes", "stopped before the probes were trained")
            )
        batch = x[start : start + 256]
        parts[0].append(pool_features(batch[..., 0]))
        for i, out in enumerate(net.activations(batch), start=1):
            parts[i].append(pool_features(out))
    return [np.concatenate(p) for p in parts]


def train_probes(
    net: Any,
    mnist: Any,
    n: int = DEFAULT_TRAIN,
    n_test: int = DEFAULT_TEST,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Probes:
    """A probe per layer of ``net`` (a ``model.network.network.Network``), the raw pixels first.

    ``n`` training digits (a seeded sample) train the probes; ``n_test`` test digits (seeded
    too) score them. ``progress(done, total)`` follows the layers; ``should_stop`` is polled
    between steps and raises ``ProbesStopped``.
    """
    from model.network.predictor import as_network

    net = as_network(net)
    stop = should_stop or (lambda: False)
    began = time.perf_counter()
    train = _sample(int(n), len(mnist.x_train), seed)
    test = _sample(int(n_test), len(mnist.x_test), seed + 1)
    if len(train) < NUM_CLASSES:
        raise ProbeError(
            translate(
                "explain.probes", "a probe needs at least {needed} training digits, not {n}"
            ).format(needed=NUM_CLASSES, n=len(train))
        )
    x_train = _features(net, mnist.x_train[train], stop)
    x_test = _features(net, mnist.x_test[test], stop)
    y_train, y_test = mnist.y_train[train], mnist.y_test[test]
    names = ["input", *net.layer_names]
    kinds = ["input", *[layer.kind for layer in net.layers]]
    sizes = [784, *[int(np.prod(layer.output_shape)) for layer in net.layers]]
    entries = []
    for i, (name, kind, size) in enumerate(zip(names, kinds, sizes)):
        if stop():
            raise ProbesStopped(
                translate("explain.probes", "stopped before the probes were trained")
            )
        probe = fit_probe(x_train[i], y_train)
        entries.append(
            LayerProbe(
                name, kind, size, x_train[i].shape[1], probe.accuracy(x_test[i], y_test), probe
            )
        )
        x_train[i] = x_test[i] = None  # type: ignore[call-overload]  # free as we go
        if progress is not None:
            progress(i + 1, len(names))
    return Probes(entries, len(train), len(test), seed, time.perf_counter() - began)
