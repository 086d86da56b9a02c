"""Every layer type Convscope computes, by Keras's class name, and where Keras files its
weights: what a model file's config is read against."""

from __future__ import annotations

from model.network.layers.base import Layer
from model.network.layers.conv import Conv2D
from model.network.layers.dense import Dense
from model.network.layers.elementwise import Activation, BatchNormalization, Dropout, Rescaling
from model.network.layers.pooling import AveragePooling2D, MaxPooling2D
from model.network.layers.reshaping import Flatten, Reshape

LAYER_CLASSES: dict[str, type[Layer]] = {
    cls.kind: cls
    for cls in (
        Conv2D,
        MaxPooling2D,
        AveragePooling2D,
        BatchNormalization,
        Dense,
        Flatten,
        Dropout,
        Activation,
        Rescaling,
        Reshape,
    )
}

# Where Keras's saving code files each layer's weights: the snake_case of its class name,
# numbered per name in layer order (keras.src.saving.saving_lib._save_container_state).
WEIGHT_GROUP_STEMS = {
    "Conv2D": "conv2d",
    "MaxPooling2D": "max_pooling2d",
    "AveragePooling2D": "average_pooling2d",
    "BatchNormalization": "batch_normalization",
    "Dense": "dense",
    "Flatten": "flatten",
    "Dropout": "dropout",
    "Activation": "activation",
    "Rescaling": "rescaling",
    "Reshape": "reshape",
}
