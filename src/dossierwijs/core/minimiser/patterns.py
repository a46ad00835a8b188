"""Dutch patterns for personal data that `deduce` misses or tags too coarsely.

Each function yields ``(begin, eind, soort)`` spans on the text. Checksums are used where
the number has one (BSN: 11-proef, IBAN: ISO 13616 mod-97), so random digit runs are not
mistaken for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int, str]

_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_CAP = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan\.?|feb\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sep\.?|sept\.?|okt\.?|nov\.?|dec\.?"
)


def bsn_is_valid(digits: str) -> bool:
    """The 11-proef for a BSN (Wet algemene bepalingen burgerservicenummer, art. 1)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def iban_is_valid(iban: str) -> bool:
    """ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97."""
    iban = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", iban):
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


_BSN_LABEL = re.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofinummer)\b[\s:.-]*")
_BSN = re.compile(r"(?<![\w.-])(\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8,9})(?![\w-])")


def find_bsn(text: str) -> Iterator[Span]:
    for m in _BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        labelled = _BSN_LABEL.search(text[max(0, m.start() - 25) : m.start()]) is not None
        if bsn_is_valid(digits) and (len(digits) == 9 or labelled):
            yield m.start(), m.end(), "bsn"
        elif labelled and len(digits) in (8, 9):
            yield m.start(), m.end(), "bsn"  # a mistyped BSN is still a BSN


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def find_iban(text: str) -> Iterator[Span]:
    for m in _IBAN.finditer(text):
        candidate = m.group(0)
        # The greedy match may have eaten a following word; shrink until the checksum fits.
        while candidate:
            if iban_is_valid(candidate):
                yield m.start(), m.start() + len(candidate), "iban"
                break
            candidate = candidate[:-1].rstrip()


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")


def find_email(text: str) -> Iterator[Span]:
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "email"


# Exactly ten digits starting with 0 (national) or nine after +31/0031, with the usual
# separators: spaces, hyphens (also spaced, as forms have them: "06 - 41 28 93 07") and an
# area code in brackets.
_PHONE_NATIONAL = re.compile(
    r"(?<![\w+/.-])\(?0(?:(?:[ ]?[-–][ ]?|[ ]{1,2})?\)?[ ]?\d){9}(?![\d-])"
)
_PHONE_INTERNATIONAL = re.compile(r"(?<![\w])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?(?:[ -]?\d){9}(?!\d)")
_DATE_SHAPE = re.compile(r"\d{1,2}[ ]?[-/.][ ]?\d{1,2}[ ]?[-/.][ ]?\d{2,4}")


def find_phone(text: str) -> Iterator[Span]:
    international = [(m.start(), m.end()) for m in _PHONE_INTERNATIONAL.finditer(text)]
    for begin, end in international:
        yield begin, end, "telefoon"
    for m in _PHONE_NATIONAL.finditer(text):
        inside = any(b <= m.start() < e for b, e in international)
        if not inside and not _DATE_SHAPE.match(m.group(0).lstrip("(")):
            yield m.start(), m.end(), "telefoon"


_POSTCODE = re.compile(r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b")
_PLACE_AFTER_POSTCODE = re.compile(
    rf"[ \t]+({_CAP}(?:[ \t]+(?:aan[ \t]+(?:den|de|het)[ \t]+)?{_CAP})?"
    rf"|[{_UP}]{{2,}}(?:[- ][{_UP}]{{2,}})?(?![\w]))"
)


def find_postcode_and_place(text: str) -> Iterator[Span]:
    for m in _POSTCODE.finditer(text):
        yield m.start(), m.end(), "postcode"
        place = _PLACE_AFTER_POSTCODE.match(text, m.end())
        if place:
            yield place.start(1), place.end(1), "plaats"


_STREET_SUFFIX = (
    "straat|laan|weg|plein|kade|gracht|singel|dijk|pad|hof|dreef|steeg|park|plantsoen|ring|"
    "boulevard|markt|erf|veld|wal|haven|baan|tuin|vliet|akker|weide|hoek|kamp|oord|zoom|dam|"
    "berg|horst|brink|allee|gaarde|werf|straatweg|zijde|dal|rade|lus|poort|wei|hout|bosch|bos"
)
_HOUSE_NUMBER = r"\d{1,5}(?:[ -]?[a-zA-Z]{1,2}\b|-\d{1,4}|[ ]?bis)?"
_STREET_WORD = "|".join(s.capitalize() for s in _STREET_SUFFIX.split("|"))
_STREET = re.compile(
    rf"(?<![\w-])(?:(?:{_CAP}|[A-Z]\.)[ ])*"
    rf"(?:[{_UP}][{_LO}'-]*(?:{_STREET_SUFFIX})|(?:{_STREET_WORD}))[ ]{_HOUSE_NUMBER}(?![\w])"
)
_POSTBUS = re.compile(r"\b(?:Postbus|Antwoordnummer)[ ]\d{1,6}\b")
_ADDRESS_LABEL = re.compile(
    rf"(?i:\b(?:adres|bezoekadres|postadres|woonadres|woont aan|woont op)\b)[:\s]+"
    rf"((?:{_CAP}[ ])+{_HOUSE_NUMBER})"
)


def find_address(text: str) -> Iterator[Span]:
    for m in _STREET.finditer(text):
        yield m.start(), m.end(), "adres"
    for m in _POSTBUS.finditer(text):
        yield m.start(), m.end(), "adres"
    for m in _ADDRESS_LABEL.finditer(text):
        yield m.start(1), m.end(1), "adres"


# Forms put spaces around the separators ("12 - 04 - 2013", "14 / 09 / 2014") and OCR inside
# the day ("1 2-04-2013"); with spaces, only a four-digit year makes it a date.
_DATE_NUMERIC = re.compile(
    r"(?<![\w/.-])(\d{1,2}|\d[ ]\d)([-/.]|[ ]?[-/][ ]?)(\d{1,2})\2(\d{4}|\d{2})(?![\w/-])"
)
# "4 t/m 11 oktober 2023": a range of days is one date.
_DATE_WORDS = re.compile(
    rf"(?i)\b(?:(?:\d{{1,2}}[ ]?(?:t/m|tot[ ]en[ ]met|-|–|en)[ ]?)?\d{{1,2}}[ ](?:{_MONTHS})"
    rf"(?:[ ]\d{{4}})?|(?:{_MONTHS})[ ]\d{{4}})(?!\w)"
)
_BIRTH_BEFORE = re.compile(r"(?i)(geboren|geboortedatum|geb\.|geb:|d\.d\. ?geboorte)[^\n]{0,25}$")
_BIRTH_AFTER = re.compile(r"(?i)^[^\n.]{0,25}\bgeboren\b")


def find_dates(text: str) -> Iterator[Span]:
    for m in _DATE_NUMERIC.finditer(text):
        day, month = int(m.group(1).replace(" ", "")), int(m.group(3))
        spaced = " " in m.group(1) or " " in m.group(2)
        if 1 <= day <= 31 and 1 <= month <= 12 and (len(m.group(4)) == 4 or not spaced):
            yield m.start(), m.end(), _date_kind(text, m.start(), m.end())
    for m in _DATE_WORDS.finditer(text):
        token = m.group(0)
        if token[0].isdigit() and not 1 <= int(token.split()[0]) <= 31:
            continue
        yield m.start(), m.end(), _date_kind(text, m.start(), m.end())


def _date_kind(text: str, begin: int, end: int) -> str:
    before = text[max(0, begin - 40) : begin]
    after = text[end : end + 40]
    if _BIRTH_BEFORE.search(before) or _BIRTH_AFTER.search(after):
        return "geboortedatum"
    return "datum"


_AGE = re.compile(
    r"(?<![\w,.])(?:"
    r"\d{1,2};\d{1,2}(?:[ ]jaar)?"
    r"|\d{1,2}[ ]jaar(?:[ ]en[ ]\d{1,2}[ ]maand(?:en)?)?(?:[ ]oud)?"
    r"|\d{1,2}-jarige?"
    r"|\d{1,2}[ ]?jr\.?"
    r"|\d{1,2}[ ]maanden[ ]oud"
    r")(?![\w])"
)
# "20 jaar bewaard", "over 2 jaar", "al 3 jaar": a duration, not someone's age.
_DURATION_BEFORE = re.compile(
    r"(?i)\b(?:over|na|sinds|al|binnen|per|elke|ieder|voor|ruim|bijna|afgelopen|laatste|tot)[ ]$"
)
_DURATION_AFTER = re.compile(r"(?i)^[ ](?:geleden|later|lang|bewaard|bewaren|durende|eerder)\b")
_AGE_CONTEXT = re.compile(r"(?i)(leeftijd|oud|jarig)")


def find_ages(text: str) -> Iterator[Span]:
    for m in _AGE.finditer(text):
        token = m.group(0)
        plain_years = re.fullmatch(r"\d{1,2} jaar", token) is not None
        if plain_years and int(token.split()[0]) > 25:
            continue
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 12]
        context = text[max(0, m.start() - 40) : m.end() + 10]
        if _DURATION_AFTER.match(after):
            continue
        if plain_years and _DURATION_BEFORE.search(before) and not _AGE_CONTEXT.search(context):
            continue
        yield m.start(), m.end(), "leeftijd"


_ID_LABEL = re.compile(
    r"(?i)\b(?:(?:cli[eë]nt|pati[eë]nt|dossier|leerling|registratie|polis|verzekerden|zaak|"
    r"referentie|klant|relatie|debiteur|onderzoeks|aanvraag|beschikkings|big|agb|uzi|"
    r"kvk|lid)[- ]?(?:nummer|nr\.?|code|id)|kenmerk|referentie|big|agb)\b[^\n:\d]{0,20}[:\s]\s*"
)
_ID_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/.-]*\d[A-Za-z0-9/-]*")
# "Kwaliteitsregister Paramedici: 1820445": a label on its own line followed by a bare number.
_LABELLED_NUMBER = re.compile(r"(?m)^[^\n:]{2,40}:[ \t]*([A-Z]{0,4}-?\d{4,}[\d/-]*)[ \t]*$")
_ID_SHAPE = re.compile(
    r"(?<![\w/-])(?:[A-Z]{2,5}(?:-[A-Z]{1,5})*-\d{2,}(?:[-/]\d{2,})*"
    r"|\d{4}/[A-Z]{1,4}/\d{3,})(?![\w/-])"
)


def find_ids(text: str) -> Iterator[Span]:
    for m in _ID_LABEL.finditer(text):
        token = _ID_TOKEN.match(text, m.end())
        if token and sum(c.isdigit() for c in token.group(0)) >= 4:
            yield token.start(), token.end() - _trailing_dots(token.group(0)), "id"
    for m in _LABELLED_NUMBER.finditer(text):
        line = text[m.start() : m.start(1)].lower()
        if not any(w in line for w in ("tel", "datum", "fax", "postcode", "bsn", "iban", "mobiel")):
            yield m.start(1), m.end(1), "id"
    for m in _ID_SHAPE.finditer(text):
        yield m.start(), m.end(), "id"


def _trailing_dots(token: str) -> int:
    return len(token) - len(token.rstrip("./-"))


_SCHOOL_PREFIX = (
    r"Basisschool|School|OBS|CBS|PCBS|RKBS|OSG|CSG|RSG|PCSG|ISK|KC|RK[ ]Basisschool|IKC|SBO|SBAO|SO|VSO|"
    r"Montessorischool|Daltonschool|Jenaplanschool|Vrije[ ]School|Kindcentrum|Brede[ ]School|"
    r"Integraal[ ]Kindcentrum|Openbare[ ]Basisschool|Christelijke[ ]Basisschool|"
    r"Speciaal[ ]Basisonderwijs|Scholengemeenschap|Scholengroep"
)
_SCHOOL_SUFFIX = r"College|Lyceum|Gymnasium|Scholengemeenschap|Atheneum|Academie|Mavo|Havo|Vwo"
_INSTITUTION_PREFIX = (
    rf"(?:Kinder-[ ]en[ ])?(?:[{_UP}][{_LO}]*(?:praktijk|centrum|kliniek|ziekenhuis|verblijf|"
    r"speelzaal|verband|verzekeraar|groep|team|instituut|vereniging|opvang|therapie|revalidatie|"
    r"logopedie))|Logopedie|Fysiotherapie|Revalidatie|"
    r"Praktijk|Stichting|Ziekenhuis|Kliniek|GGD|JGZ|GGZ|Jeugd-GGZ|BSO|Buurtteam|Wijkteam|"
    r"Audiologisch[ ]Centrum|Medisch[ ]Centrum|Universitair[ ]Medisch[ ]Centrum|"
    r"v\.v\.|s\.v\.|Voetbalvereniging|Zwemvereniging|Scouting"
)
_INSTITUTION_SUFFIX = (
    r"Ziekenhuis|Kliniek|Zorggroep|Zorg|Jeugdzorg|Medisch[ ]Centrum|Centrum|Logopedie|"
    r"Fysiotherapie|Kinderfysiotherapie|Ergotherapie|Psychologie|Orthopedagogiek"
)
_NAME_WORDS = (
    rf"(?:(?:De|Het|'t|Den|Sint|St\.)[ ])?{_CAP}"
    rf"(?:[ ](?:en|van|aan|op|de|den|het)?[ ]?{_CAP}){{0,3}}"
)
_SCHOOL_BEFORE = re.compile(rf"\b(?:{_SCHOOL_PREFIX})[ ]{_NAME_WORDS}")
_SCHOOL_AFTER = re.compile(rf"\b{_CAP}(?:[ ]{_CAP}){{0,2}}[ ](?:{_SCHOOL_SUFFIX})\b")
_INSTITUTION_BEFORE = re.compile(rf"(?<![\w-])(?:{_INSTITUTION_PREFIX})[ ]{_NAME_WORDS}")
_INSTITUTION_AFTER = re.compile(rf"\b{_CAP}(?:[ ]{_CAP}){{0,2}}[ ](?:{_INSTITUTION_SUFFIX})\b")
# One-word brand names built on "zorg" ("Horizonzorg Jeugd"); generic nouns are excluded.
_ZORG_BRAND = re.compile(rf"\b[{_UP}][{_LO}]{{3,}}zorg(?:[ ](?:Jeugd|Groep|Nederland|Kind))?\b")
_GENERIC_ZORG = {
    "jeugdzorg", "thuiszorg", "mantelzorg", "kinderzorg", "gezinszorg", "ouderenzorg",
    "gehandicaptenzorg", "geboortezorg", "gezondheidszorg", "ziektezorg", "nazorg",
    "huisartsenzorg",
    "ondersteuningszorg", "basiszorg", "leerlingenzorg", "leerlingzorg", "jeugdgezondheidszorg",
}  # fmt: skip
# Words that start a sentence and look like a name after an institution word.
_NOT_A_NAME = {"Ouders", "Moeder", "Vader", "School", "Wij", "Zij", "Hij", "Het", "De", "Een"}


def find_schools_and_institutions(text: str) -> Iterator[Span]:
    for pattern, kind in (
        (_SCHOOL_BEFORE, "school"),
        (_SCHOOL_AFTER, "school"),
        (_INSTITUTION_BEFORE, "instelling"),
        (_INSTITUTION_AFTER, "instelling"),
    ):
        for m in pattern.finditer(text):
            words = m.group(0).split()
            if len(words) < 2 or words[-1] in _NOT_A_NAME:
                continue
            yield m.start(), m.end(), kind
    for m in _ZORG_BRAND.finditer(text):
        if m.group(0).split()[0].lower() not in _GENERIC_ZORG:
            yield m.start(), m.end(), "instelling"


# Mid-sentence, a capitalised article before a capitalised word is the shape of a proper
# name in Dutch ("op De Zonnewijzer", "bij Het Kompas"); school words nearby decide the kind.
_ARTICLE_NAME = re.compile(rf"(?<=[{_LO},)] )(?:De|Het|'t)[ ]{_CAP}(?:[ ]{_CAP})?")
_SCHOOL_CONTEXT = re.compile(
    r"(?i)school|groep|klas|leerkracht|juf\b|meester|mentor|onderwijs|intern begeleider|\bib'?er"
)
# What stands before a surname, not before a school: a title, initials, a call name, "Van".
_SURNAME_BEFORE = re.compile(
    r"(?:\b(?i:mevrouw|mevr\.|mw\.|heer|dhr\.|meneer|juf|juffrouw|meester|dokter|dr\.|drs\.|"
    rf"prof\.|mr\.)|(?<![\w.])(?:[{_UP}]\.[ ]?)+|\([{_UP}][{_LO}]+\)|\bVan) $"
)


def find_article_names(text: str) -> Iterator[Span]:
    for m in _ARTICLE_NAME.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _SURNAME_BEFORE.search(before) or (
            before.endswith("van ") and m.group(0).startswith("'t")
        ):
            continue  # a surname: "dokter Van 't Hof", "mevrouw De Gier", "T. (Tamara) De Wit"
        context = text[max(0, m.start() - 80) : m.end() + 80]
        yield m.start(), m.end(), "school" if _SCHOOL_CONTEXT.search(context) else "instelling"


def institution_tail(name: str) -> str | None:
    """'Basisschool De Wilgenhoek' → 'De Wilgenhoek': the part that is used on its own."""
    m = re.search(r"\b(?:De|Het|'t)[ ][^\n]+$", name)
    if m and m.start() > 0:
        return m.group(0)
    return None


ALL_PATTERNS = (
    find_bsn,
    find_iban,
    find_email,
    find_phone,
    find_postcode_and_place,
    find_address,
    find_dates,
    find_ages,
    find_ids,
    find_schools_and_institutions,
    find_article_names,
)
