"""``python main.py robustness``: curves as JSON or a table, one-line errors."""

from __future__ import annotations

import json

from tests.test_cli import assert_one_line_error, run


def test_robustness_json_compares_two_models(trained, tmp_path):
    model, _ = trained
    copy = tmp_path / "fixture.keras"  # the same stem twice: the names must still differ
    copy.write_bytes(model.read_bytes())
    proc = run("robustness", "--models", model, copy, "--n", 60, "--seed", 3, "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["n"] == 60 and result["seed"] == 3
    assert result["shifts"][0] == 0 and len(result["shifts"]) >= 5
    assert 0 in result["rotations"] and min(result["rotations"]) < 0 < max(result["rotations"])
    assert list(result["models"]) == ["fixture", "fixture-2"]
    first, second = result["models"].values()
    assert first == second  # same weights, same sample: same figures
    assert len(first["accuracy_vs_shift"]) == len(result["shifts"])
    assert len(first["accuracy_vs_rotation"]) == len(result["rotations"])
    assert first["accuracy_vs_shift"][0] > 0.85
    assert first["accuracy_vs_shift"][-1] < first["accuracy_vs_shift"][0]


def test_robustness_table_and_errors(trained, tmp_path):
    model, _ = trained
    proc = run("robustness", "--models", model, "--n", 30)
    assert proc.returncode == 0, proc.stderr
    assert "fixture" in proc.stdout and "%" in proc.stdout and "deg" in proc.stdout

    missing = tmp_path / "missing.keras"
    proc = run("robustness", "--models", model, missing, "--n", 30)
    assert_one_line_error(proc)
    assert proc.returncode == 2 and "missing.keras" in proc.stderr

    proc = run("robustness", "--models", model, "--n", 0)
    assert_one_line_error(proc)
    assert "--n" in proc.stderr
