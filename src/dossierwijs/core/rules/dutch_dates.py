"""Dates written the way parents read them: "maandag 2 maart 2026"."""

from __future__ import annotations

import calendar
from datetime import date

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def day_month(day: date, *, year: bool = False, weekday: bool = False) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    if year:
        text += f" {day.year}"
    if weekday:
        text = f"{WEEKDAYS[day.weekday()]} {text}"
    return text


def long_date(day: date) -> str:
    """ "maandag 2 maart 2026"."""
    return day_month(day, year=True, weekday=True)


def add_months(start: date, months: int) -> tuple[date, bool]:
    """Same date `months` later; if that date does not exist, the last day of that month.

    Returns the date and whether it was clamped. Verordening 1182/71 art. 3 lid 2 onder c.
    """
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if start.day > last:
        return date(year, month, last), True
    return date(year, month, start.day), False


def add_years(start: date, years: int) -> date:
    """Same date `years` later; 29 February becomes 28 February (1182/71 art. 3 lid 2 onder c)."""
    return add_months(start, 12 * years)[0]
