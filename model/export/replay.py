"""The training replay: the same digit seen by the network at each saved moment of a run.

Each frame is one snapshot of the run's weights (the Inspect tab's "Replay training" slider):
the digit, the first layer's filters and their maps on it, and the network's answer then, with
where in the run the snapshot was taken. Watching the filters turn from noise into stroke
detectors while the answer settles is the point.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from model.export.errors import ExportError
from model.export.filters import first_layer
from model.export.picture import (
    ACCENT,
    BAR_TRACK,
    MUTED,
    answer_bars,
    blank,
    font,
    map_image,
    write,
    write_wrapped,
)
from model.i18n import translate
from model.network.predictor import Predictor

SIZE = (800, 450)


def training_replay_frames(
    network: Any,
    snapshots: Sequence[tuple[str, list[np.ndarray]]],
    image: np.ndarray,
) -> list[Image.Image]:
    """One frame per snapshot: ``snapshots`` are (where it was taken, in words; the weights in
    Keras's order) of ``network``'s architecture, oldest first.

    ``network`` itself is not changed: the snapshots' weights go into a copy.

    Raises
    ------
    ExportError
        With no snapshots, or weights that do not fit the architecture.
    """
    if not snapshots:
        raise ExportError(
            translate(
                "export.replay",
                "there is no training run to replay: train a model on the Train tab",
            )
        )
    image = np.asarray(image, np.float32).reshape(28, 28)
    predictor = Predictor(network.copy())
    frames = []
    for index, (text, weights) in enumerate(snapshots):
        try:
            predictor.set_weights(weights)
        except Exception as exc:  # a snapshot of another architecture
            raise ExportError(
                translate("export.replay", "snapshot {n} ({moment}) does not fit: {reason}").format(
                    n=index + 1, moment=text, reason=exc
                )
            ) from None
        prediction = predictor.predict(image)
        frames.append(_frame(predictor.model, prediction, image, text, index, len(snapshots)))
    return frames


def _frame(
    network: Any, prediction: Any, image: np.ndarray, text: str, index: int, total: int
) -> Image.Image:
    out = blank(*SIZE)
    draw = ImageDraw.Draw(out)
    write(
        draw,
        (30, 22),
        translate("export.replay", "Training replay: {moment}").format(moment=text),
        24,
    )
    write_wrapped(
        draw,
        (30, 56),
        translate(
            "export.replay",
            "The same digit through the network as it was at each moment of its training run: "
            "its first filters, what they find in the digit, and its answer.",
        ),
        740,
    )
    write(draw, (30, 106), translate("export.replay", "Your digit"), 15)
    out.paste(map_image(image, 5, "pixels"), (30, 130))
    layer = first_layer(network, prediction.activations)
    if layer is not None:
        _draw_first_layer(out, draw, layer)
    bars = answer_bars(prediction.probabilities, 220, 270, translate("export.replay", "Its answer"))
    out.paste(bars, (550, 106))
    # Where in the run: a bar filling up as the replay goes on.
    where = translate("export.replay", "Snapshot {n} of {total}").format(n=index + 1, total=total)
    write(draw, (30, 396), where, 14, MUTED)
    # The bar starts after the words, however long they are in the language spoken.
    start = max(190, 30 + int(font(14).getlength(where)) + 14)
    draw.rectangle((start, 400, 770, 410), fill=BAR_TRACK)
    share = (index + 1) / total
    draw.rectangle((start, 400, start + int((770 - start) * share), 410), fill=ACCENT)
    return out


def _draw_first_layer(out: Image.Image, draw: ImageDraw.ImageDraw, layer: Any) -> None:
    """Up to eight filters, each above its map on the digit, in two rows of four."""
    x0, y0 = 200, 106
    if layer.maps is not None:
        what = translate("export.replay", "First layer ({name}): filters and their maps")
    else:
        what = translate("export.replay", "First layer ({name}): first units' weights")
    write(draw, (x0, y0), what.format(name=layer.name), 15)
    n = layer.weights.shape[-1]
    kh = layer.weights.shape[0]
    # A conv filter is a few pixels wide and sits above its map; a dense unit's weights are a
    # 28x28 picture with no map below, so it gets the room.
    k_cell = max(1, (24 if layer.maps is not None else 78) // kh)
    for i in range(n):
        r, c = divmod(i, 4)
        x, y = x0 + c * 86, y0 + 26 + r * 124
        out.paste(map_image(layer.weights[..., i], k_cell, "signed"), (x, y))
        if layer.maps is not None:
            fmap = layer.maps[..., i]
            cell = max(1, 78 // max(fmap.shape))
            out.paste(map_image(fmap, cell, "positive"), (x, y + kh * k_cell + 4))
