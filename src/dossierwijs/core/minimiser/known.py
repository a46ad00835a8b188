"""The names the vault knows (family, practitioners, schools), in all their written forms.

A person's name is also found by its first name, its surname and the parts of a double
surname, with initials before it, a diminutive after it, a capitalised prefix when it stands
alone ("Van den Heuvel"), in capitals (a form's surname field) and as OCR misreads it
("Ramd1n"). A school or institution is found whole, by its name after the kind ("De Klimop")
and by its core word when that is no common word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossierwijs.core.minimiser import patterns, words
from dossierwijs.core.minimiser.names import INITIALS as _INITIALS

_UP = patterns._UP
# OCR reads i, l and 1 for each other, o and 0, and rn for m: a known name is still that name.
_OCR_CLASSES = {"i": "[il1]", "l": "[li1]", "I": "[Il1]", "o": "[o0]", "O": "[O0]", "m": "(?:m|rn)"}


def _name_variants(name: str) -> list[str]:
    words = name.split()
    variants = {name.strip()}
    if len(words) >= 2:
        first, surname = words[0], " ".join(words[1:])
        variants.update({first, surname})
        for part in re.split(r"[- ]", surname):
            if len(part) >= 3 and part[0].isupper():
                variants.add(part)
                variants.add(f"{first} {part}")  # "Wietske Jorritsma" of "… Jorritsma-Van Wijk"
    for variant in list(variants):
        if variant[0].islower():
            variants.add(variant[0].upper() + variant[1:])  # "Van den Heuvel" on its own
        if len(variant) >= 4:
            variants.add(variant.upper())  # a form's surname field: "JORRITSMA"
    return sorted((v for v in variants if len(v) >= 2), key=len, reverse=True)


def _ocr_tolerant(variant: str) -> str:
    """A pattern for ``variant`` that also matches it as OCR misreads it ("Ramd1n")."""
    if len(variant) < 4:
        return re.escape(variant)
    return "".join(_OCR_CLASSES.get(c) or re.escape(c) for c in variant)


def _institution_kind(name: str) -> str | None:
    """The kind ("school" or "instelling") when all of ``name`` names a school or institution."""
    for begin, end, kind in patterns.find_schools_and_institutions(name):
        if begin == 0 and end == len(name):
            return kind
    return None


def _institution_variants(name: str) -> list[str]:
    """A school is named whole, by its name after the kind ("De Klimop"), or by its core
    word when that is no common word ("Klimop"); never by its kind or article alone."""
    variants = {name}
    tail = patterns.institution_tail(name)
    if tail:
        variants.add(tail)
        core = tail.split(" ", 1)[1] if " " in tail else ""
        if core and not words.is_common_word(core) and not words.is_function_word(core):
            variants.add(core)
    return sorted(variants, key=len, reverse=True)


def known_name_spans(text: str, known: Iterable[str]) -> Iterable[tuple[int, int, str]]:
    for name in known:
        name = " ".join(name.split())
        if not name:
            continue
        institution = _institution_kind(name)
        if institution:
            for variant in _institution_variants(name):
                for m in re.finditer(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", text):
                    yield m.start(), m.end(), institution
            continue
        for variant in _name_variants(name):
            # Initials before a surname ("M. Verhoef-Kuipers") and a diminutive after a
            # first name ("Thijsje") belong to the same person.
            # A first name may be followed by the initial of the surname ("Thijs V.").
            pattern = (
                rf"(?<![\w-])(?:{_INITIALS})?{_ocr_tolerant(variant)}"
                rf"(?:(?:je|tje|pje|ie)(?![\w-])|[ ][{_UP}]\.(?![\w])|(?![\w-]))"
            )
            for m in re.finditer(pattern, text):
                yield m.start(), m.end(), "persoon"
