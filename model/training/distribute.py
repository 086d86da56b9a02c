"""Training on more than one device or machine, through TensorFlow's own ``tf.distribute``.

A run names a strategy (``TrainConfig.strategy``):

- ``default``: no strategy, one device, what training always did;
- ``mirrored``: ``tf.distribute.MirroredStrategy`` over every GPU of this machine, or over its
  logical CPU devices when it has no GPU; each batch is split between the devices, and their
  gradients are averaged before one shared update;
- ``multiworker``: ``tf.distribute.MultiWorkerMirroredStrategy`` over the machines that the
  ``TF_CONFIG`` environment variable lists; every machine runs the same training command.

The batch size is global: a batch of 128 on two devices is 64 digits each, so a spec and its
settings train the same network whatever runs them. Only the model and its optimizer need to be
created inside ``strategy.scope()``; the ``Trainer`` does that.

``CONVSCOPE_LOGICAL_CPUS=N`` splits the CPU into N logical devices when TensorFlow loads
(``model.backend.keras``): that is how a machine without GPUs runs, and tests, ``mirrored``.

Nothing here imports TensorFlow at module level: deciding what to offer takes plain numbers.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
from collections.abc import Mapping
from typing import Any

from model.errors import TrainingError
from model.i18n import translate

STRATEGIES = ("default", "mirrored", "multiworker")
LOGICAL_CPUS_ENV = "CONVSCOPE_LOGICAL_CPUS"
TF_CONFIG_ENV = "TF_CONFIG"
_MAX_LOGICAL_CPUS = 64


def check_strategy(name: Any) -> str:
    """Return ``name`` if it names a strategy; raise TrainingError saying which ones do."""
    if name not in STRATEGIES:
        raise TrainingError(
            translate("training.distribute", "strategy must be one of {names}, not {name}").format(
                names=", ".join(STRATEGIES), name=repr(name)
            )
        )
    return name


# ---------------------------------------------------------------------------- the cluster


def read_tf_config(environ: Mapping[str, str] | None = None) -> dict[str, Any] | None:
    """The cluster that ``TF_CONFIG`` describes, checked; None when it is not set.

    ``TF_CONFIG`` is TensorFlow's own JSON, the same on every machine but for ``task``::

        {"cluster": {"worker": ["host1:12345", "host2:12345"]},
         "task": {"type": "worker", "index": 0}}

    Raises
    ------
    TrainingError
        With one line naming what is wrong, before TensorFlow would fail on it obscurely.
    """
    environ = os.environ if environ is None else environ
    text = environ.get(TF_CONFIG_ENV, "").strip()
    if not text:
        return None
    try:
        config = json.loads(text)
    except ValueError:
        raise TrainingError(
            translate("training.distribute", "TF_CONFIG is not valid JSON")
        ) from None
    if not isinstance(config, dict):
        raise TrainingError(
            translate(
                "training.distribute", "TF_CONFIG must be a JSON object with 'cluster' and 'task'"
            )
        )
    cluster = config.get("cluster")
    if not isinstance(cluster, dict) or not cluster:
        raise TrainingError(
            translate(
                "training.distribute",
                "TF_CONFIG has no 'cluster' listing the workers' host:port addresses",
            )
        )
    _check_cluster(cluster)
    task = config.get("task")
    if not isinstance(task, dict):
        raise TrainingError(
            translate(
                "training.distribute", "TF_CONFIG has no 'task' saying which worker this machine is"
            )
        )
    role, index = task.get("type"), task.get("index", 0)
    if role not in cluster or role == "evaluator":
        raise TrainingError(
            translate(
                "training.distribute",
                "TF_CONFIG: task type {role} is not a training role of the cluster",
            ).format(role=repr(role))
        )
    if not isinstance(index, int) or not 0 <= index < len(cluster[role]):
        raise TrainingError(
            translate(
                "training.distribute",
                "TF_CONFIG: task index {index} is not one of the {n} {role} addresses",
            ).format(index=repr(index), n=len(cluster[role]), role=role)
        )
    return {"cluster": cluster, "task": {"type": role, "index": index}}


def _check_cluster(cluster: dict[str, Any]) -> None:
    """``TF_CONFIG``'s ``cluster``: chief and workers, each a list of host:port addresses."""
    for role, addresses in cluster.items():
        if role not in ("chief", "worker", "evaluator"):
            raise TrainingError(
                translate(
                    "training.distribute", "TF_CONFIG: cluster role {role} is not chief or worker"
                ).format(role=repr(role))
            )
        if (
            not isinstance(addresses, list)
            or not addresses
            or not all(isinstance(a, str) and ":" in a for a in addresses)
        ):
            raise TrainingError(
                translate(
                    "training.distribute",
                    "TF_CONFIG: cluster {role} must be a list of host:port strings",
                ).format(role=repr(role))
            )
    if len(cluster.get("chief", [])) > 1:
        raise TrainingError(
            translate("training.distribute", "TF_CONFIG: a cluster has at most one chief")
        )
    if not cluster.get("worker") and not cluster.get("chief"):
        raise TrainingError(
            translate("training.distribute", "TF_CONFIG: the cluster lists no workers")
        )


def cluster_workers(tf_config: dict[str, Any] | None) -> int:
    """How many machines train together (1 without a cluster)."""
    if tf_config is None:
        return 1
    cluster = tf_config["cluster"]
    return len(cluster.get("chief", [])) + len(cluster.get("worker", []))


def is_chief(tf_config: dict[str, Any] | None) -> bool:
    """True for the machine that writes checkpoints and the model: the chief if the cluster
    has one, else worker 0 (TensorFlow's own convention); always true without a cluster."""
    if tf_config is None:
        return True
    role, index = tf_config["task"]["type"], tf_config["task"]["index"]
    if "chief" in tf_config["cluster"]:
        return role == "chief"
    return role == "worker" and index == 0


# ---------------------------------------------------------------------------- what to offer


def strategy_choices(devices: int, workers: int = 1) -> tuple[str, ...]:
    """The strategies worth offering on a machine with ``devices`` training devices (its GPUs,
    or its logical CPUs when it has no GPU) in a cluster of ``workers`` machines.

    One device and no cluster: only ``default``, and the Train tab shows no choice at all.
    """
    choices = ["default"]
    if devices > 1:
        choices.append("mirrored")
    if workers > 1:
        choices.append("multiworker")
    return tuple(choices)


def logical_cpu_count(environ: Mapping[str, str] | None = None) -> int:
    """The number of logical CPU devices ``CONVSCOPE_LOGICAL_CPUS`` asks for (1 when unset).

    Raises TrainingError for anything but a whole number from 1 to 64.
    """
    environ = os.environ if environ is None else environ
    text = environ.get(LOGICAL_CPUS_ENV, "").strip()
    if not text:
        return 1
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= _MAX_LOGICAL_CPUS:
        raise TrainingError(
            translate(
                "training.distribute",
                "{name} must be a whole number from 1 to {most}, not {text}",
            ).format(
                name=LOGICAL_CPUS_ENV,
                most=_MAX_LOGICAL_CPUS,
                text=repr(text),
            )
        )
    return count


def configure_logical_cpus(tf: Any) -> None:
    """Split the CPU into ``CONVSCOPE_LOGICAL_CPUS`` logical devices.

    Must run before TensorFlow initialises its devices (before the first op), which is why
    ``model.backend.keras`` calls it right after the import. A bad value is ignored here (the
    import must not fail); ``devices()`` reports it instead.
    """
    try:
        count = logical_cpu_count()
    except TrainingError:
        return
    if count < 2:
        return
    cpus = tf.config.list_physical_devices("CPU")
    if cpus:
        with contextlib.suppress(RuntimeError):  # devices already initialised: keep them
            tf.config.set_logical_device_configuration(
                cpus[0], [tf.config.LogicalDeviceConfiguration() for _ in range(count)]
            )


def training_devices(tf: Any) -> list[str]:
    """The names of the devices ``mirrored`` trains on: every GPU, or every logical CPU."""
    gpus = tf.config.list_logical_devices("GPU")
    return [d.name for d in (gpus or tf.config.list_logical_devices("CPU"))]


def devices() -> dict[str, Any]:
    """What this process can train on, as plain data (imports TensorFlow).

    ``devices`` (names), ``gpus`` (how many), ``workers`` (machines in ``TF_CONFIG``'s
    cluster, 1 without), ``choices`` (``strategy_choices``) and ``problem`` (a one-line reason
    the cluster or the logical CPUs are misconfigured, else None).
    """
    from model.backend import tensorflow

    tf = tensorflow()
    names = training_devices(tf)
    problem = None
    try:
        logical_cpu_count()
        workers = cluster_workers(read_tf_config())
    except TrainingError as exc:
        problem, workers = str(exc), 1
    return {
        "devices": names,
        "gpus": len(tf.config.list_logical_devices("GPU")),
        "workers": workers,
        "choices": list(strategy_choices(len(names), workers)),
        "problem": problem,
    }


# ---------------------------------------------------------------------------- the strategies


def make_strategy(name: str) -> Any:
    """The ``tf.distribute`` strategy ``name`` names, or None for ``default``.

    A process keeps one strategy of each kind: ``MultiWorkerMirroredStrategy`` starts a server
    that can exist once per process, and the training process trains run after run.
    """
    check_strategy(name)
    if name == "default":
        return None
    if name == "multiworker":
        read_tf_config()  # a bad TF_CONFIG fails here, in words
    try:
        return _strategy(name)
    except (ValueError, RuntimeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise TrainingError(
            translate("training.distribute", "cannot set up the {name} strategy: {first}").format(
                name=name, first=first[:200]
            )
        ) from None


@functools.cache
def _strategy(name: str) -> Any:
    from model.backend import tensorflow

    tf = tensorflow()
    if name == "mirrored":
        # Without GPUs, MirroredStrategy() would take the first CPU only: name them all.
        return tf.distribute.MirroredStrategy(devices=training_devices(tf))

    class MultiWorker(tf.distribute.MultiWorkerMirroredStrategy):
        """``MultiWorkerMirroredStrategy`` with two fixes for how Keras 3.15's ``fit`` calls it.

        ``fit`` reduces its first (images, labels) batch as one tuple, which the collective
        all-reduce refuses ("Attempt to convert a value (PerReplica...) to a Tensor"): tuples
        are reduced value by value, as MirroredStrategy does. And it averages each step's
        scalar logs (the loss) "along axis 0", which a scalar has not ("Invalid reduction
        dimension 0 for input with 0 dimensions"): a scalar is averaged over the replicas.
        """

        def reduce(self, reduce_op, value, axis):
            if isinstance(value, (tuple, list, dict)):
                parent = super()
                return tf.nest.map_structure(lambda v: parent.reduce(reduce_op, v, axis), value)
            if axis is not None and _rank(self, value) == 0:
                axis = None
            return super().reduce(reduce_op, value, axis)

    return MultiWorker()


def _rank(strategy: Any, value: Any) -> int | None:
    """The rank of ``value``'s local part (a per-replica value or a plain tensor)."""
    local = strategy.experimental_local_results(value)
    return getattr(getattr(local[0], "shape", None), "rank", None) if local else None


def scope(strategy: Any) -> contextlib.AbstractContextManager:
    """``strategy.scope()``, or a no-op for no strategy."""
    return strategy.scope() if strategy is not None else contextlib.nullcontext()


def replicas(strategy: Any) -> int:
    """How many copies of the model train together (1 for no strategy)."""
    return 1 if strategy is None else int(strategy.num_replicas_in_sync)


# ---------------------------------------------------------------------------- stopping together


class AgreedFlag:
    """A run's stop flag as every worker of a cluster agreed on it at the last batch end.

    ``set`` (the app's Stop button, from any thread) raises this worker's own request at once;
    ``is_set`` answers only what the workers last agreed (``StopAgreement``), so every worker's
    ``Trainer`` sees the stop at the same batch. A worker that stopped alone would leave the
    others waiting for its gradients forever.
    """

    def __init__(self, requested: Any) -> None:
        self.requested = requested
        self.agreed = False

    def set(self) -> None:
        self.requested.set()

    def clear(self) -> None:
        self.requested.clear()
        self.agreed = False

    def is_set(self) -> bool:
        return self.agreed


def stop_agreement(requested: Any, strategy: Any) -> Any:
    """A Keras callback that makes the workers of a multi-worker run agree on stopping.

    After every batch the workers add up their own stop requests (one tiny all-reduce) and set
    ``callback.flag`` (an ``AgreedFlag`` around ``requested``) if any asked. The ``Trainer``
    reads that flag instead of its own and places this callback before its own, so all workers
    stop after the same batch. Pausing needs nothing: the others wait for the paused worker's
    gradients.

    Parameters
    ----------
    requested : this worker's stop flag (``is_set``/``set``), e.g. a ``threading.Event``.
    strategy : the run's ``MultiWorkerMirroredStrategy``.
    """
    return _agreement_class()(AgreedFlag(requested), strategy)


@functools.cache
def _agreement_class() -> type:
    # Built on first use: subclassing keras.callbacks.Callback at import would load TensorFlow.
    from model.backend import keras, tensorflow

    tf = tensorflow()

    class StopAgreement(keras().callbacks.Callback):
        def __init__(self, flag: AgreedFlag, strategy: Any) -> None:
            super().__init__()
            self.flag = flag
            self.strategy = strategy

        def on_train_batch_end(self, batch, logs=None):
            vote = 1.0 if self.flag.requested.is_set() else 0.0
            votes = self.strategy.experimental_distribute_values_from_function(
                lambda _context: tf.constant(vote)
            )
            total = self.strategy.reduce(tf.distribute.ReduceOp.SUM, votes, axis=None)
            self.flag.agreed = self.flag.agreed or float(total) > 0

    return StopAgreement
