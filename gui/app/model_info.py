"""What the window says about the current model: the status bar's one line and the
Model ▸ Model Info… box (name, preset, size, accuracy, engine, layers).

Both are built from the session's ``info`` dict, so the text can be tested without a window.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.common import style
from gui.common.i18n import translate
from model import i18n


def _pct(fraction: float, decimals: int) -> str:
    """``0.9912`` -> ``99.1 %`` (``99,1 %``): a space before the sign, as this box writes it."""
    space = " " if i18n.language() == i18n.SOURCE_LANGUAGE else "\u00a0"
    return f"{i18n.number(fraction * 100, decimals)}{space}%"


def model_summary(info: dict | None) -> str:
    """One line for the status bar: name, preset, parameters, test accuracy."""
    if not info:
        return translate("app.model_info", "No model loaded")
    parts = [translate("app.model_info", "Model: {name}").format(name=info["name"])]
    if info.get("preset"):
        parts.append(translate("app.model_info", "preset {preset}").format(preset=info["preset"]))
    parts.append(
        translate("app.model_info", "{count} parameters").format(count=i18n.integer(info["params"]))
    )
    if isinstance(info.get("test_accuracy"), (int, float)):
        parts.append(
            translate("app.model_info", "{pct} test accuracy").format(
                pct=_pct(info["test_accuracy"], 1)
            )
        )
    return " · ".join(parts)


def model_info_html(info: dict | None) -> str:
    """The Model Info box's text."""
    if not info:
        return translate(
            "app.model_info",
            "<p>No model is loaded yet. Open one with <b>Model ▸ Open Model…</b></p>",
        )
    e = html.escape
    acc = info.get("test_accuracy")
    rows = [
        (translate("app.model_info", "File"), info.get("path") or "–"),
        (
            translate("app.model_info", "Preset"),
            info.get("preset") or translate("app.model_info", "custom"),
        ),
        (translate("app.model_info", "Parameters"), i18n.integer(info["params"])),
        (
            translate("app.model_info", "Test accuracy"),
            _pct(acc, 2)
            if isinstance(acc, (int, float))
            else translate("app.model_info", "not recorded"),
        ),
        (translate("app.model_info", "Epochs trained"), info.get("epochs") or "–"),
        (translate("app.model_info", "Created"), info.get("created") or "–"),
        (
            translate("app.model_info", "Computed by"),
            "TensorFlow (" + str(info.get("engine_note") or "") + ")"
            if info.get("engine") == "tensorflow"
            else translate("app.model_info", "NumPy, in the app itself"),
        ),
    ]
    table = "".join(
        f"<tr><td style='color:{style.MUTED};padding-right:12px'>{e(k)}</td>"
        f"<td>{e(str(v))}</td></tr>"
        for k, v in rows
    )
    layers = "".join(
        f"<tr><td>{e(layer['name'])}</td><td style='color:{style.MUTED}'>{e(layer['type'])}</td>"
        f"<td>{'×'.join(str(d) for d in layer['output_shape'])}</td>"
        f"<td align='right'>{i18n.integer(layer['params'])}</td></tr>"
        for layer in info.get("layers", [])
    )
    heads = (
        translate("app.model_info", "Layers"),
        translate("app.model_info", "name"),
        translate("app.model_info", "type"),
        translate("app.model_info", "output"),
        translate("app.model_info", "params"),
    )
    return (
        f"<h3>{e(info['name'])}</h3><table>{table}</table>"
        f"<p><b>{heads[0]}</b></p><table cellspacing='4'>"
        f"<tr style='color:{style.MUTED}'><td>{heads[1]}</td>"
        f"<td>{heads[2]}</td><td>{heads[3]}</td>"
        f"<td align='right'>{heads[4]}</td></tr>{layers}</table>"
    )


def show_model_info(parent: QWidget, info: dict | None) -> None:
    """A non-blocking box describing the model ``info`` describes."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("app.model_info", "Model information"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(model_info_html(info))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
