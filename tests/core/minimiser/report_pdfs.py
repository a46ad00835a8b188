"""Reports and trap documents built with PyMuPDF for the minimiser's tests (our own words)."""

from __future__ import annotations

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
