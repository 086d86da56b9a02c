"""Folders that would otherwise pile up: training runs' checkpoints and fine-tuned models.

Every run of the Train tab leaves a folder (``run-<stamp>`` with its checkpoint and
``run.json``) and every "Use this model" of the Lab's fine-tuning another ``.keras`` file.
Nothing removed them, so the app's data folder grew with every run. Here the newest few are
kept (``prune``), any one can be removed on request (``remove_run``), and nothing outside the
expected names and folder is ever touched. Nothing here imports Qt.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from model.errors import StorageError
from model.i18n import translate

RUN_PREFIX = "run-"
RUN_INFO = "run.json"
DEFAULT_KEEP_RUNS = 10
DEFAULT_KEEP_TUNED = 5


def _newest_first(paths: Iterable[Path]) -> list[Path]:
    def age(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(paths, key=lambda p: (age(p), p.name), reverse=True)


def run_folders(runs_dir: str | Path) -> list[Path]:
    """The run folders in ``runs_dir``, newest first."""
    folder = Path(runs_dir)
    if not folder.is_dir():
        return []
    return _newest_first(p for p in folder.glob(f"{RUN_PREFIX}*") if p.is_dir())


def remove_run(run_dir: str | Path, runs_dir: str | Path) -> None:
    """Delete one run's folder (its checkpoints and record).

    Raises
    ------
    StorageError
        If ``run_dir`` is not a run folder directly inside ``runs_dir`` (nothing is deleted),
        or it cannot be removed.
    """
    run_dir, runs_dir = Path(run_dir), Path(runs_dir)
    try:
        inside = run_dir.resolve().parent == runs_dir.resolve()
    except OSError:
        inside = False
    if not (inside and run_dir.name.startswith(RUN_PREFIX) and run_dir.is_dir()):
        raise StorageError(
            translate(
                "runstore", "{dir} is not a training run's folder; nothing was deleted"
            ).format(dir=run_dir)
        )
    try:
        shutil.rmtree(run_dir)
    except OSError as exc:
        raise StorageError(
            translate("runstore", "cannot delete {dir}: {reason}").format(
                dir=run_dir, reason=exc.strerror or exc
            )
        ) from None


def prune(
    folder: str | Path,
    pattern: str,
    keep: int,
    protect: Iterable[str | Path] = (),
    *,
    folders: bool = False,
) -> list[Path]:
    """Delete all but the ``keep`` newest entries of ``folder`` matching ``pattern``.

    ``protect`` names entries never deleted (the run under way, the model in use); they count
    among those kept. ``folders`` says whether the entries are folders (runs) or files.
    Entries that cannot be deleted are left; returns those deleted.
    """
    folder = Path(folder)
    if not folder.is_dir() or keep < 0:
        return []
    safe = set()
    for path in protect:
        try:
            safe.add(Path(path).resolve())
        except OSError:
            continue
    entries = [p for p in folder.glob(pattern) if (p.is_dir() if folders else p.is_file())]
    removed = []
    for path in _newest_first(entries)[keep:]:
        if path.resolve() in safe:
            continue
        try:
            shutil.rmtree(path) if folders else path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def prune_runs(runs_dir: str | Path, keep: int, protect: Iterable[str | Path] = ()) -> list[Path]:
    """Keep the ``keep`` newest run folders (and every protected one); delete the others."""
    return prune(runs_dir, f"{RUN_PREFIX}*", keep, protect, folders=True)
