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
# overdracht tot 1 oktober".
_KEEPS_IT = re.compile(r"\b(bewaart|bewaren|slaat|slaan|archiveert) (het|ze|dit|dat|alles)\b")
_THE_SYSTEM_KEEPS = re.compile(
    r"^\W*(het|de|dat|dit|deze) (portaal|app|platform|programma|systeem) (bewaart|slaat|archiveert)\b"
)
_SYSTEM_NAMED = re.compile(
    r"\b(portaal|app|platform|programma|systeem) ['‘\"“]?[A-Z][\w-]+|\b[A-Z][\w]+-?(app|portaal)\b"
)


def system_keeps(form: Form) -> list[Sentence]:
    """Sentences where a named system or organisation keeps the data."""
    named = any(_SYSTEM_NAMED.search(s.text) for s in form.sentences)
    return [
        s
        for s in form.body
        if not pc.WITHDRAWAL.search(s.key)
        and not p.NEGATION.search(s.key)
        and (
            (kept_by_name(s.text) and _KEEPS_IT.search(s.key))
            or (named and _THE_SYSTEM_KEEPS.match(s.key))
        )
    ]


def kept_by_name(text: str) -> bool:
    return any(
        not _PERSON_TITLE.search(text[: m.start()])
        and not re.match(r"(Juf|Meester|Meneer|Mevrouw|Mentor)\b", m.group(0))
        for m in _KEPT_BY_NAME.finditer(text)
    )


_NOTHING_KEPT = re.compile(
    r"\b(bewaart|bewaren|slaat|slaan)\b[^.;:]{0,20}\b(niets|niks)\b"
    r"|\b(niets|niks) (wordt|worden) (\w+ )?(opgeslagen|bewaard)\b"
)
_NOT_KEPT = re.compile(
    rf"{_NOTHING_KEPT.pattern}|\b(wordt|worden) (ook )?(niet|nooit) (\w+ )?(opgeslagen|bewaard)\b"
)


def keeps_nothing(form: Form) -> list[Sentence]:
    """Sentences that say nothing is kept (not "Robbie bewaart niets, maar de juf bewaart de
    scores")."""
    return [
        s
        for s in form.body
        if _NOTHING_KEPT.search(s.key) and not p.STORAGE.search(_NOT_KEPT.sub(" ", s.key))
    ]
