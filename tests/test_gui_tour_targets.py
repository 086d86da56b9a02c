"""Where each step of the guided tour takes the layer inspector, read without a widget
(``gui.inspect.layers.tour_targets``): a CNN's steps land on its convolutions and pooling, a
plain dense network's on its dense layers and the image."""

from __future__ import annotations

from gui.inspect.layer_text import INPUT
from gui.inspect.layers.tour_targets import TourTarget, tour_target
from gui.inspect.tour import STEPS

CNN = [
    {"name": "conv1", "type": "Conv2D"},
    {"name": "pool1", "type": "MaxPooling2D"},
    {"name": "conv2", "type": "Conv2D"},
    {"name": "pool2", "type": "AveragePooling2D"},
    {"name": "flatten", "type": "Flatten"},
    {"name": "dense1", "type": "Dense"},
    {"name": "output", "type": "Dense"},
]
DENSE = [
    {"name": "flatten", "type": "Flatten"},
    {"name": "hidden", "type": "Dense"},
    {"name": "output", "type": "Dense"},
]


def test_a_cnn_shows_each_idea_on_the_layer_that_computes_it():
    assert tour_target("unroll", CNN) == TourTarget(INPUT, "unroll")
    # Convolution: the first conv's strongest value, taken apart; its features: the same maps.
    assert tour_target("conv", CNN) == TourTarget("conv1", "explain", strongest=True, explain=True)
    assert tour_target("features", CNN) == TourTarget("conv1", "explain", strongest=True)
    # ReLU: the map ReLU changes most, which the ReLU tab picks, not the strongest.
    assert tour_target("relu", CNN) == TourTarget("conv1", "relu", relu_pick=True)
    # The hierarchy: the last convolution, what excites it.
    assert tour_target("hierarchy", CNN) == TourTarget("conv2", "patches", strongest=True)
    assert tour_target("pool", CNN) == TourTarget("pool1", "explain", strongest=True, explain=True)
    assert tour_target("shift", CNN) == TourTarget("pool1", "shift", shift=True)
    assert tour_target("flatten", CNN) == TourTarget("flatten", "decide")
    assert tour_target("dense", CNN) == TourTarget("output", "decide")


def test_a_dense_network_lands_on_its_dense_layers_and_the_image():
    assert tour_target("conv", DENSE) == TourTarget("hidden", "explain")
    assert tour_target("features", DENSE) == TourTarget("hidden", "explain")
    assert tour_target("relu", DENSE) == TourTarget("hidden", "relu")
    assert tour_target("hierarchy", DENSE) == TourTarget("hidden", "patches")
    assert tour_target("pool", DENSE) == TourTarget("hidden", "explain")
    assert tour_target("shift", DENSE) == TourTarget(INPUT, "shift", shift=True)
    assert tour_target("flatten", DENSE) == TourTarget("flatten", "decide")
    assert tour_target("dense", DENSE) == TourTarget("output", "decide")


def test_every_step_but_the_knows_view_has_a_target():
    # "What each layer knows" is a view of its own, not a place in the layer inspector.
    for step in STEPS:
        for layers in (CNN, DENSE):
            target = tour_target(step.key, layers)
            assert (target is None) == (step.key == "knows"), step.key
            if target is not None:
                assert target.layer == INPUT or target.layer in {x["name"] for x in layers}
