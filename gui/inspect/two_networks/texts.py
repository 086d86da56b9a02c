"""What Inspect › Two networks says, sentence by sentence, in the learner's language: the view
(``gui.inspect.two_networks.view``) fills in names and numbers."""

from __future__ import annotations

from gui.common.i18n import translate
from model.i18n import integer
from model.words import with_article


def chooser_card() -> tuple[str, str]:
    """The title and text of the card that chooses the other network."""
    return (
        translate("inspect.two_networks.texts", "Two networks, one digit"),
        translate(
            "inspect.two_networks.texts",
            "Set another network beside this one: both read your digit, and where their "
            "layers correspond, their feature maps and filters are shown side by side.",
        ),
    )


def why_card() -> tuple[str, str]:
    """The title and text of the card of the pixels that mattered."""
    return (
        translate("inspect.two_networks.texts", "Which pixels mattered"),
        translate(
            "inspect.two_networks.texts",
            "Occlusion: each network was asked again with a small square of your digit "
            "hidden, square by square. Red where hiding it lowers its confidence in its own "
            "answer, blue where it raises it.",
        ),
    )


def snapshots_tip() -> str:
    return translate(
        "inspect.two_networks.texts", "A moment of the last training run (train on the Train tab)"
    )


def names(name_a: str, other: dict | None, loading: bool) -> tuple[str, str, str]:
    """The headings of both answers and the line saying what the other network is."""
    heading_a = translate("inspect.two_networks.texts", "This model: {name}").format(name=name_a)
    if other is None:
        if loading:
            line = translate("inspect.two_networks.texts", "Loading the other network…")
        else:
            line = translate("inspect.two_networks.texts", "No other network yet.")
        return heading_a, translate("inspect.two_networks.texts", "The other network"), line
    return (
        heading_a,
        translate("inspect.two_networks.texts", "Compared with: {name}").format(name=other["name"]),
        translate(
            "inspect.two_networks.texts", "Compared with {name}: {kind}, from {source}."
        ).format(name=other["name"], kind=other["kind"], source=other["source"]),
    )


def chooser_buttons() -> list[tuple[str, str]]:
    """(button, tooltip) of the ways to choose the other network: the shipped dense network,
    a model file, a copy of this model now."""
    return [
        (
            translate("inspect.two_networks.texts", "The dense network"),
            translate("inspect.two_networks.texts", "The shipped plain dense network, mlp.keras"),
        ),
        (
            translate("inspect.two_networks.texts", "A model file…"),
            translate("inspect.two_networks.texts", "A .keras model saved by Convscope"),
        ),
        (
            translate("inspect.two_networks.texts", "This model, now"),
            translate(
                "inspect.two_networks.texts",
                "A copy of the current model as it is now, to set beside what it becomes "
                "(after more training, fine-tuning or an edit)",
            ),
        ),
    ]


def this_model() -> str:
    return translate("inspect.two_networks.texts", "this model")


def the_other_network() -> str:
    return translate("inspect.two_networks.texts", "the other network")


def difference(la: int, lb: int, ca: str, cb: str, other: str) -> str:
    """Both answers in a sentence: agreeing (``la == lb``) or not; ``ca``, ``cb`` are how sure
    each is, ``other`` the other network's name."""
    if la == lb:
        return translate(
            "inspect.two_networks.texts",
            "Both read {label}: this model {pct_a} sure, {othername} {pct_b}.",
        ).format(label=with_article(la), pct_a=ca, othername=other, pct_b=cb)
    return translate(
        "inspect.two_networks.texts",
        "<b>They disagree</b>: this model reads {label_a} ({pct_a}), "
        "{othername} reads {label_b} ({pct_b}).",
    ).format(
        label_a=with_article(la), pct_a=ca, othername=other, label_b=with_article(lb), pct_b=cb
    )


def layers_note(n: int) -> str:
    """How many layers correspond."""
    return translate(
        "inspect.two_networks.texts",
        "The layers at the same place in both networks, with the same kind and shape of "
        "output: {n} of them. Each side has its own colour scale.",
    ).format(n=n)


def row_captions(name_a: str, other: str, name_b: str) -> list[str]:
    """The captions of a row of corresponding layers: this model's, then the other's."""
    return [
        translate("inspect.two_networks.texts", "this model's {layername}").format(
            layername=name_a
        ),
        translate("inspect.two_networks.texts", "{netname}'s {layername}").format(
            netname=other, layername=name_b
        ),
    ]


def filters_title(layer: str, n: int, size: str) -> str:
    return translate("inspect.two_networks.texts", "{layername}'s filters · {n} of {size}").format(
        layername=layer, n=n, size=size
    )


def reading(n: int) -> str:
    return translate(
        "inspect.two_networks.texts", "Both networks are reading {n} test digits…"
    ).format(n=integer(n))
