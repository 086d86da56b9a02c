"""The sections of the lesson handout, each a piece of HTML with its pictures embedded.

Every section is a ``<section id=...>`` (``digit``, ``architecture``, ``accuracy``,
``confusion``, ``layers``, ``filters``) with a heading, a sentence or two for a student, and
its pictures as PNG data inside the page, so the handout is one file that opens anywhere and
whose pictures can be dragged into slides.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import numpy as np
from PIL import Image

from model.export.filters import FirstLayer
from model.export.picture import answer_bars, map_image, tiles
from model.words import count, with_article


def embedded(picture: Image.Image, alt: str) -> str:
    """An ``<img>`` holding ``picture`` as PNG data, drawn with square pixels at any zoom."""
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=False)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}">'


def section(key: str, title: str, *parts: str) -> str:
    """A section of the handout: its heading, then ``parts`` (HTML) in order."""
    return (
        f'<section id="{key}">\n<h2>{html.escape(title)}</h2>\n' + "\n".join(parts) + "\n</section>"
    )


def para(text: str) -> str:
    """A paragraph of plain words (escaped)."""
    return f"<p>{html.escape(text)}</p>"


def verdict(assessment: Any) -> str:
    """What the app says about an answer (``model.uncertainty.Assessment``), in a sentence."""
    label, runner = with_article(assessment.label), with_article(assessment.runner_up)
    if assessment.kind == "not sure":
        return f"In the app's words: not sure, {label} or {runner}?"
    if assessment.kind == "not a digit":
        return "In the app's words: this may not be a digit."
    return f"In the app's words: {assessment.kind}."


def digit_section(image: np.ndarray, probabilities: np.ndarray, assessment: Any) -> str:
    """The digit as the network saw it, the network's answer and what the app says of it."""
    label = int(np.argmax(probabilities))
    sure = float(np.max(probabilities)) * 100
    pictures = (
        '<div class="row">'
        + embedded(map_image(image, 8, "pixels"), "the digit, 28 by 28 pixels")
        + embedded(answer_bars(probabilities, 320, 224), "the answer for each digit")
        + "</div>"
    )
    return section(
        "digit",
        "Your digit and the answer",
        para(
            "The network sees your digit as 28×28 brightness values (left). It gives every "
            f"digit a probability (right) and answers {with_article(label)}, "
            f"{sure:.0f} % sure. {verdict(assessment)}"
        ),
        pictures,
    )


# What each kind of layer does, in a student's words.
LAYER_WORDS = {
    "Conv2D": "slides {filters} filters of {k} over its input: one feature map per filter",
    "MaxPooling2D": "keeps the largest value of each {k} window: smaller maps, more tolerance",
    "AveragePooling2D": "keeps the mean of each {k} window: smaller maps",
    "BatchNormalization": "rescales each map to a steady range, which helps training",
    "Flatten": "unrolls the stack of maps into one long row of features",
    "Dropout": "switches off random values while training; does nothing when reading",
    "Activation": "applies its activation to every value",
    "Dense": "combines all its inputs into {units} scores",
}


def layer_words(layer: Any, last: bool) -> str:
    """What ``layer`` (a ``model.network`` layer) does, in a few words."""
    kind = type(layer).__name__
    if kind == "Dense" and last:
        return "gives one score per digit, 0 to 9: the highest is the answer"
    size = getattr(layer, "kernel_size", None) or getattr(layer, "pool_size", None) or ()
    words = LAYER_WORDS.get(kind, "passes its input on, changed")
    return words.format(
        filters=getattr(layer, "filters", "its"),
        k="×".join(str(s) for s in size) if size else "",
        units=getattr(layer, "units", "several"),
    )


def architecture_section(network: Any) -> str:
    """The layers, first to last: name, type, what it does, output shape, parameters."""
    rows = []
    last = len(network.layers) - 1
    for i, layer in enumerate(network.layers):
        shape = "×".join(str(d) for d in layer.output_shape)
        rows.append(
            f"<tr><td>{html.escape(layer.name)}</td><td>{html.escape(type(layer).__name__)}"
            f"</td><td>{html.escape(layer_words(layer, i == last))}</td><td>{shape}</td>"
            f'<td class="num">{layer.count_params():,}</td></tr>'
        )
    table = (
        "<table><thead><tr><th>Layer</th><th>Type</th><th>What it does</th><th>Output</th>"
        "<th>Parameters</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    return section(
        "architecture",
        "The network, layer by layer",
        para(
            f"{count(len(network.layers), 'layer')} and "
            f"{count(network.count_params(), 'parameter')} (weights and biases), all learned "
            "from examples. The digit goes through them from top to bottom."
        ),
        table,
    )


def accuracy_section(accuracy: float | None, n: int, source: str) -> str:
    """How often the network is right on digits it never trained on."""
    if accuracy is None:
        text = f"Not measured: {source}"
    else:
        text = (
            f"{accuracy * 100:.2f} % of {count(n, 'test digit')} read correctly ({source}). "
            "The test digits were kept apart during training, so this is how the network "
            "does on handwriting it has never seen."
        )
    return section("accuracy", "How often it is right", para(text))


def confusion_section(confusion: np.ndarray | None) -> str:
    """The confusion matrix as a table, mistakes shaded by how often they happen."""
    if confusion is None:
        return section(
            "confusion",
            "Which digits it mixes up",
            para("Not available: the test digits could not be read."),
        )
    cm = np.asarray(confusion, np.int64)
    off = cm.copy()
    np.fill_diagonal(off, 0)
    worst = float(off.max()) or 1.0
    head = "".join(f"<th>{j}</th>" for j in range(10))
    body = []
    for i in range(10):
        cells = []
        for j in range(10):
            if i == j:
                style = "background:#dcfce7"
            else:
                alpha = 0.08 + 0.85 * cm[i, j] / worst if cm[i, j] else 0.0
                style = f"background:rgba(194,65,12,{alpha:.2f})"
                if alpha > 0.5:  # dark text would vanish on the darkest cells
                    style += ";color:#fff"
            cells.append(f'<td class="num" style="{style}">{cm[i, j]:,}</td>')
        body.append(f"<tr><th>{i}</th>{''.join(cells)}</tr>")
    i, j = np.unravel_index(int(np.argmax(off)), off.shape)
    worst_words = (
        f"The most common mistake: {with_article(int(i))} read as {with_article(int(j))} "
        f"({count(int(off[i, j]), 'time')})."
        if off[i, j]
        else "It made no mistakes."
    )
    return section(
        "confusion",
        "Which digits it mixes up",
        para(
            "Each row is the true digit, each column the network's answer. The green "
            "diagonal counts the digits read right; every other number is a mistake, shaded "
            "darker the more often it happens. " + worst_words
        ),
        '<table class="confusion"><thead><tr><th>true \\ read as</th>'
        + head
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>",
    )


def layer_picture(values: np.ndarray) -> Image.Image:
    """One layer's output for the digit: a tile per map, or a grid of values for a row."""
    values = np.asarray(values, np.float64)
    if values.ndim == 3:
        h = values.shape[0]
        return tiles(values, max(2, 80 // h), columns=8, gap=4)
    flat = values.reshape(-1)
    columns = min(len(flat), 64)
    padded = np.full(-(-len(flat) // columns) * columns, np.nan)
    padded[: len(flat)] = flat
    cell = 24 if len(flat) <= 16 else 10 if len(flat) <= 64 else 8
    return map_image(padded.reshape(-1, columns), cell)


def layers_section(network: Any, activations: dict[str, np.ndarray]) -> str:
    """The digit through every layer: each layer's output as pictures."""
    parts = [
        para(
            "What each layer made of your digit. A tile is one feature map: bright where "
            "its filter found its pattern. After Flatten, each square is one value of the "
            "long row; the last layer's squares are the ten scores."
        )
    ]
    for layer in network.layers:
        out = activations[layer.name]
        shape = "×".join(str(d) for d in out.shape)
        parts.append(
            f"<h3>{html.escape(layer.name)} · {html.escape(type(layer).__name__)} · "
            f"{shape}</h3>" + embedded(layer_picture(out), f"output of {layer.name}")
        )
    return section("layers", "Your digit through every layer", *parts)


def filters_section(first: FirstLayer | None) -> str:
    """The first layer's filters (or first units' weights) as pictures."""
    if first is None:
        return section("filters", "The first layer's filters", para("This network has none."))
    if first.kind == "conv":
        k = first.weights.shape[0]
        text = (
            f"Each of the {count(first.weights.shape[-1], 'filter')} of {first.name} is a "
            f"{k}×{k} grid of weights: red weights add, blue ones subtract. A filter responds "
            "where the digit looks like it: an edge, a stroke in one direction."
        )
    else:
        text = (
            f"{first.name} has no filters: each unit weighs all 784 pixels at once. Here are "
            f"the weights of its first {count(first.weights.shape[-1], 'unit')} as 28×28 "
            "pictures: red adds, blue subtracts."
        )
    cell = max(2, 48 // first.weights.shape[0])
    picture = tiles(first.weights, cell, columns=12, gap=6, kind="signed")
    return section(
        "filters",
        "The first layer's filters",
        para(text),
        embedded(picture, f"the weights of {first.name}"),
    )
