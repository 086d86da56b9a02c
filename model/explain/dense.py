"""Dense layers: what each input, and each flattened feature, added to a score.

``dense_contributions`` splits one dense unit's score into weight x input per input;
``feature_contributions`` follows the flattened row of features through every layer after the
Flatten and splits the winning digit's score into one share per feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from model.explain.layers import (
    ExplainError,
    activate,
    activation_name,
    kernel_and_bias,
    layer_index,
    layer_input,
    layer_kind,
)
from model.i18n import translate
from model.words import count, with_article


@dataclass(frozen=True)
class DenseContributions:
    """What each input of a dense unit added to its score, largest push first.

    Attributes
    ----------
    layer, unit : the dense layer and the unit explained (for the output layer: a digit).
    contributions : weight x input for every input, sorted from the largest (pushing the unit
        up most) to the smallest (holding it down most).
    indices : the input index of each entry of ``contributions``.
    inputs, weights : the input values and weights, in the same order.
    bias, pre_activation, value : the bias, sum of all contributions + bias, and the
        activated value (for a softmax layer, the probability).
    source_layer, positions : when the inputs are a flattened feature map, the layer whose map
        was flattened and each sorted input's (row, col, channel) in it; else None.
    """

    layer: str
    unit: int
    contributions: np.ndarray
    indices: np.ndarray
    inputs: np.ndarray
    weights: np.ndarray
    bias: float
    pre_activation: float
    value: float
    source_layer: str | None
    positions: np.ndarray | None

    def top(self, k: int = 10) -> list[tuple[int, float]]:
        """The ``k`` strongest pushes up as (input index, contribution)."""
        return [(int(i), float(c)) for i, c in zip(self.indices[:k], self.contributions[:k])]


def _flattened_source(model: Any, index: int) -> Any | None:
    """The layer whose map a Flatten before layer ``index`` unrolled, looking past dropout."""
    for i in range(index - 1, -1, -1):
        layer = model.layers[i]
        if type(layer).__name__ == "Flatten":
            return model.layers[i - 1] if i > 0 else None
        if layer_kind(layer) != "elementwise":
            return None
    return None


def _unit_out_of_range(layer_name: str, unit: int, units: int) -> ExplainError:
    """The error for a unit the layer does not have, saying how many it has."""
    return ExplainError(
        translate("explain.dense", "unit {unit} is out of range: layer {name} has {units}").format(
            unit=unit,
            name=repr(layer_name),
            units=count(
                units, translate("explain.dense", "unit"), translate("explain.dense", "units")
            ),
        )
    )


def dense_contributions(
    model: Any,
    activations: dict[str, np.ndarray],
    image: np.ndarray,
    layer_name: str | None = None,
    unit: int | None = None,
) -> DenseContributions:
    """Split a dense unit's score into weight x input per input, sorted.

    Parameters
    ----------
    model, activations, image
        As for ``conv_window_sum``.
    layer_name
        A Dense layer; by default the last one (the output layer).
    unit
        The unit to explain; by default the one with the highest output, which for the
        output layer is the predicted digit.

    Returns
    -------
    DenseContributions
    """
    if layer_name is None:
        dense = [layer.name for layer in model.layers if type(layer).__name__ == "Dense"]
        if not dense:
            raise ExplainError(translate("explain.dense", "the model has no Dense layer"))
        layer_name = dense[-1]
    index = layer_index(model, layer_name)
    layer = model.layers[index]
    if not any(cls.__name__ == "Dense" for cls in type(layer).__mro__):
        raise ExplainError(
            #: {a_type}: the layer type after an English article; {type}: the bare type
            translate("explain.dense", "layer {name} is {a_type}, not Dense").format(
                name=repr(layer_name),
                a_type=with_article(type(layer).__name__),
                type=type(layer).__name__,
            )
        )
    x = np.asarray(layer_input(model, activations, image, layer_name), np.float64)
    if x.ndim != 1:
        shape = "x".join(str(d) for d in x.shape)
        raise ExplainError(
            #: {a_shape}: the size after an English article; {shape}: the bare size
            translate("explain.dense", "layer {name} receives {a_shape} map, not a vector").format(
                name=repr(layer_name), a_shape=with_article(shape), shape=shape
            )
        )
    weights, biases = kernel_and_bias(layer)
    scores = x @ weights + biases
    if unit is None:
        unit = int(np.argmax(activations.get(layer_name, scores)))
    if not 0 <= unit < weights.shape[1]:
        raise _unit_out_of_range(layer_name, unit, weights.shape[1])
    contributions = weights[:, unit] * x
    order = np.argsort(-contributions, kind="stable")
    source = _flattened_source(model, index)
    positions = None
    if source is not None and source.name in activations:
        shape = np.shape(activations[source.name])
        if int(np.prod(shape)) == x.size:
            positions = np.stack(np.unravel_index(order, shape), axis=1)
    return DenseContributions(
        layer=layer_name,
        unit=unit,
        contributions=contributions[order],
        indices=order,
        inputs=x[order],
        weights=weights[order, unit],
        bias=float(biases[unit]),
        pre_activation=float(scores[unit]),
        value=float(activate(layer, scores)[unit]),
        source_layer=source.name if positions is not None else None,
        positions=positions,
    )


@dataclass(frozen=True)
class FeatureContributions:
    """How the flattened row of features became the answer, feature by feature.

    A network of Dense, ReLU, batch-normalisation and dropout layers after its Flatten is, for
    one input, a sum: which units ReLU lets through is fixed by that input, and with them fixed
    every score is a weighted sum of the features plus a constant. So the winning digit's score
    splits exactly into one share per feature (``contributions``) and the share of the biases
    (``constant``); the shares add up to the score, to float rounding.

    Attributes
    ----------
    flatten_layer : the Flatten layer.
    source_layer, source_shape : the layer whose maps were flattened and their (H, W, C); for
        a network that flattens the image itself, None and (28, 28, 1).
    features : (n,) the flattened row.
    unit : the digit explained (by default the answer).
    contributions : (n,) what each feature added to that digit's score.
    constant : the rest of the score, from the biases of the units that fired.
    scores : (10,) every digit's score before softmax; ``probabilities`` after.
    hidden : (layer name, units, units that fired) of each hidden Dense layer.
    """

    flatten_layer: str
    source_layer: str | None
    source_shape: tuple[int, int, int]
    features: np.ndarray
    unit: int
    contributions: np.ndarray
    constant: float
    scores: np.ndarray
    probabilities: np.ndarray
    hidden: list[tuple[str, int, int]]

    def by_map(self) -> np.ndarray:
        """(C,) what each flattened map added to the score, all its positions together."""
        return self.contributions.reshape(self.source_shape).sum(axis=(0, 1))


def _through_batch_norm(
    layer: Any, a: np.ndarray | None, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The affine row ``features @ a + b`` after a BatchNormalization layer (its moving
    statistics: reading a digit is inference)."""
    mean, var = (np.asarray(layer.moving_mean), np.asarray(layer.moving_variance))
    gamma = np.asarray(layer.gamma) if layer.scale else np.ones_like(mean)
    beta = np.asarray(layer.beta) if layer.center else np.zeros_like(mean)
    factor = gamma / np.sqrt(var + layer.epsilon)
    a = np.diag(factor) if a is None else a * factor
    return a, (b - mean) * factor + beta


def _scores_as_affine(
    layers: list[Any], features: np.ndarray
) -> tuple[np.ndarray, np.ndarray, list[tuple[str, int, int]]]:
    """The scores as ``features @ a + b``, following the row through ``layers`` (those after
    the Flatten) with each ReLU's open units fixed as ``features`` sets them.

    Returns ``a``, ``b`` and, for each hidden Dense layer, (name, units, units that fired).
    """
    # The row so far as an affine function of the features: values = features @ a + b
    # (``a`` None: the identity, not built: 800 x 800 times the first kernel cost ~15 ms).
    a: np.ndarray | None = None
    b = np.zeros(features.size)
    hidden: list[tuple[str, int, int]] = []
    for layer in layers:
        kind = type(layer).__name__
        if kind == "Dropout":
            continue  # nothing is dropped when reading a digit
        if kind == "BatchNormalization":
            a, b = _through_batch_norm(layer, a, b)
            continue
        if kind == "Dense":
            kernel, bias = kernel_and_bias(layer)
            a, b = (kernel.copy() if a is None else a @ kernel), b @ kernel + bias
        elif kind != "Activation":
            raise ExplainError(
                translate(
                    "explain.dense", "cannot follow the features through {name} ({kind})"
                ).format(name=layer.name, kind=kind)
            )
        if a is None:
            a = np.eye(features.size)  # an activation straight after Flatten
        name = activation_name(layer)
        is_last = layer is layers[-1]
        if name == "softmax" and is_last:
            break
        if name == "relu":
            fired = (features @ a + b) > 0
            a, b = a * fired, b * fired
            if kind == "Dense":
                hidden.append((layer.name, int(fired.size), int(fired.sum())))
        elif name != "linear":
            raise ExplainError(
                translate(
                    "explain.dense",
                    "{name} uses {activation}, not ReLU: its units do not split into shares",
                ).format(name=layer.name, activation=name)
            )
        elif kind == "Dense" and not is_last:
            hidden.append((layer.name, int(b.size), int(b.size)))
    if a is None:
        raise ExplainError(
            translate("explain.dense", "nothing after the Flatten layer turns the row into scores")
        )
    return a, b, hidden


def feature_contributions(
    model: Any, activations: dict[str, np.ndarray], image: np.ndarray, unit: int | None = None
) -> FeatureContributions:
    """Split a digit's score into the share of every flattened feature (see
    ``FeatureContributions``).

    Raises
    ------
    ExplainError
        No Flatten layer, or a layer after it this split cannot go through exactly (an
        activation other than ReLU before the output).
    """
    flats = [i for i, layer in enumerate(model.layers) if type(layer).__name__ == "Flatten"]
    if not flats:
        raise ExplainError(
            translate(
                "explain.dense", "the model has no Flatten layer: nothing is unrolled into a row"
            )
        )
    index = flats[-1]
    flatten = model.layers[index]
    unrolled = np.asarray(layer_input(model, activations, image, flatten.name), np.float64)
    features = unrolled.reshape(-1)
    source = model.layers[index - 1] if index > 0 else None
    shape = unrolled.shape if unrolled.ndim == 3 else (*unrolled.shape, 1)
    a, b, hidden = _scores_as_affine(list(model.layers[index + 1 :]), features)
    scores = features @ a + b
    if unit is None:
        unit = int(np.argmax(scores))
    e = np.exp(scores - scores.max())
    return FeatureContributions(
        flatten_layer=flatten.name,
        source_layer=source.name if source is not None and index > 0 else None,
        source_shape=tuple(int(d) for d in shape),
        features=features,
        unit=unit,
        contributions=features * a[:, unit],
        constant=float(b[unit]),
        scores=scores,
        probabilities=e / e.sum(),
        hidden=hidden,
    )
