from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossierwijs.core.rules.deadlines import (
    Deadline,
    application_decision_deadline,
    deadline_for,
    extension_announcement_explained,
    extension_announcement_ok,
    gpo_deadline,
    meeting_report_deadline,
    opp_deadline,
    rights_request_deadline,
)
from dossierwijs.core.rules.dutch_dates import add_months
from dossierwijs.core.rules.holidays import holiday_on, is_working_day


def test_31_january_ends_on_saturday_28_february_so_monday_2_march():
    deadline = rights_request_deadline(date(2026, 1, 31))
    assert deadline.due == date(2026, 3, 2)
    assert deadline.plain_end == date(2026, 2, 28)
    assert deadline.explanation.startswith("31 januari + 1 maand = 28 februari")
    assert "een zaterdag, dus maandag 2 maart" in deadline.explanation
    assert "AVG artikel 12 lid 3" in deadline.basis


def test_deadline_is_frozen():
    deadline = rights_request_deadline(date(2026, 3, 15))
    assert isinstance(deadline, Deadline)
    with pytest.raises(AttributeError):
        deadline.due = date(2000, 1, 1)  # type: ignore[misc]


def test_receipt_day_is_not_counted():
    assert rights_request_deadline(date(2026, 3, 15)).due == date(2026, 4, 15)


def test_31_january_in_a_leap_year_ends_on_29_february():
    assert rights_request_deadline(date(2024, 1, 31)).due == date(2024, 2, 29)


def test_31_january_in_a_common_year_ends_on_28_february():
    assert rights_request_deadline(date(2023, 1, 31)).due == date(2023, 2, 28)


def test_29_february_plus_one_month_ends_on_good_friday_which_is_a_working_day():
    deadline = rights_request_deadline(date(2024, 2, 29))
    assert deadline.plain_end == date(2024, 3, 29)  # Goede Vrijdag
    assert deadline.due == date(2024, 3, 29)
    # Under the Atw the school could argue for Tuesday after Easter Monday.
    assert deadline.due_if_good_friday_counts == date(2024, 4, 2)
    assert any("Goede Vrijdag" in note for note in deadline.notes)


def test_deadline_crosses_into_the_next_year():
    deadline = rights_request_deadline(date(2026, 12, 31))
    assert deadline.due == date(2027, 2, 1)  # 31 januari 2027 is a Sunday
    assert "31 januari 2027" in deadline.explanation


@pytest.mark.parametrize(
    "received, due, holiday",
    [
        (date(2025, 12, 1), date(2026, 1, 2), "Nieuwjaarsdag"),
        (date(2026, 3, 6), date(2026, 4, 7), "Tweede Paasdag"),
        (date(2026, 3, 27), date(2026, 4, 28), "Koningsdag"),
        (date(2026, 4, 5), date(2026, 5, 6), "Bevrijdingsdag"),
        (date(2026, 4, 14), date(2026, 5, 15), "Hemelvaartsdag"),
        (date(2026, 4, 25), date(2026, 5, 26), "Tweede Pinksterdag"),
        (date(2026, 11, 25), date(2026, 12, 28), "Eerste Kerstdag"),
    ],
)
def test_deadline_moves_past_each_holiday(received, due, holiday):
    deadline = rights_request_deadline(received)
    assert deadline.due == due
    assert holiday in deadline.explanation
    assert deadline.confidence == "I"  # which holiday list applies to the AVG is unverified


def test_deadline_moves_past_kings_day_on_saturday_in_a_sunday_year():
    deadline = rights_request_deadline(date(2025, 3, 26))
    assert deadline.due == date(2025, 4, 28)
    assert "26 april, Koningsdag, dus maandag 28 april" in deadline.explanation


def test_extended_deadline_is_three_months_and_clamps_to_month_end():
    deadline = rights_request_deadline(date(2026, 1, 31), extended=True)
    assert deadline.due == date(2026, 4, 30)
    assert "31 januari + 3 maanden = 30 april" in deadline.explanation
    assert any("binnen de eerste maand" in note for note in deadline.notes)


def test_extension_counts_only_when_announced_with_reasons_within_the_first_month():
    received = date(2026, 1, 31)
    assert extension_announcement_ok(received, date(2026, 2, 10), True)
    # The first month itself ends on Monday 2 March (28 February is a Saturday).
    assert extension_announcement_ok(received, date(2026, 3, 2), True)
    assert not extension_announcement_ok(received, date(2026, 3, 3), True)
    assert not extension_announcement_ok(received, date(2026, 2, 10), False)
    assert not extension_announcement_ok(received, date(2026, 1, 30), True)


def test_extension_explanation_says_why_it_is_too_late():
    ok, why = extension_announcement_explained(date(2026, 1, 31), date(2026, 3, 3), True)
    assert not ok
    assert "te laat" in why and "2 maart 2026" in why


def test_meeting_report_deadline_is_two_weeks_and_marked_as_convention():
    deadline = meeting_report_deadline(date(2026, 3, 2))
    assert deadline.due == date(2026, 3, 16)
    assert deadline.confidence == "I"
    assert "geen wet" in " ".join(deadline.notes)


def test_gpo_deadline_is_six_weeks_and_skips_fifth_of_may():
    assert gpo_deadline(date(2026, 3, 23)).due == date(2026, 5, 4)
    assert gpo_deadline(date(2026, 3, 24)).due == date(2026, 5, 6)


def test_opp_deadline_is_six_weeks_after_enrolment_and_skips_ascension_day():
    assert opp_deadline(date(2026, 4, 2)).due == date(2026, 5, 15)


def test_application_decision_is_four_weeks_and_skips_whit_monday():
    assert application_decision_deadline(date(2026, 4, 28)).due == date(2026, 5, 26)
    assert application_decision_deadline(date(2026, 4, 27)).due == date(2026, 5, 26)


def test_deadline_for_dispatches_by_dutch_kind_and_refuses_unknown():
    assert deadline_for("opp", date(2026, 4, 2)).kind == "opp"
    assert deadline_for("verzoek", date(2026, 1, 31), extended=True).due == date(2026, 4, 30)
    with pytest.raises(ValueError):
        deadline_for("bezwaar", date(2026, 1, 1))


def _holidays_between(first: date, last: date) -> int:
    return sum(
        1 for n in range((last - first).days) if holiday_on(first + timedelta(days=n)) is not None
    )


dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31))


@given(received=dates, extended=st.booleans())
def test_month_deadline_properties(received, extended):
    deadline = rights_request_deadline(received, extended)
    plain = add_months(received, 3 if extended else 1)[0]
    assert deadline.plain_end == plain
    assert is_working_day(deadline.due)
    assert deadline.due >= plain
    # Every day skipped was a weekend day or a holiday: it is the FIRST working day.
    assert all(
        not is_working_day(plain + timedelta(days=n)) for n in range((deadline.due - plain).days)
    )
    # Weekends add at most 2 days; each holiday in between adds at most one more. So at most
    # 3 days later unless two or more holidays cluster (Easter, Christmas, Koningsdag).
    shift = (deadline.due - plain).days
    holidays = _holidays_between(plain, deadline.due)
    assert shift <= 2 + holidays
    if holidays <= 1:
        assert shift <= 3
    assert shift <= 5  # worst cluster: Goede Vrijdag, weekend, Tweede Paasdag, Koningsdag


@given(start=dates, kind=st.sampled_from(["gespreksverslag", "gpo", "opp", "aanmelding"]))
def test_week_deadline_properties(start, kind):
    weeks = {"gespreksverslag": 2, "gpo": 6, "opp": 6, "aanmelding": 4}[kind]
    deadline = deadline_for(kind, start)
    plain = start + timedelta(weeks=weeks)
    assert deadline.plain_end == plain
    assert is_working_day(deadline.due)
    assert (
        plain <= deadline.due <= plain + timedelta(days=2 + _holidays_between(plain, deadline.due))
    )


def test_a_holiday_cluster_moves_the_deadline_four_days_in_2038():
    deadline = rights_request_deadline(date(2038, 3, 24))
    assert deadline.plain_end == date(2038, 4, 24)  # a Saturday before Easter Monday
    assert deadline.due == date(2038, 4, 28)
    assert "Tweede Paasdag en Koningsdag" in deadline.explanation


def test_admission_decision_within_six_weeks_of_the_written_application():
    from dossierwijs.core.rules.deadlines import admission_decision_deadline, deadline_for

    plain = admission_decision_deadline(date(2026, 3, 2))
    assert plain.due == date(2026, 4, 13)
    assert "WPO artikel 40" in plain.basis and "18a" not in plain.basis
    assert any("4 weken" in note for note in plain.notes)
    assert deadline_for("toelating", date(2026, 3, 2), extended=True).due == date(2026, 5, 11)


def test_the_incomplete_application_rule_is_not_labelled_wpo_18a():
    from dossierwijs.core.rules.deadlines import application_decision_deadline

    assert "18a" not in application_decision_deadline(date(2026, 3, 2)).basis


def test_the_gpo_term_runs_from_the_day_after_the_decision_was_made_known():
    from dossierwijs.core.rules.deadlines import gpo_deadline

    deadline = gpo_deadline(date(2026, 3, 2))
    assert "bekend is gemaakt" in deadline.basis
    assert deadline.due == date(2026, 4, 13)
