"""Word (.docx) and OpenDocument (.odt): body text, tables, and headers (letterheads)."""

from __future__ import annotations

import io

from .. import errors
from ..errors import DocumentError


def read_docx(data: bytes) -> str:
    """Text of a .docx: page headers first (that is where letterheads live), then the body."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise DocumentError(errors.OFFICE_DAMAGED.format(name="Word")) from exc
    parts: list[str] = []
    seen_headers: set[str] = set()
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            text = paragraph.text.strip()
            if text and text not in seen_headers:
                seen_headers.add(text)
                parts.append(text)
    # Walk the body in order, so tables stay where they were between the paragraphs.
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append("".join(node.text or "" for node in child.iter() if _is_text(node)))
        elif tag == "tbl":
            for row in child.iter(_qn("w:tr")):
                cells = []
                for cell in row.iter(_qn("w:tc")):
                    cells.append(" ".join(t.text or "" for t in cell.iter() if _is_text(t)))
                parts.append(" | ".join(cell.strip() for cell in cells))
    return "\n".join(parts)


def read_odt(data: bytes) -> str:
    """Text of an .odt: headings and paragraphs in order (tables included, cell by cell)."""
    from odf import teletype, text
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as exc:
        raise DocumentError(errors.OFFICE_DAMAGED.format(name="OpenDocument")) from exc
    parts: list[str] = []
    wanted = {(text.TEXTNS, "p"), (text.TEXTNS, "h")}
    for element in _walk(document.text):
        if getattr(element, "qname", None) in wanted:
            parts.append(teletype.extractText(element))
    return "\n".join(parts)


def _walk(element):  # type: ignore[no-untyped-def]
    for child in element.childNodes:
        yield child
        # A paragraph's own children are already in its extracted text.
        if getattr(child, "qname", None) is not None and child.qname[1] not in ("p", "h"):
            yield from _walk(child)


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def _is_text(node) -> bool:  # type: ignore[no-untyped-def]
    return isinstance(node.tag, str) and node.tag.endswith("}t")
