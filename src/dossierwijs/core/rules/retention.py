"""How long a school or samenwerkingsverband keeps data, and from when to ask for deletion.

The AVG sets no fixed terms: "not longer than necessary" (AVG art. 5 lid 1 onder e), unless the
education laws set one (fact 3.12). The terms below are the usual ones (facts 3.13, 3.14, 3.18,
3.23); only the 5-year term is a statutory minimum, the others are maxima or conventions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dossierwijs.core.rules.dutch_dates import add_years, day_month
from dossierwijs.core.rules.sources import Confidence


@dataclass(frozen=True)
class RetentionRule:
    kind: str
    label: str  # Dutch, what it is
    years: int
    starts_at: str  # Dutch: the event the term runs from
    is_minimum: bool  # True: the holder MUST keep it this long; False: at most / usually
    is_statute: bool  # False for conventions
    basis: str
    confidence: Confidence
    source_ids: tuple[str, ...]
    hedge: str = ""  # Dutch caution for parents, "" when none


FIVE_YEAR_HEDGE = (
    "Dit artikel geldt voor het basisonderwijs. Voor het voortgezet en speciaal onderwijs "
    "hebben wij de termijn niet kunnen controleren; vraag de school welke termijn zij gebruikt."
)
# Said with every "ask for deletion" of the pupil file: absence and enrolment data are kept
# longer (facts 3.13, warning 4).
KEPT_LONGER = (
    "Let op: gegevens over verzuim en over in- en uitschrijving moet de school langer "
    "bewaren, meestal 5 jaar na de uitschrijving. Die hoeft zij dan nog niet te verwijderen."
)

RULES: dict[str, RetentionRule] = {
    rule.kind: rule
    for rule in (
        RetentionRule(
            "leerlingdossier",
            "het leerlingdossier",
            2,
            "nadat uw kind de school heeft verlaten",
            is_minimum=False,
            is_statute=False,
            basis="Gebruik, geen wet: het oude Vrijstellingsbesluit Wbp (2 jaar) is vervallen; "
            "scholen kiezen nu zelf een termijn en nemen meestal 2 jaar",
            confidence="V-sec",
            source_ids=(
                "poraad-bewaren",
                "vrijstellingsbesluit",
                "kennisnet-bewaartermijnen",
                "avg-17",
            ),
            hedge="Dit staat niet in de wet. Vraag de school welke termijn zij gebruikt.",
        ),
        RetentionRule(
            "verzuim",
            "gegevens over verzuim",
            5,
            "na de uitschrijving",
            is_minimum=True,
            is_statute=True,
            # Bekostigingsbesluit WPO 6(1) covers primary schools only (issue 16 item 9);
            # for other school types the term was not checked: hedged.
            basis="Basisonderwijs: Bekostigingsbesluit WPO artikel 6 lid 1: 5 jaar bewaren",
            confidence="V-sec",
            source_ids=("poraad-bewaren", "kennisnet-bewaartermijnen"),
            hedge=FIVE_YEAR_HEDGE,
        ),
        RetentionRule(
            "inschrijving",
            "gegevens over in- en uitschrijving",
            5,
            "na de uitschrijving",
            is_minimum=True,
            is_statute=True,
            # Bekostigingsbesluit WPO 6(1) covers primary schools only (issue 16 item 9);
            # for other school types the term was not checked: hedged.
            basis="Basisonderwijs: Bekostigingsbesluit WPO artikel 6 lid 1: 5 jaar bewaren",
            confidence="V-sec",
            source_ids=("poraad-bewaren", "kennisnet-bewaartermijnen"),
            hedge=FIVE_YEAR_HEDGE,
        ),
        RetentionRule(
            "samenwerkingsverband",
            "gezondheidsgegevens bij het samenwerkingsverband",
            3,
            "na het besluit of advies van het samenwerkingsverband",
            is_minimum=False,
            is_statute=True,
            basis="WPO artikel 18a; WVO artikel 17a (oude nummering): hooguit 3 jaar",
            confidence="I",
            source_ids=("swv-gezondheid",),
            hedge="Hooguit 3 jaar staat in de wet. Vanaf welk moment die 3 jaar lopen, hebben "
            "wij niet kunnen controleren; wij rekenen vanaf het besluit. Vraag het na.",
        ),
        RetentionRule(
            "verwijzing_so",
            "gegevens van een leerling die naar het speciaal onderwijs is verwezen",
            3,
            "na de verwijzing",
            is_minimum=False,
            is_statute=False,
            basis="Gebruikelijke termijn (PO-Raad, AVS)",
            confidence="V-sec",
            source_ids=("poraad-bewaren",),
            hedge="Dit is een gebruikelijke termijn. Vraag de school welke termijn zij gebruikt.",
        ),
        RetentionRule(
            "verwijsindex",
            "een signaal in de Verwijsindex",
            2,
            "na het afgeven van het signaal",
            is_minimum=False,
            is_statute=True,
            basis="Jeugdwet: een signaal staat hooguit 2 jaar in de Verwijsindex",
            confidence="V-sec",
            source_ids=("verwijsindex",),
        ),
    )
}


@dataclass(frozen=True)
class Retention:
    rule: RetentionRule
    start: date
    keep_until: date  # end of the term
    ask_deletion_from: date  # the first day a parent can reasonably ask for deletion
    explanation: str  # Dutch


def retention(kind: str, start: date) -> Retention:
    """The retention term for `kind` (see ``RULES``) running from `start`, and from when to ask
    for deletion (AVG art. 17 lid 1 onder a: no longer necessary).

    Raises ValueError for an unknown kind.
    """
    if kind not in RULES:
        raise ValueError(f"Onbekende soort gegevens: '{kind}'. Kies uit: {', '.join(RULES)}.")
    rule = RULES[kind]
    keep_until = add_years(start, rule.years)
    until = day_month(keep_until, year=True)
    if rule.is_minimum:
        ask_from = keep_until + timedelta(days=1)
        text = (
            f"Voor {rule.label} geldt een bewaarplicht van {rule.years} jaar {rule.starts_at}, "
            f"tot en met {until}. Vanaf {day_month(ask_from, year=True)} kunt u vragen ze te "
            "verwijderen."
        )
    else:
        ask_from = keep_until
        how = (
            "geldt een bewaartermijn van hooguit"
            if rule.is_statute
            else ("geldt meestal een bewaartermijn van hooguit")
        )
        text = (
            f"Voor {rule.label} {how} {rule.years} jaar {rule.starts_at}, tot {until}. Vanaf "
            "dan kunt u vragen de gegevens te verwijderen. Eerder vragen kan ook, als de "
            "gegevens niet meer nodig zijn (AVG artikel 17)."
        )
        if kind == "leerlingdossier":
            text += " " + KEPT_LONGER
    if rule.hedge:
        text += " " + rule.hedge
    return Retention(
        rule=rule,
        start=start,
        keep_until=keep_until,
        ask_deletion_from=ask_from,
        explanation=text,
    )
