"""How sure the network is, in words that mean something: "sure", "not sure", "this may not be
a digit".

A network's top probability is not a measure of how often it is right. Trained with label
smoothing, the shipped model holds it near 90 % however clear a digit is; and a scribble can
get 88 % too. Two things make it honest:

* **temperature scaling**: the probabilities ``p`` become ``p ** (1/T)``, renormalised, with
  the one ``T`` that makes them most likely on digits the network never trained on (the
  negative log-likelihood is minimised over a grid of ``T``). The answer never changes; how
  sure it sounds does, so a clear digit gets 99 % and the words "sure";
* **a threshold** chosen on the same held-out digits so that only a small share of real
  digits (``false_alarm``, 1 % by default) fall below it. Below it the answer is *uncertain*:
  "not sure" when two digits share the vote, "this may not be a digit" when no digit has
  much of it. The threshold is on the largest class score before the softmax (the *max
  logit*) when the answer comes with its scores, else on the calibrated top probability.
  The softmax hides how much evidence there is: scores of 2 and 0 give the same vote as
  scores of 20 and 18, so a scribble that weakly resembles an 8 more than anything else
  sounds as sure as a clear 8. On the shipped model the max logit catches 91.5 % of
  generated non-digits at 1.95 % of MNIST's test digits flagged; the top probability, 88 %
  (``bench/bench_realworld.py``; Hendrycks et al., "Scaling out-of-distribution detection
  for real-world settings", 2022, found the same on images).

The network itself learns what a non-digit is when it trains with outlier exposure
(``TrainConfig.outliers``): it is taught to spread its vote on such inputs, which is what the
threshold then sees. ``bench/bench_realworld.py`` measures the result on non-digits it never
saw (letters, scribbles, noise, smudges).

A model's calibration is stored in its metadata (``calibration``); ``Calibration.of`` falls
back to a plain threshold for models without one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from model.i18n import translate
from model.words import with_article

# For a model with no calibration of its own: a top probability under this is uncertain.
DEFAULT_THRESHOLD = 0.6
# A calibrated top probability at least this high is "sure"; above the threshold, "fairly sure".
SURE = 0.97
# When the two best digits hold at least this much of the vote, an uncertain answer is
# "not sure which"; otherwise "this may not be a digit".
SHARED = 0.85
# The share of the calibration half of MNIST's test digits found uncertain. That half is the
# harder one: for the shipped model 2.5 % there is 1.95 % of all 10,000 test digits, and
# 1.4 % of the half the calibration did not see.
CALIBRATION_FALSE_ALARM = 0.025
TEMPERATURES = np.exp(np.linspace(np.log(0.1), np.log(10.0), 241))


@dataclass(frozen=True)
class Calibration:
    """A model's temperature and threshold, and where they come from.

    Attributes
    ----------
    temperature : probabilities become ``p ** (1 / temperature)``, renormalised.
    threshold : a calibrated top probability under this is uncertain (when the answer has no
        class scores, or the calibration no ``logit_threshold``).
    logit_threshold : a largest class score under this is uncertain (None: not fitted).
    false_alarm : the share of the held-out digits flagged uncertain at ``threshold``.
    fitted_on : what the held-out digits were, in words ("" for the default).
    n : how many there were.
    """

    temperature: float = 1.0
    threshold: float = DEFAULT_THRESHOLD
    false_alarm: float | None = None
    fitted_on: str = ""
    n: int = 0
    logit_threshold: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def of(cls, metadata: Mapping[str, Any] | None) -> Calibration:
        """The calibration stored in a model's metadata, or the default if it has none (or a
        damaged one)."""
        raw = (metadata or {}).get("calibration")
        if not isinstance(raw, Mapping):
            return cls()
        try:
            temperature = float(raw["temperature"])
            threshold = float(raw["threshold"])
        except (KeyError, TypeError, ValueError):
            return cls()
        if not (0.01 <= temperature <= 100 and 0.0 < threshold < 1.0):
            return cls()
        alarm = raw.get("false_alarm")
        logit = raw.get("logit_threshold")
        usable = isinstance(logit, (int, float)) and np.isfinite(logit) and abs(logit) < 1e6
        return cls(
            temperature,
            threshold,
            float(alarm) if isinstance(alarm, (int, float)) else None,
            str(raw.get("fitted_on", "")),
            int(raw.get("n", 0)) if isinstance(raw.get("n", 0), int) else 0,
            float(logit) if usable else None,
        )

    def flags(self, probabilities: np.ndarray, logits: np.ndarray | None = None) -> np.ndarray:
        """Which answers (N x 10 probabilities, and their N x 10 scores if known) are
        uncertain: by the max logit when both it and its threshold exist, else by the
        calibrated top probability."""
        if logits is not None and self.logit_threshold is not None:
            return np.asarray(logits, np.float64).max(axis=-1) < self.logit_threshold
        return temper(probabilities, self.temperature).max(axis=-1) < self.threshold


@dataclass(frozen=True)
class Assessment:
    """What to say about one answer.

    Attributes
    ----------
    label : the digit read (the network's top class).
    confidence : its calibrated probability.
    probabilities : all ten, calibrated.
    uncertain : True when the answer should not be trusted.
    kind : "sure", "fairly sure", "not sure" (two digits share the vote) or "not a digit".
    runner_up : the second best digit.
    """

    label: int
    confidence: float
    probabilities: np.ndarray
    uncertain: bool
    kind: str
    runner_up: int

    @property
    def words(self) -> str:
        """The verdict in a few words for a student."""
        if self.kind == "not a digit":
            return translate("uncertainty", "this may not be a digit")
        if self.kind == "not sure":
            return translate("uncertainty", "not sure: {a_first} or {a_second}?").format(
                a_first=with_article(self.label),
                a_second=with_article(self.runner_up),
                first=self.label,
                second=self.runner_up,
            )
        if self.kind == "sure":
            return translate("uncertainty", "sure")
        if self.kind == "fairly sure":
            return translate("uncertainty", "fairly sure")
        return self.kind


def temper(probabilities: np.ndarray, temperature: float) -> np.ndarray:
    """Probabilities (..., 10) with ``temperature`` applied: ``p ** (1/T)``, renormalised. The
    order of the classes never changes; T < 1 makes the vote sharper, T > 1 softer."""
    p = np.clip(np.asarray(probabilities, np.float64), 1e-12, 1.0)
    logits = np.log(p) / float(temperature)
    logits -= logits.max(axis=-1, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=-1, keepdims=True)


def fit_temperature(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """The temperature that makes held-out ``labels`` most likely (least negative log-likelihood)
    under the tempered ``probabilities``; a search over a fine grid, no optimiser needed."""
    p = np.clip(np.asarray(probabilities, np.float64), 1e-12, 1.0)
    logp = np.log(p)
    y = np.asarray(labels, int)
    best, best_t = np.inf, 1.0
    for t in TEMPERATURES:
        z = logp / t
        z -= z.max(axis=1, keepdims=True)
        nll = float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(y)), y]))
        if nll < best:
            best, best_t = nll, float(t)
    return best_t


def fit(
    probabilities: np.ndarray,
    labels: np.ndarray,
    false_alarm: float = 0.01,
    fitted_on: str = "",
    logits: np.ndarray | None = None,
) -> Calibration:
    """A ``Calibration`` from a network's probabilities on held-out digits and their labels:
    the best temperature, then the thresholds that flag ``false_alarm`` of those digits (on
    the top probability, and on the max logit if the digits' ``logits`` are given)."""
    t = fit_temperature(probabilities, labels)
    top = temper(probabilities, t).max(axis=1)
    threshold = float(np.quantile(top, false_alarm))
    flagged = float(np.mean(top < threshold))
    logit_threshold = None
    if logits is not None:
        best = np.asarray(logits, np.float64).max(axis=1)
        logit_threshold = round(float(np.quantile(best, false_alarm)), 5)
        flagged = float(np.mean(best < logit_threshold))
    return Calibration(
        round(t, 5),
        round(threshold, 6),
        round(flagged, 5),
        fitted_on,
        len(top),
        logit_threshold,
    )


def calibrate(
    predictor: Any, images: np.ndarray, labels: np.ndarray, false_alarm: float, fitted_on: str
) -> dict[str, Any]:
    """A model's calibration as stored in its metadata: fitted on the first half of ``images``
    (model input, N x 28 x 28 x 1) and checked on the second (``held_out_false_alarm``: the
    share of those flagged). ``predictor`` is a ``model.network.predictor.Predictor``."""
    half = len(images) // 2
    probs, logits = predictor.probabilities_and_logits(images)
    fitted = fit(probs[:half], labels[:half], false_alarm, fitted_on, logits[:half])
    held_out = float(fitted.flags(probs[half:], logits[half:]).mean())
    return {
        **fitted.to_dict(),
        "held_out_false_alarm": round(held_out, 5),
        "held_out_n": len(probs) - half,
    }


def fit_model(
    probabilities_of: Callable[[np.ndarray], np.ndarray],
    images: np.ndarray,
    labels: np.ndarray,
    false_alarm: float = 0.01,
    fitted_on: str = "",
) -> Calibration:
    """``fit`` with the probabilities from ``probabilities_of(images)`` (N x 28 x 28 in,
    N x 10 out), any predictor's batch function."""
    return fit(probabilities_of(images), labels, false_alarm, fitted_on)


def assess(
    probabilities: np.ndarray,
    calibration: Calibration | None = None,
    logits: np.ndarray | None = None,
) -> Assessment:
    """What to say about one answer (``probabilities``: the network's ten; ``logits``: its
    scores before the softmax, if known)."""
    cal = calibration or Calibration()
    q = temper(np.asarray(probabilities, np.float64).reshape(10), cal.temperature)
    order = np.argsort(-q)
    top, runner = int(order[0]), int(order[1])
    confidence = float(q[top])
    scores = None if logits is None else np.asarray(logits, np.float64).reshape(1, 10)
    raw = np.asarray(probabilities, np.float64).reshape(1, 10)
    if not cal.flags(raw, scores)[0]:
        kind = "sure" if confidence >= max(SURE, cal.threshold) else "fairly sure"
        return Assessment(top, confidence, q, False, kind, runner)
    kind = "not sure" if confidence + float(q[runner]) >= SHARED else "not a digit"
    return Assessment(top, confidence, q, True, kind, runner)


def uncertain(
    probabilities: np.ndarray,
    calibration: Calibration | None = None,
    logits: np.ndarray | None = None,
) -> np.ndarray:
    """For many answers (N x 10, and their N x 10 ``logits`` if known): which are uncertain
    (a boolean array)."""
    return (calibration or Calibration()).flags(probabilities, logits)
