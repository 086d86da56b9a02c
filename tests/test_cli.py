"""The command line, end to end through subprocesses, including every error path."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from tests.strokes import render_digit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(*args, timeout=300):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, os.path.join(ROOT, "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def assert_one_line_error(proc):
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and "Traceback" not in proc.stderr


@pytest.fixture(scope="module")
def digits(tmp_path_factory):
    folder = tmp_path_factory.mktemp("digits")
    paths = {}
    for d in (0, 3, 7):
        paths[d] = folder / f"d{d}.png"
        render_digit(d, 200, dark_on_light=d == 3).save(paths[d])
    paths["blank"] = folder / "blank.png"
    render_digit(1, 64).point(lambda v: 0).save(paths["blank"])
    paths["corrupt"] = folder / "corrupt.png"
    paths["corrupt"].write_bytes(b"\x89PNG\r\n\x1a\n broken")
    return paths


def test_help_is_instant_and_imports_no_tensorflow():
    code = (
        "import sys, main\n"
        "for c in ([], ['train'], ['classify'], ['evaluate'], ['info'], ['export-handout'],"
        " ['export-animation']):\n"
        "    try: main.main(c + ['--help'])\n"
        "    except SystemExit: pass\n"
        "assert 'tensorflow' not in sys.modules and 'PySide6' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "--learning-rate" in proc.stdout and "--json" in proc.stdout
    assert "--sweep" in proc.stdout and "HTML" in proc.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["classify", "{digit}", "--json"],
        ["classify", "{digit}", "--model", "resources/models/mlp.keras"],
        ["info", "resources/models/default.keras", "--json"],
        ["explain", "{digit}", "--layer", "conv1", "--at", "3,4", "--json"],
        ["evaluate", "--limit", "300", "--json"],
        ["robustness", "--n", "20", "--json"],
    ],
    ids=["classify", "classify-mlp", "info", "explain", "evaluate", "robustness"],
)
def test_commands_that_read_never_import_tensorflow(command, digits):
    args = [a.format(digit=digits[7]) for a in command]
    code = (
        "import atexit, runpy, sys\n"
        "atexit.register(lambda: print('TF' if 'tensorflow' in sys.modules else 'no TF',"
        " file=sys.stderr))\n"
        f"sys.argv = ['main.py', *{args!r}]\n"
        "runpy.run_path('main.py', run_name='__main__')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "no TF"
    assert proc.stdout.strip()


@pytest.mark.parametrize(
    "command, written, frames",
    [
        (["export-handout", "--image", "{digit}", "--out", "{out}"], "h.html", None),
        (["export-animation", "slide", "--image", "{digit}", "--out", "{out}"], "s.gif", 60),
        (
            ["export-animation", "sweep", "--frames", "9", "--image", "{digit}", "--out", "{out}"],
            "w.webp",
            9,
        ),
    ],
    ids=["handout", "slide", "sweep"],
)
def test_export_commands_write_their_files_without_tensorflow(
    command, written, frames, digits, tmp_path
):
    out = tmp_path / written
    args = [a.format(digit=digits[7], out=out) for a in command]
    code = (
        "import atexit, runpy, sys\n"
        "atexit.register(lambda: print('TF' if 'tensorflow' in sys.modules else 'no TF',"
        " file=sys.stderr))\n"
        f"sys.argv = ['main.py', *{args!r}]\n"
        "runpy.run_path('main.py', run_name='__main__')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "no TF"
    assert proc.stdout.startswith(f"wrote {out}")
    if frames is None:
        page = out.read_text(encoding="utf-8")
        assert '<section id="confusion">' in page and "answers a 7" in page
    else:
        assert Image.open(out).n_frames == frames


@pytest.mark.parametrize(
    "command, words",
    [
        (["export-handout", "--image", "{digit}", "--out", "{tmp}/h.pdf"], ".html file"),
        (["export-animation", "slide", "--image", "{digit}", "--out", "{tmp}/s.mp4"], ".webp"),
        (["export-animation", "slide", "--image", "{blank}", "--out", "{tmp}/s.gif"], "blank"),
        (
            ["export-animation", "slide", "--image", "{digit}", "--out", "{tmp}/s.gif"]
            + ["--model", "resources/models/mlp.keras"],
            "no convolution layer",
        ),
        (
            ["export-animation", "slide", "--layer", "dense1", "--image", "{digit}"]
            + ["--out", "{tmp}/s.gif"],
            "not a convolution layer",
        ),
    ],
    ids=["handout-pdf", "animation-mp4", "blank", "mlp-slide", "dense-layer"],
)
def test_export_commands_explain_what_they_cannot_do_in_one_line(command, words, digits, tmp_path):
    args = [a.format(digit=digits[7], blank=digits["blank"], tmp=tmp_path) for a in command]
    proc = run(*args)
    assert_one_line_error(proc)
    assert words in proc.stderr
    assert not any(tmp_path.iterdir())  # nothing half-written


def test_classify_json(trained, digits):
    model, _ = trained
    proc = run(
        "classify", digits[0], digits[3], digits[7], digits["blank"], "--model", model, "--json"
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["label"] for r in rows] == [0, 3, 7, None]
    for r in rows[:3]:
        assert len(r["probabilities"]) == 10 and abs(sum(r["probabilities"]) - 1) < 1e-4
        assert r["confidence"] == max(r["probabilities"])
        # The fixture model has no calibration: the default threshold decides.
        assert r["uncertain"] is (r["confidence"] < 0.6)
        assert r["verdict"] in ("sure", "fairly sure", "not sure", "not a digit")
    assert rows[3]["blank"] is True and rows[3]["uncertain"] is None


def test_classify_reads_each_digit_of_a_number(trained, tmp_path):
    """A photo of "407": besides the whole (read as one digit, as before), each digit with
    its box; a single digit gets no "digits"."""
    from tests.test_model_segment import number

    model, _ = trained
    picture, boxes = number("407")
    path = tmp_path / "number.png"
    Image.fromarray(255 - picture).save(path)  # dark ink on light paper
    proc = run("classify", path, "--model", model, "--json")
    assert proc.returncode == 0, proc.stderr
    (row,) = json.loads(proc.stdout)
    assert len(row["digits"]) == 3 and row["number"] == "".join(
        str(d["label"]) for d in row["digits"]
    )
    for d, box in zip(row["digits"], boxes):
        assert d["box"] == pytest.approx(list(box), abs=3)
        assert 0 < d["confidence"] <= 1 and isinstance(d["uncertain"], bool)
    single = tmp_path / "one.png"
    render_digit(4, 200).save(single)
    (row,) = json.loads(run("classify", single, "--model", model, "--json").stdout)
    assert "digits" not in row


def test_classify_table_and_a_bad_image(trained, digits):
    model, _ = trained
    proc = run("classify", digits[7], digits["corrupt"], "--model", model)
    assert_one_line_error(proc)
    assert "corrupt.png" in proc.stderr
    assert "7" in proc.stdout.splitlines()[1]  # the good image is still classified


def test_evaluate_json(trained):
    model, _ = trained
    proc = run("evaluate", "--model", model, "--limit", 300, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["n"] == 300 and 0.9 < out["accuracy"] <= 1
    assert np.array(out["confusion_matrix"]).sum() == 300 and len(out["per_class_accuracy"]) == 10


def test_train_then_info(tmp_path):
    out = tmp_path / "m.keras"
    proc = run(
        "train",
        "--preset",
        "lenet",
        "--limit",
        256,
        "--epochs",
        1,
        "--batch-size",
        64,
        "--out",
        out,
        "--checkpoint-dir",
        tmp_path / "ck",
        "--tensorboard",
        tmp_path / "tb",
    )
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and (tmp_path / "ck" / "checkpoint.keras").exists()
    assert list((tmp_path / "tb").glob("events.out.tfevents.*"))
    assert "test accuracy" in proc.stdout
    info = run("info", out, "--json")
    assert info.returncode == 0, info.stderr
    meta = json.loads(info.stdout)
    assert meta["metadata"]["preset"] == "lenet"
    assert "--limit 256" in meta["metadata"]["command"]
    assert 0 <= meta["metadata"]["test_accuracy"] <= 1
    assert [layer["name"] for layer in meta["layers"]][0] == "conv1"


@pytest.mark.parametrize(
    "args",
    [
        ("train", "--preset", "nope", "--out", "{tmp}/x.keras"),
        ("train", "--spec", "{tmp}/bad_spec.json", "--out", "{tmp}/x.keras"),
        (
            "train",
            "--preset",
            "mlp",
            "--limit",
            256,
            "--epochs",
            2,
            "--optimizer",
            "sgd",
            "--learning-rate",
            1e5,
            "--out",
            "{tmp}/x.keras",
        ),
        ("train", "--data", "{tmp}/bad.npz", "--out", "{tmp}/x.keras"),
        ("evaluate", "--model", "{tmp}/text.keras"),
        ("evaluate", "--model", "{tmp}/missing.keras"),
        ("info", "{tmp}/text.keras"),
        ("classify", "{tmp}/missing.png", "--model", "{tmp}/text.keras"),
    ],
)
def test_failures_are_one_line(tmp_path, args):
    (tmp_path / "bad_spec.json").write_text(json.dumps([{"type": "Dense", "units": 10}]))
    (tmp_path / "text.keras").write_text("I am not a model")
    np.savez(tmp_path / "bad.npz", x_train=np.zeros((3, 5, 5)))
    proc = run(*[str(a).format(tmp=tmp_path) for a in args])
    assert_one_line_error(proc)
    assert not (tmp_path / "x.keras").exists()
