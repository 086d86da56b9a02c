"""Counts and articles in English sentences: "1 sample" and "2 samples", "a 7" and "an 8".

Every sentence the app, the command line or an error message builds around a number goes
through these two helpers, so none of them says "1 samples" or "a 8".
"""

from __future__ import annotations

import re
from numbers import Integral

from model import i18n

# Leading groups of digits read aloud with a vowel sound: eight, eleven, eighteen, eighty-.
_AN_GROUPS = re.compile(r"8\d{0,2}|1[18]")


def article(thing: object) -> str:
    """'a' or 'an' for ``thing`` (a number, or a word) as it is read aloud.

    A number takes "an" when it is read starting with a vowel sound: 8, 11, 18, 80-89, 800-899,
    8,000, 11,000, 18,000 and so on ("an 8", "an 11×11 filter", but "a 1", "a 110"). A word
    takes "an" when it starts with a vowel letter ("an Activation layer").
    """
    text = str(thing).strip().lstrip("+")
    number = re.match(r"[\d,]+", text)
    if number is not None:
        digits = number.group(0).replace(",", "")
        # Read aloud by groups of three from the left: "eleven thousand", "one hundred...".
        lead = digits[: len(digits) % 3 or 3]
        return "an" if _AN_GROUPS.fullmatch(lead) else "a"
    return "an" if text[:1].lower() in ("a", "e", "i", "o", "u") else "a"


def with_article(thing: object) -> str:
    """``thing`` after its article: "a 7", "an 8", "an 8×8 window"; in German and Spanish a
    digit takes the article of its name ("eine 8": die Acht; "un 8": el ocho)."""
    lang = i18n.language()
    if lang != i18n.SOURCE_LANGUAGE and re.match(r"[\d,]+", str(thing).strip()):
        return f"{'eine' if lang == 'de' else 'un'} {thing}"
    return f"{article(thing)} {thing}"


def count(n: int | float, noun: str, plural: str | None = None, grouped: bool = True) -> str:
    """``n`` and ``noun`` in the right number: "1 sample", "0 samples", "1,000 digits".

    ``plural`` is for nouns that do not just take an "s" ("1 batch", "2 batches");
    ``grouped`` writes thousands with commas.
    """
    many = plural if plural is not None else f"{noun}s"
    if grouped and isinstance(n, Integral):
        shown = i18n.integer(int(n))
    else:
        shown = i18n.number(n, 1) if isinstance(n, float) and not n.is_integer() else f"{n:g}"
    return f"{shown} {noun if n == 1 else many}"


def sentence(text: str) -> str:
    """``text`` with its first letter in capitals and the rest as it is (``str.capitalize``
    would lower the rest: a German noun, a layer's name)."""
    return text[:1].upper() + text[1:]
