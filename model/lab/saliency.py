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
  raises its probability. It needs no gradient: ``model.lab.occlusion``.

The class score is the pre-softmax logit: the softmax couples every class, so its gradient
for one class also carries "less of the others". Convscope's models end in a softmax Dense
layer, whose logit is its input times its kernel plus its bias.

The gradients come from the network's own backward pass in NumPy (``Network.gradient``), so a
call while the user draws costs a few milliseconds (``bench/bench_saliency.py``) and needs no
TensorFlow. ``engine_for`` keeps the newest few engines. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.data.mnist import to_model_input
from model.errors import ConvscopeError
from model.i18n import translate
from model.lab.saliency_notes import gradcam_notes, gradient_notes

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


def as_image(image: np.ndarray) -> np.ndarray:
    """One digit as the network's 28x28 input (floats, NaN and infinities made finite)."""
    arr = np.asarray(image)
    if arr.size != SIZE * SIZE:
        raise SaliencyError(f"saliency needs one 28x28 image, not shape {arr.shape}")
    x = to_model_input(arr.reshape(1, SIZE, SIZE))[0, :, :, 0]
    return np.nan_to_num(x, nan=0.0, posinf=1.0, neginf=0.0)


def check_class(class_index: int) -> int:
    """``class_index`` as an int 0-9; SaliencyError (one line) otherwise."""
    index = int(class_index)
    if not 0 <= index < NUM_CLASSES:
        raise SaliencyError(
            translate("lab.saliency", "class {index} does not exist; classes are 0 to 9").format(
                index=class_index
            )
        )
    return index


def _class_argument(class_index: int | None) -> np.int32:
    """The traced functions' class argument: -1 asks for the predicted class."""
    return np.int32(-1 if class_index is None else check_class(class_index))


def _explained(logits: np.ndarray, chosen: int) -> tuple[int, float]:
    """The class a gradient explained and its probability for the clean (first) image."""
    cls = int(chosen)
    return cls, float(_softmax(np.asarray(logits)[0])[cls])


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
                if len(layer.output_shape) != 3:
                    raise SaliencyError(
                        translate(
                            "lab.saliency",
                            "layer {lname} has no 2-D feature maps for Grad-CAM to weigh",
                        ).format(lname=repr(layer_name))
                    )
                return i
        names = ", ".join(layer.name for layer in layers)
        raise SaliencyError(
            translate(
                "lab.saliency", "the model has no layer {lname}; its layers are: {names}"
            ).format(lname=repr(layer_name), names=names)
        )
    convs = [i for i, layer in enumerate(layers) if _kind(layer) == "conv"]
    if not convs:
        raise SaliencyError(
            translate(
                "lab.saliency",
                "Grad-CAM needs a convolutional layer, and this model has none: "
                "try the gradient or occlusion method",
            )
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
    from model.explain.geometry import receptive_field
    from model.explain.layers import ExplainError

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
    """The saliency maps of one network; build once, call while the user draws.

    Gradients come from the network's own backward pass (``Network.gradient``: NumPy, or
    TensorFlow for a network NumPy does not reproduce); what is cached here is the geometry
    that spreads a layer's map over the input. Weight changes are seen at once. Not
    thread-safe: use it from one thread at a time, like ``Predictor``.

    Parameters
    ----------
    model
        A ``model.network.network.Network`` (or a Keras model, of which a NumPy copy is taken) on
        28x28x1 inputs with 10 outputs.
    """

    def __init__(self, model: Any) -> None:
        from model.network.predictor import as_network

        self.model = as_network(model)
        self.layer_names = self.model.layer_names
        self.score_note = (
            "the pre-softmax score (logit)" if self.model.ends_in_softmax else "the output score"
        )
        try:
            self.cam_index: int | None = cam_layer_index(self.model)
        except SaliencyError:
            self.cam_index = None
        self._centres: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def warm_up(self, methods: tuple[str, ...] = METHODS) -> None:
        """Nothing to prepare any more: kept for callers that still ask."""

    def _interpolation(self, index: int, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
        if index not in self._centres:
            rc, cc = _map_centres(self.model, self.layer_names[index], rows, cols)
            self._centres[index] = (_interpolation_matrix(rc), _interpolation_matrix(cc))
        return self._centres[index]

    # ----------------------------------------------------------------- queries

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """Class probabilities (N, 10) of a batch of 28x28 images."""
        return self.model.probabilities(np.asarray(images, np.float32).reshape(-1, SIZE, SIZE, 1))

    def grad_cam(
        self, image: np.ndarray, class_index: int | None = None, layer_name: str | None = None
    ) -> Saliency:
        """Grad-CAM of ``image`` for ``class_index`` (default: the predicted class)."""
        index = self.cam_index if layer_name is None else cam_layer_index(self.model, layer_name)
        if index is None:
            cam_layer_index(self.model)  # raises the one-line "needs a convolutional layer"
        if index >= len(self.layer_names) - 1:
            raise SaliencyError(
                translate("lab.saliency", "Grad-CAM cannot weigh the output layer itself")
            )
        x = as_image(image).reshape(1, SIZE, SIZE, 1)
        result = self.model.gradient(x, int(_class_argument(class_index)), at=index)
        cls, probability = _explained(result.logits, result.chosen)
        feats, grads = result.features[0], result.grads[0]
        channel_weights = grads.mean(axis=(0, 1))  # one weight per feature map
        cam = np.maximum(np.tensordot(feats, channel_weights, axes=([2], [0])), 0.0)
        row_matrix, col_matrix = self._interpolation(index, cam.shape[0], cam.shape[1])
        heat = _normalise(row_matrix @ cam @ col_matrix.T)
        name = self.layer_names[index]
        notes = gradcam_notes(
            self.model.ends_in_softmax, name, cam.shape[0], cam.shape[1], cls, not heat.any()
        )
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
        base = as_image(image)
        copies = int(max(smooth, 0))
        if copies:
            rng = np.random.default_rng(seed)
            spread = noise * (float(base.max() - base.min()) or 1.0)
            batch = base[np.newaxis] + rng.normal(0.0, spread, (copies, SIZE, SIZE))
            batch = np.concatenate([base[np.newaxis], batch.astype(np.float32)])
        else:
            batch = base[np.newaxis]
        x = batch.reshape(-1, SIZE, SIZE, 1).astype(np.float32)
        result = self.model.gradient(x, int(_class_argument(class_index)))
        cls, probability = _explained(result.logits, result.chosen)
        grads = result.grads[..., 0]
        # SmoothGrad averages the signed gradients: noise flips their sign at random, so the
        # speckle cancels and the steady evidence remains.
        raw = grads[1:].mean(axis=0) if copies else grads[0]
        heat = _normalise(np.abs(raw))
        notes = gradient_notes(self.model.ends_in_softmax, cls, copies)
        return Saliency(heat, "gradient", cls, probability, notes, False, "")


def _softmax(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, np.float64) - np.max(z)
    e = np.exp(z)
    return e / e.sum()


_cache: OrderedDict[int, SaliencyEngine] = OrderedDict()
_cache_lock = threading.Lock()


def engine_for(model: Any) -> SaliencyEngine:
    """The cached ``SaliencyEngine`` of ``model``, built on first use.

    Keyed by the model object; the newest few are kept. A cached engine holds its model, so
    an id is never reused while its entry lives.
    """
    key = id(model)
    with _cache_lock:
        engine = _cache.get(key)
        if engine is not None and engine.source is model:
            _cache.move_to_end(key)
            return engine
    engine = SaliencyEngine(model)
    engine.source = model
    with _cache_lock:
        _cache[key] = engine
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return engine


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
        # Imported here: occlusion builds its maps on this module's Saliency and engine.
        from model.lab.occlusion import occlusion

        source = predictor if predictor is not None else model
        return occlusion(source, image, class_index, **options)
    raise SaliencyError(
        translate(
            "lab.saliency", "unknown saliency method {method}; choose one of {methods}"
        ).format(method=repr(method), methods=", ".join(METHODS))
    )
