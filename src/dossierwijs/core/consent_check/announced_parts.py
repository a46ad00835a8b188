"""One choice for parts the form announces itself ("Het onderzoek bestaat uit drie delen",
"Als u het met deze drie stappen eens bent, antwoord 'Akkoord'"), and the signs that each
part has an answer of its own after all (overweging 32 en 43 bij de AVG). Split from
``granular``.
"""

from __future__ import annotations

import re

from . import phrases as p
from . import phrases_choice as pc
from .form import Form, shares
from .parts import answer_per_item
from .phrases_answer import ANSWER_REQUEST
from .sentences import Sentence

_NUMBER_OF_PARTS = (
    r"(twee|drie|vier|vijf|zes) (bovenstaande |genoemde )?(delen|onderdelen|dingen|zaken|"
    r"onderwerpen|punten|uitwisselingen|stappen)\b"
)
_PARTS_ANNOUNCED = re.compile(
    rf"\b((onderzoek|project|verzoek|aanvraag|formulier|deelname)\w* (bestaat|bestaan) uit|"
    # "Als u het met deze drie stappen eens bent, ... 'Akkoord'" (sealed167)
    rf"toestemming voor|akkoord met|(eens|instemt|instemmen) met|"
    rf"vragen (wij|we|ik) (u|jullie|je) (om|voor)|"
    rf"(formulier|verzoek|toestemming) gaat over) (de |alle |deze )?{_NUMBER_OF_PARTS}"
    rf"|\bmet (de |alle |deze )?{_NUMBER_OF_PARTS} eens\b"
    # "Bij de training horen drie onderdelen waarvoor wij uw toestemming nodig hebben", "Dit
    # jaar willen wij rond verjaardagen drie dingen doen:" above the list (sealed215, sealed216)
    rf"|\b{_NUMBER_OF_PARTS} (waarvoor|waar) (wij|we|ik) (uw |jullie |je )?(toestemming|akkoord)\b"
    # (also "Wij willen drie dingen met uw gegevens doen:"; only over numbered items that each
    # pass data on or under one consent that lists them, not "Op de sportdag gaan we drie
    # dingen doen:" over games: see announced_parts; review of sealed216's change)
    rf"|\b((willen|gaan) (wij|we|ik)|(wij|we|ik) (willen|gaan))\b[^.:]{{0,40}}\b{_NUMBER_OF_PARTS}"
    rf"( [^.:]{{0,30}})? (doen|regelen)\s*[:.]?\s*$"
    # "Antwoord JA om akkoord te gaan met beide" (sealed169)
    r"|\b(akkoord( te gaan)?|eens|in te stemmen|instemmen) met (allebei|beide|alle drie)\b"
)
# Answers per part the choices did not catch: "1 □ja □nee 2 □ja □nee", "mag / mag niet" per
# line, "[ ] allergieën [ ] foto's", "bijvoorbeeld: 1 ja, 2 nee, 3 ja".
_PER_PART_MARKS = re.compile(
    r"\b(mag|mogen) ?/ ?(mag|mogen) niet\b|\b\d{1,2}[:)]? ?(ja|nee)\W{1,3}\d{1,2}[:)]? ?(ja|nee)\b"
)
# The parts are offered one by one, or are pieces of one thing ("Dat verslag bestaat uit
# twee delen: het adviesdeel en ...").
# (not the moment of a withdrawal: "op ieder moment intrekken", sealed167; not "iedere
# verjaardag", "ieder kind": sealed216; nor, the same shape, "bij elke verjaardag", "voor elk
# kind", "iedereen", "iedere leerling", "ieder gezin", "iedere maand": review)
_NOT_A_PART = (
    r"(?! (moment|gewenst|tijdstip|verjaardag|kind|jaar|dag|week|keer|maand|leerling|ouder|gezin|"
    r"jarige|geval|ander|schooljaar|vakantie|seizoen|speler|student|deelnemer|groep|school)\b)"
)
_EACH_ON_ITS_OWN = re.compile(
    r"\b(apart|afzonderlijk\w*|los van elkaar|per (onderdeel|punt|vraag|deel)|"
    rf"bij elk\w*{_NOT_A_PART}|voor elk\w*{_NOT_A_PART}|elk onderdeel|"
    rf"ieder(?!een\b)\w*{_NOT_A_PART}|bij (allebei|beide))\b"
)
# A yes/no line the scan or the layout kept out of the choices: "(1) ... JA / NEE", "Mag dat?
# JA 0 NEE 0", "[  Ja, de school mag ..." (OCR lost a bracket).
_YES_NO_LINE = re.compile(r"\bja\b.{0,12}\bnee\b|^\W{0,4}ja\b")
_PIECES_OF_ONE = re.compile(r"\b(verslag|rapport|brief|formulier|dossier|plan)\w* bestaa?t\b")


def answers_per_part(form: Form, choices: list[Sentence]) -> bool:
    """Signs of an answer per part that the choices missed: yes/no lines, marks per part,
    many boxes, an answer per item or "apart", "per onderdeel"."""
    answers = [s for s in form.sentences if _YES_NO_LINE.search(s.key)]
    marks = [s for s in form.sentences if _PER_PART_MARKS.search(s.key)]
    boxes = max((len(s.boxes) for s in form.sentences), default=0)
    if len(choices) > 1 or len(answers) > 1 or marks or boxes > 2:
        return True
    return bool(answer_per_item(form) or form.matching(_EACH_ON_ITS_OWN))


def announced_parts(form: Form, choices: list[Sentence]) -> list[tuple[Sentence, str]]:
    """The form announces several parts and gives one choice for them. (Rules-only in-sample
    when added: 4 readings fixed, none broken; an outside review's single-topic letters "De
    dag bestaat uit twee delen" stay granular.)"""
    if answers_per_part(form, choices):
        return []
    one_answer = [
        s
        for s in form.sentences
        if pc.SIGNATURE.search(s.key)
        or p.INLINE_CHOICE.search(s.key)
        or ANSWER_REQUEST.search(s.key)
    ]
    if not (choices or one_answer):
        return []
    return [
        (s, m.group(0))
        for s in form.body
        for m in [_PARTS_ANNOUNCED.search(s.key)]
        if m
        and not _PIECES_OF_ONE.search(s.key)
        and not EACH_OFFERED.search(s.key)
        and ("stappen" not in m.group(0) or _numbered_exchanges(form) >= 2)
        and (
            not re.search(r"\b(doen|regelen)\s*[:.]?$", m.group(0))
            or _numbered_exchanges(form) >= 2
            or form.matching(_CONSENT_LISTS_THINGS)
        )
    ]


# The one consent names several things: "Ik geef toestemming voor de kalender, de foto en de
# kaart" (what "drie dingen doen:" announced), not "... dat de school een foto op de website zet".
_CONSENT_LISTS_THINGS = re.compile(
    r"\b(toestemming|akkoord) (voor|met)\b[^.;]{0,80},[^.;]{0,80}\b(en|of)\b"
)


def _numbered_exchanges(form: Form) -> int:
    """Numbered items that each pass data on: "1. Coaching. ... De coach krijgt haar naam",
    "2. Wijkteam. ..." (sealed167); steps of one exchange are no parts ("wij vullen het
    formulier in, u leest het na, en daarna sturen wij het", outside review)."""
    return sum(
        1
        for s in form.body
        if re.match(r"\W*\d{1,2}[.)]\s", s.text) and any(shares(t) for t in form.following(s, 2))
    )


# Each part can still be answered on its own: "A voor alleen de medicijnlijst, B voor alleen
# de foto, of JA om akkoord te gaan met beide", "Bent u akkoord met beide onderdelen, vink dan
# bij beide 'ja' aan" (outside review, 6 December 2026).
EACH_OFFERED = re.compile(
    r"\balleen (de|het|haar|zijn|uw)\b[^.]{0,80}\balleen (de|het|haar|zijn|uw)\b"
    r"|\bbij (beide|allebei|elk\w*|ieder\w*)\b[^.]{0,15}\W(ja|nee|akkoord)\W"
)
