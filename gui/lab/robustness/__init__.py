"""Lab › Robustness lab: spoil your digit on purpose and watch two networks cope, or not.

``page`` (the page: live answers, the comparison model, the curves), ``spoil_card`` (the
sliders), ``answers_card`` (the spoiled digit and both networks' answers), ``curves_card``
(measuring robustness curves), ``plot`` (the curves), ``param_slider`` (one slider),
``answer_column`` (each network's colour, and its answer on the spoiled digit in words),
``jobs`` (what the page's workers run), ``words`` (the changes in words).
"""
