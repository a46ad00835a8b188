"""The part of a longer document that asks for consent.

A privacy statement with a consent annex, a school guide chapter with a reply strip, an
OPP with a signature page: the sections before the question describe what the school does
anyway (what it records, with whom it shares on another ground, the parent's rights), in
words such as "zo nodig gezondheidsgegevens" or "leveranciers krijgen alleen wat nodig is"
that would be defects in a consent but are not part of it. When a document has such a
part, under a heading of its own and after at least two sections that ask the parent
nothing, the criteria of what, who and why are also read on that part alone.
"""

from __future__ import annotations

import re

from . import phrases as p
from .criteria import judge_ontvangers
from .form import OK, Form, shares
from .sentences import Sentence, normalise
from .which_data import judge_gegevens

# A heading that opens a consent part of its own, apart from the document around it:
# "BIJLAGE 1 — Toestemming beeldmateriaal", "Toestemmingsformulier", "Antwoordstrook",
# "Machtiging", "Ouderdeel". Not "Uw keuze" under a form's own sections: those sections
# describe the very exchange the parent chooses on.
_PART_HEADING = re.compile(
    r"\b(bijlage|appendix|annex)\b.{0,40}\b(toestemming\w*|keuze\w*|strookje|consent)\b"
    r"|\b(toestemmingsformulier|toestemmingsverklaring|strookje|antwoordstrook\w*|machtiging\w*|"
    r"akkoordverklaring|ouderdeel|toestemmingsdeel)\b"
    # A privacy statement's own question: "Waarvoor vragen wij uw toestemming?"
    r"|^\W*(waarvoor|waarom|wanneer) (vragen|vraag) (wij|we|ik) (u|jullie|je|uw|om)\b[^?]{0,30}"
    r"\btoestemming\b"
)
_POINTS_BACK = re.compile(
    r"\b(hierboven|bovenstaand\w*|bovengenoemd\w*|hiervoor genoemd\w*|zoals (eerder )?beschreven|"
    r"(in|uit) (paragraaf|hoofdstuk|artikel|deel|onderdeel) \d)"
)
_NOT_A_PART = re.compile(r"\b(geen toestemming|zonder toestemming|toestemming (is )?niet nodig)\b")


def consent_part(form: Form) -> Form | None:
    """The consent part, from its heading onward, read as a form of its own; or None when the
    document has no such part after at least two sections that ask the parent nothing."""
    headings = [s for s in form.sentences if s.is_heading]
    chosen = set(form.choices())  # once: every section is checked against them
    asked_before = False
    quiet_sections = 0
    for heading in headings:
        section = form.under(heading)
        if _PART_HEADING.search(heading.key) and not _NOT_A_PART.search(heading.key):
            if quiet_sections >= 2 and not asked_before and _asks(chosen, section):
                return _standing_alone(_text_from(form.text, heading))
            return None
        if _NOT_A_PART.search(heading.key) and section:
            quiet_sections += 1  # "Wat geven wij door zonder toestemming?": the law, no question
        elif _asks(chosen, section):
            asked_before = True
        elif section:
            quiet_sections += 1
    return None


def _standing_alone(part: str | None) -> Form | None:
    """The part, when it can be read without the sections before it: it does not point back
    to them ("zoals hierboven beschreven") and names its own data and recipients."""
    if part is None or _POINTS_BACK.search(normalise(part)):
        return None
    alone = Form(part)
    if judge_gegevens(alone).oordeel != OK or judge_ontvangers(alone).oordeel != OK:
        return None
    return alone


# The exchange asked about, described before the reply strip: "Met uw toestemming delen wij",
# "Wij willen het verslag sturen naar", "Wij vragen u ...". A privacy statement's "Met wie
# wij gegevens delen" describes what the school does anyway and asks nothing.
_DESCRIBES_THE_REQUEST = re.compile(
    r"\b(toestemming|akkoord|instem\w*)\b|\b(willen|wil|gaan|zouden|zullen) (wij|we|graag)\b"
    r"|\b(wij|we) (willen|zouden graag)\b|\bvragen (wij|we) (u|jullie|je)\b"
)


# What a privacy statement says of all pupils ("Leveranciers van lesmateriaal krijgen ...");
# a sentence about this child's data ("Het verslag gaat daarna naar ...") is the exchange.
_ABOUT_EVERY_PUPIL = re.compile(
    r"^(?!.*\b(uw|je|jouw) (kind|zoon|dochter)\b).*\b(leerlingen|leveranciers|onze scholen|alle "
    r"kinderen|persoonsgegevens|verwerkersovereenkomst)\b"
)


_PARENTS_RIGHTS = re.compile(
    r"\b(u|jullie|je) (mag|mogen|kunt|kunnen|hebt|heeft)\b[^.]{0,60}\b(inzien|inzage|corrigeren|"
    r"verbeteren|laten verwijderen|kopie|klacht\w*)\b|\bklachten\b"
)


def _passes_on(s: Sentence) -> bool:
    """The sentence passes data on, or names a group it goes to ("Het verslag gaat daarna naar
    de leerkracht ... en andere externe deskundigen")."""
    if _PARENTS_RIGHTS.search(s.key):
        return False  # "U mag het verslag altijd inzien": the parent's access, no exchange
    return bool(
        shares(s)
        or p.VAGUE_RECIPIENT.search(s.key)
        or re.search(r"\b(gaat|gaan)\b[^.,;]{0,20}\b(naar|mee naar)\b", s.key)
    )


def _asks(chosen: set[Sentence], section: list[Sentence]) -> bool:
    """The section asks the parent something, or describes the exchange asked about ("Met uw
    toestemming delen wij ..."): then it belongs to the consent, not around it."""
    return any(
        s.boxes
        or s in chosen
        or s.is_fill_in
        # (not a pointer ahead: "Wat wij met uw toestemming verwerken, staat hieronder")
        or (
            _DESCRIBES_THE_REQUEST.search(s.key)
            and not re.search(r"\b(hieronder|verderop)\b", s.key)
        )
        or (_passes_on(s) and not _ABOUT_EVERY_PUPIL.search(s.key))
        for s in section
    )


def _text_from(text: str, heading: Sentence) -> str | None:
    """The text from the line that is the heading itself (not a line that only starts the
    same way, such as "Strookje inleveren vóór 1 mei")."""
    lines = text.splitlines()
    wanted = " ".join(heading.text.split())
    for i, line in enumerate(lines):
        if wanted and " ".join(line.split()) == wanted:
            return "\n".join(lines[i:])
    return None
