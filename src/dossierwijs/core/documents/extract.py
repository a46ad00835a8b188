"""Plain text out of the files parents have (first version; the import pipeline extends it)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path


class ExtractionError(Exception):
    """The file could not be read; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def text_from_path(path: str | Path) -> str:
    """Return the text of a .txt, .pdf, .docx or image file (images and scans through OCR)."""
    path = Path(path)
    data = path.read_bytes()
    return text_from_bytes(data, path.name)


def text_from_bytes(data: bytes, filename: str = "") -> str:
    if data.startswith(b"%PDF"):
        return _pdf_text(data)
    if data.startswith(b"PK"):
        return _docx_text(data)
    if data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff":
        return ocr_image_bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _pdf_text(data: bytes) -> str:
    import pymupdf

    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        raise ExtractionError("Dit PDF-bestand is beschadigd en kan niet worden gelezen.") from exc
    if doc.needs_pass:
        raise ExtractionError("Dit PDF-bestand is beveiligd met een wachtwoord.")
    parts = []
    for page in doc:
        text = page.get_text()
        if not text.strip():
            pix = page.get_pixmap(dpi=300)
            text = ocr_image_bytes(pix.tobytes("png"))
        parts.append(text)
    return "\n".join(parts)


def _docx_text(data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ExtractionError("Dit Word-bestand kan niet worden gelezen.") from exc
    return "\n".join(p.text for p in document.paragraphs)


def ocr_image_bytes(data: bytes, lang: str = "nld") -> str:
    """OCR one image with tesseract; the image goes through a pipe, never to disk."""
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", lang],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise ExtractionError("De tekst op deze afbeelding kon niet worden gelezen.")
    return result.stdout.decode("utf-8", errors="replace")
