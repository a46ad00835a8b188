"""Readers for each file format. They run inside the limited child (see ``limits.py``).

``extract(kind, data, max_pages, max_image_pixels)`` returns an :class:`Extracted`: plain data
that travels back to the parent process by pickle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..incoming import DocumentKind, EmailInfo


@dataclass
class Extracted:
    """What a reader found. ``needs_ocr`` lists 1-based pages without a text layer."""

    pages: list[str] = field(default_factory=list)
    needs_ocr: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    email: EmailInfo | None = None
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    photo_png: bytes | None = None


def extract(kind: DocumentKind, data: bytes, max_pages: int, max_image_pixels: int) -> Extracted:
    """Read ``data`` of the given ``kind``; raises ``DocumentError`` with a Dutch message."""
    # start-up weight: the readers load PyMuPDF, python-docx, odfpy and extract-msg.
    from . import email, image, office, pdf, plaintext

    if kind is DocumentKind.PDF:
        return pdf.read_pdf(data, max_pages)
    if kind is DocumentKind.DOCX:
        return Extracted(pages=[office.read_docx(data)])
    if kind is DocumentKind.ODT:
        return Extracted(pages=[office.read_odt(data)])
    if kind is DocumentKind.TEXT:
        return plaintext.read_text(data)
    if kind is DocumentKind.EML:
        return email.read_eml(data)
    if kind is DocumentKind.MSG:
        return email.read_msg(data)
    if kind in (DocumentKind.JPEG, DocumentKind.PNG, DocumentKind.HEIC):
        return Extracted(photo_png=image.normalise_photo(data, max_image_pixels), needs_ocr=[1])
    raise ValueError(f"no reader for {kind}")
