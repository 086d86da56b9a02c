"""What the command line costs: wall time and peak memory of whole ``python main.py`` commands.

Each command runs as a fresh process, several times; its wall time is measured from spawn to
exit and its peak resident memory is the child's own ``ru_maxrss`` (``os.wait4``), what
``/usr/bin/time -v`` reports as "Maximum resident set size". The baseline is a process that only
reads the same image with Pillow (Python's start-up plus the image), in the same rounds, so the
ratio says how close ``classify`` is to "as fast as reading the image".

Usage: python bench/bench_cli.py [--runs 5] [--evaluate]
Ends with one JSON line: per command, median wall seconds and median peak MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {"classify": (0.8, 250.0), "classify_mlp": (0.8, 250.0)}


def run_once(args: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak MB, stderr) of one process."""
    began = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out, err = proc.stdout.read(), proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {err.decode().strip()}")
    del out
    return wall, usage.ru_maxrss / 1024.0, err.decode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--evaluate", action="store_true", help="also time evaluate (10,000)")
    args = parser.parse_args()
    from tests.strokes import render_digit

    python, main = sys.executable, str(ROOT / "main.py")
    mlp = str(ROOT / "resources" / "models" / "mlp.keras")
    # TensorFlow must not load for these: a child that imports it says so on stderr.
    probe = (
        "import atexit, sys, runpy; atexit.register(lambda: print('tensorflow' in sys.modules, "
        "file=sys.stderr)); sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], "
        "run_name='__main__')"
    )
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "one.png"
        render_digit(7, 280).save(image)
        commands = {
            "read_image (baseline)": [
                python,
                "-c",
                f"from PIL import Image; Image.open({str(image)!r}).convert('L').load()",
            ],
            "classify": [python, main, "classify", str(image), "--json"],
            "classify_mlp": [python, main, "classify", str(image), "--json", "--model", mlp],
            "info": [python, main, "info", str(ROOT / "resources/models/default.keras"), "--json"],
            "explain": [
                python,
                main,
                "explain",
                str(image),
                "--layer",
                "conv2",
                "--at",
                "5,5",
                "--json",
            ],
        }
        if args.evaluate:
            commands["evaluate"] = [python, main, "evaluate", "--json"]
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        loads_tf: dict[str, bool] = {}
        for _ in range(args.runs):  # interleaved, so a noisy spell hits every command alike
            for name, command in commands.items():
                wall, peak, _err = run_once(command)
                results[name].append((wall, peak))
        for name, command in commands.items():
            if command[1] == main:
                err = run_once([python, "-c", probe, *command[1:]])[2]
                loads_tf[name] = err.strip().splitlines()[-1] == "True"

    base = statistics.median(w for w, _ in results["read_image (baseline)"])
    print(f"Command line benchmark: {args.runs} runs each, {os.cpu_count()} CPUs")
    print(f"{'command':<24}{'wall s':>9}{'x base':>8}{'peak MB':>9}  {'TF?':<5}{'target':<14} ok")
    summary = {}
    for name, runs in results.items():
        wall = statistics.median(w for w, _ in runs)
        peak = statistics.median(p for _, p in runs)
        summary[name.split()[0]] = {"wall_s": round(wall, 3), "peak_mb": round(peak, 1)}
        target = TARGETS.get(name)
        ok = "-" if target is None else "yes" if wall <= target[0] and peak <= target[1] else "NO"
        goal = f"<={target[0]} s, {target[1]:.0f} MB" if target else ""
        tf = {True: "yes", False: "no"}.get(loads_tf.get(name), "")
        print(f"{name:<24}{wall:>9.3f}{wall / base:>8.2f}{peak:>9.1f}  {tf:<5}{goal:<14} {ok}")
        if name in loads_tf:
            summary[name.split()[0]]["imports_tensorflow"] = loads_tf[name]
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
