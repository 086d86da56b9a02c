"""Every Lab page in the two states a student meets first: no model yet (it is still loading),
then the shipped plain dense network, which has no convolution layer at all."""

from __future__ import annotations

import numpy as np
import pytest

from gui.common.page import BrokenPage
from gui.common.session import ModelSession
from gui.common.settings import SettingsStore
from gui.lab.kernels.page import KernelPage
from gui.lab.neighbours.page import NeighboursPage
from gui.lab.tab import LAB_PAGES, LabTab
from model.data.mnist import PROJECT_ROOT
from model.data.preprocess import preprocess
from tests.strokes import render_digit

MLP = PROJECT_ROOT / "resources" / "models" / "mlp.keras"

pytestmark = pytest.mark.skipif(not MLP.exists(), reason="the shipped mlp.keras is missing")

# What each page says while there is no model, and what it shows for the MLP and a drawn 3.
NO_MODEL = {
    "why": lambda p: p.headline.text() == "No model yet",
    "robustness": lambda p: p.current_column.verdict.text() == "No model loaded.",
    "kernels": lambda p: p.no_conv.text() == "Load or train a model first.",
    "neighbours": lambda p: p.progress_text.text() == "Load or train a model first.",
    "teach": lambda p: "model first" in p.tune_card.tune_status.text(),
}
WITH_MLP = {
    "why": lambda p: p.result is not None and p.result["method"] == "gradient",
    "robustness": lambda p: p.current_column.bars.probabilities is not None,
    "kernels": lambda p: (
        "no convolution layer" in p.no_conv.text() and p.playground.stages is not None
    ),
    "neighbours": lambda p: p.result is not None and len(p.result["network"]["labels"]) == 10,
    "teach": lambda p: "Choose a samples folder" in p.tune_card.tune_status.text(),
}


@pytest.mark.parametrize("key", [entry[0] for entry in LAB_PAGES])
def test_each_page_copes_without_a_model_and_with_one_without_convolutions(qtbot, monkeypatch, key):
    monkeypatch.setattr(NeighboursPage, "index_size", 500)
    monkeypatch.setattr(KernelPage, "accuracy_digits", 100)
    session = ModelSession()
    lab = LabTab(session, SettingsStore(None))
    qtbot.addWidget(lab)
    lab.resize(1400, 900)
    lab.show()
    page = lab.show_page(key)
    errors: list[str] = []
    page.errorReported.connect(lambda _title, message, _details: errors.append(message))
    try:
        assert not isinstance(page, BrokenPage)
        session.predict(1, None)  # a blank canvas before any model: nothing to do
        qtbot.waitUntil(page.is_settled, timeout=10000)
        assert NO_MODEL[key](page)

        with qtbot.waitSignal(session.modelChanged, timeout=60000):
            session.open(MLP)
        with qtbot.waitSignal(session.predictionReady, timeout=20000):
            session.predict(2, preprocess(np.asarray(render_digit(3, 280))).input)
        qtbot.waitUntil(lambda: page.is_settled() and WITH_MLP[key](page), timeout=60000)

        session.predict(3, None)  # cleared again
        qtbot.waitUntil(page.is_settled, timeout=10000)
        assert page.image is None and not errors
    finally:
        assert lab.shutdown(2000)
        session.shutdown()
