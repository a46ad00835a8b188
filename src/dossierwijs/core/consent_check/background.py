"""What a longer document says around its consent question that is not part of it.

A school guide, a privacy statement, an OPP or a report often asks for consent in one
section and, in others, describes what the school does on another legal ground: "Bij de
inschrijving noteren wij ... Dat is wettelijk verplicht en gebeurt zonder toestemming",
"Op grond van de wet delen wij gegevens met DUO", "daarvoor vragen wij geen toestemming".
Those sentences name data, recipients and purposes that the parent is not asked to agree
to, so the criteria must not read them as part of the consent or as its defects (AVG art.
6 lid 1 onder c en e: a legal duty or public task is a ground of its own, not consent).

Only what the document itself marks as outside the consent is set aside: a sentence that
says so, the sentence it points back to ("Dat is wettelijk verplicht"), and the sentences
under a heading that says so ("Wat wij altijd vastleggen", "Wettelijke taken"). Whatever
speaks of the consent asked stays in, marker or not: the parent's choice, act or silence
("U hoeft geen toestemming te geven", "heeft u bezwaar, laat het weten", "als u ja heeft
gekozen"), a condition ("zonder uw toestemming kunnen wij geen ..."), keeping the data in a
named place, or taking the consent back.
"""

from __future__ import annotations

import re

from . import phrases_choice as pc
from .phrases_storage import STORAGE, STORAGE_PLACE
from .sentences import Sentence

# The document says this processing needs, or gets, no consent.
_NO_CONSENT_NEEDED = re.compile(
    r"\b(is|zijn) (uw |jullie |je )?toestemming (niet|geen) (nodig|vereist)\b"
    r"|\bgeen toestemming (nodig|vereist)\b"
    r"|\b(vragen|vraagt|vraag) (wij|we|ik|de school|zij) (daarvoor |hiervoor |daar |hier )?"
    r"(uw |jullie |je )?(geen toestemming|toestemming niet)\b"
    r"|\bgebeurt zonder (uw |jullie |je )?toestemming\b"
    r"|\bvalt niet onder (deze|dit|uw) (toestemming|formulier|verklaring)\b"
    # Also closing the sentence after a semicolon: "...; dat is een wettelijke taak." (not
    # "dat laatste is wettelijk geregeld": only part of it; sealed97 after scoring)
    r"|[;:] (dat|dit) (is|zijn) (een )?wettelijk\w* (verplicht\w*|geregeld|plicht|taak)\W*$"
    r"|^(dat|dit|daarvoor|hiervoor|daar|hier)\b[^.;]{0,20}\b(is|zijn) (een )?wettelijk\w* "
    r"(verplicht\w*|geregeld|plicht|taak)\b"
    r"|\b(dat|dit) regelt de (\w*wet|wet)\b"
)
# The law as the ground of an exchange: "Op grond van de wet delen wij gegevens met DUO".
_LAW_GROUND = re.compile(
    r"\b(op grond van|volgens|krachtens|uit hoofde van) (de|zijn|haar|onze) (\w*wet|wet|wettelijke "
    r"(taak|plicht))\b[^.]{0,80}\b(delen|deelt|sturen|stuurt|geven|geeft|verstrekken|verstrekt|"
    r"melden|meldt|dient|dienen)\b"
    r"|\b(delen|deelt|sturen|stuurt|verstrekken|verstrekt|melden|meldt) \w+[^.]{0,80}\b"
    r"(op grond van|volgens|krachtens) de (\w*wet|wet)\b"
)
# Something the organisation already has: "De verwijsbrief hebben wij al; daarvoor hoeft u
# niets te doen" (no silence taken as a yes: there is nothing to agree to). Only with the
# pointer right after it, so an opt-out cannot sit in between ("...al; vindt u het goed,
# dan hoeft u niets te doen").
ALREADY_THERE = re.compile(
    r"\b(hebben|heeft|hebt) (wij|we|ik|de \w+) (die |dat |deze |hem |ze )?(al|reeds)\s*[;,]\s*"
    r"(daarvoor|hiervoor) (hoeft|hoeven) (u|jullie|je) niets te doen\b"
)
# An exchange that already happened, told as background: "De vorige school heeft het
# dossier bij de overstap naar ons gestuurd". Not a present passive across a clause ("Alle
# gegevens die de school heeft, worden gedeeld met ...").
_ALREADY_DONE = re.compile(
    r"^(?!.*\b(als|indien|wanneer|zodra|nadat|voordat|tot|mag|mogen|vragen|vraagt|zullen|zal|"
    r"gaan|gaat|wil|willen|wordt|worden)\b)"
    r"(?!.*\?)"
    # the auxiliary in the main clause, near the start ("De vorige school heeft ...", "In 2023
    # heeft de GGD ..."), not in a relative clause ("Alles wat de school heeft doorgestuurd, ...")
    r"\W*(?!(alles|alle|wat|die|dat|welke)\b)([\w'-]+ ){1,4}(heeft|hebben|had|hadden)\b[^.;,]{0,60}"
    r"\b(gestuurd|gedeeld|doorgegeven|doorgestuurd|overgedragen|verstrekt|opgestuurd|meegegeven|"
    r"gemaild)\b(?![^.]*[,;][^.]*\b(delen|deelt|sturen|stuurt|geven|geeft|krijgt|krijgen)\b)"
)
# "...; dat staat los van ons onderzoek": another exchange, set apart from this consent.
_SET_APART = re.compile(r"[;,] (dat|dit|die) (staat|staan) los van (ons|onze|dit|deze|uw) \w+")
# What keeps a sentence in, whatever else it says: the consent, the parent's choice, act or
# silence, a refusal, keeping the data or taking the consent back.
_KEEPS = re.compile(
    r"\b(toestemming|akkoord|instem\w*|bezwaar|\w*teken\w*|handtekening|paraaf|ja|nee|"
    r"niet verplicht|vrijwillig|vrij|weiger\w*|kiest|kiezen|keuze|stoppen|stopt|"
    r"intrek\w*|bewaar\w*|vernietig\w*|wissen|verwijder\w*|"
    # a condition ("alleen ... aan leerlingen van wie de ouders het formulier terugsturen")
    r"alleen|pas|uitsluitend|formulier|strookje|terugsturen|inleveren|"
    # how long ("blijven tot twee jaar na het vertrek in ParnasSys staan")
    r"blijft|blijven|(?<!per )(?<!elk )(?<!ieder )jaar|jaren|maanden|weken|uiterlijk)\b"
    r"|\b(als|indien|wanneer|zolang|tenzij|zonder) (u|jullie|je|uw)\b"
    r"|\b(heeft|hebt|hoort|horen|laat|laten) (u|jullie|je)\b|\bniets van (u|jullie|je)\b|\bmet uw\b"
    r"|\b(u|jullie|je) (heeft|hebt|hebben)\b"
)
# One more exchange in the same breath ("Ook sturen wij de observatielijst naar ..."): kept,
# unless the sentence itself says it stands apart ("...; dat staat los van ons onderzoek").
_ONE_MORE = re.compile(r"\b(daarnaast|ook|verder|bovendien|overige|andere)\b")
# A heading over what the school always does, on a legal ground.
_LEGAL_HEADING = re.compile(
    r"^\W*([a-z]\W\s*|\d[\d.]*\s*)?(wettelijke? (melding|taak|taken|verplichting\w*|grondslag)|"
    r"wat (wij|we|de school) altijd (doen|vastleggen|delen|sturen|bijhouden)|"
    r"wat (er )?altijd (mee ?gaat|wordt gedeeld)|wat gaat er altijd mee)\b"
    # and nothing else in the heading but a remark in brackets ("Wettelijke taken en overige
    # uitwisseling" is not only about the law)
    r"\W*(\([^)]*\))?\W*$"
)
_POINTS_BACK = re.compile(r"^\W*(dat|dit|daarvoor|hiervoor|daar|hier)\b")
# A pointer to all of what came before ("Dat hoort bij onze taak"), not to a part of it ("Dat
# eerste is wettelijk verplicht"): the sentence before it goes with it, "ook" or not.
_PLAIN_POINTER = re.compile(r"^\W*(dat|dit) (hoort|horen|is|zijn|valt|vallen|gebeurt)\b")
_ONE_MORE_BUT_ALSO = re.compile(r"\b(daarnaast|verder|bovendien|overige|andere)\b")
_MARKS = (_SET_APART, _NO_CONSENT_NEEDED, _LAW_GROUND, ALREADY_THERE, _ALREADY_DONE)


def _kept(s: Sentence, marker: re.Match[str] | None = None, *, also: bool = True) -> bool:
    """The sentence speaks of the consent asked, the parent's choice or silence, keeping or
    withdrawal; the words of the marker itself ("geen toestemming nodig") do not count."""
    key = s.key
    if marker is not None:
        # (only the markers that are themselves words about consent; a past exchange or
        # "staat los van" is the whole sentence)
        for pattern in (_NO_CONSENT_NEEDED, ALREADY_THERE):
            key = pattern.sub(" ", key)
    apart = marker is not None and marker.re is _SET_APART
    return bool(
        s.boxes
        or s.is_fill_in
        or _KEEPS.search(key)
        or (not apart and (_ONE_MORE if also else _ONE_MORE_BUT_ALSO).search(key))
        or (STORAGE.search(s.key) and STORAGE_PLACE.search(s.key))  # kept somewhere named
        or pc.WITHDRAWAL.search(s.key)
        or pc.SIGNATURE.search(s.key)
    )


def _outside(s: Sentence) -> bool:
    if s.is_heading:
        return False
    marker = next((m for m in (pattern.search(s.key) for pattern in _MARKS) if m), None)
    return marker is not None and not _kept(s, marker)


def outside_the_request(sentences: list[Sentence]) -> set[int]:
    """Indices of the sentences the document itself sets apart from its consent question."""
    outside = {i for i, s in enumerate(sentences) if _outside(s)}
    for i in sorted(outside):
        before = sentences[i - 1] if i else None
        # "Bij de inschrijving noteren wij ... Dat is wettelijk verplicht."
        if (
            before is not None
            and _POINTS_BACK.match(sentences[i].key)
            and not before.is_heading
            and before.heading == sentences[i].heading
            # ("Ook de Commissie ... bespreekt elke leerling. Dat hoort bij onze taak als
            # school en daarvoor vragen wij geen toestemming": the "ook" goes on with the
            # school's own tasks, which the pointer sets apart with it.)
            and not _kept(before, also=not _PLAIN_POINTER.match(sentences[i].key))
        ):
            outside.add(i - 1)
    # A whole section under a heading that says the school always does this on a legal
    # ground ("Wat wij altijd vastleggen"), but not what in it speaks of the consent asked.
    for heading_at, section in _sections(sentences):
        if _legal_heading(sentences[heading_at].key):
            outside.add(heading_at)
            outside.update(i for i in section if not _kept(sentences[i]))
    return outside


def _sections(sentences: list[Sentence]) -> list[tuple[int, list[int]]]:
    """(index of a heading, indices of the sentences under it), in the order of the text."""
    found: list[tuple[int, list[int]]] = []
    for i, s in enumerate(sentences):
        if s.is_heading:
            found.append((i, []))
        elif found:
            found[-1][1].append(i)
    return found


def _legal_heading(key: str) -> bool:
    return bool(_LEGAL_HEADING.search(key) or _NO_CONSENT_NEEDED.search(key))
