"""Pair the sentences of the parents' meeting report with those of the school's report.

Both reports are split into sentences (``text``). Each sentence becomes a bag of meaning
words: lemmas from simplemma, people as their role, dates, times and how often as ``#``
words. Two sentences make the same point as far as each one's words are found in the other,
words matched as the same lemma, a compound on its tail, or a spelling variant (rapidfuzz).
Words that occur everywhere, such as the child's name, count less. ``compare`` decides what
differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from dossierwijs.core.meetings.facts import Facts, extract_facts
from dossierwijs.core.meetings.text import Participants, Unit, content_words, split_report


@dataclass
class Side:
    """One report: its sentences and, per sentence, its meaning words and facts."""

    units: list[Unit]
    participants: Participants
    bags: list[list[str]]
    facts: list[Facts]


def _same_word(a: str, b: str) -> bool:
    """Lemmas that mean the same here: equal, one a compound ending in the other, or a typo."""
    if a == b:
        return True
    if a.startswith("@") or b.startswith("@"):
        return False
    a, b = _stem(a), _stem(b)
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) >= 5 and (long.endswith(short) or long.startswith(short)):
        return True
    return len(short) >= 6 and fuzz.ratio(a, b) >= 88


def _stem(word: str) -> str:
    """A crude Dutch stem: "ondertekenen" and "teken" (simplemma's lemma of tekenen) meet."""
    for suffix in ("en", "s", "e"):
        if len(word) > 5 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def coverage(bag: list[str], other: list[str], weights: dict[str, float]) -> float:
    """Weighted share of ``bag`` found in ``other``."""
    if not bag:
        return 0.0
    total = sum(weights.get(w, 1.0) for w in bag)
    found = sum(weights.get(w, 1.0) for w in bag if any(_same_word(w, o) for o in other))
    return found / total


def _weights(own: Side, school: Side) -> dict[str, float]:
    """Words in many sentences (the child's name, "ouders") say little about which point it is."""
    counts: dict[str, int] = {}
    bags = own.bags + school.bags
    for bag in bags:
        for word in set(bag):
            counts[word] = counts.get(word, 0) + 1
    weights = {w: 1.0 if n <= 2 else (n - 1) ** -0.5 for w, n in counts.items()}
    for name in _child_names(own, school):
        weights[name] = 0.2  # the child is in half the sentences and says nothing about which
    for word in weights:
        if word.startswith("@"):
            # People recur in every report ("ouders"); who does it is compared separately.
            weights[word] = min(weights[word], 0.6)
    return weights


def _child_names(own: Side, school: Side) -> set[str]:
    """Names in many sentences of both reports that are no participant: the child."""
    found: set[str] = set()
    units = own.units + school.units
    for bag in own.bags:
        for word in bag:
            if word.startswith(("@", "#", "~")) or word in found:
                continue
            capitalised = [
                u for u in units if re.search(r"\b" + re.escape(word.capitalize()) + r"\b", u.text)
            ]
            in_school = any(word.capitalize() in u.text for u in school.units)
            if in_school and len(capitalised) >= max(3, len(units) // 5):
                found.add(word)
    return found


def _side(text: str, *, own: bool, shared: Participants) -> Side:
    units, participants = split_report(text)
    shared.merge(participants)
    participants = shared
    facts = [extract_facts(u.text, participants, own=own) for u in units]
    bags = [
        content_words(u.text, participants, own=own)
        + [f"#{v}" for v in f.when | f.times | f.frequency]
        for u, f in zip(units, facts, strict=True)
    ]
    return Side(units, participants, bags, facts)


@dataclass
class Pairing:
    """Both reports, and how much of each sentence is found in each sentence of the other."""

    own: Side
    school: Side
    participants: Participants
    weights: dict[str, float]
    cover_own: list[list[float]]  # [i][j]: share of the parents' sentence i in school sentence j
    cover_school: list[list[float]]  # [j][i]: share of school sentence j in the parents' i
    school_has_agreements: bool

    def similarity(self, i: int, j: int) -> float:
        """How far the parents' sentence ``i`` and school sentence ``j`` make the same point."""
        a, b = self.cover_own[i][j], self.cover_school[j][i]
        harmonic = 2 * a * b / (a + b) if a + b else 0.0
        own_agreement = self.own.units[i].in_agreements
        if self.school_has_agreements and own_agreement != self.school.units[j].in_agreements:
            harmonic *= 0.85  # an agreement is most likely among the school's agreements
        return harmonic


def pair_reports(own_text: str, school_text: str) -> Pairing:
    # Names from both attendee lists, so "Sandra" is known to be the intern begeleider
    # also where only the school's report says so.
    participants = Participants()
    participants.merge(split_report(own_text)[1])
    school = _side(school_text, own=False, shared=participants)
    own = _side(own_text, own=True, shared=participants)
    weights = _weights(own, school)
    return Pairing(
        own,
        school,
        participants,
        weights,
        cover_own=[[coverage(e, s, weights) for s in school.bags] for e in own.bags],
        cover_school=[[coverage(s, e, weights) for e in own.bags] for s in school.bags],
        school_has_agreements=any(u.in_agreements for u in school.units),
    )
