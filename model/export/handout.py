"""The lesson handout: one HTML file about a model and a digit, pictures embedded.

HTML rather than PDF: the core writes it with NumPy and Pillow, without Qt (``model/`` never
imports Qt, and the command line runs without a screen); any browser opens it, prints it or
saves it as PDF, and each picture can be dragged into a slide. The handout holds the digit
and the answer, the architecture, the accuracy and the confusion matrix measured on the MNIST
test digits (about a second in NumPy), the digit through every layer and the first layer's
filters (``model.export.sections``).
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from model.export import sections
from model.export.errors import ExportError
from model.export.filters import first_layer
from model.export.writer import publish
from model.i18n import language, translate
from model.network.predictor import Predictor

STYLE = """
body { font-family: system-ui, sans-serif; color: #1d2433; max-width: 960px; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { margin-top: 1.6em; }
h3 { font-size: 1em; font-weight: 600; margin: 1.2em 0 0.3em; }
.meta, footer { color: #667085; }
img { image-rendering: pixelated; max-width: 100%; margin: 0.3em 1em 0.3em 0; }
.row { display: flex; flex-wrap: wrap; align-items: flex-start; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #dce1e9; padding: 0.25em 0.6em; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.confusion td, table.confusion th { text-align: center; min-width: 2.6em; }
section { break-inside: avoid-page; }
"""


@dataclass(frozen=True)
class Measured:
    """What the handout says about accuracy: the figures, or why there are none."""

    accuracy: float | None
    n: int
    confusion: np.ndarray | None
    source: str


def measure(network: Any, data: Any = None, metadata: dict | None = None) -> Measured:
    """Accuracy and confusion matrix on ``data``'s test digits (``MnistData``; by default the
    bundled MNIST). Without test digits, the accuracy the model file records, if any."""
    from model.evaluation import evaluate

    try:
        if data is None:
            from model.data.mnist import load_mnist

            data = load_mnist()
    except Exception as exc:  # no MNIST on this machine: say so in the handout
        recorded = (metadata or {}).get("test_accuracy")
        n = int((metadata or {}).get("test_n") or 0)
        if recorded is not None:
            return Measured(
                float(recorded),
                n,
                None,
                translate("export.handout", "as recorded in the model file"),
            )
        reason = translate("export.handout", "no test digits ({reason})").format(reason=exc)
        return Measured(None, 0, None, reason)
    result = evaluate(Predictor(network), data.x_test, data.y_test)
    return Measured(
        result.accuracy,
        result.n,
        result.confusion,
        translate("export.handout", "measured just now"),
    )


def handout_html(
    network: Any,
    image: np.ndarray,
    name: str,
    test: Measured,
    source: str = "",
    metadata: dict | None = None,
) -> str:
    """The whole handout as one HTML page (see the module docstring); ``metadata`` (the model
    file's) gives the calibration the verdict's words use, as in the app."""
    from model.uncertainty import Calibration, assess

    image = np.asarray(image, np.float32).reshape(28, 28)
    prediction = Predictor(network).predict(image)
    assessment = assess(prediction.probabilities, Calibration.of(metadata), prediction.logits)
    when = time.strftime("%Y-%m-%d %H:%M")
    if source:
        made = translate("export.handout", "Convscope lesson handout, made {moment} from {source}.")
    else:
        made = translate("export.handout", "Convscope lesson handout, made {moment}.")
    heading = translate("export.handout", "How the network {name} reads a handwritten digit")
    body = [
        f"<h1>{html.escape(heading.format(name=name))}</h1>",
        f'<p class="meta">{html.escape(made.format(moment=when, source=source))}</p>',
        sections.digit_section(image, prediction.probabilities, assessment),
        sections.architecture_section(network),
        sections.accuracy_section(test.accuracy, test.n, test.source),
        sections.confusion_section(test.confusion),
        sections.layers_section(network, prediction.activations),
        sections.filters_section(first_layer(network, None, limit=64)),
        "<footer><p>"
        + html.escape(
            translate(
                "export.handout",
                "Print this page, or save it as PDF from the browser's print dialog; "
                "drag any picture into your slides.",
            ),
            quote=False,
        )
        + "</p></footer>",
    ]
    title = translate("export.handout", "Convscope handout: {name}").format(name=name)
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def write_handout(text: str, path: str | Path) -> Path:
    """Write the handout to ``path`` (.html or .htm), atomically; returns the path.

    Raises
    ------
    ExportError
        For another suffix or a file that cannot be written.
    """
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ExportError(
            translate("export.handout", "{filename}: save a handout as .html").format(
                filename=path.name
            )
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    except OSError as exc:
        raise ExportError(
            translate("export.handout", "cannot write in {directory}: {reason}").format(
                directory=path.parent, reason=exc.strerror or exc
            )
        ) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(text)
        publish(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(
            translate("export.handout", "cannot write {filename}: {reason}").format(
                filename=path, reason=exc.strerror or exc
            )
        ) from None
    return path
