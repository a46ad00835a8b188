"""Words parents meet anyway ("Woorden die u tegenkomt"): a short glossary for the Kennis pages.

Each term in plain Dutch (B1), with the sources it rests on. ``pattern`` finds the word in a
text, so pages can link its first appearance to the explanation (``{{ text|begrippen }}`` and
``{% begrip "opp" %}`` in the knowledge app's template tags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossierwijs.core.rules.sources import Confidence, Source, sources, weakest


@dataclass(frozen=True)
class Term:
    slug: str
    word: str  # as it is shown in the list
    text: str  # plain Dutch, a few short sentences
    source_ids: tuple[str, ...]
    pattern: str  # regular expression for the word in running text

    @property
    def sources(self) -> tuple[Source, ...]:
        return sources(*self.source_ids)

    @property
    def confidence(self) -> Confidence:
        return weakest([s.confidence for s in self.sources])

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


GLOSSARY: tuple[Term, ...] = (
    Term(
        "opp",
        "OPP (ontwikkelingsperspectief)",
        "Een plan van school voor een kind dat extra ondersteuning krijgt. Er staat in wat uw "
        "kind naar verwachting kan bereiken en welke hulp het krijgt. School maakt het binnen "
        "zes weken nadat die hulp begint. Over het deel met de hulp, het handelingsdeel, moet u "
        "het eens zijn: zonder uw instemming gaat dat deel niet door.",
        ("wpo-40a", "opp-instemming"),
        r"\bOPP\b|\b[Oo]ntwikkelingsperspectief(?:plan)?\b",
    ),
    Term(
        "tlv",
        "TLV (toelaatbaarheidsverklaring)",
        "Een besluit van het samenwerkingsverband dat uw kind naar het speciaal onderwijs mag. "
        "School vraagt de TLV aan en stuurt daarvoor gegevens over uw kind mee. Vraag om de "
        "aanvraag te lezen voordat die weggaat.",
        ("swv-taak",),
        r"\bTLV\b|\b[Tt]oelaatbaarheidsverklaring\b",
    ),
    Term(
        "samenwerkingsverband",
        "Samenwerkingsverband",
        "De scholen in een regio werken samen in een samenwerkingsverband. Het verdeelt het "
        "geld voor extra ondersteuning en beslist over een TLV. Het heeft een eigen taak in de "
        "wet. Daarom mag school er soms gegevens heen sturen zonder uw toestemming.",
        ("swv-taak", "swv-gezondheid"),
        r"\b[Ss]amenwerkingsverband(?:en)?\b",
    ),
    Term(
        "arrangement",
        "Arrangement",
        "Extra hulp of begeleiding voor uw kind, bijvoorbeeld een begeleider in de klas of een "
        "plek in een aparte groep. Vaak betaalt het samenwerkingsverband het. Voor een "
        "arrangement mag school gegevens over uw kind delen met het samenwerkingsverband.",
        ("swv-taak",),
        r"\b[Aa]rrangement(?:en)?\b",
    ),
    Term(
        "gezag",
        "Gezag",
        "Een ouder met gezag beslist mee over belangrijke dingen voor het kind, zoals school en "
        "gezondheid. Ouders die samen gezag hebben, houden dat meestal ook na een scheiding. "
        "Een ouder zonder gezag mag school toch vragen hoe het met het kind gaat. Wie gezag "
        "heeft, staat in het gezagsregister bij de rechtbank als het anders is dan normaal.",
        ("bw-1-251", "bw-1-377c", "gezagsregister"),
        r"\b[Gg]ezag\b",
    ),
    Term(
        "grondslag",
        "Grondslag",
        "De regel waarop een organisatie zich beroept om gegevens te gebruiken of te delen. "
        "Bijvoorbeeld: uw toestemming, of een taak die de wet aan school geeft. De organisatie "
        "moet u vertellen welke regel dat is. U mag ernaar vragen.",
        ("avg-13-14",),
        r"\b[Gg]rondslag\b",
    ),
    Term(
        "avg",
        "AVG",
        "De Europese privacywet (Algemene verordening gegevensbescherming). Daarin staan uw "
        "rechten, zoals het dossier van uw kind inzien en fouten laten verbeteren.",
        ("avg-15", "avg-16"),
        r"\bAVG\b",
    ),
    Term(
        "onderwijskundig-rapport",
        "Onderwijskundig rapport",
        "Gaat uw kind naar een andere school, dan schrijft de oude school een rapport voor de "
        "nieuwe school. U krijgt er een kopie van, en u mag uw eigen mening erbij laten zetten.",
        ("wpo-42", "besluit-okr"),
        r"\b[Oo]nderwijskundig rapport\b",
    ),
    Term(
        "autoriteit-persoonsgegevens",
        "Autoriteit Persoonsgegevens",
        "De toezichthouder op privacy. Houdt een organisatie zich niet aan de regels? Spreek "
        "eerst de organisatie zelf aan. Helpt dat niet, dan kunt u gratis een klacht indienen "
        "bij de Autoriteit Persoonsgegevens.",
        ("ap-klacht", "avg-77"),
        r"\bAutoriteit Persoonsgegevens\b",
    ),
    Term(
        "ibp",
        "IBP (informatiebeveiliging en privacy)",
        "Zo noemen scholen hun afspraken over veilig omgaan met gegevens. Organisaties voor "
        "scholen, zoals Kennisnet, schrijven op hoe dat kan. Dat is uitleg voor scholen, geen "
        "wet.",
        ("ibp-vastleggen", "kennisnet-uitwisselen"),
        r"\bIBP\b",
    ),
)

TERMS: dict[str, Term] = {term.slug: term for term in GLOSSARY}


def first_mentions(text: str) -> list[tuple[int, int, Term]]:
    """Where each glossary word first appears in `text`: (start, end, term), in text order,
    never overlapping (an earlier, longer match wins)."""
    found: list[tuple[int, int, Term]] = []
    for term in GLOSSARY:
        m = term.regex.search(text)
        if m:
            found.append((m.start(), m.end(), term))
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list[tuple[int, int, Term]] = []
    for start, end, term in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, term))
    return kept
