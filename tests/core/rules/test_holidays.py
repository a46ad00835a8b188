from datetime import date, timedelta

import pytest

from dossierwijs.core.rules.holidays import (
    dutch_public_holidays,
    easter_sunday,
    holiday_on,
    is_working_day,
    kings_day,
    next_working_day,
    why_not_working_day,
)


@pytest.mark.parametrize(
    "year, easter",
    [
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),  # latest possible
        (2285, date(2285, 3, 22)),  # earliest possible
    ],
)
def test_easter_is_computed_for_any_year(year, easter):
    assert easter_sunday(year) == easter


def test_all_holidays_of_2026_by_name():
    names = {h.day: h.name for h in dutch_public_holidays(2026)}
    assert names == {
        date(2026, 1, 1): "Nieuwjaarsdag",
        date(2026, 4, 3): "Goede Vrijdag",
        date(2026, 4, 6): "Tweede Paasdag",
        date(2026, 4, 27): "Koningsdag",
        date(2026, 5, 5): "Bevrijdingsdag",
        date(2026, 5, 14): "Hemelvaartsdag",
        date(2026, 5, 25): "Tweede Pinksterdag",
        date(2026, 12, 25): "Eerste Kerstdag",
        date(2026, 12, 26): "Tweede Kerstdag",
    }


def test_kings_day_moves_back_to_saturday_when_27_april_is_a_sunday():
    assert date(2025, 4, 27).weekday() == 6
    assert kings_day(2025) == date(2025, 4, 26)
    assert holiday_on(date(2025, 4, 26)).name == "Koningsdag"
    assert holiday_on(date(2025, 4, 27)) is None  # a plain Sunday
    assert is_working_day(date(2025, 4, 28))  # not moved forward to Monday


def test_fifth_of_may_counts_every_year_not_only_in_lustrum_years():
    for year in (2026, 2027, 2029, 2030):
        assert holiday_on(date(year, 5, 5)) is not None


def test_good_friday_is_a_working_day_for_avg_periods_unless_the_atw_reading_is_asked():
    good_friday = date(2026, 4, 3)
    assert holiday_on(good_friday).equated
    assert is_working_day(good_friday)
    assert not is_working_day(good_friday, good_friday=True)


def test_goede_vrijdag_is_the_only_equated_day():
    for year in range(2000, 2060):
        equated = [h.name for h in dutch_public_holidays(year) if h.equated]
        assert equated == ["Goede Vrijdag"]


def test_easter_monday_and_ascension_and_whit_monday_follow_easter():
    for year in range(1990, 2100):
        easter = easter_sunday(year)
        assert easter.weekday() == 6
        days = {h.name: h.day for h in dutch_public_holidays(year)}
        assert days["Tweede Paasdag"] == easter + timedelta(days=1)
        assert days["Hemelvaartsdag"].weekday() == 3
        assert days["Tweede Pinksterdag"].weekday() == 0


def test_next_working_day_skips_christmas_weekend():
    assert next_working_day(date(2026, 12, 25)) == date(2026, 12, 28)
    assert next_working_day(date(2026, 12, 28)) == date(2026, 12, 28)


def test_reason_names_weekend_and_holiday():
    assert why_not_working_day(date(2026, 2, 28)) == "een zaterdag"
    assert why_not_working_day(date(2026, 3, 1)) == "een zondag"
    assert why_not_working_day(date(2026, 5, 14)) == "Hemelvaartsdag"
    assert why_not_working_day(date(2026, 3, 2)) is None
