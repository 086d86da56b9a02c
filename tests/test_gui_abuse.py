"""The app under abuse: very fast drawing, resizing, switching tabs during training, dropping
1,000 files at once, loading a model while another loads. No crash, no error, and the newest
of everything wins. How long the window stalls meanwhile is measured by ``bench/bench_abuse.py``
(the same scenarios, ``tests/abuse.py``): a test never asserts a time."""

from __future__ import annotations

import shutil

import pytest

from model.training.config import TrainConfig
from tests import abuse
from tests.gui_support import open_window
from tests.test_gui_train import TINY


@pytest.fixture(scope="module")
def window(qapp, trained, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("CONVSCOPE_RUNS_DIR", str(tmp_path_factory.mktemp("runs")))
    win = open_window(trained[0], (1200, 800))
    errors: list[str] = []
    win.errorReported.connect(errors.append)
    win.errors_seen = errors
    yield win
    win.close()
    mp.undo()


@pytest.fixture
def draw(window, qtbot):
    window.errors_seen.clear()
    window.select_tab("draw")
    window.draw_tab.canvas.clear()
    qtbot.waitUntil(window.draw_tab.is_up_to_date)
    return window.draw_tab


def test_very_fast_drawing(draw):
    result = abuse.very_fast_drawing(draw)
    print(result)
    # The newest drawing won: what is shown belongs to the last move, and no prediction was
    # computed twice.
    assert result["shows_the_last_drawing"] and result["predictions_computed_twice"] == 0
    assert not draw.window().errors_seen


@pytest.mark.parametrize("tab", ["draw", "train", "inspect", "lab"])
def test_resizing_repeatedly(window, tab):
    result = abuse.resizing(window, tab, rounds=1)
    print(tab, result)
    assert not window.errors_seen and window.tabs.currentWidget() is window.draw_tab


def test_switching_tabs_while_training(window, small):
    result = abuse.switching_tabs_while_training(
        window, small, TINY, TrainConfig(epochs=6, batch_size=32, limit=512)
    )
    print(result)
    assert result["started"] and result["status"] == "completed"
    # However fast the run went, the tabs were switched while it trained, and nothing broke.
    assert result["switches"] >= 3 and not window.errors_seen


@pytest.fixture(scope="module")
def small():
    from model.data.mnist import load_mnist

    return load_mnist().limited(512, 100)


def test_dropping_a_thousand_files_loads_the_first(draw, tmp_path):
    """A canvas holds one picture: the first file dropped is the one the user pointed at
    first (the top of a file manager's selection), so it is loaded and the rest ignored."""
    result = abuse.dropping_files(draw, tmp_path)
    print(result)
    assert "0000.png" in str(result["source"])
    assert "the first of 1,000 files dropped" in result["source"]["source"]
    assert result["label"] == 3
    assert not draw.window().errors_seen
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_loading_a_model_while_another_loads(window, trained, tmp_path):
    from model.architectures import build_model
    from model.storage import save_model
    from tests.corpus import TINY_SPEC

    other = save_model(build_model(TINY_SPEC, seed=1), tmp_path / "other.keras", {"name": "o"})
    last = save_model(build_model(TINY_SPEC, seed=2), tmp_path / "last.keras", {"name": "last"})
    result = abuse.loading_models_while_others_load(
        window, [other, trained[0], other, last], "last"
    )
    print(result)
    assert result["shown"] == [("last", "last")] * 2
    assert not window.errors_seen
