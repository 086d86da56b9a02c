"""Why this answer: which pixels of a digit pushed the network towards a class.

Three ways to ask, each a 28x28 map over the network's input:

* **Grad-CAM** (Selvaraju et al., 2017): how much each place of the last convolution's feature
  maps matters for the class score. The gradient of the score with respect to the maps,
  averaged over each map, weighs that map; the weighted sum, with negatives cut to zero, is
  spread back over the input. Coarse (one cell per feature-map position) but steady.
* **Gradient** (saliency map, Simonyan et al., 2013): how strongly the score reacts to a tiny
  change of each input pixel. Sharp but noisy; SmoothGrad (Smilkov et al., 2017) averages it
  over noisy copies of the digit.
* **Occlusion** (Zeiler and Fergus, 2014): cover a small square of the digit and see how much
  the class's probability drops. Slow in principle (one forward pass per square), but all the
  squares go through the network in one batch. Signed: covering evidence *against* the class
  raises its probability.

The class score is the pre-softmax logit: the softmax couples every class, so its gradient
for one class also carries "less of the others". Convscope's models end in a softmax Dense
layer, whose logit is its input times its kernel plus its bias.

The gradient computations run in ``tf.function`` s with fixed input signatures, traced once per
model by a ``SaliencyEngine`` (``engine_for`` keeps the newest few), so a call while the user
draws costs a few milliseconds (``bench/bench_saliency.py``). Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from model import words
from model.backend import graph_lock
from model.backend import tensorflow as _tf
from model.data import to_model_input
from model.errors import ConvscopeError

SIZE = 28
NUM_CLASSES = 10
METHODS = ("gradcam", "gradient", "occlusion")
METHOD_NAMES = {"gradcam": "Grad-CAM", "gradient": "Gradient", "occlusion": "Occlusion"}

# Layers that act on each value alone: Grad-CAM reads a conv block's maps after them (after
# the block's batch normalisation and ReLU when those are separate layers).
_ELEMENTWISE = ("BatchNormalization", "Activation", "Dropout", "ReLU", "LeakyReLU")
# How many engines (one per model object) stay cached: the current model, a training
# snapshot's and a spare. Each holds its model alive, so this must stay small.
_CACHE_SIZE = 3


class SaliencyError(ConvscopeError):
    """A saliency map that cannot be computed; the message says why, in one line."""


@dataclass(frozen=True)
class Saliency:
    """One saliency map of one digit for one class.

    Attributes
    ----------
    map : (28, 28) float32 over the network's input. Grad-CAM and gradient: 0..1, 1 where the
        evidence is strongest. Occlusion: the drop in the class's probability when a square
        around the pixel is covered, -1..1 (positive: evidence for the class).
    method : one of ``METHODS``.
    class_index : the class explained.
    probability : the network's probability of that class for the unchanged digit.
    notes : one or two sentences on what was computed (layer, patch size, ...).
    signed : True when the map has meaningful negative values (occlusion).
    layer : the layer whose maps Grad-CAM used, else "".
    """

    map: np.ndarray
    method: str
    class_index: int
    probability: float
    notes: str = ""
    signed: bool = False
    layer: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain data for another thread or JSON-like use (the map stays a NumPy array)."""
        return {
            "map": self.map,
            "method": self.method,
            "class_index": self.class_index,
            "probability": self.probability,
            "notes": self.notes,
            "signed": self.signed,
            "layer": self.layer,
        }


# --------------------------------------------------------------------------- helpers


def _as_image(image: np.ndarray) -> np.ndarray:
    arr = np.asarray(image)
    if arr.size != SIZE * SIZE:
        raise SaliencyError(f"saliency needs one 28x28 image, not shape {arr.shape}")
    x = to_model_input(arr.reshape(1, SIZE, SIZE))[0, :, :, 0]
    return np.nan_to_num(x, nan=0.0, posinf=1.0, neginf=0.0)


def _check_class(class_index: int) -> int:
    index = int(class_index)
    if not 0 <= index < NUM_CLASSES:
        raise SaliencyError(f"class {class_index} does not exist; classes are 0 to 9")
    return index


def _class_argument(class_index: int | None) -> np.int32:
    """The traced functions' class argument: -1 asks for the predicted class."""
    return np.int32(-1 if class_index is None else _check_class(class_index))


def _explained(logits: Any, chosen: Any) -> tuple[int, float]:
    """The class a traced function explained and its probability for the clean (first) image."""
    cls = int(chosen.numpy())
    return cls, float(_softmax(logits.numpy()[0])[cls])


def _kind(layer: Any) -> str:
    names = [cls.__name__ for cls in type(layer).__mro__]
    if "Conv2D" in names:
        return "conv"
    if any(n in names for n in _ELEMENTWISE):
        return "elementwise"
    return "other"


def has_conv(model: Any) -> bool:
    """True if ``model`` has a Conv2D layer (Grad-CAM needs one)."""
    return any(_kind(layer) == "conv" for layer in model.layers)


def cam_layer_index(model: Any, layer_name: str | None = None) -> int:
    """Index of the layer whose output Grad-CAM weighs.

    By default the last Conv2D, or the last of the per-value layers right after it
    (batch normalisation, ReLU), so the maps are the conv block's finished output.

    Raises
    ------
    SaliencyError
        When the model has no convolutional layer, or ``layer_name`` is unknown or has no
        2-D maps.
    """
    layers = list(model.layers)
    if layer_name is not None:
        for i, layer in enumerate(layers):
            if layer.name == layer_name:
                if len(layer.output.shape) != 4:
                    raise SaliencyError(
                        f"layer {layer_name!r} has no 2-D feature maps for Grad-CAM to weigh"
                    )
                return i
        names = ", ".join(layer.name for layer in layers)
        raise SaliencyError(f"the model has no layer {layer_name!r}; its layers are: {names}")
    convs = [i for i, layer in enumerate(layers) if _kind(layer) == "conv"]
    if not convs:
        raise SaliencyError(
            "Grad-CAM needs a convolutional layer, and this model has none: "
            "try the gradient or occlusion method"
        )
    index = convs[-1]
    while index + 1 < len(layers) and _kind(layers[index + 1]) == "elementwise":
        index += 1
    return index


def _interpolation_matrix(centres: np.ndarray) -> np.ndarray:
    """(28, n): row i interpolates input pixel i linearly between the n map positions whose
    receptive fields are centred at ``centres`` (clamped beyond the first and last)."""
    n = len(centres)
    pixels = np.arange(SIZE, dtype=np.float64)
    if n == 1:
        return np.ones((SIZE, 1))
    eye = np.eye(n)
    return np.stack([np.interp(pixels, centres, eye[j]) for j in range(n)], axis=1)


def _map_centres(model: Any, layer_name: str, rows: int, cols: int) -> tuple[np.ndarray, ...]:
    """Input-pixel centres of the receptive fields of a layer's map rows and columns.

    A 'valid' convolution's map covers the input with a margin, so stretching it over the
    whole 28x28 would shift it outwards; placing each value at its field's centre does not.
    """
    from model.explain import ExplainError, receptive_field

    try:
        row_centres = []
        for r in range(rows):
            top, _left, height, _width = receptive_field(model, layer_name, r, 0).full
            row_centres.append(top + (height - 1) / 2)
        col_centres = []
        for c in range(cols):
            _top, left, _height, width = receptive_field(model, layer_name, 0, c).full
            col_centres.append(left + (width - 1) / 2)
        rc, cc = np.asarray(row_centres, float), np.asarray(col_centres, float)
        if np.all(np.diff(rc) > 0) and np.all(np.diff(cc) > 0):
            return rc, cc
    except ExplainError:
        pass
    # A geometry explain cannot follow: spread the map evenly, as Grad-CAM usually does.
    return (
        (np.arange(rows) + 0.5) * SIZE / rows - 0.5,
        (np.arange(cols) + 0.5) * SIZE / cols - 0.5,
    )


def _normalise(values: np.ndarray) -> np.ndarray:
    values = np.nan_to_num(np.asarray(values, np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    peak = float(values.max()) if values.size else 0.0
    if peak <= 0.0:
        return np.zeros(values.shape, np.float32)
    return (np.clip(values, 0.0, None) / peak).astype(np.float32)


# --------------------------------------------------------------------------- the engine


class SaliencyEngine:
    """The traced gradient functions of one model; build once, call while the user draws.

    Each function is traced on first use (or by ``warm_up``) while holding ``graph_lock``;
    later calls trace nothing (fixed input signatures), so they need no lock. Not thread-safe:
    use it from one thread at a time, like ``Predictor``.
    Weight changes (``model.set_weights``) are seen at once: the functions read the variables.

    Parameters
    ----------
    model
        A Sequential Keras model on 28x28x1 inputs with 10 outputs.
    """

    def __init__(self, model: Any) -> None:
        tf = _tf()
        with graph_lock:
            self._build(model, tf)

    def _build(self, model: Any, tf: Any) -> None:
        from model.backend import keras as _keras

        ops = _keras().ops
        self.model = model
        layers = list(model.layers)
        self.layer_names = [layer.name for layer in layers]
        last = layers[-1]
        body = layers[:-1]
        activation = getattr(getattr(last, "activation", None), "__name__", "")
        if activation == "softmax" and hasattr(last, "kernel"):
            use_bias = bool(getattr(last, "use_bias", True))

            def logits_of(h):
                z = ops.matmul(h, last.kernel)
                return z + last.bias if use_bias else z

            self.score_note = "the pre-softmax score (logit)"
        elif activation == "softmax":  # an Activation('softmax') layer: its input is the logit

            def logits_of(h):
                return h

            self.score_note = "the pre-softmax score (logit)"
        else:

            def logits_of(h):
                return last(h, training=False)

            self.score_note = "the output score"

        try:
            self.cam_index: int | None = cam_layer_index(model)
        except SaliencyError:
            self.cam_index = None
        self._centres: dict[int, tuple[np.ndarray, np.ndarray]] = {}

        def forward(x, watch_at=None, tape=None):
            feats = None
            h = x
            for i, layer in enumerate(body):
                h = layer(h, training=False)
                if i == watch_at:
                    tape.watch(h)
                    feats = h
            return feats, logits_of(h)

        x_spec = tf.TensorSpec([None, SIZE, SIZE, 1], tf.float32)
        c_spec = tf.TensorSpec([], tf.int32)

        def class_score(logits, cls):
            # cls < 0 asks for the predicted class of the first (clean) image, decided inside
            # the graph so a call needs no forward pass of its own first.
            chosen = tf.cond(
                cls < 0, lambda: tf.argmax(logits[0], output_type=tf.int32), lambda: cls
            )
            # Examples are independent (inference mode), so the gradient of the sum is each
            # example's own gradient: one call serves a batch of noisy copies.
            return tf.reduce_sum(tf.gather(logits, chosen, axis=1)), chosen

        def input_gradient(x, cls):
            with tf.GradientTape() as tape:
                tape.watch(x)
                _, logits = forward(x)
                score, chosen = class_score(logits, cls)
            return tape.gradient(score, x), logits, chosen

        def probabilities(x):
            return tf.nn.softmax(forward(x)[1], axis=-1)

        self._forward = forward
        self._class_score = class_score
        self._x_spec, self._c_spec = x_spec, c_spec
        self._sources = {
            "gradient": (input_gradient, True),
            "probabilities": (probabilities, False),
        }
        self._fns: dict[Any, Any] = {}

    def _function(self, key: Any) -> Any:
        """The traced function ``key`` ("gradient", "probabilities" or a Grad-CAM layer
        index), traced on first use (a few tenths of a second) and kept."""
        fn = self._fns.get(key)
        if fn is not None:
            return fn
        tf = _tf()
        source, with_class = self._sources[key] if key in self._sources else self._cam(key)
        signature = [self._x_spec, self._c_spec] if with_class else [self._x_spec]
        zero = np.zeros((1, SIZE, SIZE, 1), np.float32)
        with graph_lock:
            # No autograph: the Python loop over layers unrolls as it should, and skipping the
            # source conversion halves the tracing time.
            fn = tf.function(source, input_signature=signature, autograph=False)
            out = fn(zero, np.int32(-1)) if with_class else fn(zero)
        if not isinstance(key, str):
            rows, cols = int(out[0].shape[1]), int(out[0].shape[2])
            rc, cc = _map_centres(self.model, self.layer_names[key], rows, cols)
            self._centres[key] = (_interpolation_matrix(rc), _interpolation_matrix(cc))
        self._fns[key] = fn
        return fn

    def _cam(self, index: int) -> tuple[Any, bool]:
        if index >= len(self.layer_names) - 1:
            raise SaliencyError("Grad-CAM cannot weigh the output layer itself")
        tf = _tf()
        forward, class_score = self._forward, self._class_score

        def cam(x, cls):
            with tf.GradientTape() as tape:
                feats, logits = forward(x, watch_at=index, tape=tape)
                score, chosen = class_score(logits, cls)
            return feats, tape.gradient(score, feats), logits, chosen

        return cam, True

    def warm_up(self, methods: tuple[str, ...] = METHODS) -> None:
        """Trace now what ``methods`` need, so the first real request does not wait for it."""
        if "gradcam" in methods and self.cam_index is not None:
            self._function(self.cam_index)
        if "gradient" in methods:
            self._function("gradient")
        if "occlusion" in methods:
            self._function("probabilities")

    # ----------------------------------------------------------------- queries

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """Class probabilities (N, 10) of a batch of 28x28 images."""
        x = np.asarray(images, np.float32).reshape(-1, SIZE, SIZE, 1)
        return self._function("probabilities")(x).numpy().astype(np.float64)

    def grad_cam(
        self, image: np.ndarray, class_index: int | None = None, layer_name: str | None = None
    ) -> Saliency:
        """Grad-CAM of ``image`` for ``class_index`` (default: the predicted class)."""
        index = self.cam_index if layer_name is None else cam_layer_index(self.model, layer_name)
        if index is None:
            cam_layer_index(self.model)  # raises the one-line "needs a convolutional layer"
        fn = self._function(index)
        x = _as_image(image).reshape(1, SIZE, SIZE, 1)
        feats, grads, logits, chosen = fn(x, _class_argument(class_index))
        cls, probability = _explained(logits, chosen)
        feats, grads = feats.numpy()[0], grads.numpy()[0]
        channel_weights = grads.mean(axis=(0, 1))  # one weight per feature map
        cam = np.maximum(np.tensordot(feats, channel_weights, axes=([2], [0])), 0.0)
        row_matrix, col_matrix = self._centres[index]
        heat = _normalise(row_matrix @ cam @ col_matrix.T)
        name = self.layer_names[index]
        notes = (
            f"Maps of layer {name} ({cam.shape[0]}x{cam.shape[1]}), weighed by the gradient "
            f"of {self.score_note} of class {cls}."
        )
        if not heat.any():
            notes += " No place of these maps raises that score: the map is empty."
        return Saliency(heat, "gradcam", cls, probability, notes, False, name)

    def gradient(
        self,
        image: np.ndarray,
        class_index: int | None = None,
        smooth: int = 0,
        noise: float = 0.15,
        seed: int = 0,
    ) -> Saliency:
        """|d score / d pixel| of ``image``; with ``smooth`` > 0, averaged over that many noisy
        copies (SmoothGrad, noise of standard deviation ``noise``) in one batch."""
        base = _as_image(image)
        copies = int(max(smooth, 0))
        if copies:
            rng = np.random.default_rng(seed)
            spread = noise * (float(base.max() - base.min()) or 1.0)
            batch = base[np.newaxis] + rng.normal(0.0, spread, (copies, SIZE, SIZE))
            batch = np.concatenate([base[np.newaxis], batch.astype(np.float32)])
        else:
            batch = base[np.newaxis]
        x = batch.reshape(-1, SIZE, SIZE, 1).astype(np.float32)
        grads, logits, chosen = self._function("gradient")(x, _class_argument(class_index))
        cls, probability = _explained(logits, chosen)
        grads = grads.numpy()[..., 0]
        # SmoothGrad averages the signed gradients: noise flips their sign at random, so the
        # speckle cancels and the steady evidence remains.
        raw = grads[1:].mean(axis=0) if copies else grads[0]
        heat = _normalise(np.abs(raw))
        notes = f"How strongly {self.score_note} of class {cls} reacts to each pixel"
        notes += (
            f", averaged over {words.count(copies, 'noisy copy', 'noisy copies')} (SmoothGrad)."
            if copies
            else "."
        )
        return Saliency(heat, "gradient", cls, probability, notes, False, "")


def _softmax(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, np.float64) - np.max(z)
    e = np.exp(z)
    return e / e.sum()


_cache: OrderedDict[int, SaliencyEngine] = OrderedDict()
_cache_lock = threading.Lock()


def engine_for(model: Any) -> SaliencyEngine:
    """The cached ``SaliencyEngine`` of ``model``, built (and traced) on first use.

    Keyed by the model object; the newest few are kept. A cached engine holds its model, so
    an id is never reused while its entry lives.
    """
    key = id(model)
    with _cache_lock:
        engine = _cache.get(key)
        if engine is not None and engine.model is model:
            _cache.move_to_end(key)
            return engine
    engine = SaliencyEngine(model)
    with _cache_lock:
        _cache[key] = engine
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return engine


# --------------------------------------------------------------------------- the functions


def grad_cam(
    model: Any,
    image: np.ndarray,
    class_index: int | None = None,
    layer_name: str | None = None,
) -> Saliency:
    """Grad-CAM: where in the image the last convolution found evidence for a class.

    Parameters
    ----------
    model
        A Sequential Keras model on 28x28x1 inputs with 10 outputs.
    image
        The 28x28 input (floats 0..1).
    class_index
        The class to explain; None explains the predicted one.
    layer_name
        The layer whose maps are weighed; None takes the last Conv2D (after any batch
        normalisation or activation layers right behind it).

    Returns
    -------
    Saliency
        ``map`` in 0..1, bilinearly spread from the layer's map positions to the input
        pixels at the centres of their receptive fields.

    Raises
    ------
    SaliencyError
        When the model has no convolutional layer (e.g. the ``mlp`` preset), or for a bad
        layer name, class or image shape.
    """
    return engine_for(model).grad_cam(image, class_index, layer_name)


def gradient(
    model: Any,
    image: np.ndarray,
    class_index: int | None = None,
    smooth: int = 0,
    noise: float = 0.15,
    seed: int = 0,
) -> Saliency:
    """Gradient saliency: how strongly the class score reacts to each input pixel.

    Parameters
    ----------
    model, image, class_index
        As ``grad_cam``.
    smooth
        0 for the plain gradient; N > 0 averages the gradient over N noisy copies of the
        image (SmoothGrad), computed in one batch.
    noise, seed
        SmoothGrad's noise, as a fraction of the image's value range, and its random seed
        (fixed, so the same drawing always gives the same map).

    Returns
    -------
    Saliency
        ``map``: the absolute gradient, scaled to 0..1.
    """
    return engine_for(model).gradient(image, class_index, smooth, noise, seed)


def occlusion_boxes(patch: int = 6, stride: int = 2) -> list[tuple[int, int]]:
    """(top, left) of each square of side ``patch`` covering the 28x28 input, ``stride``
    apart; the last row and column of squares touch the border."""
    if not 1 <= patch <= SIZE or stride < 1:
        raise SaliencyError(f"an occlusion patch of {patch} with stride {stride} does not fit")
    starts = list(range(0, SIZE - patch + 1, stride))
    if starts[-1] != SIZE - patch:
        starts.append(SIZE - patch)
    return [(top, left) for top in starts for left in starts]


def occlusion(
    model_or_predictor: Any,
    image: np.ndarray,
    class_index: int | None = None,
    patch: int = 6,
    stride: int = 2,
    fill: float = 0.0,
) -> Saliency:
    """Occlusion: how much covering each part of the digit lowers the class's probability.

    Every square of side ``patch``, ``stride`` apart, is painted with ``fill`` in its own copy
    of the image; all the copies (at most 144 for the defaults; squares that change nothing
    are skipped) go through the network in one batch. Each pixel gets the mean drop of the
    squares that cover it.

    Parameters
    ----------
    model_or_predictor
        A ``model.inference.Predictor`` (anything with ``probabilities(batch)``) or a Keras
        model.
    image, class_index
        As ``grad_cam``.
    patch, stride, fill
        The square's side and step in pixels, and the value painted over it (0 is the
        background of MNIST digits).

    Returns
    -------
    Saliency
        ``map``: probability drop, -1..1, positive where the pixels were evidence for the
        class; ``signed`` is True.
    """
    base = _as_image(image)
    boxes = occlusion_boxes(patch, stride)
    # A square over pixels that already hold ``fill`` (the blank margin) changes nothing: its
    # drop is zero by definition, and leaving it out of the batch saves a third of the work.
    changing = [b for b in boxes if np.any(base[b[0] : b[0] + patch, b[1] : b[1] + patch] != fill)]
    batch = np.repeat(base[np.newaxis], len(changing) + 1, axis=0)
    for k, (top, left) in enumerate(changing, start=1):
        batch[k, top : top + patch, left : left + patch] = fill
    if hasattr(model_or_predictor, "probabilities"):
        probabilities = np.asarray(model_or_predictor.probabilities(batch), np.float64)
    else:
        probabilities = engine_for(model_or_predictor).probabilities(batch)
    cls = int(np.argmax(probabilities[0])) if class_index is None else _check_class(class_index)
    # A network whose weights went bad (NaN) gives no evidence anywhere, like the other maps.
    drops = np.nan_to_num(probabilities[0, cls] - probabilities[1:, cls])
    total = np.zeros((SIZE, SIZE))
    count = np.zeros((SIZE, SIZE))
    for top, left in boxes:
        count[top : top + patch, left : left + patch] += 1
    for drop, (top, left) in zip(drops, changing):
        total[top : top + patch, left : left + patch] += drop
    heat = np.clip(total / np.maximum(count, 1), -1.0, 1.0).astype(np.float32)
    notes = (
        f"Mean drop of the probability of class {cls} when "
        f"{words.with_article(patch)}x{patch} square around each pixel is blanked "
        f"({words.count(len(changing), 'square')} on the digit, {stride} px apart, in one batch)."
    )
    return Saliency(heat, "occlusion", cls, float(probabilities[0, cls]), notes, True, "")


def saliency(
    model: Any,
    predictor: Any | None,
    image: np.ndarray,
    method: str,
    class_index: int | None = None,
    **options: Any,
) -> Saliency:
    """One saliency map by method name: ``"gradcam"``, ``"gradient"`` or ``"occlusion"``.

    ``predictor`` (optional) serves occlusion's batch; ``options`` go to the method
    (``layer_name``; ``smooth``, ``noise``, ``seed``; ``patch``, ``stride``, ``fill``).
    """
    if method == "gradcam":
        return grad_cam(model, image, class_index, **options)
    if method == "gradient":
        return gradient(model, image, class_index, **options)
    if method == "occlusion":
        source = predictor if predictor is not None else model
        return occlusion(source, image, class_index, **options)
    raise SaliencyError(f"unknown saliency method {method!r}; choose one of {', '.join(METHODS)}")
