"""The other network: the one the current model is compared with, shared by every tab.

The Inspect tab's "Two networks" view chooses it (the shipped dense network, a model file, a
snapshot of the last training run, or a copy of the current model as it is now); the Draw tab
shows its answer under the current one's. ``ModelSession`` owns the one ``SecondNetwork``, so
tabs never see each other.

The other network lives in a worker of its own (``convscope-second``, started when a network is
first chosen), never in the model worker: its answers never delay the current model's. It
follows the session's digit, but computes only while someone looks (``want``): a view that
wants its answers registers, with or without every layer's output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gui.common.i18n import translate
from gui.common.workers import Worker
from model.data.mnist import PROJECT_ROOT

SHIPPED_DENSE = PROJECT_ROOT / "resources" / "models" / "mlp.keras"


def file_source(path: str | Path) -> dict[str, Any]:
    """A network to compare with, from a ``.keras`` file."""
    return {"kind": "file", "path": str(path)}


def snapshot_source(spec: list[dict], weights: list[np.ndarray], text: str) -> dict[str, Any]:
    """A network to compare with: a training snapshot (the run's spec and copied weights)."""
    return {"kind": "snapshot", "spec": list(spec), "weights": list(weights), "text": text}


def frozen_source(frozen: Any, name: str, text: str) -> dict[str, Any]:
    """A network to compare with: a ``model.network.sharing.FrozenModel`` (a copy of the current
    one)."""
    return {"kind": "frozen", "frozen": frozen, "name": name, "text": text}


class _Holder:
    """The other network and its predictor; touched only in the second worker's thread."""

    def __init__(self) -> None:
        self.net: Any = None
        self.predictor: Any = None
        self.generation = -1  # of the ``choose`` call that made ``net``


def _build(source: dict[str, Any]) -> tuple[Any, str, str]:
    """(network, name, where it comes from in words) for a source (in the worker)."""
    from model.architectures import spec_config
    from model.network.network import Network
    from model.network.sharing import thaw
    from model.storage import load_model

    if source["kind"] == "file":
        loaded = load_model(source["path"])
        path = Path(source["path"])
        where = translate("common.second_network", "the file {name}").format(name=path.name)
        return loaded.model, str(loaded.metadata.get("name") or path.stem), where
    if source["kind"] == "snapshot":
        net = Network(spec_config(source["spec"]))
        net.set_weights(source["weights"])
        name = translate("common.second_network", "training, {snapshot}")
        where = translate("common.second_network", "the last training run, {snapshot}")
        return net, name.format(snapshot=source["text"]), where.format(snapshot=source["text"])
    return thaw(source["frozen"]), source["name"], source["text"]


def kind_words(layers: list[dict]) -> str:
    """ "a CNN" or "a dense network", from ``network_summary`` layers."""
    if any(la["type"] == "Conv2D" for la in layers):
        return translate("common.second_network", "a CNN")
    return translate("common.second_network", "a dense network")


class SecondNetwork(QObject):
    """The network compared with the current one, in a worker of its own.

    Signals
    -------
    changed(object)
        The other network is now this one: a dict with ``name``, ``source`` (in words),
        ``kind`` ("a CNN"...), ``layers`` (``network_summary``), ``described`` (each layer
        with its weights, ``model.explain.describe_layers``), ``frozen`` (a copy for
        other workers) and ``generation``; or None: there is none any more.
    answered(object)
        Its answer on the session's digit: ``seq``, ``probabilities``, ``label``,
        ``confidence``, ``generation`` and, when a view wants them, ``activations``.
    jobFinished(str, object)
        Kind and result of a ``run`` job on the other network.
    failed(str, str, str)
        Kind ("load", "predict" or a ``run`` kind), one-line message and details. A network
        that fails to load leaves the previous one in place.
    """

    changed = Signal(object)
    answered = Signal(object)
    jobFinished = Signal(str, object)
    failed = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.info: dict[str, Any] | None = None
        self.loading = False
        self._worker: Worker | None = None
        self._holder = _Holder()
        self._generation = 0
        self._last: tuple[int, np.ndarray] | None = None
        self._wanted: dict[str, bool] = {}  # who looks -> whether it wants every layer's output
        self.last_answer: dict[str, Any] | None = None

    # ----------------------------------------------------------------- choosing

    def choose(self, source: dict[str, Any]) -> None:
        """Compare with the network ``source`` describes (``file_source``...); ``changed`` or
        ``failed("load", ...)`` follows."""
        self._generation += 1
        self.loading = True
        self._ensure_worker().submit("load", self._load, source, self._generation)

    def clear(self) -> None:
        """Stop comparing: ``changed(None)`` follows at once."""
        self._generation += 1
        self.loading = False
        self.info = None
        self.last_answer = None
        if self._worker is not None:
            self._worker.submit("load", self._drop)
        self.changed.emit(None)

    # ----------------------------------------------------------------- following the digit

    def want(self, who: str, wanted: bool, activations: bool = False) -> None:
        """Say whether ``who`` shows the other network's answers (and every layer's output)."""
        was = self._wanted.get(who)
        if wanted:
            self._wanted[who] = bool(activations)
        else:
            self._wanted.pop(who, None)
        if wanted and was != self._wanted.get(who):
            self.predict_again()

    @Slot(object)
    def follow(self, prediction: dict) -> None:
        """The session's newest prediction: answer on the same digit (while wanted)."""
        image = prediction.get("image")
        if image is None:
            return
        self._last = (int(prediction["seq"]), np.asarray(image, np.float32))
        self.predict_again()

    @Slot(int)
    def forget(self, _seq: int) -> None:
        """The canvas is blank: there is nothing to answer."""
        self._last = None
        self.last_answer = None

    def predict_again(self) -> None:
        """Answer on the last digit again (a view just appeared, a network just loaded)."""
        if self._last is None or self.info is None or not self._wanted or self._worker is None:
            return
        seq, image = self._last
        activations = any(self._wanted.values())
        self._worker.submit("predict", self._predict, seq, image, activations)

    def run(self, kind: str, fn: Any, *args: Any) -> None:
        """Run ``fn(network, predictor, *args)`` on the other network, in its worker:
        ``jobFinished(kind, {"generation", "result"})`` or ``failed(kind, ...)`` follows."""
        if self._worker is not None:
            self._worker.submit(f"job:{kind}", self._job, kind, fn, args)

    def is_current(self, payload: dict) -> bool:
        """Whether an answer or job result is about the network shown now."""
        return self.info is not None and payload.get("generation") == self.info["generation"]

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return True if self._worker is None else self._worker.stop(timeout_ms)

    # ----------------------------------------------------------------- worker side

    def _ensure_worker(self) -> Worker:
        if self._worker is None:
            self._worker = Worker("convscope-second")
            self._worker.finished.connect(self._on_worker_finished)
            self._worker.errored.connect(self._on_worker_errored)
            self._worker.start()
        return self._worker

    def _load(self, source: dict[str, Any], generation: int) -> dict[str, Any]:
        from model.explain import describe_layers
        from model.network.network import network_summary
        from model.network.predictor import Predictor
        from model.network.sharing import freeze

        net, name, where = _build(source)
        predictor = Predictor(net)
        # Only now: a file that fails to load leaves the previous network answering.
        self._holder.net, self._holder.predictor = net, predictor
        self._holder.generation = generation
        layers = network_summary(net)
        return {
            "generation": generation,
            "name": name,
            "source": where,
            "kind": kind_words(layers),
            "path": source.get("path", ""),
            "layers": layers,
            "described": describe_layers(net),
            "frozen": freeze(net, {"name": name}),
        }

    def _drop(self) -> None:
        self._holder.net = self._holder.predictor = None
        self._holder.generation = -1

    def _predict(self, seq: int, image: np.ndarray, activations: bool) -> dict:
        predictor, generation = self._holder.predictor, self._holder.generation
        if predictor is None:
            return {"generation": -1}
        if activations:
            prediction = predictor.predict(image)
            probabilities, acts = prediction.probabilities, prediction.activations
        else:
            probabilities, acts = predictor.probabilities(image[np.newaxis])[0], None
        result = {
            "generation": generation,
            "seq": seq,
            "probabilities": np.asarray(probabilities, np.float64),
            "label": int(np.argmax(probabilities)),
            "confidence": float(np.max(probabilities)),
        }
        if acts is not None:
            result["activations"] = acts
        return result

    def _job(self, kind: str, fn: Any, args: tuple) -> dict:
        if self._holder.net is None:
            return {"generation": -1, "kind": kind}
        result = fn(self._holder.net, self._holder.predictor, *args)
        return {"generation": self._holder.generation, "kind": kind, "result": result}

    # ----------------------------------------------------------------- results (UI thread)

    @Slot(str, object)
    def _on_worker_finished(self, kind: str, result: Any) -> None:
        if kind == "load":
            if result is None or result.get("generation") != self._generation:
                return  # cleared, or another network chosen since
            self.loading = False
            self.info = result
            self.changed.emit(result)
            self.predict_again()
        elif kind == "predict":
            last_seq = None if self._last is None else self._last[0]
            if self.is_current(result) and result["seq"] == last_seq:
                self.last_answer = result
                self.answered.emit(result)
        elif kind.startswith("job:") and self.is_current(result):
            self.jobFinished.emit(result["kind"], result)

    @Slot(str, str, str)
    def _on_worker_errored(self, kind: str, message: str, details: str) -> None:
        if kind == "load":
            self.loading = False
        self.failed.emit(kind.removeprefix("job:"), message, details)
