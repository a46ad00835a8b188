"""An ordinary three-page psychological report, built with PyMuPDF (our own words).

The kind of report a parent gets: headings Aanleiding, Onderzoek, Conclusie and Advies; the
school named in full and by its short name; advice items that begin with a verb; and the
psychologist's name, BIG number, phone, address and e-mail under the text.
"""

from __future__ import annotations

import re
import textwrap

import pymupdf

CHILD = "Sanne Canarisvogel"
PSYCHOLOGIST = "Marloes Dijkhuizen"
BIG = "39012345601"
PHONE = "030-2345678"
STREET = "Kastanjelaan 14"
POSTCODE = "3581 BC"
EMAIL = "m.dijkhuizen@praktijkhetbaken.nl"
SCHOOL = "OBS De Klimop"

# What must be gone from the copy (the practitioner and how to reach her).
PRACTITIONER_DATA = [PSYCHOLOGIST, "Dijkhuizen", BIG, PHONE, STREET, POSTCODE, EMAIL]

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Aanleiding",
        [
            "Sanne Canarisvogel is negen jaar en zit in groep 6 van Openbare Basisschool De "
            "Klimop. Haar ouders en de leerkracht van OBS De Klimop maken zich zorgen over het "
            "lezen en het rekenen. Het huiswerk kost thuis veel tijd en Sanne raakt snel "
            "gefrustreerd.",
            "De ouders vroegen om een onderzoek naar de oorzaak van de achterstand en naar wat "
            "Sanne helpt. De school vroeg daarnaast om concrete adviezen voor de klas.",
        ],
    ),
    (
        "Onderzoek",
        [
            "Het onderzoek bestond uit een intelligentietest, een leestest, een rekentest en "
            "vragenlijsten voor ouders en leerkracht. Sanne werkte mee, maar had na een half uur "
            "duidelijk een pauze nodig.",
            "Het totale IQ ligt in het gemiddelde gebied. Het werkgeheugen en de "
            "verwerkingssnelheid liggen beneden gemiddeld. Bij het lezen maakt Sanne veel "
            "fouten in lange woorden; het tempo is laag. Bij het rekenen gaat het hoofdrekenen "
            "moeizaam, terwijl zij de begrippen goed begrijpt.",
            "Volgens de vragenlijsten van de ouders en de begeleider op school is Sanne een "
            "vriendelijk en behulpzaam kind. In een drukke omgeving is zij sneller afgeleid "
            "dan leeftijdsgenoten.",
        ]
        * 2,
    ),
    (
        "Conclusie",
        [
            "Sanne is een meisje met een gemiddelde intelligentie en een zwak werkgeheugen. "
            "Daardoor kost lezen en rekenen haar meer moeite dan andere kinderen van haar "
            "leeftijd. Er is sprake van dyslexie. Sanne's motivatie is goed, maar zij raakt "
            "snel overvraagd wanneer er veel tegelijk gebeurt.",
            "Op OBS De Klimop krijgt zij al extra hulp bij lezen. Met de juiste hulp in de "
            "klas kan zij goed verder leren. Het is belangrijk dat "
            "school en ouders samen optrekken en elkaar regelmatig spreken.",
        ],
    ),
    (
        "Advies",
        [
            "- Geef Sanne een rustige werkplek, bij voorkeur vooraan in de klas.",
            "- Laat Sanne teksten vooraf thuis lezen, zodat zij in de les kan meedoen.",
            "- Bied korte instructies en herhaal de opdracht in eigen woorden.",
            "- Gebruik voorleessoftware bij toetsen en geef extra tijd.",
            "- Plan elke zes weken een gesprek met ouders en de begeleider van school.",
            "",
            f"drs. {PSYCHOLOGIST}, GZ-psycholoog",
            f"BIG-nummer: {BIG}",
            "Praktijk Het Baken",
            f"{STREET}, {POSTCODE} Utrecht",
            f"Telefoon: {PHONE}",
            f"E-mail: {EMAIL}",
        ],
    ),
]


def build_ordinary_report() -> bytes:
    """Three A4 pages: Aanleiding and Onderzoek, more Onderzoek and Conclusie, Advies."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    page.insert_text((50, y), "Psychologisch onderzoeksverslag", fontsize=16, fontname="hebo")
    y += 30

    def line(text: str, *, bold: bool = False, size: float = 10.0) -> None:
        nonlocal page, y
        if y > 780:
            page = doc.new_page()
            y = 60.0
        if text:
            page.insert_text((50, y), text, fontsize=size, fontname="hebo" if bold else "helv")
        y += size + 5

    stamp = _stamp()
    for number, (heading, paragraphs) in enumerate(SECTIONS):
        if number in (2, 3) and doc.page_count < number:  # Conclusie on 2, Advies on 3
            page = doc.new_page()
            y = 60.0
        line(heading, bold=True, size=13)
        for paragraph in paragraphs:
            wrapped = textwrap.wrap(paragraph, 95) if len(paragraph) > 95 else [paragraph]
            for part in wrapped:
                line(part)
            y += 6
        y += 10
    # The practitioner's stamp under the signature: her name in a picture, not as text.
    page.insert_image(pymupdf.Rect(330, y - 20, 540, y + 20), stream=stamp)
    return doc.tobytes()


def _stamp() -> bytes:
    picture = pymupdf.open()
    canvas = picture.new_page(width=420, height=80)
    canvas.draw_rect(canvas.rect + (2, 2, -2, -2), color=(0.1, 0.1, 0.5), width=2)
    canvas.insert_text((16, 50), PSYCHOLOGIST, fontsize=30, color=(0.1, 0.1, 0.5))
    return canvas.get_pixmap(dpi=150).tobytes("png")


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def kept_words() -> list[str]:
    """Every word of Conclusie and Advies above the signature, less the school's name (the
    child's name is in it: it stays)."""
    words = []
    for heading, paragraphs in SECTIONS[2:]:
        words.append(heading)
        body = paragraphs[: paragraphs.index("")] if "" in paragraphs else paragraphs
        for paragraph in body:
            words += words_of(paragraph.replace(SCHOOL, ""))
    return words
