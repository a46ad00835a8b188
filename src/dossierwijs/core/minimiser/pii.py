"""Find personal data in Dutch text: `deduce` plus our own patterns plus the names we know.

`deduce` finds most names, dates and locations; it misses schools, care institutions,
ages written as "9 jaar en 4 maanden", client numbers and IBANs. The vault knows the
family's names, and the parent can add terms of their own. Missing a name is the costly
error, so everything found once is also looked for everywhere else in the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from dossierwijs.core.minimiser import context, deduce_model, names, ocr, patterns, words
from dossierwijs.core.minimiser.known import known_name_spans

SOORTEN = (
    "persoon", "bsn", "telefoon", "email", "adres", "postcode", "plaats", "geboortedatum",
    "datum", "leeftijd", "instelling", "school", "id", "iban",
)  # fmt: skip
# Terms the parent adds ("a diagnosis I do not want to share") are reported as "term".
TERM = "term"
# Kinds that are names: matched case-sensitively, and never a common word on their own.
NAME_KINDS = frozenset({"persoon", "instelling", "school", "plaats"})
# About 1,000 pages of text. Detection is linear in the text, so this bounds its time
# (about a minute) and memory; a longer text is refused with TOO_LONG.
MAX_CHARACTERS = 2_000_000
TOO_LONG = (
    "Deze tekst is te lang om op persoonsgegevens te doorzoeken (meer dan {limit} tekens, "
    "ongeveer 1.000 pagina's). Splits het document in delen en zoek per deel."
)
# deduce reads the text in pieces of about this size (cut at a paragraph or line end):
# its memory grows with the piece, not with the document.
_DEDUCE_PIECE = 20_000


class TextTooLong(ValueError):
    """The text is over MAX_CHARACTERS; ``message`` is Dutch and safe to show."""

    def __init__(self, length: int):
        self.message = TOO_LONG.format(limit=f"{MAX_CHARACTERS:,}".replace(",", "."))
        super().__init__(self.message)
        self.length = length


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its text, kind and character offsets in the text."""

    tekst: str
    soort: str
    begin: int
    eind: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def warm_up() -> None:
    """Build and cache deduce's lookup structures (run at install time, not on the first click)."""
    deduce_model.model().deidentify("Warm-up: Jan Jansen woont in Utrecht.")


_DEDUCE_KINDS = {
    "persoon": "persoon",
    "patient": "persoon",
    "instelling": "instelling",
    "ziekenhuis": "instelling",
    "zorginstelling": "instelling",
    "datum": "datum",
    "leeftijd": "leeftijd",
    "telefoonnummer": "telefoon",
    "emailadres": "email",
    "bsn": "bsn",
    "id": "id",
    "locatie": "adres",
}
_PRIORITY = {
    "bsn": 100, "iban": 100, "email": 100, "telefoon": 100, "id": 90, "postcode": 90,
    "geboortedatum": 90, "datum": 90, "persoon": 80, TERM: 80, "school": 70, "instelling": 70,
    "adres": 70, "leeftijd": 60, "plaats": 60,
}  # fmt: skip
_DEDUCE_PENALTY = 35
_PROPAGATED_PENALTY = 45

_UP, _LO = patterns._UP, patterns._LO


def detect_personal_data(
    text: str,
    known: Iterable[str] = (),
    extra_terms: Iterable[str] = (),
    *,
    use_deduce: bool = True,
) -> list[Finding]:
    """Return the personal data in ``text``, sorted by position, without overlaps.

    ``known`` are names the vault already knows (family, practitioners, schools);
    ``extra_terms`` are the parent's own words to remove. ``use_deduce=False`` skips the
    statistical part (fast, for tests of our own patterns). Raises ``TextTooLong`` over
    ``MAX_CHARACTERS``.
    """
    if len(text) > MAX_CHARACTERS:
        raise TextTooLong(len(text))
    # Everything is looked for in a copy with OCR's digit/letter swaps undone ("4O" → "40");
    # it has the same length, so offsets are the same and findings quote the text itself.
    original, text = text, ocr.normalise(text)
    candidates: list[tuple[int, int, str, int]] = []

    def add(begin: int, end: int, soort: str, penalty: int = 0) -> None:
        while end > begin and text[end - 1] in " \t\n,;:":
            end -= 1
        if end > begin:
            candidates.append((begin, end, soort, _PRIORITY.get(soort, 50) - penalty))

    for finder in patterns.ALL_PATTERNS:
        for begin, end, soort in finder(text):
            add(begin, end, soort)
    for begin, end, kind in known_name_spans(text, known):
        add(begin, end, kind, -5)
    for term in extra_terms:
        for m in _term_regex(term).finditer(text):
            add(m.start(), m.end(), TERM, -10)
    for begin, end, soort in names.find_names(text):
        add(begin, end, soort, 15)
    for begin, end, soort in context.find_institutions(text):
        add(begin, end, soort, 20)
    for begin, end, soort in context.find_places(text):
        add(begin, end, soort, 5)
    if use_deduce:
        for begin, end, soort in _deduce_spans(text):
            add(begin, end, soort, _DEDUCE_PENALTY)

    found = _refine(text, _resolve(text, candidates))
    for begin, end, soort in _propagate(text, found):
        candidates.append((begin, end, soort, _PRIORITY.get(soort, 50) - _PROPAGATED_PENALTY))
    return [
        Finding(tekst=original[b:e], soort=s, begin=b, eind=e)
        for b, e, s in _refine(text, _resolve(text, candidates))
    ]


def _refine(text: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Take out what is no name: common words at the edges of a name ("Geef Sanne": a verb
    that starts a sentence), an article or common word on its own ("De", "Praktijk"), and a
    word of a school's or institution's name proposed as a person ("Klimop")."""
    institution_words = {
        w
        for b, e, s in spans
        if s in ("school", "instelling")
        for w in text[b:e].split()
        if not words.is_common_word(w)
    }
    institution_kind = "school" if any(s == "school" for *_, s in spans) else "instelling"
    refined = []
    for begin, end, soort in spans:
        if soort not in NAME_KINDS:
            refined.append((begin, end, soort))
            continue
        tokens = [
            (m.start() + begin, m.end() + begin) for m in re.finditer(r"\S+", text[begin:end])
        ]
        if soort == "persoon":
            # "Van den Broek", "ter Haar": a surname after its prefix stays, common word or not.
            while tokens and words.is_common_word(text[tokens[0][0] : tokens[0][1]]):
                if names.starts_surname([text[b:e] for b, e in tokens]):
                    break
                tokens.pop(0)
            while tokens and words.is_common_word(text[tokens[-1][0] : tokens[-1][1]]):
                if names.ends_surname([text[b:e] for b, e in tokens]):
                    break
                tokens.pop()
        if not tokens:
            continue
        if len(tokens) == 1:
            word = text[tokens[0][0] : tokens[0][1]]
            if words.is_function_word(word) or (soort != "plaats" and words.is_common_word(word)):
                continue
        begin, end = tokens[0][0], tokens[-1][1]
        while end > begin and text[end - 1] in ",;:":
            end -= 1
        if soort == "persoon" and all(
            words.bare(text[b:e]) in institution_words for b, e in tokens
        ):
            soort = institution_kind
        refined.append((begin, end, soort))
    return refined


def _pieces(text: str, size: int = _DEDUCE_PIECE) -> list[tuple[int, str]]:
    """``text`` cut into pieces of about ``size`` at paragraph (or else line) ends."""
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _deduce_spans(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for offset, piece in _pieces(text):
        spans += [(b + offset, e + offset, s) for b, e, s in _deduce_piece(piece)]
    return spans


def _deduce_piece(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for ann in deduce_model.model().deidentify(text).annotations:
        soort = _DEDUCE_KINDS.get(ann.tag)
        if soort is None:
            continue
        begin, end = ann.start_char, ann.end_char
        if soort == "adres":
            spans.extend(_split_location(text, begin, end))
        elif soort == "leeftijd":
            continue  # deduce marks only the number; our age patterns take the whole phrase
        else:
            spans.append((begin, end, soort))
    return spans


def _split_location(text: str, begin: int, end: int) -> list[tuple[int, int, str]]:
    """deduce tags "3817 HK Amersfoort" as one location; we report postcode and place."""
    part = text[begin:end]
    inner = [(begin + b, begin + e, s) for b, e, s in patterns.find_postcode_and_place(part)] + [
        (begin + b, begin + e, s) for b, e, s in patterns.find_address(part)
    ]
    if inner:
        return inner
    if re.search(r"\d", part):
        return [(begin, end, "adres")]
    return [(begin, end, "plaats")]


def known_name_findings(text: str, known: Iterable[str]) -> list[Finding]:
    """Only the names the vault knows, in all their written forms."""
    spans = [(b, e, kind, 0) for b, e, kind in known_name_spans(text, known)]
    return [Finding(text[b:e], s, b, e) for b, e, s in _resolve(text, spans)]


def _term_regex(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _propagate(text: str, found: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Look for every name found once in the rest of the document too."""
    strings: dict[str, str] = {}
    for begin, end, soort in found:
        value = text[begin:end]
        if soort in ("persoon", "plaats", "instelling", "school"):
            strings.setdefault(value, soort)
        if soort == "persoon":
            for word in re.split(r"[ ]", value):
                if len(word) >= 4 and word[0].isupper() and "." not in word:
                    strings.setdefault(word, soort)
        if soort in ("instelling", "school"):
            tail = patterns.institution_tail(value)
            if tail:
                strings.setdefault(tail, soort)
            # "Audiologisch Centrum Rijnmond Zuid (ACRZ)": the abbreviation names it too.
            short = _ABBREVIATION.match(text, end)
            if short:
                strings.setdefault(short.group(1), soort)
    return _find_all(text, strings)


_ABBREVIATION = re.compile(r"[ ]?\(([A-Z]{2,6})\)")


def _find_all(text: str, strings: dict[str, str]) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of each string, in one pass over the text's words."""
    by_first: dict[str, list[str]] = {}
    for value in strings:
        first = re.match(r"[^\s]+", value)
        if first:
            by_first.setdefault(_lead(first.group(0)), []).append(value)
    spans = []
    for m in re.finditer(r"(?<![\w-])[\w'’.]+", text):
        for value in by_first.get(_lead(m.group(0)), ()):
            end = m.start() + len(value)
            if text.startswith(value, m.start()) and not re.match(r"[\w-]", text[end : end + 1]):
                spans.append((m.start(), end, strings[value]))
    return spans


def _lead(token: str) -> str:
    """The first four word characters: the key under which strings are looked up."""
    return re.sub(r"\W", "", token)[:4]


def _resolve(
    text: str, candidates: Sequence[tuple[int, int, str, int]]
) -> list[tuple[int, int, str]]:
    """Keep the strongest candidate where spans clash; spans of the same kind are joined."""
    order = sorted(candidates, key=lambda c: (-c[3], -(c[1] - c[0]), c[0]))
    # Accepted spans never overlap, so sorted by start they are sorted by end too: the
    # clashes of a new span are found by bisection, not by a scan of all accepted spans.
    starts: list[int] = []
    accepted: list[list[Any]] = []

    def clashes_with(begin: int, end: int) -> list[int]:
        index = bisect.bisect_left(starts, end)
        found = []
        while index > 0 and accepted[index - 1][1] > begin:
            index -= 1
            found.append(index)
        return found

    def insert(begin: int, end: int, soort: str) -> None:
        index = bisect.bisect_left(starts, begin)
        starts.insert(index, begin)
        accepted.insert(index, [begin, end, soort])

    for begin, end, soort, _ in order:
        clash_indexes = clashes_with(begin, end)
        clashes = [accepted[i] for i in clash_indexes]
        if not clashes:
            insert(begin, end, soort)
        elif all(a[2] == soort for a in clashes):
            for i in sorted(clash_indexes, reverse=True):
                del starts[i], accepted[i]
            lo = min([begin] + [a[0] for a in clashes])
            hi = max([end] + [a[1] for a in clashes])
            insert(lo, hi, soort)
        else:
            # Keep the part of a weaker span that nothing stronger claims: "L.M. Bosman" out
            # of "L.M. Bosman van het Eemhof" when "Eemhof Ziekenhuis" is an institution.
            for lo, hi in _leftover(begin, end, clashes):
                trimmed = _trim(text, lo, hi)
                if trimmed and not clashes_with(*trimmed):
                    insert(trimmed[0], trimmed[1], soort)
    return [(a[0], a[1], a[2]) for a in accepted]


def _leftover(begin: int, end: int, clashes: Sequence[list[Any]]) -> list[tuple[int, int]]:
    pieces = [(begin, end)]
    for lo, hi, _ in clashes:
        pieces = [
            part
            for b, e in pieces
            for part in ((b, min(e, lo)), (max(b, hi), e))
            if part[1] - part[0] > 0
        ]
    return pieces


def _trim(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """Shrink a leftover piece to its capitalised or numeric core, or drop it."""
    piece = text[begin:end]
    head = re.match(rf"(?:[\s,;:]+|[{_LO}]+(?:\s+|$))*", piece)
    tail = re.search(rf"(?:\s+[{_LO}]+|[\s,;:]+)*$", piece)
    lo = begin + (head.end() if head else 0)
    hi = begin + (tail.start() if tail else len(piece))
    core = text[lo:hi]
    if hi - lo >= 2 and re.search(rf"[{_UP}\d]", core) and re.search(r"\w\w", core):
        return lo, hi
    return None


def findings_as_json(findings: Iterable[Finding]) -> dict[str, list[dict[str, Any]]]:
    """The shape the command line prints: ``{"gevonden": [...]}``."""
    return {"gevonden": [f.as_dict() for f in findings]}
