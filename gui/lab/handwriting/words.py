""" "Your handwriting" in words: what the page asks for, what it says it did, and what it asks
before deleting (in the learner's language)."""

from __future__ import annotations

from gui.common.i18n import translate
from model.i18n import integer
from model.words import with_article


def asking_texts(digit: int, n: int, wanted: int) -> tuple[str, str]:
    """The prompt and the line under it while ``digit`` is asked for and has ``n`` samples
    of the ``wanted``."""
    prompt = translate("lab.handwriting.words", "Draw {numeral}").format(
        numeral=with_article(digit)
    )
    if n < wanted:
        detail = translate(
            "lab.handwriting.words",
            "sample {n} of {wanted}; Accept saves it, Skip asks for another digit",
        ).format(n=n + 1, wanted=wanted)
    else:
        detail = translate(
            "lab.handwriting.words",
            "extra sample {n}; Accept saves it, Skip asks for another digit",
        ).format(n=n + 1)
    return prompt, detail


def all_done_texts(wanted: int) -> tuple[str, str]:
    """The prompt and the line under it once every digit has ``wanted`` samples."""
    detail = (
        translate(
            "lab.handwriting.words",
            "1 sample of every digit. Fine-tune on the right, or click a digit below to add more.",
        )
        if wanted == 1
        else translate(
            "lab.handwriting.words",
            "{n} samples of every digit. Fine-tune on the right, or click a digit below to add "
            "more.",
        ).format(n=integer(wanted))
    )
    return translate("lab.handwriting.words", "All done!"), detail


def saved_text(digit: int, sample_id: int, folder: str) -> str:
    """The status line once a sample is written."""
    return translate(
        "lab.handwriting.words", "Saved {numeral} as sample {id} in {foldername}."
    ).format(numeral=with_article(digit), id=sample_id, foldername=folder)


def deleted_text(digit: int) -> str:
    """The status line once a sample is deleted."""
    return translate(
        "lab.handwriting.words", "Deleted a sample of {numeral}; Undo delete brings it back."
    ).format(numeral=with_article(digit))


def delete_question(digit: int) -> tuple[str, str]:
    """The title and the question asked before a sample of ``digit`` is deleted."""
    return translate("lab.handwriting.words", "Delete this sample?"), translate(
        "lab.handwriting.words",
        "Delete this sample of {numeral}? Its picture is removed from the folder "
        "(Undo delete brings it back while the app is open).",
    ).format(numeral=with_article(digit))


def failed_title(action: str) -> str:
    """The title of the error a change to a sample (``add``, ``relabel``, ``delete``,
    ``restore``) ends in."""
    titles = {
        "add": translate("lab.handwriting.words", "Could not add the sample"),
        "relabel": translate("lab.handwriting.words", "Could not relabel the sample"),
        "delete": translate("lab.handwriting.words", "Could not delete the sample"),
        "restore": translate("lab.handwriting.words", "Could not restore the sample"),
    }
    return titles.get(action, translate("lab.handwriting.words", "Could not change the sample"))


def folder_state(state: str, folder: object = "") -> str:
    """Beside "Samples folder:" until a folder is open: ``opening`` (``folder``), ``none`` yet,
    or ``failed`` to open."""
    if state == "opening":
        return translate("lab.handwriting.words", "opening {foldername}…").format(foldername=folder)
    if state == "failed":
        return translate("lab.handwriting.words", "could not open it: choose another folder")
    return translate("lab.handwriting.words", "none yet: choose one to keep your samples")


def empty_canvas_text(digit: int) -> str:
    """Accept pressed on an empty canvas."""
    return translate("lab.handwriting.words", "Draw {numeral} first: the canvas is empty.").format(
        numeral=with_article(digit)
    )


def waiting_text(digit: int) -> str:
    """Accept pressed before there is a samples folder: the sample waits for one."""
    return translate(
        "lab.handwriting.words",
        "Choose a folder for your samples: your {numeral} is saved there as soon as it is open.",
    ).format(numeral=digit)


def not_saved_text(retry: bool) -> str:
    """No folder was chosen (``retry`` False) or the one chosen could not be opened."""
    if retry:
        return translate(
            "lab.handwriting.words", "Not saved yet: choose another folder, then Accept again."
        )
    return translate(
        "lab.handwriting.words", "Not saved: choose a folder for your samples, then Accept again."
    )


def reads_text(digit: int, pct: str) -> str:
    """Under the preview: what the current model reads in the drawing, and how sure."""
    return translate("lab.handwriting.words", "The network reads it as {numeral} ({pct}).").format(
        numeral=digit, pct=pct
    )


def warning_text(warning: str) -> str:
    """A warning of the samples folder, on the status bar."""
    return translate("lab.handwriting.words", "Samples folder: {warning}").format(warning=warning)
