"""A psychological report built with PyMuPDF (our own words), and drafts for the views' tests."""

from __future__ import annotations

THERAPIST = "Marloes Verhagen"
BSN = "111222333"  # passes the 11-proef (9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66)
ADDRESS = "Kastanjelaan 14"
SIBLING = "Floor"
DIAGNOSIS = "dyscalculie"

SECTIONS = [
    (
        "Aanleiding",
        [
            "Sanne werd aangemeld door haar ouders na vragen van school.",
            f"Zij woont met haar ouders en zusje {SIBLING} aan de {ADDRESS}, 3815 KL Amersfoort.",
        ],
    ),
    (
        "Anamnese",
        [
            "De zwangerschap en de geboorte verliepen zonder bijzonderheden.",
            "Moeder vertelt over spanningen in het gezin in het afgelopen jaar.",
        ],
    ),
    (
        "Testresultaten",
        [
            "Totaal IQ 104. Werkgeheugen 82. Verwerkingssnelheid 79.",
            "Rekenvaardigheid ligt ruim onder het niveau van leeftijdsgenoten.",
        ],
    ),
    (
        "Conclusie",
        [
            f"Sanne heeft een zwak werkgeheugen; er is sprake van {DIAGNOSIS}.",
            f"Onderzoeker drs. {THERAPIST} ziet een meisje dat hard werkt.",
            f"Burgerservicenummer van Sanne: {BSN}.",
        ],
    ),
    (
        "Advies",
        [
            "Geef korte instructies en laat Sanne rekenen met een rekenkaart.",
            f"Bij vragen kunt u bellen met {THERAPIST}, telefoon 06-12345678.",
        ],
    ),
]


def psychological_report() -> bytes:
    """A two-page report: letterhead, bold headings Aanleiding … Advies, names, BSN, address."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    y = 60
    page.insert_text(
        (50, y), "Praktijk De Linde - Psychologisch onderzoek", fontsize=16, fontname="hebo"
    )
    y += 28
    page.insert_text((50, y), f"Naam: Sanne Canarisvogel   BSN: {BSN}", fontsize=10)
    y += 30
    for number, (heading, lines) in enumerate(SECTIONS):
        if number == 3:  # Conclusie and Advies on page two
            page = doc.new_page()
            y = 60
        page.insert_text((50, y), heading, fontsize=13, fontname="hebo")
        y += 20
        for line in lines:
            page.insert_text((50, y), line, fontsize=10)
            y += 15
        y += 14
    return doc.tobytes()


def report_document(family, data: bytes | None = None, filename: str = "onderzoek.pdf"):
    from dossierwijs.dossier.services import import_file

    outcome = import_file(
        vault=family.vault, by=family.ouder, filename=filename, data=data or psychological_report()
    )[0]
    assert outcome.document is not None, outcome.errors
    return outcome.document


def matrix_draft(family):
    """A draft on the matrix's document, for the authorization test."""
    from dossierwijs.minimiser import services
    from dossierwijs.minimiser.models import AbridgeDraft
    from tests.test_authorization_matrix import family_document

    document = family_document(family)
    existing = AbridgeDraft.objects.filter(vault=family.vault, document=document).first()
    return existing or services.start_draft(document=document, by=family.ouder)
