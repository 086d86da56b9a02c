"""Lab › Your handwriting, the core: a folder of the user's own digit samples, and
fine-tuning a network on them.

- ``manifest``: the folder's format (``manifest.json``), the ``Sample`` it lists, and the
  checks that refuse a foreign or garbled manifest;
- ``pictures``: the PNGs a sample is stored as, read and written safely;
- ``dataset``: ``PersonalDataset``, the folder opened: adding, relabelling, deleting and
  restoring samples atomically, and which samples are held out;
- ``mixing``: varied copies of the samples spread among MNIST's training digits (also for
  ``train --extra-data``);
- ``finetune``: ``fine_tune``, continuing training of a copy of a model on that mix, and
  the before/after scores.

A personal dataset is a folder the user chooses: one PNG per sample (the 28x28 input the network
sees, 8-bit grey, white ink on black), optionally the canvas drawing it came from, and
``manifest.json`` listing every sample with its label::

    {"format": "convscope-handwriting", "format_version": 1, "preprocess_version": 1,
     "next_id": 4,
     "samples": [{"id": 1, "file": "sample-000001.png", "canvas": "sample-000001-canvas.png",
                  "label": 3, "created": "2026-11-25T18:50:37+00:00", "held_out": false}]}

The manifest is the truth. Every write is atomic (a temporary file in the folder, fsynced, then
``os.replace``d), and the manifest is written *after* a new sample's pictures, *before* a
deleted sample's pictures are removed: a crash in between leaves a picture the manifest does
not name, which the next ``open`` removes, never a manifest naming a missing picture.

Some samples of each digit are *held out*: never trained on, kept to measure honestly whether
fine-tuning helped. The choice is made when a sample is added and stored with it (the second
sample of each digit, then every fifth: 1 of 2-6 samples, 2 of 7-11, ...), so it never changes
afterwards and a sample cannot drift from the test side into training.
"""
