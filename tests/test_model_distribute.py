"""Training under ``tf.distribute`` strategies (``model.training.distribute``).

The strategies' own runs happen in fresh processes (``tests/distributed_runs.py``): logical CPU
devices must be set up before TensorFlow initialises its devices, and a multi-worker run needs
one process per worker.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from model.errors import TrainingError
from model.training import distribute
from model.training.config import TrainConfig

ROOT = Path(__file__).resolve().parent.parent

# Mirrored over two devices computes each batch's gradient as two half-batch sums added
# together instead of one sum: the same arithmetic in another order, so float32 rounding
# (~6e-8 relative) is the only difference. Measured after 32 steps of the runs below: 6e-8 on
# the weights, 1e-7 on the loss; a run with another seed differs by ~0.7 on the weights and
# ~0.3 on the loss. 1e-4 is a thousand times the rounding and a thousand times less than the
# seed's effect: a strategy that changed the maths (gradients summed instead of averaged, a
# batch per device instead of a share of one, other initial weights) fails it.
TOLERANCE = 1e-4


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TF_CONFIG", "CONVSCOPE_LOGICAL_CPUS")}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


# ------------------------------------------------------------------ deciding, without TensorFlow


def test_one_device_offers_no_choice_and_more_devices_or_machines_do():
    assert distribute.strategy_choices(1) == ("default",)
    assert distribute.strategy_choices(2) == ("default", "mirrored")
    assert distribute.strategy_choices(8, workers=1) == ("default", "mirrored")
    assert distribute.strategy_choices(1, workers=3) == ("default", "multiworker")
    assert distribute.strategy_choices(4, workers=2) == ("default", "mirrored", "multiworker")


def test_strategy_names_are_checked_in_the_config():
    TrainConfig(strategy="mirrored").check()
    with pytest.raises(TrainingError, match="strategy must be one of default, mirrored"):
        TrainConfig(strategy="tpu").check()
    # Models and settings saved before strategies existed train on one device.
    assert TrainConfig.from_dict({"epochs": 2}).strategy == "default"


def test_logical_cpus_are_a_small_whole_number():
    assert distribute.logical_cpu_count({}) == 1
    assert distribute.logical_cpu_count({"CONVSCOPE_LOGICAL_CPUS": " 2 "}) == 2
    for bad in ("two", "0", "-1", "65", "1.5"):
        with pytest.raises(TrainingError, match="whole number from 1 to 64"):
            distribute.logical_cpu_count({"CONVSCOPE_LOGICAL_CPUS": bad})


TWO_WORKERS = {"worker": ["host1:2222", "host2:2222"]}


def _tf_config(cluster=TWO_WORKERS, task=None) -> dict[str, str]:
    task = {"type": "worker", "index": 1} if task is None else task
    return {"TF_CONFIG": json.dumps({"cluster": cluster, "task": task})}


def test_tf_config_describes_the_cluster_and_who_writes():
    assert distribute.read_tf_config({}) is None
    assert distribute.cluster_workers(None) == 1 and distribute.is_chief(None)
    config = distribute.read_tf_config(_tf_config())
    assert config == {"cluster": TWO_WORKERS, "task": {"type": "worker", "index": 1}}
    assert distribute.cluster_workers(config) == 2
    assert not distribute.is_chief(config)  # worker 0 writes when there is no chief
    first = distribute.read_tf_config(_tf_config(task={"type": "worker", "index": 0}))
    assert distribute.is_chief(first)
    with_chief = {"chief": ["boss:2222"], **TWO_WORKERS}
    chief = distribute.read_tf_config(_tf_config(with_chief, {"type": "chief", "index": 0}))
    assert distribute.cluster_workers(chief) == 3 and distribute.is_chief(chief)
    worker0 = distribute.read_tf_config(_tf_config(with_chief, {"type": "worker", "index": 0}))
    assert not distribute.is_chief(worker0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (json.dumps({"task": {"type": "worker", "index": 0}}), "no 'cluster'"),
        (json.dumps({"cluster": {"worker": "h:1"}, "task": {}}), "list of host:port"),
        (json.dumps({"cluster": {"ps": ["h:1"]}, "task": {}}), "is not chief or worker"),
        (json.dumps({"cluster": TWO_WORKERS}), "no 'task'"),
        (json.dumps({"cluster": TWO_WORKERS, "task": {"type": "chief"}}), "task type 'chief'"),
        (
            json.dumps({"cluster": TWO_WORKERS, "task": {"type": "worker", "index": 2}}),
            "task index 2 is not one of the 2 worker",
        ),
    ],
)
def test_a_bad_tf_config_is_one_line(text, message):
    with pytest.raises(TrainingError, match=message) as info:
        distribute.read_tf_config({"TF_CONFIG": text})
    assert "\n" not in str(info.value)


def test_the_command_line_refuses_a_bad_cluster_in_one_line(tmp_path):
    out = tmp_path / "m.keras"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "train", "--strategy", "multiworker"]
        + ["--limit", "64", "--epochs", "1", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(TF_CONFIG="{not json", PYTHONWARNINGS="ignore"),
        cwd=ROOT,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: TF_CONFIG is not valid JSON"
    assert not out.exists()


# ------------------------------------------------------------------ mirrored, two logical CPUs


@pytest.fixture(scope="module")
def mirrored_runs(tmp_path_factory):
    """What tests/distributed_runs.py saw in a process with two logical CPU devices."""
    run_dir = tmp_path_factory.mktemp("mirrored")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.distributed_runs", "mirrored", str(run_dir)],
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(CONVSCOPE_LOGICAL_CPUS="2"),
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_mirrored_training_matches_one_device_within_rounding(mirrored_runs):
    runs = mirrored_runs
    assert runs["replicas"] == 2  # really two devices, each with half of every batch
    assert runs["local_batch"] == [32, 32]
    single, mirrored = runs["single"]["history"], runs["mirrored"]["history"]
    assert runs["mirrored"]["status"] == "completed"
    assert mirrored["loss"] == pytest.approx(single["loss"], abs=TOLERANCE)
    # One digit of 1,024 answered otherwise would be rounding tipping a near tie.
    assert mirrored["accuracy"] == pytest.approx(single["accuracy"], abs=1 / 1024 + 1e-9)
    assert runs["weights_gap"] < TOLERANCE
    # ... and the tolerance is far tighter than what a real difference in training does.
    other = runs["other_seed"]["history"]
    assert abs(other["loss"][-1] - single["loss"][-1]) > 100 * TOLERANCE
    assert runs["seed_weights_gap"] > 100 * TOLERANCE


def test_stop_checkpoint_resume_snapshots_and_progress_work_mirrored(mirrored_runs):
    run = mirrored_runs["interrupted"]
    assert run["status"] == "stopped" and run["epochs_completed"] == 1
    assert "split over 2 devices (mirrored)" in run["messages"][0]
    # Every batch reported up to the stop, which came at the batch boundary asked for.
    assert [b[:2] for b in run["batches"]] == [[0, i] for i in range(16)] + [
        [1, i] for i in range(5)
    ]
    assert run["snapshots"] == [
        {"epoch": 0, "batch": 5},
        {"epoch": 0, "batch": 10},
        {"epoch": 0, "batch": 15},
        {"epoch": 1, "batch": 0},
        {"epoch": 1, "batch": 5},
    ]
    # Resumed from its checkpoint, still mirrored, it ends where the uninterrupted run did.
    assert run["resumed_strategy"] == "mirrored"
    resumed, whole = run["resumed_history"], mirrored_runs["mirrored"]["history"]
    assert resumed["loss"] == pytest.approx(whole["loss"], abs=TOLERANCE)
    assert run["resumed_weights_gap"] < TOLERANCE


def test_the_nan_guard_keeps_the_last_good_weights_mirrored(mirrored_runs):
    assert mirrored_runs["diverged"] == {"status": "diverged", "finite": True}


# ------------------------------------------------------------------ two workers on this machine


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("localhost", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _two_workers(folder: Path, *args: str) -> list[int]:
    """Run tests/distributed_runs.py's worker as a two-worker cluster on this machine; the
    workers' exit codes."""
    (folder / "checkpoints").mkdir()
    cluster = {"worker": [f"localhost:{p}" for p in _free_ports(2)]}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.distributed_runs", "worker", str(folder), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(
                TF_CONFIG=json.dumps({"cluster": cluster, "task": {"type": "worker", "index": i}})
            ),
            cwd=ROOT,
        )
        for i in range(2)
    ]
    try:
        for proc in procs:
            proc.communicate(timeout=180)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return [proc.returncode for proc in procs]


def test_two_workers_train_as_one_and_stop_together(tmp_path, mirrored_runs):
    assert _two_workers(tmp_path) == [0, 0]
    first, second = (json.loads((tmp_path / f"worker-{i}.json").read_text()) for i in range(2))
    assert first["replicas"] == second["replicas"] == 2
    assert first["local_batch"] == second["local_batch"] == [32]  # half of each batch of 64
    # Worker 0 alone asked to stop (after a pause); both stopped after the same batch.
    for report in (first, second):
        assert report["status"] == "stopped" and report["epochs_completed"] == 1
    assert [b[:2] for b in first["batches"]] == [b[:2] for b in second["batches"]]
    # Asked while batch 2 of epoch 1 was reported (batches are reported a few at a time,
    # model.training.monitor.READ_EVERY): both stopped together, in that epoch, after it.
    last_epoch, last_batch = first["batches"][-1][:2]
    assert last_epoch == 1 and 3 <= last_batch < 15
    # Each step's loss is the cluster's, the same on both; the first epoch is the one a single
    # device trains (the same spec, settings and data as in ``mirrored_runs``).
    assert [b[2] for b in first["batches"]] == pytest.approx([b[2] for b in second["batches"]])
    single = mirrored_runs["single"]["history"]
    assert first["history"]["loss"] == pytest.approx(single["loss"][:1], abs=TOLERANCE)
    # Only the chief (worker 0) writes the checkpoint.
    assert first["writes_files"] and not second["writes_files"]
    assert [p.name for p in (tmp_path / "checkpoints").iterdir()] == ["checkpoint.keras"]


def test_a_worker_that_dies_ends_the_others_run_in_one_line(tmp_path):
    assert _two_workers(tmp_path, "crash") == [3, 0]
    error = json.loads((tmp_path / "worker-1.json").read_text())["error"]
    # TensorFlow's own first line would be "Graph execution error:".
    assert re.fullmatch(
        r"training failed in epoch 1: \w+Error: "
        r"another worker of the cluster stopped or cannot be reached",
        error,
    ), error
