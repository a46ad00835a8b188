"""Names that stand as a party in an exchange, for the signs of several exchanges under one
choice (overweging 32 en 43 bij de AVG). Split from ``several_exchanges``.
"""

from __future__ import annotations

import re

from . import phrases as p
from .form import organisation_names
from .sentences import Sentence

# A role after a name, as an apposition: "Femke Dijkstra, orthopedagoog van ..." (not the next
# item of a list: "SWV Waterland, met de jeugdarts van ...").
_ROLE_WORDS = r"(?!(met|en|naar|aan|of|bij|voor|de|het)\b)([\w'-]+ ){1,3}"


# A name that is a body, not a programme: "de lessen van Zwemvereniging De Dolfijn", "het
# project van Stichting Jeugdsportfonds" give the lessons and get the data (review of
# sealed213's change).
_A_BODY = re.compile(
    r"(?i)(stichting|vereniging|school|club|praktijk|bureau|centrum|instituut|academie|fonds|"
    r"bond|bedrijf|bakkerij|\bbv\b|b\.v\.)"
)


def recipient_names(sentences: list[Sentence]) -> set[str]:
    """Names that stand as a party in the exchange: after "naar", "met", "aan", "bij", "van"
    or in a list with one, not a person named by a title ("mevrouw J. Smit") and not a
    first name alone (the child: "de leestoets van Sanne")."""
    found = set()
    for s in sentences:
        for name in organisation_names([s]):
            # (the name as a whole word: "Muziek" is not the start of "Muziekschool")
            found_at = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", s.text)
            at = found_at.start() if found_at else s.text.find(name)
            before = s.text[max(0, at - 40) : at] if at != -1 else ""
            if re.search(r"\b(mevrouw|meneer|mw|dhr|dr|mevr)\.?\s*([A-Z]\.\s*)*$", before):
                continue
            if " " not in name and not name.isupper() and re.search(r"\bvan\s*$", before):
                continue  # "van Sanne": whose data, not who gets it
            if re.search(r"\b(zoon|dochter|kind|leerling|pupil)\s*$", before):
                continue  # "uw zoon Daan": the child, not a party
            if re.search(
                r"\b(rooster|programma|lessen|cursus|project|editie) van\s+([\w'-]+\s+){0,3}$",
                before,
            ) and not (_A_BODY.search(name) or p.PARTY_WORD.search(name.lower())):
                continue  # "het rooster van Muziek na de Bel": what it is called (sealed213)
            if re.search(r"\bover\s*$", before):
                continue  # "een weekbericht over Jasper Mulder": whom it is about
            if re.search(r"\b[A-Z][\w'&-]*\s+in\s*$", before):
                continue  # "Logopediepraktijk De Klank in Zwolle": where the party is
            if before.endswith("(") and not p.PARTY_WORD.search(before[-25:]):
                continue  # "de taaltest (Van Wiechen)": what the thing is called
            if before.count('"') % 2 or before.count("“") > before.count("”"):
                continue  # in a quoted reply: 'antwoorden met "Ja, Sem mag ..."'
            if re.search(r"\b((verstuurd|verzonden|gemaild|beveiligd) (met|via)|via)\s*$", before):
                continue  # "verstuurd met Zivver": the channel, not a party
            # The preposition within a few words, or a list after it ("naar A, B en C"); a
            # sender named far after "van uw kind" is not one.
            near = re.search(r"\b(naar|met|aan|bij|tussen|van|en)\s+([\w'-]+\s+){0,4}$", before)
            listed = re.search(r"\b(naar|met|aan|bij|tussen)\b[^.;]{0,40},\s*$", before)
            if near or listed:
                found.add(name)
    # "Bart de Wit ... naar Bart": a first name that is part of a full name is that person;
    # "Femke Dijkstra, orthopedagoog van Samenwerkingsverband X": the person is of that party.
    texts = " ".join(s.text for s in sentences)
    return {
        n
        for n in found
        if not any(n != m and re.search(rf"\b{re.escape(n)}\b", m) for m in found)
        and not any(
            re.search(rf"\b{re.escape(n)}, {_ROLE_WORDS}(van|bij) {re.escape(m)}", texts)
            for m in found
            if m != n
        )
    }
