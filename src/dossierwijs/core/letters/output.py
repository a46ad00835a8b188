"""One call to turn a letter into a downloadable file: PDF, DOCX, .eml or plain text."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Letter, LetterError
from .render_eml import letter_filename, render_eml

FORMATS: dict[str, tuple[str, str]] = {
    "pdf": ("application/pdf", "PDF om te printen"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word-document om zelf aan te passen",
    ),
    "eml": ("message/rfc822", "E-mail om te openen in uw mailprogramma"),
    "txt": ("text/plain; charset=utf-8", "Platte tekst om te kopiëren"),
}


@dataclass(frozen=True)
class ProducedLetter:
    filename: str
    mime_type: str
    content: bytes


def produce(letter: Letter, fmt: str, *, include_pdf_in_eml: bool = False) -> ProducedLetter:
    """The letter in format ``fmt`` ("pdf", "docx", "eml" or "txt"), with a safe file name.

    Raises :class:`~dossierwijs.core.letters.model.MissingData` for an .eml without
    the organisation's e-mail address, :class:`LetterError` for an unknown format.
    """
    if fmt not in FORMATS:
        raise LetterError(f"Onbekend formaat: {fmt}. Kies uit: {', '.join(FORMATS)}.")
    if fmt == "pdf":
        # start-up weight: fpdf2 and python-docx load only when a letter is made.
        from .render_pdf import render_pdf

        content = render_pdf(letter)
    elif fmt == "docx":
        # start-up weight: fpdf2 and python-docx load only when a letter is made.
        from .render_docx import render_docx

        content = render_docx(letter)
    elif fmt == "eml":
        content = render_eml(letter, include_pdf=include_pdf_in_eml)
    else:
        content = letter.full_text().encode("utf-8")
    return ProducedLetter(letter_filename(letter, fmt), FORMATS[fmt][0], content)
