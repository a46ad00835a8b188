"""Words the report comparer needs to know: roles, stop words, numbers, months, holidays."""

from __future__ import annotations

import re

# Roles in and around a school, as a canonical key. Order matters: longer names first.
ROLES: tuple[tuple[str, str], ...] = (
    (r"zorg\s?co[öo]rdinator", "zorgcoordinator"),
    (r"co[öo]rdinator(?: plusklas)?", "coordinator"),
    (r"intern(?:e)? begeleider|\bib['’]?ers?\b|\bib\b", "ib"),
    (r"remedial teacher|\brt['’]?ers?\b|\brt\b", "rt"),
    (r"\b(?:groeps)?leerkracht\b|\bdocent\b|\bdocente\b", "leerkracht"),
    (r"\bmentor\b", "mentor"),
    (r"\bdirect(?:eur|rice)\b|\blocatieleider\b", "directeur"),
    (r"\b(?:team|afdelings)leider\b", "teamleider"),
    (r"\bdecaan\b", "decaan"),
    (r"\bonderwijsassistente?\b", "onderwijsassistent"),
    (r"schoolmaatschappelijk werk(?:st)?er|\bsmw['’]?er\b", "smw"),
    (r"\bjeugdconsulent\b|\bconsulent (?:van de )?gemeente\b", "jeugdconsulent"),
    (r"consulent(?: van het)? samenwerkingsverband|\bsamenwerkingsverband\b|\bswv\b", "swv"),
    (r"\blogopediste?\b", "logopedist"),
    (r"\b(?:jeugd|school)arts\b", "jeugdarts"),
    (r"\borthopedagoog\b|\bpsycholoog\b|\bgedragsspecialist\b", "orthopedagoog"),
    (r"\bleerplicht(?:ambtenaar)?\b", "leerplicht"),
    (r"\b(?:moeder|vader|ouders?|mw\.? en dhr\.?|dhr\.? en mw\.?)\b", "ouders"),
)
_ROLE_PATTERNS = tuple((re.compile(p, re.IGNORECASE), key) for p, key in ROLES)
FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|ons|onze|mij|me|mijn)\b", re.IGNORECASE)
STAFF_ROLES = {key for _, key in ROLES} - {"ouders", "leerplicht", "jeugdarts", "swv"}

ROLE_NAMES = {
    "zorgcoordinator": "de zorgcoördinator",
    "coordinator": "de coördinator",
    "ib": "de intern begeleider",
    "rt": "de remedial teacher",
    "leerkracht": "de leerkracht",
    "mentor": "de mentor",
    "directeur": "de directeur",
    "teamleider": "de teamleider",
    "decaan": "de decaan",
    "onderwijsassistent": "de onderwijsassistent",
    "smw": "de schoolmaatschappelijk werker",
    "jeugdconsulent": "de jeugdconsulent",
    "swv": "het samenwerkingsverband",
    "logopedist": "de logopedist",
    "jeugdarts": "de jeugdarts",
    "orthopedagoog": "de orthopedagoog",
    "leerplicht": "leerplicht",
    "ouders": "de ouders",
    "school": "school",
}


def canonical_role(text: str) -> str:
    """The role key named in ``text`` ("intern begeleider" → "ib"), or ""."""
    for pattern, key in _ROLE_PATTERNS:
        if pattern.search(text):
            return key
    return ""


def role_spans(text: str, *, first_person_is_parent: bool = False) -> list[tuple[int, int, str]]:
    """Every role named in a sentence as (start, end, key), in order of appearance."""
    found: list[tuple[int, int, str]] = []
    for pattern, key in _ROLE_PATTERNS:
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b, _ in found):
                continue
            found.append((match.start(), match.end(), key))
    if first_person_is_parent:
        found.extend((m.start(), m.end(), "ouders") for m in FIRST_PERSON.finditer(text))
    return sorted(found)


NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "vijftien": 15,
    "twintig": 20,
    "dertig": 30,
}

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
HOLIDAYS = (
    "herfstvakantie",
    "kerstvakantie",
    "voorjaarsvakantie",
    "krokusvakantie",
    "meivakantie",
    "zomervakantie",
    "kerst",
    "pasen",
    "zomer",
    "schooljaar",
)

_STOPWORD_TEXT = """
    de het een en of maar want dus dat die dit deze daar hier er is zijn was waren wordt worden
    werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden mag mogen
    moet moeten wil willen wilde wilden in op aan van voor vóór met bij naar uit om over tot
    tegen door na tijdens zonder sinds tussen als dan ook nog al wel niet geen nooit niets ik
    wij we jij je u hij zij ze hem haar hun ons onze mijn jullie mij me zich zelf wat wie
    waar hoe welke welk omdat doordat zodat terwijl wanneer toen of zo te heel erg zeer veel
    meer minder iets alle allemaal elk elke ieder iedere per keer dhr mw mevr mevrouw meneer
    juf meester vertelde vertelt verteld zei zegt gezegd geeft gaf gegeven legde uitgelegd
    legt licht toe lichtte aangegeven merkt ziet zag uur minuten minuut kwartier half week
    weken maand maanden dag dagen jaar januari februari maart april mei juni juli augustus
    september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag vanaf uiterlijk eerst pas weer elkaar alleen
"""
STOPWORDS = set(_STOPWORD_TEXT.split())
STOPWORDS |= set(NUMBER_WORDS) | {"eens"}
