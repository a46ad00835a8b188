"""The consent text as PDF (kept in the dossier) and as a Word file (to change before signing)."""

from __future__ import annotations

import io

from dossierwijs.core.sharing.package import text_to_pdf


def consent_pdf(text: str) -> bytes:
    """A plain A4 PDF with real text, so the dossier can read it back (and the checker too)."""
    return text_to_pdf(text)


def consent_docx(text: str) -> bytes:
    """A Word file: the first line is the title, each further line a paragraph."""
    import docx

    document = docx.Document()
    lines = text.splitlines()
    if lines:
        document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
