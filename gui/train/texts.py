"""Texts of the Train tab that are not one widget's: its title and tooltip (in English, marked
in the tab's context: the window shows them translated, ``gui.app.window.tab_text``) and the
error dialogs' titles of the training worker's jobs."""

from __future__ import annotations

from gui.common.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("train.tab", "Train")
TOOLTIP = QT_TRANSLATE_NOOP("train.tab", "Design a network, train it on MNIST and watch it learn")

# The error dialog's title for a failure of each of the training worker's jobs (translated
# where it is shown, in the context "train.texts").
ERROR_TITLES = {
    "train": QT_TRANSLATE_NOOP("train.texts", "Training failed"),
    "save": QT_TRANSLATE_NOOP("train.texts", "Could not save the model"),
    "evaluate": QT_TRANSLATE_NOOP("train.texts", "Could not evaluate"),
}
TRAINING = QT_TRANSLATE_NOOP("train.texts", "Training")


def cannot_start(why: object) -> str:
    return translate("train.texts", "Cannot start: {reason}").format(reason=why)


def files_deleted(run: int, folder: str) -> str:
    return translate("train.texts", "Deleted the files of run {runno} ({dirname}).").format(
        runno=run, dirname=folder
    )


def test_accuracy(acc: str) -> str:
    """The status line after an evaluation; ``acc`` is the percentage, written."""
    return translate(
        "train.texts", "Test accuracy {acc} %. See the Evaluation tab for the mistakes."
    ).format(acc=acc)


def no_draw_tab(index: int) -> str:
    return translate("train.texts", "Test digit #{index}: open the Draw tab to use it.").format(
        index=index
    )
