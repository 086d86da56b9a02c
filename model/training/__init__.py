"""Training (TensorFlow): the trainer, the training process, tf.distribute
strategies and TensorBoard logs.
"""
