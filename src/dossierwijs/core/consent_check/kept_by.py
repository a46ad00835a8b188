"""Who or what keeps the data, said in words the storage places do not cover: an
organisation or system by its name ("OverstapNet bewaart het"), the portal named before
("Het portaal bewaart de overdracht"), or nothing kept at all ("De robot bewaart niets").

Split from ``keeping`` (AVG art. 13; advies van ouderorganisaties: waar worden de gegevens
bewaard).
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import Form
from .sentences import Sentence

# An organisation by its name keeps it: "het Meerwijk College bewaart de notitie", "Tekstlab
# slaat deze gegevens op" (kept by which organisation is where, CRITERIA.md). Not "Wij
# bewaren" at the start of a sentence, nor a person ("Juf Sanne bewaart").
_KEPT_BY_NAME = re.compile(
    r"(?<![\w.])(?!(Wij|We|Ik|U|Jullie|Zij|Ze|Hij|De|Het|Dat|Dit|Deze|Die|Alle|Daar|Dan|School)\b)"
    r"[A-Z][\w-]+( [A-Z][\w-]+)* (bewaart|bewaren|slaat|slaan|archiveert|archiveren)\b"
)
_PERSON_TITLE = re.compile(r"\b(juf|meester|meneer|mevrouw|mentor|dokter|dr|mr)\.?\s*$", re.I)


# The named system keeps it, said of "het": "OverstapNet bewaart het tot 1 oktober"; or the
# portal named before keeps it: "via het portaal OverstapNet ... Het portaal bewaart de
# overdracht tot 1 oktober". The name must be a system's, not a person's ("Anke bewaart het").
_KEEPS_IT = re.compile(
    r"(?P<name>[A-Z][\w-]+) (bewaart|bewaren|slaat|slaan|archiveert) (het|ze|dit|dat|alles)\b"
)
_THE_SYSTEM_KEEPS = re.compile(
    r"^\W*(het|de|dat|dit|deze) (?P<kind>portaal|app|platform|programma|systeem) "
    r"(bewaart|slaat|archiveert)\b"
)
_SYSTEM_NAMED = re.compile(
    r"\b(?P<kind>portaal|app|platform|programma|systeem) ['‘\"“]?(?P<name>[A-Z][\w-]+)"
    r"|\b(?P<name2>[A-Z][\w]+)-?(?P<kind2>app|portaal)\b"
)


def system_keeps(form: Form) -> list[Sentence]:
    """Sentences where a system named in the form keeps the data."""
    named = [m for s in form.sentences for m in _SYSTEM_NAMED.finditer(s.text)]
    names = {m.group("name") or m.group("name2") for m in named}
    kinds = {m.group("kind") or m.group("kind2") for m in named}
    found = []
    for s in form.body:
        if pc.WITHDRAWAL.search(s.key) or p.NEGATION.search(s.key):
            continue
        by_name = _KEEPS_IT.search(s.text)
        by_kind = _THE_SYSTEM_KEEPS.match(s.key)
        if (by_name and by_name.group("name") in names) or (
            by_kind and by_kind.group("kind") in kinds
        ):
            found.append(s)
    return found


# One paper copy and no file: "De lijst bestaat alleen op papier." (sealed229). Paper is the
# place, and where it goes next is told beside it.
_ONLY_ON_PAPER = re.compile(
    r"\b(lijst|lijsten|formulier|formulieren|gegevens|strook|strookjes|kaart|kaartjes|overzicht)\b"
    r"[^.;]{0,20}\b(bestaat|bestaan|is|zijn|blijft|blijven)\b (er )?(alleen|uitsluitend|enkel|slechts) "
    r"(op papier|in papieren vorm)\b"
    # (not a blank form to fetch: "Het formulier is alleen op papier verkrijgbaar")
    r"(?![^.;]{0,20}\b(verkrijgbaar|te krijgen|op te halen|aan te vragen|in te vullen)\b)"
)


def kept_on_paper_only(form: Form) -> list[Sentence]:
    return [s for s in form.body if _ONLY_ON_PAPER.search(s.key) and not p.NEGATION.search(s.key)]


def kept_by_name(text: str) -> bool:
    return any(
        not _PERSON_TITLE.search(text[: m.start()])
        and not re.match(r"(Juf|Meester|Meneer|Mevrouw|Mentor)\b", m.group(0))
        for m in _KEPT_BY_NAME.finditer(text)
    )


# "De robot bewaart niets.", "Robbie slaat niets op:" (not "bewaren niets langer dan nodig",
# "slaan niets op zonder uw toestemming", "Zegt u nee, dan bewaren we niks van Mila").
_NOTHING_KEPT = re.compile(
    r"^(?!\W*(als|zegt|wanneer|indien|dan)\b)[^;:]*?\b(bewaart|bewaren|slaat|slaan)( \w+){0,2} "
    r"(niets|niks)( op)?\s*([.;:,]|$)"
    r"|\b(niets|niks) (wordt|worden) (\w+ )?(opgeslagen|bewaard)\s*([.;:,]|$)"
)
_NOT_KEPT = re.compile(
    rf"{_NOTHING_KEPT.pattern}|\b(niet|nooit)\b( \w+){{0,3}} (opgeslagen|bewaard)\b"
)


def keeps_nothing(form: Form) -> list[Sentence]:
    """Sentences that say nothing is kept (not "Robbie bewaart niets, maar de juf bewaart de
    scores")."""
    return [
        s
        for s in form.body
        if _NOTHING_KEPT.search(s.key) and not p.STORAGE.search(_NOT_KEPT.sub(" ", s.key))
    ]
