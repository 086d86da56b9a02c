"""Model-worker jobs more than one Inspect view sends: tagging an answer with the model it is
about, and every layer described with its weights.

Both have the ``run_on_model`` signature ``fn(network, predictor, *args)`` and run in the
``ModelWorker`` thread, which owns the network; they return plain dicts.
"""

from __future__ import annotations

from typing import Any

from model import explain


def tagged(model: Any, predictor: Any, token: int, fn: Any, *args: Any) -> dict[str, Any]:
    """Run ``fn`` and return its result with ``token``, so the UI can drop stale answers."""
    return {"token": token, "result": fn(model, predictor, *args)}


def describe_layers(model: Any, predictor: Any) -> dict[str, Any]:
    """Every layer's kind, activation, shapes and weights (``model.explain.describe_layers``)."""
    return {"layers": explain.describe_layers(model)}
