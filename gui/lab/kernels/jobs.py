"""What the Kernel playground asks of workers: changing a filter of the session's model (in
the model worker), and comparing the network before and after on two frozen copies (in the
page's own worker, ``model.lab.filter_surgery.FilterLab``)."""

from __future__ import annotations

from typing import Any

import numpy as np

from gui.common.i18n import translate
from model.lab import filter_surgery as surgery
from model.lab import kernels as pg


class Engine:
    """What the page's worker keeps between jobs (touched only in the worker thread): the
    ``FilterLab`` of the current model's copies, which model (``generation``) and which list of
    edits (``version``) it holds, and the test digits it measures on."""

    def __init__(self) -> None:
        self.lab: surgery.FilterLab | None = None
        self.generation = -1
        self.version = 0
        self.subset: tuple[np.ndarray, np.ndarray] | None = None


def check_model(model: Any, key: int) -> None:
    """Refuse to change ``model`` unless it is the one the page's copies were taken from."""
    if id(model) != key:
        raise pg.PlaygroundError(
            translate(
                "lab.kernels.jobs", "the network changed in the meantime: nothing was changed"
            )
        )


def edit_job(
    model: Any, predictor: Any, key: int, layer: str, index: int, kernel: np.ndarray | None
) -> surgery.FilterEdit:
    """In the model worker: switch a filter off (``kernel`` None) or give it new weights."""
    check_model(model, key)
    if kernel is None:
        return surgery.knock_out(model, layer, index, predictor)
    return surgery.set_filter(
        model,
        layer,
        index,
        kernel,
        what=translate(
            "lab.kernels.jobs", "filter {index} of {layername} given new weights"
        ).format(index=index, layername=layer),
        predictor=predictor,
    )


def undo_job(model: Any, predictor: Any, key: int, edits: list[surgery.FilterEdit]) -> int:
    """In the model worker: undo ``edits``, newest first."""
    check_model(model, key)
    for edit in reversed(edits):
        surgery.restore(model, edit, predictor)
    return len(edits)


def build_lab(engine: Engine, frozen: Any, generation: int, n: int) -> dict[str, Any]:
    """In the page's worker: a ``FilterLab`` on two copies of ``frozen``, measured as trained
    on ``n`` fixed test digits."""
    from model.data.mnist import load_mnist

    if engine.subset is None or len(engine.subset[0]) != n:
        data = load_mnist()
        engine.subset = surgery.fixed_subset(data.x_test, data.y_test, n)
    engine.lab = None
    lab = surgery.FilterLab(frozen, *engine.subset)
    engine.lab, engine.generation, engine.version = lab, generation, 0
    before, _ = lab.accuracy()
    return {"generation": generation, "before": before}


def sync(engine: Engine, generation: int, version: int, edits: list) -> surgery.FilterLab | None:
    """The engine's ``FilterLab`` with ``edits`` applied, or None if it is of another model."""
    if engine.lab is None or engine.generation != generation:
        return None
    if engine.version != version:
        engine.lab.set_edits(edits)
        engine.version = version
    return engine.lab


def compare_job(
    engine: Engine, generation: int, version: int, edits: list, image: np.ndarray, layer: str
) -> dict[str, Any] | None:
    """In the page's worker: ``layer``'s feature maps and the answers for ``image``, before
    and after the edits; None if the page has moved on to another model."""
    lab = sync(engine, generation, version, edits)
    if lab is None:
        return None
    result = lab.compare(image, layer)
    filters = surgery.filters_of(lab.edited.model, layer)
    # Every filter's weights, not only the chosen one's: choosing another filter then shows
    # its weights at once, never the previous filter's while a new comparison is on its way.
    result.update(
        generation=generation, version=version, kernels=filters["kernel"], biases=filters["bias"]
    )
    return result


def accuracy_job(engine: Engine, generation: int, version: int, edits: list) -> dict | None:
    """In the page's worker: the test accuracy before and after the edits."""
    lab = sync(engine, generation, version, edits)
    if lab is None:
        return None
    before, after = lab.accuracy()
    return {"generation": generation, "version": version, "before": before, "after": after}
