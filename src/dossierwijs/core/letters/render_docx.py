"""A letter as a Word document (DOCX), for parents who want to edit it further."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from .model import Letter, join_names


def render_docx(letter: Letter) -> bytes:
    """The letter as DOCX bytes (A4, letterhead right-aligned, bullets as a Word list)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.top_margin, section.bottom_margin = Mm(18), Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)

    props = doc.core_properties
    props.title = letter.subject
    props.author = join_names(letter.signatures)
    props.language = "nl-NL"
    props.comments = "Gemaakt met dossierwijs"

    for i, line in enumerate(letter.sender_lines):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(line)
        run.bold = i == 0
        run.font.size = Pt(11 if i == 0 else 9.5)
    _blank(doc, 3)
    for line in letter.recipient_lines:
        doc.add_paragraph(line)
    _blank(doc, 2)
    doc.add_paragraph(letter.place_date)
    _blank(doc)
    doc.add_paragraph().add_run(f"Betreft: {letter.subject}").bold = True
    _blank(doc)
    if letter.salutation:
        _spaced(doc.add_paragraph(letter.salutation))
    for paragraph in letter.paragraphs:
        if paragraph.text:
            para = doc.add_paragraph(paragraph.text)
            if not paragraph.items:
                _spaced(para)
        for n, item in enumerate(paragraph.items, start=1):
            para = doc.add_paragraph(item, style="List Bullet")
            if n == len(paragraph.items):
                _spaced(para)
    if letter.closing:
        doc.add_paragraph(letter.closing)
    if letter.signatures:
        _blank(doc, 3)
        for name in letter.signatures:
            doc.add_paragraph(name)
    if letter.cc_names:
        _blank(doc)
        doc.add_paragraph("Kopie aan: " + join_names(letter.cc_names))
    if letter.attachment_names:
        _blank(doc)
        doc.add_paragraph("Bijlagen:")
        for name in letter.attachment_names:
            doc.add_paragraph(name, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _blank(doc: DocxDocument, count: int = 1) -> None:
    for _ in range(count):
        doc.add_paragraph()


def _spaced(para) -> None:  # type: ignore[no-untyped-def]
    para.paragraph_format.space_after = Pt(8)
