"""``python main.py screenshot``: a PNG of the real window and the prediction as JSON; errors as
one line on stderr with a non-zero exit code."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from gui.app import screenshot
from gui.app.paths import ROOT
from model.errors import ConvscopeError
from tests.strokes import render_digit


def test_screenshot_of_the_draw_tab_with_an_image(qapp, trained, tmp_path, capsys):
    image = tmp_path / "two.png"
    render_digit(2, 280, dark_on_light=True).save(image)
    out = tmp_path / "draw.png"
    code = screenshot.run(str(out), "draw", str(image), "1400x900", str(trained[0]))
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["label"] == 2 and printed["confidence"] > 0.5
    assert len(printed["probabilities"]) == 10
    shot = QImage(str(out))
    assert (shot.width(), shot.height()) == (1400, 900)


def test_screenshot_of_another_tab_without_an_image(qapp, trained, tmp_path):
    out = tmp_path / "train.png"
    prediction = screenshot.take_screenshot(out, "train", None, "900x640", trained[0])
    assert prediction == {"label": None, "confidence": None, "probabilities": None}
    assert not QImage(str(out)).isNull()


def test_screenshot_of_an_inspect_view(qapp, trained, tmp_path):
    # The "Two digits" view, the second digit being the one the first was confused with.
    out = tmp_path / "digits.png"
    image = tmp_path / "four.png"
    from tests.strokes import render_digit

    render_digit(4, 280).save(image)
    prediction = screenshot.take_screenshot(
        out, "inspect:digits", str(image), "1280x720", trained[0]
    )
    assert prediction["label"] is not None
    assert not QImage(str(out)).isNull()


def test_screenshots_in_each_theme_zoom_and_presenter_mode(qapp, trained, tmp_path):
    """The window's background follows the theme; presenter mode's larger type and hidden
    menu bar show in the picture."""
    corners = {}
    for theme in ("light", "dark", "high-contrast"):
        out = tmp_path / f"{theme}.png"
        screenshot.take_screenshot(out, "draw", None, "900x640", trained[0], theme=theme)
        corners[theme] = QImage(str(out)).pixelColor(890, 630).lightness()
    assert corners["light"] > 200 and corners["dark"] < 60 and corners["high-contrast"] == 0
    plain, big = tmp_path / "plain.png", tmp_path / "big.png"
    screenshot.take_screenshot(plain, "draw", None, "900x640", trained[0])
    screenshot.take_screenshot(big, "draw", None, "900x640", trained[0], zoom=1.2, presenter=True)
    # The menu bar's row (File, Edit...) is there in the plain shot, not in presenter mode.
    assert _row_has_text(QImage(str(plain)), 10) and not _row_has_text(QImage(str(big)), 10)


def _row_has_text(image: QImage, y: int) -> bool:
    values = {image.pixelColor(x, y).lightness() for x in range(0, 200)}
    return max(values) - min(values) > 80


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"out": "shot.jpg"}, "PNG"),
        ({"size": "big"}, "WIDTHxHEIGHT"),
        ({"size": "10x10"}, "320..8000"),
        ({"tab": "nope"}, "choose one of"),
        ({"tab": "lab:nope"}, "PAGE is one of"),
        ({"tab": "draw:why"}, "PAGE is one of"),
        ({"tab": "inspect:nope"}, "VIEW is one of"),
        ({"image": "missing.png"}, "no such file"),
        ({"model_path": "missing.keras"}, "no model at"),
        ({"theme": "neon"}, "--theme neon: choose one of"),
        ({"zoom": 9.0}, "--zoom 9: choose a zoom"),
    ],
)
def test_bad_arguments_are_one_line_errors(tmp_path, kwargs, message):
    args = {"out": str(tmp_path / "shot.png"), **kwargs}
    if "image" in kwargs:
        args["image"] = str(tmp_path / kwargs["image"])
    if "model_path" in kwargs:
        args["model_path"] = str(tmp_path / kwargs["model_path"])
    with pytest.raises(ConvscopeError, match=message) as info:
        screenshot.take_screenshot(**args)
    assert "\n" not in str(info.value)


def test_an_unloadable_model_fails_the_command(qapp, tmp_path):
    fake = tmp_path / "fake.keras"
    fake.write_text("not a model")
    with pytest.raises(ConvscopeError, match="not a valid .keras file"):
        screenshot.take_screenshot(tmp_path / "x.png", model_path=fake, size="800x600")
    assert not (tmp_path / "x.png").exists()


def test_an_unreadable_image_fails_the_command_after_the_model_loaded(qapp, trained, tmp_path):
    junk = tmp_path / "junk.png"
    junk.write_text("not a picture")
    with pytest.raises(ConvscopeError, match="junk.png: not an image") as info:
        screenshot.take_screenshot(
            tmp_path / "x.png", image=junk, model_path=trained[0], size="800x600"
        )
    assert "\n" not in str(info.value)


def test_the_command_line_reports_errors_on_one_stderr_line(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "screenshot",
            "--out",
            str(tmp_path / "x.png"),
            "--model",
            str(tmp_path / "none.keras"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: no model at")
