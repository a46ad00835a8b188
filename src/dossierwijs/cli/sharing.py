"""`dossierwijs wie-heeft-wat`: the ledger on the command line."""

from __future__ import annotations

import json

from dossierwijs.cli import add_command
from dossierwijs.cli.django_setup import add_passphrase_option, unlock


def register(subparsers) -> None:
    cmd = add_command(
        subparsers,
        "wie-heeft-wat",
        "welke organisatie heeft welke documenten, waarvoor en tot wanneer",
    )
    cmd.add_argument(
        "--organisatie", metavar="NAAM", help="alleen deze organisatie (deel van de naam)"
    )
    cmd.add_argument("--json", action="store_true", help="uitvoer als JSON")
    add_passphrase_option(cmd)
    cmd.set_defaults(handler=cmd_who_has_what)


def cmd_who_has_what(args) -> int:
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.sharing.services import ledger

    blocks = ledger(member.vault)
    if args.organisatie:
        needle = args.organisatie.lower()
        blocks = [b for b in blocks if needle in b.organisation.name.lower()]
    result = [
        {
            "organisatie": block.organisation.name,
            "soort": block.organisation.kind,
            "documenten": [
                {
                    "document": line.item.title,
                    "document_id": str(line.item.document_id) if line.item.document_id else None,
                    "versie": line.item.version_number,
                    "oude_versie": line.outdated,
                    "sinds": line.item.share.shared_on.isoformat(),
                    "doel": line.item.share.purpose,
                    "grondslag": line.item.share.basis,
                    "doorgegeven_door": line.item.share.from_organisation.name
                    if line.item.share.from_organisation
                    else None,
                    "bewaren_tot": line.item.keep_until.isoformat()
                    if line.item.keep_until
                    else None,
                    "bewaren_uitleg": line.item.keep_until_text,
                    "stand": line.item.status,
                }
                for line in block.lines
            ],
        }
        for block in blocks
    ]
    if args.json:
        print(json.dumps({"organisaties": result}, ensure_ascii=False, indent=2))
        return 0
    if not result:
        print("Voor zover vastgelegd heeft geen organisatie documenten van u.")
        return 0
    for block in result:
        print(f"{block['organisatie']} ({block['soort']})")
        for d in block["documenten"]:
            until = d["bewaren_tot"] or "zie uitleg"
            print(
                f"  - {d['document']} | sinds {d['sinds']} | voor: {d['doel']} | tot: {until} | {d['stand']}"
            )
    return 0
