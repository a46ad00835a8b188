from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from dossierwijs.core.calendar import (
    CalendarDeadline,
    deadline_uid,
    deadlines_to_ical,
    from_rules_deadline,
)
from dossierwijs.core.rules.deadlines import rights_request_deadline

STAMP = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _events(ics: bytes):
    return [c for c in Calendar.from_ical(ics).walk("VEVENT")]


def test_each_deadline_is_an_all_day_event_with_an_alarm_at_nine_three_days_before():
    ics = deadlines_to_ical(
        [CalendarDeadline("verzoek:1", "Antwoord De Klimop op inzageverzoek", date(2026, 10, 1))],
        stamp=STAMP,
    )
    [event] = _events(ics)
    assert event.decoded("dtstart") == date(2026, 10, 1)
    assert event.decoded("dtend") == date(2026, 10, 2)
    assert str(event["summary"]) == "Antwoord De Klimop op inzageverzoek"
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(days=-3, hours=9)
    assert str(alarm["action"]) == "DISPLAY"


def test_uids_are_stable_across_exports_and_date_changes():
    first = _events(deadlines_to_ical([CalendarDeadline("verzoek:1", "x", date(2026, 10, 1))]))
    moved = _events(deadlines_to_ical([CalendarDeadline("verzoek:1", "x", date(2026, 12, 1))]))
    other = _events(deadlines_to_ical([CalendarDeadline("verzoek:2", "x", date(2026, 10, 1))]))
    assert str(first[0]["uid"]) == str(moved[0]["uid"]) == deadline_uid("verzoek:1")
    assert str(other[0]["uid"]) != str(first[0]["uid"])


def test_same_input_gives_the_same_file():
    items = [
        CalendarDeadline("a", "A", date(2026, 10, 1)),
        CalendarDeadline("b", "B", date(2026, 9, 1)),
    ]
    assert deadlines_to_ical(items, stamp=STAMP) == deadlines_to_ical(items[::-1], stamp=STAMP)


def test_most_urgent_first_and_calendar_named():
    items = [
        CalendarDeadline("a", "Later", date(2026, 12, 1)),
        CalendarDeadline("b", "Eerst", date(2026, 9, 1)),
    ]
    cal = Calendar.from_ical(deadlines_to_ical(items, calendar_name="Termijnen Sanne"))
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Eerst", "Later"]
    assert str(cal["x-wr-calname"]) == "Termijnen Sanne"


def test_several_alarms_and_one_on_the_day_itself():
    item = CalendarDeadline("a", "A", date(2026, 10, 1), alarm_days_before=(0, 7))
    [event] = _events(deadlines_to_ical([item]))
    triggers = [a.decoded("trigger") for a in event.walk("VALARM")]
    assert triggers == [timedelta(days=-7, hours=9), timedelta(hours=9)]


def test_duplicate_keys_are_refused():
    with pytest.raises(ValueError, match="unique"):
        deadlines_to_ical([CalendarDeadline("a", "A", date(2026, 1, 1))] * 2)


def test_deadline_from_the_rules_core_carries_its_explanation():
    deadline = rights_request_deadline(date(2026, 7, 1))
    item = from_rules_deadline("verzoek:9", "Antwoord op inzageverzoek", deadline)
    [event] = _events(deadlines_to_ical([item]))
    assert event.decoded("dtstart") == deadline.due == date(2026, 8, 3)
    assert deadline.explanation in str(event["description"])


def test_dutch_text_and_newlines_survive():
    item = CalendarDeadline(
        "a", "Reactie op verslag – één week", date(2026, 3, 2), "regel 1\nregel 2"
    )
    [event] = _events(deadlines_to_ical([item]))
    assert str(event["summary"]) == "Reactie op verslag – één week"
    assert str(event["description"]) == "regel 1\nregel 2"
