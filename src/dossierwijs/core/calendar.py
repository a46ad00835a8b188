"""Deadlines as an iCalendar file, so the parent's own calendar reminds them.

One all-day VEVENT per deadline with a VALARM at 09:00 a few days before. UIDs are
derived from a stable key, so re-exporting (or a calendar subscription refreshing)
updates an event instead of adding a copy when, say, an extension moves the date.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event

# Fixed namespace: the same key gives the same UID on every machine and in every export.
_UID_NAMESPACE = uuid.UUID("6b1f0c3e-8d0a-5b7e-9a51-2f4d6c8e0a11")
ALARM_HOUR = 9


@dataclass(frozen=True)
class CalendarDeadline:
    """A deadline to put in the calendar.

    ``key`` identifies what the deadline belongs to and must not change when the date
    does (e.g. ``"verzoek:<uuid>"``). ``title`` and ``description`` are Dutch.
    """

    key: str
    title: str
    due: date
    description: str = ""
    url: str = ""
    alarm_days_before: Sequence[int] = (3,)
    sequence: int = 0  # raise when the date changes, for calendars that track revisions


def deadline_uid(key: str) -> str:
    """The stable iCalendar UID for ``key``."""
    return f"{uuid.uuid5(_UID_NAMESPACE, key)}@dossierwijs"


def from_rules_deadline(key: str, title: str, deadline: Any, **extra: Any) -> CalendarDeadline:
    """A calendar entry from a rules-core ``Deadline`` (uses ``.due`` and ``.explanation``)."""
    description = deadline.explanation
    basis = getattr(deadline, "basis", "")
    if basis:
        description += f"\nWaarop dit rust: {basis}"
    return CalendarDeadline(
        key=key, title=title, due=deadline.due, description=description, **extra
    )


def deadlines_to_ical(
    deadlines: Iterable[CalendarDeadline],
    *,
    calendar_name: str = "dossierwijs: termijnen",
    stamp: datetime | None = None,
) -> bytes:
    """An iCalendar (.ics) document with one event per deadline, most urgent first.

    ``stamp`` (the DTSTAMP) defaults to now; pass it for reproducible output.
    """
    items = sorted(deadlines, key=lambda d: (d.due, d.key))
    keys = [d.key for d in items]
    if len(set(keys)) != len(keys):
        raise ValueError("deadline keys must be unique")
    stamp = stamp or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//dossierwijs//termijnen//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-published-ttl", "PT1H")  # subscriptions refresh hourly
    for item in items:
        cal.add_component(_event(item, stamp))
    return cal.to_ical()


def _event(item: CalendarDeadline, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", deadline_uid(item.key))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.due)
    event.add("dtend", item.due + timedelta(days=1))
    event.add("summary", item.title)
    if item.description:
        event.add("description", item.description)
    if item.url:
        event.add("url", item.url)
    event.add("transp", "TRANSPARENT")  # a deadline does not make the parent busy
    event.add("sequence", item.sequence)
    for days in sorted(set(item.alarm_days_before), reverse=True):
        if days < 0:
            raise ValueError("alarm_days_before must be zero or more")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        when = "Morgen" if days == 1 else f"Over {days} dagen"
        alarm.add("description", f"{when}: {item.title}" if days else item.title)
        # Relative to the all-day event's start (midnight): ring at 09:00 `days` earlier.
        alarm.add("trigger", timedelta(days=-days, hours=ALARM_HOUR))
        event.add_component(alarm)
    return event
