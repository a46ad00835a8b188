"""When does a registered consent cover a purpose or a piece of data?

"Matches" means: every content word of what is asked appears in what the consent says.
Words are compared after normalising (lower case, accents and punctuation removed) and
after leaving out small words that carry no meaning ("de", "voor", "van", "ons kind", …).
So "overstap naar het vso" is covered by a consent for "de overstap van Sanne naar het
VSO", but "overstap naar het vso en de jeugdarts" is not: the consent does not mention
the jeugdarts. A question that has no content words at all ("voor het kind") is never
covered: a consent is specific, so a vague question gets no for an answer.
"""

from __future__ import annotations

import re
import unicodedata

STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "voor",
        "naar",
        "met",
        "om",
        "te",
        "tot",
        "over",
        "in",
        "op",
        "aan",
        "bij",
        "door",
        "die",
        "dat",
        "dit",
        "deze",
        "zijn",
        "haar",
        "hun",
        "uw",
        "ons",
        "onze",
        "mijn",
        "je",
        "jouw",
        "zij",
        "wij",
        "ik",
        "u",
        "er",
        "is",
        "wordt",
        "worden",
        "kan",
        "kunnen",
        "als",
        "ook",
        "nog",
        "niet",
        "wel",
        "dan",
        "zo",
        "zodat",
        "waarvoor",
        "waarmee",
        "wat",
        "welke",
        "wie",
        "hoe",
        "kind",
        "leerling",
        "zoon",
        "dochter",
        "gegevens",
        "informatie",
    ]
)


def normalise(text: str) -> str:
    """Lower case, no accents, only letters and digits separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def content_words(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    """The words that say something, e.g. {"overstap", "vso"}."""
    return {w for w in normalise(text).split() if w not in STOPWORDS and w not in ignore}


def words_covered(asked: str, given: str, ignore: frozenset[str] = frozenset()) -> bool:
    """True when ``asked`` is part of ``given``: as text, or word for word."""
    asked_norm, given_norm = normalise(asked), normalise(given)
    wanted = content_words(asked, ignore)
    if not wanted:
        return False
    if asked_norm and asked_norm in given_norm:
        return True
    return wanted <= content_words(given, ignore)
