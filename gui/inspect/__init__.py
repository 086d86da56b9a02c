"""The Inspect tab, one package per view as the buttons at its top name them.

- ``tab``: the tab itself (``InspectTab``: the view buttons, the guided tour, "Export view…");
  ``views`` switches between the views, ``tour`` is the guided tour, ``export`` the export.
- ``layers``: "Layers", the layer inspector: the layer strip, the feature maps and filters, the
  explanation tabs on the right (one panel each in ``layers/panels``), the replay bar.
- ``two_digits``, ``two_networks``, ``knows``: the comparison views "Two digits", "Two
  networks" and "What each layer knows"; ``compare`` holds the widgets they share.
- ``shared_jobs`` (model-worker jobs several views send) and ``layer_text`` (how layers are
  named in few words) serve all of them.
"""
