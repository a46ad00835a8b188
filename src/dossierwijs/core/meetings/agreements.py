"""Agreements in the parents' own report that carry a date, for Termijnen and the calendar.

"Juf Marieke stuurt elke twee weken een update — volgende 15 januari" becomes an agreement
due 15 January. A date without a year is the first such date on or after the meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dossierwijs.core.meetings.vocabulary import MONTHS

_DAY_MONTH = re.compile(
    r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.IGNORECASE
)
_NUMERIC = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")


@dataclass(frozen=True)
class DatedAgreement:
    text: str  # the agreement as the parents wrote it
    due: date


def _resolve(day: int, month: int, year: int | None, after: date) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        found = date(after.year, month, day)
        return found if found >= after else date(after.year + 1, month, day)
    except ValueError:
        return None  # 31 februari: not a date, so no deadline


def dated_agreements(agreements: str, held_on: date) -> list[DatedAgreement]:
    """Each agreement line with the first date it names, in date order."""
    found: list[DatedAgreement] = []
    for raw in agreements.splitlines():
        line = raw.strip().lstrip("-•* ").strip()
        if not line:
            continue
        due = None
        match = _DAY_MONTH.search(line)
        if match:
            month = list(MONTHS).index(match.group(2).lower()) + 1
            year = int(match.group(3)) if match.group(3) else None
            due = _resolve(int(match.group(1)), month, year, held_on)
        else:
            numeric = _NUMERIC.search(line)
            if numeric and 1 <= int(numeric.group(2)) <= 12:
                due = _resolve(
                    int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)), held_on
                )
        if due is not None:
            found.append(DatedAgreement(line, due))
    return sorted(found, key=lambda a: a.due)
