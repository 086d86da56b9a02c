"""Fine-tuning: continue training a copy of a model on the user's training samples mixed into
MNIST (so it learns the new style without forgetting the old), through
``model.training.trainer``'s ``Trainer``, and measure accuracy before and after."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from model.data.mnist import MnistData
from model.data.preprocess import PREPROCESS_VERSION
from model.errors import DataError, TrainingError
from model.i18n import translate
from model.lab.handwriting.dataset import PersonalDataset
from model.lab.handwriting.mixing import mix_into_mnist
from model.words import sentence

_NOT_INHERITED = frozenset(
    {
        "history",
        "snapshot",
        "snapshot_key",
        "command",
        "status",
        "train_seconds",
        "samples_per_second",
        "created",
    }
)


@dataclass
class Scores:
    """Accuracy on the user's held-out samples (None when there are none) and on MNIST test."""

    personal: float | None
    personal_correct: int
    personal_n: int
    mnist: float
    mnist_n: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FineTuneResult:
    """How fine-tuning went. ``model`` is the new model (the original is untouched).

    ``after`` is None when the run was stopped before it finished.
    """

    model: Any
    status: str
    before: Scores
    after: Scores | None
    epochs_completed: int
    history: dict[str, list[float]]
    seconds: float
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Everything but the model, as plain data."""
        return {
            "status": self.status,
            "before": self.before.to_dict(),
            "after": None if self.after is None else self.after.to_dict(),
            "epochs_completed": self.epochs_completed,
            "history": {k: list(v) for k, v in self.history.items()},
            "seconds": self.seconds,
            "metadata": self.metadata,
        }


def score(predictor: Any, dataset_x: np.ndarray, dataset_y: np.ndarray, mnist: MnistData, n: int):
    """``Scores`` of a predictor on held-out samples and the first ``n`` MNIST test digits."""
    from model.evaluation import evaluate

    if len(dataset_x):
        personal = evaluate(predictor, dataset_x, dataset_y)
        p_acc, p_ok = float(personal.accuracy), int(round(personal.accuracy * personal.n))
    else:
        p_acc, p_ok = None, 0
    m = evaluate(predictor, mnist.x_test[:n], mnist.y_test[:n])
    return Scores(p_acc, p_ok, len(dataset_x), float(m.accuracy), int(m.n))


def fine_tune(
    model_or_frozen: Any,
    dataset: PersonalDataset,
    mnist: MnistData,
    epochs: int = 3,
    mix_ratio: float = 0.25,
    learning_rate: float = 5e-4,
    seed: int = 0,
    events: Any = None,
    should_stop: Callable[[], bool] | None = None,
    *,
    mnist_digits: int = 4000,
    eval_digits: int = 2000,
    batch_size: int = 64,
    spec: list[dict] | None = None,
) -> FineTuneResult:
    """Continue training a copy of a model on the user's samples mixed with MNIST digits.

    Parameters
    ----------
    model_or_frozen
        A Keras model or a ``model.network.sharing.FrozenModel``; it is copied, never changed.
    dataset
        The user's samples: the training ones are learnt, the held-out ones only measured.
    mnist
        MNIST; ``mnist_digits`` of its training digits (a seeded random choice) are mixed in
        so the network does not forget how others write, and the first ``eval_digits`` test
        digits measure whether it did.
    epochs, learning_rate, batch_size, seed
        The run's settings: a few epochs at a low rate nudge the weights without a rewrite.
    mix_ratio
        The share of each epoch (and so, on average, of each batch) that is copies of the
        user's samples, lightly augmented since they are few.
    events
        ``model.training.config.TrainingEvents`` for progress; ``message`` also names the stages.
    should_stop
        Polled after every batch; True stops the run (``status`` "stopped", no ``after``).
    spec
        The architecture, for a model whose metadata does not carry it.

    Raises
    ------
    DataError
        The dataset is not ready (see ``PersonalDataset.readiness``).
    TrainingError
        The model has no known architecture, or training failed.
    """
    from model.training.config import TrainingEvents

    problem = dataset.readiness()
    if problem:
        raise DataError(sentence(problem))
    frozen, meta, spec = _frozen_with_spec(model_or_frozen, spec)
    settings = _Settings(
        epochs, mix_ratio, learning_rate, seed, mnist_digits, eval_digits, batch_size
    )
    events = events or TrainingEvents()
    stop = should_stop or (lambda: False)
    return _tune(frozen, meta, spec, dataset, mnist, settings, events, stop)


@dataclass(frozen=True)
class _Settings:
    """A fine-tuning run's settings, as ``fine_tune`` takes them."""

    epochs: int
    mix_ratio: float
    learning_rate: float
    seed: int
    mnist_digits: int
    eval_digits: int
    batch_size: int


def _tune(
    frozen: Any,
    meta: dict[str, Any],
    spec: list[dict],
    dataset: PersonalDataset,
    mnist: MnistData,
    s: _Settings,
    events: Any,
    stop: Callable[[], bool],
) -> FineTuneResult:
    """``fine_tune`` once its inputs are checked: measure, train a copy, measure again."""
    from model.network.predictor import Predictor
    from model.network.sharing import thaw_keras
    from model.training.config import TrainConfig

    started = time.perf_counter()
    model = thaw_keras(frozen)
    predictor = Predictor(model)
    hx, hy = dataset.arrays("held_out")
    _say(events, translate("lab.handwriting.finetune", "measuring the network before fine-tuning"))
    before = score(predictor, hx, hy, mnist, s.eval_digits)
    if stop():
        return FineTuneResult(model, "stopped", before, None, 0, {}, 0.0, meta)

    data, extra, n_m = _training_mix(mnist, dataset, s.mnist_digits, s.mix_ratio, s.seed)
    config = TrainConfig(
        epochs=s.epochs,
        batch_size=s.batch_size,
        learning_rate=s.learning_rate,
        seed=s.seed,
        snapshot_every=0,
    )
    result = _train(spec, config, data, model, events, stop)
    # Training changed the weights in place; the predictor's one-digit NumPy path holds copies
    # of the old ones, and would score a held-out set of one or two digits with them.
    predictor.weights_changed()
    if result.status == "diverged":
        raise TrainingError(result.message)
    seconds = time.perf_counter() - started
    fine = {
        "from": meta.get("name") or meta.get("preset") or "model",
        "epochs": s.epochs,
        "learning_rate": s.learning_rate,
        "mnist_digits": n_m,
        "eval_digits": s.eval_digits,
        "seed": s.seed,
        "personal_data": extra,
        "before": before.to_dict(),
    }
    if result.status != "completed" or stop():
        return FineTuneResult(
            model, "stopped", before, None, result.epochs_completed, result.history, seconds, meta
        )
    _say(events, translate("lab.handwriting.finetune", "measuring the network after fine-tuning"))
    after = score(predictor, hx, hy, mnist, s.eval_digits)
    fine["after"] = after.to_dict()
    return FineTuneResult(
        model,
        "completed",
        before,
        after,
        result.epochs_completed,
        result.history,
        time.perf_counter() - started,
        _tuned_metadata(meta, spec, fine, after),
    )


def _say(events: Any, text: str) -> None:
    """Name a stage of the run to whoever listens (``TrainingEvents.message``)."""
    if events.message:
        events.message(text)


def _frozen_with_spec(
    model_or_frozen: Any, spec: list[dict] | None
) -> tuple[Any, dict[str, Any], list[dict]]:
    """A frozen copy of the model, its metadata and its architecture (``spec`` if given)."""
    from model.network.sharing import FrozenModel, freeze

    frozen = model_or_frozen if isinstance(model_or_frozen, FrozenModel) else None
    if frozen is None:
        from model.backend import graph_lock

        with graph_lock:
            frozen = freeze(model_or_frozen)
    meta = dict(frozen.metadata)
    spec = spec or meta.get("spec")
    if not spec:
        raise TrainingError(
            translate(
                "lab.handwriting.finetune",
                "this model does not record its architecture, so it cannot be fine-tuned here",
            )
        )
    return frozen, meta, spec


def _training_mix(
    mnist: MnistData, dataset: PersonalDataset, mnist_digits: int, mix_ratio: float, seed: int
) -> tuple[MnistData, dict[str, Any], int]:
    """A seeded choice of ``mnist_digits`` MNIST training digits with the user's training
    samples mixed in; also what was mixed in and how many MNIST digits were chosen."""
    rng = np.random.default_rng(seed)
    n_m = min(mnist_digits, len(mnist.x_train))
    pick = np.sort(rng.choice(len(mnist.x_train), n_m, replace=False))
    data, extra = mix_into_mnist(
        MnistData(
            mnist.x_train[pick], mnist.y_train[pick], mnist.x_test, mnist.y_test, mnist.source
        ),
        dataset,
        mix_ratio,
        seed,
    )
    return data, extra, n_m


def _train(
    spec: list[dict], config: Any, data: MnistData, model: Any, events: Any, stop: Callable
) -> Any:
    """Run a ``Trainer`` on ``model`` itself, stopping after the batch at which ``stop()``
    turns True; returns its ``TrainResult``."""
    from model.training.config import TrainingEvents
    from model.training.trainer import Trainer

    trainer_box: list[Any] = []

    def batch_ended(info: dict) -> None:
        if stop():
            trainer_box[0].request_stop()
        if events.batch_ended:
            events.batch_ended(info)

    run_events = TrainingEvents(
        batch_ended=batch_ended,
        epoch_ended=events.epoch_ended,
        message=events.message,
    )
    trainer = Trainer(spec, config, data, run_events, initial_model=model)
    trainer_box.append(trainer)
    return trainer.run()


def _tuned_metadata(
    meta: dict[str, Any], spec: list[dict], fine: dict[str, Any], after: Scores
) -> dict[str, Any]:
    """The tuned model's metadata: the original's, less what described the original run."""
    name = meta.get("name") or "model"
    return {
        # What described the original run (its command, timings) no longer describes this one.
        **{k: v for k, v in meta.items() if k not in _NOT_INHERITED},
        "name": name if name.endswith("+ you") else f"{name} + you",
        "spec": spec,
        "fine_tuned": fine,
        "test_accuracy": after.mnist,
        "test_n": after.mnist_n,
        "preprocess_version": PREPROCESS_VERSION,
    }
