"""Check a consent form against the nine criteria and give one of three verdicts.

Seven criteria are what consent needs to be valid at all (AVG art. 4 lid 11 and 7;
overwegingen 32, 42, 43; EDPB Guidelines 05/2020 on consent): purpose, data, recipients,
free, unambiguous, granular, withdrawable. The other two, where the data is kept and for
how long, are information the organisation owes under AVG art. 13 and that parents'
organisations advise to ask for, but their absence does not make the consent invalid
(CRITERIA.md in the corpus). So:

* ``geldig``: all nine ``ok``;
* ``onvolledig``: the seven validity criteria ``ok``, storage and/or duration missing:
  valid consent, but ask where and how long before signing;
* ``ongeldig``: at least one validity criterion fails. A blanket form (an open group of
  recipients, "alle gegevens", "indien nodig") is therefore never ``geldig``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .calibration import calibrated as weighed_on_unseen_forms
from .choice import judge_granulair, judge_intrekken, judge_ondubbelzinnig, judge_vrij
from .consent_part import consent_part
from .consent_term import judge_termijn
from .criteria import judge_doel, judge_gegevens, judge_ontvangers
from .doubt import (
    absence_as_doubt,
    lone_absence_as_doubt,
    purpose_absence_as_doubt,
    with_measured_doubt,
)
from .form import GEBREK, INFORMATION_CRITERIA, OK, VALIDITY_CRITERIA, Form, Judgement
from .keeping import judge_opslag
from .meaning import read_again
from .meaning_defects import raise_missed

GELDIG = "geldig"
ONVOLLEDIG = "onvolledig"
ONGELDIG = "ongeldig"
VERDICTS = (GELDIG, ONVOLLEDIG, ONGELDIG)


# The nine criteria in the order parents read them, with a short Dutch title.
CRITERIA: dict[str, tuple[str, Callable[[Form], Judgement]]] = {
    "doel": ("Doel", judge_doel),
    "gegevens": ("Welke gegevens", judge_gegevens),
    "ontvangers": ("Welke organisaties", judge_ontvangers),
    "opslag": ("Waar bewaard", judge_opslag),
    "termijn": ("Hoe lang", judge_termijn),
    "vrij": ("Vrije keuze", judge_vrij),
    "ondubbelzinnig": ("Actieve toestemming", judge_ondubbelzinnig),
    "granulair": ("Apart kiezen per onderdeel", judge_granulair),
    "intrekken": ("Intrekken", judge_intrekken),
}


@dataclass(frozen=True)
class ConsentCheck:
    """The result of checking one form: a judgment per criterion and a verdict."""

    criteria: dict[str, Judgement]
    # Sentences the document itself sets apart from its consent question (a legal duty, an
    # exchange that "staat los van" this one): shown to the parent as not weighed.
    set_apart: tuple[str, ...] = ()

    @property
    def verdict(self) -> str:
        return verdict_for({code: j.oordeel for code, j in self.criteria.items()})

    @property
    def defects(self) -> list[tuple[str, str, Judgement]]:
        """(code, Dutch title, judgment) for every criterion the form fails, for letters."""
        return [
            (code, CRITERIA[code][0], j) for code, j in self.criteria.items() if j.oordeel == GEBREK
        ]

    @property
    def validity_defects(self) -> list[str]:
        """Codes of the failed criteria that make the consent invalid (not storage/duration)."""
        return [c for c in VALIDITY_CRITERIA if self.criteria[c].oordeel == GEBREK]

    @property
    def doubtful(self) -> list[str]:
        """Codes of the criteria whose explanation says the judgment is uncertain."""
        return [code for code, j in self.criteria.items() if "twijfel" in j.uitleg.lower()]

    def to_json(self) -> dict[str, Any]:
        """The result as plain data in the published shape (criteria + verdict)."""
        return {
            "criteria": {
                code: {"oordeel": j.oordeel, "uitleg": j.uitleg, "bewijs": list(j.bewijs)}
                for code, j in self.criteria.items()
            },
            "verdict": self.verdict,
        }


def verdict_for(oordelen: dict[str, str]) -> str:
    """The verdict for a judgment (``ok``/``gebrek``) per criterion code; a missing one fails."""
    if any(oordelen.get(code) != OK for code in VALIDITY_CRITERIA):
        return ONGELDIG
    if any(oordelen.get(code) != OK for code in INFORMATION_CRITERIA):
        return ONVOLLEDIG
    return GELDIG


# OCR reads the printed words well but often drops box glyphs (☐ ☒ ☑), so in a scan a
# pre-ticked box or a separate box per item can be invisible.
SCAN_DOUBT = (
    " Twijfel: dit formulier is een scan of foto. Vakjes zijn daarin soms niet te lezen; "
    "kijk zelf of er vakjes al vooraf zijn aangekruist en of u per onderdeel kunt kiezen."
)

# The findings on active consent that rest on boxes: pre-ticked ones, or none to tick.
_FOUND_BY_BOXES = ("Er staan vakjes", "Het formulier heeft geen leeg vakje")

# What the sections before a consent part describe (the school's own records, exchanges on
# a legal ground) names data, recipients and purposes that are no part of the consent.
# And the other organisations they name are no exchanges of it, to choose on one by one.
_ABOUT_THE_EXCHANGE = ("doel", "gegevens", "ontvangers", "granulair")


def _read_on_the_consent_part(form: Form, criteria: dict[str, Judgement]) -> dict[str, Judgement]:
    """A defect of what, who or why that rests only on sentences before the consent part,
    or that the consent part alone does not have, is the surrounding document's, not the
    consent's (``consent_part``): the part's own judgment counts."""
    if not any(criteria[code].oordeel == GEBREK for code in _ABOUT_THE_EXCHANGE):
        return criteria
    part_form = consent_part(form)
    if part_form is None:
        return criteria
    in_part = {" ".join(s.text.split()) for s in part_form.sentences}
    judged = dict(criteria)
    for code in _ABOUT_THE_EXCHANGE:
        found = criteria[code]
        if found.oordeel != GEBREK:
            continue
        alone = CRITERIA[code][1](part_form)
        before_only = bool(found.bewijs) and not any(b in in_part for b in found.bewijs)
        if alone.oordeel == OK or before_only:
            judged[code] = alone
    return judged


def check_consent_form(
    text: str, *, from_scan: bool = False, by_meaning: bool = True, calibrated: bool = True
) -> ConsentCheck:
    """Check the text of a consent form on all nine criteria.

    ``from_scan``: the text came from OCR of a photo or scan; the judgments that depend on
    check boxes then say that the boxes may not have been readable. ``by_meaning``: where a
    rule found nothing, read the sentences again by their meaning (``meaning``), and where a
    rule found a condition, a group or one signature ``ok``, read them for that defect
    (``meaning_defects``); off only to train those readers on what the rules alone cite.
    ``calibrated``: a lone finding of a kind and wording that proved wrong more often than
    right on unseen forms, on an otherwise careful form of ordinary length, reads as ``ok``
    with doubt (``calibration``); off only to measure what it adds.
    """
    form = Form(text)
    criteria = {code: judge(form) for code, (_, judge) in CRITERIA.items()}
    criteria = _read_on_the_consent_part(form, criteria)
    if by_meaning:
        criteria = {code: read_again(code, j, form) for code, j in criteria.items()}
        # What, who and why are read on the consent part, as the rules read them.
        part = consent_part(form) or form
        criteria = {
            code: raise_missed(code, j, part if code in _ABOUT_THE_EXCHANGE else form)
            for code, j in criteria.items()
        }
    if from_scan:
        for code in ("ondubbelzinnig", "granulair"):
            found = criteria[code]
            # A silence clause is read in words, not boxes: a scan leaves it as sure as it was.
            if (
                code == "ondubbelzinnig"
                and found.oordeel == GEBREK
                and not found.uitleg.startswith(_FOUND_BY_BOXES)
            ):
                continue
            criteria[code] = replace(found, uitleg=found.uitleg + SCAN_DOUBT)
    criteria = absence_as_doubt(lone_absence_as_doubt(criteria), text)
    criteria = purpose_absence_as_doubt(criteria, text)
    # Last, so a finding that already doubts (a scan's boxes) does not doubt twice.
    criteria = {code: with_measured_doubt(code, j) for code, j in criteria.items()}
    if calibrated:
        criteria = weighed_on_unseen_forms(criteria, words=len(text.split()))
    set_apart = tuple(" ".join(s.text.split()) for s in form.set_apart if not s.is_heading)
    return ConsentCheck(criteria=criteria, set_apart=set_apart)
