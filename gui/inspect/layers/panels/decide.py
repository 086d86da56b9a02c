"""The "Decide" tab: flatten, then decide (ideas 7 and 8), on your digit.

The row of features, what each of its numbers added to the winner's score, the dense layers
adding it all up, the scores becoming probabilities, and the feature maps that pushed the
answer up and held it down, each part rounded so that the parts add up to the score shown.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.common.i18n import translate
from gui.common.maps.colors import ColorScale
from gui.common.maps.grid import MapGrid
from gui.common.maps.legend import ColorLegend
from gui.inspect.layer_text import signed
from gui.inspect.layers.filters_card import units_text
from gui.inspect.layers.panels.contribution_bars import ContributionBars
from gui.inspect.layers.panels.parts import caption, step_title, title
from model.explain import round_to_add_up
from model.i18n import integer, number


class DecisionPanel(QWidget):
    """Flatten and decide, as four steps: the row of features, what each number in it did to
    the winner's score (in the same places), the dense layers adding it all up, and the scores
    becoming probabilities, with the feature maps that pushed the answer up and down."""

    # Feature maps (or pixels) shown as bars: the strongest pushes up, then down.
    UP, DOWN = 6, 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: dict | None = None
        self.heading = title(translate("inspect.layers.panels.decide", "Flatten, then decide"))
        self.flat_caption = caption()
        self.strip = MapGrid(min_size=QSize(300, 70), gap=0, tile_names="row")
        self.strip.setFixedHeight(84)
        self.push_caption = caption()
        self.push_strip = MapGrid(min_size=QSize(300, 70), gap=0, tile_names="row")
        self.push_strip.setFixedHeight(84)
        self.push_legend = ColorLegend()
        self.dense_caption = caption()
        self.scores = QLabel()
        self.scores.setTextFormat(Qt.TextFormat.RichText)
        self.scores.setWordWrap(True)
        self.bars_caption = caption()
        self.bars = ContributionBars()
        self.sum_line = QLabel()
        self.sum_line.setTextFormat(Qt.TextFormat.RichText)
        self.sum_line.setWordWrap(True)
        self.note = caption()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(5)
        layout.addWidget(self.heading)
        self.titles = [
            step_title(
                translate(
                    "inspect.layers.panels.decide",
                    "1 · Flatten: the maps become one row of numbers",
                )
            ),
            step_title(
                translate("inspect.layers.panels.decide", "2 · The dense layers add it all up")
            ),
            step_title(translate("inspect.layers.panels.decide", "3 · The highest score wins")),
            step_title(
                translate(
                    "inspect.layers.panels.decide",
                    "4 · What pushed the answer up, what held it down",
                )
            ),
        ]
        layout.addWidget(self.titles[0])
        layout.addWidget(self.flat_caption)
        layout.addWidget(self.strip)
        layout.addWidget(self.push_caption)
        layout.addWidget(self.push_strip)
        layout.addWidget(self.push_legend)
        layout.addWidget(self.titles[1])
        layout.addWidget(self.dense_caption)
        layout.addWidget(self.titles[2])
        layout.addWidget(self.scores)
        layout.addWidget(self.titles[3])
        layout.addWidget(self.bars_caption)
        layout.addWidget(self.bars)
        layout.addWidget(self.sum_line)
        layout.addWidget(self.note)
        layout.addStretch(1)

    @staticmethod
    def _rows(vector: np.ndarray, width: int) -> np.ndarray:
        padded = np.full(int(np.ceil(vector.size / width)) * width, np.nan)
        padded[: vector.size] = vector
        return padded.reshape(-1, width)

    def show_result(self, r: dict) -> None:
        """Show a ``gui.inspect.layers.jobs.decision`` result."""
        self.result = r
        if "unsupported" in r:
            self._show_unsupported(r)
            return
        for widget in (self.push_caption, self.push_strip, self.push_legend, self.bars):
            widget.show()
        digit, source, (h, w, c) = r["unit"], r["source_layer"], r["source_shape"]
        raw = source is None
        n = r["features"].size
        width = 112 if raw else 100
        self.heading.setText(_why(digit))
        self.strip.set_maps(self._rows(r["features"], width), ColorScale.pixels() if raw else None)
        if raw:
            text = translate(
                "inspect.layers.panels.decide",
                "The 28×28 image unrolled into one row of {n} numbers (shown wrapped, "
                "{width} per line: four image rows each). Nothing in this row says which pixel "
                "was above which.",
            )
        else:
            text = translate(
                "inspect.layers.panels.decide",
                "The {h}×{w}×{c} feature maps of {layername} unrolled into one row of "
                "{numbers} (wrapped, {width} per line). Each says how strongly a "
                "feature was found somewhere, not how bright a pixel was.",
            )
        self.flat_caption.setText(
            text.format(n=n, width=width, h=h, w=w, c=c, layername=source, numbers=_numbers(n))
        )
        contributions = r["contributions"]
        scale = ColorScale.for_values(contributions, True)
        self.push_strip.set_maps(self._rows(contributions, width), scale)
        self.push_legend.set_scale(
            scale,
            translate(
                "inspect.layers.panels.decide", "pushed {label} down ← 0 → pushed {label} up"
            ).format(label=digit),
        )
        self.push_caption.setText(
            translate(
                "inspect.layers.panels.decide",
                "The same row, number for number in the same place: what each one added to the "
                "score of {label} (red up, blue down; white: nothing, most are 0).",
            ).format(label=digit)
        )
        self.dense_caption.setText(self._dense_text(r))
        self.scores.setText(self._scores_html(r))
        self._show_pushes(r)

    def _dense_text(self, r: dict) -> str:
        n, digit = r["features"].size, r["unit"]
        parts = []
        inputs = _numbers(n)
        for name, units, fired in r["hidden"]:
            parts.append(
                translate(
                    "inspect.layers.panels.decide",
                    "{layername} has {units}; each multiplies all {inputs} by its own "
                    "weights, adds them up with a bias, and ReLU keeps it only if positive: "
                    "{fired} of {n} fired for your digit.",
                ).format(
                    layername=name, units=units_text(units), inputs=inputs, fired=fired, n=units
                )
            )
            inputs = translate("inspect.layers.panels.decide", "{n} units that fired").format(
                n=fired
            )
        parts.append(
            translate(
                "inspect.layers.panels.decide",
                "The output layer does the same once per digit with the {inputs}: ten sums, "
                "the scores. Every share above is a number's part in the score of {label} "
                "through all these sums.",
            ).format(inputs=inputs, label=digit)
        )
        return " ".join(parts)

    @staticmethod
    def _scores_html(r: dict) -> str:
        digit, scores, probs = r["unit"], r["scores"], r["probabilities"]
        cells = []
        for d in range(len(scores)):
            bold = ("<b>", "</b>") if d == digit else ("", "")
            cells.append(
                f"<td align='center'>{bold[0]}{d}<br>{signed(scores[d], 2)}<br>"
                f"{number(probs[d] * 100, 0)} %{bold[1]}</td>"
            )
        heads = translate("inspect.layers.panels.decide", "digit<br>score<br>probability")
        softmax = translate(
            "inspect.layers.panels.decide",
            "Softmax turns the ten scores into probabilities that "
            "add up to 100 %: {label}'s score of {score} becomes "
            "{pct} %. The Draw tab's bars and the output layer's tiles on "
            "the left show these probabilities.",
        ).format(label=digit, score=number(scores[digit], 2), pct=number(probs[digit] * 100, 0))
        return (
            "<table cellspacing='0' cellpadding='2' style='font-size:12px'><tr><td>"
            f"{heads}</td>{''.join(cells)}</tr></table>"
            f"<p style='font-size:12px'>{softmax}</p>"
        )

    def _show_pushes(self, r: dict) -> None:
        digit, source, (h, w, c) = r["unit"], r["source_layer"], r["source_shape"]
        if c > 1:
            shares = np.asarray(r["by_map"], np.float64)
            name = translate("inspect.layers.panels.decide", "map {k} of {layername}")
            names = [name.format(k=k, layername=source) for k in range(c)]
            what = translate("inspect.layers.panels.decide", "feature maps of {layername}").format(
                layername=source
            )
            self.bars_caption.setText(
                translate(
                    "inspect.layers.panels.decide",
                    "Each of {layername}'s {c} maps added its {numbers} to the score "
                    "of {label}: the maps that pushed it up most (red) and held it down most "
                    "(blue). Find them on the left by selecting that layer.",
                ).format(layername=source, c=c, numbers=_numbers(h * w), label=digit)
            )
        else:
            shares = np.asarray(r["contributions"], np.float64)
            name = translate("inspect.layers.panels.decide", "pixel row {row}, column {col}")
            names = [name.format(row=i // w, col=i % w) for i in range(shares.size)]
            if source is None:
                what = translate("inspect.layers.panels.decide", "pixels")
            else:
                what = translate("inspect.layers.panels.decide", "numbers of {layername}").format(
                    layername=source
                )
            self.bars_caption.setText(
                translate(
                    "inspect.layers.panels.decide",
                    "The {parts} that pushed the score of {label} up most (red) and held it "
                    "down most (blue).",
                ).format(parts=what, label=digit)
            )
        order = np.argsort(-shares, kind="stable")
        up = [i for i in order[: self.UP] if shares[i] > 0]
        down = [i for i in order[::-1][: self.DOWN] if shares[i] < 0]
        self.bars.set_rows([(names[i], float(shares[i])) for i in up + down])
        # The score, split so that the parts shown add up to the score shown.
        score = float(r["scores"][digit])
        parts = np.array([shares[shares > 0].sum(), shares[shares < 0].sum(), float(r["constant"])])
        shown_up, shown_down, shown_bias = round_to_add_up(parts, 2, round(score, 2))
        text = translate(
            "inspect.layers.panels.decide",
            "Score of {label}: <b style='color:#ef4444'>{up}</b> from the {parts} that pushed "
            "it up, <b style='color:#3b82f6'>{down}</b> from those that held it down, "
            "<b>{bias}</b> from the biases = <b>{score}</b>",
        ).format(
            label=digit,
            up=signed(shown_up, 2),
            parts=what,
            down=signed(shown_down, 2),
            bias=signed(shown_bias, 2),
            score=number(round(score, 2) + 0.0, 2),
        )
        self.sum_line.setText(f"<span style='font-size:14px'>{text}</span>")
        self.note.setText(
            translate(
                "inspect.layers.panels.decide",
                "Rounded to 2 decimals so that the parts add up to the score.",
            )
        )

    def _show_unsupported(self, r: dict) -> None:
        probs = r["probabilities"]
        digit = int(np.argmax(probs))
        self.heading.setText(_why(digit))
        self.flat_caption.setText(r["unsupported"])
        self.strip.clear()
        for widget in (self.push_caption, self.push_strip, self.push_legend, self.bars):
            widget.hide()
        self.dense_caption.setText(
            translate(
                "inspect.layers.panels.decide",
                "Its dense layers still add up weight × input for every unit; only the split "
                "into each number's share needs ReLU units.",
            )
        )
        listed = ", ".join(f"{d}: {number(p * 100, 0)} %" for d, p in enumerate(probs))
        self.scores.setText(
            translate("inspect.layers.panels.decide", "Probabilities: {list}").format(list=listed)
        )
        self.sum_line.setText("")
        self.note.setText("")
        self.bars_caption.setText("")


def _why(digit: int) -> str:
    return translate("inspect.layers.panels.decide", "Flatten, then decide: why “{label}”").format(
        label=digit
    )


def _numbers(n: int) -> str:
    """ "1 number", "800 numbers"."""
    if n == 1:
        return translate("inspect.layers.panels.decide", "1 number")
    return translate("inspect.layers.panels.decide", "{n} numbers").format(n=integer(n))
