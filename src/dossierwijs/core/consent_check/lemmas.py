"""Dutch words reduced to their lemma, so a rule names a verb once for all its forms.

"doorstuur", "doorgestuurd" and "doorsturen" are one verb; "derden" is "derde". The
lemmatiser is ``simplemma`` (a word list shipped in the package: nothing is loaded at
run time). Separable verbs split over a clause ("stuur … door") are joined here.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PARTICLES = ("door", "uit", "op", "mee", "terug", "over", "toe", "aan")
_AFTER_PARTICLE = frozenset(["", "aan", "naar", "met", "als", "zodat", "en", "om", "voor", "bij"])


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    return simplemma.lemmatize(word, lang="nl")


@lru_cache(maxsize=4096)
def known_word(word: str) -> bool:
    """A Dutch word, or a compound of two ("kindvolgsysteem" = "kind" + "volgsysteem")."""
    if simplemma.is_known(word, lang="nl"):
        return True
    return any(
        simplemma.is_known(word[:i], lang="nl")
        and (
            simplemma.is_known(word[i:], lang="nl") or simplemma.is_known(word[i + 1 :], lang="nl")
        )
        for i in range(3, len(word) - 4)  # a tail of five letters at least: "rnen" is no word
    )


@lru_cache(maxsize=4096)
def listed_word(word: str) -> bool:
    """A Dutch word as the word list has it, without reading it as a compound."""
    return bool(simplemma.is_known(word, lang="nl"))


@lru_cache(maxsize=4096)
def known_english_word(word: str) -> bool:
    """An English word ("works", "about"): bilingual letters put them beside Dutch ones."""
    return bool(simplemma.is_known(word, lang="en"))


@lru_cache(maxsize=4096)
def lemmas(key: str) -> frozenset[str]:
    """The lemmas of a normalised sentence, with separable verbs joined ("stuur … door")."""
    words = _WORD.findall(key)
    found = {lemma(w) for w in words}
    for clause in re.split(r"[,;:]", key):
        clause_words = _WORD.findall(clause)
        for n, word in enumerate(clause_words):
            after = clause_words[n + 1] if n + 1 < len(clause_words) else ""
            # A separated particle closes its clause or stands before a preposition ("stuur
            # het door aan …"); "gegeven door de ouders" is a preposition, not a particle.
            if word in _PARTICLES and n and after in _AFTER_PARTICLE:
                for verb in clause_words[max(0, n - 6) : n]:
                    if not verb.startswith("ge"):
                        found.add(lemma(word + verb))  # "stuur ... door" -> "doorsturen"
    return frozenset(found)


# Verbs of passing data on, asking for it or talking it through with someone else.
_SHARING_VERBS = """
    delen uitwisselen verstrekken opvragen doorsturen sturen versturen toesturen opsturen
    doorgeven overdragen doormailen mailen bespreken overleggen overleg terugkoppelen
    meegeven inzien ontvangen krijgen informeren voorleggen rapporteren vertellen inlichten
"""
SHARING_VERBS = frozenset(_SHARING_VERBS.split())
# Words that leave a group open: "alle", "relevante", "betrokken", "derden", "overige".
OPEN_QUANTIFIERS = frozenset(
    ["al", "alles", "relevant", "betrekken", "derde", "overig", "eventueel"]
)


def shares_by_lemma(key: str) -> bool:
    """The sentence speaks of passing data on or talking it through (any verb form). The
    infinitive counts as written too: simplemma reads "sturen" and "delen" as plurals of the
    nouns "stuur" and "deel", so "wij sturen de documenten" was not read as sharing."""
    return bool((lemmas(key) | set(_WORD.findall(key))) & SHARING_VERBS)
