"""Compare the parents' own meeting report with the school's report.

Steps: split both reports into sentences (``text``); align each sentence with its nearest
counterpart by shared meaning words (``pairing``: lemmas from simplemma, people as their
role, compound words matched on their tail, rapidfuzz for spelling variants); then, per pair,
compare the facts that matter later (``facts``: dates, times, how often, how many, who does it, yes or no,
a condition). What the parents said or agreed and the school left out is ``ontbreekt``; what
the school wrote that matches nothing of the parents is ``extra``; judgmental wording comes
from ``lexicon``.

The thresholds were set on report pairs written for that purpose (bench/meeting_pairs/tuned)
and checked on pairs kept aside (bench/meeting_pairs/sealed); see bench/meeting_compare.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossierwijs.core.meetings.facts import WHY, compare_facts, condition_dropped
from dossierwijs.core.meetings.lexicon import judging_reason
from dossierwijs.core.meetings.pairing import Pairing, coverage, pair_reports
from dossierwijs.core.meetings.text import Unit, lemma, words

KINDS = ("ontbreekt", "anders", "oordelend", "extra")

# A pair closer than this is "the same point"; below MISSING the parents' point is absent.
SAME_POINT = 0.45
MISSING = 0.34
EXTRA = 0.30
COUNTERPART = MISSING
# Most of the parents' sentence is in one school sentence: the same point, however worded.
COVERED = 0.6
EXTRA_REASON = (
    "Dit staat in het verslag van school, maar is volgens uw verslag niet besproken of "
    "afgesproken. Wie het later leest, denkt dat u ermee instemde. Vraag school om het te "
    "schrappen of uit te leggen."
)

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
    return coverage(bag_a, bag_b, {})


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
    pairing = pair_reports(own_text, school_text)
    judging, judged, replaced = _judging_sentences(pairing)
    changed_or_missing, used_school = _parents_points(pairing, judged, replaced)
    extra = _school_additions(pairing, judged | used_school)
    # In reading order: the parents' sentences, then the school's judging ones, then additions.
    found = sorted([*judging, *changed_or_missing, *extra], key=lambda pair: pair[0])
    return Comparison(tuple(d for _, d in found))


def _judging_sentences(
    pairing: Pairing,
) -> tuple[list[tuple[int, Difference]], set[int], set[int]]:
    """Judging or vague school sentences the parents did not write themselves; also which
    school sentences they are and which parents' sentences they stand in for."""
    own, school = pairing.own, pairing.school
    found: list[tuple[int, Difference]] = []
    judged: set[int] = set()
    replaced: set[int] = set()
    for j, unit in enumerate(school.units):
        judgment = judging_reason(unit.text)
        if judgment is None:
            continue
        words_used, reason = judgment
        if _parents_wrote_it(words_used, own.units):
            continue
        best = max(range(len(own.units)), key=lambda i: pairing.similarity(i, j), default=None)
        counterpart = ""
        if best is not None and pairing.similarity(best, j) >= COUNTERPART:
            # The judging sentence stands where the parents' point should have been.
            counterpart = own.units[best].text
            replaced.add(best)
        judged.add(j)
        explanation = f"'{words_used}' is oordelend of vaag. {reason}"
        found.append((1000 + j, Difference("oordelend", counterpart, unit.text, explanation)))
    return found, judged, replaced


def _parents_points(
    pairing: Pairing, judged: set[int], replaced: set[int]
) -> tuple[list[tuple[int, Difference]], set[int]]:
    """Each parents' sentence against its nearest school sentence: told differently
    (``anders``) or, for an agreement or position, left out (``ontbreekt``). Also the school
    sentences that matched one."""
    found: list[tuple[int, Difference]] = []
    used_school: set[int] = set()
    candidates = [j for j in range(len(pairing.school.units)) if j not in judged]
    if not candidates:
        return found, used_school
    for i, unit in enumerate(pairing.own.units):
        kind = "" if i in replaced else _important_own(unit)
        j = max(candidates, key=lambda j: pairing.similarity(i, j))
        sim = pairing.similarity(i, j)
        covered = pairing.cover_own[i][j] >= COVERED
        if sim >= MISSING or covered:
            changed = _told_differently(pairing, i, j, kind, sim)
            if changed is not None:
                used_school.add(j)
                found.append((i, changed))
                continue
            if sim >= SAME_POINT or covered:
                used_school.add(j)
                continue
        if kind and _left_out(pairing, i, j, sim, candidates):
            found.append(
                (i, Difference("ontbreekt", unit.text, "", _missing_reason(kind, unit.text)))
            )
    return found, used_school


def _told_differently(pairing: Pairing, i: int, j: int, kind: str, sim: float) -> Difference | None:
    own_facts, school_unit = pairing.own.facts[i], pairing.school.units[j]
    agreement = _is_agreement(pairing.own.units[i]) and _is_agreement(school_unit)
    points = compare_facts(
        own_facts,
        pairing.school.facts[j],
        agreement=agreement,
        same_role=pairing.participants.same_role,
    )
    if sim < SAME_POINT:
        # A turned-around position needs the two sentences to be about the same point.
        points = [p for p in points if p[0] != "standpunt"]
    if not kind:
        # Background facts: only a changed date or number is worth raising.
        points = [p for p in points if p[0] != "standpunt"]
    condition = condition_dropped(own_facts, school_unit.text, _overlap_text)
    if not (points or condition):
        return None
    return Difference(
        "anders",
        pairing.own.units[i].text,
        school_unit.text,
        _different_reason(points, condition),
    )


def _left_out(pairing: Pairing, i: int, j: int, sim: float, candidates: list[int]) -> bool:
    """Is the parents' sentence ``i`` absent from the school's report, given its nearest
    school sentence ``j``? Also when the school kept the point but dropped the objection."""
    objection_lost = (
        pairing.own.facts[i].negated
        and not pairing.school.facts[j].negated
        and sim < SAME_POINT
        and pairing.cover_own[i][j] < COVERED
    )
    somewhere = max(pairing.cover_own[i][k] for k in candidates) >= COVERED
    return (sim < MISSING and not somewhere) or objection_lost


def _school_additions(pairing: Pairing, accounted: set[int]) -> list[tuple[int, Difference]]:
    """Agreements and actions in the school's report that nothing in the parents' matches."""
    found: list[tuple[int, Difference]] = []
    for j, unit in enumerate(pairing.school.units):
        if j in accounted or _background(unit):
            continue
        if not (_is_agreement(unit) or ACTION.search(unit.text)):
            continue
        # What is done, not who: the people recur everywhere and would hide a new action.
        bag = pairing.school.bags[j]
        things = [w for w in bag if not w.startswith("@")] or bag
        best_cover = max(
            (coverage(things, own, pairing.weights) for own in pairing.own.bags), default=0.0
        )
        if best_cover < EXTRA:
            found.append((2000 + j, Difference("extra", "", unit.text, EXTRA_REASON)))
    return found
