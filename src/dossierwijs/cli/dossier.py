"""Commands for the dossier: import files or folders, and search."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dossierwijs.cli import add_command
from dossierwijs.cli.django_setup import add_passphrase_option, unlock


def register(subparsers) -> None:
    imp = add_command(subparsers, "import", "voeg bestanden of mappen toe aan het dossier")
    imp.add_argument("paths", metavar="BESTAND", nargs="+", help="bestanden of mappen")
    add_passphrase_option(imp)
    imp.set_defaults(handler=cmd_import)

    zoek = add_command(subparsers, "zoek", "zoek in het dossier (ook in gescande tekst)")
    zoek.add_argument("query", metavar="ZOEKTERM")
    zoek.add_argument("--json", action="store_true", help="uitvoer als JSON")
    add_passphrase_option(zoek)
    zoek.set_defaults(handler=cmd_zoek)

    index = add_command(
        subparsers,
        "zoekindex",
        "controleer de zoekindex en bouw hem opnieuw op als hij niet klopt met de documenten",
    )
    index.add_argument("--opnieuw", action="store_true", help="bouw de zoekindex altijd opnieuw op")
    add_passphrase_option(index)
    index.set_defaults(handler=cmd_zoekindex)


def _files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            )
        else:
            found.append(path)
    return found


def cmd_import(args) -> int:
    member = unlock(args)
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.documents.errors import DocumentError
    from dossierwijs.core.documents.incoming import Source
    from dossierwijs.core.documents.limits import read_file
    from dossierwijs.dossier import orphans

    orphans.sweep()  # what an import stopped halfway (kill, power cut) left behind
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.dossier.services import import_file

    failures = 0
    for path in _files(args.paths):
        try:
            # The size is checked before the file is read whole: never 1 GiB in memory.
            data = read_file(path)
        except DocumentError as exc:
            print(f"✗ {path}: {exc.message}")
            failures += 1
            continue
        except OSError as exc:
            print(f"✗ {path}: kan niet worden gelezen ({exc.strerror}).")
            failures += 1
            continue
        outcomes = import_file(
            vault=member.vault, by=member, filename=path.name, data=data, source=Source.CLI
        )
        for outcome in outcomes:
            label = path if outcome is outcomes[0] else f"  bijlage {outcome.filename}"
            if outcome.document is not None:
                print(
                    f"✓ {label}: bewaard als “{outcome.document.title}” ({outcome.document.get_doc_type_display()})"
                )
            elif outcome.duplicate_of is not None:
                print(f"= {label}: stond er al in als “{outcome.duplicate_of.title}”")
            else:
                failures += 1
                print(f"✗ {label}: {' '.join(outcome.errors)}")
            for warning in outcome.warnings if outcome.document is not None else []:
                print(f"  let op: {warning}")
    return 1 if failures else 0


def cmd_zoek(args) -> int:
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from django.utils.html import strip_tags

    from dossierwijs.dossier.models import Document
    from dossierwijs.dossier.search import search

    hits = search(member.vault.pk, args.query)
    documents = {
        str(d.pk): d for d in Document.objects.filter(pk__in=[h.document_id for h in hits])
    }
    results = []
    for hit in hits:
        document = documents.get(hit.document_id)
        if document is None:
            continue
        date = document.document_date.isoformat() if document.document_date else None
        snippet = " ".join(strip_tags(str(hit.snippet)).split())
        results.append(
            {
                "id": str(document.pk),
                "titel": document.title,
                "soort": document.doc_type,
                "datum": date,
                "fragment": snippet,
                # The same in the English words, for scripts written from it.
                "title": document.title,
                "type": document.doc_type,
                "date": date,
                "snippet": snippet,
            }
        )
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    elif not results:
        print("Niets gevonden.")
    else:
        for r in results:
            print(f"{r['datum'] or '----------'}  {r['titel']}  [{r['soort']}]  {r['id']}")
            print(f"            {r['fragment']}")
    return 0


def cmd_zoekindex(args) -> int:
    member = unlock(args)
    # start-up weight: Django and the apps load only for a command that opens a vault.
    from dossierwijs.dossier import search
    from dossierwijs.dossier.models import Document

    documents = Document.objects.filter(vault=member.vault).count()
    indexed = search.indexed_count(member.vault.pk)
    if indexed == documents and not args.opnieuw:
        print(f"De zoekindex klopt: {documents} documenten, allemaal vindbaar.")
        return 0
    if indexed != documents:
        print(f"De zoekindex kent {indexed} van de {documents} documenten. Opnieuw opbouwen…")
    count = search.rebuild(member.vault)
    print(f"De zoekindex is opnieuw opgebouwd: {count} documenten vindbaar.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(1)
