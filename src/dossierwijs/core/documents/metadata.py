"""Suggest a document's type, title, date, organisation and author from its text; the parent
confirms.

Nothing here is imposed: every guess comes with a short Dutch reason the app can show, and
anything we cannot tell stays empty (``None``) rather than being filled in wrongly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import parseaddr, parsedate_to_datetime
from enum import StrEnum

from .email_info import EmailInfo


class DocumentType(StrEnum):
    """What kind of document it is for the parent (the app makes TextChoices of these)."""

    OKR = "okr"
    OPP = "opp"
    ONDERZOEKSVERSLAG = "onderzoeksverslag"
    BEHANDELVERSLAG = "behandelverslag"
    GESPREKSVERSLAG = "gespreksverslag"
    BRIEF = "brief"
    EMAIL = "email"
    TOESTEMMINGSFORMULIER = "toestemmingsformulier"
    VERKLARING = "verklaring"
    SCHOOLRAPPORT = "schoolrapport"
    OVERIG = "overig"


DOCUMENT_TYPE_LABELS: dict[DocumentType, str] = {
    DocumentType.OKR: "Onderwijskundig rapport (OKR)",
    DocumentType.OPP: "OPP / groeidocument",
    DocumentType.ONDERZOEKSVERSLAG: "Onderzoeksverslag (psychologisch of didactisch)",
    DocumentType.BEHANDELVERSLAG: "Behandel- of therapieverslag",
    DocumentType.GESPREKSVERSLAG: "Gespreksverslag",
    DocumentType.BRIEF: "Brief",
    DocumentType.EMAIL: "E-mail",
    DocumentType.TOESTEMMINGSFORMULIER: "Toestemmingsformulier",
    DocumentType.VERKLARING: "Verklaring of diagnose",
    DocumentType.SCHOOLRAPPORT: "Schoolrapport",
    DocumentType.OVERIG: "Overig",
}

# Health data are special personal data ("bijzondere persoonsgegevens"): AVG art. 9 lid 1.
# Reports from care providers and diagnoses nearly always hold them, so the flag defaults on.
CARE_TYPES = frozenset(
    {DocumentType.ONDERZOEKSVERSLAG, DocumentType.BEHANDELVERSLAG, DocumentType.VERKLARING}
)

# (pattern, weight). A match in the first lines (the title zone) counts three times.
_TYPE_SIGNALS: dict[DocumentType, list[tuple[str, int]]] = {
    DocumentType.OKR: [
        (r"onderwijskundig\s+rapport", 10),
        (r"\bOKR\b", 6),
        (r"school van (herkomst|bestemming)", 4),
    ],
    DocumentType.OPP: [
        (r"ontwikkelingsperspectief", 10),
        (r"\bOPP\b", 6),
        (r"groeidocument", 10),
        (r"uitstroom(profiel|bestemming)", 3),
    ],
    DocumentType.ONDERZOEKSVERSLAG: [
        (r"(psycho)?diagnostisch\s+onderzoek", 8),
        (r"onderzoeksverslag", 8),
        (r"(psychologisch|didactisch|intelligentie|dyslexie)\s*onderzoek", 8),
        (r"\bWISC|\bWPPSI|\bNIO\b|intelligentieprofiel|\bTIQ\b", 4),
        (r"onderzoeksvra(ag|gen)", 3),
    ],
    DocumentType.BEHANDELVERSLAG: [
        (r"behandelverslag|therapieverslag", 10),
        (r"eindverslag\s+(behandeling|logopedie|therapie)", 10),
        (r"behandel(plan|doelen|ing)", 3),
        (r"logopedi|fysiotherap|ergotherap|speltherap|jeugd-?ggz", 3),
    ],
    DocumentType.GESPREKSVERSLAG: [
        (r"gespreksverslag|verslag van (het|ons) (gesprek|overleg)", 10),
        (r"multidisciplinair overleg|\bMDO\b", 6),
        (r"^\s*aanwezig\s*:?\s*$|^\s*aanwezig:", 3),
        (r"actiepunten|afspraken", 2),
        (r"notulen", 5),
    ],
    DocumentType.BRIEF: [
        (r"^\s*(geachte|beste)\b", 3),
        (r"met vriendelijke groet|hoogachtend", 2),
        (r"^\s*betreft\s*:", 3),
    ],
    DocumentType.EMAIL: [
        (r"^van:.*\n(.*\n){0,3}?(aan|verzonden|to):", 8),
        (r"^onderwerp:", 4),
        (r"^(verzonden|sent):", 3),
    ],
    DocumentType.TOESTEMMINGSFORMULIER: [
        (r"toestemmings(formulier|verklaring)", 10),
        (r"^\s*(informatie en )?toestemming\b", 8),
        (r"(geef|geven|verleen)\w*\s+(hierbij\s+)?toestemming", 5),
        (r"ondergetekende", 3),
        (r"handtekening\s+(ouder|verzorger)", 4),
    ],
    DocumentType.VERKLARING: [
        (r"\b(dyslexie|medische|geneeskundige)?verklaring\b", 6),
        (r"hierbij verklaar", 6),
        (r"\bdiagnose\b", 3),
        (r"\bDSM(-5|-IV)?\b", 3),
    ],
    DocumentType.SCHOOLRAPPORT: [
        (r"schoolrapport|rapportcijfer|\brapport\s+(periode|\d)", 8),
        (r"\bgemiddeld(e)?\s+cijfer|\bcijferlijst", 4),
        (r"\b(ruim\s+)?(on)?voldoende\b", 1),
    ],
}
_TYPE_PATTERNS = {
    kind: [(re.compile(p, re.IGNORECASE | re.MULTILINE), w) for p, w in signals]
    for kind, signals in _TYPE_SIGNALS.items()
}
_MIN_TYPE_SCORE = 6
_TITLE_LINES = 12

# Words that, when found at least twice (different words), mark health data in any document.
# Matched on words (a set lookup) rather than one big regex: ~20x faster on long reports.
_HEALTH_WORDS = frozenset({
    "medicatie", "methylfenidaat", "psychiater", "psycholoog", "ggz", "jeugd-ggz", "therapie",
    "ziekenhuis", "epilepsie", "taalontwikkelingsstoornis", "dyslexie", "dyscalculie",
    "gedragsstoornis", "hechtingsstoornis", "adhd", "autisme",
})  # fmt: skip
_HEALTH_PREFIXES = (
    "diagnos", "autisme", "angststoorn", "depressi", "behandel", "huisarts", "trauma",
)  # fmt: skip
_HEALTH_ACRONYMS = frozenset({"DSM", "ADD", "ASS", "TOS", "ADHD", "GGZ"})  # case matters: "ass"
_WORD = re.compile(r"\w+(?:-\w+)?")


@dataclass
class SuggestedMetadata:
    """Guesses for the import form; ``reasons`` explains each guess in Dutch."""

    document_type: DocumentType = DocumentType.OVERIG
    date: dt.date | None = None
    organisation: str | None = None
    special_category: bool = False
    reasons: list[str] = field(default_factory=list)
    title: str | None = None  # the title line at the top, e.g. "Psychologisch onderzoeksverslag"
    author: str | None = None  # who wrote it, e.g. "drs. M. de Vries"

    @property
    def document_type_label(self) -> str:
        return DOCUMENT_TYPE_LABELS[self.document_type]


def suggest_metadata(
    text: str, *, email: EmailInfo | None = None, today: dt.date | None = None
) -> SuggestedMetadata:
    """Guess type, date, organisation and the "bijzonder persoonsgegeven" flag from ``text``.

    ``email`` (headers of an e-mail file) wins over the text for type, date and sender.
    """
    text = text[:100_000]  # the first ~30 pages decide; bounded time for huge documents
    today = today or dt.date.today()
    result = SuggestedMetadata()
    result.document_type, type_reason = suggest_type(text)
    if email is not None:
        result.document_type, type_reason = DocumentType.EMAIL, "Het bestand is een e-mail."
    if type_reason:
        result.reasons.append(type_reason)
    email_date = _email_date(email)
    result.date = email_date or suggest_date(text, today=today)
    if result.date is not None:
        source = "de verzenddatum van de e-mail" if email_date else "de tekst"
        result.reasons.append(f"De datum {format_date(result.date)} komt uit {source}.")
    result.organisation = suggest_organisation(text) or _email_organisation(email)
    if email is None:
        result.title = suggest_title(text)
        result.author = suggest_author(text)
        if result.author:
            result.reasons.append(f"De auteur {result.author} komt uit de tekst.")
    result.special_category, health_reason = is_special_category(result.document_type, text)
    if health_reason:
        result.reasons.append(health_reason)
    return result


def suggest_type(text: str) -> tuple[DocumentType, str]:
    """The best-scoring document type and why, or ``OVERIG`` with an empty reason."""
    # Titles and letterheads are short lines at the top; long lines there are already body text.
    top = text.splitlines()[:_TITLE_LINES]
    title_zone = "\n".join(line for line in top if len(line) <= 100)
    best, best_score, best_word = DocumentType.OVERIG, 0, ""
    for kind, patterns in _TYPE_PATTERNS.items():
        score, word = 0, ""
        for pattern, weight in patterns:
            title_match = pattern.search(title_zone)
            if title_match:
                score += 3 * weight
                word = word or title_match.group(0)
            elif (match := pattern.search(text)) is not None:
                score += weight
                word = word or match.group(0)
        if score > best_score:
            best, best_score, best_word = kind, score, word
    if best_score < _MIN_TYPE_SCORE:
        return DocumentType.OVERIG, ""
    word = " ".join(best_word.split())
    return best, f"Gekozen omdat de tekst “{word}” bevat ({DOCUMENT_TYPE_LABELS[best]})."


def is_special_category(document_type: DocumentType, text: str) -> tuple[bool, str]:
    """Whether the "bijzonder persoonsgegeven" flag should default on, and why.

    AVG art. 9 lid 1: health data are special personal data. Care reports always default on;
    other documents when at least two different health words occur (the parent can undo it).
    """
    if document_type in CARE_TYPES:
        return True, "Dit soort verslag gaat meestal over gezondheid: bijzonder persoonsgegeven."
    words = set(_WORD.findall(text))
    found = {word.lower() for word in words if word in _HEALTH_ACRONYMS}
    for lower in {word.lower() for word in words}:
        if lower in _HEALTH_WORDS or lower.startswith(_HEALTH_PREFIXES):
            found.add(lower)
    if len(found) >= 2:
        listed = ", ".join(sorted(found)[:3])
        return True, f"De tekst noemt gezondheid ({listed}): bijzonder persoonsgegeven."
    return False, ""


_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8,
    "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = [name for name, _ in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0]))]
_DATE_WORDS = re.compile(
    r"\b(\d{1,2})\s*(" + "|".join(_MONTH_NAMES) + r")\.?,?\s+(\d{4})\b", re.IGNORECASE
)
_DATE_NUMERIC = re.compile(r"(?<![\d.-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d-])")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_BIRTH = re.compile(r"geboorte|geboren|geb\.|\bd\.?d\.?\b|verwijzing|aangemeld|sinds", re.I)
_LABELLED = re.compile(
    r"(^|\n)\s*(datum( van)?( verslag| gesprek| onderzoek| rapport| brief| afgifte)?|"
    r"datum en tijd|verzonden|opgesteld( op)?|[A-Z][a-z]+(\s[A-Z][a-z]+)?,)\s*:?\s*"
    r"((maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$",
    re.IGNORECASE,
)


def parse_dutch_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every date written the Dutch way, with its position: "12 april 2024", "12 apr. 2024",
    "12-04-2024", "12/4/24", "2024-04-12". Impossible dates (31-02) are skipped."""
    found: list[tuple[int, dt.date]] = []
    for match in _DATE_WORDS.finditer(text):
        month = _MONTHS[match.group(2).lower()]
        _add_date(found, match.start(), int(match.group(3)), month, int(match.group(1)))
    for match in _DATE_NUMERIC.finditer(text):
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        _add_date(found, match.start(), year, int(match.group(2)), int(match.group(1)))
    for match in _DATE_ISO.finditer(text):
        _add_date(
            found, match.start(), int(match.group(1)), int(match.group(2)), int(match.group(3))
        )
    found.sort()
    return found


def suggest_date(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """The date of the document: a labelled one ("Datum:", "Utrecht, 12 april 2024") first,
    else the first date near the top that is not a birth date nor far in the future."""
    today = today or dt.date.today()
    candidates = []
    for position, date in parse_dutch_dates(text):
        if date > today + dt.timedelta(days=366) or date.year < 1990:
            continue
        line_start = text.rfind("\n", 0, position) + 1
        before = text[line_start:position]
        if _BIRTH.search(before):
            continue
        labelled = _LABELLED.search("\n" + before) is not None
        candidates.append((not labelled, position, date))
    if not candidates:
        return None
    return min(candidates)[2]


_FULL_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def format_date(date: dt.date) -> str:
    """``date(2024, 4, 12)`` → ``"12 april 2024"``."""
    return f"{date.day} {_FULL_MONTHS[date.month - 1]} {date.year}"


_ORG_WORD = re.compile(
    r"(school|college|lyceum|gymnasium|atheneum|praktijk|stichting|samenwerkingsverband|zorg|"
    r"ggz|centrum|gemeente|jeugdhulp|ziekenhuis|kliniek|wijkteam|ggd|instituut|academie|"
    r"expertisecentrum|kindcentrum|\bIKC|\bOBS|\bCBS|\bRKBS|\bV?SO|\bSBO|vereniging|jeugd|gezin|"
    r"\bB\.?V\.?)\b",
    re.IGNORECASE,
)
_ORG_LABEL = re.compile(
    r"^\s*(naam school|school|organisatie|instelling|praktijk|afzender|zorgaanbieder)\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_A_NAME = re.compile(r"@|www\.|https?:|\d{4}\s?[A-Z]{2}\b|tel\.|telefoon|postbus|\d{3}-", re.I)


def suggest_organisation(text: str) -> str | None:
    """The sender's organisation: a letterhead line at the top, a "School:" field, or an
    organisation line further down (a signature); ``None`` when nothing looks like one."""
    lines = [line.strip() for line in text.splitlines()[:60] if line.strip()]
    for line in lines[:4]:
        if (name := _organisation_in(line)) is not None:
            return name
    if (match := _ORG_LABEL.search(text[:20_000])) is not None:
        return _clean_name(match.group(2))
    for line in lines[4:]:
        if (name := _organisation_in(line)) is not None:
            return name
    return None


def _organisation_in(line: str) -> str | None:
    label, colon, value = line.partition(":")
    if colon and len(label) < 25 and not _ORG_WORD.search(label.replace("school", "")):
        line = value  # "Naam school: OBS De Zonnewijzer" → the value
    name = _clean_name(line)
    if not name or len(name) > 70 or not _ORG_WORD.search(name):
        return None
    if name.isupper() or name.endswith((".", ":", "?")) or _NOT_A_NAME.search(name):
        return None  # headings, sentences and address lines are not a sender
    if any(p.search(name) for patterns in _TYPE_PATTERNS.values() for p, _ in patterns[:2]):
        return None  # a title such as "Onderwijskundig rapport"
    if len(name.split()) > 8:
        return None
    return name


def _clean_name(value: str) -> str:
    for separator in (" – ", " — ", " | ", " - ", ", "):
        value = value.split(separator, 1)[0]
    return value.strip(" \t:;-–")


def _email_date(email: EmailInfo | None) -> dt.date | None:
    if email is None or not email.date:
        return None
    try:
        return parsedate_to_datetime(email.date).date()
    except (TypeError, ValueError, IndexError):
        return None


def _email_organisation(email: EmailInfo | None) -> str | None:
    if email is None:
        return None
    name, address = parseaddr(email.sender)
    return name or address or None


def _add_date(found: list[tuple[int, dt.date]], at: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):  # 31-02-2024 is not a date
        found.append((at, dt.date(year, month, day)))


def suggest_title(text: str) -> str | None:
    """The document's own title: the first short line at the top that names its type
    ("Psychologisch onderzoeksverslag", "Verslag van het MDO"); ``None`` when none does."""
    for line in text.splitlines()[:_TITLE_LINES]:
        line = " ".join(line.split())
        if not 3 <= len(line) <= 80 or line.endswith((".", ",", ";")):
            continue
        if any(p.search(line) for patterns in _TYPE_PATTERNS.values() for p, _w in patterns):
            if _DATE_LINE.search(line) or ":" in line and not line.lower().startswith("betreft"):
                continue  # "Amstelveen, 14 maart 2026", "Onderzoeker: ..."
            return line.removeprefix("Betreft:").removeprefix("betreft:").strip()[:300]
    return None


_DATE_LINE = re.compile(r"\b\d{1,2}\s+[a-z]+\s+\d{4}\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b")

# A name with an academic or professional title: "drs. M. de Vries", "dr. A.B. Jansen",
# "mw. drs. K. Bakker", "prof. dr. P. van Dijk". Initials, then a surname with its particles.
_TITLES = r"(?:(?:mw|mevr|dhr|prof|drs|dr|mr|ir|ing|ds|bc)\.\s*)+"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_SURNAME = (
    r"(?:(?:van|de|der|den|het|ter|ten|in\s't|v\.d\.)\s+)*[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?"
)
_TITLED_NAME = re.compile(rf"\b({_TITLES}{_INITIALS}{_SURNAME})")
# "Onderzoeker: A. Jansen", "Opgesteld door: ..." when the name carries no title.
_AUTHOR_LABEL = re.compile(
    r"^\s*(?:onderzoeker|auteur|opgesteld door|geschreven door|behandelaar|psycholoog|"
    r"orthopedagoog|gz-psycholoog|verslaglegger|onderzocht door)\s*:\s*"
    rf"((?:{_TITLES})?{_INITIALS}{_SURNAME}|[A-Z][a-z]+\s+{_SURNAME})",
    re.IGNORECASE | re.MULTILINE,
)


def suggest_author(text: str) -> str | None:
    """Who wrote the document: a name after "Onderzoeker:" or "Opgesteld door:", else the
    first name with a title such as "drs." or "dr."; ``None`` when neither appears."""
    head = text[:20_000]
    if (match := _AUTHOR_LABEL.search(head)) is not None:
        return " ".join(match.group(1).split())
    if (match := _TITLED_NAME.search(head)) is not None:
        return " ".join(match.group(1).split())
    return None
