"""Real test documents, made in the tests: PDFs (born-digital and scanned), DOCX, e-mail."""

from __future__ import annotations

import io
from email.message import EmailMessage


def pdf_with_text(*pages: str) -> bytes:
    import pymupdf

    doc = pymupdf.open()
    for text in pages:
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(60, 60, 540, 780), text, fontsize=11)
    return doc.tobytes()


def pdf_with_javascript(text: str) -> bytes:
    """A PDF that runs JavaScript when opened (an OpenAction)."""
    import pymupdf

    doc = pymupdf.open(stream=pdf_with_text(text), filetype="pdf")
    action = doc.get_new_xref()
    doc.update_object(action, "<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\);) >>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{action} 0 R")
    return doc.tobytes()


def pdf_with_embedded_file(text: str) -> bytes:
    """A PDF carrying another file inside it (here a small Windows program's header)."""
    import pymupdf

    doc = pymupdf.open(stream=pdf_with_text(text), filetype="pdf")
    doc.embfile_add("factuur.exe", b"MZ\x90\x00" + bytes(60))
    return doc.tobytes()


def scanned_pdf(text: str) -> bytes:
    """A PDF whose only page is an image of the text: no text layer, OCR needed."""
    import pymupdf

    source = pymupdf.open()
    page = source.new_page()
    page.insert_textbox(pymupdf.Rect(60, 60, 540, 780), text, fontsize=14)
    pix = page.get_pixmap(dpi=200)
    scan = pymupdf.open()
    target = scan.new_page(width=page.rect.width, height=page.rect.height)
    target.insert_image(target.rect, stream=pix.tobytes("png"))
    return scan.tobytes()


def docx_with_text(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def eml_with_attachment(body: str, attachment_name: str, attachment: bytes) -> bytes:
    message = EmailMessage()
    message["From"] = "mentor@deklimop.example"
    message["To"] = "eva@example.nl"
    message["Subject"] = "Verslag van het gesprek"
    message["Date"] = "Tue, 14 Jan 2025 10:00:00 +0100"
    message.set_content(body)
    message.add_attachment(
        attachment, maintype="application", subtype="pdf", filename=attachment_name
    )
    return message.as_bytes()
