"""The checkable facts in one sentence: when, how often, how long, how many, who, yes or no.

Two aligned sentences are compared fact by fact (``compare_facts``); each difference comes
back as a plain-Dutch phrase for the explanation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dossierwijs.core.meetings.text import Participants, words
from dossierwijs.core.meetings.vocabulary import (
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    ROLE_NAMES,
    STAFF_ROLES,
    WEEKDAYS,
    role_spans,
)

_NUM = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_MONTH = "(" + "|".join(MONTHS) + ")"
DATE_WORDS = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r"\b", re.IGNORECASE)
DATE_NUMERIC = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{2,4})\b")
TIME = re.compile(r"\b(\d{1,2})[.:](\d{2})(?:\s*(?:uur|u)\b)?")
HOLIDAY = re.compile(
    r"\b(vóór|voor|na|tijdens|in|rond|eind|begin)\s+(?:de\s+|het\s+)?("
    + "|".join(HOLIDAYS)
    + r")\b",
    re.IGNORECASE,
)
MONTH_PART = re.compile(r"\b(eind|begin|half|medio)\s+" + _MONTH, re.IGNORECASE)
PERIOD = re.compile(
    r"\b(binnen|over|na|komende|uiterlijk over)\s+"
    + _NUM
    + r"\s+(dag|dagen|week|weken|maand|maanden|jaar)\b",
    re.IGNORECASE,
)
FREQUENCY = re.compile(
    r"\b(?:(?:elke|iedere|eens per|één keer per|een keer per|om de)\s+(?:"
    + _NUM
    + r"\s+)?(dag|dagen|week|weken|maand|maanden)|(?:per)\s+(dag|week|maand)"
    + r"|(dagelijks|wekelijks|tweewekelijks|maandelijks)"
    + r"|(?:elke|iedere)\s+("
    + "|".join(WEEKDAYS)
    + r"))\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"\b(?:" + _NUM + r"\s+(minuten|minuut|uur)|(een\s+)?(kwartier)|(anderhalf uur)|(half uur))\b",
    re.IGNORECASE,
)
COUNT = re.compile(r"\b" + _NUM + r"\s+(?:extra\s+)?([a-zà-ÿ]{3,})\b", re.IGNORECASE)
NOT_COUNTED = set(MONTHS) | {
    "minuten",
    "minuut",
    "uur",
    "dag",
    "dagen",
    "week",
    "weken",
    "maand",
    "maanden",
    "jaar",
    "keer",
    "per",
    "havo",
    "vwo",
    "vmbo",
}
NEGATION = re.compile(
    r"\b(niet|geen|nooit|niets|niemand|nergens|oneens|weigeren|weigert|weigeren|bezwaar|"
    r"tegen|zien\s+\w*\s*af|ziet\s+\w*\s*af|zien hiervan af|afwijzen|wijzen af|wijst af)\b",
    re.IGNORECASE,
)
SUBCLAUSE = re.compile(r"\b(omdat|want|doordat|zodat|terwijl|maar|voordat|nadat|zolang)\b|;")
CONDITION = re.compile(
    r"\b(op voorwaarde dat|onder voorwaarde dat|mits|alleen als|alleen wanneer|alleen na|"
    r"pas als|pas na|pas wanneer|tenzij|zolang)\b",
    re.IGNORECASE,
)
LIMITED = re.compile(
    r"\b(?:alleen|uitsluitend|slechts|enkel)\b(?! als| wanneer| na| bij)[^,.;]{0,40}|"
    r"\bniet (?:het hele|het volledige|alles)\b[^,.;]{0,30}|\bsamenvatting\b",
    re.IGNORECASE,
)
WHOLE = re.compile(
    r"\b(?:volledige?|hele|gehele|complete|alle stukken|het hele)\b[^,.;]{0,30}", re.IGNORECASE
)
PREPOSITION_BEFORE = re.compile(
    r"\b(aan|naar|met|bij|van|door|voor|over|tegen|tot|om|dat|of|met de|namens)\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


PLURAL = {"dag": "dagen", "week": "weken", "maand": "maanden"}


def _number(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token.lower(), 1)


def _unit(word: str) -> str:
    return {"dagen": "dag", "weken": "week", "maanden": "maand"}.get(word.lower(), word.lower())


@dataclass
class Facts:
    when: set[str] = field(default_factory=set)  # dates, holidays, periods, as Dutch phrases
    times: set[str] = field(default_factory=set)
    frequency: set[str] = field(default_factory=set)
    minutes: set[int] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    actor: str = ""  # the role that does it, when the sentence starts with one
    negated: bool = False  # the main clause says no
    condition: str = ""  # the condition, as written
    limited: str = ""  # "alleen de samenvatting": the parents limited what or how much
    whole: str = ""  # "het volledige verslag"


def _main_clause(text: str) -> str:
    """The sentence without its reasons and conditions ("omdat …", a leading "Als …,")."""
    leading = re.match(r"\s*(?:als|wanneer|indien|zodra|mocht)\b[^,]*,\s*", text, re.IGNORECASE)
    if leading:
        text = text[leading.end() :]
    return SUBCLAUSE.split(text, maxsplit=1)[0]


def _actor(text: str, participants: Participants, own: bool) -> str:
    """The role that is the subject: the first person named who is not after a preposition."""
    lowered = text.lower()
    spans = list(role_spans(lowered, first_person_is_parent=own))
    for match in re.finditer(r"[\wÀ-ÿ]+", lowered):
        if match.group(0) in participants.by_name:
            spans.append((match.start(), match.end(), participants.by_name[match.group(0)]))
    if re.match(r"\s*(?:de\s+)?school\b", lowered):
        spans.append((0, 6, "school"))
    main = len(_main_clause(lowered))
    for start, end, key in sorted(spans):
        if start > main or start > 60:
            break
        if lowered[start:end] in ("ons", "onze", "mij", "me", "mijn"):
            continue  # an object or owner, never the one who does it
        if PREPOSITION_BEFORE.search(lowered[:start]):
            continue
        return key
    return ""


def extract_facts(text: str, participants: Participants, *, own: bool) -> Facts:
    """The facts of one sentence (``own``: written by the parents, "wij" are the parents)."""
    facts = Facts()
    lowered = text.lower().replace("vóór", "voor")
    used: list[tuple[int, int]] = []
    for match in DATE_WORDS.finditer(lowered):
        facts.when.add(f"{int(match.group(1))} {match.group(2)}")
        used.append(match.span())
    for match in DATE_NUMERIC.finditer(lowered):
        month = int(match.group(2))
        if 1 <= month <= 12:
            facts.when.add(f"{int(match.group(1))} {list(MONTHS)[month - 1]}")
            used.append(match.span())
    for match in HOLIDAY.finditer(lowered):
        facts.when.add(f"{match.group(1)} de {match.group(2)}")
    for match in MONTH_PART.finditer(lowered):
        facts.when.add(f"{match.group(1)} {match.group(2)}")
    for match in PERIOD.finditer(lowered):
        unit = _unit(match.group(3))
        facts.when.add(f"{match.group(1)} {match.group(2)} {match.group(3)}".replace(unit, unit))
    for match in TIME.finditer(lowered):
        if any(a <= match.start() < b for a, b in used):
            continue
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours < 24 and minutes < 60:
            facts.times.add(f"{hours}.{minutes:02d} uur")
            used.append(match.span())
    for match in FREQUENCY.finditer(lowered):
        number, unit, per, adverb, weekday = match.groups()
        if adverb:
            unit = {"dagelijks": "dag", "maandelijks": "maand"}.get(adverb, "week")
            facts.frequency.add("elke 2 weken" if adverb == "tweewekelijks" else f"elke {unit}")
        elif weekday:
            facts.frequency.add("elke week")
        else:
            unit = _unit(unit or per)
            n = _number(number) if number else 1
            if match.group(0).startswith("om de") and not number:
                n = 2 if unit == "week" else 1
            facts.frequency.add(f"elke {unit}" if n == 1 else f"elke {n} {PLURAL[unit]}")
    for match in DURATION.finditer(lowered):
        if any(a <= match.start() < b for a, b in used):
            continue
        number, unit, _een, quarter, one_half, half = match.groups()
        if quarter:
            facts.minutes.add(15)
        elif one_half:
            facts.minutes.add(90)
        elif half:
            facts.minutes.add(30)
        elif number and unit:
            before = lowered[: match.start()]
            if unit == "uur" and re.search(r"\bom\s*$", before):
                continue  # "om 10 uur" is a time of day
            facts.minutes.add(_number(number) * (60 if unit == "uur" else 1))
    for match in COUNT.finditer(lowered):
        if any(a <= match.start() < b for a, b in used):
            continue
        noun = match.group(2)
        if noun in NOT_COUNTED or noun in NUMBER_WORDS:
            continue
        if match.group(1) in ("een", "één") and noun not in ("ochtend", "middag", "les", "keer"):
            continue  # "een gesprek" is an article, not a count
        facts.counts[noun.rstrip("s").removesuffix("en")] = _number(match.group(1))
    for match in re.finditer(r"\b" + _NUM + r"\s+keer\b", lowered):
        facts.counts["keer"] = _number(match.group(1))
    facts.actor = _actor(text, participants, own)
    facts.negated = bool(len(NEGATION.findall(_main_clause(lowered))) % 2)
    limited = LIMITED.search(lowered)
    facts.limited = limited.group(0) if limited else ""
    whole = WHOLE.search(lowered)
    facts.whole = whole.group(0) if whole else ""
    condition = CONDITION.search(lowered)
    if condition:
        facts.condition = text[condition.start() :].rstrip(".")
    return facts


def _differs(own: set, school: set) -> bool:
    # Only when nothing matches: a school sentence that merges two bullets has both values.
    return bool(own) and bool(school) and not (own & school)


def _say(values: set) -> str:
    return " en ".join(sorted(str(v) for v in values))


# Why each kind of change matters, in plain Dutch.
WHY = {
    "wanneer": "Het verslag is later de maatstaf: met deze datum kunt u school niet meer aan "
    "de afgesproken termijn houden.",
    "hoeveel": "Het verslag is later de maatstaf: uw kind krijgt dan wat daar staat, niet wat "
    "is afgesproken.",
    "wie": "Dan is later onduidelijk wie het moet doen, en kan niemand erop worden aangesproken.",
    "standpunt": "Wie het verslag later leest, denkt dat u het omgekeerde vond.",
    "beperking": "Zo lijkt het alsof u met meer instemde dan u deed.",
}


def compare_facts(
    own: Facts, school: Facts, *, agreement: bool, same_role=None
) -> list[tuple[str, str]]:
    """(kind, plain-Dutch phrase) for each fact the school's sentence states differently.

    Kinds: "wanneer", "hoeveel", "wie", "standpunt", "beperking" (see ``WHY``).
    """
    found: list[tuple[str, str]] = []
    if _differs(own.when, school.when):
        found.append(
            (
                "wanneer",
                f"een andere datum of termijn: in uw verslag {_say(own.when)}, "
                f"bij school {_say(school.when)}",
            )
        )
    if _differs(own.times, school.times):
        found.append(
            (
                "wanneer",
                f"een andere tijd: in uw verslag {_say(own.times)}, bij school {_say(school.times)}",
            )
        )
    if _differs(own.frequency, school.frequency):
        found.append(
            (
                "hoeveel",
                f"hoe vaak: in uw verslag {_say(own.frequency)}, bij school {_say(school.frequency)}",
            )
        )
    if _differs(own.minutes, school.minutes):
        found.append(
            (
                "hoeveel",
                "hoe lang: in uw verslag "
                + _say({f"{m} minuten" for m in own.minutes})
                + ", bij school "
                + _say({f"{m} minuten" for m in school.minutes}),
            )
        )
    for noun, number in school.counts.items():
        if noun in own.counts and own.counts[noun] != number:
            found.append(
                (
                    "hoeveel",
                    f"een ander aantal: in uw verslag {own.counts[noun]}, bij school {number}",
                )
            )
    same = same_role or (lambda a, b: a == b)
    if agreement and own.actor and school.actor and not same(own.actor, school.actor):
        either_school = "school" in (own.actor, school.actor)
        other = school.actor if own.actor == "school" else own.actor
        if not (either_school and other in STAFF_ROLES):
            found.append(
                (
                    "wie",
                    f"een ander persoon verantwoordelijk: in uw verslag "
                    f"{ROLE_NAMES.get(own.actor, own.actor)}, bij school "
                    f"{ROLE_NAMES.get(school.actor, school.actor)}",
                )
            )
    if own.limited and school.whole and not school.limited:
        found.append(
            (
                "beperking",
                f"uw beperking is weggevallen: in uw verslag '{own.limited.strip()}', bij school "
                f"'{school.whole.strip()}'",
            )
        )
    if own.negated != school.negated:
        found.append(
            (
                "standpunt",
                "het standpunt is omgedraaid: in uw verslag staat een "
                + ("'nee', bij school een 'ja'" if own.negated else "'ja', bij school een 'nee'"),
            )
        )
    return found


def condition_dropped(own: Facts, school_text: str, overlap) -> str:
    """The parents' condition when the school's sentence does not carry it, else ""."""
    if not own.condition:
        return ""
    condition_words = [w for w in words(own.condition) if len(w) > 3]
    if not condition_words:
        return ""
    if re.search(CONDITION.pattern, school_text, re.IGNORECASE):
        return ""
    kept = overlap(own.condition, school_text)
    return own.condition if kept < 0.5 else ""
