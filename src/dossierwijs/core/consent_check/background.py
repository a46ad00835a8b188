"""What a longer document says around its consent question that is not part of it.

A school guide, a privacy statement, an OPP or a report often asks for consent in one
section and, in others, describes what the school does on another legal ground: "Bij de
inschrijving noteren wij ... Dat is wettelijk verplicht en gebeurt zonder toestemming",
"Op grond van de wet delen wij gegevens met DUO", "daarvoor vragen wij geen toestemming".
Those sentences name data, recipients and purposes that the parent is not asked to agree
to, so the criteria must not read them as part of the consent or as its defects (AVG art.
6 lid 1 onder c en e: a legal duty or public task is a ground of its own, not consent).

Only what the document itself marks as outside the consent is set aside: a sentence that
says so, the sentence it points back to ("Dat is wettelijk verplicht"), and a section
whose heading or text says so and that asks nothing of the parent. A sentence that tells
the parent about the choice itself ("U hoeft geen toestemming te geven", "zonder
toestemming sturen wij alleen de wettelijk verplichte gegevens") stays: it is evidence of
free choice, as is a sentence about keeping the data ("De wet verplicht ons het dossier
twintig jaar te bewaren").
"""

from __future__ import annotations

import re

from . import phrases_choice as pc
from .phrases_storage import STORAGE
from .sentences import Sentence, normalise

# The document says this processing needs, or gets, no consent.
_NO_CONSENT_NEEDED = re.compile(
    r"\b(is|zijn) (uw |jullie |je )?toestemming (niet|geen) (nodig|vereist)\b"
    r"|\bgeen toestemming (nodig|vereist)\b"
    r"|\b(vragen|vraagt|vraag) (wij|we|ik|de school|zij) (daarvoor |hiervoor |daar |hier )?"
    r"(uw |jullie |je )?(geen toestemming|toestemming niet)\b"
    r"|\bgebeurt zonder (uw |jullie |je )?toestemming\b"
    r"|\bvalt niet onder (deze|dit|uw) (toestemming|formulier|verklaring)\b"
    r"|^(dat|dit|daarvoor|hiervoor|daar|hier)\b[^.;]{0,20}\b(is|zijn) (een )?wettelijk\w* "
    r"(verplicht\w*|geregeld|plicht|taak)\b"
    r"|\b(dat|dit) regelt de (\w*wet|wet)\b"
    # The law as the ground of an exchange: "Op grond van de wet delen wij gegevens met DUO".
    r"|\b(op grond van|volgens|krachtens|uit hoofde van) (de|zijn|haar|onze) (\w*wet|wet|wettelijke "
    r"(taak|plicht))\b[^.]{0,80}\b(delen|deelt|sturen|stuurt|geven|geeft|verstrekken|verstrekt|"
    r"melden|meldt|dient|dienen|in)\b"
    r"|\b(delen|deelt|sturen|stuurt|verstrekken|verstrekt|melden|meldt) \w+[^.]{0,80}\b"
    r"(op grond van|volgens|krachtens) de (\w*wet|wet)\b"
)
# Something the organisation already has: "De verwijsbrief hebben wij al; daarvoor hoeft u
# niets te doen" (no silence taken as a yes: there is nothing to agree to).
ALREADY_THERE = re.compile(
    r"\b(hebben|heeft|hebt) (wij|we|ik|de \w+) (die |dat |deze |hem |ze )?(al|reeds)\b[^.]{0,40}"
    r"\b(hoeft|hoeven) (u|jullie|je) (daarvoor |hiervoor )?niets te doen\b"
)
# An exchange that already happened, told as background: "De vorige school heeft het
# dossier bij de overstap naar ons gestuurd", "CBS De Lichtboei deed in juni een melding".
_ALREADY_DONE = re.compile(
    r"^(?!.*\b(als|indien|wanneer|zodra|nadat|voordat|tot|toestemming|akkoord|mag|mogen|"
    r"vragen|vraagt|zullen|zal|gaan|gaat|wil|willen)\b)"
    r"(?!.*\b(u|jullie|je)\b[^.]{0,60}\b(heeft|hebt|hebben)\b)(?!.*\?)"
    r".*\b(heeft|hebben|had|hadden)\b[^.;]{0,80}\b(gestuurd|gedeeld|doorgegeven|doorgestuurd|"
    r"overgedragen|verstrekt|opgestuurd|meegegeven|gemaild)\b"
)
# "...; dat staat los van ons onderzoek": another exchange, set apart from this consent.
_SET_APART = re.compile(r"[;,] (dat|dit|die) (staat|staan) los van (ons|onze|dit|deze|uw) \w+")
# What keeps a sentence in: it speaks of the parent's choice, or of keeping the data.
_ABOUT_THE_CHOICE = re.compile(
    r"\b(niet verplicht|vrijwillig|vrij\b|hoeft (u |je )?geen toestemming te geven|"
    r"hoeven (u |jullie )?geen toestemming te geven|weiger\w*|nee zegt|zonder (uw |jullie |je )?"
    r"toestemming (sturen|delen|geven|doen)|intrek\w*|bewaar\w*|vernietig\w*|wissen|verwijder\w*)"
)
# A heading over what the school always does, on a legal ground.
_LEGAL_HEADING = re.compile(
    r"^\W*([a-z]\W\s*|\d[\d.]*\s*)?(wettelijke? (melding|taak|taken|verplichting\w*|grondslag)|"
    r"wat (wij|we|de school) altijd (doen|vastleggen|delen|sturen|bijhouden)|"
    r"wat (er )?altijd (mee ?gaat|wordt gedeeld)|wat gaat er altijd mee)\b"
)
# What in a section asks something of the parent: then the section stays.
_ASKS_THE_PARENT = re.compile(
    r"\b(toestemming|akkoord|instem\w*|handtekening|ondertekening|ja of nee|ja/nee|intrek\w*)\b"
)
_POINTS_BACK = re.compile(r"^\W*(dat|dit|daarvoor|hiervoor|daar|hier)\b")


def _outside(s: Sentence) -> bool:
    if s.boxes or _ABOUT_THE_CHOICE.search(s.key) or STORAGE.search(s.key):
        return False
    return bool(
        _SET_APART.search(s.key)
        or _NO_CONSENT_NEEDED.search(s.key)
        or ALREADY_THERE.search(s.key)
        or _ALREADY_DONE.search(s.key)
    )


def outside_the_request(sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences the document itself sets apart from its consent question."""
    outside = {i for i, s in enumerate(sentences) if not s.is_heading and _outside(s)}
    for i in sorted(outside):
        s = sentences[i]
        before = sentences[i - 1] if i else None
        # "Bij de inschrijving noteren wij ... Dat is wettelijk verplicht."
        if (
            before is not None
            and _POINTS_BACK.match(s.key)
            and not before.is_heading
            and before.heading == s.heading
            and not before.boxes
            and not _ABOUT_THE_CHOICE.search(before.key)
            and not _ASKS_THE_PARENT.search(before.key)
        ):
            outside.add(i - 1)
    for heading in {s.heading for s in sentences if s.heading}:
        section = [i for i, s in enumerate(sentences) if s.heading == heading]
        # A whole section only on a legal ground: "staat los van" sets apart one sentence.
        marked = _legal_heading(heading) or any(
            i in outside and _NO_CONSENT_NEEDED.search(sentences[i].key) for i in section
        )
        if marked and not any(_asks(sentences[i]) for i in section if i not in outside):
            outside.update(section)
            outside.update(i for i, s in enumerate(sentences) if s.is_heading and s.text == heading)
    return outside


def _legal_heading(heading: str) -> bool:
    key = normalise(heading)
    return bool(_LEGAL_HEADING.search(key) or _NO_CONSENT_NEEDED.search(key))


def _asks(s: Sentence) -> bool:
    """The sentence asks the parent something or speaks of the choice: the section stays."""
    return bool(
        s.boxes
        or s.is_fill_in
        or _ASKS_THE_PARENT.search(s.key)
        or _ABOUT_THE_CHOICE.search(s.key)
        or pc.SIGNATURE.search(s.key)
    )
