"""What "Export for slides…" runs in the model's worker: each job renders its frames or its
handout with ``model.export`` on the current network and writes the file.

Each is a ``ModelSession.run_on_model`` job, ``fn(network, predictor, *args)``, returning a
plain dict (``path``, and ``frames`` for an animation). They run where the network lives, so
they read the weights shown, never half-updated ones; an export takes about a second, during
which the digit's answer waits.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model.data.mnist import PROJECT_ROOT

SHIPPED_COMPARISON = PROJECT_ROOT / "resources" / "models" / "mlp.keras"


def slide_job(
    network: Any,
    _predictor: Any,
    image: np.ndarray,
    layer: str | None,
    channel: int | None,
    frames: int,
    path: str,
) -> dict[str, Any]:
    """ "Slide the filter" on ``image`` (``model.export.slide``) written to ``path``."""
    from model.export.slide import slide_filter_frames
    from model.export.writer import write_animation

    pictures = slide_filter_frames(network, image, layer, channel, frames)
    return {"path": str(write_animation(pictures, path)), "frames": len(pictures)}


def replay_job(
    network: Any,
    _predictor: Any,
    snapshots: list[tuple[str, list[np.ndarray]]],
    image: np.ndarray,
    path: str,
) -> dict[str, Any]:
    """The training replay of ``snapshots`` on ``image`` (``model.export.replay``)."""
    from model.export.replay import training_replay_frames
    from model.export.writer import write_animation

    pictures = training_replay_frames(network, snapshots, image)
    return {"path": str(write_animation(pictures, path)), "frames": len(pictures)}


def sweep_job(
    network: Any,
    predictor: Any,
    image: np.ndarray,
    sweep: str,
    frames: int,
    names: tuple[str, str],
    comparison: str | None,
    path: str,
    base: dict[str, float] | None = None,
) -> dict[str, Any]:
    """The robustness sweep (``model.export.sweep``): the current network, named
    ``names[0]``, and, if ``comparison`` is a model file, that one as ``names[1]``; the
    parameters not swept stay at ``base``."""
    from model.export.sweep import robustness_sweep_frames
    from model.export.writer import write_animation
    from model.network.predictor import Predictor
    from model.storage import load_model

    predictors = {names[0]: predictor}
    if comparison:
        predictors[names[1]] = Predictor(load_model(comparison).model)
    pictures = robustness_sweep_frames(predictors, image, sweep, frames, base)
    return {"path": str(write_animation(pictures, path)), "frames": len(pictures)}


def handout_job(
    network: Any,
    _predictor: Any,
    image: np.ndarray,
    name: str,
    metadata: dict[str, Any],
    source: str,
    path: str,
) -> dict[str, Any]:
    """The lesson handout (``model.export.handout``) of the current network and ``image``."""
    from model.export.handout import handout_html, measure, write_handout

    test = measure(network, None, metadata)
    text = handout_html(network, image, name, test, source, metadata)
    return {"path": str(write_handout(text, path)), "frames": 0}
