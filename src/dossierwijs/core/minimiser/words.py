"""Is a word an ordinary Dutch word, or could it be a name? Answered from real word lists.

The frequency of a word in Dutch comes from `wordfreq` (its data ships in the package, so
nothing is downloaded); the first names and surnames are `deduce`'s own lists (Dutch
civil registry names). A capitalised word at the start of a sentence ("Geef", "Laat") is
a common word, not a name; "Roos" and "Bakker" are common words that are also names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Zipf frequency (log10 of uses per billion words). Above FUNCTION a word is one of the
# few hundred most used Dutch words (de, het, een, van, op): never a name on its own, even
# when a name list holds it ("De" is listed as a first name). Above COMMON it is an
# ordinary word (geef 5.3, laat 5.8, bied 4.1); names of people are far rarer
# (Dijkhuizen 2.8, Marloes 3.1), and the frequent ones are in the name lists.
FUNCTION = 6.0
COMMON = 4.0


@lru_cache(maxsize=20000)
def zipf(word: str) -> float:
    """How common ``word`` is in Dutch (0: unknown, 7.7: "de")."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "nl"))


@lru_cache(maxsize=2)
def _name_lists(folders: tuple[str, ...] = ("lst_first_name", "lst_surname")) -> frozenset[str]:
    base = resources.files("deduce") / "data" / "lookup" / "src" / "names"
    names: set[str] = set()
    for folder in folders:
        text = (base / folder / "items.txt").read_text(encoding="utf-8")
        names.update(line.strip() for line in text.splitlines() if line.strip())
    return frozenset(names)


def bare(word: str) -> str:
    """The word without surrounding punctuation or a possessive ("Sanne's" → "Sanne")."""
    word = re.sub(r"^\W+|\W+$", "", word)
    return re.sub(r"['’]s$", "", word)


def is_function_word(word: str) -> bool:
    """One of the most used Dutch words (de, het, en, op): never personal data on its own."""
    word = bare(word)
    return bool(word) and zipf(word) >= FUNCTION


def is_known_name(word: str) -> bool:
    """In the lists of Dutch first names or surnames."""
    word = bare(word)
    return word in _name_lists() or word.capitalize() in _name_lists()


def is_first_name(word: str) -> bool:
    """In the list of Dutch first names ("Jolanda", "Koen")."""
    return bare(word) in _name_lists(("lst_first_name",))


def is_common_word(word: str) -> bool:
    """An ordinary Dutch word that is not also a name (geef, laat, praktijk, basisschool).

    Initials ("A.", "K.L.") and single letters are never common words here.
    """
    if re.fullmatch(r"(?:[^\W\d]\.)+", word.strip(",;:")):
        return False
    word = bare(word)
    if len(word) < 2 or not re.search(r"[^\W\d]", word):
        return False
    if is_function_word(word):
        return True
    return zipf(word) >= COMMON and not is_known_name(word)


def name_parts(name: str) -> list[str]:
    """The parts of a name that also name the person alone: "drs. Marloes Dijkhuizen" →
    "Marloes", "Dijkhuizen"; "Bosveld-Tromp" → also "Bosveld" and "Tromp". Titles,
    initials, articles and common words are no parts ("De", "Praktijk")."""
    parts: list[str] = []
    for word in name.split():
        if word.endswith("."):
            continue  # a title or an initial
        word = bare(word)
        pieces = [word, *word.split("-")] if "-" in word else [word]
        for piece in pieces:
            if (
                len(piece) >= 3
                and piece[0].isupper()
                and piece != name
                and not is_common_word(piece)
                and piece not in parts
            ):
                parts.append(piece)
    return parts
