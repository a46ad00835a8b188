"""Who decides at which age: consent and privacy requests for a child.

Two regimes (fact sheet 2.1-2.9, warning 5):
- ``avg``: towards a school or samenwerkingsverband. Under 16 the parents (legal
  representatives) decide; from 16 the young person. # UAVG art. 5 (V-sec, AP: V)
- ``wgbo``: towards a care provider (therapist, psychologist, doctor, youth care). Under 12
  the parents; 12 up to and including 15 the child and the parents both; from 16 the young
  person alone. # BW 7:450 and 7:465 (article mapping I, rule V-sec)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dossierwijs.core.rules.sources import Confidence

REGIMES = ("avg", "wgbo")


@dataclass(frozen=True)
class AgeDecision:
    deciders: list[str]  # "ouders", "kind", or both
    age: int
    regime: str
    explanation: str  # Dutch
    basis: str
    confidence: Confidence
    source_ids: tuple[str, ...]
    next_change: date | None  # the birthday on which the answer changes next
    notes: tuple[str, ...] = ()


def birthday_in(born: date, year: int) -> date:
    """The birthday in `year`. Born on 29 February: 1 March in other years.

    The law we have seen does not settle this; 1 March is the cautious choice (the child
    reaches the age only once 28 February has fully passed). Confidence I.
    """
    try:
        return born.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def age_on(born: date, on: date) -> int:
    """Completed years on `on`; on the birthday itself the new age counts."""
    if on < born:
        raise ValueError("de datum ligt vóór de geboortedatum")
    years = on.year - born.year
    if on < birthday_in(born, on.year):
        years -= 1
    return years


def _birthday_at(born: date, age: int) -> date:
    return birthday_in(born, born.year + age)


def who_decides(born: date, on: date, regime: str) -> AgeDecision:
    """Who gives consent or makes a privacy request for the child on `on`.

    regime "avg": school or samenwerkingsverband (UAVG art. 5).
    regime "wgbo": care provider (BW 7:450/7:465).
    """
    if regime not in REGIMES:
        raise ValueError(regime)
    age = age_on(born, on)
    notes: list[str] = []
    if regime == "avg":
        if age < 16:
            deciders = ["ouders"]
            explanation = (
                f"Uw kind is {age} jaar. Tegenover school en samenwerkingsverband beslissen de "
                "ouders met gezag tot de 16e verjaardag."
            )
            next_change: date | None = _birthday_at(born, 16)
        else:
            deciders = ["kind"]
            explanation = (
                f"Uw kind is {age} jaar. Vanaf 16 jaar beslist uw kind zelf over zijn of haar "
                "gegevens bij school en samenwerkingsverband."
            )
            next_change = None
            if age < 18:
                notes.append(
                    "In het voortgezet onderwijs moet school ouders van leerlingen van 16 en "
                    "17 meestal nog wel over de studievoortgang informeren. Het wetsartikel "
                    "daarvoor hebben wij niet kunnen controleren: vraag het na."
                )
        notes.append(
            "Er is een wetsvoorstel om kinderen vanaf 12 hun privacyrechten zelf te laten "
            "gebruiken. Of dat al geldt, hebben wij niet kunnen controleren: vraag het na."
        )
        return AgeDecision(
            deciders=deciders,
            age=age,
            regime=regime,
            explanation=explanation,
            basis="UAVG artikel 5 (onder 16 beslissen de ouders)",
            confidence="V-sec",
            source_ids=("uavg-5", "ap-privacyrechten", "kennisnet-16", "verzamelwet-12"),
            next_change=next_change,
            notes=tuple(notes),
        )
    if age < 12:
        deciders = ["ouders"]
        explanation = (
            f"Uw kind is {age} jaar. Bij een zorgverlener beslissen onder 12 jaar de ouders."
        )
        next_change = _birthday_at(born, 12)
    elif age < 16:
        deciders = ["kind", "ouders"]
        explanation = (
            f"Uw kind is {age} jaar. Bij een zorgverlener is van 12 tot 16 jaar toestemming nodig "
            "van uw kind én van de ouders."
        )
        next_change = _birthday_at(born, 16)
    else:
        deciders = ["kind"]
        explanation = f"Uw kind is {age} jaar. Bij een zorgverlener beslist uw kind vanaf 16 zelf."
        next_change = None
    if age >= 12:
        notes.append(
            "Vanaf 12 jaar heeft uw kind bij een zorgverlener eigen rechten als patiënt. "
            "De zorgverlener mag het dossier dan niet zomaar aan ouders geven."
        )
    return AgeDecision(
        deciders=deciders,
        age=age,
        regime=regime,
        explanation=explanation,
        basis="WGBO (Burgerlijk Wetboek 7:450 en 7:465)",
        confidence="V-sec",
        source_ids=("wgbo-450-465", "wgbo-457"),
        next_change=next_change,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class AccessRequester:
    """Who may make an AVG access request (inzage) for the child's data."""

    requesters: list[str]  # who signs the request
    needs_authorisation: bool  # parents need the child's written authorisation
    age: int
    explanation: str
    basis: str
    confidence: Confidence
    source_ids: tuple[str, ...]


def access_request_requester(born: date, on: date) -> AccessRequester:
    """Who may ask a school or samenwerkingsverband for access to the child's data.

    Under 16: a parent with gezag, who may be asked for proof. From 16: the young person, or
    a parent with the young person's written authorisation (see ``authorisation_text``).
    # UAVG art. 5; AVG art. 15 (facts 2.3, 2.6)
    """
    age = age_on(born, on)
    if age < 16:
        return AccessRequester(
            requesters=["ouders"],
            needs_authorisation=False,
            age=age,
            explanation=(
                f"Uw kind is {age} jaar. U vraagt als ouder met gezag zelf inzage en krijgt het "
                "antwoord. De organisatie mag vragen om te laten zien dat u gezag heeft."
            ),
            basis="UAVG artikel 5; AVG artikel 15",
            confidence="V",
            source_ids=("ap-privacyrechten", "uavg-5", "avg-15"),
        )
    return AccessRequester(
        requesters=["kind"],
        needs_authorisation=True,
        age=age,
        explanation=(
            f"Uw kind is {age} jaar. Vanaf 16 jaar vraagt uw kind zelf inzage. U kunt het ook "
            "doen, maar dan met een schriftelijke machtiging van uw kind."
        ),
        basis="UAVG artikel 5; AVG artikel 15",
        confidence="V-sec",
        source_ids=("ap-privacyrechten", "uavg-5", "avg-15"),
    )


# What the young person authorises, per letter kind (the machtiging names the request).
# UAVG art. 5; AVG art. 15-18, 21, 7 lid 3, 77.
AUTHORISED_REQUESTS: dict[str, str] = {
    "inzage": "inzage te vragen in mijn gegevens bij {org}, en een kopie van die gegevens te "
    "krijgen (AVG artikel 15)",
    "correctie": "{org} te vragen mijn gegevens te verbeteren of aan te vullen (AVG artikel 16)",
    "verwijdering": "{org} te vragen mijn gegevens te verwijderen (AVG artikel 17)",
    "beperking": "{org} te vragen het gebruik van mijn gegevens te beperken (AVG artikel 18)",
    "bezwaar": "bezwaar te maken tegen het gebruik van mijn gegevens door {org} (AVG artikel 21)",
    "intrekking": "mijn toestemming aan {org} in te trekken (AVG artikel 7 lid 3)",
    # Refusing consent is as much the young person's own decision as withdrawing it.
    "geen_toestemming": "{org} te laten weten dat ik het toestemmingsformulier niet teken "
    "(AVG artikel 7)",
    "klacht_ap": "een klacht over {org} in te dienen bij de Autoriteit Persoonsgegevens "
    "(AVG artikel 77)",
}


def authorisation_text(
    child_name: str,
    parent_names: list[str] | tuple[str, ...],
    organisation: str,
    on: date,
    request: str = "inzage",
) -> str:
    """The written authorisation a child of 16+ signs so the parents may make ``request``.

    ``request`` is a key of ``AUTHORISED_REQUESTS``: the machtiging covers that request
    only. Plain Dutch in the child's own "ik", to print and sign; the date stands in the
    letter head only. The child keeps the right to withdraw it.
    """
    child = child_name.strip()
    parents = [name.strip() for name in parent_names if name.strip()]
    if not child or not parents or not organisation.strip():
        raise ValueError("naam van het kind, de ouder(s) en de organisatie zijn nodig")
    if request not in AUTHORISED_REQUESTS:
        raise ValueError(f"geen machtiging voor: {request}")
    parents_text = (
        parents[0] if len(parents) == 1 else ", ".join(parents[:-1]) + " en " + parents[-1]
    )
    pronoun = "mijn ouder" if len(parents) == 1 else "mijn ouders"
    what = AUTHORISED_REQUESTS[request].format(org=organisation.strip())
    return (
        "Machtiging\n\n"
        f"Ik, {child}, geef {pronoun} {parents_text} toestemming om namens mij {what}.\n\n"
        "Deze machtiging geldt alleen voor dit verzoek. Ik kan haar altijd intrekken.\n\n"
        f"Handtekening {child}:\n\n"
        f"De organisatie mag controleren wie ik ben en wie {pronoun} "
        f"{'is' if len(parents) == 1 else 'zijn'}.\n"
    )


__all__ = [
    "REGIMES",
    "AccessRequester",
    "AgeDecision",
    "access_request_requester",
    "age_on",
    "authorisation_text",
    "birthday_in",
    "who_decides",
]
