"""Any picture of a digit -> the 28x28 input an MNIST network expects.

MNIST digits are white on black, scaled so their longer side is 20 px (keeping the aspect),
then placed in a 28x28 frame with their centre of mass at the centre. A drawing or a photo has
to go through the same steps or the network sees something it was never trained on; naive
resizing of a whole canvas loses most of the accuracy. This module is the one place that does
it, for the GUI, the command line and the tests alike.

Steps (each kept in the result so the GUI can show them):

1. grayscale, 0..1 (alpha composited onto a background that contrasts with the ink);
2. a tiny picture is enlarged, a huge one reduced (``model.data.cleanup.work_resolution``);
3. polarity: the paper is what covers the border, the whole and the middle (two of three
   votes); dark ink on light paper is inverted;
4. the paper's own brightness is estimated at every pixel and divided out, so uneven light,
   grey paper and shadows leave only the ink; grain is smoothed; nothing left means *blank*;
5. long ruled lines, specks, frames and the page's surroundings are removed, keeping the
   digit's connected ink (``model.data.cleanup``);
6. crop to the ink's bounding box;
7. scale the longer side to 20 px with antialiasing (optionally evening out stroke width);
8. paste into 28x28 so that the centre of mass sits where MNIST's does.

Steps 1 (``model.data.images``), 2-5 (``model.data.ink``) and 6-8 (``model.data.framing``)
have their modules; ``preprocess`` runs them all.

On a clean canvas drawing (white ink on black, nothing else) steps 2, 4 and 5 change nothing:
the input is what the first version of this pipeline made of it.
"""

from __future__ import annotations

import dataclasses
import os

import numpy as np
from PIL import Image

from model.data.framing import Preprocessed, frame_ink
from model.data.images import as_gray, load_image
from model.data.ink import find_ink

# 2: the paper estimate, line, speck and frame removal and the enlarging of tiny pictures.
PREPROCESS_VERSION = 2


def preprocess(image: np.ndarray | Image.Image, *, thickness: float | None = None) -> Preprocessed:
    """Turn any picture of one digit into the 28x28 float input of an MNIST network.

    Parameters
    ----------
    image
        A grayscale/RGB/RGBA array (any dtype; integers span their full range, floats 0..1)
        or a Pillow image. Dark-on-light and light-on-dark are both fine.
    thickness
        If given, strokes are thickened or thinned towards this width in 28x28 pixels (MNIST's
        is about 2.8), which helps with very thin pens and fat markers.
    """
    found = find_ink(as_gray(image))
    if found.blank:
        return found.as_blank()
    pre = frame_ink(
        found.ink, found.inverted, thickness=thickness, zoom=found.zoom, stages=found.stages
    )
    return dataclasses.replace(pre, pieces=found.pieces) if found.pieces != 1 else pre


def preprocess_file(path: str | os.PathLike, *, thickness: float | None = None) -> Preprocessed:
    """``load_image`` then ``preprocess``."""
    return preprocess(load_image(path), thickness=thickness)
