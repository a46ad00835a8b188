"""A meeting report as a list of sentences ("units"), each knowing its section.

Reports are a mix of headings, ``Label: value`` lines (date, attendees), running text and
bullet lists. The comparer only looks at sentences; the attendee lines are read for who is
who (``Participants``), so "Sandra" in one report and "de intern begeleider" in the other
are recognised as the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dossierwijs.core.meetings.vocabulary import STOPWORDS, canonical_role, role_spans

# Labels of lines that describe the meeting rather than say what happened in it.
META_LABELS = {
    "datum",
    "datum gesprek",
    "tijd",
    "plaats",
    "locatie",
    "aanwezig",
    "aanwezigen",
    "afwezig",
    "afgemeld",
    "verslag",
    "verslaglegging",
    "notulist",
    "notulen",
    "leerling",
    "groep",
    "klas",
    "kopie aan",
    "gespreksleider",
    "wie",
    "waar",
    "wanneer",
    "deelnemers",
    "genodigden",
}
PARTICIPANT_LABELS = ("aanwezig", "gespreksleider", "wie", "deelnemers", "genodigden")

BULLET = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))\s*")
ABBREVIATIONS = {
    "dhr",
    "mw",
    "mevr",
    "mr",
    "dr",
    "drs",
    "ir",
    "ing",
    "o.a",
    "bijv",
    "bv",
    "i.p.v",
    "ivm",
    "i.v.m",
    "m.b.t",
    "t.a.v",
    "nr",
    "ca",
    "z.s.m",
    "e.d",
    "evt",
    "incl",
    "excl",
}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý'‘\"(\d])")
WORD = re.compile(r"[\wÀ-ÿ]+(?:['’\-][\wÀ-ÿ]+)*")


@dataclass(frozen=True)
class Unit:
    """One sentence of a report."""

    text: str
    section: str  # the heading above it, lower case ("" before the first heading)
    index: int
    bullet: bool

    @property
    def in_agreements(self) -> bool:
        return "afspra" in self.section or "besluit" in self.section


@dataclass
class Participants:
    """Names seen in the attendee line, mapped to a canonical role ("ib", "leerkracht", …)."""

    by_name: dict[str, str] = field(default_factory=dict)
    # Roles that are one person: the same name with another role in the other report.
    same: set[frozenset[str]] = field(default_factory=set)

    def merge(self, other: Participants) -> None:
        for name, role in other.by_name.items():
            mine = self.by_name.setdefault(name, role)
            if mine != role:
                self.same.add(frozenset((mine, role)))
        self.same |= other.same

    def same_role(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.same

    def add_line(self, value: str) -> None:
        for entry in re.split(r",|;|\ben\b(?![^(]*\))", value):
            name, _, role_text = entry.partition("(")
            role = canonical_role(role_text) or canonical_role(name)
            if not role:
                continue
            for word in WORD.findall(name):
                if word[:1].isupper() and word.lower() not in STOPWORDS and len(word) > 2:
                    self.by_name.setdefault(word.lower(), role)


def _is_heading(line: str) -> bool:
    if line.endswith((".", "!", "?", ";")) or ":" in line.rstrip(":")[:-1]:
        return False
    return len(line.split()) <= 12


def _split_sentences(text: str) -> list[str]:
    parts = SENTENCE_END.split(text)
    merged: list[str] = []
    for part in parts:
        if merged:
            last_word = merged[-1].rsplit(None, 1)[-1].rstrip(".").lower()
            # "dhr. Bakker", "S. Koolhoven": an abbreviation or an initial, not a sentence end.
            if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                merged[-1] += " " + part
                continue
        merged.append(part)
    return [p.strip() for p in merged if p.strip()]


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines a PDF or e-mail wrapped mid-sentence: the next line goes on in lower case."""
    joined: list[str] = []
    for line in lines:
        stripped = line.strip()
        previous = joined[-1].rstrip() if joined else ""
        if (
            stripped
            and previous
            and stripped[0].islower()
            and not BULLET.match(stripped)
            and not previous.endswith((".", "!", "?", ":", ";"))
        ):
            joined[-1] = previous + " " + stripped
        else:
            joined.append(line)
    return joined


def split_report(text: str) -> tuple[list[Unit], Participants]:
    """The sentences of a report with their section, and the participants it names."""
    units: list[Unit] = []
    participants = Participants()
    section = ""
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            for sentence in _split_sentences(" ".join(paragraph)):
                units.append(Unit(sentence, section, len(units), bullet=False))
            paragraph.clear()

    for raw in _unwrap(text.replace("\r", "").split("\n")):
        line = raw.strip()
        if not line:
            flush()
            continue
        bullet_match = BULLET.match(line)
        numbered_heading = re.match(r"^\d{1,2}[.)]\s", line) and _is_heading(line)
        is_bullet = bool(bullet_match) and not numbered_heading
        label, colon, value = line.partition(":")
        if colon and label.strip().lower() in META_LABELS:
            flush()
            if label.strip().lower().startswith(PARTICIPANT_LABELS):
                participants.add_line(value)
            continue
        if is_bullet:
            flush()
            body = line[bullet_match.end() :].strip() if bullet_match else line
            for sentence in _split_sentences(body):
                units.append(Unit(sentence, section, len(units), bullet=True))
            continue
        if _is_heading(line.rstrip(":")) and not paragraph:
            flush()
            section = BULLET.sub("", line).rstrip(":").lower()
            continue
        if colon and len(label.split()) <= 5 and value.strip():
            # "Aanleiding: het gedrag van Sem op het plein." is a heading with its text.
            flush()
            section = label.strip().lower()
            paragraph.append(value.strip())
            continue
        paragraph.append(line)
    flush()
    return units, participants


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="nl").lower()


def words(text: str) -> list[str]:
    """Lower-case words of a sentence."""
    return [w.lower() for w in WORD.findall(text)]


def content_words(text: str, participants: Participants, *, own: bool) -> list[str]:
    """Lemmas that carry meaning; people become "@role" so names and roles align.

    ``own``: the parents' report, where "wij" and "ik" are the parents.
    """
    result: list[str] = []
    rest = text
    for pattern, token in CONCEPTS:
        if pattern.search(rest):
            result.append(token)
            rest = pattern.sub(" ", rest)
    for start, end, key in reversed(role_spans(text, first_person_is_parent=own)):
        result.append("@" + key)
        rest = rest[:start] + " " + rest[end:]
    for word in WORD.findall(rest):
        low = word.lower()
        if low in participants.by_name:
            result.append("@" + participants.by_name[low])
            continue
        if low in STOPWORDS or low.isdigit() or len(low) < 2:
            continue
        lem = lemma(low)
        if lem not in LEMMA_STOPWORDS:
            result.append(lem)
    return result


# The same thing said in other words, as one token ("~vervolg" for "volgend gesprek",
# "evaluatie", "we spreken elkaar weer").
CONCEPTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), token)
    for pattern, token in (
        (
            r"\b(?:vervolg\w*|volgend(?:e)? (?:gesprek|overleg|afspraak)|evaluatie\w*|"
            r"evalu(?:eren|eert|eren we)|spreken elkaar (?:weer|opnieuw)|praten (?:we )?(?:verder|weer)|"
            r"nieuw(?:e)? (?:overleg|gesprek)|kijken[^.]{0,40}hoe het gaat)\b",
            "~vervolg",
        ),
        (
            r"\b(?:laat|laten)\s+(?:\w+\s+){0,4}weten|\bkoppel\w* (?:\w+ ){0,3}terug\b|"
            r"\bterugkoppel\w*|\binformeer\w*|\binformeert\b|\bupdate\b|\bop de hoogte\b|"
            r"\bbel(?:t|len)\b|\bneemt\s+(?:\w+\s+){0,4}contact\s+(?:\w+\s+){0,3}op\b|"
            r"\bcontact opnemen\b|\bmailt\b",
            "~informeren",
        ),
        (
            r"\b(?:toestemming|instemming|instemmen|stemmen in|stemt in|akkoord|goedkeuring)\b",
            "~toestemming",
        ),
    )
)

# Verbs of reporting and auxiliaries: every report is full of them, they align nothing.
LEMMA_STOPWORDS = {
    "vertellen",
    "zeggen",
    "uitleggen",
    "leggen",
    "toelichten",
    "lichten",
    "aangeven",
    "merken",
    "zien",
    "zijn",
    "hebben",
    "worden",
    "zullen",
    "kunnen",
    "mogen",
    "moeten",
    "willen",
    "gaan",
    "laten",
    "geven",
    "krijgen",
}
