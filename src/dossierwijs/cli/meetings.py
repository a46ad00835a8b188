"""The ``verslag-vergelijk`` command: compare your own meeting report with the school's.

Needs no vault and imports no Django. Text comes out of each file through
``dossierwijs.core.documents.extract`` (text, PDF, Word, or OCR for a scan/photo).
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from dossierwijs.cli import add_command

EXIT_UNREADABLE = 1

LABELS = {
    "ontbreekt": "Ontbreekt bij school",
    "anders": "Anders weergegeven",
    "oordelend": "Oordelend of vaag",
    "extra": "Niet besproken",
}


def register(subparsers) -> None:
    parser = add_command(
        subparsers,
        "verslag-vergelijk",
        help="vergelijk uw eigen gespreksverslag met het verslag van school",
        description=(
            "Vergelijk uw eigen verslag van een gesprek met het verslag dat school maakte\n"
            "(.txt, .pdf, .docx of een foto/scan). U ziet wat bij school ontbreekt, wat anders\n"
            "is weergegeven, wat oordelend of vaag is, en wat niet besproken is. Per verschil\n"
            "staan beide zinnen naast elkaar, met uitleg."
        ),
    )
    parser.add_argument("own", metavar="EIGEN", help="uw eigen verslag")
    parser.add_argument("school", metavar="SCHOOL", help="het verslag van school")
    parser.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    parser.set_defaults(handler=run_compare)


def _read_report(path: Path, whose: str) -> str:
    """The report's text; raises ValueError with a Dutch message when it cannot be read."""
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.documents.extract import ExtractionError, text_from_path

    if not path.exists():
        raise ValueError(f"Het bestand '{path}' ({whose}) bestaat niet. Controleer de naam.")
    if not path.is_file():
        raise ValueError(f"'{path}' ({whose}) is een map, geen bestand. Kies het verslag zelf.")
    try:
        text = text_from_path(path)
    except ExtractionError as exc:
        raise ValueError(f"{whose}: {exc.message}") from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise ValueError(
            f"Het bestand '{path.name}' ({whose}) kon niet worden gelezen. Is het een tekst, "
            "PDF, Word-bestand of foto van het verslag?"
        ) from exc
    if not text.strip():
        raise ValueError(
            f"In '{path.name}' ({whose}) staat geen leesbare tekst. Is het een foto, maak dan "
            "een scherpere foto of scan en probeer het opnieuw."
        )
    return text


def run_compare(args) -> int:
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.meetings import compare_reports

    try:
        own = _read_report(Path(args.own), "uw eigen verslag")
        school = _read_report(Path(args.school), "het verslag van school")
    except ValueError as exc:
        if args.json:
            print(json.dumps({"fout": str(exc)}, ensure_ascii=False))
        else:
            print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    result = compare_reports(own, school)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_comparison(result))
    return 0


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)


def format_comparison(result) -> str:
    """The differences as readable Dutch, both sentences side by side."""
    found = result.verschillen
    if not found:
        return (
            "Geen verschillen gevonden: het verslag van school komt overeen met uw eigen "
            "verslag.\nLees het toch zelf na; een automatische vergelijking mist soms iets."
        )
    count = "1 verschil" if len(found) == 1 else f"{len(found)} verschillen"
    lines = [f"{count} gevonden tussen uw verslag en dat van school.", ""]
    for number, item in enumerate(found, start=1):
        lines.append(f"{number}. {LABELS[item.soort]}")
        lines.append(
            _wrap(f"Uw verslag:  “{item.eigen}”" if item.eigen else "Uw verslag:  —", "   ")
        )
        lines.append(
            _wrap(f"School:      “{item.school}”" if item.school else "School:      —", "   ")
        )
        lines.append(_wrap(item.uitleg, "   "))
        lines.append("")
    lines.append(
        "Dit is een automatische vergelijking. Kies zelf welke punten u aan school voorlegt."
    )
    return "\n".join(lines)
