"""Architectures the tests train: small enough that a run on a few hundred digits takes seconds."""

from __future__ import annotations

# One 4-filter convolution, pooling and the classifier: 6,810 parameters.
TINY_CNN = [
    {"type": "Conv2D", "filters": 4, "kernel_size": 3, "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]
