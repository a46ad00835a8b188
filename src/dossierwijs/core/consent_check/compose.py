"""Write the text of a specific consent that meets all nine criteria by construction.

Parents use it to give consent for one concrete exchange instead of signing a blanket
form. Every part the AVG asks for gets its own section: who gives it, which
organisations, which data, for what, where it is kept, until when, that it is free,
an active choice per exchange, and how to withdraw (AVG art. 4 lid 11, 7 lid 3 en 4,
13; overwegingen 32, 42, 43). Input that would make the consent vague is refused with
a Dutch message, using the same phrase patterns as the checker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from . import phrases as p
from .dates import MONTH_NAMES
from .sentences import normalise

MONTHS = MONTH_NAMES
_TRAJECTORY = re.compile(
    r"\b(behandeling|onderzoek|traject|arrangement|begeleiding|observatie|therapie|"
    r"overleg|mdo|consult|gesprek|aanvraag|schooljaar)\b"
)


class ConsentTextError(ValueError):
    """The input would make the consent vague; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Exchange:
    """One exchange, with its own yes/no choice: which data goes from whom to whom, and why."""

    from_organisation: str
    to_organisation: str
    data: Sequence[str]
    purpose: str


@dataclass(frozen=True)
class Storage:
    """Where one organisation keeps the data, e.g. "het leerlingdossier in ParnasSys"."""

    organisation: str
    place: str


def dutch_date(day: date) -> str:
    """31 juli 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _require(value: str, what: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise ConsentTextError(f"Vul {what} in.")
    return value


def _check_organisation(name: str) -> str:
    name = _require(name, "de naam van de organisatie")
    key = normalise(name)
    if p.VAGUE_RECIPIENT.search(key) or p.OPEN_LIST.search(key) or re.search(r"\balle\b", key):
        raise ConsentTextError(
            f"“{name}” is een groep, geen organisatie. Noem één organisatie bij naam "
            "(AVG art. 13 lid 1 onder e)."
        )
    if not re.search(r"[A-Z]", name):
        raise ConsentTextError(
            f"Noem de organisatie bij haar eigen naam, bijvoorbeeld “GGD Hollands Midden” in "
            f"plaats van “{name}” (AVG art. 13 lid 1 onder e)."
        )
    return name


def _check_purpose(purpose: str) -> str:
    purpose = _require(purpose, "het doel").rstrip(".")
    m = p.VAGUE_PURPOSE.search(normalise(purpose))
    if m:
        raise ConsentTextError(
            f"Het doel “{purpose}” is te open (“{m.group(0)}”). Schrijf op wat er nu concreet "
            "met de gegevens gebeurt (AVG art. 4 lid 11; overweging 32)."
        )
    return purpose


def _check_data(item: str) -> str:
    item = _require(item, "welke gegevens of documenten").rstrip(".")
    m = p.VAGUE_DATA.search(normalise(item))
    if m or normalise(item) in {"gegevens", "informatie", "het dossier", "het leerlingdossier"}:
        raise ConsentTextError(
            f"“{item}” is niet afgebakend. Noem de documenten of gegevens zelf, bijvoorbeeld "
            "“het OPP van dit schooljaar” (AVG art. 4 lid 11; overweging 42)."
        )
    return item


def _listing(items: Sequence[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _period(valid_until: date | None, trajectory: str | None, today: date) -> str:
    if valid_until is not None and valid_until < today:
        raise ConsentTextError("De einddatum ligt in het verleden. Kies een datum na vandaag.")
    if trajectory:
        trajectory = _require(trajectory, "het traject").rstrip(".")
        key = normalise(trajectory)
        if not _TRAJECTORY.search(key) or p.OPEN_ENDED.search(key):
            raise ConsentTextError(
                f"“{trajectory}” heeft geen duidelijk einde. Noem een einddatum, of een traject "
                "dat eindigt, zoals “de behandeling bij Logopedie De Klank” (AVG art. 5 lid 1 "
                "onder e)."
            )
    if valid_until and trajectory:
        return (
            f"Deze toestemming geldt tot en met {dutch_date(valid_until)}, of korter als "
            f"{trajectory} eerder eindigt."
        )
    if valid_until:
        return f"Deze toestemming geldt tot en met {dutch_date(valid_until)}."
    if trajectory:
        return f"Deze toestemming geldt tot het einde van {trajectory}."
    raise ConsentTextError("Zeg tot wanneer de toestemming geldt: een datum of een traject.")


def compose_specific_consent(
    *,
    child: str,
    given_by: Sequence[str],
    requested_by: str,
    exchanges: Sequence[Exchange],
    storage: Sequence[Storage],
    withdraw_contact: str,
    valid_until: date | None = None,
    trajectory: str | None = None,
    retention: str | None = None,
    today: date | None = None,
) -> str:
    """The text of a specific consent: one yes/no choice per exchange, all nine criteria met.

    ``given_by`` are the people who sign (parents with gezag, and the child from 12 or 16,
    as the rules core says); ``withdraw_contact`` says where to withdraw, e.g.
    "de intern begeleider, ib@school.nl". Raises ``ConsentTextError`` (Dutch message)
    for input that would make the consent vague.
    """
    today = today or date.today()
    child = _require(child, "de naam van het kind")
    signers = [_require(name, "wie de toestemming geeft") for name in given_by]
    if not signers:
        raise ConsentTextError("Vul in wie de toestemming geeft (ouder(s) en zo nodig het kind).")
    requester = _check_organisation(requested_by)
    if not exchanges:
        raise ConsentTextError(
            "Voeg minstens één uitwisseling toe: welke gegevens, van wie naar wie."
        )
    if not storage:
        raise ConsentTextError("Zeg waar de gegevens worden bewaard (AVG art. 13).")
    contact = _require(withdraw_contact, "bij wie ouders de toestemming kunnen intrekken")
    period = _period(valid_until, trajectory, today)

    lines = [
        f"Toestemming voor het delen van gegevens over {child}",
        "",
        f"Gevraagd door: {requester}",
        f"Gegeven door: {_listing(signers)}",
        "",
        "Waarover gaat deze toestemming?",
        f"{requester} vraagt uw toestemming voor de uitwisseling van gegevens die hieronder "
        f"staat beschreven. Bij elk onderdeel kiest u zelf ja of nee. Er worden geen andere "
        f"gegevens gedeeld en met geen andere organisaties dan hieronder staan.",
        "",
    ]
    for number, exchange in enumerate(exchanges, start=1):
        lines += _exchange_lines(number, exchange)
    lines.append("Waar worden de gegevens bewaard?")
    lines += [_storage_sentence(place) for place in storage]
    lines += ["", "Hoe lang?", period]
    lines.append("Daarna wordt er niets meer gedeeld zonder nieuwe toestemming.")
    if retention:
        lines.append(_retention_sentence(retention))
    lines += _closing_lines(child, contact, signers)
    return "\n".join(lines) + "\n"


def _exchange_lines(number: int, exchange: Exchange) -> list[str]:
    """One exchange with its own yes/no choice (a separate consent per purpose: AVG art. 7)."""
    source = _check_organisation(exchange.from_organisation)
    target = _check_organisation(exchange.to_organisation)
    data = [_check_data(item) for item in exchange.data]
    if not data:
        raise ConsentTextError(f"Zeg bij onderdeel {number} welke gegevens worden gedeeld.")
    purpose = _check_purpose(exchange.purpose)
    return [
        f"{number}. Van {source} naar {target}",
        f"Welke gegevens: {_listing(data)}.",
        f"Waarvoor: {purpose}.",
        "[ ] Ja, hiervoor geef ik toestemming",
        "[ ] Nee, hiervoor geef ik geen toestemming",
        "",
    ]


def _storage_sentence(place: Storage) -> str:
    keeper = _check_organisation(place.organisation)
    where = _require(place.place, "waar de gegevens worden bewaard").rstrip(".")
    sentence = f"{keeper} bewaart de gegevens in {where}."
    if not p.STORAGE_PLACE.search(normalise(sentence)):
        raise ConsentTextError(
            f"“{where}” zegt niet duidelijk waar de gegevens staan. Noem het systeem of het "
            "dossier, bijvoorbeeld “het leerlingdossier in ParnasSys” (AVG art. 13)."
        )
    return sentence


def _retention_sentence(retention: str) -> str:
    retention = _require(retention, "de bewaartermijn").rstrip(".")
    if p.OPEN_ENDED.search(normalise(retention)):
        raise ConsentTextError(f"De bewaartermijn “{retention}” heeft geen einde.")
    return f"{retention}."


def _closing_lines(child: str, contact: str, signers: Sequence[str]) -> list[str]:
    """Voluntary, how to withdraw (as easy as giving: AVG art. 7 lid 3), and the signatures."""
    lines = [
        "",
        "Vrijwillig",
        f"U bent niet verplicht toestemming te geven. Zegt u nee, bij één onderdeel of bij "
        f"alles, dan heeft dat geen gevolgen voor de ondersteuning, begeleiding of plaatsing "
        f"van {child}.",
        "",
        "Intrekken",
        "U kunt deze toestemming op elk moment intrekken, helemaal of voor één onderdeel, "
        "zonder een reden te geven. Dat is net zo makkelijk als toestemming geven: laat het "
        f"weten aan {contact}. Vanaf dat moment wordt er niets meer gedeeld (AVG art. 7 lid 3).",
        "",
        "Ondertekening",
        "Kruis bij elk onderdeel zelf ja of nee aan en teken hieronder.",
    ]
    for signer in signers:
        lines += [
            f"Naam: {signer}",
            "Handtekening: ______________________   Datum: ____________",
        ]
    return lines
