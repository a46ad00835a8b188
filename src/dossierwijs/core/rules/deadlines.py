"""Deadlines parents deal with: rights requests, meeting reports, GPO, OPP, admission.

How a period is counted (Verordening 1182/71 art. 3; for Dutch statutory periods the
Algemene termijnenwet art. 1 gives the same end-day rule):
- the day of the event (receipt, sending, decision) is not counted (art. 3 lid 1; C-171/03);
- a period in months ends on the same date in the last month, or that month's last day when
  the date does not exist (art. 3 lid 2 onder c); a period in weeks ends on the same weekday;
- when the last day is a Saturday, Sunday or public holiday, the period ends on the next
  working day (art. 3 lid 4; Atw art. 1). Holidays: see ``holidays``.

How far a deadline can move: weekends add at most 2 days and every holiday in between at most
one more. So the due date is at most 3 days after the plain end unless two or more holidays
cluster (Easter, Christmas, Koningsdag); the worst case is 4 days (Saturday 24 April 2038:
weekend, Tweede Paasdag, Koningsdag). The property tests check exactly this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dossierwijs.core.rules.dutch_dates import add_months, day_month
from dossierwijs.core.rules.holidays import (
    holiday_on,
    is_working_day,
    next_working_day,
    why_not_working_day,
)
from dossierwijs.core.rules.sources import Confidence, hedge_sentence, weakest
from dossierwijs.core.rules.sources import source as get_source

KINDS = ("verzoek", "gespreksverslag", "gpo", "opp", "aanmelding", "toelating")


@dataclass(frozen=True)
class Deadline:
    due: date  # last day on which it is still in time
    explanation: str  # Dutch, one line: how the date was found
    basis: str  # Dutch, the legal basis or convention
    kind: str = "verzoek"
    start: date | None = None  # the event the period runs from
    plain_end: date | None = None  # the end before moving past weekends and holidays
    notes: tuple[str, ...] = ()  # Dutch remarks and hedges
    # The due date if Goede Vrijdag is not counted as a holiday; None when that changes nothing.
    due_if_good_friday_counts: date | None = None
    confidence: Confidence = "V"
    source_ids: tuple[str, ...] = field(default_factory=tuple)


def _moved_to_working_day(plain: date, start: date) -> tuple[date, str]:
    """Move past weekends and holidays and say why, e.g. ", een zaterdag, dus maandag 2 maart"."""
    due = next_working_day(plain)
    if due == plain:
        return due, ""
    # Name why the plain end day is not a working day, then any holidays that follow it;
    # the weekend days after it speak for themselves ("een zaterdag, dus maandag 2 maart").
    said = why_not_working_day(plain) or ""
    later_holidays = []
    day = plain + timedelta(days=1)
    while day < due:
        holiday = holiday_on(day)
        if holiday is not None:
            later_holidays.append(holiday.name)
        day += timedelta(days=1)
    if later_holidays:
        said += ", daarna " + " en ".join(later_holidays)
    other_year = due.year != start.year
    return due, f", {said}, dus {day_month(due, year=other_year, weekday=True)}"


def holiday_between(first: date, last: date) -> bool:
    """True if a holiday falls on a day from `first` up to and including `last`."""
    day = first
    while day <= last:
        if holiday_on(day) is not None:
            return True
        day += timedelta(days=1)
    return False


def _good_friday_note(plain: date, due: date) -> tuple[date | None, list[str]]:
    # AVG periods follow Verordening 1182/71; the Atw (art. 3 lid 2) would add Goede Vrijdag.
    lenient = next_working_day(plain, good_friday=True)
    if lenient == due:
        return None, []
    return lenient, [
        "Wij tellen Goede Vrijdag als gewone werkdag. Bij Nederlandse wettelijke termijnen "
        "telt Goede Vrijdag wel als feestdag (Algemene termijnenwet artikel 3 lid 2). Of dat "
        "ook voor de AVG geldt, is niet zeker. De school kan zeggen dat zij tot en met "
        f"{day_month(lenient, weekday=True)} de tijd had. Stuur een herinnering daarom pas "
        "na die dag."
    ]


def _period(
    start: date,
    *,
    months: int = 0,
    weeks: int = 0,
    kind: str,
    basis: str,
    source_ids: tuple[str, ...],
    extra_notes: tuple[str, ...] = (),
    hedged_in_notes: bool = False,
) -> Deadline:
    other_year = False
    if months:
        plain, clamped = add_months(start, months)
        unit = "1 maand" if months == 1 else f"{months} maanden"
    else:
        plain, clamped = start + timedelta(weeks=weeks), False
        unit = "1 week" if weeks == 1 else f"{weeks} weken"
    other_year = plain.year != start.year
    text = f"{day_month(start)} + {unit} = {day_month(plain, year=other_year)}"
    if clamped:
        text += f" ({start.day} {day_month(plain).split(' ')[1]} bestaat niet)"
    due, moved = _moved_to_working_day(plain, start)
    text += moved
    lenient, good_friday_notes = _good_friday_note(plain, due)
    notes = [
        "De dag zelf telt niet mee; de termijn loopt af aan het eind van de laatste dag.",
        *good_friday_notes,
        *extra_notes,
    ]
    confidence = weakest([get_source(i).confidence for i in source_ids])
    if due != plain and holiday_between(plain, due):
        # Which holiday list applies to AVG periods was not verified (1182/71 art. 2).
        confidence = weakest([confidence, "I"])
        notes.append(
            "Welke feestdagen precies meetellen, hebben wij niet helemaal kunnen controleren. "
            "Meestal zijn het de feestdagen uit de Algemene termijnenwet. Vraag het na als het "
            "om één dag gaat."
        )
    elif confidence in ("I", "NV") and not hedged_in_notes:
        notes.append(hedge_sentence(confidence))
    if lenient is not None:
        source_ids = (*source_ids, "goede-vrijdag")
    return Deadline(
        due=due,
        explanation=text + ".",
        basis=basis,
        kind=kind,
        start=start,
        plain_end=plain,
        notes=tuple(notes),
        due_if_good_friday_counts=lenient,
        confidence=confidence,
        source_ids=source_ids,
    )


def rights_request_deadline(received: date, extended: bool = False) -> Deadline:
    """When an answer to an AVG rights request (inzage, correctie, verwijdering) is due.

    One month after receipt, or three months when validly extended.
    # AVG art. 12 lid 3; Verordening 1182/71 art. 3; HvJ C-171/03
    """
    extra: tuple[str, ...] = ()
    if extended:
        extra = (
            "Drie maanden geldt alleen als de organisatie binnen de eerste maand heeft "
            "laten weten dat zij meer tijd nodig heeft, en waarom (AVG artikel 12 lid 3).",
        )
    return _period(
        received,
        months=3 if extended else 1,
        kind="verzoek",
        basis="AVG artikel 12 lid 3; Verordening 1182/71 artikel 3",
        source_ids=("avg-12-3", "eu-1182-71-3", "toeters", "atw-3"),
        extra_notes=extra,
    )


def extension_announcement_explained(
    received: date, announced_on: date, with_reasons: bool
) -> tuple[bool, str]:
    """Whether an extension of a rights-request deadline counts, with a Dutch reason.

    The controller must announce it, with reasons, within the first month.
    # AVG art. 12 lid 3 (fact 1.3)
    """
    first_month = rights_request_deadline(received)
    if announced_on < received:
        return False, "Een verlenging kan niet eerder zijn gemeld dan het verzoek binnenkwam."
    if announced_on > first_month.due:
        return False, (
            f"De verlenging is te laat gemeld: dat moest uiterlijk "
            f"{day_month(first_month.due, year=True, weekday=True)}. "
            "Het antwoord had binnen één maand moeten komen."
        )
    if not with_reasons:
        return False, (
            "De organisatie moet uitleggen waarom zij meer tijd nodig heeft. "
            "Zonder redenen geldt de verlenging niet."
        )
    return True, (
        "De verlenging is op tijd en met redenen gemeld. De organisatie heeft nu tot "
        f"{day_month(rights_request_deadline(received, True).due, year=True, weekday=True)}."
    )


def extension_announcement_ok(received: date, announced_on: date, with_reasons: bool) -> bool:
    """True when an extension was announced with reasons within the first month (AVG 12(3))."""
    return extension_announcement_explained(received, announced_on, with_reasons)[0]


def meeting_report_deadline(sent: date) -> Deadline:
    """Two weeks to react to a meeting report after it was sent.

    Not a statutory period: a working agreement dossierwijs proposes (confidence I).
    """
    return _period(
        sent,
        weeks=2,
        kind="gespreksverslag",
        basis="Geen wettelijke termijn: een redelijke afspraak om op een verslag te reageren",
        source_ids=("gespreksverslag",),
        extra_notes=("Dit is een afspraak, geen wet. Maak de termijn samen met school bekend.",),
        hedged_in_notes=True,
    )


def gpo_deadline(made_known: date) -> Deadline:
    """Six weeks to ask the Geschillencommissie Passend Onderwijs.

    ``made_known`` is the day the school's decision was made known to the parents (sent or
    handed over); the six weeks run from the day after (issue 16 item 10). # Wet passend
    onderwijs; GPO practice (fact 3.31). Lateness can be excused when the decision did not
    say how to object (GPO 108771).
    """
    return _period(
        made_known,
        weeks=6,
        kind="gpo",
        basis="Geschillencommissie Passend Onderwijs: verzoek binnen 6 weken, gerekend vanaf "
        "de dag na de dag waarop het besluit aan u bekend is gemaakt",
        source_ids=("gpo", "atw-3"),
        extra_notes=(
            "Stuur uw verzoek liever ruim voor deze dag. Stond in het besluit niet hoe u "
            "bezwaar kunt maken? Dan kan een later verzoek soms toch (GPO 108771).",
        ),
    )


def opp_deadline(enrolled: date) -> Deadline:
    """Six weeks after enrolment for the school to set the ontwikkelingsperspectief (OPP).

    # WPO art. 40a; WEC art. 40b/41a; WVO (old art. 26, renumbered) (fact 3.7)
    """
    return _period(
        enrolled,
        weeks=6,
        kind="opp",
        basis="WPO artikel 40a: het OPP binnen 6 weken na inschrijving, na overleg met ouders",
        source_ids=("wpo-40a", "atw-3"),
    )


def admission_decision_deadline(applied: date, extended: bool = False) -> Deadline:
    """Six weeks after a written application for the school's decision on admission.

    The school may extend once by at most four weeks, telling the parents in writing.
    # WPO art. 40 (WEC art. 40; WVO art. 27 old numbering) (V-sec; issue 16 item 6)
    """
    extra: tuple[str, ...] = (
        "Meestal heeft de school dan nog geen besluit genomen: na 10 weken heeft uw kind "
        "recht op een tijdelijke plaats op de school waar u het aanmeldde.",
    )
    if not extended:
        extra = (
            "De school mag deze termijn één keer met hooguit 4 weken verlengen. Dat moet zij u "
            "schriftelijk laten weten.",
        )
    return _period(
        applied,
        weeks=10 if extended else 6,
        kind="toelating",
        basis="WPO artikel 40: besluit over toelating binnen 6 weken na de schriftelijke "
        "aanmelding, eenmaal te verlengen met hooguit 4 weken",
        source_ids=("wpo-40-toelating", "atw-3"),
        extra_notes=extra,
    )


def application_decision_deadline(completed: date) -> Deadline:
    """Four weeks after an incomplete application was completed (or the term to do so ended).

    Within this period the school must send its decision not to handle the application.
    The rule is in the admission article of the WPO (art. 40), not in art. 18a (which is
    about the samenwerkingsverband); the exact paragraph was not verified (fact 3.26).
    """
    return _period(
        completed,
        weeks=4,
        kind="aanmelding",
        basis="WPO artikel 40 (aanmelding; het precieze lid hebben wij niet gecontroleerd): "
        "besluit binnen 4 weken nadat de aanmelding is aangevuld",
        source_ids=("wpo-18a-aanmelding", "atw-3"),
        extra_notes=(
            "De 4 weken lopen vanaf het moment dat u de gegevens aanvulde, of vanaf het "
            "einde van de termijn die de school u daarvoor gaf.",
        ),
    )


# The court route after a refused or unanswered rights request, and how short it is.
# UAVG art. 34 (a bestuursorgaan, e.g. a public school board: bezwaar under the Awb, six
# weeks, Awb 6:7) and art. 35 lid 2 (otherwise a petition to the civil court within six
# weeks of the answer, or of the end of the answer term). Fact 1.35-1.36 (V-sec); whether a
# given school board is a bestuursorgaan was not verified, hence the advice to ask.
COURT_ROUTE = (
    "U kunt ook naar de rechter, maar de termijn is kort: zes weken. Is de school openbaar "
    "(het bestuur is dan een bestuursorgaan), dan maakt u binnen zes weken bezwaar bij het "
    "schoolbestuur (UAVG artikel 34). Anders dient u binnen zes weken een verzoekschrift in "
    "bij de rechtbank (UAVG artikel 35). De zes weken lopen vanaf het antwoord van de school, "
    "of vanaf het einde van de termijn als er geen antwoord kwam. Welke weg voor uw school "
    "geldt, hebben wij niet kunnen controleren: vraag het na bij het Juridisch Loket."
)
COURT_ROUTE_SOURCE_IDS = ("uavg-34-35",)


def deadline_for(kind: str, start: date, extended: bool = False) -> Deadline:
    """Dispatch by the Dutch kind name used in the CLI and the pages (see ``KINDS``)."""
    if kind == "verzoek":
        return rights_request_deadline(start, extended)
    if kind == "toelating":
        return admission_decision_deadline(start, extended)
    functions = {
        "gespreksverslag": meeting_report_deadline,
        "gpo": gpo_deadline,
        "opp": opp_deadline,
        "aanmelding": application_decision_deadline,
    }
    if kind not in functions:
        raise ValueError(kind)
    return functions[kind](start)


__all__ = [
    "KINDS",
    "Deadline",
    "admission_decision_deadline",
    "application_decision_deadline",
    "deadline_for",
    "extension_announcement_explained",
    "extension_announcement_ok",
    "gpo_deadline",
    "is_working_day",
    "meeting_report_deadline",
    "opp_deadline",
    "rights_request_deadline",
]
