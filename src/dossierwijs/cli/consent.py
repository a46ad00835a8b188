"""The ``toestemming-check`` command: check a consent form on the nine criteria.

Needs no vault and imports no Django. Text comes out of the file through
``dossierwijs.core.documents.extract`` (text, PDF, Word, or OCR for a scan/photo).
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

from dossierwijs.cli import add_command

EXIT_UNREADABLE = 1
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".heic", ".heif", ".webp", ".bmp"}


def register(subparsers) -> None:
    parser = add_command(
        subparsers,
        "toestemming-check",
        help="controleer een toestemmingsformulier op de negen eisen van de AVG",
        description=(
            "Controleer een toestemmingsformulier (.txt, .pdf, .docx of een foto/scan).\n"
            "Per eis ziet u of het formulier voldoet, waarom, en op welke zinnen dat oordeel\n"
            "rust. Het oordeel is geldig, onvolledig (geldig volgens de AVG, maar waar of hoe\n"
            "lang ontbreekt: vraag het na vóór u tekent) of ongeldig."
        ),
    )
    parser.add_argument(
        "file", metavar="BESTAND", help="het formulier: .txt, .pdf, .docx of afbeelding"
    )
    parser.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    parser.set_defaults(handler=run_check)


def _fail(message: str) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return EXIT_UNREADABLE


def _read_form(path: Path) -> str:
    """The form's text; raises ValueError with a Dutch message when it cannot be read."""
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.documents.extract import ExtractionError, text_from_path

    if not path.exists():
        raise ValueError(f"Het bestand '{path}' bestaat niet. Controleer de naam en de map.")
    if not path.is_file():
        raise ValueError(f"'{path}' is geen bestand maar een map. Kies het formulier zelf.")
    try:
        text = text_from_path(path)
    except ExtractionError as exc:
        raise ValueError(exc.message) from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise ValueError(
            f"Het bestand '{path.name}' kon niet worden gelezen. Is het een tekst, PDF, "
            f"Word-bestand of foto van het formulier?"
        ) from exc
    if not text or not text.strip():
        raise ValueError(
            f"In '{path.name}' staat geen leesbare tekst. Is het een foto, maak dan een "
            f"scherpere foto of scan van het formulier en probeer het opnieuw."
        )
    return text


def run_check(args) -> int:
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.consent_check import check_consent_form

    path = Path(args.file)
    try:
        text = _read_form(path)
    except ValueError as exc:
        return _fail(str(exc))
    result = check_consent_form(text, from_scan=path.suffix.lower() in IMAGE_SUFFIXES)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(result, path.name))
    return 0


def _wrap(text: str, indent: str) -> str:
    # Keep a legal reference such as "AVG art. 7 lid 3" on one line.
    text = re.sub(r"\b(AVG|art\.|lid|onder|overweging) (?=\S)", "\\1\u00a0", text)
    wrapped = textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent)
    return wrapped.replace("\u00a0", " ")


def format_report(result, name: str) -> str:
    """A readable Dutch report of a ``ConsentCheck``."""
    # start-up weight: each command loads its own part of core only when it runs.
    from dossierwijs.core.consent_check import CRITERIA, GELDIG, ONVOLLEDIG

    lines = [f"Controle van het toestemmingsformulier: {name}", ""]
    if result.verdict == GELDIG:
        lines.append(_wrap("Oordeel: GELDIG. Het formulier voldoet aan alle negen eisen.", ""))
    elif result.verdict == ONVOLLEDIG:
        missing = " en ".join(
            {"opslag": "waar de gegevens worden bewaard", "termijn": "hoe lang het geldt"}[code]
            for code, _title, _j in result.defects
        )
        verdict = (
            "Oordeel: ONVOLLEDIG. De toestemming is geldig volgens de AVG, maar het formulier "
            f"zegt niet {missing}. Vraag het na vóór u tekent (AVG artikel 13)."
        )
        lines.append(_wrap(verdict, ""))
    else:
        count = len(result.validity_defects)
        verdict = (
            f"Oordeel: ONGELDIG. Het formulier voldoet niet aan {count} van de zeven eisen voor "
            "geldige toestemming (AVG artikel 4 lid 11 en 7). U hoeft het niet te tekenen; u "
            "kunt om een specifieke toestemming vragen."
        )
        if set(result.validity_defects) <= set(result.doubtful):
            verdict = (
                f"Oordeel: ONGELDIG, met twijfel. Het formulier voldoet waarschijnlijk niet aan "
                f"{count} van de zeven eisen voor geldige toestemming, maar de controle is daar "
                "niet zeker van. Lees die punten zelf na. Klopt het, dan is de toestemming niet "
                "geldig (AVG artikel 4 lid 11 en 7) en hoeft u het formulier niet te tekenen."
            )
        lines.append(_wrap(verdict, ""))
    lines.append("")
    for number, (code, judgement) in enumerate(result.criteria.items(), start=1):
        title = CRITERIA[code][0]
        mark = "in orde" if judgement.oordeel == "ok" else "GEBREK"
        lines.append(f"{number}. {title}: {mark}")
        lines.append(_wrap(judgement.uitleg, "   "))
        if judgement.bewijs:
            lines.append("   Uit het formulier:")
            for quote in judgement.bewijs:
                lines.append(_wrap(f"“{quote}”", "     "))
        elif "twijfel" not in judgement.uitleg.lower():  # the doubt already says so
            lines.append("   dossierwijs vond hierover geen zin in het formulier.")
        lines.append("")
    if result.doubtful:
        doubt = (
            f"Let op: bij {len(result.doubtful)} eis(en) twijfelt de controle. Lees die punten "
            "zelf na of vraag het de school of organisatie."
        )
        lines.append(_wrap(doubt, ""))
    lines.append("Dit is een automatische controle en geen juridisch advies.")
    return "\n".join(lines)
