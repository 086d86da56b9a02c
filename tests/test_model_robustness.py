"""The Robustness lab's transforms and curves: digits move, turn and thicken by what is asked."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.transform import (
    add_noise,
    centre_of_mass,
    rotate,
    scale,
    shift,
    thickness,
    transform,
    warp_batch,
)
from model.errors import ConvscopeError
from model.lab.robustness import StopRequested, robustness_curve


@pytest.fixture(scope="module")
def digit(mnist):
    """The first real test digit with 4 blank pixels on every side, as floats 0..1."""
    for image in mnist.x_test:
        rows, cols = np.nonzero(image.sum(axis=1))[0], np.nonzero(image.sum(axis=0))[0]
        if min(rows[0], cols[0]) >= 4 and max(rows[-1], cols[-1]) <= 23:
            return image.astype(np.float32) / 255.0
    raise AssertionError("no well-centred digit in the test set")


@pytest.fixture(scope="module")
def mlp_predictor(mnist):
    """A plain dense network trained briefly: accurate on centred digits, lost on moved ones."""
    from model.network.predictor import Predictor
    from model.presets import preset_spec
    from model.training.config import TrainConfig
    from model.training.trainer import Trainer

    config = TrainConfig(epochs=1, batch_size=64, learning_rate=2e-3, limit=10000, seed=1)
    return Predictor(Trainer(preset_spec("mlp"), config, mnist).run().model)


def _assert_image(out: np.ndarray) -> None:
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0


def test_every_transform_returns_a_28x28_float_image_in_range(digit):
    outputs = [
        shift(digit, 2.5, -1.0),
        rotate(digit, 33),
        scale(digit, 1.4),
        thickness(digit, 1.5),
        thickness(digit, -0.5),
        add_noise(digit, 0.5, seed=3),
        transform(digit, shift=(1, 2), rotation=-20, scale=0.8, thickness=1, noise=0.2, seed=1),
        transform((digit * 255).astype(np.uint8)),
    ]
    for out in outputs:
        _assert_image(out)
    assert np.array_equal(outputs[-1], np.round(digit * 255) / 255)


@pytest.mark.parametrize("dx, dy", [(3, 0), (0, -2), (2.5, 1.5), (-1.25, -3)])
def test_shift_moves_the_centre_of_mass_by_exactly_the_shift(digit, dx, dy):
    row, col = centre_of_mass(digit)
    moved_row, moved_col = centre_of_mass(shift(digit, dx, dy))
    assert moved_col - col == pytest.approx(dx, abs=1e-3)
    assert moved_row - row == pytest.approx(dy, abs=1e-3)
    assert shift(digit, dx, dy).sum() == pytest.approx(digit.sum(), rel=1e-4)  # nothing lost


def test_a_shift_out_of_the_frame_loses_the_ink(digit):
    assert shift(digit, 30, 0).max() == 0.0
    assert 0 < shift(digit, 0, 12).sum() < digit.sum()


def test_rotating_by_nothing_or_a_full_turn_changes_nothing(digit):
    assert np.array_equal(rotate(digit, 0), digit)
    assert np.abs(rotate(digit, 360) - digit).max() < 1e-6


def test_a_quarter_turn_is_counter_clockwise_and_keeps_every_pixel():
    # Point-symmetric about the frame's centre, so the turn maps pixels exactly onto pixels.
    base = np.zeros((28, 28), np.float32)
    base[4:9, 6:20] = 0.5
    base[9:16, 15:18] = 0.3
    image = base + np.rot90(base, 2)
    assert centre_of_mass(image) == pytest.approx((13.5, 13.5))
    np.testing.assert_allclose(rotate(image, 90), np.rot90(image), atol=1e-5)
    np.testing.assert_allclose(rotate(image, -90), np.rot90(image, -1), atol=1e-5)


def test_rotation_and_zoom_keep_the_centre_of_mass_in_place(digit):
    centre = np.array(centre_of_mass(digit))
    for out in (rotate(digit, 25), scale(digit, 1.3), scale(digit, 0.7)):
        assert np.abs(np.array(centre_of_mass(out)) - centre).max() < 0.25


def test_zooming_scales_the_ink_area(digit):
    ink = (digit > 0.3).sum()
    assert (scale(digit, 1.5) > 0.3).sum() > 1.8 * ink
    assert (scale(digit, 0.6) > 0.3).sum() < 0.6 * ink
    with pytest.raises(ConvscopeError):
        scale(digit, 0)


def test_thickness_adds_or_removes_ink_steadily(digit):
    masses = [thickness(digit, a).sum() for a in (-1.0, -0.5, 0.0, 0.5, 1.0, 2.0)]
    assert masses == sorted(masses) and len(set(masses)) == len(masses)
    assert masses[2] == pytest.approx(digit.sum())
    assert masses[4] > 1.3 * masses[2] and masses[0] < 0.6 * masses[2]
    # Dilation never darkens a pixel, erosion never brightens one.
    assert np.all(thickness(digit, 1) >= digit) and np.all(thickness(digit, -1) <= digit)


def test_noise_is_reproducible_for_a_seed_and_grows_with_the_level(digit):
    a, b, c = add_noise(digit, 0.2, seed=7), add_noise(digit, 0.2, seed=7), add_noise(digit, 0.2, 8)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert np.array_equal(add_noise(digit, 0.0, seed=7), digit)
    weak = np.abs(add_noise(digit, 0.05, seed=1) - digit).mean()
    strong = np.abs(add_noise(digit, 0.3, seed=1) - digit).mean()
    assert 0 < weak < strong
    with pytest.raises(ConvscopeError):
        add_noise(digit, -0.1)


def test_transform_composes_the_steps(digit):
    expected = add_noise(shift(thickness(digit, 1.0), 2, 1), 0.1, seed=4)
    np.testing.assert_allclose(
        transform(digit, shift=(2, 1), thickness=1.0, noise=0.1, seed=4), expected, atol=1e-6
    )


def test_warp_batch_moves_each_image_by_its_own_shift(digit):
    batch = np.stack([digit, digit, digit])
    out = warp_batch(batch, np.array([[0, 0], [2, 0], [0, -3]]))
    assert np.array_equal(out[0], digit)
    np.testing.assert_allclose(out[1], shift(digit, 2, 0), atol=1e-6)
    np.testing.assert_allclose(out[2], shift(digit, 0, -3), atol=1e-6)


# --------------------------------------------------------------------------- curves


def test_curve_is_reproducible_and_starts_at_the_plain_accuracy(trained, mnist):
    _path, cnn = trained
    args = dict(shifts=[0, 2, 4], rotations=[-30, 0, 30], n=300)
    first = robustness_curve({"cnn": cnn}, mnist.x_test, mnist.y_test, seed=5, **args)
    again = robustness_curve({"cnn": cnn}, mnist.x_test, mnist.y_test, seed=5, **args)
    other = robustness_curve({"cnn": cnn}, mnist.x_test, mnist.y_test, seed=6, **args)
    assert first == again
    assert first["models"]["cnn"] != other["models"]["cnn"]
    assert first["shifts"] == [0, 2, 4] and first["rotations"] == [-30, 0, 30]
    assert first["n"] == 300

    # The same sample the curve drew, classified untouched.
    rng = np.random.default_rng(5)
    chosen = np.sort(rng.choice(len(mnist.x_test), size=300, replace=False))
    probs = cnn.probabilities(mnist.x_test[chosen].astype(np.float32) / 255.0)
    plain = float((probs.argmax(axis=1) == mnist.y_test[chosen]).mean())
    curves = first["models"]["cnn"]
    assert curves["accuracy_vs_shift"][0] == pytest.approx(plain, abs=1e-6)
    assert curves["accuracy_vs_rotation"][1] == pytest.approx(plain, abs=1e-6)
    assert curves["accuracy_vs_shift"][2] < plain - 0.1  # moving 4 px does hurt


def test_the_cnn_tolerates_shifts_better_than_a_dense_network(trained, mlp_predictor, mnist):
    _path, cnn = trained
    result = robustness_curve(
        {"cnn": cnn, "mlp": mlp_predictor},
        mnist.x_test,
        mnist.y_test,
        shifts=[0, 2, 3],
        rotations=[0],
        n=500,
        seed=0,
    )
    cnn_acc = result["models"]["cnn"]["accuracy_vs_shift"]
    mlp_acc = result["models"]["mlp"]["accuracy_vs_shift"]
    assert cnn_acc[0] > 0.9 and mlp_acc[0] > 0.9  # both read centred digits
    assert cnn_acc[1] > mlp_acc[1] + 0.05
    assert cnn_acc[2] > mlp_acc[2] + 0.1


class _Counting:
    """A stand-in predictor that answers 0 for everything and counts its batches."""

    def __init__(self) -> None:
        self.batches = 0

    def probabilities(self, batch):
        self.batches += 1
        out = np.zeros((len(batch), 10))
        out[:, 0] = 1
        return out


def test_curve_reports_progress_batches_once_per_step_and_stops_when_asked(mnist):
    model = _Counting()
    seen: list[tuple[int, int]] = []
    result = robustness_curve(
        {"zero": model},
        mnist.x_test[:200],
        mnist.y_test[:200],
        shifts=[0, 1],
        rotations=[-10, 0, 10],
        n=50,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(k, 5) for k in range(1, 6)]
    assert model.batches == 4  # shift 0 and rotation 0 share one batch
    chosen = np.sort(np.random.default_rng(0).choice(200, size=50, replace=False))
    zeros = float((mnist.y_test[chosen] == 0).mean())
    assert result["models"]["zero"]["accuracy_vs_shift"] == pytest.approx([zeros, zeros])

    calls = []
    with pytest.raises(StopRequested):
        robustness_curve(
            {"zero": _Counting()},
            mnist.x_test[:200],
            mnist.y_test[:200],
            n=50,
            should_stop=lambda: calls.append(1) or len(calls) > 2,
        )
    assert len(calls) == 3


def test_curve_refuses_nonsense(mnist):
    with pytest.raises(ConvscopeError):
        robustness_curve({}, mnist.x_test[:10], mnist.y_test[:10])
    with pytest.raises(ConvscopeError):
        robustness_curve({"m": _Counting()}, mnist.x_test[:10], mnist.y_test[:9])
    with pytest.raises(ConvscopeError):
        robustness_curve({"m": _Counting()}, mnist.x_test[:10], mnist.y_test[:10], n=0)
