"""The shapes of a person's name in Dutch reports, without knowing the name beforehand.

A title before a surname ("mevrouw Van den Heuvel", "dr. Ter Beek"), initials before a
surname ("H.J. Mulder"), a call name in brackets between them ("H.J. (Hendrik) Mulder") and a
name in a form field ("Roepnaam: Sietse", "Achternaam: JORRITSMA"). A surname's prefix is
written with a capital when no first name or initial comes before it ("Van der Molen"), and
often after initials too; both are names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossierwijs.core.minimiser.patterns import _LO, _UP

Span = tuple[int, int, str]

INTERFIX = r"(?:van|de|den|der|het|ter|ten|te|in|op|el|El|al|Al|da|di|du|le|la|'t)"
# A prefix that starts a surname written on its own: "Van der Molen", "Ter Beek", "De Gier".
CAPITAL_PREFIX = r"(?:Van|De|Den|Der|Ter|Ten|Te|Op|In|Uit|El|Al|Da|Di|Du|Le|La)"
_WORD = rf"[{_UP}][{_LO}'’]+"
_PREFIX = rf"(?:(?:{CAPITAL_PREFIX}|{INTERFIX})[ ](?:{INTERFIX}[ ]){{0,2}})"
# "Jorritsma-Van Wijk", "De Bruijn-Hazeleger": a double surname may have a prefix in each part.
SURNAME = rf"{_PREFIX}?{_WORD}(?:-{_PREFIX}?{_WORD})*"
INITIALS = rf"(?:[{_UP}]\.[ ]?){{1,4}}"
# A call name in brackets after initials: "H.J. (Hendrik) Mulder".
_CALL_NAME = rf"(?:\({_WORD}\)[ ])?"
_TITLE = (
    r"(?:mevrouw|mevr\.|mw\.|de heer|dhr\.|meneer|juf|juffrouw|meester|drs\.|dr\.|prof\.|mr\.|"
    r"ir\.|ing\.|dokter|Mevrouw|Mevr\.|Mw\.|De heer|Dhr\.|Meneer|Juf|Meester|Drs\.|Dr\.|Prof\.|"
    r"Dokter)"
)
_TITLED_NAME = re.compile(
    rf"\b{_TITLE}[ ](?:{_TITLE}[ ])?((?:{INITIALS}{_CALL_NAME}|{_WORD}[ ])?{SURNAME})"
)
_INITIALS_NAME = re.compile(rf"(?<![\w.])({INITIALS}{_CALL_NAME}{SURNAME})")
_NOT_SURNAME = {"De", "Het", "Een", "In", "Op", "En", "Van"}

# A form field that holds a person's name; the value runs to the end of the line, a comma or
# a bracket. Role words and titles before the name are left out ("huisarts dr. Ter Beek").
_NAME_LABEL = (
    r"(?:(?:roep|voor|achter|meisjes|geboorte)?naam|voornamen|achternamen)"
    r"(?:[ ](?:kind|leerling|jeugdige|cli[eë]nt|moeder|vader|ouder[ ]?\d?|verzorger|"
    r"ouder/verzorger))?(?:[ ]\([^)\n]{1,20}\))?"
    r"|moeder|vader|ouders|ouder[ ]?\d|leerkracht|mentor|intern[ ]begeleider|ib'?er|huisarts|"
    r"behandelaar|onderzoeker|psycholoog|orthopedagoog|logopedist|fysiotherapeut|verwijzer|"
    r"contactpersoon|jeugdarts|schoolarts|consulent|casemanager|trajectbegeleider|gezinsvoogd|"
    r"directeur|zorgco[öo]rdinator|verslag|verslaglegging|ondertekening"
)
_CAPS_WORD = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
_LABELLED_NAME = re.compile(
    rf"(?im:^[ \t]*[-•*]?[ \t]*(?:{_NAME_LABEL})[ \t]*:[ \t]*)"
    rf"(?:[{_LO}]+[ ]){{0,2}}(?:{_TITLE}[ ])?"
    rf"((?:{INITIALS}{_CALL_NAME}|(?:{_WORD}[ ]){{1,3}}{_CALL_NAME})?{SURNAME}"
    rf"|{_CAPS_WORD}(?:[ ]{_CAPS_WORD})?|{_WORD})"
    rf"(?=[ \t]*(?:\n|$|[,;(]|[ ]en[ ]))"
)


def find_names(text: str) -> Iterator[Span]:
    """Names by their shape: after a title, after initials, or in a name field of a form."""
    for m in _TITLED_NAME.finditer(text):
        if m.group(1).split()[-1] not in _NOT_SURNAME:
            yield m.start(1), m.end(1), "persoon"
    for m in _INITIALS_NAME.finditer(text):
        yield m.start(1), m.end(1), "persoon"
    for m in _LABELLED_NAME.finditer(text):
        yield m.start(1), m.end(1), "persoon"


# Also in capitals, as a form's surname field has it: "DE GROOT", "VAN DEN BERG".
_PREFIX_WORD = re.compile(
    rf"{CAPITAL_PREFIX}|{INTERFIX}|{CAPITAL_PREFIX.upper()}|{INTERFIX.upper()}"
)


def starts_surname(tokens: list[str]) -> bool:
    """``tokens`` start with a surname's prefix and its name ("Van den", "Broek"): the prefix
    is then part of the name, though "Van" and "den" are common words on their own."""
    i = 0
    while i < len(tokens) and _PREFIX_WORD.fullmatch(tokens[i]):
        i += 1
    return 0 < i <= 3 and i < len(tokens) and tokens[i][:1].isupper()


def ends_surname(tokens: list[str]) -> bool:
    """``tokens`` end with a prefix and a capitalised word ("ter", "Haar"; "Van", "Dalen"): the
    last word is then a surname, even when it is also a common word."""
    return (
        len(tokens) >= 2
        and _PREFIX_WORD.fullmatch(tokens[-2]) is not None
        and tokens[-1][:1].isupper()
    )
