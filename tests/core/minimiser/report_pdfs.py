"""Reports and trap documents built with PyMuPDF for the minimiser's tests (our own words)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pymupdf

CHILD = "Jesse Bosveld"
MOTHER = "Ingrid Bosveld-Tromp"
PRACTITIONER = "Roos Akkerman"

SECTIONS = [
    (
        "1. Aanleiding",
        f"{CHILD} werd aangemeld door de school. Moeder, {MOTHER}, maakt zich zorgen.",
    ),
    (
        "2. Anamnese",
        "Jesse woont met moeder aan de Lindenhof 12, 3521 AB Utrecht. Zijn zusje Merel is 7 jaar.",
    ),
    ("3. Testresultaten", "Totaal IQ 98. Werkgeheugen 85. Verwerkingssnelheid 80."),
    (
        "4. Conclusie",
        f"Jesse heeft een zwak werkgeheugen. Onderzoeker {PRACTITIONER} ziet een beeld van ADHD.",
    ),
    (
        "5. Advies en aanbevelingen",
        "Korte instructies en beweegpauzes. Bel bij vragen 06-12345678.",
    ),
]


def build_report(sections=SECTIONS, filler_lines: int = 0) -> bytes:
    """A small report: a letterhead, bold numbered headings and body text."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60
    page.insert_text(
        (50, y), "Praktijk De Vlonder - Onderzoeksverslag", fontsize=16, fontname="hebo"
    )
    y += 30
    page.insert_text((50, y), f"Naam: {CHILD}   BSN: 111222333", fontsize=10)
    y += 30
    for heading, body in sections:
        if y > 700:
            page = doc.new_page()
            y = 60
        page.insert_text((50, y), heading, fontsize=13, fontname="hebo")
        y += 20
        for line in [body] + [
            f"Aanvullende regel {i} zonder gegevens." for i in range(filler_lines)
        ]:
            if y > 780:
                page = doc.new_page()
                y = 60
            page.insert_text((50, y), line, fontsize=10)
            y += 14
        y += 12
    return doc.tobytes()


SECRET = "Femke Zwanenburg"


def _page_with_intro(doc):
    page = doc.new_page()
    page.insert_text((50, 60), "Verslag van het gesprek over de ondersteuning.", fontsize=11)
    return page


def trap_under_black_rectangle() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_text((50, 100), f"Aanwezig: {SECRET}", fontsize=11)
    page.draw_rect(pymupdf.Rect(45, 85, 300, 105), color=(0, 0, 0), fill=(0, 0, 0))
    return doc.tobytes()


def trap_white_on_white() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_text((50, 100), SECRET, fontsize=11, color=(1, 1, 1))
    return doc.tobytes()


def trap_tiny_text() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_text((50, 100), SECRET, fontsize=1)
    return doc.tobytes()


def trap_text_in_image() -> bytes:
    picture = pymupdf.open()
    canvas = picture.new_page(width=420, height=60)
    canvas.insert_text((10, 40), SECRET, fontsize=28)
    png = canvas.get_pixmap(dpi=150).tobytes("png")
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_image(pymupdf.Rect(50, 100, 470, 160), stream=png)
    return doc.tobytes()


def trap_split_runs() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    head, tail = SECRET[:8], SECRET[8:]
    page.insert_text((50, 100), head, fontsize=11)
    x = 50 + pymupdf.get_text_length(head, fontsize=11)
    page.insert_text((x, 100), tail, fontsize=11)
    return doc.tobytes()


def trap_annotation_and_metadata() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.add_text_annot((50, 120), f"Let op: {SECRET} belt terug.")
    page.add_freetext_annot(pymupdf.Rect(50, 150, 300, 180), SECRET)
    doc.set_metadata({"author": SECRET, "title": f"Verslag {SECRET}", "subject": SECRET})
    doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><a>{SECRET}</a></x:xmpmeta>")
    doc.set_toc([[1, f"Over {SECRET}", 1]])
    return doc.tobytes()


def trap_earlier_revision() -> bytes:
    """A name 'removed' by an incremental save: the first revision still holds it."""
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_text((50, 100), f"Aanwezig: {SECRET}", fontsize=11)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "verslag.pdf"
        doc.save(path)
        doc = pymupdf.open(path)
        page = doc[0]
        for rect in page.search_for(SECRET):
            page.add_redact_annot(rect)
        page.apply_redactions()
        doc.save(path, incremental=True, encryption=pymupdf.PDF_ENCRYPT_KEEP)
        doc.close()
        return path.read_bytes()


def trap_embedded_file() -> bytes:
    doc = pymupdf.open()
    _page_with_intro(doc)
    doc.embfile_add("notities.txt", f"Notitie over {SECRET}".encode(), desc=SECRET)
    return doc.tobytes()


def trap_javascript() -> bytes:
    doc = pymupdf.open()
    _page_with_intro(doc)
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "OpenAction", f"<</S/JavaScript/JS(app.alert('{SECRET}'))>>")
    return doc.tobytes()


def trap_form_field() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    widget = pymupdf.Widget()
    widget.field_name = "naam_kind"
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_value = SECRET
    widget.rect = pymupdf.Rect(50, 120, 300, 140)
    page.add_widget(widget)
    return doc.tobytes()


TRAPS = {
    "onder zwart vlak": trap_under_black_rectangle,
    "wit op wit": trap_white_on_white,
    "piepkleine tekst": trap_tiny_text,
    "tekst in afbeelding": trap_text_in_image,
    "naam in twee stukken": trap_split_runs,
    "annotatie en metadata": trap_annotation_and_metadata,
    "eerdere revisie": trap_earlier_revision,
    "bijlage": trap_embedded_file,
    "javascript": trap_javascript,
    "formulierveld": trap_form_field,
}


def trap_outside_the_page() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_text((-400, 100), SECRET, fontsize=11)
    return doc.tobytes()


def trap_invisible_text() -> bytes:
    doc = pymupdf.open()
    page = _page_with_intro(doc)
    page.insert_text((50, 120), SECRET, fontsize=11, render_mode=3)
    return doc.tobytes()


TRAPS["buiten de pagina"] = trap_outside_the_page
TRAPS["onzichtbare tekst"] = trap_invisible_text
