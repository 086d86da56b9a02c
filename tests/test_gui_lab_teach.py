"""The Lab's "Your handwriting" page: collecting samples on its canvas, the gallery, and a
fine-tuning run from the page to its before/after table."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gui.common.session import ModelSession
from gui.common.settings import SettingsStore, TeachSettings
from gui.lab.handwriting.page import TeachPage
from model.data.preprocess import preprocess
from model.lab.handwriting.dataset import PersonalDataset
from model.lab.handwriting.manifest import MANIFEST
from tests.gui_support import draw_digit
from tests.strokes import render_digit

TINY_SPEC = [
    {"type": "Conv2D", "filters": 4, "kernel_size": 3, "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 4},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]


@pytest.fixture(scope="module")
def tiny_model_path(mnist, tmp_path_factory):
    from model.storage import save_model
    from model.training.config import TrainConfig
    from model.training.trainer import Trainer

    config = TrainConfig(epochs=1, batch_size=64, learning_rate=3e-3, limit=1500, seed=0)
    model = Trainer(TINY_SPEC, config, mnist).run().model
    path = tmp_path_factory.mktemp("teach-models") / "tiny.keras"
    save_model(model, path, {"name": "tiny", "spec": TINY_SPEC})
    return path


@pytest.fixture
def make_page(qtbot):
    made = []

    def make(folder=None) -> TeachPage:
        settings = SettingsStore(None)
        if folder is not None:
            settings.save(TeachSettings(folder=str(folder)))
        session = ModelSession()
        page = TeachPage(session, settings)
        qtbot.addWidget(page)
        page.resize(1100, 800)
        page.show()
        page.set_active(True)
        made.append(page)
        if folder is not None:
            qtbot.waitUntil(lambda: page.dataset is not None, timeout=5000)
        return page

    yield make
    for page in made:
        assert page.shutdown(2000)
        page.session.shutdown()


def test_drawing_a_sample_and_accepting_it_writes_a_picture_and_the_manifest(
    make_page, tmp_path, qtbot
):
    folder = tmp_path / "mine"
    page = make_page(folder)
    assert page.prompt == 0 and "Draw a 0" in page.prompt_label.text()
    assert "sample 1 of 5" in page.prompt_detail.text()

    page.accept()  # nothing drawn yet: a message, no sample
    assert "empty" in page.prompt_detail.text() and len(page.dataset) == 0

    draw_digit(page.canvas, 0)
    with qtbot.waitSignal(page.samplesChanged, timeout=5000):
        page.accept_button.click()
    manifest = json.loads((folder / MANIFEST).read_text())
    assert [(s["label"], s["held_out"]) for s in manifest["samples"]] == [(0, False)]
    png = folder / manifest["samples"][0]["file"]
    assert png.is_file() and (folder / manifest["samples"][0]["canvas"]).is_file()
    saved = PersonalDataset.open(folder).image(manifest["samples"][0]["id"])
    assert saved.shape == (28, 28) and saved.max() > 200  # the prepared digit, not a blank
    assert page.canvas.is_empty()
    # Next the page asks for the next digit; the progress shows the one saved.
    assert page.prompt == 1 and "Draw a 1" in page.prompt_label.text()
    assert page.progress_cells.counts[0] == 1 and page.gallery.count() == 1

    # Skip asks for another digit now; clicking a digit's cell asks for that one.
    page.skip()
    assert page.prompt == 2
    page.progress_cells.digitClicked.emit(8)
    assert "Draw an 8" in page.prompt_label.text()

    # The folder is remembered for next time.
    page.save_settings()
    assert page.settings.load(TeachSettings).folder == str(folder)


def test_the_first_accept_asks_for_a_folder_and_keeps_the_sample(
    make_page, tmp_path, qtbot, monkeypatch
):
    from gui.lab.handwriting import page as lab_teach

    page = make_page()
    assert page.dataset is None and page.prompt == 0
    answers = [""]  # the first time, the folder dialog is cancelled
    monkeypatch.setattr(
        lab_teach.QFileDialog, "getExistingDirectory", lambda *a, **k: answers.pop(0)
    )
    draw_digit(page.canvas, 0)
    page.accept_button.click()
    # Cancelled: nothing saved, nothing lost; the drawing waits on the canvas.
    assert page.dataset is None and not page.canvas.is_empty()
    assert "choose a folder" in page.prompt_detail.text()

    folder = tmp_path / "first"
    answers.append(str(folder))
    with qtbot.waitSignal(page.samplesChanged, timeout=5000):
        page.accept_button.click()  # asks for the folder, opens it, then saves the sample
    manifest = json.loads((folder / MANIFEST).read_text())
    assert [s["label"] for s in manifest["samples"]] == [0]
    assert page.canvas.is_empty() and page.gallery.count() == 1
    assert page.gallery_note.text().startswith("1 sample: 1 to train on, 0 kept aside")
    assert page.prompt == 1
    # The folder's path fits its label: whole, or shortened with "…", never cut mid-word.
    from tests.gui_support import clipped_text

    page.resize(700, 800)
    qtbot.wait(20)
    shown = page.folder_label.text()
    assert page.folder_label.full_text() == str(folder) == page.folder_label.toolTip()
    assert shown == str(folder) or ("…" in shown and shown.endswith("first"))
    assert not [p for p in clipped_text(page) if shown[:20] in p]


def test_gallery_relabel_delete_and_undo(make_page, tmp_path, qtbot, monkeypatch):
    ds = PersonalDataset.open(tmp_path / "mine")
    for digit in (4, 4, 7):
        ds.add(preprocess(np.asarray(render_digit(digit, 140))).input, digit)
    page = make_page(ds.folder)
    assert page.gallery.count() == 3
    texts = [page.gallery.item(i).text() for i in range(3)]
    assert texts == ["4", "4 · test", "7"]

    first = ds.samples[0]
    page.select_sample(first.id)
    assert page.delete_button.isEnabled() and page.relabel_box.currentIndex() == 4
    page.relabel_box.setCurrentIndex(9)
    with qtbot.waitSignal(page.samplesChanged, timeout=5000):
        page.relabel_button.click()
    assert PersonalDataset.open(ds.folder).sample(first.id).label == 9
    assert page.gallery.item(0).text() == "9"

    # Delete asks first; "No" keeps the sample.
    monkeypatch.setattr(page, "_confirm", lambda title, text: False)
    page.delete_button.click()
    qtbot.wait(50)
    assert page.gallery.count() == 3 and (ds.folder / first.file).exists()

    monkeypatch.setattr(page, "_confirm", lambda title, text: True)
    with qtbot.waitSignal(page.samplesChanged, timeout=5000):
        page.delete_button.click()
    assert not (ds.folder / first.file).exists()
    assert [s.id for s in PersonalDataset.open(ds.folder).samples] == [s.id for s in ds.samples[1:]]
    assert page.gallery.count() == 2 and page.undo_button.isEnabled()

    with qtbot.waitSignal(page.samplesChanged, timeout=5000):
        page.undo_button.click()
    again = PersonalDataset.open(ds.folder)
    assert len(again) == 3 and again.counts()[9] == 1
    assert page.gallery.count() == 3 and not page.undo_button.isEnabled()


def test_a_foreign_folder_is_reported_in_one_line(make_page, tmp_path, qtbot):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / MANIFEST).write_text('{"format": "something-else"}')
    page = make_page()
    with qtbot.waitSignal(page.errorReported, timeout=5000) as blocker:
        page.open_folder(folder)
    title, message, _details = blocker.args
    assert "samples folder" in title and "something else" in message and "\n" not in message
    assert page.dataset is None


def test_fine_tuning_from_the_page_reports_before_and_after(
    make_page, tmp_path, qtbot, tiny_model_path
):
    ds = PersonalDataset.open(tmp_path / "mine")
    rng = np.random.default_rng(3)
    for _ in range(2):
        for digit in (1, 7):
            im = render_digit(digit, 140, angle=rng.uniform(-10, 10))
            ds.add(preprocess(np.asarray(im)).input, digit)
    page = make_page(ds.folder)
    tune = page.tune_card

    page.fine_tune()  # no model yet
    assert "model first" in tune.tune_status.text()

    with qtbot.waitSignal(page.session.modelChanged, timeout=60000):
        page.session.open(tiny_model_path)
    tune.tune_options = {"mnist_digits": 300, "eval_digits": 200}
    tune.epochs.setValue(1)
    with qtbot.waitSignal(page.fineTuned, timeout=60000) as blocker:
        tune.tune_button.click()
        assert not tune.tune_button.isEnabled() and tune.stop_button.isEnabled()
    result = blocker.args[0]
    assert result["status"] == "completed"
    assert result["before"]["personal_n"] == 2 and result["after"]["mnist_n"] == 200
    assert tune.cells[(1, 1)].text().endswith("%") and tune.cells[(2, 2)].text().endswith("%")
    assert "(2)" in tune.row_names[0].text() and "200" in tune.row_names[1].text()
    assert tune.use_button.isEnabled() and tune.tune_button.isEnabled()

    # "Use this model" saves it into the samples folder and makes it the session's model.
    with qtbot.waitSignal(page.session.modelChanged, timeout=60000) as loaded:
        tune.use_button.click()
    info = loaded.args[0]
    assert info["name"] == "tiny + you" and info["path"].startswith(str(ds.folder / "models"))
    assert info["metadata"]["fine_tuned"]["personal_data"]["train"] == 2
    # The models folder does not disturb the dataset.
    assert PersonalDataset.open(ds.folder).warnings == []

    target = tmp_path / "kept"
    with qtbot.waitSignal(page.modelSaved, timeout=30000):
        tune.save_tuned(target)
    assert (tmp_path / "kept.keras").is_file()


def test_too_few_samples_and_stopping(make_page, tmp_path, qtbot, tiny_model_path):
    ds = PersonalDataset.open(tmp_path / "mine")
    ds.add(preprocess(np.asarray(render_digit(3, 140))).input, 3)
    page = make_page(ds.folder)
    tune = page.tune_card
    with qtbot.waitSignal(page.session.modelChanged, timeout=60000):
        page.session.open(tiny_model_path)
    page.fine_tune()
    assert "at least 2 samples of 3" in tune.tune_status.text()
    assert not tune.tuning

    ds2 = PersonalDataset.open(tmp_path / "more")
    for digit in (3, 3):
        ds2.add(preprocess(np.asarray(render_digit(digit, 140))).input, digit)
    with qtbot.waitSignal(page.datasetOpened, timeout=5000):
        page.open_folder(ds2.folder)
    tune.tune_options = {"mnist_digits": 3000, "eval_digits": 100}
    tune.epochs.setValue(20)
    with qtbot.waitSignal(page.fineTuned, timeout=60000) as blocker:
        page.fine_tune()
        qtbot.waitUntil(lambda: tune.tune_progress.value() > 0, timeout=60000)
        tune.stop_button.click()
    assert blocker.args[0]["status"] == "stopped"
    assert "unchanged" in tune.tune_status.text() and not tune.use_button.isEnabled()


def test_closing_while_fine_tuning_ends_within_two_seconds(
    make_page, tmp_path, qtbot, tiny_model_path
):
    import time

    ds = PersonalDataset.open(tmp_path / "mine")
    for digit in (5, 5):
        ds.add(preprocess(np.asarray(render_digit(digit, 140))).input, digit)
    page = make_page(ds.folder)
    tune = page.tune_card
    with qtbot.waitSignal(page.session.modelChanged, timeout=60000):
        page.session.open(tiny_model_path)
    tune.tune_options = {"mnist_digits": 5000, "eval_digits": 100}
    tune.epochs.setValue(20)
    page.fine_tune()
    qtbot.waitUntil(lambda: tune.tune_progress.value() > 0, timeout=60000)
    began = time.perf_counter()
    assert page.shutdown(2000)
    assert time.perf_counter() - began < 2.0


def test_a_reading_of_a_drawing_since_cleared_is_not_shown(make_page, qtbot, tiny_model_path):
    page = make_page()
    with qtbot.waitSignal(page.session.modelChanged, timeout=60000):
        page.session.open(tiny_model_path)
    with qtbot.waitSignal(
        page.session.jobFinished,
        timeout=20000,
        check_params_cb=lambda kind, _result: kind == "teach-read",
    ):
        draw_digit(page.canvas, 3)  # every stroke asks the model what it reads
        page.canvas.clear()  # and the canvas is clear before the answer is back
    assert page.reads.text() == ""
    draw_digit(page.canvas, 3)
    qtbot.waitUntil(lambda: "reads it as" in page.reads.text(), timeout=20000)
