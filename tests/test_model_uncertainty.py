"""Honest confidence: temperature scaling, the "not sure" threshold, and their words."""

from __future__ import annotations

import numpy as np
import pytest

from model import uncertainty as U


def overconfident(n: int, rng, right: float = 0.9, sharpness: float = 6.0):
    """Probabilities of a fake network that guesses at random ``1 - right`` of the time and
    sounds sure anyway: its logits are multiplied by ``sharpness``."""
    labels = rng.integers(0, 10, n)
    guess = np.where(rng.random(n) < right, labels, rng.integers(0, 10, n))
    logits = rng.normal(0, 1, (n, 10))
    logits[np.arange(n), guess] += 2.5
    z = logits * sharpness
    p = np.exp(z - z.max(1, keepdims=True))
    return p / p.sum(1, keepdims=True), labels


def test_tempering_keeps_the_answer_and_changes_the_confidence():
    p = np.array([[0.7, 0.2, 0.1] + [0.0] * 7])
    soft, sharp = U.temper(p, 3.0), U.temper(p, 0.3)
    assert soft.argmax() == sharp.argmax() == 0
    assert soft.max() < 0.7 < sharp.max()
    np.testing.assert_allclose(U.temper(p, 1.0), p, atol=1e-9)
    np.testing.assert_allclose(soft.sum(), 1.0)


def test_the_fitted_temperature_undoes_overconfidence():
    rng = np.random.default_rng(0)
    p, y = overconfident(4000, rng)
    t = U.fit_temperature(p, y)
    assert t > 2  # an overconfident network is softened
    # It claimed more than it knew; tempered, its confidence matches how often it is right.
    assert np.mean(p.max(1)) > np.mean(p.argmax(1) == y) + 0.1
    # Calibrated: among answers given about 90 % confidence, about 90 % are right.
    q = U.temper(p, t)
    band = (q.max(1) > 0.85) & (q.max(1) < 0.95)
    assert np.mean(q[band].argmax(1) == y[band]) == pytest.approx(0.9, abs=0.06)


def test_the_threshold_flags_the_share_asked_for():
    rng = np.random.default_rng(1)
    p, y = overconfident(5000, rng)
    cal = U.fit(p, y, false_alarm=0.02, fitted_on="fake")
    assert cal.false_alarm == pytest.approx(0.02, abs=0.002)
    fresh, _ = overconfident(5000, np.random.default_rng(2))
    assert U.uncertain(fresh, cal).mean() == pytest.approx(0.02, abs=0.01)


def test_words():
    cal = U.Calibration(temperature=1.0, threshold=0.6)
    sure = U.assess([0.99] + [0.001] * 9, cal)
    assert (sure.kind, sure.uncertain, sure.label) == ("sure", False, 0)
    fair = U.assess([0.02, 0.8] + [0.0225] * 8, cal)
    assert (fair.kind, fair.uncertain) == ("fairly sure", False)
    torn = U.assess([0.0, 0.45, 0.0, 0.5] + [0.05 / 6] * 6, cal)
    assert (torn.kind, torn.uncertain, torn.label, torn.runner_up) == ("not sure", True, 3, 1)
    assert torn.words == "not sure: a 3 or a 1?"
    flat = U.assess([0.25, 0.2] + [0.55 / 8] * 8, cal)
    assert (flat.kind, flat.uncertain) == ("not a digit", True)
    assert flat.words == "this may not be a digit"


@pytest.mark.parametrize(
    "metadata",
    [None, {}, {"calibration": "nonsense"}, {"calibration": {"temperature": -1, "threshold": 2}}],
)
def test_a_model_without_a_good_calibration_gets_the_default(metadata):
    assert U.Calibration.of(metadata) == U.Calibration()


def test_a_stored_calibration_is_read_back():
    cal = U.Calibration(0.4, 0.95, 0.02, "MNIST test digits 0-4999", 5000)
    assert U.Calibration.of({"calibration": cal.to_dict()}) == cal


def test_a_real_network_is_unsure_where_it_is_wrong(trained, mnist):
    """The fixture network, calibrated on 1,000 test digits: on 1,000 others it flags about
    the share asked for, and its mistakes far more often than its right answers."""
    _, predictor = trained
    x = mnist.x_test[:2000].astype(np.float32) / 255.0
    y = mnist.y_test[:2000]
    p = predictor.probabilities(x)
    cal = U.fit(p[:1000], y[:1000], false_alarm=0.05)
    flagged = U.uncertain(p[1000:], cal)
    wrong = p[1000:].argmax(1) != y[1000:]
    assert 0.02 <= flagged.mean() <= 0.1
    assert wrong.any() and flagged[wrong].mean() > 4 * flagged[~wrong].mean()
