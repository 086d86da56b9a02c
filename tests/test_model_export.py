"""Exports for slides: the three animations' frames, the GIF / WebP writer and the handout."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from model.data.preprocess import preprocess
from model.export.errors import ExportError
from model.export.handout import Measured, handout_html, measure, write_handout
from model.export.palette import EMPTY
from model.export.replay import training_replay_frames
from model.export.slide import slide_filter_frames
from model.export.sweep import robustness_sweep_frames, sweep_images
from model.export.writer import write_animation
from model.network.predictor import Predictor
from model.storage import load_model
from tests.strokes import render_digit

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "resources" / "models"
SECTIONS = ("digit", "architecture", "accuracy", "confusion", "layers", "filters")


@pytest.fixture(scope="module")
def cnn():
    return load_model(MODELS / "default.keras")


@pytest.fixture(scope="module")
def mlp():
    return load_model(MODELS / "mlp.keras")


@pytest.fixture(scope="module")
def three():
    return preprocess(render_digit(3, 200)).input.reshape(28, 28)


def _written(frames, path: Path) -> Image.Image:
    write_animation(frames, path)
    return Image.open(path)


# ----------------------------------------------------------------- slide the filter


@pytest.mark.parametrize("suffix, kind", [(".gif", "GIF"), (".webp", "WEBP")])
def test_slide_the_filter_writes_an_animation_of_the_frames_asked(
    cnn, three, tmp_path, suffix, kind
):
    frames = slide_filter_frames(cnn.model, three, frames=12)
    image = _written(frames, tmp_path / f"slide{suffix}")
    assert image.format == kind and image.is_animated and image.n_frames == 12
    assert image.size == frames[0].size


def test_a_gif_keeps_the_frames_colours(cnn, three, tmp_path):
    frames = slide_filter_frames(cnn.model, three, frames=10)
    image = _written(frames, tmp_path / "slide.gif")
    for k in (0, 5, 9):
        image.seek(k)
        shown = np.asarray(image.convert("RGB"), float)
        error = np.abs(shown - np.asarray(frames[k], float))
        # One palette for all frames: every colour within a few levels of what was drawn.
        assert error.mean() < 2.0 and error.max() <= 32


def test_the_feature_map_fills_in_and_is_whole_in_the_last_frame(cnn, three):
    frames = slide_filter_frames(cnn.model, three, layer="conv1", channel=0, frames=5)
    # The map (26x26, 9 px a value) sits at x=527, y=130; its last value is built last.
    last_value = (527 + 25 * 9 + 4, 130 + 25 * 9 + 4)
    first_value = (527 + 4, 130 + 4)
    assert frames[0].getpixel(last_value) == EMPTY
    assert frames[0].getpixel(first_value) != EMPTY
    assert frames[-1].getpixel(last_value) != EMPTY


def test_frames_are_capped_at_one_per_value_of_the_map(cnn, three):
    # conv2's map is 11x11: 121 positions, so 500 frames asked give 121.
    assert len(slide_filter_frames(cnn.model, three, layer="conv2", frames=500)) == 121


def test_slide_refuses_what_cannot_slide(cnn, mlp, three):
    with pytest.raises(ExportError, match="no convolution layer"):
        slide_filter_frames(mlp.model, three)
    with pytest.raises(ExportError, match="conv1, conv2"):
        slide_filter_frames(cnn.model, three, layer="dense1")
    with pytest.raises(ExportError, match="filters 0 to 23"):
        slide_filter_frames(cnn.model, three, layer="conv1", channel=24)


# ----------------------------------------------------------------- training replay


def _snapshots(network, n):
    """``n`` weight sets from noise to the trained weights, as a run's snapshots would go."""
    rng = np.random.default_rng(0)
    trained = network.get_weights()
    # Kernels from noise to trained; biases and batch-norm statistics as trained (a negative
    # variance would be no network at all).
    noise = [rng.normal(0, 0.05, w.shape).astype(np.float32) if w.ndim > 1 else w for w in trained]
    return [
        (
            f"epoch 1, batch {k}",
            [t * (k / (n - 1)) + z * (1 - k / (n - 1)) for t, z in zip(trained, noise)],
        )
        for k in range(n)
    ]


def test_training_replay_has_a_frame_per_snapshot_and_leaves_the_model_alone(cnn, three, tmp_path):
    before = [w.copy() for w in cnn.model.get_weights()]
    frames = training_replay_frames(cnn.model, _snapshots(cnn.model, 6), three)
    image = _written(frames, tmp_path / "replay.gif")
    assert image.n_frames == 6
    # Different weights, different pictures: the replay shows the run, not one moment.
    assert np.abs(np.asarray(frames[0], float) - np.asarray(frames[-1], float)).sum() > 0
    assert all(np.array_equal(a, b) for a, b in zip(before, cnn.model.get_weights()))


def test_training_replay_refuses_no_run_and_foreign_snapshots(cnn, mlp, three):
    with pytest.raises(ExportError, match="no training run"):
        training_replay_frames(cnn.model, [], three)
    with pytest.raises(ExportError, match="does not fit"):
        training_replay_frames(cnn.model, [("end of epoch 1", mlp.model.get_weights())], three)


# ----------------------------------------------------------------- robustness sweep


def test_sweep_changes_the_digit_step_by_step(three):
    _sweep, values, images = sweep_images(three, "turn", 3)
    assert values.tolist() == [-60.0, 0.0, 60.0]
    assert np.abs(images[1] - three).max() < 1e-5  # the middle of the sweep: untouched
    assert np.abs(images[0] - three).mean() > 0.05 and np.abs(images[2] - three).mean() > 0.05


def test_a_sweep_starts_from_the_other_sliders(three):
    from model.data.transform import transform

    _sweep, _values, images = sweep_images(three, "move", 3, base={"rotation": 30.0})
    np.testing.assert_allclose(images[1], transform(three, rotation=30.0), atol=1e-6)


def test_sweep_frames_show_each_networks_answers(cnn, mlp, three, tmp_path):
    predictors = {"cnn": Predictor(cnn.model), "mlp": Predictor(mlp.model)}
    frames = robustness_sweep_frames(predictors, three, "move", frames=8)
    image = _written(frames, tmp_path / "sweep.webp")
    assert image.format == "WEBP" and image.n_frames == 8


def test_the_command_line_offers_every_sweep():
    from model.commands.export_animation import SWEEP_NAMES
    from model.export.sweep import SWEEPS

    assert tuple(SWEEPS) == SWEEP_NAMES


def test_sweep_refuses_unknown_sweeps_and_single_frames(cnn, three):
    predictors = {"cnn": Predictor(cnn.model)}
    with pytest.raises(ExportError, match="move, turn"):
        robustness_sweep_frames(predictors, three, "melt")
    with pytest.raises(ExportError, match="at least 2 frames"):
        robustness_sweep_frames(predictors, three, "turn", frames=1)


# ----------------------------------------------------------------- writing files


def test_writer_refuses_other_formats_and_keeps_the_old_file_when_writing_fails(
    cnn, three, tmp_path
):
    frames = slide_filter_frames(cnn.model, three, frames=2)
    with pytest.raises(ExportError, match=r"\.gif or \.webp"):
        write_animation(frames, tmp_path / "slide.mp4")
    with pytest.raises(ExportError, match="cannot write"):
        write_animation(frames, tmp_path / "missing-folder" / "slide.gif")
    target = tmp_path / "slide.gif"
    write_animation(frames, target)
    good = target.read_bytes()
    with pytest.raises(ExportError):
        write_animation([], target)
    assert target.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["slide.gif"]  # no temporary file left
    # Readable like any saved file, not private as the temporary file was made.
    assert target.stat().st_mode & 0o777 == 0o644


# ----------------------------------------------------------------- the handout


def test_handout_holds_every_section_with_measured_figures(cnn, three, mnist, tmp_path):
    test = measure(cnn.model, mnist)
    expected = float(
        (Predictor(cnn.model).probabilities(mnist.x_test / 255.0).argmax(1) == mnist.y_test).mean()
    )
    assert test.accuracy == pytest.approx(expected)
    assert test.confusion.sum() == len(mnist.y_test)
    text = handout_html(cnn.model, three, "default", test, "default.keras", cnn.metadata)
    path = write_handout(text, tmp_path / "handout.html")
    assert path.stat().st_mode & 0o044 == 0o044  # others may read it
    page = path.read_text(encoding="utf-8")
    for key in SECTIONS:
        assert f'<section id="{key}">' in page
    assert f"{expected * 100:.2f} %" in page
    # Every layer's output is pictured, and the pictures are real PNGs inside the page.
    for layer in cnn.model.layers:
        assert f'alt="output of {layer.name}"' in page
    pictures = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(pictures) == 2 + len(cnn.model.layers) + 1
    assert "answers a 3" in page
    # The verdict in the app's words, with the model's own calibration.
    from model.uncertainty import Calibration, assess

    prediction = Predictor(cnn.model).predict(three)
    kind = assess(prediction.probabilities, Calibration.of(cnn.metadata), prediction.logits)
    assert f"In the app&#x27;s words: {kind.kind}" in page


def test_handout_of_a_dense_network_and_without_test_digits(mlp, three):
    test = Measured(0.97, 10000, None, "as recorded in the model file")
    page = handout_html(mlp.model, three, "mlp", test)
    assert "97.00 %" in page and "Not available" in page
    assert "has no filters: each unit weighs all 784 pixels" in page


def test_handout_is_written_as_html_only(tmp_path):
    with pytest.raises(ExportError, match=r"\.html"):
        write_handout("<html></html>", tmp_path / "handout.pdf")


def test_the_handout_says_what_the_app_says_about_an_answer():
    from model.export.sections import verdict
    from model.uncertainty import Assessment

    probs = np.full(10, 0.1)
    assert verdict(
        Assessment(
            3,
            0.5,
            probs,
            True,
            "not sure",
            8,
        )
    ) == ("In the app's words: not sure, a 3 or an 8?")
    assert verdict(Assessment(3, 0.2, probs, True, "not a digit", 8)).endswith("not be a digit.")
    assert verdict(Assessment(3, 0.99, probs, False, "sure", 8)) == "In the app's words: sure."
