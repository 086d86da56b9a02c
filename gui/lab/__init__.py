"""The Lab tab: one module per experiment page (why, robustness, kernels,
neighbours, handwriting), and the tab that hosts them.
"""
