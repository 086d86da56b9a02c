"""Training (TensorFlow): the trainer, the training process, tf.distribute
strategies and TensorBoard logs; and, without TensorFlow, the numbers behind the Train tab's
curves (``curves``).
"""
