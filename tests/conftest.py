"""Shared fixtures: MNIST, a small CNN trained once per session, offscreen Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Tests that kill a process with SIGKILL or reason about inodes and hard links: POSIX only.
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals and inodes")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English texts, whatever the machine's locale; test_i18n switches language.
os.environ["CONVSCOPE_LANG"] = "en"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the app runs (model/__init__.py)
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Small but real: two conv stages reach ~98 % on MNIST after a few seconds of training, which
# is enough to tell whether preprocessing hands the network digits it can read.
FIXTURE_SPEC = [
    {"type": "Conv2D", "filters": 16, "kernel_size": 3, "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Conv2D", "filters": 32, "kernel_size": 3, "activation": "relu"},
    {"type": "MaxPooling2D", "pool_size": 2},
    {"type": "Flatten"},
    {"type": "Dense", "units": 10, "activation": "softmax"},
]


@pytest.fixture(scope="session")
def mnist():
    from model.data.mnist import load_mnist

    return load_mnist()


@pytest.fixture(scope="session")
def trained(mnist, tmp_path_factory):
    """(model path, Predictor) of a CNN trained on 15,000 digits for 2 epochs."""
    from model.network.predictor import Predictor
    from model.storage import save_model
    from model.training.config import TrainConfig
    from model.training.trainer import Trainer

    config = TrainConfig(
        epochs=2, batch_size=64, learning_rate=2e-3, schedule="cosine", limit=15000, seed=1
    )
    result = Trainer(FIXTURE_SPEC, config, mnist).run()
    path = tmp_path_factory.mktemp("models") / "fixture.keras"
    save_model(result.model, path, {"name": "fixture", "spec": FIXTURE_SPEC})
    return path, Predictor(result.model)


@pytest.fixture(scope="module", autouse=True)
def _no_windows_left_from_earlier_modules():
    """Each test module starts with no top-level widget left by the modules before it.

    A test that closes its window leaves the widget alive until Qt deletes it, and thousands
    of them piled up over the suite: every app-wide style, font or zoom change repolishes every
    live widget, so the theme and zoom tests took minutes each by the end of a full run."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
