"""Lab › Your handwriting: collect samples of your own digits, then fine-tune on them.

``page`` (collecting, the samples folder and its gallery), ``collect_card`` and
``gallery_card`` (their layout), ``fine_tune_card`` (fine-tuning, before and after, using the
result: a widget of its own), ``fine_tune_worker`` (the run, in a training process),
``gallery`` (the samples as icons), ``digit_progress`` (samples so far, by digit),
``square_canvas`` (the drawing canvas), ``prompts`` (which digit to ask for next), ``jobs``
(reading a drawing, writing samples), ``widgets`` (the cards' buttons and style).
"""
