"""`dossierwijs brief`: write a letter from the vault's data, for scripting.

Example::

    dossierwijs brief inzage --school "OSG De Klimop" --tone zakelijk --format pdf --out brief.pdf

The letter is also kept in the dossier and written to the journal, as in the browser.
dossierwijs never sends it: the file is for the parent to send.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from dossierwijs.cli import add_command
from dossierwijs.cli.django_setup import add_passphrase_option, unlock

# Kept here so that `dossierwijs --help` does not import the letter engine; equal to
# core.letters.registry.KINDS (tests/test_choices_match_core.py).
KIND_NAMES = (
    "inzage",
    "correctie",
    "verwijdering",
    "beperking",
    "bezwaar",
    "herinnering",
    "klacht_ap",
    "intrekking",
    "verkort_verslag",
    "aanbieding",
    "mentor_update",
    "geen_toestemming",
    "machtiging",
    "informatie",
    "verslag_reactie",
    "gesprek_voorbereiding",
)
MISSING = 2


def register(subparsers) -> None:
    brief = add_command(
        subparsers,
        "brief",
        "maak een brief (bijvoorbeeld een inzageverzoek) als PDF, Word of e-mail",
        description=(
            "Maak een brief met de gegevens uit de kluis. De brief wordt ook in het dossier "
            "bewaard. dossierwijs verstuurt niets: u verstuurt de brief zelf.\n\n"
            "Velden per soort brief geeft u met --veld NAAM=WAARDE (herhaalbaar; een lijst "
            "door --veld vaker met dezelfde naam te geven). Ontbreekt er iets, dan noemt "
            "dossierwijs wat er nog nodig is (uitgangscode 2)."
        ),
    )
    brief.add_argument("kind", metavar="SOORT", help="soort brief: " + ", ".join(KIND_NAMES))
    target = brief.add_mutually_exclusive_group()
    target.add_argument("--school", metavar="NAAM", help="de school die de brief krijgt")
    target.add_argument("--organisatie", metavar="NAAM", help="een andere organisatie")
    brief.add_argument(
        "--organisatie-adres", metavar="ADRES", default="", help="adres van de ontvanger"
    )
    brief.add_argument(
        "--organisatie-email", metavar="E-MAIL", default="", help="e-mailadres van de ontvanger"
    )
    brief.add_argument(
        "--ter-attentie-van", metavar="NAAM", default="", help="naam van de contactpersoon"
    )
    brief.add_argument(
        "--tone",
        "--toon",
        choices=("vriendelijk", "zakelijk", "stellig"),
        default="zakelijk",
        help="toon van de brief (standaard zakelijk)",
    )
    brief.add_argument(
        "--format",
        "--formaat",
        choices=("pdf", "docx", "eml", "txt"),
        default="pdf",
        help="bestandsformaat (standaard pdf)",
    )
    brief.add_argument("--out", metavar="BESTAND", help="waar de brief komt (verplicht)")
    brief.add_argument(
        "--velden", action="store_true", help="toon de velden van deze soort brief en stop"
    )
    brief.add_argument(
        "--adres", metavar="ADRES", default="", help="uw adres, als dat nog niet in de kluis staat"
    )
    brief.add_argument(
        "--email",
        metavar="E-MAIL",
        default="",
        help="uw e-mailadres, als dat nog niet in de kluis staat",
    )
    brief.add_argument(
        "--bewaar-gegevens", action="store_true", help="bewaar --adres en --email in uw gegevens"
    )
    brief.add_argument(
        "--alleen-ik",
        action="store_true",
        help="alleen u ondertekent; de andere ouder krijgt een kopie",
    )
    brief.add_argument(
        "--kopie-andere-ouder",
        action="store_true",
        help="de andere ouder krijgt een kopie (CC), ook als u samen ondertekent. Alleen een "
        "ouder die zelf meedoet in dossierwijs en gezag heeft, ondertekent mee",
    )
    brief.add_argument(
        "--schrijver",
        choices=("ouders", "jongere", "ouders_met_machtiging"),
        help="voor een kind van 16 of ouder: wie schrijft de brief",
    )
    brief.add_argument(
        "--veld", metavar="NAAM=WAARDE", action="append", default=[], help="een veld van de brief"
    )
    add_passphrase_option(brief)
    brief.set_defaults(handler=cmd_brief)


def _fail(message: str, code: int = MISSING) -> int:
    print(message, file=sys.stderr)
    return code


def parse_fields(kind: str, pairs: list[str]) -> dict:
    """``["pupil_system=Magister", "extra=a", "extra=b"]`` -> the kind's input values.

    Raises ValueError with a Dutch message for an unknown field or a bad value.
    """
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.letters import Attachment, form_fields

    specs = {spec.name: spec for spec in form_fields(kind)}
    raw: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or name not in specs:
            known = ", ".join(specs) or "geen"
            raise ValueError(f"Onbekend veld '{name}' voor deze brief. Velden: {known}.")
        raw.setdefault(name, []).append(value.strip())
    values: dict = {}
    for name, given in raw.items():
        spec = specs[name]
        widget = spec.widget
        if widget in ("lines", "checklist"):
            items = [part.strip() for value in given for part in value.split("|") if part.strip()]
            if widget == "checklist":
                allowed = {key for key, _label in spec.choices}
                items = [part for item in items for part in item.split(",") if part]
                wrong = [item for item in items if item not in allowed]
                if wrong:
                    raise ValueError(
                        f"Onbekende keuze voor {name}: {', '.join(wrong)}. Kies uit: {', '.join(sorted(allowed))}."
                    )
            values[name] = tuple(items)
        elif widget == "date":
            try:
                values[name] = date.fromisoformat(given[-1])
            except ValueError:
                raise ValueError(
                    f"Schrijf {name} als JJJJ-MM-DD, bijvoorbeeld 2026-09-01."
                ) from None
        elif widget == "bool":
            values[name] = given[-1].lower() in ("ja", "j", "1", "true", "waar", "yes")
        elif widget == "number":
            try:
                values[name] = int(given[-1])
            except ValueError:
                raise ValueError(f"{name} moet een getal zijn.") from None
        elif widget in ("file", "files"):
            attachments = []
            for path_text in given:
                path = Path(path_text)
                try:
                    attachments.append(Attachment(path.name, path.read_bytes(), _mime(path)))
                except OSError:
                    raise ValueError(f"Het bestand {path} kan niet worden gelezen.") from None
            values[name] = attachments[0] if widget == "file" else tuple(attachments)
        elif widget == "choice":
            allowed = {key for key, _label in spec.choices}
            if given[-1] not in allowed:
                raise ValueError(f"Kies voor {name} uit: {', '.join(sorted(allowed))}.")
            values[name] = given[-1]
        elif widget == "object":
            raise ValueError(f"Het veld {name} kan niet vanaf de opdrachtregel worden ingevuld.")
        else:
            values[name] = "\n".join(given)
    return values


WIDGET_HINTS = {
    "": "tekst",
    "text": "tekst",
    "lines": "lijst: --veld vaker geven, of waarden scheiden met |",
    "checklist": "keuzes, gescheiden door komma's",
    "choice": "één keuze",
    "date": "datum JJJJ-MM-DD",
    "bool": "ja of nee",
    "number": "getal",
    "file": "pad naar een bestand",
    "files": "paden naar bestanden (--veld vaker geven)",
    "object": "niet via de opdrachtregel",
}


def describe_fields(kind: str) -> str:
    """The fields of letter ``kind`` for --veld, in Dutch (needs no vault)."""
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.letters import form_fields, get_kind

    lines = [f"{get_kind(kind).label}: velden voor --veld NAAM=WAARDE"]
    for spec in form_fields(kind):
        need = "verplicht" if spec.required else "mag leeg"
        lines.append(
            f"  {spec.name}: {spec.label} ({WIDGET_HINTS.get(spec.widget, 'tekst')}; {need})"
        )
        for key, label in spec.choices:
            lines.append(f"      {key}: {label}")
    if len(lines) == 1:
        lines.append("  (geen: alles komt uit de kluis)")
    return "\n".join(lines)


def _mime(path: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _organisation(vault, args):
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.addressbook.models import Organisation, OrganisationKind

    name = (args.school or args.organisatie or "").strip()
    if not name:
        return None
    organisation = Organisation.objects.filter(vault=vault, name__iexact=name).first()
    if organisation is None:
        organisation = Organisation.objects.create(
            vault=vault,
            name=name,
            kind=OrganisationKind.SCHOOL if args.school else OrganisationKind.OVERIG,
            address=args.organisatie_adres,
            email=args.organisatie_email,
        )
    else:
        changed = []
        if args.organisatie_adres and not organisation.address:
            organisation.address = args.organisatie_adres
            changed.append("address")
        if args.organisatie_email and not organisation.email:
            organisation.email = args.organisatie_email
            changed.append("email")
        if changed:
            organisation.save(update_fields=changed)
    return organisation


def cmd_brief(args) -> int:
    if args.kind not in KIND_NAMES:
        return _fail(f"Onbekende soort brief: {args.kind}. Kies uit: {', '.join(KIND_NAMES)}.")
    if args.velden:
        print(describe_fields(args.kind))
        return 0
    if not args.out:
        return _fail("Geef met --out aan waar de brief moet komen.")
    if not (args.school or args.organisatie):
        return _fail("Geef de ontvanger met --school NAAM of --organisatie NAAM.")
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from django.db import transaction

    from dossierwijs.core.letters import LetterError, MissingData
    from dossierwijs.core.letters import produce as render
    from dossierwijs.letters.services import letter_from_json, produce_letter, save_missing_data

    try:
        fields = parse_fields(args.kind, args.veld)
    except ValueError as exc:
        return _fail(str(exc))
    vault = member.vault
    extra: dict = {}
    if args.adres:
        extra["address"] = args.adres
    if args.email:
        extra["email"] = args.email
    if args.schrijver:
        extra["writer"] = args.schrijver
    if args.ter_attentie_van:
        extra["contact_person"] = args.ter_attentie_van
    if args.organisatie_email:
        extra["organisation_email"] = args.organisatie_email
    if args.kopie_andere_ouder:
        extra["copy_other_parent"] = True
    # The information request (BW 1:377c) comes from one parent: the one without gezag.
    sign_as_both = not args.alleen_ik and args.kind != "informatie"
    out = Path(args.out)
    try:
        with transaction.atomic():
            organisation = _organisation(vault, args)
            if args.bewaar_gegevens:
                save_missing_data(vault=vault, member=member, address=args.adres, email=args.email)
            result = produce_letter(
                vault=vault,
                by=member,
                kind=args.kind,
                tone=args.tone,
                fields=fields,
                organisation=organisation,
                sign_as_both=sign_as_both,
                extra=extra,
            )
            if args.format == "eml" and result.eml is None:
                raise MissingData(["E-mailadres van de organisatie (--organisatie-email)"])
    except MissingData as missing:
        lines = "\n".join(f"- {label}" for label in missing.labels)
        return _fail(f"De brief kan nog niet worden gemaakt. Nog nodig:\n{lines}")
    except LetterError as error:
        return _fail(error.message)
    content = {"pdf": result.pdf, "docx": result.docx, "eml": result.eml}.get(args.format)
    if content is None:
        content = render(result.core, args.format).content
    try:
        out.write_bytes(content)
        if result.authorisation is not None:
            companion = render(letter_from_json(result.authorisation.letter_data), args.format)
            companion_path = out.with_name(f"{out.stem}-machtiging{out.suffix}")
            companion_path.write_bytes(companion.content)
            print(f"De machtiging om te laten ondertekenen staat in {companion_path}.")
    except OSError as exc:
        return _fail(f"Het bestand {out} kan niet worden geschreven ({exc.strerror}).", 1)
    print(
        f"De brief staat in {out}. Hij is ook bewaard in het dossier als “{result.letter.title}”."
    )
    print("dossierwijs verstuurt niets: u verstuurt de brief zelf.")
    return 0
