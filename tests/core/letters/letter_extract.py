"""Read produced letters back the way a recipient's software would."""

from __future__ import annotations

import email
import io
import re
from email import policy

import pymupdf
from docx import Document

PAGE_NUMBER = re.compile(r"^Pagina \d+ van \d+$", re.MULTILINE)


def pdf_text(data: bytes) -> str:
    """The text as a reader sees it; page numbers (layout, not content) are left out."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return PAGE_NUMBER.sub("", "\n".join(page.get_text() for page in doc))


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    return "\n".join(p.text for p in doc.paragraphs)


def parse_eml(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)  # type: ignore[return-value]


def eml_text(data: bytes) -> str:
    msg = parse_eml(data)
    body = msg.get_body(("plain",))
    assert body is not None
    return f"{msg['Subject']}\n{body.get_content()}"
