"""The network in NumPy: layers, activations, the weight file, the
predictor, copies for other threads, and the TensorFlow fallback.
"""
