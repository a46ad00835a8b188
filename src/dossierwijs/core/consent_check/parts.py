"""How a form lets the parent answer each part on its own (overweging 32 en 43 bij de AVG):
a reply with a yes or no per item, a signature line per part, or a sentence that says the
parts are separate choices. Split from ``granular``, which judges whether that is enough.
"""

from __future__ import annotations

import re

from . import phrases_choice as pc
from .form import Form
from .phrases_data import DATA_NOUN
from .sentences import Sentence


# Overweging 32 en 43.
def answer_per_item(form: Form) -> list[Sentence]:
    """A reply asked for with a yes or no per item ("antwoorden met bij 1 en bij 2 'ja' of
    'nee'"), in the same sentence or the next."""
    return [
        s
        for s in form.matching(pc.ANSWER_REQUEST)
        if any(pc.ANSWER_PER_ITEM.search(t.key) for t in form.following(s, 1))
    ]


# A signature line per part: "Handtekening ouder/verzorger, Deel A: ____".
SIGNED_PART = re.compile(
    r"\bhandtekening\b[^.:]{0,40}\b(deel|onderdeel|part) (?P<part>[a-h]|\d{1,2})\b"
)


def signature_per_part(form: Form) -> set[str]:
    """The parts that each have a signature line of their own."""
    return {
        "Deel " + m.group("part").upper()
        for s in form.sentences
        for m in SIGNED_PART.finditer(s.key)
    }


def silence_only(s: Sentence) -> bool:
    """ "Dan rekenen wij op uw akkoord met beide onderdelen": silence, not a signature."""
    return bool(pc.SILENCE_IS_CONSENT.search(s.key)) and not pc.SIGNATURE.search(s.key)


_SEPARATE = re.compile(
    r"\b(apart|aparte|los|losse|afzonderlijk\w*|separate\w*|each)\b[^.]{0,60}\b(ja|nee|yes|no|"
    r"toestemming|consent|kiezen|keuze|choose)\b"
)


def offers_parts(form: Form, choices: list[Sentence]) -> bool:
    """The form lets the parent answer each part on its own, in boxes or in words."""
    return len(choices) >= 2 or bool(answer_per_item(form) or form.matching(_SEPARATE))


# One clause of a signed declaration: "dat ik ...", "en dat wij ...".
_DECLARATION = re.compile(r"\bdat (ik|wij|we|mijn|onze)\b(?:(?!\bdat\b)[^,;])*")
_CONSENTING = re.compile(r"\b(toestemming|instem\w*|stem\w* in|akkoord|machtig\w*|ermee eens)\b")


TWO_CONSENTS = re.compile(
    r"\btoestemming om\b[^.]{0,120}\bte (?P<first>\w+)\b[^.]{0,40}\ben om\b[^.]{0,120}"
    r"\bte (?!(?P=first)\b)\w+"
    # "toestemming voor het gebruik van foto's in de schoolgids ..., en voor het doorgeven van
    # de naam aan de fotograaf": a use and a passing on, each its own purpose.
    r"|\btoestemming voor (het|de) (?P<use>\w+)\b(?:[^.]|\.(?=\S)){0,200}, en voor (het|de) (?!(?P=use)\b)\w+(en|ing)\b"
    # "toestemming dat mijn kind de app gebruikt en dat de maker de resultaten gebruikt voor
    # nieuwe oefeningen", "toestemming voor de overdracht aan De Kiem en voor foto's ...".
    # (not how long or how the first is kept: "en dat De Klank het verslag daarna
    # vernietigt", "en voor de duur van de behandeling")
    # (nor a step that serves the first: "en dat de school daarvoor de voornaam ... doorgeeft",
    # sealed234)
    r"|\btoestemming (om|dat)\b[^.]{0,160}\ben dat (?!(ik|wij|we|u|het|dit|dat)\b)"
    r"(?![^.]{0,40}\b(daarvoor|hiervoor|daartoe|hiertoe)\b)"
    r"(?![^.]{0,80}\b(bewaar\w*|vernietig\w*|verwijder\w*|wist|gewist|wissen)\b)"
    r"|\btoestemming voor (de|het) (?P<thing>\w+)\b[^.]{0,160}\ben (ook )?voor "
    r"(?!(de|het) (?P=thing)\b)(?!(de |het |een )?(duur|periode|termijn|tijd|looptijd)\b)"
    r"(de |het |een )?\w"
    # "verklaart akkoord te gaan met het gebruik van de leerlingpas ..., met het maken en
    # gebruiken van foto's door ..., en met het doorgeven van ..." (sealed230)
    # (not what the one is for: "..., met het oog op een goede overdracht")
    r"|\bakkoord (te gaan |gaat |ga )?met (het|de) \w+\b(?:[^.]|\.(?=\S)){0,200}(,|\ben) (en )?met "
    r"(?!(het|de) (oog|doel|bedoeling|idee|oogmerk)\b)(het|de) \w+"
)


def declares_several_consents(key: str) -> bool:
    """A signature whose declaration holds two or more consents, each its own clause."""
    if not pc.SIGNATURE.search(key):
        return False
    consents = [m for m in _DECLARATION.finditer(key) if _CONSENTING.search(m.group(0))]
    return len(consents) >= 2


def signature_over_a_list(form: Form) -> list[Sentence]:
    """ "Met mijn handtekening geef ik toestemming:" over two or more listed consents without
    a box of their own: one signature for all of them. So is "Daarvoor hebben wij uw
    toestemming nodig voor het volgende:" over items that each send to someone else, on a
    form without boxes that is signed once ("Ondergetekende verklaart akkoord te gaan met
    bovenstaande")."""
    found = []
    signed_once = not form.choices() and any(pc.SIGNATURE.search(s.key) for s in form.sentences)
    for at, s in enumerate(form.body):
        if not (_CONSENTING.search(s.key) and s.text.rstrip().endswith(":")):
            continue
        items = []
        for t in form.body[at + 1 : at + 8]:
            if not _LIST_ITEM.match(t.text) or t.boxes:
                break
            items.append(t)
        if len(items) < 2:
            continue
        if pc.SIGNATURE.search(s.key) or (signed_once and _to_different_parties(items)):
            found.append(s)
    return found


def signature_over_ticked_items(form: Form) -> list[Sentence]:
    """ "Door ondertekening van dit formulier gaat u akkoord met:" over two or more items each
    ticked in advance (☒): the boxes are no choice, the one signature covers them all
    (sealed232; so labelled in both forms of this shape to sealed236)."""
    found = []
    for at, s in enumerate(form.body):
        if not (
            _CONSENTING.search(s.key)
            and pc.SIGNATURE.search(s.key)
            and s.text.rstrip().endswith(":")
        ):
            continue
        items = []
        for t in form.body[at + 1 : at + 8]:
            if len(t.boxes) != 1:
                break
            items.append(t)
        # (not when one is left open or the parent is asked to tick: "☐ het delen van een
        # filmpje op Instagram", "(aankruisen wat van toepassing is)" make the boxes a choice)
        if (
            len(items) >= 2
            and all(t.boxes[0].checked for t in items)
            and not _TICK_WHAT_APPLIES.search(s.key)
        ):
            found.append(s)
    return found


_TICK_WHAT_APPLIES = re.compile(
    r"\b(aankruisen|aanvinken|kruis|vink|aan te kruisen|aan te vinken)\b"
)


def one_choice_over_listed_exchanges(form: Form, choices: list[Sentence]) -> list[Sentence]:
    """ "geven wij: 1. aan Uitzendbureau LesPlus: ... 2. aan de ouders van de combinatieklas:
    ..." and one box "Ik geef toestemming voor bovenstaande": two exchanges, each to its own
    party, under one choice (sealed229)."""
    if len(choices) != 1 or not _ALL_ABOVE.search(choices[0].key):
        return []
    # (items that pass data on, not a day's programme: "- naar de kinderboerderij")
    items = [
        t
        for t in form.body
        if _NUMBERED_OR_BULLET.match(t.text)
        and not t.boxes
        and (DATA_NOUN.search(t.key) or _DATA_WORD.search(t.key))
    ]
    parties = {m.group(1) for t in items for m in [_ITEM_TO.search(t.key)] if m}
    return [choices[0]] if len(parties) >= 2 else []


_DATA_WORD = re.compile(r"\w*(gegevens|foto|video|film|opname|namen|nummer)\w*")
_ALL_ABOVE = re.compile(r"\b(voor|met) (al )?(het )?(bovenstaande|hierboven genoemde|voorgaande)\b")
_NUMBERED_OR_BULLET = re.compile(r"^\s*(\d{1,2}[.)]|[-•*–]|\(?[a-h][.)])\s")
# The party an item goes to, at its start: "1. aan Uitzendbureau LesPlus: ...".
_ITEM_TO = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:naar|aan) (?:de |het |onze |ons )?([a-z-]+)")


# (or lettered: "a. meldingen ... worden gedeeld met ...", sealed171)
_LIST_ITEM = re.compile(r"^\s*([-•*–o·▪]|\(?[a-h][.)])\s")
# Who an item sends to: "naar haar huisarts", "naar de leerkracht van Tess".
_SENT_TO = re.compile(r"\b(naar|aan) (de|het|haar|zijn|hun|uw|onze|een) (?!doel\b)([a-z-]+)")


def _to_different_parties(items: list[Sentence]) -> bool:
    parties = {m.group(3) for t in items for m in [_SENT_TO.search(t.key)] if m}
    return len(parties) >= 2
