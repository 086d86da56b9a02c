"""MNIST's arrays through the pipe to the training process as raw bytes, not pickled.

The header (name, dtype, shape of each array) travels with the job; each array follows as one
message of bytes, sent from a memoryview (no pickled copy, and the write releases the GIL).
"""

from __future__ import annotations

from typing import Any

import numpy as np

ARRAYS = ("x_train", "y_train", "x_test", "y_test")


def array_header(arrays: dict[str, np.ndarray]) -> list[tuple]:
    """(name, dtype, shape) of each of ``ARRAYS``, for the receiver to rebuild them."""
    header = []
    for name in ARRAYS:
        a = np.ascontiguousarray(arrays[name])
        header.append((name, a.dtype.str, a.shape))
    return header


def send_arrays(conn: Any, arrays: dict[str, np.ndarray]) -> None:
    """Each of ``ARRAYS`` as one message of raw bytes, in the header's order."""
    for name in ARRAYS:
        # A memoryview goes out without a pickled copy, and the write releases the GIL.
        conn.send_bytes(memoryview(np.ascontiguousarray(arrays[name])).cast("B"))


def receive_arrays(conn: Any, header: list[tuple]) -> dict[str, np.ndarray]:
    """The arrays ``array_header`` described, read from ``conn``."""
    out = {}
    for name, dtype, shape in header:
        out[name] = np.frombuffer(conn.recv_bytes(), dtype=np.dtype(dtype)).reshape(shape)
    return out
