"""Commands that answer legal questions without a vault: termijn, leeftijd, mag-delen.

They import only ``dossierwijs.core.rules`` (pure Python), so they start fast and work
without a passphrase. Output is plain Dutch, or JSON with ``--json``.
"""

from __future__ import annotations

import json
import sys
from datetime import date

from dossierwijs.cli import add_command
from dossierwijs.core.rules.age import REGIMES, access_request_requester, who_decides
from dossierwijs.core.rules.deadlines import (
    KINDS,
    deadline_for,
    extension_announcement_explained,
    rights_request_deadline,
)
from dossierwijs.core.rules.dutch_dates import long_date
from dossierwijs.core.rules.sharing import PURPOSES, RECIPIENTS, SENDERS, may_share
from dossierwijs.core.rules.sources import source_dicts, sources

YES_NO = {"ja": True, "nee": False, "onbekend": None}


class InputError(Exception):
    """Bad input from the user; the message is Dutch and shown as is."""


def _fail(message: str) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return 2


def _parse_date(value: str | None, option: str) -> date:
    if not value:
        raise InputError(f"{option} is nodig, bijvoorbeeld {option} 2026-01-31.")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"'{value}' bij {option} is geen geldige datum. Schrijf de datum als "
            "JJJJ-MM-DD, bijvoorbeeld 2026-01-31."
        ) from None


def _choice(value: str | None, option: str, valid: dict[str, str] | tuple[str, ...]) -> str:
    if value is None:
        raise InputError(f"{option} is nodig. Kies uit: {', '.join(valid)}.")
    value = value.strip().lower()
    if value not in valid:
        raise InputError(f"Onbekende waarde '{value}' bij {option}. Kies uit: {', '.join(valid)}.")
    return value


def _print_json(data: dict) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _print_sources(source_ids) -> None:
    print("Bronnen:")
    for s in sources(*source_ids):
        checked = s.checked.isoformat()
        print(f"  - {s.citation} [{s.confidence}, gecontroleerd {checked}] {s.url}".rstrip())


# --- termijn -----------------------------------------------------------------------------------

TERMIJN_HELP = """\
Bereken tot wanneer iets moet gebeuren. De dag zelf telt niet mee. Valt de laatste dag op een
zaterdag, zondag of feestdag, dan schuift de termijn door naar de eerstvolgende werkdag
(Verordening 1182/71 artikel 3; Algemene termijnenwet).

Soorten (--soort):
  verzoek          antwoord op een AVG-verzoek (inzage, correctie, verwijdering): 1 maand na
                   ontvangst; met --verlengd 3 maanden (AVG artikel 12 lid 3). Standaard.
  gespreksverslag  reageren op een gespreksverslag: 2 weken na verzenden (afspraak, geen wet)
  gpo              verzoek bij de Geschillencommissie Passend Onderwijs: 6 weken na het besluit
  opp              school stelt het ontwikkelingsperspectief vast: 6 weken na inschrijving
  aanmelding       besluit na een onvolledige aanmelding: 4 weken na het aanvullen

Telt een verlenging? Geef de datum van de melding met --verlenging-gemeld, en --met-redenen
als de organisatie uitlegde waarom. Dat moet binnen de eerste maand (AVG artikel 12 lid 3).

Voorbeelden:
  dossierwijs termijn --ontvangen 2026-01-31 --json
  dossierwijs termijn --ontvangen 2026-01-31 --verlenging-gemeld 2026-02-20 --met-redenen
"""


def _termijn(args) -> int:
    try:
        kind = _choice(args.soort or "verzoek", "--soort", KINDS)
        start = _parse_date(args.start, "--ontvangen")
        if args.verlengd and kind != "verzoek":
            raise InputError("--verlengd kan alleen bij --soort verzoek.")
        announced = None
        if args.verlenging_gemeld:
            if kind != "verzoek":
                raise InputError("--verlenging-gemeld kan alleen bij --soort verzoek.")
            announced = _parse_date(args.verlenging_gemeld, "--verlenging-gemeld")
    except InputError as exc:
        return _fail(str(exc))
    deadline = deadline_for(kind, start, extended=args.verlengd)
    data = {
        "soort": kind,
        "ontvangen": start.isoformat(),
        "uiterlijk": deadline.due.isoformat(),
        "uiterlijk_tekst": long_date(deadline.due),
        "uitleg": deadline.explanation,
        "grondslag": deadline.basis,
        "zekerheid": deadline.confidence,
        "verlengd": bool(args.verlengd),
        "kanttekeningen": list(deadline.notes),
        "bronnen": source_dicts(deadline.source_ids),
    }
    if deadline.due_if_good_friday_counts:
        data["uiterlijk_als_goede_vrijdag_telt"] = deadline.due_if_good_friday_counts.isoformat()
    if announced is not None:
        valid, why = extension_announcement_explained(start, announced, args.met_redenen)
        data["verlenging_geldig"] = valid
        data["verlenging_uitleg"] = why
    if kind == "verzoek" and not args.verlengd:
        data["uiterlijk_met_verlenging"] = rights_request_deadline(start, True).due.isoformat()
    if args.json:
        _print_json(data)
        return 0
    print(f"Uiterlijk: {data['uiterlijk_tekst']}")
    print(f"Waarom: {deadline.explanation}")
    if "uiterlijk_met_verlenging" in data:
        extended = rights_request_deadline(start, True)
        print(
            f"Met een verlenging die op tijd en met redenen is gemeld: {long_date(extended.due)}."
        )
    if announced is not None:
        print(f"Verlenging: {data['verlenging_uitleg']}")
    print(f"Grondslag: {deadline.basis}")
    for note in deadline.notes:
        print(f"Let op: {note}")
    _print_sources(deadline.source_ids)
    return 0


# --- leeftijd ----------------------------------------------------------------------------------

LEEFTIJD_HELP = """\
Wie beslist over de gegevens van uw kind, bij deze leeftijd?

Regimes (--regime):
  avg   tegenover school of samenwerkingsverband: onder 16 de ouders, vanaf 16 het kind
        (UAVG artikel 5). Standaard.
  wgbo  tegenover een zorgverlener (therapeut, psycholoog, arts, jeugdhulp): onder 12 de
        ouders, van 12 tot 16 kind en ouders samen, vanaf 16 het kind (BW 7:450 en 7:465).

Op de verjaardag zelf geldt de nieuwe leeftijd. --op is standaard vandaag.

Voorbeeld:
  dossierwijs leeftijd --geboren 2012-05-01 --op 2026-11-28 --regime avg --json
"""


def _leeftijd(args) -> int:
    try:
        born = _parse_date(args.geboren, "--geboren")
        on = _parse_date(args.op, "--op") if args.op else date.today()
        regime = _choice(args.regime or "avg", "--regime", REGIMES)
        if on < born:
            raise InputError("de datum bij --op ligt vóór de geboortedatum.")
    except InputError as exc:
        return _fail(str(exc))
    decision = who_decides(born, on, regime)
    access = access_request_requester(born, on)
    data = {
        "beslist": decision.deciders,
        "leeftijd": decision.age,
        "regime": regime,
        "op": on.isoformat(),
        "uitleg": decision.explanation,
        "grondslag": decision.basis,
        "zekerheid": decision.confidence,
        "verandert_op": decision.next_change.isoformat() if decision.next_change else None,
        "kanttekeningen": list(decision.notes),
        "inzageverzoek": {
            "verzoeker": access.requesters,
            "ouders_met_machtiging": access.needs_authorisation,
            "uitleg": access.explanation,
        },
        "bronnen": source_dicts(decision.source_ids),
    }
    if args.json:
        _print_json(data)
        return 0
    who = {"ouders": "de ouders", "kind": "uw kind"}
    print(f"Wie beslist: {' en '.join(who[w] for w in decision.deciders)}")
    print(f"Waarom: {decision.explanation}")
    if decision.next_change:
        print(f"Dit verandert op {long_date(decision.next_change)}.")
    print(f"Inzage vragen: {access.explanation}")
    print(f"Grondslag: {decision.basis}")
    for note in decision.notes:
        print(f"Let op: {note}")
    _print_sources(decision.source_ids)
    return 0


# --- mag-delen ---------------------------------------------------------------------------------


def _vocabulary_help() -> str:
    def block(title: str, words: dict[str, str]) -> str:
        width = max(len(w) for w in words) + 2
        return title + "\n" + "\n".join(f"  {w.ljust(width)}{text}" for w, text in words.items())

    return (
        "Mag een organisatie informatie over uw kind delen zonder uw toestemming?\n"
        "Het antwoord is ja, nee of hangt_ervan_af, met de grondslag en wat u kunt doen.\n\n"
        + block("Wie deelt (--van):", SENDERS)
        + "\n\n"
        + block("Met wie (--naar):", RECIPIENTS)
        + "\n\n"
        + block("Waarvoor (--doel):", PURPOSES)
        + "\n\n--ingeschreven: is uw kind al ingeschreven bij de school die de gegevens krijgt? "
        "ja, nee of onbekend (standaard).\n\n"
        "Voorbeeld:\n  dossierwijs mag-delen --van school --naar swv --doel tlv --ingeschreven ja"
    )


def _mag_delen(args) -> int:
    try:
        sender = _choice(args.van, "--van", SENDERS)
        recipient = _choice(args.naar, "--naar", RECIPIENTS)
        purpose = _choice(args.doel, "--doel", PURPOSES)
        enrolled = YES_NO[_choice(args.ingeschreven or "onbekend", "--ingeschreven", YES_NO)]
        age = None
        if args.leeftijd is not None:
            if not args.leeftijd.isdigit() or int(args.leeftijd) > 30:
                raise InputError(f"'{args.leeftijd}' bij --leeftijd is geen leeftijd in jaren.")
            age = int(args.leeftijd)
    except InputError as exc:
        return _fail(str(exc))
    answer = may_share(sender, recipient, purpose, enrolled, child_age=age)
    data = answer.as_dict()
    data["vraag"] = {"van": sender, "naar": recipient, "doel": purpose, "ingeschreven": enrolled}
    if args.json:
        _print_json(data)
        return 0
    headline = {
        "nee": "Nee, hiervoor is geen toestemming nodig.",
        "ja": "Ja, hiervoor is toestemming nodig.",
        "hangt_ervan_af": "Dat hangt ervan af.",
    }[answer.consent_needed]
    print(f"Toestemming nodig? {headline}")
    print(answer.explanation)
    print(f"Grondslag: {answer.basis}")
    print("Ouders moeten worden ingelicht: " + ("ja" if answer.inform_parents else "niet altijd"))
    if answer.who_consents:
        print(f"Wie geeft toestemming: {answer.who_consents}")
    print("Wat kunt u doen:")
    for step in answer.what_you_can_do:
        print(f"  - {step}")
    for note in answer.notes:
        print(f"Let op: {note}")
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.knowledge.wording import confidence_label
    from dossierwijs.core.rules.source_kinds import strongest_kind

    print(f"Zekerheid: {confidence_label(answer.confidence, strongest_kind(answer.sources))}")
    _print_sources(answer.sources)
    return 0


def register(subparsers) -> None:
    termijn = add_command(
        subparsers, "termijn", "bereken een termijn (antwoord op een verzoek, GPO, OPP)",
        TERMIJN_HELP,
    )  # fmt: skip
    termijn.add_argument(
        "--ontvangen", "--datum", dest="start", metavar="DATUM",
        help="datum van ontvangst (of van verzenden, besluit, inschrijving, aanvullen), JJJJ-MM-DD",
    )  # fmt: skip
    termijn.add_argument(
        "--soort",
        metavar="SOORT",
        help="verzoek (standaard), gespreksverslag, gpo, opp of aanmelding",
    )
    termijn.add_argument(
        "--verlengd", action="store_true", help="met verlenging van 2 maanden (alleen verzoek)"
    )
    termijn.add_argument(
        "--verlenging-gemeld", metavar="DATUM",
        help="datum waarop de organisatie een verlenging meldde: telt die? (alleen verzoek)",
    )  # fmt: skip
    termijn.add_argument(
        "--met-redenen", action="store_true", help="de melding van de verlenging gaf redenen"
    )
    termijn.add_argument("--json", action="store_true", help="antwoord als JSON")
    termijn.set_defaults(handler=_termijn)

    leeftijd = add_command(
        subparsers, "leeftijd", "wie beslist bij deze leeftijd van uw kind", LEEFTIJD_HELP
    )
    leeftijd.add_argument(
        "--geboren", metavar="DATUM", help="geboortedatum van uw kind, JJJJ-MM-DD"
    )
    leeftijd.add_argument("--op", metavar="DATUM", help="op welke datum (standaard vandaag)")
    leeftijd.add_argument(
        "--regime",
        metavar="REGIME",
        help="avg (school, samenwerkingsverband) of wgbo (zorgverlener)",
    )
    leeftijd.add_argument("--json", action="store_true", help="antwoord als JSON")
    leeftijd.set_defaults(handler=_leeftijd)

    mag = add_command(
        subparsers, "mag-delen", "mag dit zonder toestemming worden gedeeld?", _vocabulary_help()
    )
    mag.add_argument("--van", metavar="WIE", help="wie deelt (zie de lijst hierboven)")
    mag.add_argument("--naar", metavar="WIE", help="met wie (zie de lijst hierboven)")
    mag.add_argument("--doel", metavar="DOEL", help="waarvoor (zie de lijst hierboven)")
    mag.add_argument("--ingeschreven", metavar="JA/NEE", help="ja, nee of onbekend (standaard)")
    mag.add_argument("--leeftijd", metavar="JAREN", help="leeftijd van uw kind (optioneel)")
    mag.add_argument("--json", action="store_true", help="antwoord als JSON")
    mag.set_defaults(handler=_mag_delen)
