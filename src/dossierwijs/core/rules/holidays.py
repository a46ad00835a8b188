"""Dutch public holidays as the Algemene termijnenwet (Atw) counts them.

Computed for any year (Easter by the Gregorian computus), so the list never runs out.

Atw art. 3 lid 1: Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, beide Kerstdagen,
Hemelvaartsdag, the day the King's birthday is celebrated (Koningsdag: 27 April, or 26 April
when 27 April is a Sunday) and 5 May (every year, not only in lustrum years).
Atw art. 3 lid 2 equates Goede Vrijdag with these days "voor de toepassing van deze wet"
(statute text quoted by staatsrechtpraktijk.nl, wvhl.nl, nl.wikipedia.org). AVG periods are
computed under Verordening 1182/71, not the Atw, and the project (issue 4) counts Goede
Vrijdag as a working day for them. It is listed here with ``equated=True`` and is a working
day unless a caller asks ``good_friday=True``; deadlines also report the later date the
school could argue for (``Deadline.due_if_good_friday_counts``).
Days the government equates by royal decree (Atw art. 3 lid 3, e.g. bridge days) are NOT
included: they are announced a few years ahead and cannot be computed. Ignoring them can make
a computed deadline one or more days too early; the Dutch notes say to check when it matters.
Confidence of the whole list for AVG deadlines: I (Verordening 1182/71 art. 2 refers to the
public holidays of the member state; which Dutch list applies there was not verified).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str  # Dutch, as shown to parents
    equated: bool = False  # True for Goede Vrijdag (Atw art. 3 lid 2)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """Koningsdag: 27 April, moved to 26 April when 27 April is a Sunday.

    Before 2014 the Queen's birthday was celebrated on 30 April (29 April if that was a Sunday).
    """
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    if day.weekday() == 6:
        day -= timedelta(days=1)
    return day


@lru_cache(maxsize=512)
def dutch_public_holidays(year: int) -> tuple[Holiday, ...]:
    """All days the Algemene termijnenwet art. 3 lid 1 and 2 treat as holidays in `year`."""
    easter = easter_sunday(year)
    days = [
        Holiday(date(year, 1, 1), "Nieuwjaarsdag"),
        Holiday(easter - timedelta(days=2), "Goede Vrijdag", equated=True),
        Holiday(easter + timedelta(days=1), "Tweede Paasdag"),
        Holiday(kings_day(year), "Koningsdag"),
        Holiday(date(year, 5, 5), "Bevrijdingsdag"),
        Holiday(easter + timedelta(days=39), "Hemelvaartsdag"),
        Holiday(easter + timedelta(days=50), "Tweede Pinksterdag"),
        Holiday(date(year, 12, 25), "Eerste Kerstdag"),
        Holiday(date(year, 12, 26), "Tweede Kerstdag"),
    ]
    return tuple(sorted(days, key=lambda h: h.day))


def holiday_on(day: date) -> Holiday | None:
    """The holiday falling on `day`, if any (the first one if two coincide)."""
    for holiday in dutch_public_holidays(day.year):
        if holiday.day == day:
            return holiday
    return None


def is_working_day(day: date, *, good_friday: bool = False) -> bool:
    """Not a Saturday, Sunday or holiday (Atw art. 1; Verordening 1182/71 art. 3 lid 4).

    ``good_friday=True`` treats Goede Vrijdag as a holiday, as the Atw does (art. 3 lid 2).
    """
    if day.weekday() >= 5:
        return False
    holiday = holiday_on(day)
    return holiday is None or (holiday.equated and not good_friday)


def next_working_day(day: date, *, good_friday: bool = False) -> date:
    """`day` itself if it is a working day, otherwise the first working day after it."""
    while not is_working_day(day, good_friday=good_friday):
        day += timedelta(days=1)
    return day


def why_not_working_day(day: date) -> str | None:
    """Dutch reason `day` is not a working day ("een zaterdag", "Koningsdag"), or None."""
    holiday = holiday_on(day)
    if holiday is not None:
        return holiday.name
    if day.weekday() == 5:
        return "een zaterdag"
    if day.weekday() == 6:
        return "een zondag"
    return None
