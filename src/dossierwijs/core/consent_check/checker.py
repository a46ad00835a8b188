"""Check a consent form against the nine criteria and give one verdict.

A form is ``geldig`` only when all nine criteria are ``ok`` (see CRITERIA.md in the
corpus and AVG art. 4 lid 11, 7; overwegingen 32, 42, 43). A blanket form (an open
group of recipients, "alle gegevens", "indien nodig", no end date) therefore never
passes: each of those is a ``gebrek`` on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from .choice import judge_granulair, judge_intrekken, judge_ondubbelzinnig, judge_vrij
from .criteria import judge_doel, judge_gegevens, judge_ontvangers, judge_opslag, judge_termijn
from .form import GEBREK, OK, Form, Judgement

GELDIG = "geldig"
ONGELDIG = "ongeldig"

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

    @property
    def verdict(self) -> str:
        ok = all(j.oordeel == OK for j in self.criteria.values())
        return GELDIG if ok and len(self.criteria) == len(CRITERIA) else ONGELDIG

    @property
    def defects(self) -> list[tuple[str, str, Judgement]]:
        """(code, Dutch title, judgment) for every criterion the form fails, for letters."""
        return [
            (code, CRITERIA[code][0], j) for code, j in self.criteria.items() if j.oordeel == GEBREK
        ]

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


# OCR reads the printed words well but often drops box glyphs (☐ ☒ ☑), so in a scan a
# pre-ticked box or a separate box per item can be invisible.
SCAN_DOUBT = (
    " Twijfel: dit formulier is een scan of foto. Vakjes zijn daarin soms niet te lezen; "
    "kijk zelf of er vakjes al vooraf zijn aangekruist en of u per onderdeel kunt kiezen."
)


def check_consent_form(text: str, *, from_scan: bool = False) -> ConsentCheck:
    """Check the text of a consent form on all nine criteria.

    ``from_scan``: the text came from OCR of a photo or scan; the judgments that depend on
    check boxes then say that the boxes may not have been readable.
    """
    form = Form(text)
    criteria = {code: judge(form) for code, (_, judge) in CRITERIA.items()}
    if from_scan:
        for code in ("ondubbelzinnig", "granulair"):
            criteria[code] = replace(criteria[code], uitleg=criteria[code].uitleg + SCAN_DOUBT)
    return ConsentCheck(criteria=criteria)
