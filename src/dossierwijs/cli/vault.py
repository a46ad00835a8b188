"""Commands for the vault itself: serve, init, backup, restore, sleutel-vernieuwen, journal."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from dossierwijs.cli import add_command
from dossierwijs.cli.django_setup import add_passphrase_option, read_secret, setup_django, unlock


def register(subparsers) -> None:
    serve = add_command(
        subparsers, "serve", "start dossierwijs in uw browser (http://127.0.0.1:8000)"
    )
    serve.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    serve.add_argument("--host", default="127.0.0.1", help="adres (standaard alleen deze computer)")
    serve.set_defaults(handler=cmd_serve)

    init = add_command(subparsers, "init", "maak een nieuwe kluis zonder de browser (voor scripts)")
    add_passphrase_option(init)
    init.add_argument("--kind", metavar="NAAM", required=True, help="naam van het kind")
    init.add_argument("--geboortedatum", metavar="JJJJ-MM-DD", help="geboortedatum van het kind")
    init.add_argument("--school", metavar="NAAM", default="", help="naam van de school")
    init.add_argument(
        "--ouder",
        metavar="NAAM",
        action="append",
        default=[],
        help="naam van een ouder (herhaalbaar: de eerste krijgt het account, de tweede is de "
        "andere ouder). Een ouder heeft gezag, tenzij u --zonder-gezag of --gezag-onbekend geeft",
    )
    init.add_argument(
        "--zonder-gezag",
        metavar="NAAM",
        action="append",
        default=[],
        help="deze ouder (een van de --ouder namen) heeft geen gezag (herhaalbaar). Na een "
        "scheiding houden ouders meestal samen gezag, tenzij de rechter anders besliste; "
        "twijfelt u, kijk dan in het gezagsregister (uittreksel via rechtspraak.nl)",
    )
    init.add_argument(
        "--gezag-onbekend",
        metavar="NAAM",
        action="append",
        default=[],
        help="u weet niet of deze ouder gezag heeft (herhaalbaar)",
    )
    init.set_defaults(handler=cmd_init)

    gezag = add_command(
        subparsers,
        "gezag",
        "geef aan of u gezag heeft over uw kind (met, zonder, onbekend)",
        description=(
            "Alleen een ouder met gezag kan een verzoek om inzage of correctie doen voor een "
            "kind onder de 16. Na een scheiding houden ouders meestal samen gezag, tenzij de "
            "rechter anders besliste; twijfelt u, kijk dan in het gezagsregister (uittreksel "
            "via rechtspraak.nl)."
        ),
    )
    gezag.add_argument("antwoord", choices=("met", "zonder", "onbekend"), metavar="ANTWOORD")
    add_passphrase_option(gezag)
    gezag.set_defaults(handler=cmd_gezag)

    backup = add_command(subparsers, "backup", "maak één versleuteld back-upbestand van de kluis")
    backup.add_argument("file", metavar="BESTAND")
    add_passphrase_option(backup)
    backup.set_defaults(handler=cmd_backup)

    restore = add_command(
        subparsers,
        "restore",
        "zet een back-up terug in een lege gegevensmap (wachtzin of herstelcode)",
    )
    restore.add_argument("file", metavar="BESTAND")
    add_passphrase_option(restore)
    restore.set_defaults(handler=cmd_restore)

    renew = add_command(
        subparsers,
        "sleutel-vernieuwen",
        "geef de kluis een nieuwe sleutel, na het verwijderen van iemand (nieuwe herstelcode)",
    )
    add_passphrase_option(renew)
    renew.set_defaults(handler=cmd_renew_key)

    journal = add_command(subparsers, "journal", "het logboek")
    journal_sub = journal.add_subparsers(dest="journal_command", metavar="OPDRACHT")
    verify = add_command(
        journal_sub, "verify", "controleer of het logboek compleet en ongewijzigd is"
    )
    add_passphrase_option(verify)
    verify.set_defaults(handler=cmd_journal_verify)


def cmd_serve(args) -> int:
    setup_django()
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from django.conf import settings
    from waitress import serve

    from dossierwijs.wsgi import application

    if args.host not in ("127.0.0.1", "localhost", "::1") and not settings.HOSTED:
        print("Let op: dossierwijs is nu ook vanaf andere computers te bereiken.", file=sys.stderr)
    print(f"dossierwijs draait op http://{args.host}:{args.port}/ (stoppen: Ctrl+C)", flush=True)
    print(f"Gegevensmap: {settings.DATA_DIR}", flush=True)
    serve(application, host=args.host, port=args.port, threads=4, ident="dossierwijs")
    return 0


def cmd_init(args) -> int:
    setup_django()
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.vault import passphrase as strength
    from dossierwijs.vault import services

    if not args.ouder:
        print("Geef minstens één ouder met --ouder NAAM.", file=sys.stderr)
        return 2
    try:
        gezag = gezag_per_parent(args.ouder, args.zonder_gezag, args.gezag_onbekend)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    birth = None
    if args.geboortedatum:
        try:
            birth = date.fromisoformat(args.geboortedatum)
        except ValueError:
            print(
                "Schrijf de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 2013-04-12.", file=sys.stderr
            )
            return 2
    secret = read_secret(args, "Kies een wachtzin: ")
    if not strength.is_acceptable(secret):
        print("Deze wachtzin is te makkelijk te raden. Kies een langere.", file=sys.stderr)
        return 2
    try:
        created = services.create_vault(
            child_name=args.kind,
            child_birth_date=birth,
            school_name=args.school,
            parent_name=args.ouder[0],
            parent_gezag=gezag[0],
            other_parent_name=args.ouder[1] if len(args.ouder) > 1 else "",
            other_parent_gezag=gezag[1] if len(gezag) > 1 else "onbekend",
            passphrase=secret,
        )
    except services.VaultError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(f"De kluis over {created.vault.child_name} is gemaakt.")
    print("Uw herstelcode (bewaar hem goed, u ziet hem maar één keer):")
    print(created.recovery_code)
    return 0


def gezag_per_parent(parents: list[str], without: list[str], unknown: list[str]) -> list[str]:
    """The gezag answer ("met", "zonder", "onbekend") per --ouder name, in order.

    Raises ValueError (Dutch) for a name that is not one of the --ouder names, or that is
    given both as --zonder-gezag and --gezag-onbekend.
    """
    known = {name.strip().lower(): name for name in parents}
    for option, names in (("--zonder-gezag", without), ("--gezag-onbekend", unknown)):
        for name in names:
            if name.strip().lower() not in known:
                raise ValueError(
                    f'{option} "{name}" is niet een van de ouders. Geef dezelfde naam als bij '
                    f"--ouder ({', '.join(parents)})."
                )
    both = {n.strip().lower() for n in without} & {n.strip().lower() for n in unknown}
    if both:
        raise ValueError(
            "Geef een ouder niet tegelijk --zonder-gezag en --gezag-onbekend: "
            + ", ".join(known[n] for n in sorted(both))
            + "."
        )
    answers = []
    for name in parents:
        key = name.strip().lower()
        if key in {n.strip().lower() for n in without}:
            answers.append("zonder")
        elif key in {n.strip().lower() for n in unknown}:
            answers.append("onbekend")
        else:
            answers.append("met")
    return answers


def cmd_gezag(args) -> int:
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.vault import services

    if not member.is_parent:
        print("Alleen een ouder geeft aan of hij of zij gezag heeft.", file=sys.stderr)
        return 2
    services.set_gezag(member=member, gezag=args.antwoord)
    label = {"met": "met gezag", "zonder": "zonder gezag", "onbekend": "weet ik niet"}
    print(f"Bewaard: {member.display_name}, {label[args.antwoord]}.")
    return 0


def cmd_backup(args) -> int:
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from django.conf import settings

    from dossierwijs.vault import journal
    from dossierwijs.vault.backup import write_backup
    from dossierwijs.vault.journal_model import Action

    target = Path(args.file)
    tmp = target.with_name(target.name + ".deel")
    try:
        with open(tmp, "wb") as out:
            write_backup(member.vault, settings.DATA_DIR, out)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(
            f"De back-up kon niet worden geschreven ({exc.strerror}). Is de schijf vol?",
            file=sys.stderr,
        )
        return 1
    journal.record(vault=member.vault, actor=member, action=Action.BACKUP)
    print(f"Back-up gemaakt: {target}")
    return 0


def cmd_restore(args) -> int:
    setup_django()
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from django.conf import settings

    from dossierwijs.vault.backup import BackupError, restore_backup

    try:
        restore_backup(
            Path(args.file), settings.DATA_DIR, read_secret(args, "Wachtzin of herstelcode: ")
        )
    except BackupError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(f"Het bestand {args.file} bestaat niet.", file=sys.stderr)
        return 1
    print(f"De back-up is teruggezet in {settings.DATA_DIR}.")
    return 0


def cmd_renew_key(args) -> int:
    """Sleutel vernieuwen from the command line (as on the Gezin page)."""
    setup_django()
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.vault import rekey, services
    from dossierwijs.vault.keyring import WrongSecret
    from dossierwijs.vault.roles import Capability

    secret = read_secret(args)
    try:
        member = services.login_with_passphrase(secret)
    except WrongSecret:
        print("Deze wachtzin opent de kluis niet. Er is niets gewijzigd.", file=sys.stderr)
        return 1
    except services.VaultError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    if not member.can(Capability.MANAGE_MEMBERS):
        print("Dit kan uw rol in deze kluis niet. Er is niets gewijzigd.", file=sys.stderr)
        return 1
    try:
        renewed = rekey.renew_vault_key(by=member, passphrase=secret)
    except rekey.RekeyError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print("De kluis heeft een nieuwe sleutel. De anderen houden hun eigen wachtzin.")
    print("Uw nieuwe herstelcode (de oude werkt niet meer; u ziet hem maar één keer):")
    print(renewed.recovery_code)
    if renewed.must_be_invited_again:
        names = ", ".join(renewed.must_be_invited_again)
        print(f"Deze gezinsleden kunnen er niet meer in; nodig hen opnieuw uit: {names}")
    print("Oude back-ups openen nog met de oude sleutel. Maak nu een nieuwe back-up.")
    return 0


def cmd_journal_verify(args) -> int:
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.vault.journal import verify

    check = verify(member.vault)
    if check.intact:
        print(f"Het logboek is compleet en ongewijzigd ({check.count} regels).")
        return 0
    print(
        f"Het logboek is gewijzigd of beschadigd vanaf regel {check.broken_seq}. "
        f"{check.explanation}",
        file=sys.stderr,
    )
    return 1
