"""Surgery on a network's own filters, and its cost measured on test digits.

These functions edit a network (``model.network.network.Network``) in place: ``knock_out``
zeroes one filter of a ``Conv2D`` (its weights and bias, so its feature map becomes all zeros),
``set_filter`` writes new weights, and each returns a ``FilterEdit`` that ``restore`` undoes
exactly. Edits write into the layer's weight arrays, which the network computes with, so the
next prediction sees them at once. ``accuracy_on`` measures the damage on a fixed subset of
test digits (``fixed_subset``); ``FilterLab`` compares before and after on private copies.
The kernel playground's own filters, slid over a digit by hand, are ``model.lab.kernels``.

Nothing here imports Qt or TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.errors import SpecError
from model.i18n import translate
from model.lab.kernels import PlaygroundError


@dataclass(frozen=True)
class FilterEdit:
    """One change to one filter, with what it replaced so ``restore`` can undo it exactly.

    Attributes
    ----------
    layer, index : the Conv2D layer's name and the filter (output channel) changed.
    old_kernel, old_bias : its weights (kh, kw, cin) and bias before the change (bias None
        when the layer has none).
    new_kernel, new_bias : what it became.
    what : the change in words, e.g. "filter 3 of conv1 switched off".
    """

    layer: str
    index: int
    old_kernel: np.ndarray
    old_bias: float | None
    new_kernel: np.ndarray
    new_bias: float | None
    what: str


def conv_layers(model: Any) -> list[str]:
    """Names of the model's ``Conv2D`` layers, input side first."""
    return [layer.name for layer in model.layers if _is_conv(layer)]


def _is_conv(layer: Any) -> bool:
    return any(cls.__name__ == "Conv2D" for cls in type(layer).__mro__)


def _conv_layer(model: Any, layer_name: str) -> Any:
    for layer in model.layers:
        if layer.name == layer_name:
            if not _is_conv(layer):
                raise PlaygroundError(
                    translate("lab.filter_surgery", "layer {lname} is not a convolution").format(
                        lname=repr(layer_name)
                    )
                )
            return layer
    names = ", ".join(conv_layers(model)) or translate("lab.filter_surgery", "none")
    raise PlaygroundError(
        translate(
            "lab.filter_surgery", "the model has no layer {lname}; its convolutions: {names}"
        ).format(lname=repr(layer_name), names=names)
    )


def _bias_variable(layer: Any) -> np.ndarray | None:
    return layer.bias if getattr(layer, "use_bias", False) else None


def filters_of(model: Any, layer_name: str) -> dict[str, Any]:
    """A conv layer's filters as plain arrays: ``kernel`` (kh, kw, cin, cout), ``bias`` (cout,).

    ``bias`` is zeros when the layer has none (``use_bias=False``).
    """
    layer = _conv_layer(model, layer_name)
    kernel = np.array(layer.kernel, np.float32)
    bias_var = _bias_variable(layer)
    bias = (
        np.array(bias_var, np.float32)
        if bias_var is not None
        else np.zeros(kernel.shape[-1], np.float32)
    )
    return {"kernel": kernel, "bias": bias, "has_bias": bias_var is not None}


def _write(layer: Any, index: int, kernel: np.ndarray, bias: float | None) -> None:
    # In place, into the network's own arrays: whoever computes with the network sees them.
    layer.kernel[..., index] = kernel
    bias_var = _bias_variable(layer)
    if bias_var is not None and bias is not None:
        bias_var[index] = bias


def _notify(model: Any, predictor: Any | None) -> None:
    # Whoever derived something from the weights (a TensorFlow twin, a cached copy) compares
    # the network's version; a Predictor on a Keras model copies the weights again.
    reload = getattr(predictor, "weights_changed", None)
    if callable(reload) and getattr(predictor, "model", None) is model:
        reload()
    else:
        model.weights_changed()
        if callable(reload):
            reload()


def _check_index(layer: Any, index: int) -> int:
    count = int(layer.kernel.shape[-1])
    if not 0 <= int(index) < count:
        raise PlaygroundError(
            translate("lab.filter_surgery", "{lname} has filters 0 to {last}, not {index}").format(
                lname=layer.name, last=count - 1, index=index
            )
        )
    return int(index)


def set_filter(
    model: Any,
    layer_name: str,
    index: int,
    kernel: np.ndarray,
    bias: float | None = None,
    what: str = "",
    predictor: Any | None = None,
) -> FilterEdit:
    """Replace the weights of filter ``index`` of conv layer ``layer_name``, in place.

    Parameters
    ----------
    kernel
        (kh, kw, cin), or (kh, kw) when the layer reads one channel (the first layer).
    bias
        The new bias; None keeps the old one.
    what
        The change in words (default: "filter 3 of conv1 edited").
    predictor
        The ``Predictor`` built on ``model``, told to pick up the new weights.

    Returns
    -------
    FilterEdit
        What to hand ``restore`` to undo this.
    """
    layer = _conv_layer(model, layer_name)
    index = _check_index(layer, index)
    shape = tuple(int(d) for d in layer.kernel.shape[:-1])
    new = np.asarray(kernel, np.float32)
    if new.ndim == 2 and shape[2] == 1:
        new = new[..., np.newaxis]
    if new.shape != shape:
        want = f"{shape[0]}x{shape[1]}" + (f"x{shape[2]}" if shape[2] > 1 else "")
        raise PlaygroundError(
            translate(
                "lab.filter_surgery", "the filters of {lname} are {want}, not {shape}"
            ).format(lname=layer_name, want=want, shape=new.shape)
        )
    if not np.all(np.isfinite(new)) or (bias is not None and not np.isfinite(bias)):
        raise PlaygroundError(
            translate("lab.filter_surgery", "the new weights must be finite numbers")
        )
    bias_var = _bias_variable(layer)
    old_kernel = np.array(layer.kernel[..., index], np.float32)
    old_bias = float(bias_var[index]) if bias_var is not None else None
    new_bias = None if bias_var is None else (old_bias if bias is None else float(bias))
    _write(layer, index, new, new_bias)
    _notify(model, predictor)
    return FilterEdit(
        layer_name,
        index,
        old_kernel,
        old_bias,
        new.copy(),
        new_bias,
        what
        or translate("lab.filter_surgery", "filter {index} of {lname} edited").format(
            index=index, lname=layer_name
        ),
    )


def knock_out(
    model: Any, layer_name: str, filter_index: int, predictor: Any | None = None
) -> FilterEdit:
    """Switch filter ``filter_index`` of ``layer_name`` off: weights and bias become zero.

    Its feature map is then zero for every input (ReLU of zero is zero), so whatever later
    layers learned to read from it is gone. Undo with ``restore``. ``predictor`` as for
    ``set_filter``.
    """
    layer = _conv_layer(model, layer_name)
    index = _check_index(layer, filter_index)
    zeros = np.zeros(tuple(int(d) for d in layer.kernel.shape[:-1]), np.float32)
    return set_filter(
        model,
        layer_name,
        index,
        zeros,
        0.0,
        translate("lab.filter_surgery", "filter {index} of {lname} switched off").format(
            index=index, lname=layer_name
        ),
        predictor,
    )


def restore(model: Any, token: FilterEdit, predictor: Any | None = None) -> None:
    """Undo one ``set_filter`` / ``knock_out``: the filter gets back the exact old values.

    Undo several edits newest first, as an undo stack does. ``predictor`` as for
    ``set_filter``.
    """
    layer = _conv_layer(model, token.layer)
    _check_index(layer, token.index)
    _write(layer, token.index, token.old_kernel, token.old_bias)
    _notify(model, predictor)


def apply_edits(model: Any, edits: list[FilterEdit], predictor: Any | None = None) -> None:
    """Make ``model`` (a copy of the edited one, same weights before editing) carry ``edits``.

    ``predictor`` as for ``set_filter``.
    """
    for edit in edits:
        layer = _conv_layer(model, edit.layer)
        _write(layer, _check_index(layer, edit.index), edit.new_kernel, edit.new_bias)
    _notify(model, predictor)


def fixed_subset(
    images: np.ndarray, labels: np.ndarray, n: int = 1000, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """A fixed, seeded sample of ``n`` digits (all of them if there are fewer).

    The same seed gives the same digits, so "before" and "after" are measured on one set.
    """
    images, labels = np.asarray(images), np.asarray(labels)
    if n >= len(images):
        return images, labels
    order = np.sort(np.random.default_rng(seed).choice(len(images), size=n, replace=False))
    return images[order], labels[order]


def accuracy_on(predictor: Any, images: np.ndarray, labels: np.ndarray) -> float:
    """Share of ``images`` that ``predictor`` (anything with ``probabilities``) labels right."""
    from model.data.mnist import to_model_input

    images = np.asarray(images)
    if len(images) == 0:
        raise SpecError(
            translate("lab.filter_surgery", "there are no digits to measure the accuracy on")
        )
    probabilities = predictor.probabilities(to_model_input(images))
    return float((probabilities.argmax(axis=1) == np.asarray(labels)).mean())


class FilterLab:
    """Before-and-after of filter edits, on two private copies of a model.

    Built in a background thread from a ``model.network.sharing.FrozenModel`` of the current model:
    ``original`` keeps its weights, ``edited`` gets the same edits as the session's model
    (``set_edits``), so the page can compare feature maps, predictions and test accuracy
    without running anything long in the thread that serves live predictions.

    Parameters
    ----------
    frozen
        The current model, frozen before any edit.
    images, labels
        The fixed test digits ``accuracy`` measures on (see ``fixed_subset``).
    """

    def __init__(self, frozen: Any, images: np.ndarray, labels: np.ndarray) -> None:
        from model.network.predictor import Predictor
        from model.network.sharing import thaw

        self.frozen = frozen
        self.images, self.labels = np.asarray(images), np.asarray(labels)
        self.original = Predictor(thaw(frozen))
        self.edited = Predictor(thaw(frozen))
        self.edits: list[FilterEdit] = []
        self._original_accuracy: float | None = None
        self._edited_accuracy: float | None = None

    @property
    def layers(self) -> list[str]:
        return conv_layers(self.original.model)

    def set_edits(self, edits: list[FilterEdit]) -> None:
        """Make ``edited`` the original model plus ``edits`` (in order)."""
        self.edited.set_weights(self.frozen.weights)
        apply_edits(self.edited.model, list(edits), self.edited)
        self.edits = list(edits)
        self._edited_accuracy = None

    def compare(self, image: np.ndarray, layer: str) -> dict[str, Any]:
        """One digit through both copies: ``layer``'s maps (C, H, W) and the probabilities.

        Returns a dict with ``maps_before``, ``maps_after``, ``probs_before``, ``probs_after``.
        """
        _conv_layer(self.original.model, layer)
        before = self.original.predict(image)
        after = self.edited.predict(image) if self.edits else before
        return {
            "layer": layer,
            "maps_before": np.moveaxis(before.activations[layer], -1, 0),
            "maps_after": np.moveaxis(after.activations[layer], -1, 0),
            "probs_before": before.probabilities,
            "probs_after": after.probabilities,
        }

    def accuracy(self) -> tuple[float, float]:
        """Accuracy on the fixed test digits before and after the edits (each computed once)."""
        if self._original_accuracy is None:
            self._original_accuracy = accuracy_on(self.original, self.images, self.labels)
        if not self.edits:
            return self._original_accuracy, self._original_accuracy
        if self._edited_accuracy is None:
            self._edited_accuracy = accuracy_on(self.edited, self.images, self.labels)
        return self._original_accuracy, self._edited_accuracy
