"""TensorFlow for a network NumPy does not reproduce, and Keras copies of networks.

``model.network.network.Network`` computes in NumPy whenever each of its layers is one NumPy
reproduces
exactly; a network with anything else (a dilated convolution, an activation NumPy lacks, a
float16 layer) gets a ``TensorFlowEngine`` instead: a Keras model built from the same config and
weights, traced once, re-synced whenever the network's weights change. Imports TensorFlow.

``to_keras`` builds the Keras twin of a network for those who train (the training process).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model.backend import graph_lock
from model.backend import tensorflow as _tf


def to_keras(net: Any) -> Any:
    """A new ``keras.Sequential`` with ``net``'s architecture and weights."""
    from model.network.sharing import freeze, thaw_keras

    return thaw_keras(freeze(net))


class TensorFlowEngine:
    """Runs a network's layers through Keras, for networks NumPy cannot compute."""

    def __init__(self, net: Any) -> None:
        tf = _tf()
        self.net = net
        self.model = to_keras(net)
        self._version = net.version
        layers = list(self.model.layers)
        spec = [tf.TensorSpec([None, *net.input_shape], tf.float32)]

        def all_layers(x):
            outputs = []
            for layer in layers:
                x = layer(x, training=False)
                outputs.append(x)
            return outputs

        with graph_lock:
            self._all_layers = tf.function(all_layers, input_signature=spec)
            self._all_layers(np.zeros((1, *net.input_shape), np.float32))

    def _sync(self) -> None:
        if self._version != self.net.version:
            self.model.set_weights(self.net.get_weights())
            self._version = self.net.version

    def activations(self, x: np.ndarray) -> list[np.ndarray]:
        self._sync()
        outs = []
        for i in range(0, max(len(x), 1), 1000):
            outs.append([o.numpy() for o in self._all_layers(x[i : i + 1000])])
        return [np.concatenate(layer) for layer in zip(*outs)]

    def gradient(self, x: np.ndarray, class_index: int, at: int | None):
        from model.network.network import Gradient

        tf = _tf()
        self._sync()
        layers = list(self.model.layers)
        last = layers[-1]
        softmax = getattr(getattr(last, "activation", None), "__name__", "") == "softmax"
        dense = softmax and hasattr(last, "kernel")
        body = layers if dense or not softmax else layers[:-1]
        xt = tf.constant(x)
        with tf.GradientTape() as tape:
            tape.watch(xt)
            h, watched = xt, xt
            for i, layer in enumerate(body):
                if dense and i == len(body) - 1:
                    h = tf.matmul(h, last.kernel) + (last.bias if last.use_bias else 0.0)
                else:
                    h = layer(h, training=False)
                if at is not None and i == at:
                    tape.watch(h)
                    watched = h
            logits = tf.reshape(h, [tf.shape(h)[0], -1])
            chosen = int(np.argmax(logits.numpy()[0])) if class_index < 0 else int(class_index)
            score = tf.reduce_sum(logits[:, chosen])
        grads = tape.gradient(score, watched)
        return Gradient(watched.numpy(), grads.numpy(), logits.numpy(), chosen)
