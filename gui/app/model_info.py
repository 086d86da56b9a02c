"""What the window says about the current model: the status bar's one line and the
Model ▸ Model Info… box (name, preset, size, accuracy, engine, layers).

Both are built from the session's ``info`` dict, so the text can be tested without a window.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.common import style


def model_summary(info: dict | None) -> str:
    """One line for the status bar: name, preset, parameters, test accuracy."""
    if not info:
        return "No model loaded"
    parts = [f"Model: {info['name']}"]
    if info.get("preset"):
        parts.append(f"preset {info['preset']}")
    parts.append(f"{info['params']:,} parameters")
    if isinstance(info.get("test_accuracy"), (int, float)):
        parts.append(f"{info['test_accuracy'] * 100:.1f} % test accuracy")
    return " · ".join(parts)


def model_info_html(info: dict | None) -> str:
    """The Model Info box's text."""
    if not info:
        return "<p>No model is loaded yet. Open one with <b>Model ▸ Open Model…</b></p>"
    e = html.escape
    acc = info.get("test_accuracy")
    rows = [
        ("File", info.get("path") or "–"),
        ("Preset", info.get("preset") or "custom"),
        ("Parameters", f"{info['params']:,}"),
        (
            "Test accuracy",
            f"{acc * 100:.2f} %" if isinstance(acc, (int, float)) else "not recorded",
        ),
        ("Epochs trained", info.get("epochs") or "–"),
        ("Created", info.get("created") or "–"),
        (
            "Computed by",
            "TensorFlow (" + str(info.get("engine_note") or "") + ")"
            if info.get("engine") == "tensorflow"
            else "NumPy, in the app itself",
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
        f"<td align='right'>{layer['params']:,}</td></tr>"
        for layer in info.get("layers", [])
    )
    return (
        f"<h3>{e(info['name'])}</h3><table>{table}</table>"
        f"<p><b>Layers</b></p><table cellspacing='4'><tr style='color:{style.MUTED}'><td>name</td>"
        f"<td>type</td><td>output</td><td align='right'>params</td></tr>{layers}</table>"
    )


def show_model_info(parent: QWidget, info: dict | None) -> None:
    """A non-blocking box describing the model ``info`` describes."""
    box = QMessageBox(parent)
    box.setWindowTitle("Model information")
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(model_info_html(info))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
