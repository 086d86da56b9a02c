"""Keras's activation functions in NumPy, each with its derivative (for saliency gradients).

Each entry reproduces ``keras.activations.<name>`` with its default arguments, as a layer whose
config says ``"activation": "<name>"`` calls it, to float32 rounding (checked against Keras by
``tests/test_model_network.py``). A name missing here is an activation the NumPy network does
not compute; a model using it runs on TensorFlow instead (``model.network.network``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Activation:
    """An activation function ``fn(z)`` and ``grad(z, dy)``: the gradient reaching ``z``."""

    name: str
    fn: Callable[[Array], Array]
    grad: Callable[[Array, Array], Array]

    @property
    def __name__(self) -> str:  # the Keras function's name, which older code reads
        return self.name

    def __call__(self, z: Array) -> Array:
        return self.fn(z)


def _sigmoid(z: Array) -> Array:
    # exp of a negative number only: no overflow warning for large |z|.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(z.dtype, copy=False)


def _softplus(z: Array) -> Array:
    return np.logaddexp(np.zeros((), z.dtype), z)


def _softmax(z: Array) -> Array:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _softmax_grad(z: Array, dy: Array) -> Array:
    s = _softmax(z)
    return s * (dy - (dy * s).sum(axis=-1, keepdims=True))


def _log_softmax(z: Array) -> Array:
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _log_softmax_grad(z: Array, dy: Array) -> Array:
    return dy - _softmax(z) * dy.sum(axis=-1, keepdims=True)


# Abramowitz and Stegun 7.1.26 is too coarse (1.5e-7 absolute, ~1e-6 relative near 0) for
# gelu's small inputs; this is erf from its Taylor series near zero and from erfc's continued
# fraction form (W. J. Cody's rational approximations) elsewhere, both in float64.
_ERF_SMALL = np.array(
    [
        3.16112374387056560e00,
        1.13864154151050156e02,
        3.77485237685302021e02,
        3.20937758913846947e03,
        1.85777706184603153e-1,
    ]
)
_ERF_SMALL_Q = np.array(
    [2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03]
)
_ERFC_MID_P = np.array(
    [
        5.64188496988670089e-1,
        8.88314979438837594e00,
        6.61191906371416295e01,
        2.98635138197400131e02,
        8.81952221241769090e02,
        1.71204761263407058e03,
        2.05107837782607147e03,
        1.23033935479799725e03,
        2.15311535474403846e-8,
    ]
)
_ERFC_MID_Q = np.array(
    [
        1.57449261107098347e01,
        1.17693950891312499e02,
        5.37181101862009858e02,
        1.62138957456669019e03,
        3.29079923573345963e03,
        4.36261909014324716e03,
        3.43936767414372164e03,
        1.23033935480374942e03,
    ]
)
_ERFC_BIG_P = np.array(
    [
        3.05326634961232344e-1,
        3.60344899949804439e-1,
        1.25781726111229246e-1,
        1.60837851487422766e-2,
        6.58749161529837803e-4,
        1.63153871373020978e-2,
    ]
)
_ERFC_BIG_Q = np.array(
    [
        2.56852019228982242e00,
        1.87295284992346725e00,
        5.27905102951428412e-1,
        6.05183413124413191e-2,
        2.33520497626869185e-3,
    ]
)


def erf(x: Array) -> Array:
    """The error function in float64 to ~1e-15 (Cody 1969), for any array."""
    x = np.asarray(x, np.float64)
    a = np.abs(x)
    out = np.empty_like(a)
    small = a <= 0.5
    if small.any():
        y = a[small]
        z = y * y
        num = _ERF_SMALL[4] * z
        den = z
        for i in range(3):
            num = (num + _ERF_SMALL[i]) * z
            den = (den + _ERF_SMALL_Q[i]) * z
        out[small] = y * (num + _ERF_SMALL[3]) / (den + _ERF_SMALL_Q[3])
    mid = (a > 0.5) & (a <= 4.0)
    if mid.any():
        y = a[mid]
        num = _ERFC_MID_P[8] * y
        den = y
        for i in range(7):
            num = (num + _ERFC_MID_P[i]) * y
            den = (den + _ERFC_MID_Q[i]) * y
        erfc = (num + _ERFC_MID_P[7]) / (den + _ERFC_MID_Q[7]) * np.exp(-y * y)
        out[mid] = 1.0 - erfc
    big = a > 4.0
    if big.any():
        y = a[big]
        z = 1.0 / (y * y)
        num = _ERFC_BIG_P[5] * z
        den = z
        for i in range(4):
            num = (num + _ERFC_BIG_P[i]) * z
            den = (den + _ERFC_BIG_Q[i]) * z
        r = z * (num + _ERFC_BIG_P[4]) / (den + _ERFC_BIG_Q[4])
        r = (1.0 / math.sqrt(math.pi) - r) / y
        out[big] = 1.0 - r * np.exp(-y * y)
    return np.copysign(out, x)


def _gelu(z: Array) -> Array:
    return (0.5 * z * (1.0 + erf(z / math.sqrt(2.0)))).astype(z.dtype, copy=False)


def _gelu_grad(z: Array, dy: Array) -> Array:
    zz = z.astype(np.float64)
    cdf = 0.5 * (1.0 + erf(zz / math.sqrt(2.0)))
    pdf = np.exp(-0.5 * zz * zz) / math.sqrt(2.0 * math.pi)
    return (dy * (cdf + zz * pdf)).astype(z.dtype, copy=False)


_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946
_LEAKY_SLOPE = 0.2  # keras.activations.leaky_relu's default negative_slope


def _elementwise(name: str, fn: Callable[[Array], Array], df: Callable[[Array], Array]):
    return Activation(name, fn, lambda z, dy: dy * df(z))


def _hard_sigmoid(z: Array) -> Array:
    return np.clip(z + 3.0, 0.0, 6.0).astype(z.dtype, copy=False) / np.float32(6.0)


def _one(z: Array) -> Array:
    return np.ones_like(z)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        _elementwise("linear", lambda z: z, _one),
        _elementwise("relu", lambda z: np.maximum(z, 0), lambda z: (z > 0).astype(z.dtype)),
        _elementwise("tanh", np.tanh, lambda z: 1.0 - np.tanh(z) ** 2),
        _elementwise("sigmoid", _sigmoid, lambda z: _sigmoid(z) * (1.0 - _sigmoid(z))),
        _elementwise(
            "elu",
            lambda z: np.where(z > 0, z, np.expm1(np.minimum(z, 0))),
            lambda z: np.where(z > 0, 1.0, np.exp(np.minimum(z, 0))).astype(z.dtype),
        ),
        _elementwise(
            "selu",
            lambda z: _SELU_SCALE * np.where(z > 0, z, _SELU_ALPHA * np.expm1(np.minimum(z, 0))),
            lambda z: _SELU_SCALE * np.where(z > 0, 1.0, _SELU_ALPHA * np.exp(np.minimum(z, 0))),
        ),
        Activation("gelu", _gelu, _gelu_grad),
        _elementwise(
            "swish", lambda z: z * _sigmoid(z), lambda z: _sigmoid(z) * (1 + z * (1 - _sigmoid(z)))
        ),
        _elementwise(
            "silu", lambda z: z * _sigmoid(z), lambda z: _sigmoid(z) * (1 + z * (1 - _sigmoid(z)))
        ),
        _elementwise("softplus", _softplus, _sigmoid),
        _elementwise("softsign", lambda z: z / (1 + np.abs(z)), lambda z: 1 / (1 + np.abs(z)) ** 2),
        _elementwise(
            "relu6",
            lambda z: np.clip(z, 0, 6),
            lambda z: ((z > 0) & (z < 6)).astype(z.dtype),
        ),
        _elementwise(
            "leaky_relu",
            lambda z: np.where(z > 0, z, _LEAKY_SLOPE * z).astype(z.dtype, copy=False),
            lambda z: np.where(z > 0, 1.0, _LEAKY_SLOPE).astype(z.dtype),
        ),
        _elementwise(
            "hard_sigmoid",
            _hard_sigmoid,
            lambda z: ((z > -3) & (z < 3)).astype(z.dtype) / np.float32(6.0),
        ),
        _elementwise(
            "hard_silu",
            lambda z: z * _hard_sigmoid(z),
            lambda z: _hard_sigmoid(z) + z * ((z > -3) & (z < 3)) / np.float32(6.0),
        ),
        _elementwise("exponential", np.exp, np.exp),
        _elementwise(
            "mish",
            lambda z: z * np.tanh(_softplus(z)),
            lambda z: np.tanh(_softplus(z)) + z * _sigmoid(z) * (1 - np.tanh(_softplus(z)) ** 2),
        ),
        Activation("softmax", _softmax, _softmax_grad),
        Activation("log_softmax", _log_softmax, _log_softmax_grad),
    )
}
ACTIVATIONS["hard_swish"] = Activation(
    "hard_swish", ACTIVATIONS["hard_silu"].fn, ACTIVATIONS["hard_silu"].grad
)


def get(name: object) -> Activation | None:
    """The activation a Keras config names, or None when NumPy does not reproduce it."""
    if name is None:
        return ACTIVATIONS["linear"]
    if isinstance(name, str):
        return ACTIVATIONS.get(name)
    return None
