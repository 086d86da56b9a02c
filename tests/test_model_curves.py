"""The numbers behind the Train tab's curves: the smoothed loss and the history as CSV."""

from __future__ import annotations

import numpy as np

from model.training.curves import history_csv, smoothed


def test_the_smoothed_loss_starts_on_the_data_and_follows_it():
    values = np.array([2.0, 2.0, 2.0, 1.0, 1.0])
    out, _state = smoothed(values, weight=0.5)
    # Debiased: a constant stretch is smoothed to itself, from the very first point.
    np.testing.assert_allclose(out[:3], 2.0)
    assert 1.0 < out[3] < out[2] and out[4] < out[3]


def test_smoothing_in_pieces_gives_the_same_curve_as_all_at_once():
    rng = np.random.default_rng(0)
    values = rng.uniform(0.1, 3.0, 50)
    whole, _ = smoothed(values)
    first, state = smoothed(values[:17])
    rest, _ = smoothed(values[17:], state=state)
    np.testing.assert_allclose(np.concatenate([first, rest]), whole)


def test_the_history_as_csv_has_a_row_per_epoch_and_a_column_per_metric():
    history = {"loss": [0.5, 0.25], "accuracy": [0.9, 0.95], "val_loss": [0.4]}
    assert history_csv(history).splitlines() == [
        "epoch,accuracy,loss,val_loss",
        "1,0.9,0.5,0.4",
        "2,0.95,0.25,",
    ]
    assert history_csv({}) == "epoch\n"
