"""What a school's leerlingdossier may contain (the AP's list) and what an onderwijskundig
rapport (OKR) may contain (the five categories of the Besluit).

Used later to spot what goes beyond: a dossier item or OKR section that fits no category is
worth a question from the parents.
# AP "Leerlingdossier" (fact 3.10, V); Besluit uitwisseling leer- en begeleidingsgegevens
# (Stb. 2012, 234) art. 2 (fact 3.2, V): the OKR "kan geen andere gegevens bevatten dan" these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ContentCategory:
    key: str
    label: str  # Dutch, as shown to parents
    examples: tuple[str, ...]  # Dutch words that usually point to this category


DOSSIER_CATEGORIES: tuple[ContentCategory, ...] = (
    ContentCategory("inschrijving", "Gegevens over inschrijving en uitschrijving",
                    ("inschrijving", "uitschrijving", "aanmelding", "schoolwissel")),
    ContentCategory("verzuim", "Verzuim", ("verzuim", "afwezig", "te laat", "absentie")),
    ContentCategory("adres", "Adresgegevens", ("adres", "woonplaats", "postcode", "telefoon")),
    ContentCategory("bekostiging", "Gegevens die nodig zijn om de bekostiging te berekenen",
                    ("gewicht", "opleiding ouders", "bekostiging", "nieuwkomer")),
    ContentCategory("okr", "Het onderwijskundig rapport", ("onderwijskundig rapport", "okr")),
    ContentCategory("gezondheid", "Gezondheidsgegevens die nodig zijn voor extra begeleiding of "
                    "voorzieningen", ("medicijn", "allergie", "diagnose", "dyslexie", "adhd",
                                      "autisme", "epilepsie", "diabetes")),
    ContentCategory("voortgang", "Vorderingen en resultaten",
                    ("toets", "cito", "rapport", "cijfer", "leerlingvolgsysteem", "niveau")),
    ContentCategory("gesprekken", "Verslagen van gesprekken met ouders",
                    ("gespreksverslag", "oudergesprek", "verslag", "mdo")),
    ContentCategory("psychologisch_onderzoek", "Uitslagen van psychologisch onderzoek",
                    ("intelligentieonderzoek", "iq", "psychologisch onderzoek", "wisc",
                     "psychodiagnostisch")),
)  # fmt: skip

OKR_CATEGORIES: tuple[ContentCategory, ...] = (
    ContentCategory("administratief", "Administratieve gegevens",
                    ("naam", "geboortedatum", "adres", "school", "groep", "leerjaar")),
    ContentCategory("schoolloopbaan", "Onderwijsloopbaan en resultaten",
                    ("toets", "cito", "doublure", "resultaten", "niveau", "schooladvies")),
    ContentCategory("sociaal_emotioneel", "Sociaal-emotionele ontwikkeling en gedrag",
                    ("gedrag", "sociaal", "emotioneel", "werkhouding", "welbevinden")),
    ContentCategory("ondersteuning", "De (extra) ondersteuning die uw kind kreeg",
                    ("ondersteuning", "arrangement", "opp", "ontwikkelingsperspectief",
                     "begeleiding", "remedial")),
    ContentCategory("verzuim", "Verzuim (ongeoorloofd verzuim in het jaar voor het rapport)",
                    ("verzuim", "ongeoorloofd", "leerplicht", "absentie")),
)  # fmt: skip

# Topics that the five OKR categories do not cover: a hint for parents to ask about, not a
# legal finding (confidence I; built on fact 3.2 and LKC 104548 / 3.16).
BEYOND_OKR_EXAMPLES: tuple[str, ...] = (
    "de gezondheid, het werk of de relatie van de ouders",
    "conflicten tussen ouders en school",
    "de scheiding van de ouders of wie het gezag heeft, behalve wat administratief nodig is",
    "onderzoeksverslagen van een zorgverlener die ouders niet hebben vrijgegeven",
)

OKR_BASIS = "Besluit uitwisseling leer- en begeleidingsgegevens (Stb. 2012, 234) artikel 2"
DOSSIER_BASIS = "Autoriteit Persoonsgegevens: wat mag in het leerlingdossier"


def okr_categories_in(text: str) -> set[str]:
    """Keys of the OKR categories whose example words occur in `text` (lower-cased match)."""
    return _matching(text, OKR_CATEGORIES)


def dossier_categories_in(text: str) -> set[str]:
    """Keys of the AP dossier categories whose example words occur in `text`."""
    return _matching(text, DOSSIER_CATEGORIES)


def _matching(text: str, categories: tuple[ContentCategory, ...]) -> set[str]:
    # Whole words (or word starts: "toets" also finds "toetsen"), so "iq" does not match "liquide".
    lowered = text.lower()
    return {
        c.key
        for c in categories
        if any(re.search(rf"\b{re.escape(word)}", lowered) for word in c.examples)
    }
