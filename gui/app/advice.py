"""What a person can do about each kind of failure: the "Show Details" of its error dialog,
by the dialog's title (see ``MainWindow.report_error``); other failures get general advice
(``gui.common.errors.details_for_people``)."""

from __future__ import annotations

from functools import cache

from gui.common.i18n import QT_TRANSLATE_NOOP, translate
from model import i18n

# The dialog's title in English (as the code that reports the failure writes it) -> advice.
ADVICE = {
    "Could not open the image": QT_TRANSLATE_NOOP(
        "app.advice",
        "Convscope opens pictures of one digit in PNG, JPEG, BMP, GIF, TIFF or WebP format, "
        "up to 40 megapixels. Try another file, paste a picture (File ▸ Paste Image, Ctrl+V), "
        "load a random test digit, or draw the digit on the canvas.",
    ),
    "Could not open the model": QT_TRANSLATE_NOOP(
        "app.advice",
        "Convscope opens .keras models it saved itself (Model ▸ Save Model As… or the Train "
        "tab). Choose another file, or go back to the shipped one with Model ▸ Open Default "
        "Model.",
    ),
    "Could not save the model": QT_TRANSLATE_NOOP(
        "app.advice",
        "Choose a folder you can write to, with some free space (a model takes about 1 MB), "
        "and save again.",
    ),
    "Could not load the test digits": QT_TRANSLATE_NOOP(
        "app.advice",
        "The test digits come from resources/data/mnist.npz; reinstalling Convscope puts it "
        "back. Meanwhile you can draw digits or open pictures of them.",
    ),
    "Training failed": QT_TRANSLATE_NOOP(
        "app.advice",
        "Check the settings the message names and start again; a run that had saved a "
        "checkpoint can be resumed from it.",
    ),
}


@cache
def _titles(lang: str) -> dict[str, str]:
    """Every shipped translation of a title of ``ADVICE`` (in any area's catalog) -> its
    English title: other tabs report their failures under titles in the learner's language."""
    out: dict[str, str] = {}
    for path in i18n.catalog_files(lang):
        for (_context, source), text in i18n.read_catalog(path).items():
            if source in ADVICE:
                out[text] = source
    return out


def advice_for(title: str) -> str:
    """What a person can do about the failure reported as ``title`` (in English or in the
    language spoken now), in the language spoken now; "" if ``ADVICE`` has nothing."""
    lang = i18n.language()
    key = title if title in ADVICE else _titles(lang).get(title, "")
    return translate("app.advice", ADVICE[key]) if key else ""
