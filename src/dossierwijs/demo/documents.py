"""The example family's papers, generated as real PDFs (made-up people and organisations)."""

from __future__ import annotations

PSYCHOLOGICAL_REPORT = [
    (
        "Psychodiagnostisch onderzoek",
        "Kinder- en Jeugdpraktijk De Vlinderboom\nBetreft: Sanne Canarisvogel, geboren 12 april "
        "2013\nOnderzoeker: drs. M. de Vries, GZ-psycholoog, BIG 49012345601\n"
        "Datum: 14 oktober 2026",
    ),
    (
        "Aanleiding",
        "Sanne is aangemeld door haar ouders omdat zij sinds de overstap naar het voortgezet "
        "onderwijs veel spanning ervaart. Op school raakt zij snel overprikkeld in drukke "
        "lessen en bij onverwachte veranderingen in het rooster.",
    ),
    (
        "Onderzoek",
        "Er zijn gesprekken gevoerd met Sanne en haar ouders, vragenlijsten afgenomen bij "
        "ouders en mentor, en een intelligentieonderzoek gedaan. Sanne werkte gemotiveerd mee. "
        "Haar verbale en ruimtelijke vaardigheden liggen rond het gemiddelde.",
    ),
    (
        "Conclusie",
        "Het beeld past bij een autismespectrumstoornis met daarnaast angstklachten. Sanne "
        "heeft baat bij voorspelbaarheid, een vaste plek en tijd om over te schakelen.",
    ),
    (
        "Advies",
        "Geef Sanne een vaste plek in de klas, bij voorkeur aan de zijkant.\n"
        "Laat Sanne wijzigingen in het rooster een dag van tevoren weten.\n"
        "Bied extra tijd bij toetsen en een rustige ruimte om te werken.\n"
        "Bespreek elke zes weken met Sanne en haar ouders hoe het gaat.",
    ),
    (
        "",
        "drs. M. de Vries, GZ-psycholoog\nTelefoon 030-1234567, m.devries@vlinderboom.example",
    ),
]

OPP = [
    ("Ontwikkelingsperspectiefplan (OPP)", "OSG De Klimop, vmbo-tl leerjaar 1\nLeerling: Sanne"),
    (
        "Uitstroomprofiel",
        "Verwachte uitstroom: vmbo-tl diploma. Onderbouwing: de resultaten passen bij dit "
        "niveau; belemmerend zijn de overprikkeling en de spanning bij veranderingen.",
    ),
    (
        "Afspraken over ondersteuning",
        "Vaste plek in de klas. Roosterwijzigingen een dag vooraf via de mentor. Extra tijd "
        "bij toetsen. Elke zes weken een gesprek met Sanne en haar ouders.",
    ),
]

MEETING_REPORT = [
    (
        "Verslag OPP-gesprek 5 november 2026 (verslag van de ouders)",
        "Aanwezig: Eva Canarisvogel (moeder), de mentor, de zorgcoördinator.",
    ),
    (
        "Afspraken",
        "De school geeft Sanne extra tijd bij toetsen, vanaf de volgende toetsweek.\n"
        "De mentor stuurt elke twee weken een korte update per e-mail.\n"
        "Het volgende gesprek is in januari.",
    ),
    (
        "",
        "Wij gaan ervan uit dat dit verslag klopt als wij binnen twee weken niets van u horen.",
    ),
]

BLANKET_CONSENT_FORM = [
    ("Toestemmingsformulier", "OSG De Klimop"),
    (
        "",
        "Ondergetekende geeft toestemming voor de uitwisseling van gegevens met alle "
        "betrokken instanties indien nodig, voor de begeleiding van de leerling. "
        "Handtekening ouder/verzorger: ______________",
    ),
]


INVITATION_LETTER = [
    ("OSG De Klimop", "Schoolstraat 1, 3511 AA Utrecht"),
    (
        "Uitnodiging",
        "Utrecht, 20 november 2026\nBeste ouders van Sanne,\nGraag nodigen wij u uit voor "
        "een gesprek over het ontwikkelingsperspectief van Sanne op 8 december 2026 om 15.30 "
        "uur. Met vriendelijke groet, de zorgcoördinator",
    ),
]


def _pdf(sections: list[tuple[str, str]]) -> bytes:
    import pymupdf  # loaded only when the example is made

    doc = pymupdf.open()
    page = doc.new_page()
    y = 72
    for heading, body in sections:
        if heading:
            page.insert_text((72, y), heading, fontsize=14, fontname="hebo")
            y += 24
        for line in body.splitlines():
            words, current = line.split(), ""
            for word in words:
                if len(current) + len(word) > 80:
                    page.insert_text((72, y), current, fontsize=11)
                    y += 16
                    current = ""
                current = f"{current} {word}".strip()
            page.insert_text((72, y), current, fontsize=11)
            y += 16
        y += 12
        if y > 760:
            page, y = doc.new_page(), 72
    return doc.tobytes()


def psychological_report() -> bytes:
    return _pdf(PSYCHOLOGICAL_REPORT)


def opp() -> bytes:
    return _pdf(OPP)


def meeting_report() -> bytes:
    return _pdf(MEETING_REPORT)


def blanket_consent_form() -> bytes:
    return _pdf(BLANKET_CONSENT_FORM)


def invitation_letter() -> bytes:
    return _pdf(INVITATION_LETTER)
