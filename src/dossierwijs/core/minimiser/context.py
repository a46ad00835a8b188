"""Schools, institutions and places told by where they stand, not by a keyword in their name.

"Kwintijn" or "Youvia" has no "Stichting" or "Praktijk" in it, but a report says "in
behandeling bij Youvia", "(behandelaar, Youvia)" or "School: De Windroos". A place is often
written in capitals in an address block ("3572 BK  UTRECHT") or stands before the date of a
letter ("Hillesluis, 26 januari 2024").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from dossierwijs.core.minimiser import words
from dossierwijs.core.minimiser.patterns import _CAP, _LO, _SCHOOL_CONTEXT, _UP

Span = tuple[int, int, str]

# A name of one to five words, capitalised but for a few small words inside: "Passend Leren
# Utrecht Zuid", "Centrum voor Jeugd en Gezin", "De Windroos".
_ORG = rf"(?:(?:De|Het|'t)[ ])?{_CAP}(?:[ ](?:(?:en|voor|van|&)[ ])?{_CAP}){{0,4}}"
_SCHOOL_LABEL = r"school|basisschool|school[ ]kind|huidige[ ]school|vorige[ ]school|vo-school"
_INSTITUTION_LABEL = (
    r"instelling|zorgaanbieder|aanbieder|organisatie|behandelcentrum|kinderopvang|"
    r"peuterspeelzaal|bso|samenwerkingsverband|praktijk|locatie"
)
_LABELLED = re.compile(
    rf"(?im:^[ \t]*[-•*]?[ \t]*((?:{_SCHOOL_LABEL})|(?:{_INSTITUTION_LABEL}))[ \t]*:[ \t]*)"
    rf"({_ORG})(?=[ \t]*(?:\n|$|[,;(]))"
)
# "(behandelaar, Youvia)", "(adviseur, Passend Leren Utrecht Zuid)": a role, then its employer.
_ROLE_AND_EMPLOYER = re.compile(rf"\((?:[{_LO}'-]+[ ]?){{1,3}},[ ]({_ORG})\)")
# "in behandeling bij Youvia", "aangemeld bij", "verwijzen wij u naar", "begeleiding van".
_CARE_WORDS = re.compile(
    r"(?i)behandel|begeleid|aangemeld|aanmelding|gezien|wachtlijst|verwe[ez]|verwijz|"
    r"logopedie|therapie|jeugdhulp|hulp|zorg|onderzoek|advis|intake|diagnos|traject"
)
_AFTER_PREPOSITION = re.compile(rf"(?<=[{_LO},] )(?:bij|door|naar|van|via|met)[ ]({_ORG})")


def find_institutions(text: str) -> Iterator[Span]:
    """Institutions and schools named in a form field, after a role or after care words."""
    for m in _LABELLED.finditer(text):
        label = m.group(1).lower()
        kind = "school" if re.fullmatch(_SCHOOL_LABEL, label) else "instelling"
        if label == "locatie" and _SCHOOL_CONTEXT.search(m.group(0)):
            kind = "school"
        if _is_organisation(m.group(2), single_ok=True):
            yield m.start(2), m.end(2), kind
    for m in _ROLE_AND_EMPLOYER.finditer(text):
        if _is_organisation(m.group(1), single_ok=True):
            yield m.start(1), m.end(1), "instelling"
    yield from find_named_by_acronym(text)
    for m in _AFTER_PREPOSITION.finditer(text):
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start()))
        if _CARE_WORDS.search(text, sentence_start + 1, m.end()) and _is_organisation(
            m.group(1), single_ok=True
        ):
            yield m.start(1), m.end(1), "instelling"


_ACRONYM = re.compile(r"[ ]\(([A-Z]{2,6})\)")
_SMALL_WORDS = {"voor", "en", "van", "de", "het", "der", "in", "op", "&"}


def find_named_by_acronym(text: str) -> Iterator[Span]:
    """ "Centrum voor Leren en Ontwikkeling Noord (CLON)": capitalised words whose initials spell
    the abbreviation in brackets after them are an institution's name."""
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        line_start = text.rfind("\n", 0, m.start()) + 1
        tokens = list(re.finditer(r"\S+", text[line_start : m.start()]))
        needed, first = list(acronym), None
        for token in reversed(tokens):
            word = token.group(0)
            if needed and word[0] == needed[-1] and word[1:].islower():
                needed.pop()
                first = token
                if not needed:
                    break
            elif word not in _SMALL_WORDS or first is None:
                break
        if first is not None and not needed:
            yield line_start + first.start(), m.start(), "instelling"


_GENERIC_ENDINGS = (
    "zorg", "therapie", "opvang", "psychiatrie", "hulp", "logopedie", "revalidatie", "begeleiding",
    "ondersteuning", "onderwijs", "school", "arts", "team", "dienst", "centrum", "praktijk",
    "kliniek", "psychologie", "diagnostiek",
)  # fmt: skip


def _is_organisation(name: str, *, single_ok: bool) -> bool:
    """No person and no ordinary words: the first word is no first name, and a single word is
    neither a common word nor a name from the name lists."""
    parts = [w for w in name.split() if w not in ("De", "Het", "'t", "en", "voor", "van", "&")]
    if not parts or words.is_first_name(parts[0]):
        return False
    if len(parts) == 1:
        word = parts[0]
        if word.lower().endswith(_GENERIC_ENDINGS):
            return False  # "bij Jeugdzorg", "naar Fysiotherapie": a kind of care, no name
        return single_ok and not words.is_common_word(word) and not words.is_known_name(word)
    return not all(words.is_common_word(w) for w in parts)


# A place in capitals where a place stands: after "in", "te", "uit", "naar", a comma or a
# colon, or alone at the start of a line ("in onze praktijk in AMERSFOORT", "Oudwijk 14, UTRECHT").
_CAPITALS = re.compile(
    rf"(?m)(?:(?<=\bin )|(?<=\bte )|(?<=\buit )|(?<=\bnaar )|(?<=, )|(?<=: )|(?<=:  )|^)"
    rf"[{_UP}]{{3,}}(?:[- ][{_UP}]{{2,}})?(?=[ \t]*(?:$|[,.;)]))"
)
# "Hillesluis, 26 januari 2024", "AMERSFOORT, 22-04-2024": the place a letter is written in.
_PLACE_BEFORE_DATE = re.compile(
    rf"(?m)^[ \t]*({_CAP}(?:[ ]{_CAP})?|[{_UP}]{{3,}}(?:[- ][{_UP}]{{2,}})?),[ ]"
    rf"(?=(?:[{_LO}]+dag[ ])?(?:\d{{1,2}}[ ][{_LO}]{{3,}}[ ]\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}))"
)


def find_places(text: str) -> Iterator[Span]:
    """Places written in capitals ("UTRECHT") and the place before a letter's date."""
    for m in _CAPITALS.finditer(text):
        if is_place(m.group(0).title()):
            yield m.start(), m.end(), "plaats"
    for m in _PLACE_BEFORE_DATE.finditer(text):
        place = m.group(1)
        if place.isupper() and not is_place(place.title()):
            continue
        if not words.is_common_word(place) or is_place(place.title()):
            yield m.start(1), m.end(1), "plaats"


def _lines(folder: str, *names: str) -> frozenset[str]:
    base = resources.files("deduce") / "data" / "lookup" / "src" / folder
    found: set[str] = set()
    for name in names:
        text = (base / name / "items.txt").read_text(encoding="utf-8")
        found.update(line.strip() for line in text.splitlines() if line.strip())
    return frozenset(found)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return _lines("locations/lst_placename", "lst_residence", "lst_municipality")


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    return _lines("whitelist", "lst_common_word", "lst_stop_word")


def is_place(name: str) -> bool:
    """A Dutch town or municipality in deduce's lists that is no ordinary word in deduce's
    own list of common words ("Best", "Echt", "Leiden" are towns, "best" is a word)."""
    return name in _places() and name.lower() not in _ordinary_words()
