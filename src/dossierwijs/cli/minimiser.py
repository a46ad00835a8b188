"""`dossierwijs persoonsgegevens` and `dossierwijs verkort`: the minimiser without a vault."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from dossierwijs.cli import add_command

NOTHING_READ = (
    "In {name} kon geen tekst worden gelezen, dus dossierwijs weet niet of er "
    "persoonsgegevens in staan. Is het een scan of foto? Laat de tekst dan eerst herkennen "
    "(OCR), bijvoorbeeld met een scanner-app die een doorzoekbare PDF maakt, en probeer het "
    "opnieuw."
)


# Personal-data detection loads about a gigabyte of name lists next to the PDF library.
ABRIDGE_MEMORY_BYTES = 3 * 1024**3
ABRIDGE_SECONDS = float(os.environ.get("DOSSIERWIJS_ABRIDGE_SECONDS") or 300)


def register(subparsers) -> None:
    parser = add_command(
        subparsers,
        "persoonsgegevens",
        "zoek persoonsgegevens in een document (.txt, .pdf, .docx)",
        description=(
            "Zoek namen, BSN, adressen, telefoonnummers, e-mailadressen, geboortedata, "
            "leeftijden, scholen, zorginstellingen en dossiernummers in een document. "
            "Namen die u al kent (gezin, hulpverleners) geeft u mee met --bekend."
        ),
    )
    parser.add_argument("bestand", metavar="BESTAND", help="het document")
    parser.add_argument(
        "--bekend", action="append", default=[], metavar="NAAM", help="een naam die u al kent"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=personal_data_command)

    parser = add_command(
        subparsers,
        "verkort",
        "maak een verkorte versie van een PDF waarin weggelakte gegevens echt weg zijn",
        description=(
            "Maak een verkorte kopie: alleen de hoofdstukken die u houdt, zonder de "
            "persoonsgegevens die u weghaalt. Het nieuwe bestand wordt alleen geschreven als "
            "de controle bewijst dat alles wat weg moest ook echt weg is. De naam van uw kind "
            "(--kind) blijft staan, tenzij u die ook met --verwijder opgeeft."
        ),
    )
    parser.add_argument("invoer", metavar="IN.pdf", help="het originele document (PDF of DOCX)")
    parser.add_argument("uitvoer", metavar="UIT.pdf", help="waar de verkorte versie komt")
    parser.add_argument(
        "--houd", action="append", default=[], metavar="HOOFDSTUK",
        help='houd alleen deze hoofdstukken, bijvoorbeeld "Conclusie" (mag vaker)',
    )  # fmt: skip
    parser.add_argument(
        "--verwijder", action="append", default=[], metavar="TEKST",
        help="haal deze tekst overal weg (mag vaker)",
    )  # fmt: skip
    parser.add_argument(
        "--persoonsgegevens", action="store_true",
        help="haal ook gevonden persoonsgegevens weg",
    )  # fmt: skip
    parser.add_argument(
        "--bekend", action="append", default=[], metavar="NAAM",
        help="een naam die u al kent en die weg moet (gezin, hulpverleners)",
    )  # fmt: skip
    parser.add_argument(
        "--kind", action="append", default=[], metavar="NAAM",
        help="de naam van uw kind: die blijft staan (tenzij ook bij --verwijder)",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=abridge_command)


def _error(args, message: str, code: int = 2) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"fout": message}, ensure_ascii=False))
    else:
        print(message, file=sys.stderr)
    return code


def personal_data_command(args) -> int:
    path = Path(args.bestand)
    if not path.is_file():
        return _error(args, f"Het bestand {path} bestaat niet.")
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.documents.extract import ExtractionError, text_from_path
    from dossierwijs.core.minimiser.pii import detect_personal_data, findings_as_json

    try:
        text = text_from_path(path)
    except ExtractionError as exc:
        return _error(args, exc.message)
    except Exception:
        return _error(args, f"Het bestand {path.name} kon niet worden gelezen.")
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.minimiser.pii import TextTooLong

    if not re.search(r"[^\W\d_]{2}", text):
        # Never an all-clear for a document we could not read (a scan without text).
        return _error(args, NOTHING_READ.format(name=path.name), code=1)
    try:
        findings = detect_personal_data(text, known=args.bekend)
    except TextTooLong as error:
        return _error(args, error.message)
    if args.json:
        print(json.dumps(findings_as_json(findings), ensure_ascii=False, indent=2))
        return 0
    if not findings:
        print("Geen persoonsgegevens gevonden.")
    for f in findings:
        print(f"{f.soort:<14} {f.tekst!r}  (teken {f.begin}–{f.eind})")
    return 0


def abridge_command(args) -> int:
    source, target = Path(args.invoer), Path(args.uitvoer)
    if not source.is_file():
        return _error(args, f"Het bestand {source} bestaat niet.")
    if source.resolve() == target.resolve():
        return _error(
            args, "Kies voor de verkorte versie een andere bestandsnaam dan het origineel."
        )
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.documents.errors import DocumentError
    from dossierwijs.core.documents.limits import check_zip, read_file, run_bounded

    try:
        # Size first, the zip's own table next: a zip bomb never reaches LibreOffice.
        data = read_file(source)
        if data.startswith(b"PK"):
            check_zip(data)
    except DocumentError as exc:
        return _error(args, exc.message, code=1)
    except OSError as exc:
        return _error(args, f"Het bestand {source} kan niet worden gelezen ({exc.strerror}).")
    if data.startswith(b"PK"):
        # start-up weight: each command loads its own part of core only when it runs.
        from dossierwijs.core.minimiser.docx import ConversionError, docx_to_pdf

        try:
            data = run_bounded(docx_to_pdf, data, seconds=150, cpu_seconds=120)
        except ConversionError as exc:
            return _error(args, exc.message)
        except DocumentError as exc:
            return _error(args, exc.message, code=1)
    elif not data.startswith(b"%PDF"):
        return _error(args, "Dit is geen PDF- of Word-bestand.")
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.minimiser.redact import make_abridged_copy

    removed_child = {" ".join(t.split()).lower() for t in args.verwijder}
    keep_names = [k for k in args.kind if " ".join(k.split()).lower() not in removed_child]
    try:
        # Bounded like an import: a PDF whose page unpacks to gigabytes is stopped, calmly.
        result = run_bounded(
            make_abridged_copy,
            data,
            seconds=ABRIDGE_SECONDS,
            memory_bytes=ABRIDGE_MEMORY_BYTES,
            keep_sections=args.houd,
            remove_terms=args.verwijder,
            remove_personal_data=args.persoonsgegevens,
            known=args.bekend + args.kind,
            keep_names=keep_names,
        )
    except DocumentError as exc:
        return _error(args, exc.message, code=1)
    if result.output is not None:
        target.write_bytes(result.output)
    if args.json:
        report = result.as_dict()
        report["uitvoer"] = str(target) if result.ok else None
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(result.message, file=sys.stdout if result.ok else sys.stderr)
        if result.ok:
            print(f"Opgeslagen als {target}.")
    return 0 if result.ok else 1
