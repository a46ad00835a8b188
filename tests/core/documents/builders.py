"""Build real input files inside the tests (no fixtures from elsewhere, nothing downloaded)."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pymupdf

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make_pdf(pages: list[str]) -> bytes:
    """A born-digital PDF: one page per string, real text layer."""
    document = pymupdf.open()
    for text in pages:
        page = document.new_page()
        page.insert_textbox(pymupdf.Rect(72, 72, 520, 770), text, fontsize=11)
    return document.tobytes()


def render_text_png(text: str, dpi: int = 200, font: str | None = None) -> bytes:
    """A picture of a page of text (like a scanner or phone camera gives)."""
    document = pymupdf.open()
    page = document.new_page()
    if font:
        page.insert_font(fontname="dv", fontfile=font)
        page.insert_textbox(pymupdf.Rect(72, 72, 520, 770), text, fontsize=13, fontname="dv")
    else:
        page.insert_textbox(pymupdf.Rect(72, 72, 520, 770), text, fontsize=13)
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("png")


def make_scanned_pdf(pages: list[str], dpi: int = 200, font: str | None = None) -> bytes:
    """An image-only PDF (no text layer), made by rendering text to an image per page."""
    document = pymupdf.open()
    for text in pages:
        page = document.new_page()
        page.insert_image(page.rect, stream=render_text_png(text, dpi, font))
    return document.tobytes()


def make_docx(paragraphs: list[str], header: str | None = None, table=None) -> bytes:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_odt(heading: str, paragraphs: list[str]) -> bytes:
    from odf import text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.text.addElement(text.H(outlinelevel=1, text=heading))
    for value in paragraphs:
        document.text.addElement(text.P(text=value))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def make_eml(
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
    sender: str = "Ellen Kroon <e.kroon@zonnewijzer.example.nl>",
    date: str = "Fri, 12 Apr 2024 09:30:00 +0200",
    html: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Eva de Vries <eva@example.nl>"
    message["Subject"] = subject
    message["Date"] = date
    if body:
        message.set_content(body)
    if html:
        if body:
            message.add_alternative(html, subtype="html")
        else:
            message.set_content(html, subtype="html")
    for name, data, mime in attachments:
        if mime == "message/rfc822":
            from email import message_from_bytes, policy

            inner = message_from_bytes(data, policy=policy.default)
            message.add_attachment(inner, filename=name)
            continue
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()
