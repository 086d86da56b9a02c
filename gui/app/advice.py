"""What a person can do about each kind of failure: the "Show Details" of its error dialog,
by the dialog's title (see ``MainWindow.report_error``); other failures get general advice
(``gui.common.errors.details_for_people``)."""

from __future__ import annotations

ADVICE = {
    "Could not open the image": (
        "Convscope opens pictures of one digit in PNG, JPEG, BMP, GIF, TIFF or WebP format, "
        "up to 40 megapixels. Try another file, paste a picture (File ▸ Paste Image, Ctrl+V), "
        "load a random test digit, or draw the digit on the canvas."
    ),
    "Could not open the model": (
        "Convscope opens .keras models it saved itself (Model ▸ Save Model As… or the Train "
        "tab). Choose another file, or go back to the shipped one with Model ▸ Open Default "
        "Model."
    ),
    "Could not save the model": (
        "Choose a folder you can write to, with some free space (a model takes about 1 MB), "
        "and save again."
    ),
    "Could not load the test digits": (
        "The test digits come from resources/data/mnist.npz; reinstalling Convscope puts it "
        "back. Meanwhile you can draw digits or open pictures of them."
    ),
    "Training failed": (
        "Check the settings the message names and start again; a run that had saved a "
        "checkpoint can be resumed from it."
    ),
}
