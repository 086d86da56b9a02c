"""The Train tab: the architecture editor, the settings, the run and its plots,
the evaluation and the runs.
"""
