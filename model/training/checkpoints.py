"""What a checkpoint holds beyond Keras's own file: its name, and the layers' random states."""

from __future__ import annotations

import numpy as np

CHECKPOINT_NAME = "checkpoint.keras"


def seed_states(model) -> dict[str, list[int]]:
    """Where each layer's random numbers (Dropout's masks) have got to, by layer name.

    Keras saves weights and optimizer state but not these, so a checkpoint keeps them in its
    metadata: a resumed run then drops the same units an uninterrupted one would.
    """
    states = {}
    for layer in model.layers:
        generator = getattr(layer, "seed_generator", None)
        if generator is not None:
            states[layer.name] = [int(v) for v in np.asarray(generator.state.numpy()).ravel()]
    return states


def set_seed_states(model, states: dict[str, list[int]]) -> None:
    """Put back the random states ``seed_states`` recorded (layers without one are skipped)."""
    for layer in model.layers:
        generator = getattr(layer, "seed_generator", None)
        value = states.get(layer.name) if isinstance(states, dict) else None
        if generator is not None and isinstance(value, list) and len(value) == 2:
            generator.state.assign(np.asarray(value, dtype=generator.state.dtype))
