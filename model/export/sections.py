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
from model.i18n import QT_TRANSLATE_NOOP, integer, number, translate
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
        #: digits come with their article (model.words.with_article): "a 7", "eine 7", "un 7"
        return translate(
            "export.sections", "In the app's words: not sure, {label} or {runner}?"
        ).format(label=label, runner=runner)
    if assessment.kind == "not a digit":
        return translate("export.sections", "In the app's words: this may not be a digit.")
    words = {
        "sure": translate("export.sections", "sure"),
        "fairly sure": translate("export.sections", "fairly sure"),
    }.get(assessment.kind, assessment.kind)
    return translate("export.sections", "In the app's words: {kind}.").format(kind=words)


def digit_section(image: np.ndarray, probabilities: np.ndarray, assessment: Any) -> str:
    """The digit as the network saw it, the network's answer and what the app says of it."""
    label = int(np.argmax(probabilities))
    sure = float(np.max(probabilities)) * 100
    pictures = (
        '<div class="row">'
        + embedded(
            map_image(image, 8, "pixels"),
            translate("export.sections", "the digit, 28 by 28 pixels"),
        )
        + embedded(
            answer_bars(probabilities, 320, 224),
            translate("export.sections", "the answer for each digit"),
        )
        + "</div>"
    )
    return section(
        "digit",
        translate("export.sections", "Your digit and the answer"),
        para(
            #: digits come with their article (model.words.with_article): "a 7", "eine 7", "un 7"
            translate(
                "export.sections",
                "The network sees your digit as 28×28 brightness values (left). It gives every "
                "digit a probability (right) and answers {guess}, {sure} % sure. {verdict}",
            ).format(guess=with_article(label), sure=number(sure, 0), verdict=verdict(assessment))
        ),
        pictures,
    )


# What each kind of layer does, in a student's words (translated where shown).
LAYER_WORDS = {
    "Conv2D": QT_TRANSLATE_NOOP(
        "export.sections",
        "slides {filters} filters of {k} over its input: one feature map per filter",
    ),
    "MaxPooling2D": QT_TRANSLATE_NOOP(
        "export.sections",
        "keeps the largest value of each {k} window: smaller maps, more tolerance",
    ),
    "AveragePooling2D": QT_TRANSLATE_NOOP(
        "export.sections", "keeps the mean of each {k} window: smaller maps"
    ),
    "BatchNormalization": QT_TRANSLATE_NOOP(
        "export.sections", "rescales each map to a steady range, which helps training"
    ),
    "Flatten": QT_TRANSLATE_NOOP(
        "export.sections", "unrolls the stack of maps into one long row of features"
    ),
    "Dropout": QT_TRANSLATE_NOOP(
        "export.sections", "switches off random values while training; does nothing when reading"
    ),
    "Activation": QT_TRANSLATE_NOOP("export.sections", "applies its activation to every value"),
    "Dense": QT_TRANSLATE_NOOP("export.sections", "combines all its inputs into {units} scores"),
}


def layer_words(layer: Any, last: bool) -> str:
    """What ``layer`` (a ``model.network`` layer) does, in a few words."""
    kind = type(layer).__name__
    if kind == "Dense" and last:
        return translate(
            "export.sections", "gives one score per digit, 0 to 9: the highest is the answer"
        )
    size = getattr(layer, "kernel_size", None) or getattr(layer, "pool_size", None) or ()
    if kind in LAYER_WORDS:
        words = translate("export.sections", LAYER_WORDS[kind])
    else:
        words = translate("export.sections", "passes its input on, changed")
    return words.format(
        filters=getattr(layer, "filters", None) or translate("export.sections", "its"),
        k="×".join(str(s) for s in size) if size else "",
        units=getattr(layer, "units", None) or translate("export.sections", "several"),
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
            f'<td class="num">{integer(layer.count_params())}</td></tr>'
        )
    heads = [
        translate("export.sections", "Layer"),
        translate("export.sections", "Type"),
        translate("export.sections", "What it does"),
        translate("export.sections", "Output"),
        translate("export.sections", "Parameters"),
    ]
    table = (
        "<table><thead><tr>"
        + "".join(f"<th>{html.escape(h)}</th>" for h in heads)
        + "</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )
    layers = count(
        len(network.layers),
        translate("export.sections", "layer"),
        translate("export.sections", "layers"),
    )
    parameters = count(
        network.count_params(),
        translate("export.sections", "parameter"),
        translate("export.sections", "parameters"),
    )
    return section(
        "architecture",
        translate("export.sections", "The network, layer by layer"),
        para(
            translate(
                "export.sections",
                "{nlayers} and {parameters} (weights and biases), all learned from examples. "
                "The digit goes through them from top to bottom.",
            ).format(nlayers=layers, parameters=parameters)
        ),
        table,
    )


def accuracy_section(accuracy: float | None, n: int, source: str) -> str:
    """How often the network is right on digits it never trained on."""
    if accuracy is None:
        text = translate("export.sections", "Not measured: {reason}").format(reason=source)
    else:
        digits = count(
            n,
            translate("export.sections", "test digit"),
            translate("export.sections", "test digits"),
        )
        text = translate(
            "export.sections",
            "{percent} % of {ndigits} read correctly ({source}). The test digits were kept "
            "apart during training, so this is how the network does on handwriting it has "
            "never seen.",
        ).format(percent=number(accuracy * 100, 2), ndigits=digits, source=source)
    return section("accuracy", translate("export.sections", "How often it is right"), para(text))


def _confusion_rows(cm: np.ndarray) -> list[str]:
    """The matrix's rows as HTML, mistakes shaded by how often they happen."""
    off = cm.copy()
    np.fill_diagonal(off, 0)
    worst = float(off.max()) or 1.0
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
            cells.append(f'<td class="num" style="{style}">{integer(cm[i, j])}</td>')
        body.append(f"<tr><th>{i}</th>{''.join(cells)}</tr>")
    return body


def confusion_section(confusion: np.ndarray | None) -> str:
    """The confusion matrix as a table, mistakes shaded by how often they happen."""
    title = translate("export.sections", "Which digits it mixes up")
    if confusion is None:
        return section(
            "confusion",
            title,
            para(translate("export.sections", "Not available: the test digits could not be read.")),
        )
    cm = np.asarray(confusion, np.int64)
    off = cm.copy()
    np.fill_diagonal(off, 0)
    head = "".join(f"<th>{j}</th>" for j in range(10))
    i, j = np.unravel_index(int(np.argmax(off)), off.shape)
    if off[i, j]:
        times = count(
            int(off[i, j]),
            translate("export.sections", "time"),
            translate("export.sections", "times"),
        )
        #: digits come with their article (model.words.with_article): "a 7", "eine 7", "un 7"
        worst_words = translate(
            "export.sections", "The most common mistake: {true} read as {got} ({times})."
        ).format(true=with_article(int(i)), got=with_article(int(j)), times=times)
    else:
        worst_words = translate("export.sections", "It made no mistakes.")
    corner = html.escape(translate("export.sections", "true \\ read as"))
    return section(
        "confusion",
        title,
        para(
            translate(
                "export.sections",
                "Each row is the true digit, each column the network's answer. The green "
                "diagonal counts the digits read right; every other number is a mistake, shaded "
                "darker the more often it happens. {worst}",
            ).format(worst=worst_words)
        ),
        f'<table class="confusion"><thead><tr><th>{corner}</th>'
        + head
        + "</tr></thead><tbody>"
        + "".join(_confusion_rows(cm))
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
            translate(
                "export.sections",
                "What each layer made of your digit. A tile is one feature map: bright where "
                "its filter found its pattern. After Flatten, each square is one value of the "
                "long row; the last layer's squares are the ten scores.",
            )
        )
    ]
    for layer in network.layers:
        out = activations[layer.name]
        shape = "×".join(str(d) for d in out.shape)
        alt = translate("export.sections", "output of {name}").format(name=layer.name)
        parts.append(
            f"<h3>{html.escape(layer.name)} · {html.escape(type(layer).__name__)} · "
            f"{shape}</h3>" + embedded(layer_picture(out), alt)
        )
    return section("layers", translate("export.sections", "Your digit through every layer"), *parts)


def filters_section(first: FirstLayer | None) -> str:
    """The first layer's filters (or first units' weights) as pictures."""
    title = translate("export.sections", "The first layer's filters")
    if first is None:
        return section(
            "filters", title, para(translate("export.sections", "This network has none."))
        )
    n = first.weights.shape[-1]
    if first.kind == "conv":
        k = first.weights.shape[0]
        text = translate(
            "export.sections",
            "Each of the {filters} of {name} is a {k}×{k} grid of weights: red weights add, "
            "blue ones subtract. A filter responds where the digit looks like it: an edge, a "
            "stroke in one direction.",
        ).format(
            filters=count(
                n, translate("export.sections", "filter"), translate("export.sections", "filters")
            ),
            name=first.name,
            k=k,
        )
    else:
        text = translate(
            "export.sections",
            "{name} has no filters: each unit weighs all 784 pixels at once. Here are the "
            "weights of its first {units} as 28×28 pictures: red adds, blue subtracts.",
        ).format(
            name=first.name,
            units=count(
                n, translate("export.sections", "unit"), translate("export.sections", "units")
            ),
        )
    cell = max(2, 48 // first.weights.shape[0])
    picture = tiles(first.weights, cell, columns=12, gap=6, kind="signed")
    return section(
        "filters",
        title,
        para(text),
        embedded(
            picture,
            translate("export.sections", "the weights of {name}").format(name=first.name),
        ),
    )
