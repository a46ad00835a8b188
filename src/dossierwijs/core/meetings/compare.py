"""Compare the parents' own meeting report with the school's report.

Steps: split both reports into sentences (``text``); align each sentence with its nearest
counterpart by shared meaning words (lemmas from simplemma, people as their role, compound
words matched on their tail, rapidfuzz for spelling variants); then, per pair, compare the
facts that matter later (``facts``: dates, times, how often, how many, who does it, yes or no,
a condition). What the parents said or agreed and the school left out is ``ontbreekt``; what
the school wrote that matches nothing of the parents is ``extra``; judgmental wording comes
from ``lexicon``.

The thresholds were set on report pairs written for that purpose (bench/meeting_pairs/tuned)
and checked on pairs kept aside (bench/meeting_pairs/sealed); see bench/meeting_compare.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from dossierwijs.core.meetings.facts import (
    WHY,
    Facts,
    compare_facts,
    condition_dropped,
    extract_facts,
)
from dossierwijs.core.meetings.lexicon import judging_reason
from dossierwijs.core.meetings.text import (
    Participants,
    Unit,
    content_words,
    lemma,
    split_report,
    words,
)

KINDS = ("ontbreekt", "anders", "oordelend", "extra")

# A pair closer than this is "the same point"; below MISSING the parents' point is absent.
SAME_POINT = 0.45
MISSING = 0.34
EXTRA = 0.30
COUNTERPART = MISSING

# A sentence of the parents that states their position or an objection.
STANCE = re.compile(
    r"\b(?:wij|we|ik|ouders|moeder|vader)\b(?:(?!\b(?:dat|die|of)\b)[^.;]){0,50}\b(?:vind|vinden|"
    r"vond|vonden|wil|willen|wilde|wilden|wensen|vragen om|vroegen om|gevraagd om|vragen dat|"
    r"eisen|verwachten|weigeren|overwegen|bezwaar|eens|oneens|akkoord|toestemming|stemmen|stem|"
    r"tekenen|teken|ondertekenen|zorgen)\b"
    r"|\b(?:dat|dit)\s+(?:wil|willen)\s+(?:ik|wij|we)\s+niet\b",
    re.IGNORECASE,
)
# A sentence of the school that decides or does something (worth flagging when not discussed).
ACTION = re.compile(
    r"\b(?:afgesproken|besloten|besluit|meldt|melding|zorgmelding|aangemeld|aanmelden|meldt aan|"
    r"doorverwezen|verwijst|opgevraagd|vraagt\b[^.]*\bop|deelt|gedeeld|stuurt|gestuurd|krijgt|"
    r"gaan akkoord|gaat akkoord|stemmen in|stemt in|zien af|ziet af|inschakelen|ingeschakeld|"
    r"plant|start|begint)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Difference:
    """One difference between the two reports, both sentences side by side."""

    soort: str  # ontbreekt | anders | oordelend | extra
    eigen: str  # the parents' sentence, "" when it has no counterpart
    school: str  # the school's sentence, "" when it has no counterpart
    uitleg: str  # plain Dutch: what differs and why it matters

    def to_json(self) -> dict[str, str]:
        return {
            "soort": self.soort,
            "eigen": self.eigen,
            "school": self.school,
            "uitleg": self.uitleg,
        }


@dataclass(frozen=True)
class Comparison:
    verschillen: tuple[Difference, ...]

    def to_json(self) -> dict[str, list[dict[str, str]]]:
        return {"verschillen": [d.to_json() for d in self.verschillen]}


@dataclass
class _Side:
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


def _coverage(bag: list[str], other: list[str], weights: dict[str, float]) -> float:
    """Weighted share of ``bag`` found in ``other``."""
    if not bag:
        return 0.0
    total = sum(weights.get(w, 1.0) for w in bag)
    found = sum(weights.get(w, 1.0) for w in bag if any(_same_word(w, o) for o in other))
    return found / total


def _weights(own: _Side, school: _Side) -> dict[str, float]:
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


def _child_names(own: _Side, school: _Side) -> set[str]:
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


def _side(text: str, *, own: bool, shared: Participants) -> _Side:
    units, participants = split_report(text)
    shared.merge(participants)
    participants = shared
    facts = [extract_facts(u.text, participants, own=own) for u in units]
    bags = [
        content_words(u.text, participants, own=own)
        + [f"#{v}" for v in f.when | f.times | f.frequency]
        for u, f in zip(units, facts, strict=True)
    ]
    return _Side(units, participants, bags, facts)


def _is_agreement(unit: Unit) -> bool:
    return unit.in_agreements or (unit.bullet and not unit.section)


def _background(unit: Unit) -> bool:
    return any(
        key in unit.section
        for key in ("doel", "aanleiding", "waarom", "waarover", "vervolg", "tot slot")
    )


def _important_own(unit: Unit) -> str:
    """Why the parents' sentence must be in the school's report: 'afspraak', 'standpunt' or ''."""
    if _background(unit):
        return ""
    if _is_agreement(unit):
        return "afspraak"
    if STANCE.search(unit.text):
        return "standpunt"
    return ""


def _overlap_text(a: str, b: str) -> float:
    bag_a = [lemma(w) for w in words(a) if len(w) > 3]
    bag_b = [lemma(w) for w in words(b) if len(w) > 3]
    return _coverage(bag_a, bag_b, {})


def _missing_reason(kind: str, text: str) -> str:
    if kind == "afspraak":
        return (
            "Deze afspraak staat niet in het verslag van school. Staat zij er niet in, dan kan "
            "later onduidelijk zijn of zij is gemaakt. Vraag school om haar toe te voegen."
        )
    objection = re.search(r"\b(niet|geen|bezwaar|oneens|weiger)", text, re.IGNORECASE)
    what = "Uw bezwaar" if objection else "Uw standpunt"
    return (
        f"{what} staat niet in het verslag van school. Wie het verslag later leest, weet dan "
        "niet wat u vond. Vraag school om het toe te voegen."
    )


def _different_reason(points: list[tuple[str, str]], condition: str) -> str:
    parts = [p[0].upper() + p[1:] + "." for _, p in points]
    if condition:
        parts.append(f"Uw voorwaarde is weggevallen: '{condition}'.")
        parts.append("Zo lijkt het alsof u zonder voorwaarde akkoord ging.")
    for kind in dict.fromkeys(kind for kind, _ in points):
        parts.append(WHY[kind])
    return " ".join(parts)


_NOT_KEY = re.compile(
    r"^(?:moeder|vader|ouders?|gezin|het|de|een|is|was|zijn|waren|lijkt|lijken|erg|zeer|heel|"
    r"nogal|wat|soms|vaak|te|tijdens|in|gesprek|reageerde|reageerden|kwam|kwamen|over)$"
)


def _parents_wrote_it(judging: str, own_units: list[Unit]) -> bool:
    """True when the parents used the same judging words themselves ("Finn is vaak boos")."""
    keys = [w for w in words(judging) if not _NOT_KEY.match(w)]
    if not keys:
        return False
    return any(
        all(re.search(r"\b" + re.escape(k) + r"\b", u.text, re.IGNORECASE) for k in keys)
        for u in own_units
    )


def compare_reports(own_text: str, school_text: str) -> Comparison:
    """The differences between the parents' report (``own_text``) and the school's."""
    # Names from both attendee lists, so "Sandra" is known to be the intern begeleider
    # also where only the school's report says so.
    participants = Participants()
    split_own = split_report(own_text)[1]
    participants.merge(split_own)
    school = _side(school_text, own=False, shared=participants)
    own = _side(own_text, own=True, shared=participants)
    weights = _weights(own, school)

    cover_own = [
        [_coverage(e, s, weights) for s in school.bags] for e in own.bags
    ]  # share of the parents' sentence found in each school sentence
    cover_school = [
        [_coverage(s, e, weights) for e in own.bags] for s in school.bags
    ]  # share of each school sentence found in the parents' sentence

    school_has_agreements = any(u.in_agreements for u in school.units)

    def similarity(i: int, j: int) -> float:
        a, b = cover_own[i][j], cover_school[j][i]
        harmonic = 2 * a * b / (a + b) if a + b else 0.0
        if school_has_agreements and own.units[i].in_agreements != school.units[j].in_agreements:
            harmonic *= 0.85  # an agreement is most likely among the school's agreements
        return harmonic

    found: list[tuple[int, Difference]] = []  # (order, difference)
    used_school: set[int] = set()
    judged: set[int] = set()
    replaced: set[int] = set()  # parents' sentences a judging sentence stands in for

    for j, unit in enumerate(school.units):
        judgment = judging_reason(unit.text)
        if judgment is None:
            continue
        words_used, reason = judgment
        if _parents_wrote_it(words_used, own.units):
            continue
        best = max(range(len(own.units)), key=lambda i: similarity(i, j), default=None)
        counterpart = ""
        if best is not None and similarity(best, j) >= COUNTERPART:
            # The judging sentence stands where the parents' point should have been.
            counterpart = own.units[best].text
            replaced.add(best)
        judged.add(j)
        found.append(
            (
                1000 + j,
                Difference(
                    "oordelend",
                    counterpart,
                    unit.text,
                    f"'{words_used}' is oordelend of vaag. {reason}",
                ),
            )
        )

    for i, unit in enumerate(own.units):
        kind = "" if i in replaced else _important_own(unit)
        candidates = [j for j in range(len(school.units)) if j not in judged]
        if not candidates:
            continue
        j = max(candidates, key=lambda j: similarity(i, j))
        sim = similarity(i, j)
        if sim >= MISSING or cover_own[i][j] >= 0.6:
            agreement = _is_agreement(unit) and _is_agreement(school.units[j])
            points = compare_facts(
                own.facts[i], school.facts[j], agreement=agreement, same_role=participants.same_role
            )
            if sim < SAME_POINT:
                # A turned-around position needs the two sentences to be about the same point.
                points = [p for p in points if p[0] != "standpunt"]
            if not kind:
                # Background facts: only a changed date or number is worth raising.
                points = [p for p in points if p[0] != "standpunt"]
            condition = condition_dropped(own.facts[i], school.units[j].text, _overlap_text)
            if points or condition:
                used_school.add(j)
                found.append(
                    (
                        i,
                        Difference(
                            "anders",
                            unit.text,
                            school.units[j].text,
                            _different_reason(points, condition),
                        ),
                    )
                )
                continue
            if sim >= SAME_POINT or cover_own[i][j] >= 0.6:
                used_school.add(j)
                continue
        objection_lost = (
            kind
            and own.facts[i].negated
            and not school.facts[j].negated
            and sim < SAME_POINT
            and cover_own[i][j] < 0.6
        )
        somewhere = max(cover_own[i][k] for k in candidates) >= 0.6
        if kind and ((sim < MISSING and not somewhere) or objection_lost):
            found.append(
                (i, Difference("ontbreekt", unit.text, "", _missing_reason(kind, unit.text)))
            )

    for j, unit in enumerate(school.units):
        if j in judged or j in used_school or _background(unit):
            continue
        if not (_is_agreement(unit) or ACTION.search(unit.text)):
            continue
        # What is done, not who: the people recur everywhere and would hide a new action.
        things = [w for w in school.bags[j] if not w.startswith("@")] or school.bags[j]
        best_cover = max((_coverage(things, bag, weights) for bag in own.bags), default=0.0)
        if best_cover < EXTRA:
            found.append(
                (
                    2000 + j,
                    Difference(
                        "extra",
                        "",
                        unit.text,
                        "Dit staat in het verslag van school, maar is volgens uw verslag niet "
                        "besproken of afgesproken. Wie het later leest, denkt dat u ermee "
                        "instemde. Vraag school om het te schrappen of uit te leggen.",
                    ),
                )
            )

    found.sort(key=lambda pair: pair[0])
    return Comparison(tuple(d for _, d in found))
