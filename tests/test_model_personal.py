"""Personal handwriting datasets: storage that survives crashes, the held-out split, mixing
into MNIST, fine-tuning that learns a new style, and ``train --extra-data``."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np
import pytest

from model.data.preprocess import preprocess
from model.errors import DataError, StorageError
from model.lab.handwriting.dataset import PersonalDataset, held_out_target
from model.lab.handwriting.manifest import MANIFEST
from model.lab.handwriting.mixing import mix_samples
from tests import strokes
from tests.strokes import render_digit
from tests.test_cli import assert_one_line_error, run


def digit_image(digit: int, rng: np.random.Generator) -> np.ndarray:
    """A 28x28 network input of ``digit``, drawn a little differently each time."""
    im = render_digit(
        digit,
        140,
        thickness=rng.uniform(0.05, 0.1),
        angle=rng.uniform(-8, 8),
        box=(0.15 + rng.uniform(-0.05, 0.05), 0.1 + rng.uniform(-0.05, 0.05), 0.7, 0.8),
    )
    return preprocess(np.asarray(im)).input


@pytest.fixture
def rng():
    return np.random.default_rng(7)


@pytest.fixture
def filled(tmp_path, rng):
    """A dataset with 3 samples of 0, 2 of 1 and 1 of 2 (the 0s with their canvas)."""
    ds = PersonalDataset.open(tmp_path / "hw")
    for digit, n in ((0, 3), (1, 2), (2, 1)):
        for _ in range(n):
            canvas = np.asarray(render_digit(digit, 140)) if digit == 0 else None
            ds.add(digit_image(digit, rng), digit, canvas=canvas)
    return ds


# --------------------------------------------------------------------------- storage


def test_round_trip_keeps_pictures_labels_and_split(filled):
    x, _ = filled.arrays("all")
    again = PersonalDataset.open(filled.folder)
    assert again.warnings == []
    assert again.samples == filled.samples
    x2, y2 = again.arrays("all")
    assert x2.dtype == np.uint8 and x2.shape == (6, 28, 28)
    np.testing.assert_array_equal(x2, x)
    np.testing.assert_array_equal(y2, [0, 0, 0, 1, 1, 2])
    assert again.counts().tolist() == [3, 2, 1, 0, 0, 0, 0, 0, 0, 0]
    # The second sample of each digit is the held-out one; a lone sample trains.
    assert [s.held_out for s in again.samples] == [False, True, False, False, True, False]
    assert again.counts("held_out").tolist()[:3] == [1, 1, 0]
    assert again.arrays("train")[0].shape[0] == 4
    files = sorted(p.name for p in filled.folder.iterdir())
    assert MANIFEST in files and len([f for f in files if f.endswith("-canvas.png")]) == 3
    manifest = json.loads((filled.folder / MANIFEST).read_text())
    assert manifest["format"] == "convscope-handwriting" and manifest["format_version"] == 1


def test_a_sample_is_stored_as_the_input_the_network_sees(tmp_path, rng):
    ds = PersonalDataset.open(tmp_path / "hw")
    image = digit_image(5, rng)
    sid = ds.add(image, 5)
    stored = PersonalDataset.open(ds.folder).image(sid)
    np.testing.assert_allclose(stored / 255.0, image, atol=0.5 / 255 + 1e-6)


def test_held_out_share_follows_the_rule():
    assert [held_out_target(n) for n in range(13)] == [0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3]


def test_relabel_and_delete_persist(filled):
    first, second = filled.samples[0], filled.samples[1]
    filled.relabel(first.id, 7)
    deleted = filled.delete(second.id)
    assert not (filled.folder / second.file).exists()
    assert not (filled.folder / second.canvas).exists()
    again = PersonalDataset.open(filled.folder)
    assert again.sample(first.id).label == 7
    assert again.sample(first.id).held_out == first.held_out
    assert second.id not in [s.id for s in again.samples]
    assert again.counts().tolist()[:3] == [1, 2, 1] and again.counts()[7] == 1
    # Undo: the sample comes back with its picture, canvas, label and split.
    new_id = again.restore(deleted)
    back = PersonalDataset.open(filled.folder)
    assert back.sample(new_id).label == 0 and back.sample(new_id).held_out is True
    assert back.sample(new_id).canvas is not None
    np.testing.assert_array_equal(back.image(new_id), deleted.image)
    assert new_id > max(s.id for s in filled.samples if s.id != new_id)


@pytest.mark.parametrize(
    "content, words",
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"format": "something-else", "samples": []}), "something else"),
        (json.dumps([1, 2, 3]), "something else"),
        (
            json.dumps({"format": "convscope-handwriting", "format_version": 99, "samples": []}),
            "newer",
        ),
        (
            json.dumps({"format": "convscope-handwriting", "format_version": 1, "samples": {}}),
            "garbled",
        ),
        (
            json.dumps(
                {
                    "format": "convscope-handwriting",
                    "format_version": 1,
                    "samples": [
                        {"id": 1, "file": "sample-000001.png", "label": 12, "held_out": False}
                    ],
                }
            ),
            "label 12",
        ),
        (
            json.dumps(
                {
                    "format": "convscope-handwriting",
                    "format_version": 1,
                    "samples": [
                        {"id": 1, "file": "../../etc/passwd", "label": 1, "held_out": False}
                    ],
                }
            ),
            "file name",
        ),
        (
            json.dumps(
                {
                    "format": "convscope-handwriting",
                    "format_version": 1,
                    "samples": [
                        {"id": 1, "file": "sample-000001.png", "label": 1, "held_out": False},
                        {"id": 1, "file": "sample-000002.png", "label": 1, "held_out": False},
                    ],
                }
            ),
            "twice",
        ),
    ],
)
def test_a_foreign_or_garbled_manifest_is_refused_in_one_line(tmp_path, content, words):
    folder = tmp_path / "hw"
    folder.mkdir()
    (folder / MANIFEST).write_text(content)
    with pytest.raises(DataError) as info:
        PersonalDataset.open(folder)
    assert words in str(info.value) and "\n" not in str(info.value)
    assert (folder / MANIFEST).read_text() == content  # refused, not "repaired"


def test_a_folder_of_other_files_is_not_taken_over(tmp_path):
    (tmp_path / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(DataError, match="other files"):
        PersonalDataset.open(tmp_path)
    assert not (tmp_path / MANIFEST).exists()
    with pytest.raises(DataError, match="no handwriting samples"):
        PersonalDataset.open(tmp_path / "missing", create=False)
    assert not (tmp_path / "missing").exists()


class Crash(BaseException):
    """The process dying: nothing after it runs, not even ``except Exception`` clean-ups."""


def fail_manifest_replace(monkeypatch, error):
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name == MANIFEST:
            raise error
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


def test_a_crash_between_picture_and_manifest_leaves_a_consistent_dataset(filled, monkeypatch, rng):
    before = filled.samples
    manifest = (filled.folder / MANIFEST).read_bytes()
    pictures = set(filled.folder.glob("sample-*.png"))
    fail_manifest_replace(monkeypatch, Crash())
    with pytest.raises(Crash):
        filled.add(digit_image(4, rng), 4, canvas=np.zeros((140, 140), np.uint8))
    monkeypatch.undo()
    orphans = set(filled.folder.glob("sample-*.png")) - pictures
    assert len(orphans) == 2  # the picture and its canvas made it; the manifest did not
    assert (filled.folder / MANIFEST).read_bytes() == manifest
    again = PersonalDataset.open(filled.folder)
    assert again.samples == before
    assert set(filled.folder.glob("sample-*.png")) == pictures  # orphans cleaned on open
    assert any("unfinished" in w for w in again.warnings)
    assert not list(filled.folder.glob(".*tmp*"))
    # Numbers are never reused: the next sample gets a fresh file name.
    sid = again.add(digit_image(4, rng), 4)
    assert sid not in [s.id for s in before]
    assert PersonalDataset.open(filled.folder).counts()[4] == 1


def test_a_failed_manifest_write_keeps_the_previous_one_and_the_dataset_usable(
    filled, monkeypatch, rng
):
    before = filled.samples
    manifest = (filled.folder / MANIFEST).read_bytes()
    names = sorted(p.name for p in filled.folder.iterdir())
    fail_manifest_replace(monkeypatch, OSError(28, "No space left on device"))
    with pytest.raises(StorageError, match="No space left"):
        filled.add(digit_image(4, rng), 4)
    with pytest.raises(StorageError):
        filled.relabel(before[0].id, 9)
    with pytest.raises(StorageError):
        filled.delete(before[0].id)
    assert (filled.folder / MANIFEST).read_bytes() == manifest
    assert sorted(p.name for p in filled.folder.iterdir()) == names  # no picture left behind
    assert filled.samples == before  # memory agrees with disk
    monkeypatch.undo()
    filled.add(digit_image(4, rng), 4)
    assert PersonalDataset.open(filled.folder).counts()[4] == 1


def test_unreadable_and_missing_pictures_are_skipped_with_warnings(filled):
    a, b = filled.samples[0], filled.samples[3]
    (filled.folder / a.file).write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    (filled.folder / b.file).unlink()
    again = PersonalDataset.open(filled.folder)
    ids = [s.id for s in again.samples]
    assert a.id not in ids and b.id not in ids and len(ids) == 4
    assert len(again.warnings) == 2
    assert any("cannot be read" in w for w in again.warnings)
    assert any("no picture file" in w for w in again.warnings)
    assert again.arrays()[0].shape == (4, 28, 28)


def test_readiness_needs_a_training_and_a_held_out_sample_per_digit(filled):
    assert "2" in filled.readiness()  # one lone 2: nothing to test it with
    filled.add(np.asarray(filled.image(filled.samples[-1].id)), 2)
    assert filled.readiness() is None


def test_mixing_spreads_the_samples_evenly_and_keeps_mnist_order(rng):
    mx = rng.integers(0, 255, (900, 28, 28), dtype=np.uint8)
    my = np.arange(900, dtype=np.uint8) % 10
    sx = np.zeros((4, 28, 28), np.uint8)
    sx[:, 8:20, 12:16] = 255
    sy = np.array([1, 1, 7, 7], np.uint8)
    mix = mix_samples(mx, my, sx, sy, 0.25, seed=3)
    assert mix.n_copies == 300 and len(mix.x) == 1200 and math.isclose(mix.share, 0.25)
    assert mix.is_copy.sum() == 300
    np.testing.assert_array_equal(mix.x[~mix.is_copy], mx)  # MNIST all there, in order
    np.testing.assert_array_equal(mix.y[~mix.is_copy], my)
    # Every sample copied equally often, so each label as often as it has samples.
    assert np.bincount(mix.y[mix.is_copy], minlength=10)[[1, 7]].tolist() == [150, 150]
    # Any first N digits (TrainConfig.limit) hold about the same share of copies.
    for n in (8, 40, 200, 1200):
        assert abs(mix.is_copy[:n].mean() - 0.25) <= 1 / n + 1e-9
    # The copies vary (augmented), yet still look like the sample: a bar in the middle.
    copies = mix.x[mix.is_copy]
    assert len({c.tobytes() for c in copies}) > 0.9 * len(copies)
    assert (copies[:, 10:18, 12:16].mean() > 3 * copies[:, :, :6].mean()) and copies.max() > 200
    # Nothing to mix: MNIST unchanged; a share of 1 or more is refused.
    assert mix_samples(mx, my, sx[:0], sy[:0], 0.25).n_copies == 0
    with pytest.raises(Exception, match="share"):
        mix_samples(mx, my, sx, sy, 1.0)


# --------------------------------------------------------------------------- fine-tuning

TINY_SPEC = [
    {"type": "Conv2D", "filters": 8, "kernel_size": 3, "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]


def _arc(cx, cy, rx, ry, a0, a1, n=24):
    return [
        (cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
        for a in np.linspace(a0, a1, n)
    ]


# A "personal style" an MNIST network misreads: a 1 with a flag and a foot, an open 4 drawn
# like a chair, a crossed 7 and a 9 whose tail curls back like a g.
STYLE = {
    1: [[(0.3, 0.25), (0.52, 0.08), (0.52, 0.92)], [(0.28, 0.92), (0.76, 0.92)]],
    4: [[(0.2, 0.1), (0.2, 0.55), (0.8, 0.55)], [(0.65, 0.25), (0.65, 0.92)]],
    7: [[(0.2, 0.1), (0.8, 0.1), (0.42, 0.92)], [(0.38, 0.5), (0.78, 0.5)]],
    9: [
        _arc(0.5, 0.3, 0.24, 0.2, 0, 360, 30),
        [(0.74, 0.3), (0.74, 0.75)] + _arc(0.5, 0.75, 0.24, 0.17, 0, 160, 12),
    ],
}


@pytest.fixture(scope="module")
def tiny_model(mnist):
    from model.training.config import TrainConfig
    from model.training.trainer import Trainer

    config = TrainConfig(epochs=1, batch_size=64, learning_rate=3e-3, limit=3000, seed=0)
    return Trainer(TINY_SPEC, config, mnist).run().model


def test_fine_tuning_learns_a_personal_style_without_forgetting_mnist(
    tiny_model, mnist, tmp_path, monkeypatch
):
    from model.lab.handwriting.finetune import fine_tune
    from model.network.sharing import freeze

    for digit, glyph in STYLE.items():
        monkeypatch.setitem(strokes.DIGIT_STROKES, digit, glyph)
    rng = np.random.default_rng(0)
    ds = PersonalDataset.open(tmp_path / "hw")
    for _ in range(8):
        for digit in STYLE:
            ds.add(digit_image(digit, rng), digit)
    assert ds.counts("held_out")[list(STYLE)].tolist() == [2, 2, 2, 2]
    original = [w.copy() for w in tiny_model.get_weights()]
    frozen = freeze(tiny_model, {"name": "tiny", "spec": TINY_SPEC})
    batches = []
    result = fine_tune(
        frozen,
        ds,
        mnist,
        epochs=3,
        mix_ratio=0.25,
        learning_rate=1e-3,
        seed=0,
        events=_events(batches),
        mnist_digits=1500,
        eval_digits=1000,
    )
    before, after = result.before, result.after
    assert result.status == "completed" and batches
    assert before.personal_n == 8 and before.mnist_n == 1000
    assert before.personal <= 0.75, "the style should fool the MNIST-only network"
    assert after.personal >= before.personal + 0.25
    assert after.mnist >= before.mnist - 0.03  # it did not forget how others write
    # The original is untouched; the new model says where it came from.
    for w, o in zip(tiny_model.get_weights(), original):
        np.testing.assert_array_equal(w, o)
    meta = result.metadata
    assert meta["name"] == "tiny + you" and meta["spec"] == TINY_SPEC
    assert meta["fine_tuned"]["personal_data"]["train"] == 24
    assert meta["fine_tuned"]["after"]["personal"] == after.personal
    print(
        f"held-out {before.personal:.2f} -> {after.personal:.2f}; "
        f"MNIST {before.mnist:.3f} -> {after.mnist:.3f}; {result.seconds:.1f} s"
    )


def _events(batches):
    from model.training.config import TrainingEvents

    return TrainingEvents(batch_ended=batches.append)


def test_fine_tuning_refuses_too_few_samples_and_can_be_stopped(tiny_model, mnist, filled):
    from model.lab.handwriting.finetune import fine_tune

    with pytest.raises(DataError, match="at least 2 samples of 2"):
        fine_tune(tiny_model, filled, mnist, spec=TINY_SPEC)
    filled.add(filled.image(filled.samples[-1].id), 2)
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 2

    result = fine_tune(
        tiny_model,
        filled,
        mnist,
        epochs=5,
        spec=TINY_SPEC,
        should_stop=stop,
        mnist_digits=2000,
        eval_digits=200,
    )
    assert result.status == "stopped" and result.after is None
    assert result.epochs_completed == 0 and len(calls) < 10


def test_a_tiny_held_out_set_is_scored_after_with_the_tuned_weights(
    tiny_model, mnist, tmp_path, rng, monkeypatch
):
    # One held-out sample goes through the Predictor's one-digit NumPy path, which keeps its
    # own copy of the weights: "after" must be measured with the weights training left.
    from model.lab.handwriting import finetune as personal
    from model.network.predictor import Predictor

    scored = []
    real_score = personal.score

    def spy(predictor, x, y, data, n):
        scored.append((predictor, np.array(x)))
        return real_score(predictor, x, y, data, n)

    monkeypatch.setattr(personal, "score", spy)
    ds = PersonalDataset.open(tmp_path / "hw")
    for _ in range(2):
        ds.add(digit_image(7, rng), 7)
    assert ds.counts("held_out")[7] == 1
    result = personal.fine_tune(
        tiny_model,
        ds,
        mnist,
        epochs=1,
        learning_rate=3e-3,
        spec=TINY_SPEC,
        mnist_digits=300,
        eval_digits=50,
    )
    assert result.status == "completed" and len(scored) == 2
    predictor, held = scored[-1]
    assert predictor.uses_numpy and len(held) == 1
    image = held[0].astype(np.float32) / 255.0
    # Every layer, not just the (often saturated) probabilities: the same numbers as a fresh
    # Predictor of the tuned model, and not those of the model before tuning.
    seen = predictor.predict(image).activations
    tuned = Predictor(result.model).predict(image).activations
    before = Predictor(tiny_model).predict(image).activations
    for name in tuned:
        np.testing.assert_allclose(seen[name], tuned[name], atol=1e-4)
    assert max(np.abs(tuned[n] - before[n]).max() for n in tuned) > 1e-3


def _train_mlp(folder: Path, out: Path, limit: int, *options: object):
    """``main.py train`` of a small MLP with ``folder`` as extra data."""
    args = ["--preset", "mlp", "--epochs", 1, "--limit", limit, "--extra-data", folder]
    return run("train", *args, *options, "--out", out)


def test_train_extra_data_on_the_command_line(tmp_path, rng):
    ds = PersonalDataset.open(tmp_path / "hw")
    for digit in (3, 3, 3, 8, 8):
        ds.add(digit_image(digit, rng), digit)
    out = tmp_path / "mine.keras"
    proc = _train_mlp(ds.folder, out, 300, "--extra-share", "0.2")
    assert proc.returncode == 0, proc.stderr
    assert "your handwriting: 3 samples" in proc.stdout
    assert "your held-out samples" in proc.stdout
    from model.storage import read_metadata

    extra = read_metadata(out)["extra_data"]
    assert extra["folder"] == str(ds.folder.absolute())
    assert extra["counts"][3] == 3 and extra["counts"][8] == 2
    assert extra["train"] == 3 and extra["held_out"] == 2
    assert extra["share"] == pytest.approx(0.2, abs=0.01) and extra["copies"] > 3
    assert 0.0 <= extra["held_out_accuracy"] <= 1.0
    # Nothing in the folder changed: the command line only reads it.
    assert PersonalDataset.open(ds.folder).samples == ds.samples


@pytest.mark.parametrize("kind", ["missing", "foreign", "empty"])
def test_train_extra_data_refuses_a_bad_folder_in_one_line(tmp_path, kind):
    folder = tmp_path / "hw"
    if kind == "foreign":
        folder.mkdir()
        (folder / MANIFEST).write_text('{"format": "other"}')
    elif kind == "empty":
        PersonalDataset.open(folder)
    proc = _train_mlp(folder, tmp_path / "x.keras", 50)
    assert_one_line_error(proc)
    assert str(folder) in proc.stderr
    assert not (tmp_path / "x.keras").exists()
